//! Appointments of a case, each optionally linked to a step of its plan.

use crate::error::AppError;
use crate::models::{AppointmentInput, CurrentUser};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::input;
use crate::server::{casework::cases, policy};

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
