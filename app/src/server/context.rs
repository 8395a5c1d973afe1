//! What a server function or page render knows about its request: the shared state, the
//! signed-in user (looked up once per request by the session middleware), the request id and
//! the client address. Also the one way internal errors become `AppError::Internal`.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::extract::ConnectInfo;
use http::request::Parts;
use leptos::prelude::*;

use super::Db;
use crate::error::AppError;
use crate::models::{CurrentUser, PortalClient};

/// Shared by every request: provided to server functions and renders as Leptos context.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: SessionSettings,
    /// Demo data was loaded into this database (shown as a marker in the UI).
    pub demo: bool,
}

#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Mark cookies `Secure` (set when Lotse is served over HTTPS).
    pub secure_cookies: bool,
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A client's portal session ends sooner (phones get lost and shared).
    pub client_idle_timeout: Duration,
}

impl Default for SessionSettings {
    fn default() -> Self {
        SessionSettings {
            secure_cookies: false,
            idle_timeout: Duration::from_secs(30 * 60),
            client_idle_timeout: Duration::from_secs(10 * 60),
        }
    }
}

/// The id the request-id middleware gave this request; it is on every log line of it.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The session middleware's finding for this request.
#[derive(Debug, Clone)]
pub struct SignedIn(pub Option<CurrentUser>, pub Option<String>);

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

/// The address the portal is reached at, as this request saw the server.
pub fn portal_address(secure: bool) -> String {
    let host = parts()
        .and_then(|p| {
            p.headers
                .get(http::header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "localhost:3000".into());
    let scheme = if secure { "https" } else { "http" };
    format!("{scheme}://{host}/portal")
}

/// The raw session token of this request, if it carried a valid one.
pub fn session_token() -> Option<String> {
    parts().and_then(|p| p.extensions.get::<SignedIn>().and_then(|s| s.1.clone()))
}

pub fn client_ip() -> Option<IpAddr> {
    parts().and_then(|p| {
        p.extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
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

/// Adds a `Set-Cookie` header to the response of the current server function or render.
pub fn set_cookie(value: String) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(header) = http::HeaderValue::from_str(&value) {
            response.append_header(http::header::SET_COOKIE, header);
        }
    }
}
