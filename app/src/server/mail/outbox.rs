//! The outbox: every mail Lotse sends is first a row here, written in the same transaction as
//! the event that causes it, so a mail is never sent for something that was rolled back and
//! never lost for something that was saved. A worker claims due rows (one conditional update
//! per row, so of several `lotse` processes exactly one gets each), sends them and marks them
//! sent; a failed attempt is tried again after a growing pause, a permanent refusal or too
//! many attempts leave the mail failed, for administrators to see.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{CurrentUser, OutboxMail, OutboxPage, Page, PAGE_SIZE};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::policy;

/// How long a claimed mail stays with the worker that claimed it. Longer than an SMTP
/// attempt may take (the transport gives up after 60 s), so a slow send is not taken over and
/// sent twice; a worker that dies holding a claim leaves the mail to another after this.
pub const CLAIM_MS: i64 = 5 * 60 * 1000;

/// Attempts before a mail is given up as failed (the pauses add up to about a day).
pub const MAX_ATTEMPTS: i64 = 10;

/// The pause before attempt `attempts + 1`: one minute, doubling, at most six hours.
pub fn retry_pause_ms(attempts: i64) -> i64 {
    let minutes = 1i64 << attempts.clamp(1, 10).saturating_sub(1);
    (minutes * 60_000).min(6 * 3_600_000)
}

/// A mail to write to the outbox.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// What caused it (`new-referral`, `digest`, …).
    pub kind: String,
    pub recipient: String,
    /// The staff account it goes to, if any.
    pub user_id: Option<i64>,
    pub language: String,
    pub subject: String,
    pub body: String,
}

/// Writes a mail to the outbox, due at once, in the caller's transaction.
pub async fn enqueue(conn: &mut AnyConnection, mail: &NewMail) -> Result<i64, AppError> {
    let now = now_ms();
    let host = crate::server::mail::settings()
        .public_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split([':', '/']).next())
        .filter(|h| !h.is_empty())
        .unwrap_or("lotse")
        .to_owned();
    let message_id = format!("{}@{host}", uuid::Uuid::new_v4().simple());
    Ok(sqlx::query_scalar(
        "INSERT INTO outbox (kind, recipient, user_id, language, subject, body, message_id,
             state, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', 0, $8, $8) RETURNING id",
    )
    .bind(&mail.kind)
    .bind(&mail.recipient)
    .bind(mail.user_id)
    .bind(&mail.language)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(message_id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// A mail a worker has claimed and is to send.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub message_id: String,
    pub language: String,
    pub attempts: i64,
}

/// Claims up to `limit` mails due at `now` for `holder`, until `now` + [`CLAIM_MS`]. Each
/// row is taken with one conditional update that only succeeds while the row is unclaimed
/// (or its claim ran out), so two workers asking at once never both get it.
pub async fn claim_due(
    db: &Db,
    holder: &str,
    now: i64,
    limit: i64,
) -> Result<Vec<Claimed>, AppError> {
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox
         WHERE state = 'waiting' AND next_attempt_at <= $1
           AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    let mut claimed = Vec::new();
    for id in due {
        let mut tx = begin(db).await?;
        let taken = sqlx::query(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2
             WHERE id = $3 AND state = 'waiting' AND next_attempt_at <= $4
               AND (claimed_until IS NULL OR claimed_until <= $4)",
        )
        .bind(holder)
        .bind(now + CLAIM_MS)
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if taken == 1 {
            let mail: Claimed = sqlx::query_as(
                "SELECT id, recipient, subject, body, message_id, language, attempts
                 FROM outbox WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            claimed.push(mail);
        }
        tx.commit().await?;
    }
    Ok(claimed)
}

/// Marks a claimed mail sent (only while `holder` holds it).
pub async fn mark_sent(db: &Db, id: i64, holder: &str, now: i64) -> Result<(), AppError> {
    let mut tx = begin(db).await?;
    sqlx::query(
        "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1,
             claimed_by = NULL, claimed_until = NULL, last_error = NULL
         WHERE id = $2 AND claimed_by = $3",
    )
    .bind(now)
    .bind(id)
    .bind(holder)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Records a failed attempt of a claimed mail: due again after [`retry_pause_ms`], or failed
/// for good when `permanent` or after [`MAX_ATTEMPTS`]. True when given up.
pub async fn mark_attempt_failed(
    db: &Db,
    id: i64,
    holder: &str,
    now: i64,
    error: &str,
    permanent: bool,
) -> Result<bool, AppError> {
    let mut tx = begin(db).await?;
    let attempts: Option<i64> =
        sqlx::query_scalar("SELECT attempts FROM outbox WHERE id = $1 AND claimed_by = $2")
            .bind(id)
            .bind(holder)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(attempts) = attempts.map(|a| a + 1) else {
        return Ok(false);
    };
    let give_up = permanent || attempts >= MAX_ATTEMPTS;
    let error: String = error.chars().take(500).collect();
    sqlx::query(
        "UPDATE outbox SET state = $1, attempts = $2, next_attempt_at = $3, last_error = $4,
             claimed_by = NULL, claimed_until = NULL
         WHERE id = $5 AND claimed_by = $6",
    )
    .bind(if give_up { "failed" } else { "waiting" })
    .bind(attempts)
    .bind(now + retry_pause_ms(attempts))
    .bind(error)
    .bind(id)
    .bind(holder)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(give_up)
}

/// How long sent and failed mails stay readable before the clean-up job deletes them.
pub const KEEP_MS: i64 = 90 * 24 * 3_600_000;

/// Deletes sent and failed mails (and notifications) older than [`KEEP_MS`]; they hold staff
/// e-mail addresses and have no use after that.
pub async fn purge_old(db: &Db) -> Result<(), AppError> {
    let before = now_ms() - KEEP_MS;
    let mut tx = begin(db).await?;
    sqlx::query("DELETE FROM outbox WHERE state <> 'waiting' AND created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM notifications WHERE created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    recipient: String,
    language: String,
    subject: String,
    body: String,
    state: String,
    attempts: i64,
    next_attempt_at: i64,
    last_error: Option<String>,
    created_at: i64,
    sent_at: Option<i64>,
}

/// The outbox for administrators, newest first, a page at a time (`page` from 1); reading it is audited (the
/// recipients are staff and client addresses).
pub async fn list(db: &Db, actor: &CurrentUser, page: i64) -> Result<OutboxPage, AppError> {
    let (mut tx, grant) = policy::mail_outbox(db, actor).await?;
    // Pages count from 1, as in every staff list.
    let page = page.max(1);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, kind, recipient, language, subject, body, state, attempts, next_attempt_at,
                last_error, created_at, sent_at
         FROM outbox ORDER BY id DESC LIMIT $1 OFFSET $2",
    )
    .bind(PAGE_SIZE + 1)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(&mut *tx)
    .await?;
    let counts: Vec<(String, i64)> =
        sqlx::query_as("SELECT state, COUNT(*) FROM outbox GROUP BY state")
            .fetch_all(&mut *tx)
            .await?;
    grant.audit(&mut tx, "outbox", None, "list").await?;
    tx.commit().await?;
    let count = |state: &str| {
        counts
            .iter()
            .find(|(s, _)| s == state)
            .map_or(0, |(_, n)| *n)
    };
    let has_next = rows.len() as i64 > PAGE_SIZE;
    Ok(OutboxPage {
        smtp_configured: crate::server::mail::settings().smtp_configured,
        waiting: count("waiting"),
        sent: count("sent"),
        failed: count("failed"),
        mails: Page {
            items: rows
                .into_iter()
                .take(PAGE_SIZE as usize)
                .map(|r| OutboxMail {
                    id: r.id,
                    kind: r.kind,
                    recipient: r.recipient,
                    language: r.language,
                    subject: r.subject,
                    body: r.body,
                    state: r.state,
                    attempts: r.attempts,
                    next_attempt_at: r.next_attempt_at,
                    last_error: r.last_error,
                    created_at: r.created_at,
                    sent_at: r.sent_at,
                })
                .collect(),
            page,
            has_next,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_one_minute_then_double_up_to_six_hours() {
        assert_eq!(retry_pause_ms(1), 60_000);
        assert_eq!(retry_pause_ms(2), 120_000);
        assert_eq!(retry_pause_ms(4), 480_000);
        assert_eq!(retry_pause_ms(9), 256 * 60_000);
        assert_eq!(retry_pause_ms(10), 6 * 3_600_000);
        assert_eq!(retry_pause_ms(50), 6 * 3_600_000);
    }
}
