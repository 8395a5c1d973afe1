//! Reading on phones and tablets without a connection: the service worker (`/sw.js`, from the
//! site root so that it may answer for every page) and the header that tells it which pages
//! it may keep on the device, for whom and until when.
//!
//! Only a signed-in client's plan and appointments and a volunteer's task list carry the
//! header; staff pages never do, so the worker never stores them. The worker deletes what it
//! stored when someone signs out or signs in on the device, when a stored page belongs to
//! someone else than the one now signed in, and when the session it was stored under has
//! expired. See `sw.js` for the worker itself.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, StatusCode};
use leptos::config::LeptosOptions;

use app::models::Role;
use app::server::infra::context::{ClientSignedIn, SignedIn};
use app::server::infra::db::now_ms;
use app::server::AppState;

/// The response header that lets the worker keep a page: `<owner>;<expires, ms since epoch>`.
pub const STORE_HEADER: &str = "x-lotse-offline";

/// Portal pages a client can read offline.
pub const CLIENT_PAGES: &[&str] = &["/portal", "/portal/appointments"];

/// The volunteer's task list (their start page).
pub const VOLUNTEER_PAGES: &[&str] = &["/"];

const TEMPLATE: &str = include_str!("sw.js");

/// The service worker of this release: its version names the caches, and a new release (new
/// hashed file names) replaces the stored app shell as a whole.
#[derive(Clone)]
pub struct ServiceWorker(std::sync::Arc<str>);

impl ServiceWorker {
    /// The worker for the files Leptos's options name (hashed in a release build).
    pub fn new(options: &LeptosOptions) -> ServiceWorker {
        let (light_js, light_wasm) = app::light::light_files(options, app::light::Bundle::Light);
        let (portal_js, portal_wasm) = app::light::light_files(options, app::light::Bundle::Portal);
        let (tasks_js, tasks_wasm) = app::light::light_files(options, app::light::Bundle::Tasks);
        let (files, version) = match app::file_hash(options, "css") {
            Some(css) => {
                let version = format!(
                    "{}-{}-{css}-{}-{}-{}",
                    short_name(&light_js),
                    short_name(&light_wasm),
                    short_name(&portal_js),
                    short_name(&portal_wasm),
                    short_name(&tasks_wasm)
                );
                let css = format!("/pkg/lotse.{css}.css");
                let files = [
                    light_js,
                    light_wasm,
                    css,
                    portal_js,
                    portal_wasm,
                    tasks_js,
                    tasks_wasm,
                ];
                (files, version)
            }
            // Without hashed names (a development build) the version changes with every
            // start, so that a rebuilt file is never served from an old cache.
            None => (
                [
                    light_js,
                    light_wasm,
                    "/pkg/lotse.css".to_owned(),
                    portal_js,
                    portal_wasm,
                    tasks_js,
                    tasks_wasm,
                ],
                format!("dev-{}", now_ms()),
            ),
        };
        let files = serde_json::to_string(&files).unwrap_or_else(|_| "[]".to_owned());
        let script = TEMPLATE
            .replace("\"__VERSION__\"", &format!("\"{version}\""))
            .replace("[\"__SHELL__\"]", &files)
            .replace("\"__STORE_HEADER__\"", &format!("\"{STORE_HEADER}\""))
            .replace(
                "[\"__STORED_PAGES__\"]",
                &serde_json::to_string(
                    &CLIENT_PAGES
                        .iter()
                        .chain(VOLUNTEER_PAGES)
                        .collect::<Vec<_>>(),
                )
                .unwrap_or_else(|_| "[]".to_owned()),
            );
        ServiceWorker(script.into())
    }
}

/// `GET /sw.js`. Browsers check it for a new version at every visit (`no-cache`).
pub async fn script(State(worker): State<ServiceWorker>) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        worker.0.to_string(),
    )
        .into_response()
}

/// Marks the pages the worker may keep (see the module comment) with [`STORE_HEADER`].
/// Runs inside the session layer, which put who is signed in into the request.
pub async fn mark_storable(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let owner = if request.method() != Method::GET {
        None
    } else if CLIENT_PAGES.contains(&path.as_str()) {
        request
            .extensions()
            .get::<ClientSignedIn>()
            .and_then(|signed| signed.0.as_ref())
            .map(|client| {
                let expires = now_ms() + state.settings.client_idle_timeout.as_millis() as i64;
                format!("client-{};{expires}", client.client_id)
            })
    } else if VOLUNTEER_PAGES.contains(&path.as_str()) {
        request
            .extensions()
            .get::<SignedIn>()
            .and_then(|signed| signed.0.as_ref())
            .filter(|user| user.role == Role::Volunteer)
            .map(|user| {
                let expires = now_ms() + state.settings.idle_timeout.as_millis() as i64;
                format!("user-{};{expires}", user.id)
            })
    } else {
        None
    };
    let mut response = next.run(request).await;
    if let Some(owner) = owner {
        if response.status() == StatusCode::OK {
            if let Ok(value) = HeaderValue::from_str(&owner) {
                response
                    .headers_mut()
                    .insert(HeaderName::from_static(STORE_HEADER), value);
            }
        }
    }
    response
}

/// The hash part of a hashed file name (`/pkg/lotse-tasks.<hash>.wasm`).
fn short_name(file: &str) -> &str {
    file.rsplit('/')
        .next()
        .and_then(|name| name.split('.').nth(1))
        .unwrap_or(file)
}
