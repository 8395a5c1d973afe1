//! Referrals: from a plan step to an organisation or one of its offers, with a message, the
//! data categories shared (each covered by an active consent) and a response date. Both
//! sides see every state change; the recipient's inbox, the referral page with the client
//! data the recipient may see now, and the case's partner-network page live here.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue::{self, LANGUAGE_COURSES};
pub use crate::models::ResponseInput;
use crate::models::{
    ConsentCategory, CurrentUser, NetworkPage, NoteCompartment, Referral, ReferralAccess,
    ReferralEvent, ReferralList, ReferralPage, ReferralStatus, SharedField, SharedSection,
    StepStatus,
};
use crate::server::infra::concurrency;
use crate::server::infra::db::{begin, code_list, id_list, now_ms, Db};
use crate::server::infra::fields::catalogues::{
    ConsentPurpose, DeclineReason, ReferralOutcome, Seat,
};
use crate::server::infra::fields::{Code, Text};
use crate::server::policy::{self, Grant};
use crate::server::{
    admin::catalogues, casework::cases, casework::holds, casework::plans, consents_in_force,
    infra::input, network::consents, network::offers,
};

/// `days` working days (Monday to Friday) after `from`.
pub fn working_days_after(from: NaiveDate, days: u32) -> NaiveDate {
    let mut date = from;
    let mut left = days;
    while left > 0 {
        date = date + Days::new(1);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    date
}

const REFERRAL_SQL: &str =
    "SELECT r.id, r.case_id, r.client_id, r.step_id, s.service_type AS step_service,
        r.organisation_id, o.name AS organisation, r.offer_id, f.title AS offer_title, r.purpose,
        r.message, r.response_due, r.status, r.decline_reason, r.outcome, r.seat, r.starts_on,
        u.display_name AS sent_by, r.sent_at, r.version, c.given_names, c.family_name
     FROM referrals r
     JOIN organisations o ON o.id = r.organisation_id
     JOIN users u ON u.id = r.sent_by
     JOIN clients c ON c.id = r.client_id
     LEFT JOIN steps s ON s.id = r.step_id
     LEFT JOIN offers f ON f.id = r.offer_id";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    case_id: i64,
    step_id: Option<i64>,
    step_service: Option<String>,
    organisation_id: i64,
    organisation: String,
    offer_id: Option<i64>,
    offer_title: Option<String>,
    purpose: String,
    message: String,
    response_due: String,
    status: String,
    decline_reason: Option<String>,
    outcome: Option<String>,
    seat: Option<String>,
    starts_on: Option<String>,
    sent_by: String,
    sent_at: i64,
    version: i64,
    given_names: String,
    family_name: String,
}

impl Row {
    /// The referral; the client's name and the message only when `identity` may be shown.
    fn referral(self, categories: Vec<String>, identity: bool, today: &str) -> Referral {
        Referral {
            overdue: self.status == ReferralStatus::Sent && self.response_due.as_str() < today,
            id: self.id,
            case_id: self.case_id,
            client_name: identity.then(|| {
                format!("{} {}", self.given_names, self.family_name)
                    .trim()
                    .to_owned()
            }),
            step_id: self.step_id,
            step_service: self.step_service,
            organisation_id: self.organisation_id,
            organisation: self.organisation,
            offer_id: self.offer_id,
            offer_title: self.offer_title,
            purpose: self.purpose,
            message: identity.then_some(self.message),
            categories,
            response_due: self.response_due,
            status: self.status,
            decline_reason: self.decline_reason,
            outcome: self.outcome,
            seat: self.seat,
            starts_on: self.starts_on,
            sent_by: self.sent_by,
            sent_at: self.sent_at,
            version: self.version,
        }
    }
}

async fn categories_of(
    conn: &mut AnyConnection,
    referral_id: i64,
) -> Result<Vec<String>, AppError> {
    Ok(categories_of_all(conn, &[referral_id])
        .await?
        .pop()
        .unwrap_or_default())
}

/// The shared categories of each referral in `ids`, in catalogue order: one query.
async fn categories_of_all(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<Vec<Vec<String>>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = id_list(ids);
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT referral_id, category FROM referral_categories WHERE referral_id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    Ok(ids
        .iter()
        .map(|id| {
            ConsentCategory::ALL
                .iter()
                .filter(|c| rows.iter().any(|(r, k)| r == id && k == *c))
                .map(|c| c.as_str().to_owned())
                .collect()
        })
        .collect())
}

/// The referrals of a case, newest first (sending side: everything shown).
async fn of_case(conn: &mut AnyConnection, case_id: i64) -> Result<Vec<Referral>, AppError> {
    let rows = sqlx::query_as::<_, Row>(&format!(
        "{REFERRAL_SQL} WHERE r.case_id = $1 ORDER BY r.sent_at DESC, r.id DESC"
    ))
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let today = input::today().to_string();
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let categories = categories_of_all(conn, &ids).await?;
    Ok(rows
        .into_iter()
        .zip(categories)
        .map(|(row, categories)| row.referral(categories, true, &today))
        .collect())
}

/// Referrals a case manager sent that are past their response date without an answer. The
/// twenty are chosen in the sender's index first and only they are joined (as in the inbox).
pub(crate) async fn overdue_sent(
    conn: &mut AnyConnection,
    user_id: i64,
) -> Result<Vec<Referral>, AppError> {
    let today = input::today().to_string();
    let rows = sqlx::query_as::<_, Row>(&format!(
        "{REFERRAL_SQL} WHERE r.id IN (
             SELECT id FROM referrals WHERE sent_by = $1 AND status = $3 AND response_due < $2
             ORDER BY response_due, id LIMIT 20)
         ORDER BY r.response_due, r.id"
    ))
    .bind(user_id)
    .bind(&today)
    .bind(ReferralStatus::Sent.as_str())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| r.referral(Vec::new(), true, &today))
        .collect())
}

/// The partner-network page of a case: the client's consents, the case's referrals, open
/// steps to refer from, and — when `course_step` is given — the course search of that step.
pub async fn network(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    course_step: Option<i64>,
    options: offers::CourseOptions,
) -> Result<NetworkPage, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let head = cases::head(&mut tx, case_id).await?;
    let consents = consents::of_client(&mut tx, scope.client_id).await?;
    let referrals = of_case(&mut tx, case_id).await?;
    let steps: Vec<(i64, String, String, String)> = sqlx::query_as(&format!(
        "SELECT id, service_type, detail, status FROM steps
         WHERE case_id = $1 AND status NOT IN ({}) ORDER BY id",
        code_list(StepStatus::FINISHED)
    ))
    .bind(case_id)
    .fetch_all(&mut *tx)
    .await?;
    let organisations =
        sqlx::query_as::<_, (i64, String)>("SELECT id, name FROM organisations ORDER BY name")
            .fetch_all(&mut *tx)
            .await?;
    let active_offers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM offers WHERE active = 1")
        .fetch_one(&mut *tx)
        .await?;
    let courses = match course_step {
        Some(step) => Some(offers::courses_for_step(&mut tx, case_id, step, options).await?),
        None => None,
    };
    let access_times = offers::client_course_times(&mut tx, case_id).await?;
    let custom = catalogues::custom_entries_in(&mut tx).await?;
    grant
        .audit(&mut tx, "partner-network", Some(case_id), "read")
        .await?;
    tx.commit().await?;
    Ok(NetworkPage {
        head,
        consents,
        referrals,
        steps,
        organisations,
        has_offers: active_offers > 0,
        courses,
        custom,
        today: input::today().to_string(),
        access_times,
    })
}

/// What the referral form sends.
#[derive(Debug, Clone, Default)]
pub struct ReferralInput {
    pub step_id: String,
    pub organisation_id: String,
    pub offer_id: String,
    pub purpose: String,
    pub message: String,
    pub categories: Vec<String>,
    pub response_due: String,
}

impl From<crate::models::ReferralForm> for ReferralInput {
    fn from(form: crate::models::ReferralForm) -> Self {
        ReferralInput {
            categories: form.categories.ticked(),
            step_id: form.step_id,
            organisation_id: form.organisation_id,
            offer_id: form.offer_id,
            purpose: form.purpose,
            message: form.message,
            response_due: form.response_due,
        }
    }
}

/// A referral as the form sent it, checked: only [`NewReferral::try_from`] builds it.
#[derive(Debug, Clone)]
pub struct NewReferral {
    step_id: Option<i64>,
    recipient: Recipient,
    purpose: Code<ConsentPurpose>,
    message: Text,
    categories: Vec<ConsentCategory>,
    response_due: NaiveDate,
}

/// Whom a referral goes to: an offer (its organisation), else the organisation chosen.
#[derive(Debug, Clone, Copy)]
enum Recipient {
    Offer(i64),
    Organisation(i64),
}

impl TryFrom<&ReferralInput> for NewReferral {
    type Error = AppError;

    /// Checks the fields in the order the form shows them, so the first wrong one is named.
    fn try_from(form: &ReferralInput) -> Result<Self, AppError> {
        let step_id = input::number(&form.step_id, "step_id", 1..=i64::MAX)?;
        let offer_id = input::number(&form.offer_id, "offer_id", 1..=i64::MAX)?;
        let purpose = Code::required(&form.purpose, "purpose", &[])?;
        let message = super::required_text(&form.message, "message", 5_000)?;
        let categories = input::categories(&form.categories, "categories")?;
        let today = input::today();
        let response_due = input::date(&form.response_due, "response_due")?
            .unwrap_or_else(|| working_days_after(today, 10));
        if response_due < today {
            return Err(AppError::invalid("response_due", "error-date-in-past"));
        }
        // The organisation chosen counts only without an offer.
        let recipient = match offer_id {
            Some(id) => Recipient::Offer(id),
            None => Recipient::Organisation(
                input::number(&form.organisation_id, "organisation_id", 1..=i64::MAX)?.ok_or_else(
                    || AppError::invalid("organisation_id", "error-organisation-required"),
                )?,
            ),
        };
        Ok(NewReferral {
            step_id,
            recipient,
            purpose,
            message,
            categories,
            response_due,
        })
    }
}

/// Sends a referral. Every shared category must be covered by an active consent to the
/// organisation for the purpose. A referral to a language course from a step sets the step to
/// registered (free seats) or waitlisted (none).
pub async fn send(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    form: &ReferralInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let NewReferral {
        step_id,
        recipient,
        purpose,
        message,
        categories,
        response_due,
    } = NewReferral::try_from(form)?;
    // The offer decides the organisation; otherwise the one chosen.
    let (organisation_id, offer) = match recipient {
        Recipient::Offer(id) => {
            let offer: Option<(i64, String, Option<i64>, Option<String>)> = sqlx::query_as(
                "SELECT organisation_id, service_type, free_seats, next_start FROM offers
                 WHERE id = $1 AND active = 1",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let offer =
                offer.ok_or_else(|| AppError::invalid("offer_id", "error-choose-from-list"))?;
            (offer.0, Some((id, offer.1, offer.2, offer.3)))
        }
        Recipient::Organisation(id) => {
            let exists: Option<i64> =
                sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            (
                exists.ok_or_else(|| {
                    AppError::invalid("organisation_id", "error-choose-from-list")
                })?,
                None,
            )
        }
    };
    plans::step_of_case(&mut tx, step_id, case_id).await?;
    holds::refuse_sharing_if_held(&mut tx, scope.client_id, "categories").await?;
    let covered =
        consents::covered(&mut tx, scope.client_id, organisation_id, purpose.as_str()).await?;
    if categories.iter().any(|c| !covered.iter().any(|k| k == c)) {
        return Err(AppError::invalid(
            "categories",
            "error-consent-missing-for-referral",
        ));
    }
    let now = now_ms();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO referrals (case_id, client_id, step_id, organisation_id, offer_id, purpose, message,
             response_due, status, starts_on, sent_by, sent_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $12, $9, $10, $11, $11) RETURNING id",
    )
    .bind(case_id)
    .bind(scope.client_id)
    .bind(step_id)
    .bind(organisation_id)
    .bind(offer.as_ref().map(|o| o.0))
    .bind(purpose.as_str())
    .bind(message.as_str())
    .bind(response_due.to_string())
    .bind(offer.as_ref().and_then(|o| o.3.clone()))
    .bind(actor.id)
    .bind(now)
    .bind(ReferralStatus::Sent.as_str())
    .fetch_one(&mut *tx)
    .await?;
    for category in &categories {
        sqlx::query("INSERT INTO referral_categories (referral_id, category) VALUES ($1, $2)")
            .bind(id)
            .bind(category.as_str())
            .execute(&mut *tx)
            .await?;
    }
    event(&mut tx, id, Some(ReferralStatus::Sent), None, actor.id).await?;
    crate::server::mail::notifications::new_referral(&mut tx, id, organisation_id).await?;
    super::external::issue_if_external(&mut tx, id, organisation_id).await?;
    if let Some(step_id) = step_id {
        sqlx::query(
            "UPDATE steps SET responsible_kind = 'organisation', responsible_organisation_id = $1,
                 updated_at = $2, version = version + 1 WHERE id = $3",
        )
        .bind(organisation_id)
        .bind(now)
        .bind(step_id)
        .execute(&mut *tx)
        .await?;
        if let Some((_, service, free_seats, _)) = &offer {
            if LANGUAGE_COURSES.contains(&service.as_str()) {
                let status = if *free_seats == Some(0) {
                    StepStatus::Waitlisted
                } else {
                    StepStatus::Registered
                };
                set_step_status(&mut tx, step_id, &[], status, actor.id).await?;
            }
        }
    }
    cases::touch(&mut tx, case_id).await?;
    grant.audit(&mut tx, "referral", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

async fn event(
    conn: &mut AnyConnection,
    referral_id: i64,
    status: Option<ReferralStatus>,
    note: Option<&str>,
    actor_id: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO referral_events (referral_id, status, note, actor_id, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(referral_id)
    .bind(status.map(ReferralStatus::as_str))
    .bind(note)
    .bind(actor_id)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Moves a step to `status`, recording the change, if it is in one of `only_from` (any
/// status when empty) and not there already. The update is conditional on the status read,
/// so of two transactions moving the same step at once only one changes it (and records
/// it). True when this call changed the step.
async fn set_step_status(
    conn: &mut AnyConnection,
    step_id: i64,
    only_from: &[StepStatus],
    status: StepStatus,
    actor_id: i64,
) -> Result<bool, AppError> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT status, case_id FROM steps WHERE id = $1")
            .bind(step_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((from, case_id)) = row else {
        return Ok(false);
    };
    if from == status || !(only_from.is_empty() || only_from.iter().any(|s| from == *s)) {
        return Ok(false);
    }
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE steps SET status = $1, status_changed_at = $2, updated_at = $2, version = version + 1
         WHERE id = $3 AND status = $4",
    )
    .bind(status.as_str())
    .bind(now)
    .bind(step_id)
    .bind(&from)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    plans::record_status_change(
        conn,
        &plans::NewStatusChange {
            step_id,
            case_id,
            from: Some(&from),
            to: status,
            note: None,
            appeal_deadline: None,
            actor_id,
            at: now,
        },
    )
    .await?;
    Ok(true)
}

/// The condition for a referral `r` whose confirmed course has begun by the date bound as
/// `$1`, with its step `s` not started yet (in one of [`StepStatus::STARTABLE`]).
fn course_begun() -> String {
    format!(
        "r.status IN ({}) AND r.seat = 'confirmed'
       AND r.starts_on IS NOT NULL AND r.starts_on <= $1
       AND s.status IN ({})",
        code_list(&[ReferralStatus::Accepted, ReferralStatus::InProgress]),
        code_list(StepStatus::STARTABLE),
    )
}

/// Starts the step of a referral whose confirmed course has begun (answering a referral with
/// a start date of today or earlier).
async fn start_if_begun(
    conn: &mut AnyConnection,
    referral_id: i64,
    actor_id: i64,
) -> Result<(), AppError> {
    let step: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT r.step_id FROM referrals r JOIN steps s ON s.id = r.step_id
         WHERE {} AND r.id = $2",
        course_begun()
    ))
    .bind(input::today().to_string())
    .bind(referral_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(step_id) = step {
        set_step_status(
            conn,
            step_id,
            StepStatus::STARTABLE,
            StepStatus::Started,
            actor_id,
        )
        .await?;
    }
    Ok(())
}

/// Course starts written per transaction by the scheduled sweep.
const START_BATCH: usize = 100;

/// Steps whose course seat is confirmed move to started on the course's start date. Run by
/// the server every few minutes (see [`super::jobs`]); each change is audited as made by
/// Lotse itself. Only changes this run made are recorded and audited, so a run overlapping
/// another (or a user's change) cannot record a start twice.
pub async fn start_due_courses(db: &Db) -> Result<(), AppError> {
    let due: Vec<(i64, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT r.id, r.step_id, r.client_id, r.sent_by FROM referrals r JOIN steps s ON s.id = r.step_id
         WHERE {}",
        course_begun()
    ))
    .bind(input::today().to_string())
    .fetch_all(&db.pool)
    .await?;
    // In short transactions, so that users' writes (sign-ins, saves) are not held up while
    // a large backlog is worked off (on SQLite there is one writer at a time).
    for batch in due.chunks(START_BATCH) {
        let mut tx = begin(db).await?;
        for &(referral_id, step_id, client_id, sender) in batch {
            let started = StepStatus::Started;
            if set_step_status(&mut tx, step_id, StepStatus::STARTABLE, started, sender).await? {
                policy::scheduled(client_id, "course-start", format!("referral:{referral_id}"))
                    .audit(&mut tx, "step", Some(step_id), "update")
                    .await?;
            }
        }
        tx.commit().await?;
        // Writers outside the queue (sessions) wait in SQLite's busy handler: leave a gap.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    Ok(())
}

/// An answer to a referral as the form sent it, checked against the referral's state: only
/// [`ReferralAnswer::parse`] builds it.
#[derive(Debug, Clone)]
pub struct ReferralAnswer {
    status: ReferralStatus,
    note: Option<Text>,
    /// Given exactly when declining.
    decline_reason: Option<Code<DeclineReason>>,
    /// Given exactly when completing.
    outcome: Option<Code<ReferralOutcome>>,
    seat: Option<Code<Seat>>,
    starts_on: Option<NaiveDate>,
}

impl ReferralAnswer {
    /// Checks the fields in the order the form shows them; the new status must be one that
    /// `stored` may move to from this side (`sender`).
    pub fn parse(
        form: &ResponseInput,
        stored: ReferralStatus,
        sender: bool,
    ) -> Result<Self, AppError> {
        let status = ReferralStatus::from_input(&form.status, "status")?;
        let note = Text::parse(&form.note, "note", 2_000)?;
        if !stored.next(sender).contains(&status) {
            return Err(AppError::invalid("status", "error-referral-transition"));
        }
        let decline_reason = match status {
            ReferralStatus::Declined => {
                Some(Code::required(&form.decline_reason, "decline_reason", &[])?)
            }
            _ => None,
        };
        let outcome = match status {
            ReferralStatus::Completed => Some(Code::required(&form.outcome, "outcome", &[])?),
            _ => None,
        };
        let seat = Code::<Seat>::parse(&form.seat, "seat", &[])?;
        let starts_on = input::date(&form.starts_on, "starts_on")?;
        if seat.as_ref().map(Code::as_str) == Some(SEAT_CONFIRMED) && starts_on.is_none() {
            return Err(AppError::invalid("starts_on", "error-start-date-required"));
        }
        Ok(ReferralAnswer {
            status,
            note,
            decline_reason,
            outcome,
            seat,
            starts_on,
        })
    }
}

/// The seat code of a confirmed course seat (the step becomes registered).
const SEAT_CONFIRMED: &str = "confirmed";
/// The seat code of a place on the waiting list (the step becomes waitlisted).
const SEAT_WAITLISTED: &str = "waitlisted";

/// Changes a referral's state: the recipient accepts (optionally confirming a course seat or
/// the waiting list and the start date), declines with a reason, reports progress and the
/// outcome; the sender withdraws. Steps follow: seat confirmed → registered, waiting list →
/// waitlisted, declined → back to planned. Refused when someone else answered since
/// `version` was loaded.
pub async fn respond(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
    version: i64,
    form: &ResponseInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, scope) = policy::referral(db, actor, referral_id).await?;
    let answer = ReferralAnswer::parse(form, scope.status.parse()?, scope.sender)?;
    let (stored_status, stored_version): (String, i64) =
        sqlx::query_as("SELECT status, version FROM referrals WHERE id = $1")
            .bind(referral_id)
            .fetch_one(&mut *tx)
            .await?;
    // An answer names the status it moves to, not the one it was made on: the stored status
    // is always named.
    let stored = [("field-referral-status", stored_status)];
    let sent = [("field-referral-status", String::new())];
    concurrency::check_version(&stored, stored_version, &sent, version)?;
    let ReferralAnswer {
        status,
        note,
        decline_reason,
        outcome,
        seat,
        starts_on,
    } = answer;
    let changed = sqlx::query(
        "UPDATE referrals SET status = $1,
             decline_reason = COALESCE($2, decline_reason), outcome = COALESCE($3, outcome),
             seat = COALESCE($4, seat), starts_on = COALESCE($5, starts_on),
             updated_at = $6, version = version + 1
         WHERE id = $7 AND version = $8",
    )
    .bind(status.as_str())
    .bind(decline_reason.as_ref().map(Code::as_str))
    .bind(outcome.as_ref().map(Code::as_str))
    .bind(seat.as_ref().map(Code::as_str))
    .bind(starts_on.map(|d| d.to_string()))
    .bind(now_ms())
    .bind(referral_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    concurrency::check_updated(changed, &stored, stored_version, &sent)?;
    event(
        &mut tx,
        referral_id,
        Some(status),
        note.as_ref().map(Text::as_str),
        actor.id,
    )
    .await?;
    let step: Option<Option<i64>> =
        sqlx::query_scalar("SELECT step_id FROM referrals WHERE id = $1")
            .bind(referral_id)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(Some(step_id)) = step {
        let declined = status == ReferralStatus::Declined;
        let next = match (status, seat.as_ref().map(Code::as_str)) {
            (_, Some(SEAT_CONFIRMED)) if !declined => Some(StepStatus::Registered),
            (_, Some(SEAT_WAITLISTED)) if !declined => Some(StepStatus::Waitlisted),
            (ReferralStatus::Declined | ReferralStatus::Withdrawn, _) => Some(StepStatus::Planned),
            _ => None,
        };
        if let Some(next) = next {
            set_step_status(&mut tx, step_id, &[], next, actor.id).await?;
        }
    }
    start_if_begun(&mut tx, referral_id, actor.id).await?;
    cases::touch(&mut tx, scope.case_id).await?;
    grant
        .audit(&mut tx, "referral", Some(referral_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// A message on a referral, from either side.
pub async fn message(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
    text: &str,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::referral(db, actor, referral_id).await?;
    let text = super::required_text(text, "note", 2_000)?;
    event(&mut tx, referral_id, None, Some(text.as_str()), actor.id).await?;
    grant
        .audit(&mut tx, "referral-message", Some(referral_id), "create")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A referral page. The recipient sees client data of the categories the referral shares and
/// an active consent covers, and nothing of the client once access has ended.
pub async fn page(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
) -> Result<ReferralPage, AppError> {
    let (tx, grant, scope) = policy::referral(db, actor, referral_id).await?;
    page_in(tx, grant, scope, referral_id).await
}

/// The referral page in the transaction and under the grant [`policy::referral`] gave (also
/// for a partner without an account, see [`super::external`]); audited and committed here.
pub(crate) async fn page_in(
    mut tx: crate::server::infra::db::Tx,
    grant: Grant,
    scope: policy::ReferralScope,
    referral_id: i64,
) -> Result<ReferralPage, AppError> {
    let row = sqlx::query_as::<_, Row>(&format!("{REFERRAL_SQL} WHERE r.id = $1"))
        .bind(referral_id)
        .fetch_one(&mut *tx)
        .await?;
    let categories = categories_of(&mut tx, referral_id).await?;
    let today = input::today().to_string();
    let stored: ReferralStatus = scope.status.parse()?;
    let open = stored.is_open();
    let access = if scope.sender {
        ReferralAccess::Active
    } else if !open {
        ReferralAccess::Closed
    } else if grant.categories.is_empty() {
        ReferralAccess::ConsentMissing
    } else {
        ReferralAccess::Active
    };
    let identity = scope.sender || grant.may_see(ConsentCategory::Identity.as_str());
    let referral = row.referral(categories, identity, &today);
    let events = sqlx::query_as::<_, (Option<String>, Option<String>, String, String, i64)>(
        "SELECT e.status, e.note, u.display_name, o.name, e.at
         FROM referral_events e JOIN users u ON u.id = e.actor_id
         JOIN organisations o ON o.id = u.organisation_id
         WHERE e.referral_id = $1 ORDER BY e.at, e.id",
    )
    .bind(referral_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(status, note, actor, organisation, at)| ReferralEvent {
        status,
        note,
        actor,
        organisation,
        at,
    })
    .collect();
    let shared = if scope.sender {
        Vec::new()
    } else {
        shared_sections(&mut tx, &grant, scope.case_id, scope.client_id).await?
    };
    let external = if scope.sender {
        super::external::link_info(&mut tx, referral_id).await?
    } else {
        None
    };
    grant
        .audit(&mut tx, "referral", Some(referral_id), "read")
        .await?;
    tx.commit().await?;
    Ok(ReferralPage {
        referral,
        events,
        sender: scope.sender,
        shared,
        access,
        next: stored.next(scope.sender).to_vec(),
        external,
    })
}

/// Language level, literacy, schooling and qualifications of a case.
type LanguageFacts = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn field(label: &str, value: Option<String>, catalogue: Option<&str>) -> Option<SharedField> {
    value.filter(|v| !v.is_empty()).map(|value| SharedField {
        label: label.to_owned(),
        value,
        catalogue: catalogue.map(str::to_owned),
    })
}

/// The client data of each category the grant allows — and only those are read at all.
async fn shared_sections(
    conn: &mut AnyConnection,
    grant: &Grant,
    case_id: i64,
    client_id: i64,
) -> Result<Vec<SharedSection>, AppError> {
    let mut sections = Vec::new();
    for category in &grant.categories {
        let Some(category) = ConsentCategory::parse(category) else {
            continue;
        };
        let fields: Vec<Option<SharedField>> = match category {
            ConsentCategory::Identity => {
                let r = crate::server::casework::clients::record(conn, client_id).await?;
                let birth = match (r.birth.year, r.birth.month, r.birth.day) {
                    (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
                    (Some(y), _, _) => Some(y.to_string()),
                    _ => None,
                };
                let address = [r.street.clone(), r.postal_code.clone(), r.city.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    field("field-name", Some(r.full_name()), None),
                    field("field-birth-date", birth, None),
                    field("field-phone", r.phone, None),
                    field("field-email", r.email, None),
                    field("field-address", Some(address), None),
                ]
            }
            ConsentCategory::Language => {
                let facts: Option<LanguageFacts> =
                    sqlx::query_as(
                        "SELECT language_level, literacy, schooling, qualifications FROM case_facts WHERE case_id = $1",
                    )
                    .bind(case_id)
                    .fetch_optional(&mut *conn)
                    .await?;
                let (level, literacy, schooling, qualifications) = facts.unwrap_or_default();
                let languages: Option<(Option<String>, i64, Option<String>)> = sqlx::query_as(
                    "SELECT preferred_language, interpreter_needed, interpreter_language FROM clients WHERE id = $1",
                )
                .bind(client_id)
                .fetch_optional(&mut *conn)
                .await?;
                let (preferred, interpreter, interpreter_language) = languages.unwrap_or_default();
                vec![
                    field(
                        "field-preferred-language",
                        preferred.as_deref().map(crate::server::languages::label),
                        None,
                    ),
                    field(
                        "field-interpreter-language",
                        (interpreter != 0)
                            .then_some(interpreter_language)
                            .flatten()
                            .as_deref()
                            .map(crate::server::languages::label),
                        None,
                    ),
                    field(
                        "field-language-level",
                        level,
                        Some(catalogue::LANGUAGE_LEVEL),
                    ),
                    field("field-literacy", literacy, Some(catalogue::LITERACY)),
                    field("field-schooling", schooling, None),
                    field("field-qualifications", qualifications, None),
                ]
            }
            ConsentCategory::Work => {
                let work: Option<Option<String>> =
                    sqlx::query_scalar("SELECT work_experience FROM case_facts WHERE case_id = $1")
                        .bind(case_id)
                        .fetch_optional(&mut *conn)
                        .await?;
                vec![field("field-work-experience", work.flatten(), None)]
            }
            ConsentCategory::Housing => {
                let housing: Option<Option<String>> = sqlx::query_scalar(
                    "SELECT housing_situation FROM case_facts WHERE case_id = $1",
                )
                .bind(case_id)
                .fetch_optional(&mut *conn)
                .await?;
                vec![field(
                    "field-housing-situation",
                    housing.flatten(),
                    Some(catalogue::HOUSING),
                )]
            }
            ConsentCategory::Health => {
                let insurance: Option<Option<String>> = sqlx::query_scalar(
                    "SELECT health_insurance FROM case_facts WHERE case_id = $1",
                )
                .bind(case_id)
                .fetch_optional(&mut *conn)
                .await?;
                let mut fields = vec![field(
                    "field-health-insurance",
                    insurance.flatten(),
                    Some(catalogue::INSURANCE),
                )];
                fields.extend(notes(conn, client_id, NoteCompartment::Health).await?);
                fields
            }
            ConsentCategory::Residence => {
                let residence: Option<(Option<String>, Option<String>, Option<String>)> =
                    sqlx::query_as(
                        "SELECT residence_status, valid_until, benefit_regime FROM client_residence WHERE client_id = $1",
                    )
                    .bind(client_id)
                    .fetch_optional(&mut *conn)
                    .await?;
                let (status, until, regime) = residence.unwrap_or_default();
                vec![
                    field("field-residence-status", status, Some(catalogue::RESIDENCE)),
                    field("field-valid-until", until, None),
                    field("field-benefit-regime", regime, Some(catalogue::BENEFIT)),
                ]
            }
            ConsentCategory::YouthWelfare => {
                notes(conn, client_id, NoteCompartment::YouthWelfare).await?
            }
        };
        sections.push(SharedSection {
            category: category.as_str().to_owned(),
            fields: fields.into_iter().flatten().collect(),
        });
    }
    Ok(sections)
}

async fn notes(
    conn: &mut AnyConnection,
    client_id: i64,
    compartment: NoteCompartment,
) -> Result<Vec<Option<SharedField>>, AppError> {
    let rows: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT body, entrusted_by FROM client_notes WHERE client_id = $1 AND compartment = $2
         ORDER BY created_at",
    )
    .bind(client_id)
    .bind(compartment.as_str())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(body, entrusted_by)| {
            let value = match entrusted_by {
                Some(by) => format!("{body} ({by})"),
                None => body,
            };
            field("field-note", Some(value), None)
        })
        .collect())
}

/// The partner inbox: referrals to the actor's organisation, open ones first, overdue flagged.
/// A client is named only while an active consent covers identity data for the referral.
pub async fn inbox(db: &Db, actor: &CurrentUser) -> Result<ReferralList, AppError> {
    let (mut tx, grant) = policy::inbox(db, actor).await?;
    let today = input::today().to_string();
    // Open referrals first (answer due soonest first), then the latest closed ones. One query
    // per status, each read in index order, so a large organisation's inbox stays quick.
    let mut rows: Vec<Row> = Vec::new();
    for status in ReferralStatus::OPEN {
        rows.extend(
            sqlx::query_as::<_, Row>(&format!(
                "{REFERRAL_SQL} WHERE r.id IN (
                     SELECT id FROM referrals WHERE organisation_id = $1 AND status = $2
                     ORDER BY response_due, id LIMIT 100)
                 ORDER BY r.response_due, r.id"
            ))
            .bind(actor.organisation_id)
            .bind(status.as_str())
            .fetch_all(&mut *tx)
            .await?,
        );
    }
    rows.sort_by(|a, b| (&a.response_due, a.id).cmp(&(&b.response_due, b.id)));
    rows.truncate(100);
    if rows.len() < 100 {
        let mut closed: Vec<Row> = Vec::new();
        let closed_statuses = ReferralStatus::ALL.iter().filter(|s| !s.is_open());
        for status in closed_statuses {
            closed.extend(
                sqlx::query_as::<_, Row>(&format!(
                    "{REFERRAL_SQL} WHERE r.id IN (
                         SELECT id FROM referrals WHERE organisation_id = $1 AND status = $2
                         ORDER BY id DESC LIMIT $3)
                     ORDER BY r.id DESC"
                ))
                .bind(actor.organisation_id)
                .bind(status.as_str())
                .bind(100 - rows.len() as i64)
                .fetch_all(&mut *tx)
                .await?,
            );
        }
        closed.sort_by_key(|r| std::cmp::Reverse(r.id));
        closed.truncate(100 - rows.len());
        rows.extend(closed);
    }
    let ids = id_list(&rows.iter().map(|r| r.id).collect::<Vec<_>>());
    // Referrals whose identity category an active consent covers now.
    let named: Vec<i64> = if ids.is_empty() {
        Vec::new()
    } else {
        sqlx::query_scalar(&format!(
            "SELECT DISTINCT r.id FROM referrals r
             JOIN referral_categories rc ON rc.referral_id = r.id AND rc.category = $2
             JOIN consents c ON c.client_id = r.client_id AND c.organisation_id = r.organisation_id
                AND c.purpose = r.purpose
             JOIN consent_categories cc ON cc.consent_id = c.id AND cc.category = $2
             WHERE r.id IN ({ids}) AND r.status IN ({})
               AND {}",
            code_list(ReferralStatus::OPEN),
            consents_in_force::condition("$1")
        ))
        .bind(&today)
        .bind(ConsentCategory::Identity.as_str())
        .fetch_all(&mut *tx)
        .await?
    };
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let categories = categories_of_all(&mut tx, &ids).await?;
    let referrals = rows
        .into_iter()
        .zip(categories)
        .map(|(row, categories)| {
            let identity = named.contains(&row.id);
            row.referral(categories, identity, &today)
        })
        .collect();
    grant.audit(&mut tx, "referral-inbox", None, "list").await?;
    tx.commit().await?;
    Ok(ReferralList { referrals })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_working_days_skip_weekends() {
        // Wednesday 25 November 2026 + 10 working days = Wednesday 9 December.
        let from = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(
            working_days_after(from, 10),
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
        );
    }
}
