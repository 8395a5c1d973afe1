//! Staff sessions, kept in the database so that several `lotse` processes serve one user.
//! The cookie holds a random token; the database holds only its SHA-256, so a leaked
//! database copy cannot be replayed as a cookie.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::models::{AccountSession, CurrentUser, Role, SignInMethod};
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

/// How far a session has come: only a full session reaches any data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Full,
    /// The password was right; a second factor is still to come (`/sign-in/second-factor`).
    SecondFactor,
    /// The organisation requires a second factor the user has not set up yet
    /// (`/sign-in/set-up`).
    Setup,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::SecondFactor => "second-factor",
            Stage::Setup => "setup",
        }
    }

    fn parse(raw: &str) -> Option<Stage> {
        [Stage::Full, Stage::SecondFactor, Stage::Setup]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }

    /// The one page a session at this stage may see, if it is not full.
    pub fn page(self) -> Option<&'static str> {
        match self {
            Stage::Full => None,
            Stage::SecondFactor => Some(SECOND_FACTOR_PAGE),
            Stage::Setup => Some(SET_UP_PAGE),
        }
    }
}

/// Where a signed-in user types their second factor.
pub const SECOND_FACTOR_PAGE: &str = "/sign-in/second-factor";
/// Where a user sets up the second factor their organisation requires.
pub const SET_UP_PAGE: &str = "/sign-in/set-up";

/// A session that is not full yet ends this long after the password was checked.
const UNFINISHED_LIFETIME_MS: i64 = 15 * 60 * 1000;

/// Browsers are named by their `User-Agent`, kept this long at most.
const USER_AGENT_CHARS: usize = 300;

/// Starts a session for `user_id` and returns the token for the cookie.
pub async fn start(
    db: &Db,
    user_id: i64,
    signed_in_with: SignInMethod,
    stage: Stage,
    user_agent: &str,
) -> Result<String, AppError> {
    let token = new_token();
    let now = now_ms();
    let user_agent: String = user_agent.chars().take(USER_AGENT_CHARS).collect();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, public_id,
                               user_agent, signed_in_with, stage)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(&new_token()[..32])
    .bind(user_agent)
    .bind(signed_in_with.as_str())
    .bind(stage.as_str())
    .execute(&db.pool)
    .await?;
    Ok(token)
}

/// A session that was waiting for a second factor (or its set-up) becomes full. It is
/// started anew (a new token), as after any sign-in, so that a token seen before the second
/// factor is worth nothing after it.
pub async fn complete(
    db: &Db,
    token: &str,
    signed_in_with: SignInMethod,
) -> Result<String, AppError> {
    let fresh = new_token();
    let changed = sqlx::query(
        "UPDATE sessions SET token_hash = $1, stage = 'full', signed_in_with = $2, last_seen_at = $3
         WHERE token_hash = $4 AND stage <> 'full'",
    )
    .bind(token_hash(&fresh))
    .bind(signed_in_with.as_str())
    .bind(now_ms())
    .bind(token_hash(token))
    .execute(&db.pool)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::Unauthenticated);
    }
    Ok(fresh)
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    stage: String,
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
    SELECT s.stage, s.created_at, s.last_seen_at, u.id AS user_id, u.display_name, u.email, u.role, u.active,
           o.id AS organisation_id, o.name AS organisation_name
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN organisations o ON o.id = u.organisation_id
    WHERE s.token_hash = $1";

/// The user behind a full session's token (see [`resume_any`]).
pub async fn resume(
    db: &Db,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<CurrentUser>, AppError> {
    Ok(resume_any(db, settings, token)
        .await?
        .and_then(|(user, stage)| (stage == Stage::Full).then_some(user)))
}

/// The user behind a session token and how far the session has come, if the session exists,
/// is neither idle for too long nor older than its maximum lifetime (an unfinished one:
/// 15 minutes), and belongs to an active user. An expired session is removed on the way.
pub async fn resume_any(
    db: &Db,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<(CurrentUser, Stage)>, AppError> {
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
    let stage = Stage::parse(&row.stage);
    let max_ms = match stage {
        Some(Stage::Full) => settings.max_lifetime.as_millis() as i64,
        _ => UNFINISHED_LIFETIME_MS,
    };
    let expired = now - row.last_seen_at > idle_ms || now - row.created_at > max_ms;
    if row.active == 0 || expired || role.is_none() || stage.is_none() {
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
    let user = CurrentUser {
        id: row.user_id,
        display_name: row.display_name,
        email: row.email,
        role: role.expect("checked above"),
        organisation_id: row.organisation_id,
        organisation_name: row.organisation_name,
    };
    Ok(Some((user, stage.expect("checked above"))))
}

#[derive(sqlx::FromRow)]
struct OwnSessionRow {
    public_id: String,
    token_hash: String,
    user_agent: String,
    signed_in_with: String,
    created_at: i64,
    last_seen_at: i64,
}

/// The user's own full sessions, the most recently active first; `current` is the token of
/// the request (its session is marked).
pub async fn own(
    db: &Db,
    user: &CurrentUser,
    current: Option<&str>,
) -> Result<Vec<AccountSession>, AppError> {
    let current = current.map(token_hash).unwrap_or_default();
    let rows = sqlx::query_as::<_, OwnSessionRow>(
        "SELECT public_id, token_hash, user_agent, signed_in_with, created_at, last_seen_at
         FROM sessions WHERE user_id = $1 AND stage = 'full'
         ORDER BY last_seen_at DESC, created_at DESC",
    )
    .bind(user.id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (browser, system) = browser_of(&row.user_agent);
            AccountSession {
                current: row.token_hash == current,
                id: row.public_id,
                browser,
                system,
                signed_in_with: SignInMethod::parse(&row.signed_in_with)
                    .unwrap_or(SignInMethod::Password),
                started_at: row.created_at,
                last_seen_at: row.last_seen_at,
            }
        })
        .collect())
}

/// Ends one of the user's own sessions, named by its public id; the current one is ended by
/// signing out. Another user's session is not found.
pub async fn end_own(
    db: &Db,
    user: &CurrentUser,
    current: Option<&str>,
    public_id: &str,
) -> Result<(), AppError> {
    let ended = sqlx::query(
        "DELETE FROM sessions WHERE user_id = $1 AND public_id = $2 AND token_hash <> $3",
    )
    .bind(user.id)
    .bind(public_id)
    .bind(current.map(token_hash).unwrap_or_default())
    .execute(&db.pool)
    .await?
    .rows_affected();
    if ended == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Ends all of the user's sessions but the current one; returns how many. Runs on the pool
/// or inside a caller's transaction (a password change ends them with the change).
pub async fn end_others<'e, E>(
    executor: E,
    user_id: i64,
    current: Option<&str>,
) -> Result<u64, AppError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(current.map(token_hash).unwrap_or_default())
            .execute(executor)
            .await?
            .rows_affected(),
    )
}

/// A browser's name and its operating system, as far as its `User-Agent` tells (names of
/// products, the same in every language); empty when it tells nothing known.
pub fn browser_of(user_agent: &str) -> (String, String) {
    let has = |part: &str| user_agent.contains(part);
    let browser = if has("Edg/") || has("Edge/") {
        "Edge"
    } else if has("OPR/") || has("Opera") {
        "Opera"
    } else if has("Firefox/") {
        "Firefox"
    } else if has("SamsungBrowser/") {
        "Samsung Internet"
    } else if has("Chromium/") {
        "Chromium"
    } else if has("Chrome/") || has("CriOS/") {
        "Chrome"
    } else if has("Safari/") {
        "Safari"
    } else {
        ""
    };
    let system = if has("Windows") {
        "Windows"
    } else if has("Android") {
        "Android"
    } else if has("iPhone") {
        "iOS"
    } else if has("iPad") {
        "iPadOS"
    } else if has("Mac OS X") || has("Macintosh") {
        "macOS"
    } else if has("CrOS") {
        "ChromeOS"
    } else if has("Linux") {
        "Linux"
    } else {
        ""
    };
    (browser.to_owned(), system.to_owned())
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
    fn a_session_names_its_browser_and_system_as_far_as_the_user_agent_tells() {
        let named = |ua: &str| browser_of(ua);
        let pair = |b: &str, s: &str| (b.to_owned(), s.to_owned());
        assert_eq!(
            named("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
            pair("Edge", "Windows")
        );
        assert_eq!(
            named("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
            pair("Firefox", "Linux")
        );
        assert_eq!(
            named("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"),
            pair("Chrome", "Android")
        );
        assert_eq!(
            named("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
            pair("Safari", "iOS")
        );
        assert_eq!(named("curl/8.5.0"), pair("", ""));
    }

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
