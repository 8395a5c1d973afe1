//! Agreed versions of the plan: agreeing the draft (a snapshot of its goals and steps),
//! reading an earlier version and what changed between two versions.

use chrono::{Months, NaiveDate};
use sqlx::AnyConnection;

use super::{goals_with_steps, plan_in};
use crate::error::AppError;
use crate::models::catalogue;
use crate::models::{ChangeKind, CurrentUser, Goal, PlanChange, PlanDetail, PlanDiff, Step};
use crate::server::infra::concurrency::Versioned;
use crate::server::infra::db::Db;
use crate::server::infra::fields::catalogues::ConsentMethod;
use crate::server::infra::fields::{Code, LanguageCode};
use crate::server::infra::input;
use crate::server::{casework::cases, policy};

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
    let how = Code::<ConsentMethod>::required(how, "agreed_how", &[])?;
    let interpreter = LanguageCode::parse(interpreter_language, "interpreter_language")?;
    if how.as_str() == "oral-interpreter" && interpreter.is_none() {
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
    let goals = goals_with_steps(&mut tx, case_id).await?;
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
    .bind(how.as_str())
    .bind(interpreter.as_ref().map(LanguageCode::as_str))
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
        Some(None) => goals_with_steps(conn, case_id).await.map(snapshot_of),
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
        None => snapshot_of(goals_with_steps(&mut tx, case_id).await?),
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

/// A goal's content and status, as a comparison of versions names them.
fn goal_fields(g: &Goal) -> Vec<(&'static str, String)> {
    let mut fields = g.fields();
    fields.push(("field-goal-status", g.status.clone()));
    fields
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
