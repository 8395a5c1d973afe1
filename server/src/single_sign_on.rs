//! Single sign-on's addresses: the link that starts a sign-in through an organisation's
//! provider, the address the provider sends the browser back to, and the link to the
//! provider's own sign-out. All are plain GETs (links and redirects); the work is in
//! [`app::server::admin::providers`].

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};

use app::server::admin::providers::{self, Arrival};
use app::server::infra::sessions;
use app::server::AppState;

use crate::middleware::header_cookie;

fn refused(refusal: providers::Refusal, settings_cookie: String) -> Response {
    (
        AppendHeaders([(header::SET_COOKIE, settings_cookie)]),
        Redirect::to(&format!("/sign-in?provider-error={}", refusal.code())),
    )
        .into_response()
}

fn return_url(state: &AppState) -> String {
    providers::return_url(&state.settings)
}

/// `/sign-in/provider/{organisation}`: off to the organisation's provider.
pub async fn start(State(state): State<AppState>, Path(organisation): Path<String>) -> Response {
    let removal = providers::browser_cookie_removal(&state.settings);
    let Ok(organisation_id) = organisation.parse::<i64>() else {
        return refused(providers::Refusal::NotConfigured, removal);
    };
    match providers::depart(&state.db, organisation_id, &return_url(&state)).await {
        Ok(departure) => (
            AppendHeaders([(
                header::SET_COOKIE,
                providers::browser_cookie(&departure.browser_secret, &state.settings),
            )]),
            Redirect::to(&departure.location),
        )
            .into_response(),
        Err(refusal) => refused(refusal, removal),
    }
}

/// `/sign-in/provider-return`: the provider sends the browser back with a code (or an error).
pub async fn arrive(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(mut query): Query<HashMap<String, String>>,
) -> Response {
    let settings = &state.settings;
    let browser = header_cookie(
        &headers,
        &sessions::cookie_name(providers::BROWSER_COOKIE, settings),
    );
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let arrival = Arrival {
        state: query.remove("state"),
        code: query.remove("code"),
        error: query.remove("error"),
    };
    let removal = providers::browser_cookie_removal(settings);
    match providers::arrive(
        &state.db,
        &arrival,
        browser.as_deref(),
        &return_url(&state),
        user_agent,
    )
    .await
    {
        Ok(token) => (
            AppendHeaders([
                (header::SET_COOKIE, sessions::cookie(&token, settings)),
                (header::SET_COOKIE, removal),
            ]),
            Redirect::to("/"),
        )
            .into_response(),
        Err(refusal) => refused(refusal, removal),
    }
}

/// `/sign-in/provider/{organisation}/sign-out`: on to the provider's sign-out page, which
/// sends the browser back to Lotse's sign-in page.
pub async fn sign_out(State(state): State<AppState>, Path(organisation): Path<String>) -> Response {
    let Ok(organisation_id) = organisation.parse::<i64>() else {
        return Redirect::to("/sign-in").into_response();
    };
    let sign_in = format!("{}/sign-in", state.settings.public_url);
    match providers::provider_sign_out(&state.db, organisation_id, &sign_in).await {
        Ok(Some(location)) => Redirect::to(&location).into_response(),
        Ok(None) => Redirect::to("/sign-in").into_response(),
        Err(error) => {
            tracing::error!(%error, "provider sign-out");
            Redirect::to("/sign-in").into_response()
        }
    }
}
