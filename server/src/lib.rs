//! The `lotse` server: configuration, start-up, middleware and the command line.
//! The application itself (pages, server functions, domain code) lives in the `app` crate.

#[cfg(feature = "testing")]
pub mod access_matrix;
pub mod cli;
pub mod config;
pub mod export;
pub mod middleware;
pub mod offline;
pub mod open_data;
pub mod single_sign_on;
pub mod startup;

/// Paths of all server functions, for tests that exercise every endpoint.
pub fn server_function_paths() -> Vec<String> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect()
}
