//! The integration plan: goals, steps and their status history, agreed versions and what
//! changed between them, appointments.
//!
//! Goals and steps are edited in place. Editing the content of an agreed plan starts a new
//! draft version; agreeing a draft stores a JSON snapshot of its goals and steps, so earlier
//! versions stay readable and comparable. Status changes are progress, not plan changes:
//! they are recorded with their time but do not start a new version.
//!
//! This module reads the plan (for its page and for the edits); `goals`, `steps`,
//! `versions` (agreement, earlier versions, comparison) and `appointments` change it.

use sqlx::AnyConnection;

use crate::error::AppError;
pub use crate::models::AppointmentInput;
pub use crate::models::GoalInput;
pub use crate::models::StepInput;
use crate::models::{
    Appointment, CurrentUser, Goal, PlanDetail, PlanVersion, StatusChange, Step, StepStatus,
};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::input;
use crate::server::{admin::catalogues, casework::cases, policy};

mod appointments;
mod goals;
mod steps;
mod versions;

pub use appointments::add_appointment;
pub(crate) use appointments::step_of_case;
pub use goals::{add_goal, remove_goal, set_goal_status, update_goal};
pub use steps::{add_step, set_step_status, update_step};
pub use versions::{agree, compare, detail_of_version, diff};

/// The plan page of a case.
pub async fn detail(db: &Db, actor: &CurrentUser, case_id: i64) -> Result<PlanDetail, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let plan = plan_in(&mut tx, case_id).await?;
    grant.audit(&mut tx, "plan", Some(case_id), "read").await?;
    tx.commit().await?;
    Ok(plan)
}

async fn plan_in(tx: &mut AnyConnection, case_id: i64) -> Result<PlanDetail, AppError> {
    let head = cases::head(&mut *tx, case_id).await?;
    let versions = version_list(&mut *tx, case_id).await?;
    let goals = goals_with_steps(&mut *tx, case_id).await?;
    let appointments = sqlx::query_as::<_, (i64, Option<i64>, String, Option<String>, String, Option<String>, i64, Option<String>, Option<String>, i64)>(
        "SELECT a.id, a.step_id, a.on_date, a.at_time, a.place, o.name, a.interpreter_needed, a.note,
                a.bring, a.interpreter_arranged
         FROM appointments a LEFT JOIN organisations o ON o.id = a.organisation_id
         WHERE a.case_id = $1 ORDER BY a.on_date, a.at_time, a.id",
    )
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(id, step_id, on_date, at_time, place, organisation, interpreter, note, bring, arranged)| Appointment {
        id,
        step_id,
        on_date,
        at_time,
        place,
        organisation,
        interpreter_needed: interpreter != 0,
        interpreter_arranged: arranged != 0,
        bring,
        note,
    })
    .collect();
    let organisations =
        sqlx::query_as::<_, (i64, String)>("SELECT id, name FROM organisations ORDER BY name")
            .fetch_all(&mut *tx)
            .await?;
    Ok(PlanDetail {
        head,
        versions,
        goals,
        appointments,
        organisations,
        custom: catalogues::custom_entries_in(&mut *tx).await?,
        today: input::today().to_string(),
    })
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: i64,
    number: i64,
    agreed: i64,
    agreed_on: Option<String>,
    agreed_how: Option<String>,
    interpreter_language: Option<String>,
    review_due: Option<String>,
}

async fn version_list(
    conn: &mut AnyConnection,
    case_id: i64,
) -> Result<Vec<PlanVersion>, AppError> {
    let rows = sqlx::query_as::<_, VersionRow>(
        "SELECT id, number, agreed, agreed_on, agreed_how, interpreter_language, review_due
         FROM plan_versions WHERE case_id = $1 ORDER BY number DESC",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| PlanVersion {
            id: r.id,
            number: r.number,
            agreed: r.agreed != 0,
            agreed_on: r.agreed_on,
            agreed_how: r.agreed_how,
            interpreter_language: r.interpreter_language,
            review_due: r.review_due,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct GoalRow {
    id: i64,
    domain: String,
    level: String,
    template: Option<String>,
    client_words: String,
    plain_wording: String,
    success_criterion: String,
    start_date: Option<String>,
    target_date: Option<String>,
    status: String,
    status_reason: Option<String>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct StepRow {
    id: i64,
    goal_id: i64,
    service_type: String,
    detail: String,
    responsible_kind: String,
    responsible_organisation_id: Option<i64>,
    organisation_name: Option<String>,
    due_date: Option<String>,
    status: String,
    status_note: Option<String>,
    appeal_deadline: Option<String>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct HistoryRow {
    step_id: i64,
    from_status: Option<String>,
    to_status: String,
    note: Option<String>,
    appeal_deadline: Option<String>,
    display_name: String,
    changed_at: i64,
}

/// The goals of a case with their steps and each step's status history: three queries,
/// whatever the number of goals and steps.
pub(crate) async fn goals_with_steps(
    conn: &mut AnyConnection,
    case_id: i64,
) -> Result<Vec<Goal>, AppError> {
    let goal_rows = sqlx::query_as::<_, GoalRow>(
        "SELECT id, domain, level, template, client_words, plain_wording, success_criterion,
                start_date, target_date, status, status_reason, version
         FROM goals WHERE case_id = $1 ORDER BY id",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let step_rows = sqlx::query_as::<_, StepRow>(
        "SELECT s.id, s.goal_id, s.service_type, s.detail, s.responsible_kind,
                s.responsible_organisation_id, o.name AS organisation_name, s.due_date, s.status,
                s.status_note, s.appeal_deadline, s.version
         FROM steps s LEFT JOIN organisations o ON o.id = s.responsible_organisation_id
         WHERE s.case_id = $1 ORDER BY s.id",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let history_rows = sqlx::query_as::<_, HistoryRow>(
        "SELECT h.step_id, h.from_status, h.to_status, h.note, h.appeal_deadline, u.display_name, h.changed_at
         FROM step_status_changes h JOIN users u ON u.id = h.changed_by
         WHERE h.case_id = $1 ORDER BY h.changed_at, h.id",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut steps: Vec<Step> = step_rows
        .into_iter()
        .map(|r| Step {
            id: r.id,
            goal_id: r.goal_id,
            service_type: r.service_type,
            detail: r.detail,
            responsible_kind: r.responsible_kind,
            responsible_organisation_id: r.responsible_organisation_id,
            responsible_organisation: r.organisation_name,
            due_date: r.due_date,
            status: r.status,
            status_note: r.status_note,
            appeal_deadline: r.appeal_deadline,
            history: Vec::new(),
            version: r.version,
        })
        .collect();
    for h in history_rows {
        if let Some(step) = steps.iter_mut().find(|s| s.id == h.step_id) {
            step.history.push(StatusChange {
                from_status: h.from_status,
                to_status: h.to_status,
                note: h.note,
                appeal_deadline: h.appeal_deadline,
                changed_by: h.display_name,
                changed_at: h.changed_at,
            });
        }
    }
    Ok(goal_rows
        .into_iter()
        .map(|r| Goal {
            id: r.id,
            steps: steps
                .iter()
                .filter(|s| s.goal_id == r.id)
                .cloned()
                .collect(),
            domain: r.domain,
            level: r.level,
            template: r.template,
            client_words: r.client_words,
            plain_wording: r.plain_wording,
            success_criterion: r.success_criterion,
            start_date: r.start_date,
            target_date: r.target_date,
            status: r.status,
            status_reason: r.status_reason,
            version: r.version,
        })
        .collect())
}

/// One row of a step's status history, written beside the change of the step itself.
pub(crate) struct NewStatusChange<'a> {
    pub step_id: i64,
    pub case_id: i64,
    pub from: Option<&'a str>,
    pub to: StepStatus,
    pub note: Option<&'a str>,
    pub appeal_deadline: Option<&'a str>,
    pub actor_id: i64,
    pub at: i64,
}

pub(crate) async fn record_status_change(
    conn: &mut AnyConnection,
    change: &NewStatusChange<'_>,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO step_status_changes (step_id, case_id, from_status, to_status, note, appeal_deadline,
             changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(change.step_id)
    .bind(change.case_id)
    .bind(change.from)
    .bind(change.to.as_str())
    .bind(change.note)
    .bind(change.appeal_deadline)
    .bind(change.actor_id)
    .bind(change.at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Makes sure the newest plan version is a draft: editing an agreed plan (or a case without
/// a plan) starts a new draft version.
async fn ensure_draft(
    tx: &mut AnyConnection,
    case_id: i64,
    actor: &CurrentUser,
) -> Result<(), AppError> {
    let newest: Option<(i64, i64)> = sqlx::query_as(
        "SELECT number, agreed FROM plan_versions WHERE case_id = $1 ORDER BY number DESC LIMIT 1",
    )
    .bind(case_id)
    .fetch_optional(&mut *tx)
    .await?;
    let number = match newest {
        Some((_, 0)) => return Ok(()),
        Some((number, _)) => number + 1,
        None => 1,
    };
    sqlx::query(
        "INSERT INTO plan_versions (case_id, number, created_by, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(case_id)
    .bind(number)
    .bind(actor.id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// One goal with its steps, as stored now.
async fn goal(conn: &mut AnyConnection, goal_id: i64) -> Result<Goal, AppError> {
    let case_id: i64 = sqlx::query_scalar("SELECT case_id FROM goals WHERE id = $1")
        .bind(goal_id)
        .fetch_one(&mut *conn)
        .await?;
    goals_with_steps(conn, case_id)
        .await?
        .into_iter()
        .find(|g| g.id == goal_id)
        .ok_or(AppError::NotFound)
}

/// One step, as stored now.
async fn step(conn: &mut AnyConnection, step_id: i64) -> Result<Step, AppError> {
    let case_id: i64 = sqlx::query_scalar("SELECT case_id FROM steps WHERE id = $1")
        .bind(step_id)
        .fetch_one(&mut *conn)
        .await?;
    goals_with_steps(conn, case_id)
        .await?
        .into_iter()
        .flat_map(|g| g.steps)
        .find(|s| s.id == step_id)
        .ok_or(AppError::NotFound)
}
