// Leptos views of the plan page nest deeply in their types.
#![recursion_limit = "512"]
//! Lotse's shared crate: the Leptos app (pages, components), the data types both sides
//! share, the server functions, and — behind the `ssr` feature — the server-side domain code.

pub mod api;
pub mod components;
pub mod error;
pub mod i18n;
pub mod light;
pub mod models;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

use components::StaffShell;
use i18n::I18nProvider;
use models::SessionInfo;
use pages::{
    AccountPage, AuditPage, CaseIssuesPage, CasePage, CasePortalPage, CaseVolunteersPage,
    CataloguesPage, ClientPage, ClientsPage, ConsentPrintPage, ErasureRequestsPage,
    ExternalPageView, FiguresPageView, HandoverPage, HoldsPage, InboxPage, IssuesPageView,
    MergePage, NetworkPageView, NewClientPage, NotFound, OfferFormPage, OffersPage,
    OrganisationsPage, OutboxPageView, PlanPage, PlanPrintPage, PortalAccessPage,
    PortalAppointmentsPage, PortalConsentsPage, PortalCorrectionPage, PortalDataPage,
    PortalPlanPage, PortalReferralsPage, PortalShell, PortalSignInPage, ReferralPageView,
    ResultsPageView, RetentionPage, SecondFactorPage, SecondFactorsPage, SetUpSecondFactorPage,
    SignInPage, SignInProvidersPage, StartPage, UsersPage, WorkingGroupPageView,
    WorkingGroupsPageView,
};

/// The HTML document around the app, rendered on the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    #[cfg(feature = "ssr")]
    let (session_json, bundle) = {
        let session = crate::server::infra::context::session_info();
        provide_context(session.clone());
        let path = crate::server::infra::context::request_path().unwrap_or_default();
        // Every page is light: server-rendered, with islands (see `light`).
        provide_context(light::LightPage);
        (
            session_script_text(&session),
            light::light_bundle(&path, &session),
        )
    };
    #[cfg(not(feature = "ssr"))]
    let (session_json, bundle) = (String::new(), light::Bundle::Light);
    let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
    let stylesheet = stylesheet_href(&options);
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <script id=SESSION_ELEMENT type="application/json" nonce=nonce inner_html=session_json></script>
                <light::LightScripts options bundle />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The hash of one kind of `/pkg` file (`js`, `wasm` or `css`) from the hash file a release
/// build writes beside the binary, read as Leptos reads it for the script names; `None` when
/// the build did not hash file names.
#[cfg(feature = "ssr")]
pub fn file_hash(options: &LeptosOptions, kind: &str) -> Option<String> {
    if !options.hash_files {
        return None;
    }
    let file = std::path::Path::new(options.hash_file.as_ref());
    let file = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(file)))
        .unwrap_or_else(|| file.to_path_buf());
    let hashes = std::fs::read_to_string(file).ok()?;
    hashes.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        (k.trim() == kind).then(|| v.trim().to_owned())
    })
}

/// The stylesheet's address: `/pkg/lotse.<hash>.css` when the build hashed file names.
fn stylesheet_href(options: &LeptosOptions) -> String {
    #[cfg(feature = "ssr")]
    {
        static HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        if options.hash_files {
            return HREF
                .get_or_init(|| match file_hash(options, "css") {
                    Some(hash) => format!("/pkg/lotse.{hash}.css"),
                    None => "/pkg/lotse.css".to_owned(),
                })
                .clone();
        }
    }
    let _ = options;
    "/pkg/lotse.css".to_owned()
}

/// A fresh nonce per response; only scripts carrying it (Leptos's hydration scripts) may run.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    leptos::nonce::provide_nonce();
    let nonce = leptos::nonce::use_nonce()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&policy),
    ) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// The page carries its session as JSON (not a script: the CSP does not apply), so that the
/// browser hydrates with exactly what the server rendered, without a request or a suspense.
const SESSION_ELEMENT: &str = "lotse-session";

/// JSON that is safe inside a `<script>` element (no `</script>`, no HTML comment openers).
#[cfg(feature = "ssr")]
fn session_script_text(session: &SessionInfo) -> String {
    serde_json::to_string(session)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(feature = "hydrate")]
fn session_from_page() -> Option<SessionInfo> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(SESSION_ELEMENT)?
        .text_content()?;
    serde_json::from_str(&text).ok()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "hydrate")]
    if let Some(session) = session_from_page() {
        provide_context(session);
    }
    view! {
        <I18nProvider>
            <leptos_meta::Title formatter=|title: String| {
                if title.is_empty() { "Lotse".to_owned() } else { format!("{title} – Lotse") }
            } />
            <Router>
                <Routes fallback=NotFound>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/second-factor") view=SecondFactorPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/set-up") view=SetUpSecondFactorPage ssr=SsrMode::Async />
                    <Route path=path!("/portal/sign-in") view=PortalSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/extern/:token") view=ExternalPageView ssr=SsrMode::Async />
                    <ParentRoute path=path!("/portal") view=PortalShell ssr=SsrMode::Async>
                        <Route path=path!("") view=PortalPlanPage />
                        <Route path=path!("appointments") view=PortalAppointmentsPage />
                        <Route path=path!("referrals") view=PortalReferralsPage />
                        <Route path=path!("consents") view=PortalConsentsPage />
                        <Route path=path!("access") view=PortalAccessPage />
                        <Route path=path!("correction") view=PortalCorrectionPage />
                        <Route path=path!("data") view=PortalDataPage />
                    </ParentRoute>
                    <ParentRoute path=path!("") view=StaffShell ssr=SsrMode::Async>
                        <Route path=path!("") view=StartPage />
                        <Route path=path!("account") view=AccountPage />
                        <Route path=path!("clients") view=ClientsPage />
                        <Route path=path!("clients/new") view=NewClientPage />
                        <Route path=path!("clients/:id") view=ClientPage />
                        <Route path=path!("clients/:id/merge") view=MergePage />
                        <Route path=path!("cases/:id") view=CasePage />
                        <Route path=path!("cases/:id/plan") view=PlanPage />
                        <Route path=path!("cases/:id/plan/print") view=PlanPrintPage />
                        <Route path=path!("cases/:id/network") view=NetworkPageView />
                        <Route path=path!("cases/:id/volunteers") view=CaseVolunteersPage />
                        <Route path=path!("cases/:id/portal") view=CasePortalPage />
                        <Route path=path!("cases/:id/issues") view=CaseIssuesPage />
                        <Route path=path!("coordination") view=FiguresPageView />
                        <Route path=path!("coordination/issues") view=IssuesPageView />
                        <Route path=path!("coordination/groups") view=WorkingGroupsPageView />
                        <Route path=path!("coordination/groups/:id") view=WorkingGroupPageView />
                        <Route path=path!("coordination/results") view=ResultsPageView />
                        <Route path=path!("consents/:id/print") view=ConsentPrintPage />
                        <Route path=path!("referrals/:id") view=ReferralPageView />
                        <Route path=path!("inbox") view=InboxPage />
                        <Route path=path!("offers") view=OffersPage />
                        <Route path=path!("offers/new") view=OfferFormPage />
                        <Route path=path!("offers/:id/edit") view=OfferFormPage />
                        <Route path=path!("audit") view=AuditPage />
                        <Route path=path!("retention") view=RetentionPage />
                        <Route path=path!("holds") view=HoldsPage />
                        <Route path=path!("erasure-requests") view=ErasureRequestsPage />
                        <Route path=path!("admin/catalogues") view=CataloguesPage />
                        <Route path=path!("admin/organisations") view=OrganisationsPage />
                        <Route path=path!("admin/users") view=UsersPage />
                        <Route path=path!("admin/second-factors") view=SecondFactorsPage />
                        <Route path=path!("admin/sign-in-providers") view=SignInProvidersPage />
                        <Route path=path!("admin/mail") view=OutboxPageView />
                        <Route path=path!("admin/users/:id/handover") view=HandoverPage />
                    </ParentRoute>
                </Routes>
            </Router>
        </I18nProvider>
    }
}

/// Paths of pages that need no signed-in user.
pub const PUBLIC_PAGES: &[&str] = &["/sign-in"];

/// The pages behind the links partners without an account get by mail (`/extern/<token>`):
/// for anyone with the link; the link and its one-time code decide what they show.
pub const EXTERNAL_PAGES: &str = "/extern/";

/// The client portal's sign-in page (every other `/portal` page needs a client session).
pub const PORTAL_SIGN_IN: &str = "/portal/sign-in";

/// "Download my data" (a plain GET, so the browser saves the file itself).
pub const PORTAL_EXPORT: &str = "/portal/my-data.json";
/// A case manager's own cases as CSV.
pub const CASELOAD_EXPORT: &str = "/clients/export.csv";
/// A table of the figures page as CSV: `{FIGURES_CSV}/<table key>.csv?<filter>`.
pub const FIGURES_CSV: &str = "/coordination/figures";
