//! Client sign-in with the code from a letter and a PIN or passphrase, portal sessions, and
//! the cookies they set.

use std::net::IpAddr;

use crate::error::AppError;
use crate::models::{locale_for_language, PortalClient, PortalSignInForm, PortalSignInOutcome};
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::passwords;
use crate::server::infra::throttle::{self, Door};

use super::codes::{AccessCode, NewSecret};

pub const PORTAL_COOKIE: &str = "lotse_portal";

/// A portal sign-in as the form sent it: the code checked, the PIN as typed (it is checked
/// against the stored one, or as a [`NewSecret`] when the client chooses it).
pub struct SignInInput {
    code: AccessCode,
    pin: String,
    /// Sent only by the form choosing the PIN.
    pin_repeat: Option<String>,
}

impl SignInInput {
    pub fn parse(code: &str, pin: &str, pin_repeat: Option<&str>) -> Result<Self, AppError> {
        Ok(SignInInput {
            code: AccessCode::parse(code)?,
            pin: pin.to_owned(),
            pin_repeat: pin_repeat.map(str::to_owned),
        })
    }
}

impl TryFrom<&PortalSignInForm> for SignInInput {
    type Error = AppError;

    fn try_from(form: &PortalSignInForm) -> Result<Self, AppError> {
        SignInInput::parse(&form.code, &form.pin, form.pin_repeat.as_deref())
    }
}

#[derive(sqlx::FromRow)]
struct AccessRow {
    client_id: i64,
    secret_hash: Option<String>,
    blocked: i64,
}

/// Signs a client in with the code from their letter. The first time (no PIN yet) a form
/// without the repetition field answers `ChoosePin`; a PIN with its repetition then sets it.
/// Failures are counted per code and address like staff sign-ins, and refused with
/// `Throttled` when too many.
pub async fn sign_in(
    db: &Db,
    input: &SignInInput,
    ip: Option<IpAddr>,
) -> Result<(PortalSignInOutcome, Option<String>), AppError> {
    let pin = input.pin.as_str();
    let hash = input.code.hash();
    let attempt = throttle::attempt(db, Door::PortalSignIn, &hash, ip).await?;
    let found = sqlx::query_as::<_, AccessRow>(
        "SELECT client_id, secret_hash, blocked FROM portal_access WHERE code_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&db.pool)
    .await?;
    let wrong = || AppError::invalid("pin", "error-portal-credentials");
    let Some(access) = found else {
        // Spend the time of a verification, so unknown codes do not answer faster.
        let _ = passwords::verify(pin.to_owned(), None).await?;
        attempt.failed(db).await?;
        return Err(wrong());
    };
    if access.blocked != 0 {
        return Err(AppError::invalid("code", "error-portal-blocked"));
    }
    let now = now_ms();
    match access.secret_hash {
        None => {
            // The code alone is right: choosing the PIN is not a guess.
            attempt.succeeded(db).await?;
            let Some(pin_repeat) = &input.pin_repeat else {
                return Ok((PortalSignInOutcome::ChoosePin, None));
            };
            let chosen = NewSecret::parse(pin, pin_repeat)?;
            let secret = passwords::hash(chosen.into_string()).await?;
            sqlx::query(
                "UPDATE portal_access SET secret_hash = $1, activated_at = $2, updated_at = $2
                 WHERE client_id = $3 AND secret_hash IS NULL",
            )
            .bind(secret)
            .bind(now)
            .bind(access.client_id)
            .execute(&db.pool)
            .await?;
        }
        Some(stored) => {
            if !passwords::verify(pin.trim().to_owned(), Some(stored)).await? {
                attempt.failed(db).await?;
                return Err(wrong());
            }
            attempt.succeeded(db).await?;
        }
    }
    sqlx::query("UPDATE portal_access SET last_sign_in_at = $1 WHERE client_id = $2")
        .bind(now)
        .bind(access.client_id)
        .execute(&db.pool)
        .await?;
    let language: Option<String> =
        sqlx::query_scalar("SELECT preferred_language FROM clients WHERE id = $1")
            .bind(access.client_id)
            .fetch_optional(&db.pool)
            .await?
            .flatten();
    let token = start_session(db, access.client_id).await?;
    Ok((
        PortalSignInOutcome::SignedIn {
            language: locale_for_language(language.as_deref()).to_owned(),
        },
        Some(token),
    ))
}

async fn start_session(db: &Db, client_id: i64) -> Result<String, AppError> {
    let token = crate::server::infra::sessions::new_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO portal_sessions (token_hash, client_id, created_at, last_seen_at)
         VALUES ($1, $2, $3, $3)",
    )
    .bind(crate::server::infra::sessions::token_hash(&token))
    .bind(client_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(token)
}

#[derive(sqlx::FromRow)]
struct ClientSessionRow {
    client_id: i64,
    created_at: i64,
    last_seen_at: i64,
    given_names: String,
    preferred_language: Option<String>,
}

/// The client behind a portal session token, if the session is not idle for longer than
/// the (shorter) client timeout and the access is neither blocked nor replaced.
pub async fn resume(
    db: &Db,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<PortalClient>, AppError> {
    let hash = crate::server::infra::sessions::token_hash(token);
    let row = sqlx::query_as::<_, ClientSessionRow>(
        "SELECT s.client_id, s.created_at, s.last_seen_at, c.given_names, c.preferred_language
         FROM portal_sessions s
         JOIN portal_access a ON a.client_id = s.client_id
         JOIN clients c ON c.id = s.client_id
         WHERE s.token_hash = $1 AND a.blocked = 0 AND a.secret_hash IS NOT NULL",
    )
    .bind(&hash)
    .fetch_optional(&db.pool)
    .await?;
    let now = now_ms();
    let idle = settings.client_idle_timeout.as_millis() as i64;
    let lifetime = settings.client_max_lifetime.as_millis() as i64;
    let Some(row) = row.filter(|r| now - r.last_seen_at <= idle && now - r.created_at <= lifetime)
    else {
        sqlx::query("DELETE FROM portal_sessions WHERE token_hash = $1")
            .bind(&hash)
            .execute(&db.pool)
            .await?;
        return Ok(None);
    };
    if now - row.last_seen_at > 30_000 {
        sqlx::query("UPDATE portal_sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&db.pool)
            .await?;
    }
    let language = locale_for_language(row.preferred_language.as_deref());
    Ok(Some(PortalClient {
        client_id: row.client_id,
        first_name: row.given_names,
        language: (language != "de" || row.preferred_language.as_deref() == Some("deu"))
            .then(|| language.to_owned()),
    }))
}

pub async fn end_session(db: &Db, token: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM portal_sessions WHERE token_hash = $1")
        .bind(crate::server::infra::sessions::token_hash(token))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Removes portal sessions idle for longer than the client timeout or older than their
/// lifetime (the server's tick).
pub async fn purge_sessions(db: &Db, settings: &SessionSettings) -> Result<(), AppError> {
    let now = now_ms();
    sqlx::query("DELETE FROM portal_sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - settings.client_idle_timeout.as_millis() as i64)
        .bind(now - settings.client_max_lifetime.as_millis() as i64)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The cookies a sign-in sets: the portal session when one began, and the client's language
/// once signed in, so that the interface switches to it.
pub fn sign_in_cookies(
    outcome: &PortalSignInOutcome,
    token: Option<&str>,
    settings: &SessionSettings,
) -> Vec<String> {
    let mut cookies: Vec<String> = token.map(|t| cookie(t, settings)).into_iter().collect();
    if let PortalSignInOutcome::SignedIn { language } = outcome {
        cookies.push(format!(
            "{}={language}; Path=/; Max-Age=31536000; SameSite=Lax",
            crate::i18n::LANGUAGE_COOKIE
        ));
    }
    cookies
}

pub fn cookie(token: &str, settings: &SessionSettings) -> String {
    crate::server::infra::sessions::cookie_named(PORTAL_COOKIE, token, settings)
}

pub fn removal_cookie(settings: &SessionSettings) -> String {
    crate::server::infra::sessions::removal_cookie_named(PORTAL_COOKIE, settings)
}
