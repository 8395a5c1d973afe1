//! What a server function or page render knows about its request: the shared state, the
//! signed-in user (looked up once per request by the session middleware), the request id and
//! the client address. Also the one way internal errors become `AppError::Internal`.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::extract::ConnectInfo;
use http::request::Parts;
use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{CurrentUser, PortalClient};
use crate::server::Db;

/// Shared by every request: provided to server functions and renders as Leptos context.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: SessionSettings,
    /// Demo data was loaded into this database (shown as a marker in the UI).
    pub demo: bool,
}

/// How Lotse is reached and how long sessions last (from the configuration).
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Served over HTTPS: cookies are `Secure` (sessions `__Host-`), responses carry HSTS.
    pub secure_cookies: bool,
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A client's portal session ends sooner (phones get lost and shared).
    pub client_idle_timeout: Duration,
    /// A staff session ends this long after sign-in, however active it is.
    pub max_lifetime: Duration,
    /// A portal session ends this long after sign-in.
    pub client_max_lifetime: Duration,
    /// The address Lotse is reached at (`LOTSE_PUBLIC_URL`, no trailing slash), printed on
    /// access letters; never taken from a request's `Host`.
    pub public_url: String,
    /// Origins (`https://lotse.example`) that may send state-changing requests. Empty: the
    /// origin must name the host the request was sent to (no `LOTSE_PUBLIC_URL` configured).
    pub allowed_origins: Vec<String>,
    /// Reverse proxies whose `X-Forwarded-For` names the client's address.
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for SessionSettings {
    fn default() -> Self {
        SessionSettings {
            secure_cookies: false,
            idle_timeout: Duration::from_secs(30 * 60),
            client_idle_timeout: Duration::from_secs(10 * 60),
            max_lifetime: Duration::from_secs(12 * 60 * 60),
            client_max_lifetime: Duration::from_secs(2 * 60 * 60),
            public_url: "http://localhost:3000".into(),
            allowed_origins: Vec::new(),
            trusted_proxies: Vec::new(),
        }
    }
}

/// The client's address as the session middleware worked it out (see `client_address`).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<IpAddr>);

/// The client's address: the peer, unless the peer is a trusted proxy; then the nearest
/// address in `X-Forwarded-For` that is not a trusted proxy itself (entries further left
/// are the client's own claims and could be forged).
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: &[&str],
    trusted: &[ipnet::IpNet],
) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer?;
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let chain: Vec<IpAddr> = forwarded_for
        .iter()
        .flat_map(|header| header.split(','))
        .filter_map(|entry| entry.trim().parse().ok())
        .collect();
    chain
        .iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .or(chain.first())
        .copied()
        .or(Some(peer))
}

/// The id the request-id middleware gave this request; it is on every log line of it.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The session middleware's finding for this request.
#[derive(Debug, Clone)]
pub struct SignedIn(pub Option<CurrentUser>, pub Option<String>);

/// A session whose password was right but that has yet to pass its second factor, or to set
/// one up (its stage says which): the user, the token. It reaches no data; only the pages and
/// server functions of its stage look at it.
#[derive(Debug, Clone)]
pub struct Unfinished(
    pub CurrentUser,
    pub String,
    pub crate::server::infra::sessions::Stage,
);

/// The request's unfinished sign-in, if it has one.
pub fn unfinished() -> Option<Unfinished> {
    parts().and_then(|p| p.extensions.get::<Unfinished>().cloned())
}

/// The `User-Agent` of the request (to name a session's browser).
pub fn user_agent() -> String {
    parts()
        .and_then(|p| {
            p.headers
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| internal("AppState missing from context"))
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

pub fn request_id() -> String {
    parts()
        .and_then(|p| p.extensions.get::<RequestId>().map(|r| r.0.clone()))
        .unwrap_or_default()
}

/// The signed-in user, or `Unauthenticated`.
pub fn current_user() -> Result<CurrentUser, AppError> {
    optional_user().ok_or(AppError::Unauthenticated)
}

pub fn optional_user() -> Option<CurrentUser> {
    parts().and_then(|p| p.extensions.get::<SignedIn>().and_then(|s| s.0.clone()))
}

/// What the page needs to know about the session (for anonymous visitors too).
pub fn session_info() -> crate::models::SessionInfo {
    crate::models::SessionInfo {
        user: optional_user(),
        client: optional_client(),
        demo: use_context::<AppState>().is_some_and(|s| s.demo),
    }
}

/// The portal middleware's finding: the signed-in client and their session token.
#[derive(Debug, Clone)]
pub struct ClientSignedIn(pub Option<PortalClient>, pub Option<String>);

/// The client signed in to the portal, or `Unauthenticated`. Staff sessions do not count.
pub fn current_client() -> Result<PortalClient, AppError> {
    optional_client().ok_or(AppError::Unauthenticated)
}

pub fn optional_client() -> Option<PortalClient> {
    parts().and_then(|p| {
        p.extensions
            .get::<ClientSignedIn>()
            .and_then(|s| s.0.clone())
    })
}

pub fn client_session_token() -> Option<String> {
    parts().and_then(|p| {
        p.extensions
            .get::<ClientSignedIn>()
            .and_then(|s| s.1.clone())
    })
}

/// The address of the portal, as printed on access letters: the configured public address.
pub fn portal_address(settings: &SessionSettings) -> String {
    format!("{}/portal", settings.public_url)
}

/// The raw session token of this request, if it carried a valid one.
pub fn session_token() -> Option<String> {
    parts().and_then(|p| p.extensions.get::<SignedIn>().and_then(|s| s.1.clone()))
}

/// The client's address (behind trusted proxies, from `X-Forwarded-For`).
pub fn client_ip() -> Option<IpAddr> {
    parts().and_then(|p| match p.extensions.get::<ClientAddress>() {
        Some(address) => address.0,
        None => p
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip()),
    })
}

/// Logs an internal failure with its cause and returns the error the user sees.
pub fn internal(cause: impl std::fmt::Display) -> AppError {
    let request_id = request_id();
    tracing::error!(%request_id, error = %cause, "internal error");
    AppError::Internal { request_id }
}

/// Database errors are internal unless a caller maps them to something the user can fix.
impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        internal(err)
    }
}

/// A stored code outside its closed catalogue is a fault in the data, not the user's input.
impl From<crate::models::UnknownCode> for AppError {
    fn from(err: crate::models::UnknownCode) -> Self {
        internal(err)
    }
}

/// Adds a `Set-Cookie` header to the response of the current server function or render.
pub fn set_cookie(value: String) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(header) = http::HeaderValue::from_str(&value) {
            response.append_header(http::header::SET_COOKIE, header);
        }
    }
}

/// After a plain form post (a browser without JavaScript, or before the WASM has loaded),
/// Leptos sends the browser back to the page it came from. `form_done("marked")` sends it
/// back with `?done=marked` instead, so that the page can say what happened, as it does after
/// the script's request. Requests from the WASM (which do not accept HTML) are not touched.
pub fn form_done(what: &str) {
    if let Some(path) = plain_form_referer() {
        leptos_axum::redirect(&format!("{path}?done={what}"));
    }
}

/// After a plain form post, sends the browser to `path` (signing out lands on the sign-in
/// page, not on the page that is no longer readable).
pub fn form_goes_to(path: &str) {
    if plain_form_referer().is_some() {
        leptos_axum::redirect(path);
    }
}

/// For a plain form post (the browser accepts HTML), the path of the page it came from.
fn plain_form_referer() -> Option<String> {
    let parts = use_context::<Parts>()?;
    let header = |name| {
        parts
            .headers
            .get(name)
            .and_then(|v: &http::HeaderValue| v.to_str().ok())
    };
    if !header(http::header::ACCEPT).is_some_and(|v| v.contains("text/html")) {
        return None;
    }
    Some(
        header(http::header::REFERER)
            .map(referer_path)
            .unwrap_or("/")
            .to_owned(),
    )
}

/// The path of the page being rendered or of the server function called.
pub fn request_path() -> Option<String> {
    parts().map(|p| p.uri.path().to_owned())
}

/// The value of one cookie of the request.
pub fn cookie(name: &str) -> Option<String> {
    let parts = parts()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then(|| value.to_owned())
        })
}

/// The path of a `Referer` without query and fragment; `/` if it has none or it could lead
/// to another site.
fn referer_path(referer: &str) -> &str {
    let after_host = match referer.find("://") {
        Some(i) => referer[i + 3..]
            .find('/')
            .map_or("/", |j| &referer[i + 3 + j..]),
        None => referer,
    };
    let path = after_host.split(['?', '#']).next().unwrap_or("/");
    if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') {
        path
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_form_goes_back_to_the_path_it_came_from_on_this_site_only() {
        assert_eq!(
            referer_path("http://lotse.test/portal/consents?revoke=3#x"),
            "/portal/consents"
        );
        assert_eq!(referer_path("https://lotse.test"), "/");
        assert_eq!(referer_path("https://lotse.test//evil.example/x"), "/");
        assert_eq!(referer_path("/portal"), "/portal");
        assert_eq!(referer_path("evil.example"), "/");
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_client_address_is_the_peer_unless_the_peer_is_a_trusted_proxy() {
        let proxy: Vec<ipnet::IpNet> = vec!["10.0.0.0/24".parse().unwrap()];
        let forged = ["1.2.3.4"];
        // A client talking directly cannot claim another address.
        assert_eq!(
            client_address(Some(ip("203.0.113.9")), &forged, &proxy),
            Some(ip("203.0.113.9"))
        );
        // Without trusted proxies, X-Forwarded-For is ignored.
        assert_eq!(
            client_address(Some(ip("10.0.0.2")), &forged, &[]),
            Some(ip("10.0.0.2"))
        );
        // Behind the proxy: the nearest untrusted hop, not what the client wrote further left.
        assert_eq!(
            client_address(
                Some(ip("10.0.0.2")),
                &["1.2.3.4, 198.51.100.7", "10.0.0.5"],
                &proxy
            ),
            Some(ip("198.51.100.7"))
        );
        // A proxy that forwards nothing is the client as far as anyone can tell.
        assert_eq!(
            client_address(Some(ip("10.0.0.2")), &[], &proxy),
            Some(ip("10.0.0.2"))
        );
        assert_eq!(client_address(None, &forged, &proxy), None);
    }
}
