//! Appointment reminders by e-mail: a client who has an e-mail address on record and switched
//! reminders on in the portal gets, the day before each appointment, a mail in their language
//! with the date and time only. The place or the office could reveal benefits or residence
//! matters to whoever reads the mail, so the details stay in the portal.

use chrono::{Days, NaiveDate};

use crate::error::AppError;
use crate::i18n::{koeln_date, koeln_hour};
use crate::models::{locale_for_language, PortalClient};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::mail::notifications::text;
use crate::server::mail::{link, outbox};
use crate::server::policy;

/// The hour (Köln time) of the day before from which reminders go out.
pub const REMINDER_HOUR: u32 = 9;

/// The address reminders go to (if one is on record) and whether they are on.
pub async fn state(
    conn: &mut sqlx::AnyConnection,
    client_id: i64,
) -> Result<(Option<String>, bool), AppError> {
    let row: Option<(Option<String>, i64)> =
        sqlx::query_as("SELECT email, appointment_reminders FROM clients WHERE id = $1")
            .bind(client_id)
            .fetch_optional(&mut *conn)
            .await?;
    let (email, on) = row.unwrap_or_default();
    let email = email.filter(|e| !e.trim().is_empty());
    Ok((email.clone(), on != 0 && email.is_some()))
}

/// The client switches reminders on or off. On needs an e-mail address on record.
pub async fn set(db: &Db, client: &PortalClient, on: bool) -> Result<(), AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let (email, _) = state(&mut tx, client.client_id).await?;
    if on && email.is_none() {
        return Err(AppError::invalid("reminders", "portal-reminders-no-email"));
    }
    sqlx::query("UPDATE clients SET appointment_reminders = $1 WHERE id = $2")
        .bind(i64::from(on))
        .bind(client.client_id)
        .execute(&mut *tx)
        .await?;
    grant
        .audit(&mut tx, "client", Some(client.client_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The date as the client's language writes it.
fn date_in(language: &str, date: NaiveDate) -> String {
    crate::i18n::format_date(&date.to_string(), language)
}

/// An appointment, its time, and its client's number, address and preferred language.
type DueRow = (i64, Option<String>, i64, String, Option<String>);

/// Writes the reminders due at `now` to the outbox: for tomorrow's appointments (Köln), from
/// [`REMINDER_HOUR`] on, once per appointment (also with several processes: the record of a
/// sent reminder is the appointment's primary key). Each is audited as read by Lotse itself.
/// Returns how many were written.
pub async fn send_due(db: &Db, now: i64) -> Result<usize, AppError> {
    if koeln_hour(now) < REMINDER_HOUR {
        return Ok(0);
    }
    let Some(tomorrow) = koeln_date(now).checked_add_days(Days::new(1)) else {
        return Ok(0);
    };
    let due: Vec<DueRow> = sqlx::query_as(
        "SELECT a.id, a.at_time, c.id, c.email, c.preferred_language
         FROM appointments a
         JOIN cases k ON k.id = a.case_id
         JOIN clients c ON c.id = k.client_id
         WHERE a.on_date = $1 AND c.appointment_reminders = 1
           AND c.email IS NOT NULL AND c.email <> ''
           AND NOT EXISTS (SELECT 1 FROM appointment_reminders r WHERE r.appointment_id = a.id)
         ORDER BY a.id LIMIT 500",
    )
    .bind(tomorrow.to_string())
    .fetch_all(&db.pool)
    .await?;
    let mut written = 0;
    for (appointment_id, at_time, client_id, email, preferred) in due {
        let mut tx = begin(db).await?;
        let recorded = sqlx::query(
            "INSERT INTO appointment_reminders (appointment_id, sent_at) VALUES ($1, $2)
             ON CONFLICT DO NOTHING",
        )
        .bind(appointment_id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if recorded == 0 {
            continue;
        }
        let language = locale_for_language(preferred.as_deref());
        let date = date_in(language, tomorrow);
        let portal = link("/portal/appointments");
        let body = match at_time.filter(|t| !t.trim().is_empty()) {
            Some(time) => text(
                language,
                "mail-appointment-reminder-body",
                &[("date", date), ("time", time), ("link", portal)],
            ),
            None => text(
                language,
                "mail-appointment-reminder-body-day",
                &[("date", date), ("link", portal)],
            ),
        };
        let body = format!(
            "{body}\n\n{}",
            text(language, "mail-appointment-reminder-footer", &[])
        );
        outbox::enqueue(
            &mut tx,
            &outbox::NewMail {
                kind: "appointment-reminder".into(),
                recipient: email,
                user_id: None,
                subject: text(language, "mail-appointment-reminder-subject", &[]),
                body,
                language: language.to_owned(),
            },
        )
        .await?;
        policy::scheduled(
            client_id,
            "appointment-reminder",
            format!("appointment:{appointment_id}"),
        )
        .audit(&mut tx, "appointment", Some(appointment_id), "remind")
        .await?;
        tx.commit().await?;
        written += 1;
    }
    Ok(written)
}
