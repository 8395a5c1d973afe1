//! Volunteer tasks: a case manager offers a task for a client (accompany to an appointment,
//! help with a form, ...) to a volunteer network or one of its volunteers, with the client's
//! consent for volunteer support; volunteers accept or decline it and report when it is
//! done; a reported problem becomes a follow-up task for the case manager. A volunteer's
//! tablet sends each action under a key of its own, so a retried action is applied once.

use chrono::{Duration, NaiveDate};
use sqlx::AnyConnection;

use crate::error::AppError;
pub use crate::models::TaskInput;
use crate::models::{
    CaseVolunteerTask, CaseVolunteers, CurrentUser, FollowUp, OrganisationType, TaskActionResult,
    VolunteerNetwork, VolunteerTask, VolunteerTaskList,
};
use crate::models::{ConsentCategory, StepStatus, TaskAction, TaskStatus};
use crate::server::infra::db::{code_list, code_literal, id_list, is_unique_violation, now_ms, Db};
use crate::server::infra::fields::{catalogues::TaskKind, Code, Text};
use crate::server::policy;
use crate::server::{
    admin::catalogues, casework::cases, casework::holds, casework::plans, infra::input,
    network::consents,
};

/// A task as the case manager typed it, checked: only [`NewTask::try_from`] builds it. The
/// date and place may come from the linked appointment instead, so they are optional here.
#[derive(Debug, Clone)]
pub struct NewTask {
    kind: Code<TaskKind>,
    organisation_id: i64,
    offered_to: Option<i64>,
    step_id: Option<i64>,
    appointment_id: Option<i64>,
    on_date: Option<NaiveDate>,
    at_time: Option<String>,
    place: Option<Text>,
    bring: Option<Text>,
    note: Option<Text>,
}

impl TryFrom<&TaskInput> for NewTask {
    type Error = AppError;

    /// Checks the fields in the order the form shows them, so the first wrong one is named.
    fn try_from(form: &TaskInput) -> Result<Self, AppError> {
        let id = |text: &str, field: &str| input::number(text, field, 1..=i64::MAX);
        Ok(NewTask {
            kind: Code::required(&form.kind, "kind", &[])?,
            organisation_id: id(&form.organisation_id, "organisation_id")?.ok_or_else(|| {
                AppError::invalid("organisation_id", "error-volunteer-network-required")
            })?,
            offered_to: id(&form.offered_to, "offered_to")?,
            step_id: id(&form.step_id, "step_id")?,
            appointment_id: id(&form.appointment_id, "appointment_id")?,
            on_date: input::date(&form.on_date, "on_date")?,
            at_time: input::time(&form.at_time, "at_time")?,
            place: Text::parse(&form.place, "place", 300)?,
            bring: Text::parse(&form.bring, "bring", 500)?,
            note: Text::parse(&form.note, "task_note", 1_000)?,
        })
    }
}

/// Offers a task for the case's client to a volunteer network (or one of its volunteers).
/// The client's active consent for volunteer support to that network must cover name and
/// contact (identity); linked to an appointment, its date, time and place are taken unless
/// typed.
pub async fn create(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    form: &TaskInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let task = NewTask::try_from(form)?;
    let organisation_id = task.organisation_id;
    let network: Option<i64> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1 AND organisation_type = $2")
            .bind(organisation_id)
            .bind(OrganisationType::VolunteerNetwork.as_str())
            .fetch_optional(&mut *tx)
            .await?;
    if network.is_none() {
        return Err(AppError::invalid(
            "organisation_id",
            "error-choose-from-list",
        ));
    }
    if let Some(user_id) = task.offered_to {
        let volunteer: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM users
             WHERE id = $1 AND organisation_id = $2 AND role = 'volunteer' AND active = 1",
        )
        .bind(user_id)
        .bind(organisation_id)
        .fetch_optional(&mut *tx)
        .await?;
        if volunteer.is_none() {
            return Err(AppError::invalid("offered_to", "error-choose-from-list"));
        }
    }
    plans::step_of_case(&mut tx, task.step_id, case_id).await?;
    let appointment = match task.appointment_id {
        Some(id) => {
            let row: Option<(i64, String, Option<String>, String)> = sqlx::query_as(
                "SELECT case_id, on_date, at_time, place FROM appointments WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            match row {
                Some((case, on_date, at_time, place)) if case == case_id => {
                    Some((on_date, at_time, place))
                }
                _ => {
                    return Err(AppError::invalid(
                        "appointment_id",
                        "error-choose-from-list",
                    ))
                }
            }
        }
        None => None,
    };
    let on_date = match (task.on_date, &appointment) {
        (Some(date), _) => date,
        (None, Some((date, _, _))) => input::date(date, "on_date")?
            .ok_or_else(|| AppError::invalid("on_date", "error-required"))?,
        (None, None) => return Err(AppError::invalid("on_date", "error-required")),
    };
    if on_date < input::today() {
        return Err(AppError::invalid("on_date", "error-date-in-past"));
    }
    let at_time = task
        .at_time
        .clone()
        .or_else(|| appointment.as_ref().and_then(|a| a.1.clone()));
    let place = match (&task.place, &appointment) {
        (Some(place), _) => place.as_str().to_owned(),
        (None, Some((_, _, place))) => place.clone(),
        (None, None) => return Err(AppError::invalid("place", "error-required")),
    };
    holds::refuse_sharing_if_held(&mut tx, scope.client_id, "organisation_id").await?;
    let covered = consents::covered(
        &mut tx,
        scope.client_id,
        organisation_id,
        policy::VOLUNTEER_SUPPORT,
    )
    .await?;
    if !covered.iter().any(|c| *c == ConsentCategory::Identity) {
        return Err(AppError::invalid(
            "organisation_id",
            "error-volunteer-consent-missing",
        ));
    }
    let now = now_ms();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO volunteer_tasks (case_id, client_id, step_id, appointment_id, organisation_id,
             offered_to, kind, on_date, at_time, place, bring, note, status, created_by,
             created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $15, $13, $14, $14)
         RETURNING id",
    )
    .bind(case_id)
    .bind(scope.client_id)
    .bind(task.step_id)
    .bind(task.appointment_id)
    .bind(organisation_id)
    .bind(task.offered_to)
    .bind(task.kind.as_str())
    .bind(on_date.to_string())
    .bind(&at_time)
    .bind(&place)
    .bind(task.bring.as_ref().map(Text::as_str))
    .bind(task.note.as_ref().map(Text::as_str))
    .bind(actor.id)
    .bind(now)
    .bind(TaskStatus::Offered.as_str())
    .fetch_one(&mut *tx)
    .await?;
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "volunteer-task", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// The case manager withdraws a task that is not finished.
pub async fn cancel(db: &Db, actor: &CurrentUser, task_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, case_id) = policy::volunteer_task_case(db, actor, task_id).await?;
    let changed = sqlx::query(&format!(
        "UPDATE volunteer_tasks SET status = $3, updated_at = $1, version = version + 1
         WHERE id = $2 AND status IN ({})",
        code_list(TaskStatus::OPEN)
    ))
    .bind(now_ms())
    .bind(task_id)
    .bind(TaskStatus::Cancelled.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("status", "error-task-transition"));
    }
    cases::touch(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "volunteer-task", Some(task_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The volunteer page of a case: its tasks with answers and reports, the volunteer networks
/// (with what the client's consent covers), steps and appointments to link, and open
/// follow-ups.
pub async fn of_case(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<CaseVolunteers, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let head = cases::head(&mut tx, case_id).await?;
    type Row = (
        i64,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        i64,
        i64,
        Option<i64>,
        Option<i64>,
    );
    let tasks = sqlx::query_as::<_, Row>(
        "SELECT t.id, t.kind, t.on_date, t.at_time, t.place, t.bring, t.note, t.status, o.name,
                u.display_name, v.display_name, t.report, t.problem,
                (SELECT COUNT(*) FROM volunteer_task_declines d WHERE d.task_id = t.id),
                t.step_id, t.appointment_id
         FROM volunteer_tasks t
         JOIN organisations o ON o.id = t.organisation_id
         LEFT JOIN users u ON u.id = t.offered_to
         LEFT JOIN users v ON v.id = t.volunteer_id
         WHERE t.case_id = $1
         ORDER BY t.on_date DESC, t.id DESC",
    )
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| CaseVolunteerTask {
        id: r.0,
        kind: r.1,
        on_date: r.2,
        at_time: r.3,
        place: r.4,
        bring: r.5,
        note: r.6,
        status: r.7,
        network: r.8,
        offered_to: r.9,
        volunteer: r.10,
        report: r.11,
        problem: r.12 != 0,
        declined_by: r.13,
        step_id: r.14,
        appointment_id: r.15,
    })
    .collect();
    let network_rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, name FROM organisations WHERE organisation_type = $1 ORDER BY name",
    )
    .bind(OrganisationType::VolunteerNetwork.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let mut networks = Vec::new();
    for (id, name) in network_rows {
        let covered =
            consents::covered(&mut tx, scope.client_id, id, policy::VOLUNTEER_SUPPORT).await?;
        let volunteers: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, display_name FROM users
             WHERE organisation_id = $1 AND role = 'volunteer' AND active = 1
             ORDER BY display_name",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        networks.push(VolunteerNetwork {
            id,
            name,
            covered: ConsentCategory::ALL
                .iter()
                .filter(|c| covered.iter().any(|k| k == *c))
                .map(|c| c.as_str().to_owned())
                .collect(),
            volunteers,
        });
    }
    let steps: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT id, service_type, detail FROM steps
         WHERE case_id = $1 AND status NOT IN ({}) ORDER BY id",
        code_list(StepStatus::FINISHED)
    ))
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?;
    let appointments: Vec<(i64, String, Option<String>, String)> = sqlx::query_as(
        "SELECT id, on_date, at_time, place FROM appointments
         WHERE case_id = $1 AND on_date >= $2 ORDER BY on_date, at_time, id",
    )
    .bind(case_id)
    .bind(input::today().to_string())
    .fetch_all(&mut *tx)
    .await?;
    let follow_ups = open_follow_ups(&mut tx, None, Some(case_id)).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    grant
        .audit(&mut tx, "volunteer-tasks", Some(case_id), "read")
        .await?;
    tx.commit().await?;
    Ok(CaseVolunteers {
        head,
        tasks,
        networks,
        steps,
        appointments,
        follow_ups,
        custom,
        client_id: scope.client_id,
    })
}

/// Open follow-up tasks of a case manager (dashboard) or of a case (case page).
pub(crate) async fn open_follow_ups(
    conn: &mut AnyConnection,
    assignee_id: Option<i64>,
    case_id: Option<i64>,
) -> Result<Vec<FollowUp>, AppError> {
    type Row = (
        i64,
        i64,
        i64,
        String,
        String,
        String,
        Option<i64>,
        Option<String>,
        i64,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT f.id, f.case_id, k.client_id, c.given_names, c.family_name, f.kind, f.task_id, f.note,
                    f.created_at
             FROM follow_ups f
             JOIN cases k ON k.id = f.case_id
             JOIN clients c ON c.id = k.client_id
             WHERE f.done_at IS NULL
               AND ($1 IS NULL OR f.assignee_id = $1) AND ($2 IS NULL OR f.case_id = $2)
             ORDER BY f.created_at, f.id LIMIT 50",
    )
    .bind(assignee_id)
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, case_id, client_id, given, family, kind, task_id, note, created_at)| FollowUp {
                id,
                case_id,
                client_id,
                client_name: format!("{given} {family}"),
                kind,
                task_id,
                note,
                created_at,
            },
        )
        .collect())
}

/// The case manager marks a follow-up task done.
pub async fn complete_follow_up(
    db: &Db,
    actor: &CurrentUser,
    follow_up_id: i64,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::follow_up(db, actor, follow_up_id).await?;
    sqlx::query(
        "UPDATE follow_ups SET done_at = $1, done_by = $2 WHERE id = $3 AND done_at IS NULL",
    )
    .bind(now_ms())
    .bind(actor.id)
    .bind(follow_up_id)
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "follow-up", Some(follow_up_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// How long a volunteer still sees a task they finished.
const DONE_VISIBLE_DAYS: i64 = 30;

/// The volunteer's tasks: offered to them or their network (not declined by them), accepted
/// by them, finished by them in the last 30 days, and ones they had accepted that the case
/// manager withdrew (so they know not to go). Open tasks come first, soonest first. Client
/// data comes only with open tasks and only as far as the consent covers it: first name,
/// (once accepted) phone and the task's free text (what to bring, the note) with identity,
/// preferred language with language. Nothing else of the client is read; a finished task
/// shows no free text, so neither the note nor the volunteer's report outlives the task.
pub async fn for_volunteer(db: &Db, actor: &CurrentUser) -> Result<VolunteerTaskList, AppError> {
    let (mut tx, grant) = policy::volunteer_tasks(db, actor).await?;
    type Row = (
        i64,
        i64,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<i64>,
        Option<i64>,
        i64,
    );
    let since = (input::today() - Duration::days(DONE_VISIBLE_DAYS)).to_string();
    let rows = sqlx::query_as::<_, Row>(&format!(
        "SELECT t.id, t.client_id, t.kind, t.on_date, t.at_time, t.place, t.bring, t.note,
                t.status, t.offered_to, t.volunteer_id, t.problem
         FROM volunteer_tasks t
         WHERE t.organisation_id = $1
           AND ((t.status = {offered} AND (t.offered_to IS NULL OR t.offered_to = $2)
                 AND NOT EXISTS (SELECT 1 FROM volunteer_task_declines d
                                 WHERE d.task_id = t.id AND d.user_id = $2))
                OR (t.status = {accepted} AND t.volunteer_id = $2)
                OR (t.status = {done} AND t.volunteer_id = $2 AND t.on_date >= $3)
                OR (t.status = {cancelled} AND t.volunteer_id = $2 AND t.on_date >= $4))
         ORDER BY CASE t.status WHEN {accepted} THEN 0 WHEN {offered} THEN 1
                                WHEN {cancelled} THEN 2 ELSE 3 END,
                  t.on_date, t.at_time, t.id
         LIMIT 200",
        offered = code_literal(TaskStatus::Offered),
        accepted = code_literal(TaskStatus::Accepted),
        done = code_literal(TaskStatus::Done),
        cancelled = code_literal(TaskStatus::Cancelled),
    ))
    .bind(actor.organisation_id)
    .bind(actor.id)
    .bind(&since)
    .bind(input::today().to_string())
    .fetch_all(&mut *tx)
    .await?;
    // Client data comes only with open tasks: their grants, then the allowed fields, each
    // read for all such tasks at once.
    let open: Vec<(i64, i64)> = rows
        .iter()
        .filter(|r| TaskStatus::parse(&r.8).is_some_and(TaskStatus::is_open))
        .map(|r| (r.0, r.1))
        .collect();
    let grants =
        policy::volunteer_task_grants(&mut tx, &grant, actor.organisation_id, &open).await?;
    let fields = ClientFields::read(&mut tx, &open, &grants).await?;
    let mut tasks = Vec::with_capacity(rows.len());
    for r in rows {
        let mine = r.10 == Some(actor.id);
        let mut task = VolunteerTask {
            id: r.0,
            kind: r.2,
            on_date: r.3,
            at_time: r.4,
            place: r.5,
            bring: None,
            note: None,
            status: r.8,
            personal: r.9 == Some(actor.id),
            mine,
            client_first_name: None,
            client_phone: None,
            client_language: None,
            problem: r.11 != 0,
        };
        if let Some(at) = open.iter().position(|t| t.0 == task.id) {
            fields.fill(r.1, mine, &mut task);
            if policy::may_read_task_text(&grants[at]) {
                task.bring = r.6;
                task.note = r.7;
            }
            grants[at]
                .audit(&mut tx, "volunteer-task", Some(task.id), "read")
                .await?;
        }
        tasks.push(task);
    }
    grant
        .audit(&mut tx, "volunteer-tasks", None, "list")
        .await?;
    tx.commit().await?;
    Ok(VolunteerTaskList { tasks })
}

/// The client fields volunteers may see, read only for the clients whose grant allows them:
/// (client, given names, phone) with identity, (client, preferred language) with language.
struct ClientFields {
    identity: Vec<(i64, String, Option<String>)>,
    language: Vec<(i64, Option<String>)>,
}

impl ClientFields {
    async fn read(
        conn: &mut AnyConnection,
        tasks: &[(i64, i64)],
        grants: &[policy::Grant],
    ) -> Result<ClientFields, AppError> {
        let allowed = |category: ConsentCategory| -> Vec<i64> {
            tasks
                .iter()
                .zip(grants)
                .filter(|(_, g)| g.may_see(category.as_str()))
                .map(|(t, _)| t.1)
                .collect()
        };
        let (with_identity, with_language) = (
            allowed(ConsentCategory::Identity),
            allowed(ConsentCategory::Language),
        );
        let identity = if with_identity.is_empty() {
            Vec::new()
        } else {
            sqlx::query_as(&format!(
                "SELECT id, given_names, phone FROM clients WHERE id IN ({})",
                id_list(&with_identity)
            ))
            .fetch_all(&mut *conn)
            .await?
        };
        let language = if with_language.is_empty() {
            Vec::new()
        } else {
            sqlx::query_as(&format!(
                "SELECT id, preferred_language FROM clients WHERE id IN ({})",
                id_list(&with_language)
            ))
            .fetch_all(&mut *conn)
            .await?
        };
        Ok(ClientFields { identity, language })
    }

    /// First name and (once accepted by this volunteer) phone; the language's name.
    fn fill(&self, client_id: i64, accepted_by_me: bool, task: &mut VolunteerTask) {
        if let Some((_, given, phone)) = self.identity.iter().find(|c| c.0 == client_id) {
            task.client_first_name = given.split_whitespace().next().map(str::to_owned);
            if accepted_by_me {
                task.client_phone = phone.clone().filter(|p| !p.trim().is_empty());
            }
        }
        if let Some((_, Some(code))) = self.language.iter().find(|c| c.0 == client_id) {
            task.client_language = Some(crate::server::languages::label(code));
        }
    }
}

/// A volunteer's action as the tablet sends it.
#[derive(Debug, Clone, Default)]
pub struct ActionInput {
    /// The tablet's own id for this action; the same key again is the same action.
    pub key: String,
    /// accept, decline or done.
    pub action: String,
    pub report: String,
    pub problem: bool,
}

fn valid_key(key: &str) -> bool {
    (8..=64).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Applies a volunteer's action once: accept an offered task, decline it (offered by name:
/// declined; offered to the network: hidden for this volunteer; after accepting: offered to
/// the network again), or report it done (a problem creates a follow-up task for the case's
/// owner). An action whose key was applied before answers as it did, changing nothing.
pub async fn act(
    db: &Db,
    actor: &CurrentUser,
    task_id: i64,
    form: &ActionInput,
) -> Result<TaskActionResult, AppError> {
    if !valid_key(&form.key) {
        return Err(AppError::BadRequest);
    }
    let (mut tx, grant, scope) = policy::volunteer_task(db, actor, task_id).await?;
    if let Some(result) = applied_before(&mut tx, actor, task_id, &form.key).await? {
        grant
            .audit(&mut tx, "volunteer-task", Some(task_id), "read")
            .await?;
        tx.commit().await?;
        return Ok(result);
    }
    let mine = scope.volunteer_id == Some(actor.id);
    let now = now_ms();
    let action = TaskAction::parse(&form.action).ok_or(AppError::BadRequest)?;
    let current: TaskStatus = scope.status.parse()?;
    let status = match (action, current) {
        (TaskAction::Accept, TaskStatus::Offered) => {
            let changed = sqlx::query(
                "UPDATE volunteer_tasks SET status = $4, volunteer_id = $1, updated_at = $2,
                     version = version + 1
                 WHERE id = $3 AND status = $5",
            )
            .bind(actor.id)
            .bind(now)
            .bind(task_id)
            .bind(TaskStatus::Accepted.as_str())
            .bind(TaskStatus::Offered.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 0 {
                return Err(AppError::invalid("action", "error-task-taken"));
            }
            TaskStatus::Accepted
        }
        (TaskAction::Decline, TaskStatus::Offered | TaskStatus::Accepted)
            if current == TaskStatus::Offered || mine =>
        {
            let by_name = scope.offered_to == Some(actor.id);
            if !by_name {
                sqlx::query(
                    "INSERT INTO volunteer_task_declines (task_id, user_id, at) VALUES ($1, $2, $3)
                     ON CONFLICT DO NOTHING",
                )
                .bind(task_id)
                .bind(actor.id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            // Offered by name: declined. Offered to the network: it stays offered to the
            // others (again, if this volunteer had accepted it).
            let status = if by_name {
                TaskStatus::Declined
            } else {
                TaskStatus::Offered
            };
            update(
                &mut tx,
                &format!(
                    "UPDATE volunteer_tasks SET status = $1, volunteer_id = NULL, updated_at = $2,
                     version = version + 1
                 WHERE id = $3 AND status IN ({})",
                    code_list(TaskStatus::OPEN)
                ),
                status,
                now,
                task_id,
            )
            .await?;
            status
        }
        // A second tap on "accept" by the volunteer who has it.
        (TaskAction::Accept, TaskStatus::Accepted) if mine => TaskStatus::Accepted,
        (TaskAction::Done, TaskStatus::Accepted) if mine => {
            let report = input::required(&form.report, "report", 2_000)?;
            sqlx::query(
                "UPDATE volunteer_tasks SET status = $5, report = $1, problem = $2,
                     updated_at = $3, version = version + 1
                 WHERE id = $4",
            )
            .bind(&report)
            .bind(i64::from(form.problem))
            .bind(now)
            .bind(task_id)
            .bind(TaskStatus::Done.as_str())
            .execute(&mut *tx)
            .await?;
            if form.problem {
                let follow_up: i64 = sqlx::query_scalar(
                    "INSERT INTO follow_ups (case_id, assignee_id, kind, task_id, note, created_at)
                     VALUES ($1, $2, 'volunteer-problem', $3, $4, $5) RETURNING id",
                )
                .bind(scope.case_id)
                .bind(scope.case_owner)
                .bind(task_id)
                .bind(&report)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                crate::server::mail::notifications::follow_up(
                    &mut tx,
                    scope.case_owner,
                    scope.case_id,
                    follow_up,
                    crate::models::NotificationKind::VolunteerProblem,
                )
                .await?;
            }
            TaskStatus::Done
        }
        _ => return Err(AppError::invalid("action", "error-task-transition")),
    };
    let recorded = sqlx::query(
        "INSERT INTO volunteer_task_actions (action_key, task_id, user_id, action, at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&form.key)
    .bind(task_id)
    .bind(actor.id)
    .bind(&form.action)
    .bind(now)
    .execute(&mut *tx)
    .await;
    if let Err(error) = recorded {
        // The same action arrived twice at once: the other one was applied.
        if is_unique_violation(
            &error,
            "volunteer_task_actions_pkey",
            "volunteer_task_actions.action_key",
        ) {
            drop(tx);
            let mut conn = db.pool.acquire().await?;
            if let Some(result) = applied_before(&mut conn, actor, task_id, &form.key).await? {
                return Ok(result);
            }
        }
        return Err(error.into());
    }
    cases::touch(&mut tx, scope.case_id).await?;
    grant
        .audit(&mut tx, "volunteer-task", Some(task_id), "update")
        .await?;
    tx.commit().await?;
    Ok(TaskActionResult {
        task_id,
        status: status.as_str().to_owned(),
        repeated: false,
    })
}

async fn update(
    conn: &mut AnyConnection,
    sql: &str,
    status: TaskStatus,
    now: i64,
    task_id: i64,
) -> Result<(), AppError> {
    let changed = sqlx::query(sql)
        .bind(status.as_str())
        .bind(now)
        .bind(task_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("action", "error-task-transition"));
    }
    Ok(())
}

/// The answer to an action whose key was applied before (by this volunteer, on this task).
async fn applied_before(
    conn: &mut AnyConnection,
    actor: &CurrentUser,
    task_id: i64,
    key: &str,
) -> Result<Option<TaskActionResult>, AppError> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT task_id, user_id FROM volunteer_task_actions WHERE action_key = $1")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?;
    match row {
        None => Ok(None),
        Some((task, user)) if task == task_id && user == actor.id => {
            let status: String =
                sqlx::query_scalar("SELECT status FROM volunteer_tasks WHERE id = $1")
                    .bind(task_id)
                    .fetch_one(&mut *conn)
                    .await?;
            Ok(Some(TaskActionResult {
                task_id,
                status,
                repeated: true,
            }))
        }
        Some(_) => Err(AppError::BadRequest),
    }
}
