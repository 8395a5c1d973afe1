//! The programme figures' own inputs (`figure_inputs`): before the retention schedule deletes
//! a client, a case, a plan, appointments or referrals, it keeps here, in the same
//! transaction, what the figures count of them, without the person: a moment or a day, the
//! district, the organisation that kept the case, a catalogue code, a number of days. The
//! figures read these rows beside the live records ([`super::figures`]), so that figures of a
//! closed period stay what they were when the people behind them are gone.
//!
//! Each statement here mirrors one query of the figures: what it selects of the live records
//! is what it keeps, so that the live query and the kept rows add up to the same counts.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue::LANGUAGE_COURSES;
use crate::models::{CasePhase, StepStatus};
use crate::server::coordination::figures::{date_ms, days_to_first_answer, DAY_MS};
use crate::server::infra::db::{code_literal, id_list, quoted, Backend};
use crate::server::infra::fields::{catalogues::Service, Code};

/// What the schedule is about to delete, by the keys of one batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleting {
    /// Clients (their cases go with them).
    Clients,
    /// Cases, with everything recorded in them.
    Cases,
    /// The plans (versions, goals, steps and their history) of these cases.
    Plans,
    /// Appointments.
    Appointments,
    /// Referrals.
    Referrals,
}

/// Keeps the figures' inputs of the records about to be deleted (`keys`, one batch of ids of
/// the kind `deleting` names). Call it in the transaction that deletes them, before.
pub async fn keep(
    conn: &mut AnyConnection,
    backend: Backend,
    deleting: Deleting,
    keys: &[i64],
    now: i64,
) -> Result<(), AppError> {
    if keys.is_empty() {
        return Ok(());
    }
    let keys = id_list(keys);
    // The cases concerned, as a subquery of ids.
    let cases = match deleting {
        Deleting::Clients => format!("SELECT id FROM cases WHERE client_id IN ({keys})"),
        Deleting::Cases | Deleting::Plans => keys.clone(),
        Deleting::Appointments | Deleting::Referrals => String::new(),
    };
    let mut statements = Vec::new();
    if matches!(deleting, Deleting::Clients | Deleting::Cases) {
        statements.push(case_opened(&cases, now));
        statements.push(case_closed(&cases, now));
    }
    if matches!(
        deleting,
        Deleting::Clients | Deleting::Cases | Deleting::Plans
    ) {
        statements.push(case_domains(&cases, now));
        statements.push(first_plans(backend, &cases, now));
        statements.push(course_starts(&cases, now));
        if let Some(steps) = steps_due(conn, backend, &cases, now).await? {
            statements.push(steps);
        }
    }
    match deleting {
        Deleting::Appointments => statements.push(interpreters(&format!("a.id IN ({keys})"), now)),
        Deleting::Referrals => statements.push(referrals(&format!("r.id IN ({keys})"), now)),
        Deleting::Clients | Deleting::Cases => {
            statements.push(interpreters(&format!("a.case_id IN ({cases})"), now));
            statements.push(referrals(&format!("r.case_id IN ({cases})"), now));
        }
        Deleting::Plans => {}
    }
    for statement in statements {
        sqlx::query(&statement).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Cases by their opening and phase (cases by phase, the trend).
fn case_opened(cases: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, at, district, organisation_id, label, kept_at)
         SELECT 'case-opened', k.opened_at, c.district, k.organisation_id, k.phase, {now}
         FROM cases k JOIN clients c ON c.id = k.client_id
         WHERE k.id IN ({cases})"
    )
}

/// Closures with their reason.
fn case_closed(cases: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, at, district, organisation_id, label, kept_at)
         SELECT 'case-closed', pc.changed_at, c.district, k.organisation_id, pc.closure_reason, {now}
         FROM case_phase_changes pc JOIN cases k ON k.id = pc.case_id
         JOIN clients c ON c.id = k.client_id
         WHERE pc.to_phase = {closed} AND k.id IN ({cases})",
        closed = code_literal(CasePhase::Closed)
    )
}

/// One row per case and life domain of its goals (cases by domain).
fn case_domains(cases: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, at, district, organisation_id, label, label2, kept_at)
         SELECT 'case-domain', d.opened_at, d.district, d.organisation_id, d.domain, d.phase, {now}
         FROM (SELECT DISTINCT k.id, k.opened_at, c.district, k.organisation_id, g.domain, k.phase
               FROM cases k JOIN goals g ON g.case_id = k.id JOIN clients c ON c.id = k.client_id
               WHERE k.id IN ({cases})) d"
    )
}

/// Each case's first agreed plan: the day, and the days since the case was opened.
fn first_plans(backend: Backend, cases: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, on_day, district, organisation_id, days, kept_at)
         SELECT 'first-plan', v.agreed_on, v.district, v.organisation_id,
                ({agreed_ms} - (v.opened_at / {DAY_MS}) * {DAY_MS}) / {DAY_MS}, {now}
         FROM (SELECT k.id, k.opened_at, c.district, k.organisation_id, MIN(p.agreed_on) AS agreed_on
               FROM cases k JOIN clients c ON c.id = k.client_id
               JOIN plan_versions p ON p.case_id = k.id AND p.agreed = 1
               WHERE k.id IN ({cases})
               GROUP BY k.id, k.opened_at, c.district, k.organisation_id) v",
        agreed_ms = date_ms(backend, "v.agreed_on"),
    )
}

/// Steps with a due date, done on time or not, each with its case's random number. `None`
/// when none of the cases has such a step.
async fn steps_due(
    conn: &mut AnyConnection,
    backend: Backend,
    cases: &str,
    now: i64,
) -> Result<Option<String>, AppError> {
    let with_steps: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT DISTINCT s.case_id FROM steps s
         WHERE s.case_id IN ({cases}) AND s.due_date IS NOT NULL"
    ))
    .fetch_all(&mut *conn)
    .await?;
    if with_steps.is_empty() {
        return Ok(None);
    }
    // A number drawn per case (52 bits: no two of a million people share one, as good as
    // surely): the figures count people by it, and nothing leads back to the case.
    let people = with_steps
        .iter()
        .map(|id| format!("({id}, {})", rand::random::<u64>() >> 12))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(Some(format!(
        "INSERT INTO figure_inputs (kind, on_day, district, organisation_id, label, flag, person, kept_at)
         SELECT 'step-due', s.due_date, c.district, k.organisation_id, g.domain,
                CASE WHEN s.status = {completed} AND s.status_changed_at < {due_ms} + {DAY_MS}
                     THEN 1 ELSE 0 END,
                m.column2, {now}
         FROM steps s JOIN goals g ON g.id = s.goal_id JOIN cases k ON k.id = s.case_id
         JOIN clients c ON c.id = k.client_id
         JOIN (VALUES {people}) m ON m.column1 = s.case_id
         WHERE s.due_date IS NOT NULL AND s.status <> {not_needed}",
        due_ms = date_ms(backend, "s.due_date"),
        completed = code_literal(StepStatus::Completed),
        not_needed = code_literal(StepStatus::NotNeeded),
    )))
}

/// Language courses started: access time (eligible → started), waiting time (registered →
/// started), course type and provider.
fn course_starts(cases: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, at, district, organisation_id, label, partner_id, days, days2, kept_at)
         SELECT 'course-start', st.changed_at, c.district, k.organisation_id, s.service_type,
                s.responsible_organisation_id,
                (st.changed_at - el.changed_at) / {DAY_MS}, (st.changed_at - rg.changed_at) / {DAY_MS}, {now}
         FROM step_status_changes st
         JOIN steps s ON s.id = st.step_id
         JOIN cases k ON k.id = s.case_id JOIN clients c ON c.id = k.client_id
         LEFT JOIN step_status_changes el ON el.step_id = s.id AND el.to_status = {eligible}
         LEFT JOIN step_status_changes rg ON rg.step_id = s.id AND rg.to_status = {registered}
         WHERE st.to_status = {started} AND s.service_type IN ({courses}) AND k.id IN ({cases})",
        courses = quoted(&Code::<Service>::builtins(LANGUAGE_COURSES)),
        eligible = code_literal(StepStatus::Eligible),
        registered = code_literal(StepStatus::Registered),
        started = code_literal(StepStatus::Started),
    )
}

/// Appointments that needed an interpreter (`which` is a condition on the appointment `a`).
fn interpreters(which: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, on_day, district, organisation_id, flag, kept_at)
         SELECT 'interpreter', a.on_date, c.district, k.organisation_id,
                CASE WHEN a.interpreter_arranged = 1 THEN 1 ELSE 0 END, {now}
         FROM appointments a JOIN cases k ON k.id = a.case_id JOIN clients c ON c.id = k.client_id
         WHERE a.interpreter_needed = 1 AND {which}"
    )
}

/// Referrals: sent, to whom, where they stand, days to the first answer (`which` is a
/// condition on the referral `r`).
fn referrals(which: &str, now: i64) -> String {
    format!(
        "INSERT INTO figure_inputs (kind, at, district, organisation_id, label, partner_id, days, kept_at)
         SELECT 'referral', r.sent_at, c.district, k.organisation_id, r.status, r.organisation_id,
                {days}, {now}
         FROM referrals r JOIN cases k ON k.id = r.case_id JOIN clients c ON c.id = k.client_id
         WHERE {which}",
        days = days_to_first_answer("r"),
    )
}
