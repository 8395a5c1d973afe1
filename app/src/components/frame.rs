//! The frame around every page: skip link, top bar with the demo marker and the language
//! switcher, and for signed-in staff the user's name, organisation, role, navigation and
//! sign-out.

use crate::move_tr;
use leptos::prelude::*;
use leptos_router::components::Outlet;

use super::LanguageSwitcher;
use crate::api::SignOut;
use crate::i18n::t;
use crate::models::{navigation, CurrentUser, SessionInfo};

/// The session of this page: who is signed in and whether this is a demo installation.
pub fn use_session() -> SessionInfo {
    use_context::<SessionInfo>().unwrap_or(SessionInfo {
        user: None,
        client: None,
        demo: false,
    })
}

/// Sends the browser to `href` with a full page load, so no signed-in state survives in memory.
pub fn reload_to(href: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = href;
}

/// Opens the browser's print dialog (pages have print styles).
pub fn print_page() {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The browser's local storage, where the device keeps settings and unsent work.
#[cfg(feature = "hydrate")]
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">{move_tr!("skip-to-content")}</a> }
}

/// The visible "demo" marker of a demo installation.
#[component]
pub fn DemoMarker(demo: bool) -> impl IntoView {
    demo.then(|| view! { <span class="demo-marker">{move_tr!("demo-marker")}</span> })
}

#[component]
pub fn Brand() -> impl IntoView {
    view! {
        <a class="brand" href="/">
            <span class="brand-name">"Lotse"</span>
            <span class="brand-tagline">{move_tr!("app-tagline")}</span>
        </a>
    }
}

/// Layout of all pages for signed-in staff (a parent route).
#[component]
pub fn StaffShell() -> impl IntoView {
    let session = use_session();
    let content = match session.user {
        Some(user) => {
            provide_context(user.clone());
            view! {
                <StaffHeader user demo=session.demo />
                <main id="main" tabindex="-1">
                    <Outlet />
                </main>
            }
            .into_any()
        }
        None => view! { <SignedOutNotice /> }.into_any(),
    };
    view! {
        <SkipLink />
        {content}
    }
}

/// The signed-in user, for pages inside [`StaffShell`].
pub fn use_user() -> CurrentUser {
    expect_context::<CurrentUser>()
}

#[component]
fn SignedOutNotice() -> impl IntoView {
    view! {
        <header class="topbar">
            <Brand />
            <LanguageSwitcher />
        </header>
        <p class="notice">
            {move_tr!("signed-out-notice")} " " <a href="/sign-in">{move_tr!("sign-in-link")}</a>
        </p>
    }
}

#[component]
fn StaffHeader(user: CurrentUser, demo: bool) -> impl IntoView {
    let items = navigation(user.role);
    let role = user.role;
    let location = leptos_router::hooks::use_location();
    view! {
        <header class="topbar">
            <Brand />
            <DemoMarker demo />
            <div class="topbar-tools">
                <LanguageSwitcher />
                <p class="whoami">
                    <bdi class="whoami-name">{user.display_name.clone()}</bdi>
                    <span class="whoami-detail">
                        <bdi>{user.organisation_name.clone()}</bdi>
                        " · "
                        <span class="whoami-role">{move || t(role.message_id())}</span>
                    </span>
                </p>
                <SignOutButton />
            </div>
        </header>
        <nav class="main-nav" aria-label=move || t("nav-label")>
            <ul>
                {items
                    .into_iter()
                    .map(|item| {
                        let current = move || (location.pathname.get() == item.href).then_some("page");
                        view! {
                            <li>
                                <a href=item.href aria-current=current>
                                    {move || t(item.message_id)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn SignOutButton() -> impl IntoView {
    let action = ServerAction::<SignOut>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            reload_to("/sign-in");
        }
    });
    view! {
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button-secondary">{move_tr!("sign-out")}</button>
        </ActionForm>
    }
}

/// Previous/next buttons under a paginated list; `page` is the page the list shows.
#[component]
pub fn Pager(page: RwSignal<i64>, current: i64, has_next: bool) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=move || t("pager-label")>
            <button type="button" class="button-secondary" disabled=current <= 1
                on:click=move |_| page.update(|p| *p = (*p - 1).max(1))>
                {move_tr!("pager-previous")}
            </button>
            <button type="button" class="button-secondary" disabled=!has_next
                on:click=move |_| page.update(|p| *p += 1)>
                {move_tr!("pager-next")}
            </button>
        </nav>
    }
}
