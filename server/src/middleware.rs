//! Layers every request passes through: request id and logging, language, session, page
//! guard, security headers, and the HTTP status of failed server functions.

use std::net::SocketAddr;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header::{self, HeaderValue};
use http::StatusCode;
use tracing::Instrument;

use app::error::AppError;
use app::i18n::{negotiate, LANGUAGE_COOKIE};
use app::server::infra::context::{
    client_address, ClientAddress, ClientSignedIn, RequestId, SessionSettings, SignedIn, Unfinished,
};
use app::server::infra::sessions::Stage;
use app::server::{infra::sessions, portal, AppState};

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
    // A partner's link carries its token in the path: the logs get the page, not the token.
    let path = match request.uri().path() {
        p if p.starts_with(app::EXTERNAL_PAGES) => app::EXTERNAL_PAGES.to_owned(),
        p => p.to_owned(),
    };
    let span =
        tracing::info_span!("request", request_id = %id, method = %request.method(), path = %path);
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
pub async fn language(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
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
        let secure = if state.settings.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        let set = format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
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
        // The offers directory as open data: for anyone, signed in or not.
        || path.starts_with("/open-data/")
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
    let settings = &state.settings;
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let address = client_address(peer, &forwarded, &settings.trusted_proxies);
    request.extensions_mut().insert(ClientAddress(address));
    let token = cookie_value(
        &request,
        &sessions::cookie_name(sessions::SESSION_COOKIE, settings),
    )
    .filter(|t| !t.is_empty() && t.len() <= 128);
    let resumed = match &token {
        Some(token) => match sessions::resume_any(&state.db, &state.settings, token).await {
            Ok(resumed) => resumed,
            Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
        None => None,
    };
    // A session still waiting for its second factor (or its set-up) reaches only its page.
    let (user, unfinished) = match (resumed, &token) {
        (Some((user, Stage::Full)), _) => (Some(user), None),
        (Some((user, stage)), Some(token)) => (None, Some(Unfinished(user, token.clone(), stage))),
        _ => (None, None),
    };
    let signed_in = user.is_some();
    let unfinished_page = unfinished.as_ref().and_then(|u| u.2.page());
    if let Some(unfinished) = unfinished {
        request.extensions_mut().insert(unfinished);
    }
    request
        .extensions_mut()
        .insert(SignedIn(user, token.filter(|_| signed_in)));
    // The client portal has its own session (cookie, table, shorter timeout).
    let client_token = cookie_value(
        &request,
        &sessions::cookie_name(portal::PORTAL_COOKIE, settings),
    )
    .filter(|t| !t.is_empty() && t.len() <= 128);
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
        // Single sign-on's links and the provider's way back are for anyone.
        let public = app::PUBLIC_PAGES.contains(&path.as_str())
            || path.starts_with("/sign-in/provider")
            || path.starts_with(app::EXTERNAL_PAGES);
        let unfinished_pages = [sessions::SECOND_FACTOR_PAGE, sessions::SET_UP_PAGE];
        if let Some(page) = unfinished_page {
            // Its own page, or the sign-in page to start again.
            if path != page && path != "/sign-in" {
                return Redirect::to(page).into_response();
            }
        } else if unfinished_pages.contains(&path.as_str()) {
            return Redirect::to(if signed_in { "/" } else { "/sign-in" }).into_response();
        } else if !signed_in && !public {
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

/// Over HTTPS, browsers are told to come back over HTTPS only, for a year.
const HSTS: &str = "max-age=31536000";

/// How long browsers keep `/pkg` files: a year when their names carry a hash of their content
/// (a new release has new names), otherwise they ask again every time.
pub async fn asset_lifetime(State(hashed): State<bool>, request: Request, next: Next) -> Response {
    let is_pkg = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    if is_pkg && response.status() == StatusCode::OK {
        let lifetime = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(lifetime));
    }
    response
}

/// Security headers on every response; pages set their own CSP with the hydration nonce.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if state.settings.secure_cookies {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
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

/// A plain form post (the page's script not loaded, or a light page) that succeeded goes
/// back to its page, as Leptos sends it; this marks the address `?done=saved`, so that the
/// page says "Saved." as it does after the script's request. Refused posts (`__err`) and
/// posts that chose where to go (`context::form_done`, `form_goes_to`) keep their address.
pub async fn plain_form_saved(request: Request, next: Next) -> Response {
    let plain_post = request.method() == http::Method::POST
        && request.uri().path().starts_with("/api/")
        && request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
    let referer = request
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut response = next.run(request).await;
    let (true, Some(referer)) = (plain_post, referer) else {
        return response;
    };
    if response.status() != StatusCode::FOUND {
        return response;
    }
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return response;
    };
    if let Some(marked) = saved_location(location, &referer) {
        if let Ok(value) = HeaderValue::from_str(&marked) {
            response.headers_mut().insert(header::LOCATION, value);
        }
    }
    response
}

/// An address without its `done` pairs.
fn without_done(location: &str) -> String {
    let (address, fragment) = match location.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (location, None),
    };
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("done"))
        .collect();
    let mut out = base.to_owned();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The path of an address, absolute (`https://host/path?query`) or not.
fn path_of(url: &str) -> &str {
    let rest = url
        .split_once("://")
        .map(|(_, rest)| rest.find('/').map_or("/", |at| &rest[at..]))
        .unwrap_or(url);
    rest.split(['?', '#']).next().unwrap_or(rest)
}

/// The pairs of an address's query that say which page it is (not Leptos's error of an
/// earlier post, not a `done`), decoded (Leptos writes the page's address back encoded its
/// own way), in order.
fn page_pairs(url: &str) -> Vec<String> {
    let address = url.split('#').next().unwrap_or(url);
    let query = address.split_once('?').map_or("", |(_, q)| q);
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| {
            !p.is_empty()
                && !["__err", "__path", "done"]
                    .iter()
                    .any(|k| p.split('=').next() == Some(*k))
        })
        .map(decoded)
        .collect();
    pairs.sort_unstable();
    pairs
}

/// A query's `+` and `%XX` as the characters they stand for.
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push((high * 16 + low) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `location` with `done=saved` added when it is the page the form was on (as Leptos sends a
/// saved form back), without an error or a `done` of its own; a refused form's address loses
/// the `done` of an earlier save (the page would say "Saved." beside the error). A saved form
/// that was opened by its address (`?form=...`, `app::components::Disclosure`) is closed.
fn saved_location(location: &str, referer: &str) -> Option<String> {
    if location.contains("__err=") {
        return location.contains("done=").then(|| without_done(location));
    }
    if path_of(location) != path_of(referer) || page_pairs(location) != page_pairs(referer) {
        return None;
    }
    let (address, fragment) = match location.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (location, None),
    };
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    if pairs
        .iter()
        .any(|p| p.starts_with("__err=") || p.starts_with("done="))
    {
        return None;
    }
    let open_form = format!("{}=", app::components::FORM_QUERY);
    let mut query: String = pairs
        .iter()
        .filter(|p| !p.starts_with(&open_form))
        .map(|p| format!("{p}&"))
        .collect();
    query.push_str("done=saved");
    Some(match fragment {
        Some(f) => format!("{base}?{query}#{f}"),
        None => format!("{base}?{query}"),
    })
}

/// An error answer as a server function gives it, so the browser shows its translated sentence.
fn refused(error: AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_vec(&error).unwrap_or_default();
    (
        status,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                http::HeaderName::from_static("serverfnerror"),
                HeaderValue::from_static("1"),
            ),
        ],
        body,
    )
        .into_response()
}

/// `scheme://host[:port]` of an absolute URL (a `Referer`), if it has one.
fn origin_of(url: &str) -> Option<&str> {
    let after_scheme = url.find("://")? + 3;
    let end = url[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| after_scheme + i);
    Some(&url[..end])
}

/// Whether a request claiming to come from `origin` comes from Lotse's own pages: one of the
/// configured origins, or without configuration, an origin naming the host the request was
/// sent to.
pub fn origin_allowed(origin: &str, host: Option<&str>, settings: &SessionSettings) -> bool {
    if !settings.allowed_origins.is_empty() {
        return settings
            .allowed_origins
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(origin));
    }
    let authority = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    matches!((authority, host), (Some(a), Some(h)) if a.eq_ignore_ascii_case(h))
}

/// Refuses state-changing requests from other sites (cross-site request forgery): a browser
/// sends `Origin` with every POST, so one naming another site, or `null` (a sandboxed frame,
/// a `data:` page), is refused; without `Origin`, the `Referer` must be Lotse's own. A request
/// carrying neither comes from no browser and cannot ride on someone's session by accident.
pub async fn same_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    use http::Method;
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let text = |name: header::HeaderName| headers.get(name).map(|v| v.to_str().unwrap_or("null"));
    let claimed = match (text(header::ORIGIN), text(header::REFERER)) {
        (Some(origin), _) => Some(origin),
        (None, Some(referer)) => Some(origin_of(referer).unwrap_or("null")),
        (None, None) => None,
    };
    if let Some(origin) = claimed {
        let host = text(header::HOST);
        if !origin_allowed(origin, host, &state.settings) {
            tracing::warn!(%origin, "refused a state-changing request from another origin");
            return refused(AppError::Forbidden);
        }
    }
    next.run(request).await
}

/// Whether a request body or query carries a NUL character, raw or encoded as a form
/// (`%00`) or JSON (`\u0000`) would carry it.
fn carries_nul(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let percent = bytes.windows(3).any(|w| w == b"%00");
    let json = bytes.windows(6).enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(b"\\u0000")
            && bytes[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
    });
    percent || json
}

/// Refuses a NUL character in any text before it reaches a handler: PostgreSQL cannot store
/// it, and no one types it. The answer says so in the user's language (422), never a 500.
pub async fn refuse_nul(request: Request, next: Next) -> Response {
    if carries_nul(request.uri().query().unwrap_or_default().as_bytes())
        || carries_nul(request.uri().path().as_bytes())
    {
        return refused(AppError::ControlCharacter);
    }
    if matches!(*request.method(), http::Method::GET | http::Method::HEAD) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, crate::startup::MAX_BODY_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    if carries_nul(&bytes) {
        return refused(AppError::ControlCharacter);
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_characters_are_found_raw_and_encoded() {
        assert!(carries_nul(b"note=a\0b"));
        assert!(carries_nul(b"note=a%00b"));
        assert!(carries_nul(br#"{"note":"a\u0000b"}"#));
        assert!(!carries_nul(b"note=100%25 sicher, 2500 Euro"));
        // An escaped backslash followed by the letters u0000 is text, not a NUL.
        assert!(!carries_nul(br#"{"note":"C:\\u0000"}"#));
        assert!(!carries_nul("Коваленко".as_bytes()));
    }

    #[test]
    fn only_lotse_s_own_origin_may_change_things() {
        let open = SessionSettings::default();
        let host = Some("127.0.0.1:3000");
        assert!(origin_allowed("http://127.0.0.1:3000", host, &open));
        assert!(!origin_allowed("http://evil.example", host, &open));
        assert!(!origin_allowed("null", host, &open));
        assert!(!origin_allowed(
            "http://127.0.0.1:3000.evil.example",
            host,
            &open
        ));
        let behind_proxy = SessionSettings {
            allowed_origins: vec!["https://lotse.koeln.de".into()],
            ..SessionSettings::default()
        };
        assert!(origin_allowed(
            "https://lotse.koeln.de",
            Some("10.0.0.5:3000"),
            &behind_proxy
        ));
        assert!(!origin_allowed(
            "http://10.0.0.5:3000",
            Some("10.0.0.5:3000"),
            &behind_proxy
        ));
        assert_eq!(
            origin_of("https://a.example:8443/x?y"),
            Some("https://a.example:8443")
        );
        assert_eq!(origin_of("about:blank"), None);
    }
}

#[cfg(test)]
mod plain_form_tests {
    use super::saved_location;

    #[test]
    fn a_plain_form_that_saved_goes_back_to_its_page_marked_saved() {
        assert_eq!(
            saved_location("http://127.0.0.1:3000/cases/1/plan", "/cases/1/plan").as_deref(),
            Some("http://127.0.0.1:3000/cases/1/plan?done=saved")
        );
        assert_eq!(
            saved_location(
                "/audit?page=2#log",
                "http://h/audit?page=2&__path=p&__err=e"
            )
            .as_deref(),
            Some("/audit?page=2&done=saved#log")
        );
    }

    #[test]
    fn a_form_opened_by_its_address_closes_when_it_saved_and_stays_open_when_refused() {
        assert_eq!(
            saved_location(
                "/cases/3/plan?form=goal-5-edit-form",
                "/cases/3/plan?form=goal-5-edit-form"
            )
            .as_deref(),
            Some("/cases/3/plan?done=saved")
        );
        assert_eq!(
            saved_location(
                "/cases/3/plan?form=goal-5-edit-form&__path=x&__err=y",
                "/cases/3/plan?form=goal-5-edit-form"
            ),
            None
        );
    }

    #[test]
    fn a_refused_form_or_one_that_chose_its_address_keeps_it() {
        assert_eq!(
            saved_location("/cases/1?__path=x&__err=y", "/cases/1"),
            None
        );
        assert_eq!(
            saved_location("/?done=saved&__path=x&__err=y", "/?done=saved").as_deref(),
            Some("/?__path=x&__err=y")
        );
        assert_eq!(saved_location("/clients/4?done=merged", "/clients/4"), None);
        assert_eq!(saved_location("/sign-in", "/account"), None);
        assert_eq!(
            saved_location("/clients/new?duplicates=3,4", "http://h/clients/new"),
            None
        );
    }

    #[test]
    fn the_page_is_recognised_however_its_address_was_encoded() {
        assert_eq!(
            saved_location(
                "/cases/2/network?step=4&consent_cats=identity%2Clanguage&q=a+b",
                "http://h/cases/2/network?step=4&consent_cats=identity,language&q=a%20b"
            )
            .as_deref(),
            Some("/cases/2/network?step=4&consent_cats=identity%2Clanguage&q=a+b&done=saved")
        );
    }
}
