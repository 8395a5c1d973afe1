//! The programme figures' compact table (`figure_facts`): what the figures count of the live
//! records, grouped, without any person. The figures of any filter are summed from it (and
//! from the kept inputs of deleted records, [`super::figure_inputs`]) in milliseconds, where
//! aggregating the live records took 1.6 s at 100,000 clients (a million plan steps).
//!
//! The server's tick reads the live records in one read transaction (it holds up no writer)
//! and writes them as a new *generation* in small transactions; the figures read the
//! generation `figure_facts_state` names, so a half-written one is never counted. Instants are
//! grouped by the hour (a day in Köln starts on a full hour, so every period the figures
//! filter by is a set of whole hours), plan steps by their due day.
//!
//! Each statement here mirrors a statement of [`super::figure_inputs`]: what that one keeps of
//! a deleted record, this one counts of the live ones.

use futures_util::TryStreamExt;
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue::LANGUAGE_COURSES;
use crate::models::{CasePhase, StepStatus};
use crate::server::coordination::figures::{date_ms, days_to_first_answer, DAY_MS};
use crate::server::infra::db::{self, begin, code_literal, now_ms, quoted, Backend, Db};
use crate::server::infra::fields::{catalogues::Service, Code};

/// Instants are kept to the hour.
const HOUR_MS: i64 = 3_600_000;

/// Rows written per statement (14 parameters each; SQLite binds slow down with the square
/// of a statement's parameters).
const CHUNK: usize = 40;

/// Rows written per transaction: a few hundred, so that audited page views do not wait long
/// for the writer.
const BATCH: usize = CHUNK * 5;

/// The generation the figures read: its number, when it was read from the live records, and
/// the last kept input (`figure_inputs.id`) whose record it no longer saw.
#[derive(Debug, Clone, Copy)]
pub struct Generation {
    pub number: i64,
    pub built_at: i64,
    pub inputs_upto: i64,
}

/// One group of records: `n` of them, `flag` of which are flagged, belonging to `people`
/// cases (steps only).
type Fact = (
    String,         // kind
    Option<i64>,    // at
    Option<String>, // on_day
    Option<String>, // district
    Option<i64>,    // organisation_id
    Option<String>, // label
    Option<String>, // label2
    Option<i64>,    // partner_id
    Option<i64>,    // days
    Option<i64>,    // days2
    Option<i64>,    // flag
    i64,            // n
    Option<i64>,    // people
);

/// The generation the figures read now, if one was written.
pub async fn current(conn: &mut AnyConnection) -> Result<Option<Generation>, AppError> {
    Ok(sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT generation, built_at, inputs_upto FROM figure_facts_state WHERE id = 1",
    )
    .fetch_optional(&mut *conn)
    .await?
    .map(|(number, built_at, inputs_upto)| Generation {
        number,
        built_at,
        inputs_upto,
    }))
}

/// The generation to read: the current one, or a first one written now.
pub async fn readable(db: &Db) -> Result<Generation, AppError> {
    if let Some(generation) = current(&mut *db.pool.acquire().await?).await? {
        return Ok(generation);
    }
    rebuild(db).await
}

/// Reads the live records into a new generation and makes it the one the figures read; the
/// generation before it stays for figures being summed from it, older ones are deleted (also
/// the rows of a run that failed half-way).
pub async fn rebuild(db: &Db) -> Result<Generation, AppError> {
    let built_at = now_ms();
    let previous = current(&mut *db.pool.acquire().await?).await?;
    // Unique per run, also between two processes (a run's lease may pass to another one), and
    // larger than the number of any run started before.
    let number = previous.map_or(1, |p| p.number + 1).max(built_at);
    let inputs_upto = write_live(db, number).await?;
    let mut tx = begin(db).await?;
    sqlx::query(
        "INSERT INTO figure_facts_state (id, generation, built_at, inputs_upto) VALUES (1, $1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET generation = excluded.generation,
             built_at = excluded.built_at, inputs_upto = excluded.inputs_upto",
    )
    .bind(number)
    .bind(built_at)
    .bind(inputs_upto)
    .execute(&mut *tx)
    .await?;
    // Generations before the one just replaced are read by no one any more.
    let keep = previous.map_or(number, |p| p.number);
    sqlx::query("DELETE FROM figure_facts WHERE generation < $1 AND generation <> $2")
        .bind(number)
        .bind(keep)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Generation {
        number,
        built_at,
        inputs_upto,
    })
}

/// Reads the live records' groups in one read transaction and writes them as generation
/// `number` while they arrive, [`BATCH`] rows per write transaction. Returns the last kept
/// input: every record is either among the groups or (deleted before) among the inputs up to
/// that one.
///
/// Rows are written as they are read, not gathered first: gathered, the groups of 100,000
/// synthetic clients raised the server's memory from 65 to 89 MB while the table was written;
/// streamed, from 49 to 59 MB.
async fn write_live(db: &Db, number: i64) -> Result<i64, AppError> {
    let mut read = db::begin_snapshot(db).await?;
    let inputs_upto: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM figure_inputs")
            .fetch_one(&mut *read)
            .await?;
    let mut batch: Vec<Fact> = Vec::with_capacity(BATCH);
    for statement in statements(db.backend) {
        let mut rows = sqlx::query_as::<_, Fact>(&statement).fetch(&mut *read);
        while let Some(fact) = rows.try_next().await? {
            batch.push(fact);
            if batch.len() == BATCH {
                write(db, number, &batch).await?;
                batch.clear();
            }
        }
    }
    write(db, number, &batch).await?;
    Ok(inputs_upto)
}

/// Writes groups as rows of generation `number`, in one transaction.
async fn write(db: &Db, number: i64, facts: &[Fact]) -> Result<(), AppError> {
    if facts.is_empty() {
        return Ok(());
    }
    let mut tx = begin(db).await?;
    for chunk in facts.chunks(CHUNK) {
        insert(&mut tx, number, chunk).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Writes groups as rows of generation `number`, in one statement.
async fn insert(conn: &mut AnyConnection, number: i64, facts: &[Fact]) -> Result<(), AppError> {
    let rows: Vec<String> = (0..facts.len())
        .map(|i| {
            let params: Vec<String> = (1..=13).map(|p| format!("${}", i * 13 + p)).collect();
            format!("({number}, {})", params.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO figure_facts (generation, kind, at, on_day, district, organisation_id,
             label, label2, partner_id, days, days2, flag, n, people) VALUES {}",
        rows.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for fact in facts {
        query = query
            .bind(fact.0.clone())
            .bind(fact.1)
            .bind(fact.2.clone())
            .bind(fact.3.clone())
            .bind(fact.4)
            .bind(fact.5.clone())
            .bind(fact.6.clone())
            .bind(fact.7)
            .bind(fact.8)
            .bind(fact.9)
            .bind(fact.10)
            .bind(fact.11)
            .bind(fact.12);
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

/// The statement of each kind, every one selecting the columns of [`Fact`].
fn statements(backend: Backend) -> Vec<String> {
    let hour = |column: &str| format!("({column} / {HOUR_MS}) * {HOUR_MS}");
    let text = "CAST(NULL AS TEXT)";
    let number = "CAST(NULL AS BIGINT)";
    let closed = code_literal(CasePhase::Closed);
    vec![
        // Cases by their opening and phase (cases by phase, the trend).
        format!(
            "SELECT 'case-opened', {at}, {text}, c.district, k.organisation_id, k.phase, {text},
                    {number}, {number}, {number}, {number}, COUNT(*), {number}
             FROM cases k JOIN clients c ON c.id = k.client_id
             GROUP BY {at}, c.district, k.organisation_id, k.phase",
            at = hour("k.opened_at"),
        ),
        // Closures with their reason.
        format!(
            "SELECT 'case-closed', {at}, {text}, c.district, k.organisation_id, pc.closure_reason, {text},
                    {number}, {number}, {number}, {number}, COUNT(*), {number}
             FROM case_phase_changes pc JOIN cases k ON k.id = pc.case_id
             JOIN clients c ON c.id = k.client_id
             WHERE pc.to_phase = {closed}
             GROUP BY {at}, c.district, k.organisation_id, pc.closure_reason",
            at = hour("pc.changed_at"),
        ),
        // Cases by the life domains of their goals, and phase.
        format!(
            "SELECT 'case-domain', {at}, {text}, d.district, d.organisation_id, d.domain, d.phase,
                    {number}, {number}, {number}, {number}, COUNT(*), {number}
             FROM (SELECT DISTINCT k.id, k.opened_at, c.district, k.organisation_id, g.domain, k.phase
                   FROM cases k JOIN goals g ON g.case_id = k.id JOIN clients c ON c.id = k.client_id) d
             GROUP BY {at}, d.district, d.organisation_id, d.domain, d.phase",
            at = hour("d.opened_at"),
        ),
        // Each case's first agreed plan: the day, and the days since the case was opened.
        format!(
            "SELECT 'first-plan', {number}, x.agreed_on, x.district, x.organisation_id, {text}, {text},
                    {number}, x.days, {number}, {number}, COUNT(*), {number}
             FROM (SELECT v.agreed_on, v.district, v.organisation_id,
                          ({agreed_ms} - (v.opened_at / {DAY_MS}) * {DAY_MS}) / {DAY_MS} AS days
                   FROM (SELECT k.id, k.opened_at, c.district, k.organisation_id,
                                MIN(p.agreed_on) AS agreed_on
                         FROM cases k JOIN clients c ON c.id = k.client_id
                         JOIN plan_versions p ON p.case_id = k.id AND p.agreed = 1
                         GROUP BY k.id, k.opened_at, c.district, k.organisation_id) v) x
             GROUP BY x.agreed_on, x.district, x.organisation_id, x.days",
            agreed_ms = date_ms(backend, "v.agreed_on"),
        ),
        // Steps by their due day: how many, how many done on time, of how many cases.
        format!(
            "SELECT 'step-due', {number}, s.due_date, c.district, k.organisation_id, g.domain, {text},
                    {number}, {number}, {number},
                    CAST(SUM(CASE WHEN s.status = {completed} AND s.status_changed_at < {due_ms} + {DAY_MS}
                                  THEN 1 ELSE 0 END) AS BIGINT),
                    COUNT(*), COUNT(DISTINCT s.case_id)
             FROM steps s JOIN goals g ON g.id = s.goal_id JOIN cases k ON k.id = s.case_id
             JOIN clients c ON c.id = k.client_id
             WHERE s.due_date IS NOT NULL AND s.status <> {not_needed}
             GROUP BY s.due_date, c.district, k.organisation_id, g.domain",
            due_ms = date_ms(backend, "s.due_date"),
            completed = code_literal(StepStatus::Completed),
            not_needed = code_literal(StepStatus::NotNeeded),
        ),
        // Language courses started: access time (eligible → started), waiting time
        // (registered → started), course type and provider.
        format!(
            "SELECT 'course-start', x.at, {text}, x.district, x.organisation_id, x.service_type, {text},
                    x.partner_id, x.access, x.waiting, {number}, COUNT(*), {number}
             FROM (SELECT {at} AS at, c.district, k.organisation_id, s.service_type,
                          s.responsible_organisation_id AS partner_id,
                          (st.changed_at - el.changed_at) / {DAY_MS} AS access,
                          (st.changed_at - rg.changed_at) / {DAY_MS} AS waiting
                   FROM step_status_changes st
                   JOIN steps s ON s.id = st.step_id
                   JOIN cases k ON k.id = s.case_id JOIN clients c ON c.id = k.client_id
                   LEFT JOIN step_status_changes el ON el.step_id = s.id AND el.to_status = {eligible}
                   LEFT JOIN step_status_changes rg ON rg.step_id = s.id AND rg.to_status = {registered}
                   WHERE st.to_status = {started} AND s.service_type IN ({courses})) x
             GROUP BY x.at, x.district, x.organisation_id, x.service_type, x.partner_id,
                      x.access, x.waiting",
            at = hour("st.changed_at"),
            courses = quoted(&Code::<Service>::builtins(LANGUAGE_COURSES)),
            eligible = code_literal(StepStatus::Eligible),
            registered = code_literal(StepStatus::Registered),
            started = code_literal(StepStatus::Started),
        ),
        // Appointments that needed an interpreter: how many had one arranged.
        format!(
            "SELECT 'interpreter', {number}, a.on_date, c.district, k.organisation_id, {text}, {text},
                    {number}, {number}, {number},
                    CAST(SUM(CASE WHEN a.interpreter_arranged = 1 THEN 1 ELSE 0 END) AS BIGINT),
                    COUNT(*), {number}
             FROM appointments a JOIN cases k ON k.id = a.case_id JOIN clients c ON c.id = k.client_id
             WHERE a.interpreter_needed = 1
             GROUP BY a.on_date, c.district, k.organisation_id"
        ),
        // Referrals: sent, to whom, where they stand, days to the first answer.
        format!(
            "SELECT 'referral', x.at, {text}, x.district, x.organisation_id, x.status, {text},
                    x.partner_id, x.days, {number}, {number}, COUNT(*), {number}
             FROM (SELECT {at} AS at, c.district, k.organisation_id, r.status,
                          r.organisation_id AS partner_id, {days} AS days
                   FROM referrals r JOIN cases k ON k.id = r.case_id
                   JOIN clients c ON c.id = k.client_id) x
             GROUP BY x.at, x.district, x.organisation_id, x.status, x.partner_id, x.days",
            at = hour("r.sent_at"),
            days = days_to_first_answer("r"),
        ),
    ]
}
