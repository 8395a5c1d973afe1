//! My plan in the portal: goals and steps (my own open steps first), appointments, and
//! marking one of my steps done.

use crate::error::AppError;
use crate::models::{
    PortalAppointment, PortalAppointments, PortalClient, PortalGoal, PortalPlan, PortalStep,
    StepStatus,
};
use crate::server::infra::db::{now_ms, Db, Tx};
use crate::server::{admin::catalogues, casework::cases, casework::plans, infra::input, policy};

use super::translations::{staff_text, translations_of};
use super::{tell_case_manager, FollowUp, CLIENT_CASES, CLIENT_RESPONSIBLE};

#[derive(sqlx::FromRow)]
struct StepRow {
    id: i64,
    goal_id: i64,
    service_type: String,
    detail: String,
    responsible_kind: String,
    organisation: Option<String>,
    due_date: Option<String>,
    status: String,
}

pub(super) async fn plan_in(tx: &mut Tx, client: &PortalClient) -> Result<PortalPlan, AppError> {
    let goals = sqlx::query_as::<
        _,
        (
            i64,
            String,
            String,
            String,
            Option<String>,
            String,
            Option<String>,
        ),
    >(&format!(
        "SELECT g.id, g.domain, g.plain_wording, g.client_words, g.target_date, g.status,
                    g.template
             FROM goals g WHERE g.case_id IN ({CLIENT_CASES})
             ORDER BY g.target_date IS NULL, g.target_date, g.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let steps = sqlx::query_as::<_, StepRow>(&format!(
        "SELECT s.id, s.goal_id, s.service_type, s.detail, s.responsible_kind,
                o.name AS organisation, s.due_date, s.status
         FROM steps s LEFT JOIN organisations o ON o.id = s.responsible_organisation_id
         WHERE s.case_id IN ({CLIENT_CASES})
         ORDER BY s.due_date IS NULL, s.due_date, s.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut records: Vec<String> = goals.iter().map(|g| format!("goal:{}", g.0)).collect();
    records.extend(steps.iter().map(|s| format!("step:{}", s.id)));
    let map = translations_of(tx, &records).await?;
    let steps: Vec<PortalStep> = steps
        .into_iter()
        .map(|s| {
            let record = format!("step:{}", s.id);
            let open = !StepStatus::parse(&s.status).is_some_and(StepStatus::is_finished);
            PortalStep {
                id: s.id,
                goal_id: s.goal_id,
                detail: (!s.detail.trim().is_empty())
                    .then(|| staff_text(&map, &record, "detail", s.detail)),
                mine: open && s.responsible_kind == CLIENT_RESPONSIBLE,
                service_type: s.service_type,
                responsible_kind: s.responsible_kind,
                organisation: s.organisation,
                due_date: s.due_date,
                status: s.status,
            }
        })
        .collect();
    let next = steps.iter().filter(|s| s.mine).cloned().collect();
    let goals = goals
        .into_iter()
        .map(
            |(id, domain, plain, words, target_date, status, template)| {
                let wording = if plain.trim().is_empty() {
                    words
                } else {
                    plain
                };
                PortalGoal {
                    wording: (!wording.trim().is_empty())
                        .then(|| staff_text(&map, &format!("goal:{id}"), "plain_wording", wording)),
                    template: template.filter(|t| !t.is_empty()),
                    steps: steps.iter().filter(|s| s.goal_id == id).cloned().collect(),
                    id,
                    domain,
                    target_date,
                    status,
                }
            },
        )
        .collect();
    Ok(PortalPlan {
        first_name: client.first_name.clone(),
        next,
        goals,
        custom: catalogues::custom_entries_in(tx).await?,
    })
}

/// My plan: goals and steps, my own open steps first.
pub async fn plan(db: &Db, client: &PortalClient) -> Result<PortalPlan, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let plan = plan_in(&mut tx, client).await?;
    grant.audit(&mut tx, "plan", None, "read").await?;
    tx.commit().await?;
    Ok(plan)
}

#[derive(sqlx::FromRow)]
struct AppointmentRow {
    id: i64,
    on_date: String,
    at_time: Option<String>,
    place: String,
    organisation: Option<String>,
    bring: Option<String>,
    note: Option<String>,
    interpreter_needed: i64,
    interpreter_arranged: i64,
}

pub(super) async fn appointments_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<PortalAppointments, AppError> {
    let rows = sqlx::query_as::<_, AppointmentRow>(&format!(
        "SELECT a.id, a.on_date, a.at_time, a.place, o.name AS organisation, a.bring, a.note,
                a.interpreter_needed, a.interpreter_arranged
         FROM appointments a LEFT JOIN organisations o ON o.id = a.organisation_id
         WHERE a.case_id IN ({CLIENT_CASES})
         ORDER BY a.on_date, a.at_time, a.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let records: Vec<String> = rows
        .iter()
        .map(|r| format!("appointment:{}", r.id))
        .collect();
    let map = translations_of(tx, &records).await?;
    let today = input::today().to_string();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for r in rows {
        let record = format!("appointment:{}", r.id);
        let text = |field: &str, value: Option<String>| {
            value
                .filter(|v| !v.trim().is_empty())
                .map(|v| staff_text(&map, &record, field, v))
        };
        let appointment = PortalAppointment {
            id: r.id,
            place: staff_text(&map, &record, "place", r.place.clone()),
            bring: text("bring", r.bring),
            note: text("note", r.note),
            on_date: r.on_date,
            at_time: r.at_time,
            organisation: r.organisation,
            interpreter_needed: r.interpreter_needed != 0,
            interpreter_arranged: r.interpreter_arranged != 0,
        };
        if appointment.on_date >= today {
            upcoming.push(appointment);
        } else {
            past.push(appointment);
        }
    }
    past.reverse();
    let (reminder_email, reminders) = super::reminders::state(tx, client.client_id).await?;
    Ok(PortalAppointments {
        upcoming,
        past,
        reminder_email,
        reminders,
    })
}

pub async fn appointments(db: &Db, client: &PortalClient) -> Result<PortalAppointments, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = appointments_in(&mut tx, client).await?;
    grant.audit(&mut tx, "appointments", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

/// Marks one of my own open steps done; my case manager gets a follow-up.
pub async fn mark_step_done(db: &Db, client: &PortalClient, step_id: i64) -> Result<(), AppError> {
    let (mut tx, grant) =
        policy::portal_record(db, client, policy::PortalRecord::Step, step_id).await?;
    let (case_id, kind, status, owner_id) = sqlx::query_as::<_, (i64, String, String, i64)>(
        "SELECT s.case_id, s.responsible_kind, s.status, k.owner_id
         FROM steps s JOIN cases k ON k.id = s.case_id WHERE s.id = $1",
    )
    .bind(step_id)
    .fetch_one(&mut *tx)
    .await?;
    if kind != CLIENT_RESPONSIBLE || StepStatus::parse(&status).is_some_and(StepStatus::is_finished)
    {
        return Err(AppError::invalid("step", "error-choose-option"));
    }
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE steps SET status = $4, status_changed_at = $1, updated_at = $1,
             version = version + 1
         WHERE id = $2 AND status = $3",
    )
    .bind(now)
    .bind(step_id)
    .bind(&status)
    .bind(StepStatus::Completed.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("step", "error-choose-option"));
    }
    plans::record_status_change(
        &mut tx,
        &plans::NewStatusChange {
            step_id,
            case_id,
            from: Some(&status),
            to: StepStatus::Completed,
            note: Some(crate::models::CLIENT_PORTAL_NOTE),
            appeal_deadline: None,
            actor_id: owner_id,
            at: now,
        },
    )
    .await?;
    cases::touch(&mut tx, case_id).await?;
    tell_case_manager(&mut tx, case_id, owner_id, FollowUp::StepDone, None, None).await?;
    grant
        .audit(&mut tx, "step", Some(step_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}
