//! The case manager's start page: their own cases only, each list one query, none per row.
//! Each list is chosen and cut to its length before names are joined to the rows shown.

use chrono::Duration;

use crate::error::AppError;
use crate::models::{
    CasePhase, CurrentUser, Dashboard, DashboardAppointment, DashboardReview, DashboardStep,
    DashboardSteps, StepStatus,
};
use crate::server::infra::db::{code_list, code_literal, Db};
use crate::server::{admin::catalogues, casework::cases, consents_in_force, infra::input, policy};

/// How many entries each list shows.
const LIMIT: i64 = 20;

#[derive(sqlx::FromRow)]
struct StepRow {
    case_id: i64,
    given_names: String,
    family_name: String,
    service_type: String,
    due_date: Option<String>,
    status: String,
    organisation: Option<String>,
    /// How many steps match, however many are shown.
    total: i64,
}

/// The steps of the actor's open cases that `filter` selects, the first `limit` (a
/// parameter) in `order` (`s.` columns), with how many match in all. Names and organisations
/// are joined only to the rows shown: counting and sorting read steps and cases alone (at
/// 100,000 clients a case manager's overdue steps number in the hundreds).
fn step_sql(filter: &str, order: &str, limit: &str) -> String {
    format!(
        "SELECT s.case_id, c.given_names, c.family_name, s.service_type, s.due_date, s.status,
            o.name AS organisation, s.total
     FROM (SELECT s.id, s.case_id, k.client_id, s.service_type, s.due_date, s.status,
                  s.status_changed_at, s.responsible_organisation_id, COUNT(*) OVER () AS total
           FROM steps s
           JOIN cases k ON k.id = s.case_id
           WHERE k.owner_id = $1 AND k.phase <> {closed} AND {filter}
           ORDER BY {order} LIMIT {limit}) s
     JOIN clients c ON c.id = s.client_id
     LEFT JOIN organisations o ON o.id = s.responsible_organisation_id
     ORDER BY {order}",
        closed = code_literal(CasePhase::Closed)
    )
}

fn name(given: &str, family: &str) -> String {
    format!("{given} {family}").trim().to_owned()
}

/// The first [`LIMIT`] steps `sql` selects, and how many it selects in all.
async fn steps(
    conn: &mut sqlx::AnyConnection,
    sql: &str,
    owner: i64,
    date: Option<&str>,
) -> Result<DashboardSteps, AppError> {
    let mut query = sqlx::query_as::<_, StepRow>(sql).bind(owner);
    if let Some(date) = date {
        query = query.bind(date.to_owned());
    }
    let rows = query.bind(LIMIT).fetch_all(&mut *conn).await?;
    Ok(DashboardSteps {
        total: rows.first().map_or(0, |r| r.total),
        steps: rows
            .into_iter()
            .map(|r| DashboardStep {
                case_id: r.case_id,
                client_name: name(&r.given_names, &r.family_name),
                service_type: r.service_type,
                due_date: r.due_date,
                status: r.status,
                organisation: r.organisation,
            })
            .collect(),
    })
}

pub async fn load(db: &Db, actor: &CurrentUser) -> Result<Dashboard, AppError> {
    let (mut tx, grant) = policy::caseload(db, actor).await?;
    let today = input::today();
    let phases = sqlx::query_as::<_, (String, i64)>(
        "SELECT phase, COUNT(*) FROM cases WHERE owner_id = $1 AND phase <> $2 GROUP BY phase",
    )
    .bind(actor.id)
    .bind(CasePhase::Closed.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let phases = CasePhase::ALL
        .iter()
        .filter(|p| p.is_open())
        .map(|p| {
            let n = phases
                .iter()
                .find(|(q, _)| *q == *p)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (p.as_str().to_owned(), n)
        })
        .collect();
    let overdue_steps = steps(
        &mut tx,
        &step_sql(
            &format!(
                "s.due_date < $2 AND s.status NOT IN ({})",
                code_list(StepStatus::FINISHED)
            ),
            "s.due_date DESC, s.id",
            "$3",
        ),
        actor.id,
        Some(&today.to_string()),
    )
    .await?;
    let waiting_steps = steps(
        &mut tx,
        &step_sql(
            &format!(
                "s.responsible_kind = 'organisation' AND s.status IN ({})",
                code_list(StepStatus::WAITING)
            ),
            "s.status_changed_at, s.id",
            "$2",
        ),
        actor.id,
        None,
    )
    .await?;
    let reviews_due = sqlx::query_as::<_, (i64, String, String, String)>(&format!(
        "SELECT v.case_id, c.given_names, c.family_name, v.review_due
         FROM (SELECT k.id AS case_id, k.client_id, v.review_due
               FROM plan_versions v
               JOIN cases k ON k.id = v.case_id
               WHERE k.owner_id = $1 AND k.phase <> {} AND v.agreed = 1 AND v.review_due <= $2
                 AND v.number = (SELECT MAX(w.number) FROM plan_versions w
                                 WHERE w.case_id = v.case_id AND w.agreed = 1)
               ORDER BY v.review_due, k.id LIMIT $3) v
         JOIN clients c ON c.id = v.client_id
         ORDER BY v.review_due, v.case_id",
        code_literal(CasePhase::Closed)
    ))
    .bind(actor.id)
    .bind((today + Duration::days(14)).to_string())
    .bind(LIMIT)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(case_id, given, family, review_due)| DashboardReview {
        case_id,
        client_name: name(&given, &family),
        review_due,
    })
    .collect();
    let appointments = sqlx::query_as::<_, (i64, String, String, String, Option<String>, String)>(
        "SELECT a.case_id, c.given_names, c.family_name, a.on_date, a.at_time, a.place
         FROM (SELECT a.id, a.case_id, k.client_id, a.on_date, a.at_time, a.place
               FROM appointments a
               JOIN cases k ON k.id = a.case_id
               WHERE k.owner_id = $1 AND a.on_date >= $2 AND a.on_date < $3
               ORDER BY a.on_date, a.at_time, a.id LIMIT $4) a
         JOIN clients c ON c.id = a.client_id
         ORDER BY a.on_date, a.at_time, a.id",
    )
    .bind(actor.id)
    .bind(today.to_string())
    .bind((today + Duration::days(7)).to_string())
    .bind(LIMIT)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(
        |(case_id, given, family, on_date, at_time, place)| DashboardAppointment {
            case_id,
            client_name: name(&given, &family),
            on_date,
            at_time,
            place,
        },
    )
    .collect();
    let recent = cases::recent(&mut tx, actor.id, 10).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    let overdue_referrals =
        crate::server::network::referrals::overdue_sent(&mut tx, actor.id).await?;
    let follow_ups =
        crate::server::volunteers::open_follow_ups(&mut tx, Some(actor.id), None).await?;
    let held_cases: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT k.id FROM cases k JOIN client_holds h ON h.client_id = k.client_id
         WHERE k.owner_id = $1 AND {}",
        consents_in_force::hold_in_force("$2")
    ))
    .bind(actor.id)
    .bind(today.to_string())
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "dashboard", None, "list").await?;
    tx.commit().await?;
    Ok(Dashboard {
        phases,
        overdue_steps,
        waiting_steps,
        reviews_due,
        appointments,
        recent,
        custom,
        overdue_referrals,
        follow_ups,
        held_cases,
    })
}
