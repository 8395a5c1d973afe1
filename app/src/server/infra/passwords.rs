//! Password hashing with Argon2id (the `argon2` crate's defaults follow OWASP's advice).
//! Hashing is CPU-heavy, so it runs on the blocking thread pool. Each call holds about 19 MiB
//! of working memory; at most one call per core runs at once, so a burst of sign-ins waits in
//! line instead of pushing the server's resident memory up by 19 MiB per waiting sign-in
//! (measured: 100 sign-ins, 20 at a time, took a fresh server from 43 to 470 MB before).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

use crate::error::AppError;

pub const MIN_PASSWORD_CHARS: usize = 10;

/// Checks a new password against the rules; returns the Fluent id of the problem.
pub fn check_new_password(password: &str) -> Result<(), &'static str> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err("error-password-too-short");
    }
    Ok(())
}

/// Runs `work` on the blocking pool once one of the per-core turns is free. The turn moves
/// into the blocking task, so a caller that gives up waiting does not free it early.
async fn on_a_free_core<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    static TURNS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    let turns = TURNS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Arc::new(Semaphore::new(cores))
    });
    let turn = Arc::clone(turns)
        .acquire_owned()
        .await
        .map_err(crate::server::infra::context::internal)?;
    tokio::task::spawn_blocking(move || {
        let result = work();
        drop(turn);
        result
    })
    .await
    .map_err(crate::server::infra::context::internal)
}

pub async fn hash(password: String) -> Result<String, AppError> {
    on_a_free_core(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await?
    .map_err(crate::server::infra::context::internal)
}

/// Verifies `password` against a stored hash. With no stored hash (unknown account) it still
/// spends the time of one verification, so response times do not reveal which e-mails exist.
pub async fn verify(password: String, stored_hash: Option<String>) -> Result<bool, AppError> {
    on_a_free_core(move || {
        let stored = stored_hash.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && stored != DUMMY_HASH
    })
    .await
}

/// An Argon2id hash of a random string nobody knows.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$9mQ8fGkW3gYQ2x8oQ7s9p0Lr9z8Kq1v3m0x2YtJb1cE";
