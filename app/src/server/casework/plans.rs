//! The integration plan: goals, steps and their status history, agreed versions and what
//! changed between them, appointments.
//!
//! Goals and steps are edited in place. Editing the content of an agreed plan starts a new
//! draft version; agreeing a draft stores a JSON snapshot of its goals and steps, so earlier
//! versions stay readable and comparable. Status changes are progress, not plan changes:
//! they are recorded with their time but do not start a new version.

use chrono::{Months, NaiveDate};

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue::{self, CustomEntry};
pub use crate::models::AppointmentInput;
pub use crate::models::GoalInput;
pub use crate::models::StepInput;
use crate::models::{
    Appointment, ChangeKind, CurrentUser, Goal, GoalStatus, PlanChange, PlanDetail, PlanDiff,
    PlanVersion, StatusChange, Step, StepStatus,
};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::input::{self, conflict};
use crate::server::{admin::catalogues, casework::cases, policy};

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
    let versions = versions(&mut *tx, case_id).await?;
    let goals = goals(&mut *tx, case_id).await?;
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

async fn versions(conn: &mut AnyConnection, case_id: i64) -> Result<Vec<PlanVersion>, AppError> {
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
pub(crate) async fn goals(conn: &mut AnyConnection, case_id: i64) -> Result<Vec<Goal>, AppError> {
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

struct ValidGoal {
    domain: String,
    level: String,
    template: Option<String>,
    client_words: String,
    plain_wording: String,
    success_criterion: String,
    start_date: Option<String>,
    target_date: Option<String>,
}

fn validate_goal(
    form: &GoalInput,
    custom: &[CustomEntry],
    creating: bool,
) -> Result<ValidGoal, AppError> {
    let domain = input::required_code(&form.domain, "domain", catalogue::DOMAIN, custom)?;
    let level = input::required_code(&form.level, "level", catalogue::GOAL_LEVEL, custom)?;
    let template = input::code(&form.template, "template", catalogue::GOAL_TEMPLATE, custom)?;
    let client_words = input::text(&form.client_words, "client_words", 2_000)?;
    let plain_wording = input::text(&form.plain_wording, "plain_wording", 2_000)?;
    if template.is_none() && client_words.is_empty() && plain_wording.is_empty() {
        return Err(AppError::invalid("plain_wording", "error-goal-empty"));
    }
    let success_criterion = input::text(&form.success_criterion, "success_criterion", 2_000)?;
    let start = input::date(&form.start_date, "start_date")?;
    let target = input::date(&form.target_date, "target_date")?;
    if let (Some(start), Some(target)) = (start, target) {
        if target < start {
            return Err(AppError::invalid(
                "target_date",
                "error-target-before-start",
            ));
        }
    }
    if creating && target.is_some_and(|t| t < input::today()) {
        return Err(AppError::invalid("target_date", "error-date-in-past"));
    }
    Ok(ValidGoal {
        domain,
        level,
        template,
        client_words,
        plain_wording,
        success_criterion,
        start_date: start.map(|d| d.to_string()),
        target_date: target.map(|d| d.to_string()),
    })
}

/// Adds a goal (status open) to a case's plan; returns its id.
pub async fn add_goal(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    form: &GoalInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    let g = validate_goal(form, &custom, true)?;
    let now = now_ms();
    ensure_draft(&mut tx, case_id, actor).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO goals (case_id, domain, level, template, client_words, plain_wording, success_criterion,
             start_date, target_date, status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $12, $10, $11, $11) RETURNING id",
    )
    .bind(case_id)
    .bind(&g.domain)
    .bind(&g.level)
    .bind(&g.template)
    .bind(&g.client_words)
    .bind(&g.plain_wording)
    .bind(&g.success_criterion)
    .bind(&g.start_date)
    .bind(&g.target_date)
    .bind(actor.id)
    .bind(now)
    .bind(GoalStatus::Open.as_str())
    .fetch_one(&mut *tx)
    .await?;
    cases::touch(&mut tx, case_id).await?;
    grant.audit(&mut tx, "goal", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

async fn goal(conn: &mut AnyConnection, goal_id: i64) -> Result<Goal, AppError> {
    let case_id: i64 = sqlx::query_scalar("SELECT case_id FROM goals WHERE id = $1")
        .bind(goal_id)
        .fetch_one(&mut *conn)
        .await?;
    goals(conn, case_id)
        .await?
        .into_iter()
        .find(|g| g.id == goal_id)
        .ok_or(AppError::NotFound)
}

fn goal_conflict(stored: &Goal, sent: &ValidGoal) -> AppError {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    conflict(
        &[
            ("field-domain", stored.domain.clone(), sent.domain.clone()),
            ("field-goal-level", stored.level.clone(), sent.level.clone()),
            (
                "field-goal-template",
                text(&stored.template),
                text(&sent.template),
            ),
            (
                "field-client-words",
                stored.client_words.clone(),
                sent.client_words.clone(),
            ),
            (
                "field-plain-wording",
                stored.plain_wording.clone(),
                sent.plain_wording.clone(),
            ),
            (
                "field-success-criterion",
                stored.success_criterion.clone(),
                sent.success_criterion.clone(),
            ),
            (
                "field-start-date",
                text(&stored.start_date),
                text(&sent.start_date),
            ),
            (
                "field-target-date",
                text(&stored.target_date),
                text(&sent.target_date),
            ),
        ],
        stored.version,
    )
}

/// Changes a goal's content, unless someone else changed it since `version` was loaded.
pub async fn update_goal(
    db: &Db,
    actor: &CurrentUser,
    goal_id: i64,
    version: i64,
    form: &GoalInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, case_id) = policy::goal(db, actor, goal_id).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    let g = validate_goal(form, &custom, false)?;
    let stored = goal(&mut tx, goal_id).await?;
    if stored.version != version {
        return Err(goal_conflict(&stored, &g));
    }
    let changed = sqlx::query(
        "UPDATE goals SET domain = $1, level = $2, template = $3, client_words = $4, plain_wording = $5,
             success_criterion = $6, start_date = $7, target_date = $8, updated_at = $9, version = version + 1
         WHERE id = $10 AND version = $11",
    )
    .bind(&g.domain)
    .bind(&g.level)
    .bind(&g.template)
    .bind(&g.client_words)
    .bind(&g.plain_wording)
    .bind(&g.success_criterion)
    .bind(&g.start_date)
    .bind(&g.target_date)
    .bind(now_ms())
    .bind(goal_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(goal_conflict(&goal(&mut tx, goal_id).await?, &g));
    }
    ensure_draft(&mut tx, case_id, actor).await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "goal", Some(goal_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// Removes a goal and its steps from the draft (agreed versions keep them in their snapshot).
pub async fn remove_goal(db: &Db, actor: &CurrentUser, goal_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, case_id) = policy::goal(db, actor, goal_id).await?;
    ensure_draft(&mut tx, case_id, actor).await?;
    sqlx::query("DELETE FROM goals WHERE id = $1")
        .bind(goal_id)
        .execute(&mut *tx)
        .await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "goal", Some(goal_id), "delete")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Records a goal's progress; "dropped" needs a reason.
pub async fn set_goal_status(
    db: &Db,
    actor: &CurrentUser,
    goal_id: i64,
    version: i64,
    status: &str,
    reason: &str,
) -> Result<i64, AppError> {
    let (mut tx, grant, case_id) = policy::goal(db, actor, goal_id).await?;
    let status = GoalStatus::from_input(status, "goal_status")?;
    let reason = input::optional(reason, "status_reason", 2_000)?;
    if status.needs_reason() && reason.is_none() {
        return Err(AppError::invalid("status_reason", "error-reason-required"));
    }
    let changed = sqlx::query(
        "UPDATE goals SET status = $1, status_reason = $2, updated_at = $3, version = version + 1
         WHERE id = $4 AND version = $5",
    )
    .bind(status.as_str())
    .bind(&reason)
    .bind(now_ms())
    .bind(goal_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        let stored = goal(&mut tx, goal_id).await?;
        return Err(conflict(
            &[("field-goal-status", stored.status, status.to_string())],
            stored.version,
        ));
    }
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "goal", Some(goal_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

struct ValidStep {
    service_type: String,
    detail: String,
    responsible_kind: String,
    organisation_id: Option<i64>,
    due_date: Option<String>,
}

async fn validate_step(
    conn: &mut AnyConnection,
    form: &StepInput,
    custom: &[CustomEntry],
    creating: bool,
) -> Result<ValidStep, AppError> {
    let service_type = input::required_code(
        &form.service_type,
        "service_type",
        catalogue::SERVICE,
        custom,
    )?;
    let detail = input::text(&form.detail, "detail", 2_000)?;
    let responsible_kind = input::required_code(
        &form.responsible_kind,
        "responsible_kind",
        catalogue::RESPONSIBLE,
        custom,
    )?;
    let organisation_id = if responsible_kind == "organisation" {
        let id = input::number(
            &form.responsible_organisation_id,
            "responsible_organisation_id",
            1..=i64::MAX,
        )?
        .ok_or_else(|| {
            AppError::invalid("responsible_organisation_id", "error-organisation-required")
        })?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        Some(exists.ok_or_else(|| {
            AppError::invalid("responsible_organisation_id", "error-choose-from-list")
        })?)
    } else {
        None
    };
    let due = input::date(&form.due_date, "due_date")?;
    if creating && due.is_some_and(|d| d < input::today()) {
        return Err(AppError::invalid("due_date", "error-date-in-past"));
    }
    Ok(ValidStep {
        service_type,
        detail,
        responsible_kind,
        organisation_id,
        due_date: due.map(|d| d.to_string()),
    })
}

/// Adds a step (status planned) to a goal; returns its id.
pub async fn add_step(
    db: &Db,
    actor: &CurrentUser,
    goal_id: i64,
    form: &StepInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, case_id) = policy::goal(db, actor, goal_id).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    let s = validate_step(&mut tx, form, &custom, true).await?;
    let now = now_ms();
    ensure_draft(&mut tx, case_id, actor).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO steps (goal_id, case_id, service_type, detail, responsible_kind, responsible_organisation_id,
             due_date, status, status_changed_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $10, $8, $9, $8, $8) RETURNING id",
    )
    .bind(goal_id)
    .bind(case_id)
    .bind(&s.service_type)
    .bind(&s.detail)
    .bind(&s.responsible_kind)
    .bind(s.organisation_id)
    .bind(&s.due_date)
    .bind(now)
    .bind(actor.id)
    .bind(StepStatus::Planned.as_str())
    .fetch_one(&mut *tx)
    .await?;
    record_status_change(
        &mut tx,
        &NewStatusChange {
            step_id: id,
            case_id,
            from: None,
            to: StepStatus::Planned,
            note: None,
            appeal_deadline: None,
            actor_id: actor.id,
            at: now,
        },
    )
    .await?;
    cases::touch(&mut tx, case_id).await?;
    grant.audit(&mut tx, "step", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

async fn step(conn: &mut AnyConnection, step_id: i64) -> Result<Step, AppError> {
    let case_id: i64 = sqlx::query_scalar("SELECT case_id FROM steps WHERE id = $1")
        .bind(step_id)
        .fetch_one(&mut *conn)
        .await?;
    goals(conn, case_id)
        .await?
        .into_iter()
        .flat_map(|g| g.steps)
        .find(|s| s.id == step_id)
        .ok_or(AppError::NotFound)
}

fn step_conflict(stored: &Step, sent: &ValidStep) -> AppError {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    let org = |o: Option<i64>| o.map(|o| o.to_string()).unwrap_or_default();
    conflict(
        &[
            (
                "field-service-type",
                stored.service_type.clone(),
                sent.service_type.clone(),
            ),
            (
                "field-step-detail",
                stored.detail.clone(),
                sent.detail.clone(),
            ),
            (
                "field-responsible",
                stored.responsible_kind.clone(),
                sent.responsible_kind.clone(),
            ),
            (
                "field-responsible-organisation",
                org(stored.responsible_organisation_id),
                org(sent.organisation_id),
            ),
            (
                "field-due-date",
                text(&stored.due_date),
                text(&sent.due_date),
            ),
        ],
        stored.version,
    )
}

/// Changes a step's content, unless someone else changed it since `version` was loaded.
pub async fn update_step(
    db: &Db,
    actor: &CurrentUser,
    step_id: i64,
    version: i64,
    form: &StepInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, case_id) = policy::step(db, actor, step_id).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    let s = validate_step(&mut tx, form, &custom, false).await?;
    let stored = step(&mut tx, step_id).await?;
    if stored.version != version {
        return Err(step_conflict(&stored, &s));
    }
    let changed = sqlx::query(
        "UPDATE steps SET service_type = $1, detail = $2, responsible_kind = $3, responsible_organisation_id = $4,
             due_date = $5, updated_at = $6, version = version + 1
         WHERE id = $7 AND version = $8",
    )
    .bind(&s.service_type)
    .bind(&s.detail)
    .bind(&s.responsible_kind)
    .bind(s.organisation_id)
    .bind(&s.due_date)
    .bind(now_ms())
    .bind(step_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(step_conflict(&step(&mut tx, step_id).await?, &s));
    }
    ensure_draft(&mut tx, case_id, actor).await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "step", Some(step_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// Records a step's new status with its time. "completed" needs the result, "rejected" the
/// reason (and takes an appeal deadline).
pub async fn set_step_status(
    db: &Db,
    actor: &CurrentUser,
    step_id: i64,
    version: i64,
    status: &str,
    note: &str,
    appeal_deadline: &str,
) -> Result<i64, AppError> {
    let (mut tx, grant, case_id) = policy::step(db, actor, step_id).await?;
    let status = StepStatus::from_input(status, "step_status")?;
    let note = input::optional(note, "status_note", 2_000)?;
    if let (None, Some(id)) = (&note, status.note_required()) {
        return Err(AppError::invalid("status_note", id));
    }
    let appeal = input::date(appeal_deadline, "appeal_deadline")?
        .filter(|_| status.takes_appeal_deadline())
        .map(|d| d.to_string());
    let stored = step(&mut tx, step_id).await?;
    let status_conflict = |stored: Step| {
        conflict(
            &[("field-step-status", stored.status, status.to_string())],
            stored.version,
        )
    };
    if stored.version != version {
        return Err(status_conflict(stored));
    }
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE steps SET status = $1, status_note = $2, appeal_deadline = $3, status_changed_at = $4,
             updated_at = $4, version = version + 1
         WHERE id = $5 AND version = $6",
    )
    .bind(status.as_str())
    .bind(&note)
    .bind(&appeal)
    .bind(now)
    .bind(step_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(status_conflict(step(&mut tx, step_id).await?));
    }
    record_status_change(
        &mut tx,
        &NewStatusChange {
            step_id,
            case_id,
            from: Some(&stored.status),
            to: status,
            note: note.as_deref(),
            appeal_deadline: appeal.as_deref(),
            actor_id: actor.id,
            at: now,
        },
    )
    .await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "step", Some(step_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// The plan agreed with the client: the draft becomes an agreed version with a snapshot of
/// its goals and steps and a review date (default six months after agreement).
pub async fn agree(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    agreed_on: &str,
    how: &str,
    interpreter_language: &str,
    review_due: &str,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let agreed_on = input::date(agreed_on, "agreed_on")?
        .ok_or_else(|| AppError::invalid("agreed_on", "error-required"))?;
    if agreed_on > input::today() {
        return Err(AppError::invalid("agreed_on", "error-date-in-future"));
    }
    let how = input::required_code(how, "agreed_how", catalogue::CONSENT_METHOD, &[])?;
    let interpreter = input::language(interpreter_language, "interpreter_language")?;
    if how == "oral-interpreter" && interpreter.is_none() {
        return Err(AppError::invalid(
            "interpreter_language",
            "error-interpreter-language-required",
        ));
    }
    let review: NaiveDate = match input::date(review_due, "review_due")? {
        Some(date) => date,
        None => agreed_on
            .checked_add_months(Months::new(6))
            .unwrap_or(agreed_on),
    };
    if review <= agreed_on {
        return Err(AppError::invalid(
            "review_due",
            "error-review-before-agreement",
        ));
    }
    let goals = goals(&mut tx, case_id).await?;
    if goals.is_empty() {
        return Err(AppError::invalid("agreed_on", "error-plan-empty"));
    }
    let snapshot = serde_json::to_string(&snapshot_of(goals))
        .map_err(crate::server::infra::context::internal)?;
    let draft: Option<(i64, i64)> = sqlx::query_as(
        "SELECT id, number FROM plan_versions WHERE case_id = $1 AND agreed = 0 ORDER BY number DESC LIMIT 1",
    )
    .bind(case_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id, number)) = draft else {
        return Err(AppError::invalid(
            "agreed_on",
            "error-plan-nothing-to-agree",
        ));
    };
    let changed = sqlx::query(
        "UPDATE plan_versions SET agreed = 1, snapshot = $1, agreed_on = $2, agreed_how = $3,
             interpreter_language = $4, review_due = $5, agreed_by = $6
         WHERE id = $7 AND agreed = 0",
    )
    .bind(snapshot)
    .bind(agreed_on.to_string())
    .bind(&how)
    .bind(&interpreter)
    .bind(review.to_string())
    .bind(actor.id)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid(
            "agreed_on",
            "error-plan-nothing-to-agree",
        ));
    }
    cases::touch(&mut tx, case_id).await?;
    grant.audit(&mut tx, "plan", Some(case_id), "agree").await?;
    tx.commit().await?;
    Ok(number)
}

/// The plan page's data as it was in version `number`: that version's goals and steps (its
/// snapshot; a draft's are the current ones) and only that version in the list.
pub async fn detail_of_version(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    number: i64,
) -> Result<PlanDetail, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let mut plan = plan_in(&mut tx, case_id).await?;
    let snapshot: Option<Option<String>> =
        sqlx::query_scalar("SELECT snapshot FROM plan_versions WHERE case_id = $1 AND number = $2")
            .bind(case_id)
            .bind(number)
            .fetch_optional(&mut *tx)
            .await?;
    match snapshot {
        None => return Err(AppError::NotFound),
        Some(Some(json)) => {
            plan.goals =
                serde_json::from_str(&json).map_err(crate::server::infra::context::internal)?;
        }
        Some(None) => {}
    }
    plan.versions.retain(|v| v.number == number);
    grant
        .audit(&mut tx, "plan-version", Some(case_id), "read")
        .await?;
    tx.commit().await?;
    Ok(plan)
}

/// Goals and steps as an agreed version keeps them (without the status history).
fn snapshot_of(goals: Vec<Goal>) -> Vec<Goal> {
    goals
        .into_iter()
        .map(|mut g| {
            for s in &mut g.steps {
                s.history.clear();
            }
            g
        })
        .collect()
}

/// The goals of version `number` (a draft's are the current ones).
async fn version_goals(
    conn: &mut AnyConnection,
    case_id: i64,
    number: i64,
) -> Result<Vec<Goal>, AppError> {
    let snapshot: Option<Option<String>> =
        sqlx::query_scalar("SELECT snapshot FROM plan_versions WHERE case_id = $1 AND number = $2")
            .bind(case_id)
            .bind(number)
            .fetch_optional(&mut *conn)
            .await?;
    match snapshot {
        Some(Some(json)) => serde_json::from_str::<Vec<Goal>>(&json)
            .map_err(crate::server::infra::context::internal),
        // A draft version has no snapshot: its content is the plan as it is now.
        Some(None) => goals(conn, case_id).await.map(snapshot_of),
        None => Err(AppError::invalid("from", "error-choose-from-list")),
    }
}

/// What changed from version `from` to version `to` (`None`: the plan as it is now).
pub async fn diff(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    from: i64,
    to: Option<i64>,
) -> Result<PlanDiff, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let old = version_goals(&mut tx, case_id, from).await?;
    let new = match to {
        Some(number) => version_goals(&mut tx, case_id, number).await?,
        None => snapshot_of(goals(&mut tx, case_id).await?),
    };
    grant
        .audit(&mut tx, "plan", Some(case_id), "compare")
        .await?;
    tx.commit().await?;
    Ok(PlanDiff {
        from_number: from,
        to_number: to,
        changes: compare(&old, &new),
    })
}

fn goal_fields(g: &Goal) -> Vec<(&'static str, String)> {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    vec![
        ("field-domain", g.domain.clone()),
        ("field-goal-level", g.level.clone()),
        ("field-goal-template", text(&g.template)),
        ("field-client-words", g.client_words.clone()),
        ("field-plain-wording", g.plain_wording.clone()),
        ("field-success-criterion", g.success_criterion.clone()),
        ("field-start-date", text(&g.start_date)),
        ("field-target-date", text(&g.target_date)),
        ("field-goal-status", g.status.clone()),
    ]
}

fn step_fields(s: &Step) -> Vec<(&'static str, String)> {
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    vec![
        ("field-service-type", s.service_type.clone()),
        ("field-step-detail", s.detail.clone()),
        ("field-responsible", s.responsible_kind.clone()),
        (
            "field-responsible-organisation",
            text(&s.responsible_organisation),
        ),
        ("field-due-date", text(&s.due_date)),
        ("field-step-status", s.status.clone()),
    ]
}

fn goal_label(g: &Goal) -> (Option<(String, String)>, String) {
    let wording = if g.plain_wording.is_empty() {
        g.client_words.clone()
    } else {
        g.plain_wording.clone()
    };
    (
        g.template
            .clone()
            .map(|t| (catalogue::GOAL_TEMPLATE.to_owned(), t)),
        wording,
    )
}

fn field_changes(
    old: Vec<(&'static str, String)>,
    new: Vec<(&'static str, String)>,
) -> Vec<(String, String, String)> {
    old.into_iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| (field.to_owned(), a, b))
        .collect()
}

/// Goals and steps added, removed or changed between two versions (matched by id).
pub fn compare(old: &[Goal], new: &[Goal]) -> Vec<PlanChange> {
    let mut changes = Vec::new();
    let change = |kind: ChangeKind,
                  item: &str,
                  label: (Option<(String, String)>, String),
                  fields| PlanChange {
        kind,
        item: item.to_owned(),
        label_code: label.0,
        label: label.1,
        fields,
    };
    let step_label = |s: &Step| {
        (
            Some((catalogue::SERVICE.to_owned(), s.service_type.clone())),
            s.detail.clone(),
        )
    };
    for g in new {
        match old.iter().find(|o| o.id == g.id) {
            None => {
                changes.push(change(ChangeKind::Added, "goal", goal_label(g), Vec::new()));
                for s in &g.steps {
                    changes.push(change(ChangeKind::Added, "step", step_label(s), Vec::new()));
                }
            }
            Some(o) => {
                let fields = field_changes(goal_fields(o), goal_fields(g));
                if !fields.is_empty() {
                    changes.push(change(ChangeKind::Changed, "goal", goal_label(g), fields));
                }
                for s in &g.steps {
                    match o.steps.iter().find(|os| os.id == s.id) {
                        None => changes.push(change(
                            ChangeKind::Added,
                            "step",
                            step_label(s),
                            Vec::new(),
                        )),
                        Some(os) => {
                            let fields = field_changes(step_fields(os), step_fields(s));
                            if !fields.is_empty() {
                                changes.push(change(
                                    ChangeKind::Changed,
                                    "step",
                                    step_label(s),
                                    fields,
                                ));
                            }
                        }
                    }
                }
                for os in o
                    .steps
                    .iter()
                    .filter(|os| !g.steps.iter().any(|s| s.id == os.id))
                {
                    changes.push(change(
                        ChangeKind::Removed,
                        "step",
                        step_label(os),
                        Vec::new(),
                    ));
                }
            }
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|g| g.id == o.id)) {
        changes.push(change(
            ChangeKind::Removed,
            "goal",
            goal_label(o),
            Vec::new(),
        ));
    }
    changes
}

/// Checks that a step chosen in a form (if any) belongs to the case.
pub(crate) async fn step_of_case(
    conn: &mut sqlx::AnyConnection,
    step_id: Option<i64>,
    case_id: i64,
) -> Result<(), AppError> {
    let Some(step_id) = step_id else {
        return Ok(());
    };
    let step_case: Option<i64> = sqlx::query_scalar("SELECT case_id FROM steps WHERE id = $1")
        .bind(step_id)
        .fetch_optional(&mut *conn)
        .await?;
    if step_case != Some(case_id) {
        return Err(AppError::invalid("step_id", "error-choose-from-list"));
    }
    Ok(())
}

/// Adds an appointment to a case, optionally linked to one of its steps.
pub async fn add_appointment(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    form: &AppointmentInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let on_date = input::date(&form.on_date, "on_date")?
        .ok_or_else(|| AppError::invalid("on_date", "error-required"))?;
    if on_date < input::today() {
        return Err(AppError::invalid("on_date", "error-date-in-past"));
    }
    let at_time = input::time(&form.at_time, "at_time")?;
    let place = input::required(&form.place, "place", 300)?;
    let step_id = input::number(&form.step_id, "step_id", 1..=i64::MAX)?;
    step_of_case(&mut tx, step_id, case_id).await?;
    let organisation_id = input::number(&form.organisation_id, "organisation_id", 1..=i64::MAX)?;
    let note = input::optional(&form.note, "appointment_note", 1_000)?;
    let bring = input::optional(&form.bring, "bring", 500)?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO appointments (case_id, step_id, on_date, at_time, place, organisation_id, interpreter_needed,
             note, created_by, created_at, bring, interpreter_arranged)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(case_id)
    .bind(step_id)
    .bind(on_date.to_string())
    .bind(&at_time)
    .bind(&place)
    .bind(organisation_id)
    .bind(i64::from(form.interpreter_needed))
    .bind(&note)
    .bind(actor.id)
    .bind(now_ms())
    .bind(&bring)
    .bind(i64::from(form.interpreter_needed && form.interpreter_arranged))
    .fetch_one(&mut *tx)
    .await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "appointment", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}
