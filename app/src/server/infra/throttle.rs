//! Throttling of secret checks (staff sign-in and its second factor, portal sign-in, password
//! change), stored in the database so that every `lotse` process counts the same attempts.
//!
//! An account's attempt is counted *before* its secret is checked, in one atomic upsert that
//! returns the new count: parallel guesses each get their own number, and only the first
//! [`MAX_PER_ACCOUNT`] within the window are checked at all. A success forgives the account.
//!
//! The client address only slows down: an office or a reverse proxy shares one address, so
//! once an address has failed [`MAX_PER_ADDRESS`] times, its attempts wait before they are
//! checked, but no account is refused that has no failures of its own.

use std::net::IpAddr;
use std::time::Duration;

use crate::error::AppError;
use crate::server::infra::db::{now_ms, Db};

/// Attempts are counted over this window (from an account's first attempt in it).
pub const WINDOW_MS: i64 = 15 * 60 * 1000;
/// Attempts allowed per account within the window.
pub const MAX_PER_ACCOUNT: i64 = 5;
/// Failures per client address within the window before its attempts are slowed down.
pub const MAX_PER_ADDRESS: i64 = 30;
/// How long an attempt from an address over its limit waits before it is checked.
pub const ADDRESS_DELAY: Duration = Duration::from_secs(2);

/// Which secret is checked; each door counts its accounts and addresses apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// Staff sign-in; the account is the e-mail address.
    StaffSignIn,
    /// Client portal sign-in; the account is the access code's hash.
    PortalSignIn,
    /// A signed-in user confirming their current password; the account is the user id.
    PasswordChange,
    /// The second step of a sign-in, or confirming a new authenticator app: a code from the
    /// app or a recovery code; the account is the user id.
    SecondFactor,
}

impl Door {
    fn as_str(self) -> &'static str {
        match self {
            Door::StaffSignIn => "account",
            Door::PortalSignIn => "portal",
            Door::PasswordChange => "password",
            Door::SecondFactor => "second-factor",
        }
    }
}

/// One counted attempt; say how it ended with [`Attempt::succeeded`] or [`Attempt::failed`].
#[derive(Debug)]
pub struct Attempt {
    account_key: String,
    address_key: Option<String>,
}

fn address_key(door: Door, ip: Option<IpAddr>) -> Option<String> {
    ip.map(|ip| format!("address:{}:{ip}", door.as_str()))
}

#[derive(sqlx::FromRow)]
struct Counter {
    attempts: i64,
    window_started_at: i64,
}

/// Adds one to `key`'s count in the current window (a new window once the last has passed)
/// and returns the count with this attempt, atomically on both backends.
async fn count_one(db: &Db, key: &str, now: i64) -> Result<Counter, AppError> {
    Ok(sqlx::query_as::<_, Counter>(
        "INSERT INTO sign_in_attempts (throttle_key, window_started_at, attempts)
         VALUES ($1, $2, 1)
         ON CONFLICT (throttle_key) DO UPDATE SET
             attempts = CASE WHEN sign_in_attempts.window_started_at <= $3 THEN 1
                             ELSE sign_in_attempts.attempts + 1 END,
             window_started_at = CASE WHEN sign_in_attempts.window_started_at <= $3 THEN $2
                                      ELSE sign_in_attempts.window_started_at END
         RETURNING attempts, window_started_at",
    )
    .bind(key)
    .bind(now)
    .bind(now - WINDOW_MS)
    .fetch_one(&db.pool)
    .await?)
}

async fn current(db: &Db, key: &str, now: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT attempts FROM sign_in_attempts WHERE throttle_key = $1 AND window_started_at > $2",
    )
    .bind(key)
    .bind(now - WINDOW_MS)
    .fetch_optional(&db.pool)
    .await?
    .unwrap_or(0))
}

/// Counts an attempt at `account` through `door` before its secret is checked. `Throttled`
/// (with the minutes to wait) when the account had its [`MAX_PER_ACCOUNT`] attempts in the
/// window; an address over its limit waits [`ADDRESS_DELAY`] first.
pub async fn attempt(
    db: &Db,
    door: Door,
    account: &str,
    ip: Option<IpAddr>,
) -> Result<Attempt, AppError> {
    let now = now_ms();
    let address_key = address_key(door, ip);
    if let Some(key) = &address_key {
        if current(db, key, now).await? >= MAX_PER_ADDRESS {
            tokio::time::sleep(ADDRESS_DELAY).await;
        }
    }
    let account_key = format!("{}:{account}", door.as_str());
    let counted = count_one(db, &account_key, now).await?;
    if counted.attempts > MAX_PER_ACCOUNT {
        let free_at = counted.window_started_at + WINDOW_MS;
        let minutes = ((free_at - now) as f64 / 60_000.0).ceil().max(1.0) as i64;
        return Err(AppError::Throttled { minutes });
    }
    Ok(Attempt {
        account_key,
        address_key,
    })
}

impl Attempt {
    /// The secret was right: the account's earlier attempts are forgiven.
    pub async fn succeeded(self, db: &Db) -> Result<(), AppError> {
        sqlx::query("DELETE FROM sign_in_attempts WHERE throttle_key = $1")
            .bind(&self.account_key)
            .execute(&db.pool)
            .await?;
        Ok(())
    }

    /// The secret was wrong: the account's attempt stays counted, and the address's too.
    pub async fn failed(self, db: &Db) -> Result<(), AppError> {
        if let Some(key) = &self.address_key {
            count_one(db, key, now_ms()).await?;
        }
        Ok(())
    }
}

/// Counters whose window has passed are dropped (the server's tick).
pub async fn purge(db: &Db) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sign_in_attempts WHERE window_started_at <= $1")
        .bind(now_ms() - WINDOW_MS)
        .execute(&db.pool)
        .await?;
    Ok(())
}
