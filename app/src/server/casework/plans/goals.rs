//! A goal of the plan: adding it, changing its content under a version, removing it and
//! recording its progress.

use chrono::NaiveDate;

use super::{ensure_draft, goal};
use crate::error::AppError;
use crate::models::{CurrentUser, CustomEntry, Goal, GoalInput, GoalStatus};
use crate::server::infra::concurrency::{self, Versioned};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::catalogues::{Domain, GoalLevel, GoalTemplate};
use crate::server::infra::fields::{text_of, Code, Text};
use crate::server::infra::input;
use crate::server::{admin::catalogues, casework::cases, policy};

/// A goal as the form sent it, checked: only [`ValidGoal::parse`] builds it.
struct ValidGoal {
    domain: Code<Domain>,
    level: Code<GoalLevel>,
    template: Option<Code<GoalTemplate>>,
    client_words: Option<Text>,
    plain_wording: Option<Text>,
    success_criterion: Option<Text>,
    start_date: Option<NaiveDate>,
    target_date: Option<NaiveDate>,
}

impl ValidGoal {
    /// Checks the fields in the order the form shows them, so the first wrong one is named;
    /// `custom` holds the catalogue entries administrators added.
    fn parse(form: &GoalInput, custom: &[CustomEntry]) -> Result<Self, AppError> {
        let domain = Code::required(&form.domain, "domain", custom)?;
        let level = Code::required(&form.level, "level", custom)?;
        let template = Code::parse(&form.template, "template", custom)?;
        let client_words = Text::parse(&form.client_words, "client_words", 2_000)?;
        let plain_wording = Text::parse(&form.plain_wording, "plain_wording", 2_000)?;
        if template.is_none() && client_words.is_none() && plain_wording.is_none() {
            return Err(AppError::invalid("plain_wording", "error-goal-empty"));
        }
        let success_criterion = Text::parse(&form.success_criterion, "success_criterion", 2_000)?;
        let start_date = input::date(&form.start_date, "start_date")?;
        let target_date = input::date(&form.target_date, "target_date")?;
        if let (Some(start), Some(target)) = (start_date, target_date) {
            if target < start {
                return Err(AppError::invalid(
                    "target_date",
                    "error-target-before-start",
                ));
            }
        }
        Ok(ValidGoal {
            domain,
            level,
            template,
            client_words,
            plain_wording,
            success_criterion,
            start_date,
            target_date,
        })
    }

    /// A new goal cannot be due in the past (an existing one may have become overdue).
    fn check_target_ahead(&self) -> Result<(), AppError> {
        if self.target_date.is_some_and(|t| t < input::today()) {
            return Err(AppError::invalid("target_date", "error-date-in-past"));
        }
        Ok(())
    }
}

/// The fields of a goal's content, as an edit conflict and a comparison of versions name them.
const GOAL_FIELDS: [&str; 8] = [
    "field-domain",
    "field-goal-level",
    "field-goal-template",
    "field-client-words",
    "field-plain-wording",
    "field-success-criterion",
    "field-start-date",
    "field-target-date",
];

fn named(values: [String; 8]) -> Vec<(&'static str, String)> {
    GOAL_FIELDS.into_iter().zip(values).collect()
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

impl Versioned for ValidGoal {
    fn fields(&self) -> Vec<(&'static str, String)> {
        named([
            self.domain.as_str().to_owned(),
            self.level.as_str().to_owned(),
            text_of(&self.template),
            text_of(&self.client_words),
            text_of(&self.plain_wording),
            text_of(&self.success_criterion),
            date_text(self.start_date),
            date_text(self.target_date),
        ])
    }
}

/// A stored goal's content (its status is progress, not content).
impl Versioned for Goal {
    fn fields(&self) -> Vec<(&'static str, String)> {
        named([
            self.domain.clone(),
            self.level.clone(),
            text_of(&self.template),
            self.client_words.clone(),
            self.plain_wording.clone(),
            self.success_criterion.clone(),
            text_of(&self.start_date),
            text_of(&self.target_date),
        ])
    }
}

/// Binds a checked goal's content as `domain, level, template, client_words, plain_wording,
/// success_criterion, start_date, target_date`.
macro_rules! bind_goal {
    ($query:expr, $g:expr) => {
        $query
            .bind($g.domain.as_str())
            .bind($g.level.as_str())
            .bind($g.template.as_ref().map(Code::as_str))
            .bind(text_of(&$g.client_words))
            .bind(text_of(&$g.plain_wording))
            .bind(text_of(&$g.success_criterion))
            .bind($g.start_date.map(|d| d.to_string()))
            .bind($g.target_date.map(|d| d.to_string()))
    };
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
    let g = ValidGoal::parse(form, &custom)?;
    g.check_target_ahead()?;
    let now = now_ms();
    ensure_draft(&mut tx, case_id, actor).await?;
    let insert = sqlx::query_scalar(
        "INSERT INTO goals (domain, level, template, client_words, plain_wording, success_criterion,
             start_date, target_date, case_id, status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    );
    let id: i64 = bind_goal!(insert, g)
        .bind(case_id)
        .bind(GoalStatus::Open.as_str())
        .bind(actor.id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
    cases::touch(&mut tx, case_id).await?;
    grant.audit(&mut tx, "goal", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
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
    let g = ValidGoal::parse(form, &custom)?;
    let stored = goal(&mut tx, goal_id).await?;
    concurrency::check_version(&stored, stored.version, &g, version)?;
    let update = sqlx::query(
        "UPDATE goals SET domain = $1, level = $2, template = $3, client_words = $4, plain_wording = $5,
             success_criterion = $6, start_date = $7, target_date = $8, updated_at = $9, version = version + 1
         WHERE id = $10 AND version = $11",
    );
    let changed = bind_goal!(update, g)
        .bind(now_ms())
        .bind(goal_id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        // Someone saved between reading and writing: name what they stored.
        let now_stored = goal(&mut tx, goal_id).await?;
        return Err(concurrency::conflict(&now_stored, now_stored.version, &g));
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
        return Err(concurrency::conflict(
            &[("field-goal-status", stored.status)],
            stored.version,
            &[("field-goal-status", status.to_string())],
        ));
    }
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "goal", Some(goal_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}
