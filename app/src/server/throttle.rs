//! Throttling of failed sign-ins, per account and per client address, stored in the
//! database so that every `lotse` process counts the same failures.

use std::net::IpAddr;

use super::db::{now_ms, Db};
use crate::error::AppError;

/// Failures are counted over this window.
pub const WINDOW_MS: i64 = 15 * 60 * 1000;
/// Failed attempts allowed per account within the window.
pub const MAX_PER_ACCOUNT: i64 = 5;
/// Failed attempts allowed per client address within the window (an office shares one).
pub const MAX_PER_ADDRESS: i64 = 30;

fn account_key(email: &str) -> String {
    format!("account:{email}")
}

fn address_key(ip: Option<IpAddr>) -> Option<String> {
    ip.map(|ip| format!("address:{ip}"))
}

#[derive(sqlx::FromRow)]
struct FailureCount {
    failures: i64,
    oldest: Option<i64>,
}

async fn count(db: &Db, key: &str, since: i64) -> Result<FailureCount, AppError> {
    Ok(sqlx::query_as::<_, FailureCount>(
        "SELECT COUNT(*) AS failures, MIN(failed_at) AS oldest
         FROM sign_in_failures WHERE throttle_key = $1 AND failed_at > $2",
    )
    .bind(key)
    .bind(since)
    .fetch_one(&db.pool)
    .await?)
}

/// `Throttled` with the minutes to wait when the account or the address has failed too often.
pub async fn check(db: &Db, email: &str, ip: Option<IpAddr>) -> Result<(), AppError> {
    let now = now_ms();
    let since = now - WINDOW_MS;
    let mut checks = vec![(account_key(email), MAX_PER_ACCOUNT)];
    if let Some(key) = address_key(ip) {
        checks.push((key, MAX_PER_ADDRESS));
    }
    for (key, limit) in checks {
        let found = count(db, &key, since).await?;
        if found.failures >= limit {
            let free_at = found.oldest.unwrap_or(now) + WINDOW_MS;
            let minutes = ((free_at - now) as f64 / 60_000.0).ceil().max(1.0) as i64;
            return Err(AppError::Throttled { minutes });
        }
    }
    Ok(())
}

pub async fn record_failure(db: &Db, email: &str, ip: Option<IpAddr>) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = db.pool.begin().await?;
    let keys = std::iter::once(account_key(email)).chain(address_key(ip));
    for key in keys {
        sqlx::query("INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES ($1, $2)")
            .bind(key)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("DELETE FROM sign_in_failures WHERE failed_at < $1")
        .bind(now - WINDOW_MS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A successful sign-in forgives the account's earlier failures.
pub async fn clear_account(db: &Db, email: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1")
        .bind(account_key(email))
        .execute(&db.pool)
        .await?;
    Ok(())
}
