//! Layers every request passes through: request id and logging, language, session, page
//! guard, security headers, and the HTTP status of failed server functions.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::{self, HeaderValue};
use http::StatusCode;
use tracing::Instrument;

use app::error::AppError;
use app::i18n::{negotiate, LANGUAGE_COOKIE};
use app::server::context::{ClientSignedIn, RequestId, SignedIn};
use app::server::{portal, sessions, AppState};

/// The value of cookie `name` in the request's `Cookie` headers.
fn cookie_value(request: &Request, name: &str) -> Option<String> {
    header_cookie(request.headers(), name)
}

/// The value of cookie `name` in a set of headers.
pub(crate) fn header_cookie(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// Gives each request an id, puts it on every log line of the request and on the response.
pub async fn request_id(mut request: Request, next: Next) -> Response {
    let id = uuid::Uuid::new_v4().simple().to_string();
    request.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path());
    async move {
        let started = Instant::now();
        let mut response = next.run(request).await;
        let status = response.status().as_u16();
        let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        if status >= 500 {
            tracing::warn!(status, elapsed_ms, "request failed");
        } else {
            tracing::debug!(status, elapsed_ms, "request done");
        }
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert("x-request-id", value);
        }
        response
    }
    .instrument(span)
    .await
}

/// Decides the request's language once and makes the language cookie say it, both for the
/// render (the request's `Cookie` header) and for the browser that hydrates (`Set-Cookie`).
pub async fn language(mut request: Request, next: Next) -> Response {
    let cookie = cookie_value(&request, LANGUAGE_COOKIE);
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let language = negotiate(cookie.as_deref(), accept);
    let remembered = cookie.as_deref() == Some(language.id);
    // Rebuild the Cookie header: other cookies unchanged, exactly one well-formed language cookie.
    let others: Vec<String> = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|pair| !pair.is_empty() && !pair.starts_with(LANGUAGE_COOKIE) && pair.contains('='))
        .map(str::to_owned)
        .collect();
    let mut rebuilt = others;
    rebuilt.push(format!("{LANGUAGE_COOKIE}={}", language.id));
    request.headers_mut().remove(header::COOKIE);
    if let Ok(value) = HeaderValue::from_str(&rebuilt.join("; ")) {
        request.headers_mut().insert(header::COOKIE, value);
    }
    let mut response = next.run(request).await;
    // A handler that chose the language itself (a client signing in to the portal) wins.
    let chosen = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with(&format!("{LANGUAGE_COOKIE}=")));
    if !remembered && !chosen {
        let set = format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            language.id
        );
        if let Ok(value) = HeaderValue::from_str(&set) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

fn is_asset_or_api(path: &str) -> bool {
    path.starts_with("/api/")
        || path.starts_with("/pkg/")
        || path == "/healthz"
        || path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
}

/// Looks the session up once per request and sends anonymous visitors of staff pages to the
/// sign-in page (and signed-in users away from it).
pub async fn session(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if path.starts_with("/pkg/") || path == "/healthz" {
        return next.run(request).await;
    }
    let token = cookie_value(&request, sessions::SESSION_COOKIE)
        .filter(|t| !t.is_empty() && t.len() <= 128);
    let user = match &token {
        Some(token) => match sessions::resume(&state.db, &state.settings, token).await {
            Ok(user) => user,
            Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
        None => None,
    };
    let signed_in = user.is_some();
    request
        .extensions_mut()
        .insert(SignedIn(user, token.filter(|_| signed_in)));
    // The client portal has its own session (cookie, table, shorter timeout).
    let client_token =
        cookie_value(&request, portal::PORTAL_COOKIE).filter(|t| !t.is_empty() && t.len() <= 128);
    let client = match &client_token {
        Some(token) => match portal::resume(&state.db, &state.settings, token).await {
            Ok(client) => client,
            Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
        None => None,
    };
    let client_signed_in = client.is_some();
    request.extensions_mut().insert(ClientSignedIn(
        client,
        client_token.filter(|_| client_signed_in),
    ));
    if path == "/portal" || path.starts_with("/portal/") {
        if request.method() == http::Method::GET {
            if !client_signed_in && path != app::PORTAL_SIGN_IN && !path.ends_with(".json") {
                return Redirect::to(app::PORTAL_SIGN_IN).into_response();
            }
            if client_signed_in && path == app::PORTAL_SIGN_IN {
                return Redirect::to("/portal").into_response();
            }
        }
        return next.run(request).await;
    }
    if request.method() == http::Method::GET && !is_asset_or_api(&path) {
        let public = app::PUBLIC_PAGES.contains(&path.as_str());
        if !signed_in && !public {
            return Redirect::to("/sign-in").into_response();
        }
        if signed_in && path == "/sign-in" {
            return Redirect::to("/").into_response();
        }
    }
    next.run(request).await
}

const DEFAULT_CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Security headers on every response; pages set their own CSP with the hydration nonce.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(DEFAULT_CSP),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let is_api = headers.contains_key("serverfnerror")
        || headers
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v == "application/json");
    if is_html || is_api {
        // Pages and data carry personal data: never cached, so "back" after sign-out shows nothing.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if is_html {
        return whole(response).await;
    }
    response
}

/// Pages are rendered completely before they are sent (SSR mode `Async`), so sending them as
/// one body with a length costs nothing and saves a write per streamed chunk.
async fn whole(response: Response) -> Response {
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, 16 * 1024 * 1024).await {
        Ok(bytes) => Response::from_parts(parts, Body::from(bytes)),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Leptos answers every failed server function with 500; the real status is in our error.
pub async fn server_function_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}
