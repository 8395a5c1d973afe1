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

/// A button that opens the print dialog, labelled by message `message`: on a light page the
/// light bundle's island, in the full app a button of the page.
#[component]
pub fn PrintNow(message: &'static str) -> impl IntoView {
    if crate::light::is_light() {
        view! { <crate::pages::portal::tools::PrintButton label=t(message) /> }.into_any()
    } else {
        view! { <button type="button" on:click=|_| print_page()>{move || t(message)}</button> }
            .into_any()
    }
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

/// Signing out (also from a sign-in that waits for its second factor).
#[component]
pub fn SignOutButton() -> impl IntoView {
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

/// The page of a paginated list the address asks for (`?page=N`, from 1).
pub fn query_page() -> Memo<i64> {
    let query = leptos_router::hooks::use_query_map();
    Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .max(1)
    })
}

/// Previous/next links under a paginated list; `current` is the page the list shows. They
/// keep the rest of the address (a search, a filter) and change only `page`, so they work
/// as plain links.
#[component]
pub fn Pager(current: i64, has_next: bool) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let path = location.pathname.get_untracked();
    let href = move |page: i64| {
        let mut params = query.clone();
        params.remove("done");
        params.replace("page", page.to_string());
        format!("{path}{}", params.to_query_string())
    };
    let previous = (current > 1).then(|| href(current - 1));
    let next = has_next.then(|| href(current + 1));
    view! {
        <nav class="pager" aria-label=move || t("pager-label")>
            {previous.map(|h| view! { <a class="button-link" href=h rel="prev">{move_tr!("pager-previous")}</a> })}
            {next.map(|h| view! { <a class="button-link" href=h rel="next">{move_tr!("pager-next")}</a> })}
        </nav>
    }
}
