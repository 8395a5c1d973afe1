//! The service directory as open data over HTTP: Open Referral HSDS 3.0's read-only API
//! (`docs/open-data.md`) under [`PREFIX`]. No session, no personal data; any site may read it
//! (`Access-Control-Allow-Origin: *`), and answers may be cached for five minutes.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use app::server::network::open_data::{self, BadParameter, ListQuery};
use app::server::AppState;

/// Where the API lives.
pub const PREFIX: &str = "/open-data/hsds";

pub fn routes(state: AppState) -> Router {
    Router::new()
        .route(PREFIX, get(about))
        .route(&format!("{PREFIX}/"), get(about))
        .route(&format!("{PREFIX}/services"), get(services))
        .route(&format!("{PREFIX}/services/{{id}}"), get(service))
        .route(&format!("{PREFIX}/organizations"), get(organizations))
        .route(&format!("{PREFIX}/organizations/{{id}}"), get(organization))
        .route(
            &format!("{PREFIX}/service_at_locations"),
            get(services_at_locations),
        )
        .route(
            &format!("{PREFIX}/service_at_locations/{{id}}"),
            get(service_at_location),
        )
        .with_state(state)
}

fn answer(status: StatusCode, body: Value) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body.to_string(),
    )
        .into_response()
}

fn error(status: StatusCode, message: &str) -> Response {
    answer(status, json!({ "error": message }))
}

fn bad(parameter: BadParameter) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        &format!("invalid query parameter: {}", parameter.0),
    )
}

fn failed(error_value: app::error::AppError) -> Response {
    tracing::warn!(?error_value, "open data query failed");
    error(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

fn one(found: Result<Option<Value>, app::error::AppError>) -> Response {
    match found {
        Ok(Some(value)) => answer(StatusCode::OK, value),
        Ok(None) => error(StatusCode::NOT_FOUND, "not found"),
        Err(e) => failed(e),
    }
}

fn list(result: Result<Value, app::error::AppError>) -> Response {
    match result {
        Ok(value) => answer(StatusCode::OK, value),
        Err(e) => failed(e),
    }
}

/// `GET /`: which HSDS version this is, and where its definition lies.
async fn about(State(state): State<AppState>) -> Response {
    answer(
        StatusCode::OK,
        json!({
            "version": open_data::HSDS_VERSION,
            "profile": "https://docs.openreferral.org/en/v3.0/",
            "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
            "self": format!("{}{PREFIX}", state.settings.public_url),
        }),
    )
}

async fn services(
    State(state): State<AppState>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Response {
    match ListQuery::parse(&params) {
        Ok(query) => list(open_data::services(&state.db, &query).await),
        Err(parameter) => bad(parameter),
    }
}

async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    one(open_data::service(&state.db, &id).await)
}

async fn organizations(
    State(state): State<AppState>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Response {
    match ListQuery::parse(&params) {
        Ok(query) => list(open_data::organizations(&state.db, &query).await),
        Err(parameter) => bad(parameter),
    }
}

async fn organization(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    one(open_data::organization_full(&state.db, &id).await)
}

async fn services_at_locations(
    State(state): State<AppState>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Response {
    match ListQuery::parse(&params) {
        Ok(query) => list(open_data::services_at_locations(&state.db, &query).await),
        Err(parameter) => bad(parameter),
    }
}

async fn service_at_location(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    one(open_data::service_at_location(&state.db, &id).await)
}
