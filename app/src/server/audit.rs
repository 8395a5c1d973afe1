//! The audit log: one row for every read and write of personal data, and for every refused
//! attempt. Rows are appended in the transaction that reads or writes the data, so data never
//! leaves without its row. Each row's hash covers its content and the previous row's hash in
//! its chain; [`verify`] recomputes the chains, so a changed, inserted or deleted row is
//! detected. SQLite writes one chain; PostgreSQL up to sixteen, so that transactions that
//! audit commit side by side (migration 26). The database refuses updates, and deletes of all
//! but each chain's oldest entries up to its anchor (`audit_anchor`: the last entry of the
//! chain the audit log's retention rule deleted), from which the chain's kept entries are
//! verified.
//!
//! An entry names the client it concerns by a *subject* (`client_subjects`), a random string,
//! not by the client's number: erasing the client deletes their subjects, and their entries
//! stay in the chain pointing to no one; merging two records moves the subjects over. Entries
//! written before subjects existed keep the client's number in `client_id`.

use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{AuditEntry, AuditFilter, CurrentUser};
use crate::server::infra::db::{self, begin, wall_clock_ms, Db};

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

/// Whether `conn` is PostgreSQL's: there an entry takes the first chain head no other
/// transaction holds (migration 26), and its number comes from a sequence.
fn on_postgres(conn: &AnyConnection) -> bool {
    conn.backend_name() == "PostgreSQL"
}

/// The chain head an entry goes to, as SQL: on PostgreSQL the first head no other transaction
/// holds. A transaction that holds a head already finds that one or a lower one and never
/// waits; one that holds none waits for chain 1 when all sixteen are held. So no two
/// transactions wait for each other's heads. SQLite's one writer always writes chain 1.
fn free_chain(postgres: bool) -> &'static str {
    if postgres {
        "COALESCE((SELECT id FROM audit_chain ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED), 1)"
    } else {
        "1"
    }
}

/// Appends one row inside the caller's transaction. Taking a chain head's next number locks
/// that head until the transaction ends, which serialises the writers of one chain; the
/// insert's trigger then sets the head's hash to the new row's. SQLite's one writer uses one
/// chain; on PostgreSQL each transaction takes a head no other holds, so up to sixteen
/// commit (and flush) at once.
pub async fn append(conn: &mut AnyConnection, entry: &Entry) -> Result<(), AppError> {
    let postgres = on_postgres(conn);
    let next = if postgres {
        "nextval('audit_seq')"
    } else {
        "seq + 1"
    };
    // The subject comes with the chain head: no extra round trip.
    let (chain, seq, prev, subject): (i64, i64, String, Option<String>) = sqlx::query_as(&format!(
        "UPDATE audit_chain SET seq = {next} WHERE id = {}
             RETURNING id, seq, last_hash,
                 (SELECT MIN(s.subject) FROM client_subjects s WHERE s.client_id = $1)",
        free_chain(postgres)
    ))
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
             action, purpose, basis, categories, allowed, prev_hash, hash, chain)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
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
    .bind(chain)
    .execute(&mut *conn)
    .await?;
    // The chain head's hash is moved by a trigger (migrations 25 and 26).
    Ok(())
}

/// Appends one row per entry inside the caller's transaction, chained in order, with one
/// update of the chain head and multi-row inserts (an export of a whole caseload).
pub async fn append_many(conn: &mut AnyConnection, entries: &[Entry]) -> Result<(), AppError> {
    if entries.is_empty() {
        return Ok(());
    }
    let (chain, numbers, mut prev) = take_numbers(conn, entries.len() as i64).await?;
    let mut numbers = numbers.into_iter();
    let at = wall_clock_ms();
    let subjects = subjects_of(conn, entries).await?;
    // 15 parameters a row. SQLite binds slow down with the square of a statement's
    // parameters (100,000 rows took 11 s in chunks of 500, see `make bench`): small chunks.
    for chunk in entries.chunks(40) {
        let mut sql = String::from(
            "INSERT INTO audit_log (seq, at, actor_id, actor_role, organisation_id, subject, record,
                 action, purpose, basis, categories, allowed, prev_hash, hash, chain) VALUES ",
        );
        let mut rows = Vec::with_capacity(chunk.len());
        for (i, _) in chunk.iter().enumerate() {
            let b = i * 15;
            rows.push(format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
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
                b + 14,
                b + 15
            ));
        }
        sql.push_str(&rows.join(", "));
        let mut query = sqlx::query(&sql);
        for entry in chunk {
            let seq = numbers.next().expect("one number for each entry");
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
                .bind(hash.clone())
                .bind(chain);
            prev = hash;
        }
        query.execute(&mut *conn).await?;
    }
    // The last row moved the chain head's hash (trigger, migrations 25 and 26).
    Ok(())
}

/// Takes a chain head for `n` entries, in the caller's transaction: the chain, the entries'
/// numbers in order, and the hash the first links to. The head's number is set to the last,
/// so the trigger moves its hash when that entry is inserted.
async fn take_numbers(
    conn: &mut AnyConnection,
    n: i64,
) -> Result<(i64, Vec<i64>, String), AppError> {
    if !on_postgres(conn) {
        let (chain, last, prev): (i64, i64, String) = sqlx::query_as(
            "UPDATE audit_chain SET seq = seq + $1 WHERE id = 1 RETURNING id, seq, last_hash",
        )
        .bind(n)
        .fetch_one(&mut *conn)
        .await?;
        return Ok((chain, (last - n + 1..=last).collect(), prev));
    }
    let (chain, prev): (i64, String) = sqlx::query_as(&format!(
        "UPDATE audit_chain SET seq = seq WHERE id = {} RETURNING id, last_hash",
        free_chain(true)
    ))
    .fetch_one(&mut *conn)
    .await?;
    // Numbers taken while the head is held are higher than any its chain has.
    let mut numbers: Vec<i64> =
        sqlx::query_scalar("SELECT nextval('audit_seq') FROM generate_series(1, $1)")
            .bind(n)
            .fetch_all(&mut *conn)
            .await?;
    numbers.sort_unstable();
    sqlx::query("UPDATE audit_chain SET seq = $1 WHERE id = $2")
        .bind(numbers.last().copied().unwrap_or_default())
        .bind(chain)
        .execute(&mut *conn)
        .await?;
    Ok((chain, numbers, prev))
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
    chain: i64,
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
     purpose, basis, categories, allowed, prev_hash, hash, chain";

/// Recomputes every chain from its anchor (its start, until old entries were deleted), in one
/// pass over the log in the order of the entries' numbers. `Ok(None)` when intact, else the
/// first sequence number that does not match: a changed or inserted entry, the entry after a
/// missing one, or the number after a chain's last entry when its newest entries are missing.
///
/// It reads one snapshot, so entries appended meanwhile (on PostgreSQL, by up to sixteen
/// transactions at once, committing out of their numbers' order) are either wholly in it,
/// with their chain head, or not at all.
pub async fn verify(db: &Db) -> Result<Option<i64>, AppError> {
    struct Chain {
        /// The anchor's number: the chain's entries up to it may still await deletion.
        anchor: i64,
        /// The hash and number of the last entry checked (at first, the anchor's).
        prev: String,
        last: i64,
    }
    let mut read = db::begin_snapshot(db).await?;
    let anchors: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT id, seq, hash FROM audit_anchor ORDER BY id")
            .fetch_all(&mut *read)
            .await?;
    let mut chains: std::collections::HashMap<i64, Chain> = anchors
        .into_iter()
        .map(|(id, seq, hash)| {
            let chain = Chain {
                anchor: seq,
                prev: hash,
                last: seq,
            };
            (id, chain)
        })
        .collect();
    let mut after = chains.values().map(|c| c.anchor).min().unwrap_or(0);
    loop {
        let rows = sqlx::query_as::<_, Row>(&format!(
            "SELECT {ROW_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000"
        ))
        .bind(after)
        .fetch_all(&mut *read)
        .await?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            after = row.seq;
            let Some(chain) = chains.get_mut(&row.chain) else {
                return Ok(Some(row.seq));
            };
            if row.seq <= chain.anchor {
                continue;
            }
            if row.prev_hash != chain.prev
                || digest(
                    &chain.prev,
                    row.seq,
                    row.at,
                    &row.entry(),
                    row.client_id,
                    row.subject.as_deref(),
                ) != row.hash
            {
                return Ok(Some(row.seq));
            }
            chain.prev = row.hash.clone();
            chain.last = row.seq;
        }
    }
    let heads: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT id, seq, last_hash FROM audit_chain ORDER BY id")
            .fetch_all(&mut *read)
            .await?;
    let mut broken: Option<i64> = None;
    for (id, seq, head) in heads {
        let at = match chains.get(&id) {
            Some(chain) if chain.last == seq && chain.prev == head => continue,
            Some(chain) => chain.last + 1,
            None => seq,
        };
        broken = Some(broken.map_or(at, |b| b.min(at)));
    }
    Ok(broken)
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
