//! The audit log: one row for every read and write of personal data, and for every refused
//! attempt. Rows are appended in the transaction that reads or writes the data, so data never
//! leaves without its row. Each row's hash covers its content and the previous row's hash;
//! [`verify`] recomputes the chain, so a changed, inserted or deleted row is detected. The
//! database refuses updates, and deletes of all but the oldest entries up to the anchor
//! (`audit_anchor`: the last entry the audit log's retention rule deleted), from which the
//! chain of the kept entries is verified.
//!
//! An entry names the client it concerns by a *subject* (`client_subjects`), a random string,
//! not by the client's number: erasing the client deletes their subjects, and their entries
//! stay in the chain pointing to no one; merging two records moves the subjects over. Entries
//! written before subjects existed keep the client's number in `client_id`.

use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{AuditEntry, AuditFilter, CurrentUser};
use crate::server::infra::db::{begin, wall_clock_ms, Db};

/// What one audit row says, before it is chained.
#[derive(Debug, Clone)]
pub struct Entry {
    pub actor_id: Option<i64>,
    pub actor_role: String,
    pub organisation_id: Option<i64>,
    pub client_id: Option<i64>,
    /// The record touched, as `kind:id` (`case:3`, `referral:12`) or a list (`caseload`).
    pub record: String,
    /// read, list, create, update, print, revoke, …
    pub action: String,
    pub purpose: String,
    /// The legal basis or consent: `case-owner`, `case-assigned`, `consent:4;referral:12`, …
    pub basis: String,
    /// Data categories the access covered (`*` for the whole case file).
    pub categories: String,
    pub allowed: bool,
}

impl Entry {
    pub fn by(actor: &CurrentUser) -> Entry {
        Entry {
            actor_id: Some(actor.id),
            actor_role: actor.role.as_str().to_owned(),
            organisation_id: Some(actor.organisation_id),
            client_id: None,
            record: String::new(),
            action: String::new(),
            purpose: String::new(),
            basis: String::new(),
            categories: String::new(),
            allowed: true,
        }
    }
}

/// The client's own record, named by the subject rather than by number (`client:42` would
/// outlive an erasure).
fn record_of(entry: &Entry, subject: Option<&str>) -> String {
    match (entry.client_id, subject) {
        (Some(id), Some(_)) if entry.record == format!("client:{id}") => "client".to_owned(),
        _ => entry.record.clone(),
    }
}

/// What is hashed of an entry: its content as stored. `client_id` is set only in entries
/// written before subjects existed; `subject` only in later ones.
fn digest(
    prev: &str,
    seq: i64,
    at: i64,
    e: &Entry,
    client_id: Option<i64>,
    subject: Option<&str>,
) -> String {
    let mut hasher = Sha256::new();
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for part in [
        prev.to_owned(),
        seq.to_string(),
        at.to_string(),
        opt(e.actor_id),
        e.actor_role.clone(),
        opt(e.organisation_id),
        opt(client_id),
        e.record.clone(),
        e.action.clone(),
        e.purpose.clone(),
        e.basis.clone(),
        e.categories.clone(),
        (e.allowed as i64).to_string(),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    if let Some(subject) = subject {
        hasher.update(subject.as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize())
}

/// Appends one row inside the caller's transaction. The chain head row is updated first, which
/// serialises concurrent writers on it (PostgreSQL row lock; SQLite's single writer); the
/// insert's trigger then sets the head's hash to the new row's.
pub async fn append(conn: &mut AnyConnection, entry: &Entry) -> Result<(), AppError> {
    // The subject comes with the chain head: no extra round trip.
    let (seq, prev, subject): (i64, String, Option<String>) = sqlx::query_as(
        "UPDATE audit_chain SET seq = seq + 1 WHERE id = 1
         RETURNING seq, last_hash,
             (SELECT MIN(s.subject) FROM client_subjects s WHERE s.client_id = $1)",
    )
    .bind(entry.client_id)
    .fetch_one(&mut *conn)
    .await?;
    let at = wall_clock_ms();
    let record = record_of(entry, subject.as_deref());
    let entry = &Entry {
        record,
        ..entry.clone()
    };
    let hash = digest(&prev, seq, at, entry, None, subject.as_deref());
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_id, actor_role, organisation_id, subject, record,
             action, purpose, basis, categories, allowed, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(seq)
    .bind(at)
    .bind(entry.actor_id)
    .bind(&entry.actor_role)
    .bind(entry.organisation_id)
    .bind(subject.as_deref())
    .bind(&entry.record)
    .bind(&entry.action)
    .bind(&entry.purpose)
    .bind(&entry.basis)
    .bind(&entry.categories)
    .bind(entry.allowed as i64)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    // The chain head's hash is moved by a trigger (migration 25).
    Ok(())
}

/// Appends one row per entry inside the caller's transaction, chained in order, with one
/// update of the chain head and multi-row inserts (an export of a whole caseload).
pub async fn append_many(conn: &mut AnyConnection, entries: &[Entry]) -> Result<(), AppError> {
    if entries.is_empty() {
        return Ok(());
    }
    let (last, mut prev): (i64, String) = sqlx::query_as(
        "UPDATE audit_chain SET seq = seq + $1 WHERE id = 1 RETURNING seq, last_hash",
    )
    .bind(entries.len() as i64)
    .fetch_one(&mut *conn)
    .await?;
    let mut seq = last - entries.len() as i64;
    let at = wall_clock_ms();
    let subjects = subjects_of(conn, entries).await?;
    // 14 parameters a row. SQLite binds slow down with the square of a statement's
    // parameters (100,000 rows took 11 s in chunks of 500, see `make bench`): small chunks.
    for chunk in entries.chunks(40) {
        let mut sql = String::from(
            "INSERT INTO audit_log (seq, at, actor_id, actor_role, organisation_id, subject, record,
                 action, purpose, basis, categories, allowed, prev_hash, hash) VALUES ",
        );
        let mut rows = Vec::with_capacity(chunk.len());
        for (i, _) in chunk.iter().enumerate() {
            let b = i * 14;
            rows.push(format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8,
                b + 9,
                b + 10,
                b + 11,
                b + 12,
                b + 13,
                b + 14
            ));
        }
        sql.push_str(&rows.join(", "));
        let mut query = sqlx::query(&sql);
        for entry in chunk {
            seq += 1;
            let subject = entry.client_id.and_then(|id| subjects.get(&id)).cloned();
            let entry = Entry {
                record: record_of(entry, subject.as_deref()),
                ..entry.clone()
            };
            let hash = digest(&prev, seq, at, &entry, None, subject.as_deref());
            query = query
                .bind(seq)
                .bind(at)
                .bind(entry.actor_id)
                .bind(entry.actor_role.clone())
                .bind(entry.organisation_id)
                .bind(subject)
                .bind(entry.record.clone())
                .bind(entry.action.clone())
                .bind(entry.purpose.clone())
                .bind(entry.basis.clone())
                .bind(entry.categories.clone())
                .bind(entry.allowed as i64)
                .bind(prev.clone())
                .bind(hash.clone());
            prev = hash;
        }
        query.execute(&mut *conn).await?;
    }
    // The last row moved the chain head's hash (trigger, migration 25).
    Ok(())
}

/// The subjects of the clients of a list of entries (one of each client's, if merged records
/// gave them several).
async fn subjects_of(
    conn: &mut AnyConnection,
    entries: &[Entry],
) -> Result<std::collections::HashMap<i64, String>, AppError> {
    let mut ids: Vec<i64> = entries.iter().filter_map(|e| e.client_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut subjects = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT client_id, MIN(subject) FROM client_subjects
             WHERE client_id IN ({}) GROUP BY client_id",
            crate::server::infra::db::id_list(chunk)
        ))
        .fetch_all(&mut *conn)
        .await?;
        subjects.extend(rows);
    }
    Ok(subjects)
}

/// Records a refused attempt in a transaction of its own.
pub async fn denied(db: &Db, entry: Entry) -> Result<(), AppError> {
    let mut tx = begin(db).await?;
    append(
        &mut tx,
        &Entry {
            allowed: false,
            ..entry
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    seq: i64,
    at: i64,
    actor_id: Option<i64>,
    actor_role: String,
    organisation_id: Option<i64>,
    client_id: Option<i64>,
    subject: Option<String>,
    record: String,
    action: String,
    purpose: String,
    basis: String,
    categories: String,
    allowed: i64,
    prev_hash: String,
    hash: String,
}

impl Row {
    fn entry(&self) -> Entry {
        Entry {
            actor_id: self.actor_id,
            actor_role: self.actor_role.clone(),
            organisation_id: self.organisation_id,
            client_id: None,
            record: self.record.clone(),
            action: self.action.clone(),
            purpose: self.purpose.clone(),
            basis: self.basis.clone(),
            categories: self.categories.clone(),
            allowed: self.allowed != 0,
        }
    }
}

const ROW_COLUMNS: &str =
    "seq, at, actor_id, actor_role, organisation_id, client_id, subject, record, action,
     purpose, basis, categories, allowed, prev_hash, hash";

/// Recomputes the chain from the anchor (its start, until old entries were deleted).
/// `Ok(None)` when intact, else the first sequence number that does not match (changed,
/// inserted or missing rows).
pub async fn verify(db: &Db) -> Result<Option<i64>, AppError> {
    let (anchor, mut prev): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_anchor WHERE id = 1")
            .fetch_one(&db.pool)
            .await?;
    let mut expected_seq = anchor + 1;
    let mut after = anchor;
    loop {
        let rows = sqlx::query_as::<_, Row>(&format!(
            "SELECT {ROW_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000"
        ))
        .bind(after)
        .fetch_all(&db.pool)
        .await?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            if row.seq != expected_seq
                || row.prev_hash != prev
                || digest(
                    &prev,
                    row.seq,
                    row.at,
                    &row.entry(),
                    row.client_id,
                    row.subject.as_deref(),
                ) != row.hash
            {
                return Ok(Some(expected_seq.min(row.seq)));
            }
            prev = row.hash.clone();
            expected_seq += 1;
            after = row.seq;
        }
    }
    let (seq, head): (i64, String) =
        sqlx::query_as("SELECT seq, last_hash FROM audit_chain WHERE id = 1")
            .fetch_one(&db.pool)
            .await?;
    if seq != expected_seq - 1 || head != prev {
        return Ok(Some(expected_seq));
    }
    Ok(None)
}

/// One page of the log for the data-protection officer's view (which asks the policy
/// first): newest first, filtered, 50 entries and whether more follow,
/// read in the caller's transaction.
pub async fn page(
    conn: &mut AnyConnection,
    filter: &AuditFilter,
) -> Result<(Vec<AuditEntry>, bool), AppError> {
    let mut conditions = vec![if filter.denied_only {
        "l.allowed = 0".to_owned()
    } else {
        "1 = 1".to_owned()
    }];
    let mut binds: Vec<String> = Vec::new();
    let mut bind = |condition: &str, value: String| {
        binds.push(value);
        conditions.push(condition.replace('?', &format!("${}", binds.len())));
    };
    if let Some(client) = filter.client_id {
        bind(
            "(l.subject IN (SELECT s.subject FROM client_subjects s
                            WHERE s.client_id = CAST(? AS BIGINT))
              OR l.client_id = CAST(? AS BIGINT))",
            client.to_string(),
        );
    }
    if let Some(org) = filter.organisation_id {
        bind("l.organisation_id = CAST(? AS BIGINT)", org.to_string());
    }
    if !filter.actor.trim().is_empty() {
        bind(
            "LOWER(u.display_name) LIKE ?",
            format!("%{}%", filter.actor.trim().to_lowercase()),
        );
    }
    if !filter.action.is_empty() {
        bind("l.action = ?", filter.action.clone());
    }
    if let Some(from) = crate::server::infra::input::date(&filter.from_date, "from_date")? {
        let start = crate::server::infra::input::day_start_ms(from);
        bind("l.at >= CAST(? AS BIGINT)", start.to_string());
    }
    if let Some(until) = crate::server::infra::input::date(&filter.until_date, "until_date")? {
        let end = crate::server::infra::input::day_start_ms(until + chrono::Days::new(1));
        bind("l.at < CAST(? AS BIGINT)", end.to_string());
    }
    let page = filter.page.max(0);
    let sql = format!(
        "SELECT l.seq, l.at, COALESCE(u.display_name, '') AS actor, l.actor_role,
                COALESCE(o.name, '') AS organisation, COALESCE(s.client_id, l.client_id),
                COALESCE(c.given_names || ' ' || c.family_name, '') AS client_name,
                l.record, l.action, l.purpose, l.basis, l.categories, l.allowed
         FROM audit_log l
         LEFT JOIN users u ON u.id = l.actor_id
         LEFT JOIN organisations o ON o.id = l.organisation_id
         LEFT JOIN client_subjects s ON s.subject = l.subject
         LEFT JOIN clients c ON c.id = COALESCE(s.client_id, l.client_id)
         WHERE {}
         ORDER BY l.seq DESC LIMIT 51 OFFSET {}",
        conditions.join(" AND "),
        page * 50
    );
    let mut query = sqlx::query_as::<
        _,
        (
            i64,
            i64,
            String,
            String,
            String,
            Option<i64>,
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
        ),
    >(&sql);
    for value in &binds {
        query = query.bind(value);
    }
    let mut entries: Vec<AuditEntry> = query
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(
            |(
                seq,
                at,
                actor,
                role,
                organisation,
                client_id,
                client_name,
                record,
                action,
                purpose,
                basis,
                categories,
                allowed,
            )| {
                AuditEntry {
                    seq,
                    at,
                    actor,
                    role,
                    organisation,
                    client_id,
                    client_name,
                    record,
                    action,
                    purpose,
                    basis,
                    categories,
                    allowed: allowed != 0,
                }
            },
        )
        .collect();
    let has_next = entries.len() > 50;
    entries.truncate(50);
    Ok((entries, has_next))
}
