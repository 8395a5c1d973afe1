//! The retention rules in force (the deletion concept): one per [`DataKind`], its start event
//! fixed in the code, its period set by the data-protection officer. A change keeps the
//! period before it in `retention_rule_changes` and is audited in the same transaction.
//! [`due`] counts what the rules would delete now (`lotse retention --dry-run`); [`apply`]
//! deletes it, in batches, and leaves a deletion record per run (the scheduled job).

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::retention::{DataKind, PeriodUnit};
use crate::models::{
    CasePhase, CurrentUser, ReferralStatus, RetentionChange, RetentionRule, RetentionRunEntry,
    TaskStatus,
};
use crate::server::consents_in_force;
use crate::server::coordination::figure_inputs::{self, Deleting};
use crate::server::infra::context::internal;
use crate::server::infra::db::{begin, code_list, code_literal, id_list, now_ms, Db};
use crate::server::policy;

#[derive(sqlx::FromRow)]
struct RuleRow {
    data_kind: String,
    period_amount: i64,
    period_unit: String,
    version: i64,
    changed_at: Option<i64>,
    changed_by: Option<String>,
    old_amount: Option<i64>,
    old_unit: Option<String>,
    run_at: Option<i64>,
    run_deleted: Option<i64>,
}

/// Every rule in force, in the catalogue's order, each with its last change. A kind of the
/// catalogue without a row is an error: the migrations ship one row per kind.
pub async fn in_force(conn: &mut AnyConnection) -> Result<Vec<RetentionRule>, AppError> {
    let rows = sqlx::query_as::<_, RuleRow>(
        "SELECT r.data_kind, r.period_amount, r.period_unit, r.version,
                c.changed_at, u.display_name AS changed_by, c.old_amount, c.old_unit,
                run.started_at AS run_at, k.deleted AS run_deleted
         FROM retention_rules r
         LEFT JOIN retention_rule_changes c ON c.id = (
             SELECT MAX(l.id) FROM retention_rule_changes l WHERE l.data_kind = r.data_kind)
         LEFT JOIN users u ON u.id = c.changed_by
         LEFT JOIN retention_run_kinds k ON k.data_kind = r.data_kind AND k.run_id = (
             SELECT MAX(l.run_id) FROM retention_run_kinds l WHERE l.data_kind = r.data_kind)
         LEFT JOIN retention_runs run ON run.id = k.run_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    DataKind::ALL
        .iter()
        .map(|kind| {
            let row = rows
                .iter()
                .find(|r| r.data_kind == kind.id())
                .ok_or_else(|| internal(format!("no retention rule for {}", kind.id())))?;
            Ok(RetentionRule {
                data_kind: row.data_kind.clone(),
                start_event: kind.start_event().id().to_owned(),
                period_amount: row.period_amount,
                period_unit: row.period_unit.clone(),
                version: row.version,
                last_change: match (row.changed_at, row.old_amount, &row.old_unit) {
                    (Some(at), Some(old_amount), Some(old_unit)) => Some(RetentionChange {
                        at,
                        // A changer whose account is gone: the page says so.
                        by: row.changed_by.clone().unwrap_or_default(),
                        old_amount,
                        old_unit: old_unit.clone(),
                    }),
                    _ => None,
                },
                last_run: match (row.run_at, row.run_deleted) {
                    (Some(at), Some(deleted)) => Some(RetentionRunEntry { at, deleted }),
                    _ => None,
                },
            })
        })
        .collect()
}

/// The rules, for the data-protection officer's page.
pub async fn list(db: &Db, actor: &CurrentUser) -> Result<Vec<RetentionRule>, AppError> {
    policy::may_read_retention_rules(actor)?;
    let mut conn = db.pool.acquire().await?;
    in_force(&mut conn).await
}

/// The period of `data_kind` as typed: a whole number of days, months or years, more than
/// none and at most a hundred years.
fn period(amount: &str, unit: &str) -> Result<(i64, PeriodUnit), AppError> {
    let unit = PeriodUnit::parse(unit)
        .ok_or_else(|| AppError::invalid("period_unit", "error-retention-unit"))?;
    match amount.trim().parse::<i64>() {
        Ok(n) if (1..=unit.most()).contains(&n) => Ok((n, unit)),
        _ => Err(AppError::invalid("period_amount", "error-retention-period")),
    }
}

/// Sets the period of `data_kind`, if the rule is still at `version`: a stale page gets a
/// conflict with the period stored now. Returns the new version.
pub async fn set_period(
    db: &Db,
    actor: &CurrentUser,
    data_kind: &str,
    version: i64,
    amount: &str,
    unit: &str,
) -> Result<i64, AppError> {
    let kind = DataKind::parse(data_kind).ok_or(AppError::BadRequest)?;
    policy::may_read_retention_rules(actor)?;
    let (amount, unit) = period(amount, unit)?;
    let (mut tx, grant) = policy::retention_rules(db, actor).await?;
    let (old_amount, old_unit, stored_version) = sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT period_amount, period_unit, version FROM retention_rules WHERE data_kind = $1",
    )
    .bind(kind.id())
    .fetch_one(&mut *tx)
    .await?;
    if stored_version != version {
        return Err(AppError::Conflict {
            changes: vec![
                ("field-retention-period".into(), old_amount.to_string()),
                ("field-retention-unit".into(), old_unit),
            ],
            version: stored_version,
        });
    }
    if old_amount == amount && old_unit == unit.id() {
        return Ok(version);
    }
    sqlx::query(
        "UPDATE retention_rules SET period_amount = $1, period_unit = $2, version = version + 1
         WHERE data_kind = $3",
    )
    .bind(amount)
    .bind(unit.id())
    .bind(kind.id())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO retention_rule_changes
             (data_kind, old_amount, old_unit, new_amount, new_unit, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(kind.id())
    .bind(old_amount)
    .bind(&old_unit)
    .bind(amount)
    .bind(unit.id())
    .bind(actor.id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    grant
        .audit(
            &mut tx,
            &format!("retention-rule:{}", kind.id()),
            None,
            "update",
        )
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// The instant before which a period of `amount` `unit` that started then has passed at `now`
/// (ms since the epoch; months and years by the calendar).
pub fn cutoff(now: i64, amount: i64, unit: PeriodUnit) -> i64 {
    use chrono::{DateTime, Duration, Months};
    let Some(at) = DateTime::from_timestamp_millis(now) else {
        return i64::MIN;
    };
    let months = |n: i64| Months::new(u32::try_from(n).unwrap_or(u32::MAX));
    let before = match unit {
        PeriodUnit::Days => at.checked_sub_signed(Duration::days(amount)),
        PeriodUnit::Months => at.checked_sub_months(months(amount)),
        PeriodUnit::Years => at.checked_sub_months(months(amount.saturating_mul(12))),
    };
    before.map_or(i64::MIN, |t| t.timestamp_millis())
}

/// The condition "the client `client` (an SQL expression) is due under a case-closed rule
/// whose period started before `$1`": no open case, and their last case closed before then (a
/// client who never had a case: last changed before then); not held on `today` (an SQL date
/// literal). Written per client (correlated, its own aliases), so that a part's re-check of
/// one batch reads only that batch's clients, not every client due.
fn client_due(client: &str, today: &str) -> String {
    let closed = code_literal(CasePhase::Closed);
    let held = consents_in_force::held(client, today);
    format!(
        "NOT EXISTS (SELECT 1 FROM cases dk WHERE dk.client_id = {client} AND dk.phase <> {closed})
           AND NOT {held}
           AND COALESCE(
                 (SELECT MAX(dp.changed_at) FROM case_phase_changes dp
                  JOIN cases dpk ON dpk.id = dp.case_id
                  WHERE dpk.client_id = {client} AND dp.to_phase = {closed}),
                 (SELECT dc.updated_at FROM clients dc WHERE dc.id = {client})) < $1"
    )
}

/// The condition "the case `case` (an SQL expression) belongs to a client due under a
/// case-closed rule" ([`client_due`]).
fn case_due(case: &str, today: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM cases dck WHERE dck.id = {case} AND {})",
        client_due("dck.client_id", today)
    )
}

/// Deletes the portal wording (`text_translations`) of the goals and steps of the cases
/// `{keys}` (a list or a subquery of case ids).
pub(crate) const PLAN_WORDING: &str = "DELETE FROM text_translations WHERE record IN (
     SELECT 'goal:' || CAST(g.id AS TEXT) FROM goals g WHERE g.case_id IN ({keys})
     UNION ALL
     SELECT 'step:' || CAST(s.id AS TEXT) FROM steps s WHERE s.case_id IN ({keys}))";

/// Deletes the portal wording of the appointments `{keys}` (a list or a subquery of ids).
pub(crate) const APPOINTMENT_WORDING: &str = "DELETE FROM text_translations WHERE record IN (
     SELECT 'appointment:' || CAST(a.id AS TEXT) FROM appointments a WHERE a.id IN ({keys}))";

/// What the schedule does with the records of a kind that are due.
enum Apply {
    /// Counted only: the audit log, which [`delete_audit_prefix`] deletes.
    Count,
    /// Statements run on each batch of the keys due (`{keys}`, a list of numbers), in one
    /// transaction, children before their parent; first, where the records feed the
    /// programme figures, their inputs are kept ([`figure_inputs::keep`]).
    Keys(Option<Deleting>, Vec<String>),
    /// One statement per batch: `DELETE FROM table WHERE key IN (due LIMIT n)`, for tables
    /// keyed by text.
    InPlace {
        table: &'static str,
        key: &'static str,
    },
}

/// The records of a kind that are due, as a `SELECT` of their keys (`$1` is the cutoff in ms,
/// `$2`, where used, the same as a date), and what the schedule does with them.
struct Part {
    due: String,
    apply: Apply,
}

/// How the rule of `kind` finds and deletes its records at a run on the day `today` (`YYYY-MM-DD`,
/// from the clock, so safe as a literal): nothing of a client whose data are held that day.
/// The dry run counts the same keys the schedule deletes. The audit log is deleted by
/// [`delete_audit_prefix`].
fn parts(kind: DataKind, today: &str) -> Vec<Part> {
    use DataKind::*;
    let today = format!("'{today}'");
    let client_due = |client: &str| client_due(client, &today);
    let case_due = |case: &str| case_due(case, &today);
    let not_held = |client: &str| format!("NOT {}", consents_in_force::held(client, &today));
    let keys =
        |statements: &[&str]| Apply::Keys(None, statements.iter().map(|s| s.to_string()).collect());
    // Records the figures count: their inputs are kept before they go.
    let counted_then = |deleting: Deleting, statements: &[&str]| {
        Apply::Keys(
            Some(deleting),
            statements.iter().map(|s| s.to_string()).collect(),
        )
    };
    let note = |compartment: &str| Part {
        due: format!(
            "SELECT n.id FROM client_notes n
             WHERE n.compartment = '{compartment}' AND {}",
            client_due("n.client_id")
        ),
        apply: keys(&["DELETE FROM client_notes WHERE id IN ({keys})"]),
    };
    let counted = |due: String| Part {
        due,
        apply: Apply::Count,
    };
    let part = match kind {
        // Everything of the person goes with the record (the tables' foreign keys cascade).
        ClientRecord => Part {
            due: format!("SELECT c.id FROM clients c WHERE {}", client_due("c.id")),
            apply: counted_then(
                Deleting::Clients,
                &["DELETE FROM clients WHERE id IN ({keys})"],
            ),
        },
        Contact => Part {
            due: format!(
                "SELECT c.id FROM clients c WHERE {}
                   AND (COALESCE(c.phone, '') <> '' OR COALESCE(c.email, '') <> ''
                        OR COALESCE(c.street, '') <> '' OR COALESCE(c.postal_code, '') <> ''
                        OR COALESCE(c.city, '') <> '')",
                client_due("c.id")
            ),
            // The version moves so that a form opened before cannot write them back.
            apply: keys(&[
                "UPDATE clients SET phone = NULL, email = NULL, street = NULL,
                               postal_code = NULL, city = NULL, version = version + 1
                           WHERE id IN ({keys})",
            ]),
        },
        Household => Part {
            due: format!(
                "SELECT hm.id FROM household_members hm WHERE {}",
                client_due("hm.client_id")
            ),
            apply: keys(&["DELETE FROM household_members WHERE id IN ({keys})"]),
        },
        Residence => Part {
            due: format!(
                "SELECT r.client_id FROM client_residence r WHERE {}",
                client_due("r.client_id")
            ),
            apply: keys(&["DELETE FROM client_residence WHERE client_id IN ({keys})"]),
        },
        HealthNotes => note("health"),
        YouthWelfareNotes => note("youth-welfare"),
        PrivateNotes => note("private"),
        Case => Part {
            due: format!(
                "SELECT k.id FROM cases k WHERE {}",
                client_due("k.client_id")
            ),
            apply: counted_then(Deleting::Cases, &["DELETE FROM cases WHERE id IN ({keys})"]),
        },
        Assessment => Part {
            due: format!(
                "SELECT DISTINCT a.case_id FROM assessments a WHERE {}",
                case_due("a.case_id")
            ),
            apply: keys(&["DELETE FROM assessments WHERE case_id IN ({keys})"]),
        },
        // Per case: its plan versions, goals, steps with their history (the steps' foreign
        // keys cascade), and the plain-language wording entered for the portal.
        Plan => Part {
            due: format!(
                "SELECT k.id FROM cases k WHERE {}
                   AND (EXISTS (SELECT 1 FROM plan_versions v WHERE v.case_id = k.id)
                        OR EXISTS (SELECT 1 FROM goals g WHERE g.case_id = k.id))",
                client_due("k.client_id")
            ),
            apply: counted_then(
                Deleting::Plans,
                &[
                    PLAN_WORDING,
                    "DELETE FROM plan_versions WHERE case_id IN ({keys})",
                    "DELETE FROM goals WHERE case_id IN ({keys})",
                ],
            ),
        },
        Appointments => Part {
            due: format!(
                "SELECT a.id FROM appointments a WHERE {}",
                case_due("a.case_id")
            ),
            apply: counted_then(
                Deleting::Appointments,
                &[
                    APPOINTMENT_WORDING,
                    "DELETE FROM appointments WHERE id IN ({keys})",
                ],
            ),
        },
        StructuralIssueLinks => Part {
            due: format!(
                "SELECT i.id FROM structural_issues i WHERE {}",
                case_due("i.case_id")
            ),
            apply: keys(&["UPDATE structural_issues SET case_id = NULL WHERE id IN ({keys})"]),
        },
        Consents => Part {
            due: format!(
                "SELECT c.id FROM consents c
                 WHERE (c.revoked_at < $1 OR (c.revoked_at IS NULL AND c.valid_until < $2))
                   AND {}",
                not_held("c.client_id")
            ),
            apply: keys(&["DELETE FROM consents WHERE id IN ({keys})"]),
        },
        Referrals => Part {
            due: format!(
                "SELECT r.id FROM referrals r
                 WHERE r.status NOT IN ({}) AND r.updated_at < $1 AND {}",
                code_list(ReferralStatus::OPEN),
                not_held("r.client_id")
            ),
            apply: counted_then(
                Deleting::Referrals,
                &["DELETE FROM referrals WHERE id IN ({keys})"],
            ),
        },
        VolunteerTasks => Part {
            due: format!(
                "SELECT t.id FROM volunteer_tasks t
                 WHERE t.status NOT IN ({}) AND t.updated_at < $1 AND {}",
                code_list(TaskStatus::OPEN),
                not_held("t.client_id")
            ),
            // A follow-up the case manager has not done yet stays, without its task.
            apply: keys(&[
                "DELETE FROM follow_ups WHERE task_id IN ({keys}) AND done_at IS NOT NULL",
                "DELETE FROM volunteer_tasks WHERE id IN ({keys})",
            ]),
        },
        PortalAccess => Part {
            due: format!(
                "SELECT a.client_id FROM portal_access a
                 WHERE a.blocked = 1 AND a.updated_at < $1 AND {}",
                not_held("a.client_id")
            ),
            apply: keys(&[
                "DELETE FROM portal_sessions WHERE client_id IN ({keys})",
                "DELETE FROM portal_access WHERE client_id IN ({keys})",
            ]),
        },
        CorrectionRequests => Part {
            due: format!(
                "SELECT f.id FROM follow_ups f JOIN cases k ON k.id = f.case_id
                 WHERE f.topic IS NOT NULL AND f.done_at < $1 AND {}",
                not_held("k.client_id")
            ),
            apply: keys(&["DELETE FROM follow_ups WHERE id IN ({keys})"]),
        },
        StaffSessions => {
            return vec![
                Part {
                    due: "SELECT token_hash FROM sessions WHERE last_seen_at < $1".to_owned(),
                    apply: Apply::InPlace {
                        table: "sessions",
                        key: "token_hash",
                    },
                },
                Part {
                    due: "SELECT throttle_key FROM sign_in_attempts WHERE window_started_at < $1"
                        .to_owned(),
                    apply: Apply::InPlace {
                        table: "sign_in_attempts",
                        key: "throttle_key",
                    },
                },
            ]
        }
        AuditLog => counted(format!(
            "SELECT seq FROM audit_log WHERE seq <= ({})",
            audit_prefix_end(&today)
        )),
    };
    vec![part]
}

/// The last sequence number of the audit log's oldest entries written before `$1`: the
/// prefix the audit-log rule deletes (the chain can only lose a prefix). It stops before the
/// first entry about a client whose data are held on `today` (an SQL date literal). NULL
/// when the first entry is newer. Reads only the entries before the cutoff.
fn audit_prefix_end(today: &str) -> String {
    let held = format!(
        "SELECT h.client_id FROM client_holds h WHERE {}",
        consents_in_force::hold_in_force(today)
    );
    format!(
        "SELECT COALESCE(
             (SELECT MIN(l.seq) - 1 FROM audit_log l
              WHERE (l.at >= $1
                     OR l.subject IN (SELECT s.subject FROM client_subjects s
                                      WHERE s.client_id IN ({held}))
                     OR l.client_id IN ({held}))
                AND l.seq <= m.last),
             m.last)
         FROM (SELECT MAX(seq) AS last FROM audit_log WHERE at < $1) m"
    )
}

/// The day of an instant in Köln (`YYYY-MM-DD`): for a cutoff compared with dates, and for
/// the day a run's holds are in force.
fn day_of(at: i64) -> String {
    crate::i18n::koeln_date(at).to_string()
}

/// Binds `$1` (and `$2` where the SQL has it) to a query on a part's keys.
macro_rules! bind_cutoff {
    ($query:expr, $sql:expr, $before:expr) => {{
        let query = $query.bind($before);
        if $sql.contains("$2") {
            query.bind(day_of($before))
        } else {
            query
        }
    }};
}

/// What a run of the rules would delete at `now`: per rule, the number of records due.
/// Reads only; `lotse retention --dry-run` prints it.
pub async fn due(
    conn: &mut AnyConnection,
    rules: &[RetentionRule],
    now: i64,
) -> Result<Vec<(String, i64)>, AppError> {
    let mut counts = Vec::with_capacity(rules.len());
    for rule in rules {
        let (Some(kind), Some(unit)) = (
            DataKind::parse(&rule.data_kind),
            PeriodUnit::parse(&rule.period_unit),
        ) else {
            continue;
        };
        let before = cutoff(now, rule.period_amount, unit);
        let mut n = 0;
        for part in parts(kind, &day_of(now)) {
            let sql = format!("SELECT COUNT(*) FROM ({}) due", part.due);
            n += bind_cutoff!(sqlx::query_scalar::<_, i64>(&sql), sql, before)
                .fetch_one(&mut *conn)
                .await?;
        }
        counts.push((rule.data_kind.clone(), n));
    }
    Ok(counts)
}

/// How many records one transaction of the schedule deletes: small enough that sign-ins and
/// page loads, which wait for SQLite's one writer, are not held up for long.
pub const BATCH: i64 = 500;

/// How many people, cases or plans one transaction deletes: each takes its plan's steps and
/// their history with it (tens of rows), and its figures' inputs are written first.
pub const CASE_BATCH: i64 = 50;

/// The schedule runs once a day: a tick sooner after the last run's start does nothing.
const RUN_EVERY_MS: i64 = 20 * 60 * 60 * 1000;

/// Deletes the due records of one part in batches, each in a transaction of its own, with a
/// pause between them for other writers. Returns how many went.
async fn delete_part(db: &Db, part: &Part, before: i64, now: i64) -> Result<i64, AppError> {
    match &part.apply {
        Apply::Count => Ok(0),
        Apply::Keys(deleting, statements) => {
            delete_keys(db, part, *deleting, statements, before, now).await
        }
        Apply::InPlace { table, key } => delete_in_place(db, part, table, key, before).await,
    }
}

/// The key a part's `due` selects (`c.id` of `SELECT c.id FROM ...`, also after `DISTINCT`).
fn key_of(due: &str) -> &str {
    let selected = due.trim_start().trim_start_matches("SELECT").trim_start();
    let selected = selected.trim_start_matches("DISTINCT").trim_start();
    selected.split_whitespace().next().unwrap_or_default()
}

/// Deletes by keys. What is due is read first with a plain read (on SQLite it takes no write
/// lock, and on most days finds nothing); then each batch of those keys is asked again, in the
/// write transaction that deletes it, whether it is still due (a hold placed meanwhile is
/// respected). The scan for what is due runs once per rule, not once per batch.
async fn delete_keys(
    db: &Db,
    part: &Part,
    deleting: Option<Deleting>,
    statements: &[String],
    before: i64,
    now: i64,
) -> Result<i64, AppError> {
    let candidates: Vec<i64> =
        bind_cutoff!(sqlx::query_scalar::<_, i64>(&part.due), part.due, before)
            .fetch_all(&db.pool)
            .await?;
    let size = match deleting {
        Some(Deleting::Clients | Deleting::Cases | Deleting::Plans) => CASE_BATCH,
        _ => BATCH,
    };
    let mut deleted = 0;
    for (i, chunk) in candidates.chunks(size as usize).enumerate() {
        if i > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let mut tx = begin(db).await?;
        let sql = format!(
            "{} AND {} IN ({})",
            part.due,
            key_of(&part.due),
            id_list(chunk)
        );
        let ids: Vec<i64> = bind_cutoff!(sqlx::query_scalar::<_, i64>(&sql), sql, before)
            .fetch_all(&mut *tx)
            .await?;
        if !ids.is_empty() {
            if let Some(deleting) = deleting {
                figure_inputs::keep(&mut tx, db.backend, deleting, &ids, now).await?;
            }
            let keys = id_list(&ids);
            for statement in statements {
                sqlx::query(&statement.replace("{keys}", &keys))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        deleted += ids.len() as i64;
    }
    Ok(deleted)
}

/// Deletes rows keyed by text (sessions, sign-in attempts) in batches of one statement each,
/// after a plain read has found something due.
async fn delete_in_place(
    db: &Db,
    part: &Part,
    table: &str,
    key: &str,
    before: i64,
) -> Result<i64, AppError> {
    let probe = format!("{} LIMIT 1", part.due);
    let any: Option<String> = bind_cutoff!(sqlx::query_scalar::<_, String>(&probe), probe, before)
        .fetch_optional(&db.pool)
        .await?;
    if any.is_none() {
        return Ok(0);
    }
    let mut deleted = 0;
    loop {
        let sql = format!(
            "DELETE FROM {table} WHERE {key} IN ({} LIMIT {BATCH})",
            part.due
        );
        let batch = bind_cutoff!(sqlx::query(&sql), sql, before)
            .execute(&db.pool)
            .await?
            .rows_affected() as i64;
        deleted += batch;
        if batch < BATCH {
            return Ok(deleted);
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

/// Deletes the audit log's entries written before `before`, oldest first: each chain's anchor
/// moves to its last entry up to the prefix's end (its sequence number and hash), then they
/// go in batches. Each chain loses a prefix of its own, since a chain's entries are numbered
/// in its order; each verifies from its anchor. Returns how many went.
async fn delete_audit_prefix(db: &Db, before: i64, today: &str) -> Result<i64, AppError> {
    let mut tx = begin(db).await?;
    let end: Option<i64> = sqlx::query_scalar(&audit_prefix_end(&format!("'{today}'")))
        .bind(before)
        .fetch_one(&mut *tx)
        .await?;
    if let Some(end) = end.filter(|end| *end > 0) {
        let lasts: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT l.chain, l.seq, l.hash
             FROM audit_log l
             JOIN (SELECT chain, MAX(seq) AS seq FROM audit_log WHERE seq <= $1 GROUP BY chain) m
               ON m.seq = l.seq",
        )
        .bind(end)
        .fetch_all(&mut *tx)
        .await?;
        for (chain, seq, hash) in lasts {
            sqlx::query("UPDATE audit_anchor SET seq = $1, hash = $2 WHERE id = $3 AND seq < $1")
                .bind(seq)
                .bind(hash)
                .bind(chain)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    let mut deleted = 0;
    loop {
        let batch = sqlx::query(&format!(
            "DELETE FROM audit_log WHERE seq IN (
                 SELECT l.seq FROM audit_log l
                 WHERE l.seq <= (SELECT MAX(seq) FROM audit_anchor)
                   AND l.seq <= (SELECT a.seq FROM audit_anchor a WHERE a.id = l.chain)
                 ORDER BY l.seq LIMIT {BATCH})"
        ))
        .execute(&db.pool)
        .await?
        .rows_affected() as i64;
        deleted += batch;
        if batch < BATCH {
            return Ok(deleted);
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

/// One run of the schedule at `now`: every rule deletes what is due, and the run leaves its
/// deletion record (per rule: the period, the cutoff, how many records). Returns the run's id
/// and the counts. The clock is the caller's so that tests can set it.
///
/// The rules of parts go before the rules of what holds them (a case's plan and
/// appointments before the case, the case before the person's record, the log last), so that
/// each rule's record counts what went by its own period, not by a parent's.
pub async fn apply(db: &Db, now: i64) -> Result<(i64, Vec<(String, i64)>), AppError> {
    let mut rules = {
        let mut conn = db.pool.acquire().await?;
        in_force(&mut conn).await?
    };
    rules.sort_by_key(|rule| match DataKind::parse(&rule.data_kind) {
        Some(DataKind::Case) => 1,
        Some(DataKind::ClientRecord) => 2,
        Some(DataKind::AuditLog) => 3,
        _ => 0,
    });
    let run_id: i64 =
        sqlx::query_scalar("INSERT INTO retention_runs (started_at) VALUES ($1) RETURNING id")
            .bind(now)
            .fetch_one(&db.pool)
            .await?;
    let mut counts = Vec::new();
    for rule in &rules {
        let (Some(kind), Some(unit)) = (
            DataKind::parse(&rule.data_kind),
            PeriodUnit::parse(&rule.period_unit),
        ) else {
            continue;
        };
        let before = cutoff(now, rule.period_amount, unit);
        let deleted = if kind == DataKind::AuditLog {
            delete_audit_prefix(db, before, &day_of(now)).await?
        } else {
            let mut n = 0;
            for part in parts(kind, &day_of(now)) {
                n += delete_part(db, &part, before, now).await?;
            }
            n
        };
        sqlx::query(
            "INSERT INTO retention_run_kinds
                 (run_id, data_kind, period_amount, period_unit, cutoff_at, deleted)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(run_id)
        .bind(kind.id())
        .bind(rule.period_amount)
        .bind(unit.id())
        .bind(before)
        .bind(deleted)
        .execute(&db.pool)
        .await?;
        counts.push((kind.id().to_owned(), deleted));
    }
    sqlx::query("UPDATE retention_runs SET finished_at = $1 WHERE id = $2")
        .bind(now_ms().max(now))
        .bind(run_id)
        .execute(&db.pool)
        .await?;
    Ok((run_id, counts))
}

/// The scheduled job: a run, unless the last one began less than a day ago. True when it ran.
pub async fn run_scheduled(db: &Db, now: i64) -> Result<bool, AppError> {
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(started_at) FROM retention_runs")
        .fetch_one(&db.pool)
        .await?;
    if last.is_some_and(|last| now - last < RUN_EVERY_MS) {
        return Ok(false);
    }
    apply(db, now).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_that_deletes_by_key_names_its_key_first() {
        assert_eq!(key_of("SELECT c.id FROM clients c WHERE c.id < 3"), "c.id");
        assert_eq!(
            key_of("SELECT DISTINCT a.case_id FROM assessments a WHERE a.case_id IN (1)"),
            "a.case_id"
        );
        for kind in DataKind::ALL {
            for part in parts(kind, "2026-12-05") {
                if let Apply::Keys(..) = part.apply {
                    let key = key_of(&part.due);
                    assert!(
                        part.due.contains(&format!("SELECT {key} FROM"))
                            || part.due.contains(&format!("SELECT DISTINCT {key} FROM")),
                        "{kind:?}: {key}"
                    );
                    assert!(part.due.contains("WHERE"), "{kind:?}");
                }
            }
        }
    }
}
