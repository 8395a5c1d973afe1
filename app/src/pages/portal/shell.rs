//! The portal's frame: header with language, large text and sign-out, and the sections
//! as large links.

use crate::move_tr;
use leptos::prelude::*;
use leptos_router::components::Outlet;

use super::tools::{large_text_wanted, LargeTextToggle};
use crate::api::PortalSignOut;
use crate::components::{
    reload_to, use_session, DemoMarker, LanguageSwitcher, OfflineNotice, SkipLink,
};
use crate::i18n::t;

/// The portal's frame: header with language (Leichte Sprache included), large text and
/// sign-out, the sections as large links, and the page.
#[component]
pub fn PortalShell() -> impl IntoView {
    let session = use_session();
    let large = large_text_wanted();
    let content = match session.client {
        Some(client) => {
            provide_context(client.clone());
            view! {
                <PortalHeader demo=session.demo>
                    <LargeTextToggle label=t("portal-large-text") on=large />
                    <SignOutButton />
                </PortalHeader>
                <PortalNav />
                <main id="main" tabindex="-1" class="portal-main">
                    <OfflineNotice />
                    <Outlet />
                </main>
            }
            .into_any()
        }
        None => view! {
            <PortalHeader demo=session.demo>""</PortalHeader>
            <main id="main" tabindex="-1" class="portal-main">
                <p class="notice">
                    {move_tr!("portal-session-ended")} " "
                    <a href=crate::PORTAL_SIGN_IN>{move_tr!("portal-sign-in-button")}</a>
                </p>
            </main>
        }
        .into_any(),
    };
    view! {
        <div class="portal" class:large-text=large>
            <SkipLink />
            {content}
        </div>
    }
}

#[component]
pub(super) fn PortalHeader(demo: bool, children: Children) -> impl IntoView {
    view! {
        <header class="topbar portal-topbar">
            <a class="brand" href="/portal">
                <span class="brand-name">"Lotse"</span>
                <span class="brand-tagline">{move_tr!("portal-title")}</span>
            </a>
            <DemoMarker demo />
            <div class="topbar-tools">
                <LanguageSwitcher client=true />
                {children()}
            </div>
        </header>
    }
}

#[component]
fn SignOutButton() -> impl IntoView {
    let action = ServerAction::<PortalSignOut>::new();
    Effect::new(move |_| {
        if action.value().get().is_some() {
            reload_to(crate::PORTAL_SIGN_IN);
        }
    });
    view! {
        <ActionForm action attr:class="inline-form">
            <button type="submit" class="button-secondary">{move_tr!("portal-sign-out")}</button>
        </ActionForm>
    }
}

const SECTIONS: &[(&str, &str)] = &[
    ("/portal", "portal-nav-plan"),
    ("/portal/appointments", "portal-nav-appointments"),
    ("/portal/referrals", "portal-nav-referrals"),
    ("/portal/consents", "portal-nav-consents"),
    ("/portal/access", "portal-nav-access"),
    ("/portal/correction", "portal-nav-correction"),
    ("/portal/data", "portal-nav-data"),
];

#[component]
fn PortalNav() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    view! {
        <nav class="portal-nav" aria-label=move || t("portal-nav-label")>
            <ul>
                {SECTIONS.iter().map(|(href, id)| {
                    let current = move || (location.pathname.get() == *href).then_some("page");
                    view! { <li><a href=*href aria-current=current>{move || t(id)}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}
