//! Password hashing with Argon2id (the `argon2` crate's defaults follow OWASP's advice).
//! Hashing is CPU-heavy, so it runs on the blocking thread pool.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

use crate::error::AppError;

pub const MIN_PASSWORD_CHARS: usize = 10;

/// Checks a new password against the rules; returns the Fluent id of the problem.
pub fn check_new_password(password: &str) -> Result<(), &'static str> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err("error-password-too-short");
    }
    Ok(())
}

pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await
    .map_err(crate::server::infra::context::internal)?
    .map_err(crate::server::infra::context::internal)
}

/// Verifies `password` against a stored hash. With no stored hash (unknown account) it still
/// spends the time of one verification, so response times do not reveal which e-mails exist.
pub async fn verify(password: String, stored_hash: Option<String>) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || {
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
    .map_err(crate::server::infra::context::internal)
}

/// An Argon2id hash of a random string nobody knows.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$9mQ8fGkW3gYQ2x8oQ7s9p0Lr9z8Kq1v3m0x2YtJb1cE";
