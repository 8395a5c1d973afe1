//! A step towards a goal: adding it, changing its content under a version and recording
//! its status changes with their history.

use chrono::NaiveDate;
use sqlx::AnyConnection;

use super::{ensure_draft, record_status_change, step, NewStatusChange};
use crate::error::AppError;
use crate::models::{CurrentUser, CustomEntry, Step, StepInput, StepStatus};
use crate::server::infra::concurrency::{self, Versioned};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::catalogues::{Responsible, Service};
use crate::server::infra::fields::{text_of, Code, Text};
use crate::server::infra::input;
use crate::server::{admin::catalogues, casework::cases, policy};

/// A step as the form sent it, checked: only [`ValidStep::parse`] builds it.
struct ValidStep {
    service_type: Code<Service>,
    detail: Option<Text>,
    responsible: Code<Responsible>,
    /// Given exactly when an organisation is responsible.
    organisation_id: Option<i64>,
    due_date: Option<NaiveDate>,
}

impl ValidStep {
    /// Checks the fields in the order the form shows them, so the first wrong one is named;
    /// `custom` holds the catalogue entries administrators added.
    fn parse(form: &StepInput, custom: &[CustomEntry]) -> Result<Self, AppError> {
        let service_type = Code::required(&form.service_type, "service_type", custom)?;
        let detail = Text::parse(&form.detail, "detail", 2_000)?;
        let responsible: Code<Responsible> =
            Code::required(&form.responsible_kind, "responsible_kind", custom)?;
        let organisation_id = if responsible.as_str() == "organisation" {
            let field = "responsible_organisation_id";
            let id = input::number(&form.responsible_organisation_id, field, 1..=i64::MAX)?;
            Some(id.ok_or_else(|| AppError::invalid(field, "error-organisation-required"))?)
        } else {
            None
        };
        Ok(ValidStep {
            service_type,
            detail,
            responsible,
            organisation_id,
            due_date: input::date(&form.due_date, "due_date")?,
        })
    }

    /// The responsible organisation, if one is named, must exist.
    async fn check_organisation(&self, conn: &mut AnyConnection) -> Result<(), AppError> {
        let Some(id) = self.organisation_id else {
            return Ok(());
        };
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        match exists {
            Some(_) => Ok(()),
            None => Err(AppError::invalid(
                "responsible_organisation_id",
                "error-choose-from-list",
            )),
        }
    }

    /// A new step cannot be due in the past (an existing one may have become overdue).
    fn check_due_ahead(&self) -> Result<(), AppError> {
        if self.due_date.is_some_and(|d| d < input::today()) {
            return Err(AppError::invalid("due_date", "error-date-in-past"));
        }
        Ok(())
    }
}

/// The fields of a step's content an edit conflict names.
const STEP_FIELDS: [&str; 5] = [
    "field-service-type",
    "field-step-detail",
    "field-responsible",
    "field-responsible-organisation",
    "field-due-date",
];

fn named(values: [String; 5]) -> Vec<(&'static str, String)> {
    STEP_FIELDS.into_iter().zip(values).collect()
}

fn id_text(id: Option<i64>) -> String {
    id.map(|id| id.to_string()).unwrap_or_default()
}

impl Versioned for ValidStep {
    fn fields(&self) -> Vec<(&'static str, String)> {
        named([
            self.service_type.as_str().to_owned(),
            text_of(&self.detail),
            self.responsible.as_str().to_owned(),
            id_text(self.organisation_id),
            self.due_date.map(|d| d.to_string()).unwrap_or_default(),
        ])
    }
}

/// A stored step's content (its status is progress, not content).
impl Versioned for Step {
    fn fields(&self) -> Vec<(&'static str, String)> {
        named([
            self.service_type.clone(),
            self.detail.clone(),
            self.responsible_kind.clone(),
            id_text(self.responsible_organisation_id),
            text_of(&self.due_date),
        ])
    }
}

/// Binds a checked step's content as `service_type, detail, responsible_kind,
/// responsible_organisation_id, due_date`.
macro_rules! bind_step {
    ($query:expr, $s:expr) => {
        $query
            .bind($s.service_type.as_str())
            .bind(text_of(&$s.detail))
            .bind($s.responsible.as_str())
            .bind($s.organisation_id)
            .bind($s.due_date.map(|d| d.to_string()))
    };
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
    let s = ValidStep::parse(form, &custom)?;
    s.check_organisation(&mut tx).await?;
    s.check_due_ahead()?;
    let now = now_ms();
    ensure_draft(&mut tx, case_id, actor).await?;
    let insert = sqlx::query_scalar(
        "INSERT INTO steps (service_type, detail, responsible_kind, responsible_organisation_id, due_date,
             goal_id, case_id, status, status_changed_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $9) RETURNING id",
    );
    let id: i64 = bind_step!(insert, s)
        .bind(goal_id)
        .bind(case_id)
        .bind(StepStatus::Planned.as_str())
        .bind(now)
        .bind(actor.id)
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
    let s = ValidStep::parse(form, &custom)?;
    s.check_organisation(&mut tx).await?;
    let stored = step(&mut tx, step_id).await?;
    concurrency::check_version(&stored, stored.version, &s, version)?;
    let update = sqlx::query(
        "UPDATE steps SET service_type = $1, detail = $2, responsible_kind = $3, responsible_organisation_id = $4,
             due_date = $5, updated_at = $6, version = version + 1
         WHERE id = $7 AND version = $8",
    );
    let changed = bind_step!(update, s)
        .bind(now_ms())
        .bind(step_id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        // Someone saved between reading and writing: name what they stored.
        let now_stored = step(&mut tx, step_id).await?;
        return Err(concurrency::conflict(&now_stored, now_stored.version, &s));
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
    let sent = [("field-step-status", status.to_string())];
    let stored_status = |stored: &Step| [("field-step-status", stored.status.clone())];
    concurrency::check_version(&stored_status(&stored), stored.version, &sent, version)?;
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
        let now_stored = step(&mut tx, step_id).await?;
        let stored_fields = stored_status(&now_stored);
        return Err(concurrency::conflict(
            &stored_fields,
            now_stored.version,
            &sent,
        ));
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
