//! Building the application: database, state, router and the server loop.

use std::net::SocketAddr;
use std::path::Path;

use axum::extract::{Extension, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

use app::server::infra::context::{ClientSignedIn, SessionSettings};
use app::server::{demo, AppState, Db};
use app::{shell, App};

use crate::config::Config;
use crate::{middleware, offline};

/// Largest request body Lotse accepts (forms and server function arguments are small).
pub(crate) const MAX_BODY_BYTES: usize = 256 * 1024;

/// Connects, migrates, computes clients' name search keys anew when Lotse computes them
/// differently, and reads what the server needs to know at start.
pub async fn connect(config: &Config) -> Result<Db, String> {
    let url = config.effective_database_url()?;
    let max = if url.starts_with("sqlite:") { 8 } else { 16 };
    let db = Db::connect(&url, max)
        .await
        .map_err(|e| format!("cannot open database: {e}"))?;
    db.migrate()
        .await
        .map_err(|e| format!("cannot migrate database: {e}"))?;
    if app::server::casework::name_keys::rekey_if_outdated(&db)
        .await
        .map_err(|e| format!("cannot compute name search keys: {e}"))?
    {
        tracing::info!("name search keys computed anew");
    }
    Ok(db)
}

pub async fn state(db: Db, config: &Config) -> Result<AppState, String> {
    let demo = demo::is_loaded(&db)
        .await
        .map_err(|e| format!("cannot read settings: {e}"))?;
    Ok(AppState {
        db,
        settings: settings(config),
        demo,
    })
}

/// What requests and sessions need to know of the configuration.
pub fn settings(config: &Config) -> SessionSettings {
    let public_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.listen));
    if config.public_url.is_none() && !config.listen.ip().is_loopback() {
        tracing::warn!(
            "LOTSE_PUBLIC_URL is not set: access letters print {public_url}/portal, and \
             state-changing requests are accepted from the host they were sent to"
        );
    }
    app::server::mail::configure(app::server::mail::MailSettings {
        public_url: public_url.clone(),
        smtp_configured: config.smtp_url.is_some(),
    });
    SessionSettings {
        secure_cookies: config.secure_cookies,
        idle_timeout: config.session_idle,
        client_idle_timeout: config.client_session_idle,
        max_lifetime: config.session_max,
        client_max_lifetime: config.client_session_max,
        allowed_origins: config.public_url.iter().cloned().collect(),
        public_url,
        trusted_proxies: config.trusted_proxies.clone(),
    }
}

/// Leptos's options. A release build (`cargo leptos build --release`, `hash-files = true`)
/// gives `/pkg` files content-hashed names and writes them into `hash.txt` beside the binary;
/// with that file present, pages name the hashed files and `/pkg` may be cached for a year.
pub fn leptos_options(site_root: &Path, addr: SocketAddr) -> LeptosOptions {
    let hash_file = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt")))
        .filter(|file| file.is_file());
    LeptosOptions::builder()
        .output_name("lotse")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(leptos::config::Env::PROD)
        .hash_files(hash_file.is_some())
        .hash_file(
            hash_file
                .map(|file| file.display().to_string())
                .unwrap_or_else(|| "hash.txt".to_owned())
                .into(),
        )
        .build()
}

async fn healthz(State(state): State<AppState>) -> StatusCode {
    if state.db.is_healthy().await {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    }
}

/// "Download my data": everything stored about the signed-in client, as a JSON file.
async fn portal_export(
    State(state): State<AppState>,
    Extension(signed): Extension<ClientSignedIn>,
) -> Response {
    let Some(client) = signed.0 else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    match app::server::portal::export(&state.db, &client).await {
        Ok(data) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"lotse-meine-daten.json\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            serde_json::to_vec_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Err(error) => StatusCode::from_u16(error.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
    }
}

/// The whole application as an axum router.
pub fn router(state: AppState, options: LeptosOptions) -> Router {
    // Generated once per process: while Leptos generates the route list it suppresses
    // resource loading process-wide, which would stall a page another router is rendering
    // at that moment (leptos-rs/leptos#4773; tests run several servers in one process).
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    let routes = ROUTES.get_or_init(|| generate_route_list(App)).clone();
    let context_state = state.clone();
    let provide_state = move || provide_context(context_state.clone());
    let hashed_assets = options.hash_files;
    let service_worker = Router::new()
        .route("/sw.js", get(offline::script))
        .with_state(offline::ServiceWorker::new(&options));
    let leptos = Router::new()
        .leptos_routes_with_context(&options, routes, provide_state.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            provide_state,
            shell,
        ))
        .with_state(options);
    let health = Router::new()
        .route("/healthz", get(healthz))
        .route(app::PORTAL_EXPORT, get(portal_export))
        .route(app::CASELOAD_EXPORT, get(crate::export::caseload_csv))
        .route(
            "/coordination/figures/{file}",
            get(crate::export::figures_csv),
        )
        .route(
            "/sign-in/provider/{organisation}",
            get(crate::single_sign_on::start),
        )
        .route(
            "/sign-in/provider/{organisation}/sign-out",
            get(crate::single_sign_on::sign_out),
        )
        .route(
            app::server::admin::providers::RETURN_PATH,
            get(crate::single_sign_on::arrive),
        )
        .with_state(state.clone());
    Router::new()
        .merge(health)
        .merge(crate::open_data::routes(state.clone()))
        .merge(service_worker)
        .merge(leptos)
        .layer(axum::middleware::from_fn(
            middleware::server_function_status,
        ))
        .layer(axum::middleware::from_fn(middleware::plain_form_saved))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            offline::mark_storable,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::session,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::language,
        ))
        .layer(axum::middleware::from_fn(middleware::refuse_nul))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::same_origin,
        ))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            state,
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            hashed_assets,
            middleware::asset_lifetime,
        ))
        // Pages, server function answers and exports, gzip when the browser accepts it. Not
        // brotli: tower-http's brotli encoder (level 4) zeroes an 8 MiB ring buffer for every
        // answer; under `make bench`'s mixed workload 85 % of the server's page faults were
        // there. It saved 2.5 % of the bytes (dashboard: 3,555 against gzip's 3,647). `/pkg`
        // files come precompressed from the build (brotli and gzip) and pass through as they
        // are.
        .layer(CompressionLayer::new().no_br())
        .layer(axum::middleware::from_fn(middleware::request_id))
}

/// Serves `router` on `listener` until SIGTERM or Ctrl-C, then finishes open requests.
pub async fn serve(listener: TcpListener, router: Router) -> std::io::Result<()> {
    // Without TCP_NODELAY, streamed responses stall on delayed ACKs (~30 ms per request).
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
