//! The retention rules in force (the deletion concept): one per [`DataKind`], its start event
//! fixed in the code, its period set by the data-protection officer. A change keeps the
//! period before it in `retention_rule_changes` and is audited in the same transaction.
//! [`due`] counts what the rules would delete now (`lotse retention --dry-run`).

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::retention::{DataKind, PeriodUnit};
use crate::models::{
    CasePhase, CurrentUser, ReferralStatus, RetentionChange, RetentionRule, TaskStatus,
};
use crate::server::infra::context::internal;
use crate::server::infra::db::{code_list, code_literal, now_ms, Db};
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
}

/// Every rule in force, in the catalogue's order, each with its last change. A kind of the
/// catalogue without a row is an error: the migrations ship one row per kind.
pub async fn in_force(conn: &mut AnyConnection) -> Result<Vec<RetentionRule>, AppError> {
    let rows = sqlx::query_as::<_, RuleRow>(
        "SELECT r.data_kind, r.period_amount, r.period_unit, r.version,
                c.changed_at, u.display_name AS changed_by, c.old_amount, c.old_unit
         FROM retention_rules r
         LEFT JOIN retention_rule_changes c ON c.id = (
             SELECT MAX(l.id) FROM retention_rule_changes l WHERE l.data_kind = r.data_kind)
         LEFT JOIN users u ON u.id = c.changed_by",
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

/// Clients whose period under a case-closed rule started before `$1`: no open case, and their
/// last case closed before then (a client who never had a case: last changed before then).
fn due_clients() -> String {
    let closed = code_literal(CasePhase::Closed);
    format!(
        "SELECT c.id FROM clients c
         WHERE NOT EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id AND k.phase <> {closed})
           AND COALESCE(
                 (SELECT MAX(p.changed_at) FROM case_phase_changes p
                  JOIN cases k ON k.id = p.case_id
                  WHERE k.client_id = c.id AND p.to_phase = {closed}),
                 c.updated_at) < $1"
    )
}

/// How many records of `kind` a run at the cutoff would delete (the rows of the kind's first
/// table): `$1` is the cutoff in ms, `$2` (consents only) the same as a date.
fn due_sql(kind: DataKind) -> String {
    use DataKind::*;
    let clients = due_clients();
    let cases = format!("SELECT k.id FROM cases k WHERE k.client_id IN ({clients})");
    let of_clients = |table: &str, extra: &str| {
        format!("SELECT COUNT(*) FROM {table} WHERE client_id IN ({clients}){extra}")
    };
    let of_cases = |table: &str| format!("SELECT COUNT(*) FROM {table} WHERE case_id IN ({cases})");
    match kind {
        ClientRecord => format!("SELECT COUNT(*) FROM ({clients}) due"),
        Contact => format!(
            "SELECT COUNT(*) FROM clients c WHERE c.id IN ({clients})
               AND (COALESCE(c.phone, '') <> '' OR COALESCE(c.email, '') <> ''
                    OR COALESCE(c.street, '') <> '' OR COALESCE(c.postal_code, '') <> ''
                    OR COALESCE(c.city, '') <> '')"
        ),
        Household => of_clients("household_members", ""),
        Residence => of_clients("client_residence", ""),
        HealthNotes => of_clients("client_notes", " AND compartment = 'health'"),
        YouthWelfareNotes => of_clients("client_notes", " AND compartment = 'youth-welfare'"),
        PrivateNotes => of_clients("client_notes", " AND compartment = 'private'"),
        Case => of_clients("cases", ""),
        Assessment => of_cases("assessments"),
        Plan => of_cases("plan_versions"),
        Appointments => of_cases("appointments"),
        StructuralIssueLinks => of_cases("structural_issues"),
        Consents => "SELECT COUNT(*) FROM consents
             WHERE revoked_at < $1 OR (revoked_at IS NULL AND valid_until < $2)"
            .to_owned(),
        Referrals => format!(
            "SELECT COUNT(*) FROM referrals WHERE status NOT IN ({}) AND updated_at < $1",
            code_list(ReferralStatus::OPEN)
        ),
        VolunteerTasks => format!(
            "SELECT COUNT(*) FROM volunteer_tasks WHERE status NOT IN ({}) AND updated_at < $1",
            code_list(TaskStatus::OPEN)
        ),
        PortalAccess => {
            "SELECT COUNT(*) FROM portal_access WHERE blocked = 1 AND updated_at < $1".to_owned()
        }
        CorrectionRequests => {
            "SELECT COUNT(*) FROM follow_ups WHERE topic IS NOT NULL AND done_at < $1".to_owned()
        }
        StaffSessions => "SELECT (SELECT COUNT(*) FROM sessions WHERE last_seen_at < $1)
                + (SELECT COUNT(*) FROM sign_in_attempts WHERE window_started_at < $1)"
            .to_owned(),
        AuditLog => "SELECT COUNT(*) FROM audit_log WHERE at < $1".to_owned(),
    }
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
        let sql = due_sql(kind);
        let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(before);
        if kind == DataKind::Consents {
            let day = chrono::DateTime::from_timestamp_millis(before)
                .map(|t| t.date_naive().to_string())
                .unwrap_or_default();
            query = query.bind(day);
        }
        counts.push((rule.data_kind.clone(), query.fetch_one(&mut *conn).await?));
    }
    Ok(counts)
}
