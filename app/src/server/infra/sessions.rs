//! Staff sessions, kept in the database so that several `lotse` processes serve one user.
//! The cookie holds a random token; the database holds only its SHA-256, so a leaked
//! database copy cannot be replayed as a cookie.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::models::{CurrentUser, Role};
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{now_ms, Db};

pub const SESSION_COOKIE: &str = "lotse_session";

/// Over HTTPS a session cookie carries the `__Host-` prefix: the browser then accepts it only
/// `Secure`, for the whole site and from this host, so no sibling subdomain can plant one.
pub fn cookie_name(base: &'static str, settings: &SessionSettings) -> String {
    if settings.secure_cookies {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL_MS: i64 = 60_000;

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A new random session token (256 bits, hex) for a cookie.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Starts a session for `user_id` and returns the token for the cookie.
pub async fn start(db: &Db, user_id: i64) -> Result<String, AppError> {
    let token = new_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(token)
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    created_at: i64,
    last_seen_at: i64,
    user_id: i64,
    display_name: String,
    email: String,
    role: String,
    active: i64,
    organisation_id: i64,
    organisation_name: String,
}

const FIND_SESSION: &str = "
    SELECT s.created_at, s.last_seen_at, u.id AS user_id, u.display_name, u.email, u.role, u.active,
           o.id AS organisation_id, o.name AS organisation_name
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN organisations o ON o.id = u.organisation_id
    WHERE s.token_hash = $1";

/// The user behind a session token, if the session exists, is neither idle for too long nor
/// older than its maximum lifetime, and belongs to an active user. An expired session is
/// removed on the way.
pub async fn resume(
    db: &Db,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<CurrentUser>, AppError> {
    let hash = token_hash(token);
    let Some(row) = sqlx::query_as::<_, SessionRow>(FIND_SESSION)
        .bind(&hash)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(None);
    };
    let now = now_ms();
    let idle_ms = settings.idle_timeout.as_millis() as i64;
    let role = Role::parse(&row.role);
    let max_ms = settings.max_lifetime.as_millis() as i64;
    let expired = now - row.last_seen_at > idle_ms || now - row.created_at > max_ms;
    if row.active == 0 || expired || role.is_none() {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(&hash)
            .execute(&db.pool)
            .await?;
        return Ok(None);
    }
    if now - row.last_seen_at > TOUCH_INTERVAL_MS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&db.pool)
            .await?;
    }
    Ok(Some(CurrentUser {
        id: row.user_id,
        display_name: row.display_name,
        email: row.email,
        role: role.expect("checked above"),
        organisation_id: row.organisation_id,
        organisation_name: row.organisation_name,
    }))
}

pub async fn end(db: &Db, token: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash(token))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The `Set-Cookie` value that carries a new session token.
pub fn cookie(token: &str, settings: &SessionSettings) -> String {
    cookie_named(SESSION_COOKIE, token, settings)
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie(settings: &SessionSettings) -> String {
    removal_cookie_named(SESSION_COOKIE, settings)
}

/// Sessions idle for longer than the idle timeout or older than their lifetime are dropped
/// (the server's tick).
pub async fn purge_expired(db: &Db, settings: &SessionSettings) -> Result<(), AppError> {
    let now = now_ms();
    sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - settings.idle_timeout.as_millis() as i64)
        .bind(now - settings.max_lifetime.as_millis() as i64)
        .execute(&db.pool)
        .await?;
    Ok(())
}

fn secure(settings: &SessionSettings) -> &'static str {
    if settings.secure_cookies {
        "; Secure"
    } else {
        ""
    }
}

/// A session cookie (staff or client portal): HTTP only, same-site, secure over HTTPS.
pub(crate) fn cookie_named(base: &'static str, token: &str, settings: &SessionSettings) -> String {
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax{}",
        cookie_name(base, settings),
        secure(settings)
    )
}

pub(crate) fn removal_cookie_named(base: &'static str, settings: &SessionSettings) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        cookie_name(base, settings),
        secure(settings)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_cookies_are_http_only_lax_and_secure_when_configured() {
        let plain = cookie("t", &SessionSettings::default());
        assert_eq!(plain, "lotse_session=t; Path=/; HttpOnly; SameSite=Lax");
        let https = SessionSettings {
            secure_cookies: true,
            ..SessionSettings::default()
        };
        assert_eq!(
            cookie("t", &https),
            "__Host-lotse_session=t; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
        assert!(
            removal_cookie(&https).contains("Max-Age=0")
                && removal_cookie(&https).ends_with("; Secure")
        );
    }
}
