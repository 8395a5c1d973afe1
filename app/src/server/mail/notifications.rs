//! Telling staff by e-mail: each person chooses per kind of event whether they hear of it at
//! once, in a daily digest, or never, and in which language their mails are written. A
//! notification is recorded once per person, kind and thing (`referral:12`), in the
//! transaction of the event, and its mail goes to the outbox in the same transaction.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::i18n::{self, t_in_args};
use crate::models::{CurrentUser, Delivery, MailPreferences, NotificationKind, Role};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::mail::{link, outbox};

/// The language of mails to staff who have not chosen one.
pub const DEFAULT_LANGUAGE: &str = "de";

/// The hour (Köln time) from which the daily digest goes out.
pub const DIGEST_HOUR: u32 = 7;

/// Tells each of `user_ids` (active accounts only) of `kind` about `subject_key`, with a link
/// to `path`, as each of them chose: a mail to the outbox now, a line in the next digest, or
/// nothing. Someone told before of the same kind and thing is not told again. `args` fill the
/// mail's text (never personal data about a client).
pub async fn notify(
    conn: &mut AnyConnection,
    user_ids: &[i64],
    kind: NotificationKind,
    subject_key: &str,
    path: &str,
    args: &[(&'static str, String)],
) -> Result<(), AppError> {
    for &user_id in user_ids {
        let person: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.email, m.language, p.delivery FROM users u
             LEFT JOIN mail_settings m ON m.user_id = u.id
             LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
             WHERE u.id = $1 AND u.active = 1",
        )
        .bind(user_id)
        .bind(kind.as_str())
        .fetch_optional(&mut *conn)
        .await?;
        let Some((email, language, delivery)) = person else {
            continue;
        };
        let delivery = delivery
            .as_deref()
            .and_then(Delivery::parse)
            .unwrap_or(Delivery::Now);
        if delivery == Delivery::Never {
            continue;
        }
        let recorded = sqlx::query(
            "INSERT INTO notifications (user_id, kind, subject_key, link, delivery, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(user_id)
        .bind(kind.as_str())
        .bind(subject_key)
        .bind(path)
        .bind(delivery.as_str())
        .bind(now_ms())
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if recorded == 0 || delivery == Delivery::Daily {
            continue;
        }
        let language = language.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned());
        let mut body_args = args.to_vec();
        body_args.push(("link", link(path)));
        let body = format!(
            "{}\n\n{}",
            text(
                &language,
                &format!("mail-{}-body", kind.as_str()),
                &body_args
            ),
            footer(&language)
        );
        outbox::enqueue(
            conn,
            &outbox::NewMail {
                kind: kind.as_str().to_owned(),
                recipient: email,
                user_id: Some(user_id),
                subject: text(&language, &format!("mail-{}-subject", kind.as_str()), args),
                body,
                language,
            },
        )
        .await?;
    }
    Ok(())
}

fn footer(language: &str) -> String {
    text(language, "mail-footer", &[("settings", link("/account"))])
}

/// A message for a mail: Fluent's bidirectional isolation marks (U+2068, U+2069) around
/// placeables are left out; in plain-text mail a program that makes links of addresses could
/// take the closing mark into the link, and a subject line shows them as boxes in some
/// programs. Links stand on their own line instead.
pub(crate) fn text(language: &str, id: &str, args: &[(&'static str, String)]) -> String {
    t_in_args(language, id, args).replace(['\u{2068}', '\u{2069}'], "")
}

/// The active staff of an organisation who answer its referrals (its partner staff).
pub async fn referral_recipients(
    conn: &mut AnyConnection,
    organisation_id: i64,
) -> Result<Vec<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM users WHERE organisation_id = $1 AND role = $2 AND active = 1 ORDER BY id",
    )
    .bind(organisation_id)
    .bind(Role::PartnerStaff.as_str())
    .fetch_all(&mut *conn)
    .await?)
}

/// Tells the receiving organisation's staff of a new referral (in the referral's
/// transaction).
pub async fn new_referral(
    conn: &mut AnyConnection,
    referral_id: i64,
    organisation_id: i64,
) -> Result<(), AppError> {
    let organisation: String = sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_one(&mut *conn)
        .await?;
    let recipients = referral_recipients(conn, organisation_id).await?;
    notify(
        conn,
        &recipients,
        NotificationKind::NewReferral,
        &format!("referral:{referral_id}"),
        &format!("/referrals/{referral_id}"),
        &[("organisation", organisation)],
    )
    .await
}

/// Tells a case's owner of what a client or volunteer asked for (a follow-up on their
/// dashboard), in the transaction that created it.
pub async fn follow_up(
    conn: &mut AnyConnection,
    owner_id: i64,
    case_id: i64,
    follow_up_id: i64,
    kind: NotificationKind,
) -> Result<(), AppError> {
    notify(
        conn,
        &[owner_id],
        kind,
        &format!("follow-up:{follow_up_id}"),
        &format!("/cases/{case_id}"),
        &[],
    )
    .await
}

/// Tells the sender and the receiving organisation's staff once of each referral past its
/// response date without an answer (a scheduled job; each referral is looked at once).
pub async fn overdue_referrals(db: &Db) -> Result<usize, AppError> {
    let today = crate::server::infra::input::today().to_string();
    let mut tx = begin(db).await?;
    let overdue: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT r.id, r.sent_by, r.organisation_id, r.case_id FROM referrals r
         WHERE r.status = 'sent' AND r.response_due < $1
           AND NOT EXISTS (SELECT 1 FROM referral_overdue_told t WHERE t.referral_id = r.id)
         ORDER BY r.id LIMIT 500",
    )
    .bind(&today)
    .fetch_all(&mut *tx)
    .await?;
    for &(referral_id, sender, organisation_id, case_id) in &overdue {
        let key = format!("referral:{referral_id}");
        let mut staff = referral_recipients(&mut tx, organisation_id).await?;
        staff.retain(|id| *id != sender);
        notify(
            &mut tx,
            &staff,
            NotificationKind::ReferralOverdue,
            &key,
            &format!("/referrals/{referral_id}"),
            &[],
        )
        .await?;
        notify(
            &mut tx,
            &[sender],
            NotificationKind::ReferralOverdue,
            &key,
            &format!("/cases/{case_id}/network"),
            &[],
        )
        .await?;
        sqlx::query("INSERT INTO referral_overdue_told (referral_id, at) VALUES ($1, $2)")
            .bind(referral_id)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(overdue.len())
}

/// Sends each person with notifications waiting for the digest one mail with all of them,
/// once a day from [`DIGEST_HOUR`] (Köln time). Returns how many digests were written.
pub async fn send_digests(db: &Db, now: i64) -> Result<usize, AppError> {
    if i18n::koeln_hour(now) < DIGEST_HOUR {
        return Ok(0);
    }
    let today = i18n::koeln_date(now).to_string();
    let mut tx = begin(db).await?;
    let people: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT DISTINCT u.id, u.email, m.language FROM notifications n
         JOIN users u ON u.id = n.user_id
         LEFT JOIN mail_settings m ON m.user_id = u.id
         WHERE n.delivery = 'daily' AND n.digested_at IS NULL AND u.active = 1
           AND (m.last_digest_on IS NULL OR m.last_digest_on < $1)
         ORDER BY u.id",
    )
    .bind(&today)
    .fetch_all(&mut *tx)
    .await?;
    for (user_id, email, language) in &people {
        let language = language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
        let items: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, kind, link FROM notifications
             WHERE user_id = $1 AND delivery = 'daily' AND digested_at IS NULL ORDER BY id",
        )
        .bind(user_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut body = text(
            language,
            "mail-digest-intro",
            &[("count", items.len().to_string())],
        );
        body.push_str("\n\n");
        for (_, kind, path) in &items {
            let line = NotificationKind::parse(kind)
                .map(|k| text(language, k.message_id(), &[]))
                .unwrap_or_else(|| kind.clone());
            body.push_str(&format!("- {line}: {}\n", link(path)));
        }
        body.push('\n');
        body.push_str(&footer(language));
        outbox::enqueue(
            &mut tx,
            &outbox::NewMail {
                kind: "digest".to_owned(),
                recipient: email.clone(),
                user_id: Some(*user_id),
                language: language.to_owned(),
                subject: text(
                    language,
                    "mail-digest-subject",
                    &[("count", items.len().to_string())],
                ),
                body,
            },
        )
        .await?;
        let ids: Vec<i64> = items.iter().map(|(id, _, _)| *id).collect();
        sqlx::query(&format!(
            "UPDATE notifications SET digested_at = $1 WHERE id IN ({})",
            crate::server::infra::db::id_list(&ids)
        ))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO mail_settings (user_id, language, last_digest_on) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET last_digest_on = excluded.last_digest_on",
        )
        .bind(user_id)
        .bind(language)
        .bind(&today)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(people.len())
}

/// My mail settings: the kinds that can concern my role, each with how I want to hear of it.
pub async fn preferences(db: &Db, actor: &CurrentUser) -> Result<MailPreferences, AppError> {
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(actor.id)
        .fetch_one(&db.pool)
        .await?;
    let language: Option<String> =
        sqlx::query_scalar("SELECT language FROM mail_settings WHERE user_id = $1")
            .bind(actor.id)
            .fetch_optional(&db.pool)
            .await?;
    let chosen: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, delivery FROM notification_preferences WHERE user_id = $1")
            .bind(actor.id)
            .fetch_all(&db.pool)
            .await?;
    let kinds = NotificationKind::for_role(actor.role)
        .iter()
        .map(|kind| {
            let delivery = chosen
                .iter()
                .find(|(k, _)| k == kind.as_str())
                .and_then(|(_, d)| Delivery::parse(d))
                .unwrap_or(Delivery::Now);
            (*kind, delivery)
        })
        .collect();
    Ok(MailPreferences {
        email,
        language: language.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned()),
        kinds,
    })
}

/// Saves my mail settings: the language (a shipped staff language) and, per kind that can
/// concern my role, the delivery; kinds not sent stay as they were.
pub async fn save_preferences(
    db: &Db,
    actor: &CurrentUser,
    language: &str,
    deliveries: &[(NotificationKind, String)],
) -> Result<(), AppError> {
    let language = language.trim();
    if i18n::find(language).is_none_or(|l| i18n::is_client_only(l.id)) {
        return Err(AppError::invalid("language", "error-choose-from-list"));
    }
    let offered = NotificationKind::for_role(actor.role);
    let mut chosen = Vec::new();
    for (kind, delivery) in deliveries {
        if !offered.contains(kind) {
            return Err(AppError::BadRequest);
        }
        chosen.push((*kind, Delivery::from_input(delivery, kind.as_str())?));
    }
    let mut tx = begin(db).await?;
    sqlx::query(
        "INSERT INTO mail_settings (user_id, language) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET language = excluded.language",
    )
    .bind(actor.id)
    .bind(language)
    .execute(&mut *tx)
    .await?;
    for (kind, delivery) in chosen {
        sqlx::query(
            "INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery",
        )
        .bind(actor.id)
        .bind(kind.as_str())
        .bind(delivery.as_str())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
