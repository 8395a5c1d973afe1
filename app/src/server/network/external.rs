//! Referrals to partners without an account: the chambers, small welfare organisations,
//! clubs. Such an organisation (`organisations.external`) has one contact person, kept as an
//! account that cannot sign in, so that what they do shows in a referral's history and in the
//! audit log (and so in the client's "who saw my data") under their organisation like anyone's.
//!
//! A referral to it sends the contact a mail with a link and no personal data. The link is for
//! that one referral, ends after [`LINK_DAYS`] (the case manager can renew it) or when
//! withdrawn, and shows nothing until the contact has typed a one-time code sent in a second
//! mail. Behind it the contact sees what a partner's staff would see in Lotse: exactly the
//! categories a consent in force covers, decided by [`policy::referral`] on every request. A
//! closed referral or a revoked consent makes the link show nothing on the next request.

use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{
    CurrentUser, ExternalLinkInfo, ExternalView, ReferralStatus, ResponseInput, Role,
};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::infra::sessions::{new_token, token_hash};
use crate::server::mail::notifications::{self, text};
use crate::server::mail::{link, outbox};
use crate::server::network::referrals;
use crate::server::policy;

/// Days a link stays good, from sending or from the last renewal.
pub const LINK_DAYS: i64 = 14;
const DAY_MS: i64 = 86_400_000;
/// Minutes a one-time code stays good (the code mail says 15).
pub const CODE_MINUTES: i64 = 15;
/// Wrong tries before a code is used up.
pub const CODE_TRIES: i64 = 5;
/// Codes a link sends in one hour at most.
pub const CODES_PER_HOUR: i64 = 5;
const HOUR_MS: i64 = 3_600_000;
/// How long a browser that typed the right code may use the link without a new code.
pub const SESSION_MS: i64 = 2 * HOUR_MS;
/// The cookie that holds that browser's session.
pub const EXTERNAL_COOKIE: &str = "lotse_external";

/// The address of a link in Lotse.
pub fn path(token: &str) -> String {
    format!("/extern/{token}")
}

/// A token as [`new_token`] makes them: 64 hex digits. Anything else is not looked up.
fn well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

fn code_digest(code: &str) -> String {
    hex::encode(Sha256::digest(code.as_bytes()))
}

/// A link as the database holds it, with its referral's state.
#[derive(sqlx::FromRow)]
struct Link {
    id: i64,
    referral_id: i64,
    contact_id: i64,
    expires_at: i64,
    withdrawn_at: Option<i64>,
    code_hash: Option<String>,
    code_expires_at: Option<i64>,
    code_attempts: i64,
    codes_sent: i64,
    codes_since: i64,
    session_hash: Option<String>,
    session_expires_at: Option<i64>,
    status: String,
    organisation: String,
    email: String,
    language: Option<String>,
}

impl Link {
    /// Good now: neither expired nor withdrawn, and its referral still open.
    fn live(&self, now: i64) -> bool {
        self.withdrawn_at.is_none()
            && self.expires_at > now
            && self
                .status
                .parse::<ReferralStatus>()
                .is_ok_and(ReferralStatus::is_open)
    }

    /// The browser holding `session` typed the right code and its time is not up.
    fn session_ok(&self, session: Option<&str>, now: i64) -> bool {
        match (session, &self.session_hash, self.session_expires_at) {
            (Some(session), Some(hash), Some(until)) => {
                until > now && !session.is_empty() && token_hash(session) == *hash
            }
            _ => false,
        }
    }

    fn language(&self) -> String {
        self.language
            .clone()
            .unwrap_or_else(|| notifications::DEFAULT_LANGUAGE.to_owned())
    }
}

const LINK_SQL: &str = "SELECT l.id, l.referral_id, l.contact_id, l.expires_at, l.withdrawn_at,
        l.code_hash, l.code_expires_at, l.code_attempts, l.codes_sent, l.codes_since,
        l.session_hash, l.session_expires_at, r.status, o.name AS organisation, u.email,
        m.language
     FROM external_links l
     JOIN referrals r ON r.id = l.referral_id
     JOIN users u ON u.id = l.contact_id
     JOIN organisations o ON o.id = u.organisation_id
     LEFT JOIN mail_settings m ON m.user_id = u.id";

/// The link with this token, if it is good now.
async fn live_link(conn: &mut AnyConnection, token: &str) -> Result<Option<Link>, AppError> {
    if !well_formed(token) {
        return Ok(None);
    }
    let link = sqlx::query_as::<_, Link>(&format!("{LINK_SQL} WHERE l.token_hash = $1"))
        .bind(token_hash(token))
        .fetch_optional(&mut *conn)
        .await?;
    Ok(link.filter(|l| l.live(now_ms())))
}

/// The contact person as the access policy sees them: partner staff of their organisation.
async fn contact(conn: &mut AnyConnection, contact_id: i64) -> Result<CurrentUser, AppError> {
    let (id, display_name, email, organisation_id, organisation_name): (
        i64,
        String,
        String,
        i64,
        String,
    ) = sqlx::query_as(
        "SELECT u.id, u.display_name, u.email, u.organisation_id, o.name
         FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1",
    )
    .bind(contact_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(CurrentUser {
        id,
        display_name,
        email,
        role: Role::PartnerStaff,
        organisation_id,
        organisation_name,
    })
}

/// In the transaction of a new referral: if it goes to an external organisation, a link for
/// its contact person and the mail that carries it. An external organisation without a
/// contact cannot receive referrals.
pub(crate) async fn issue_if_external(
    conn: &mut AnyConnection,
    referral_id: i64,
    organisation_id: i64,
) -> Result<(), AppError> {
    let external: i64 = sqlx::query_scalar("SELECT external FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_one(&mut *conn)
        .await?;
    if external == 0 {
        return Ok(());
    }
    let contact_id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE organisation_id = $1 ORDER BY id LIMIT 1")
            .bind(organisation_id)
            .fetch_optional(&mut *conn)
            .await?;
    let contact_id = contact_id
        .ok_or_else(|| AppError::invalid("organisation_id", "error-external-no-contact"))?;
    let token = new_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO external_links (referral_id, contact_id, token_hash, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(referral_id)
    .bind(contact_id)
    .bind(token_hash(&token))
    .bind(now + LINK_DAYS * DAY_MS)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let link_row = sqlx::query_as::<_, Link>(&format!("{LINK_SQL} WHERE l.referral_id = $1"))
        .bind(referral_id)
        .fetch_one(&mut *conn)
        .await?;
    let sender: String = sqlx::query_scalar(
        "SELECT o.name FROM referrals r JOIN users u ON u.id = r.sent_by
         JOIN organisations o ON o.id = u.organisation_id WHERE r.id = $1",
    )
    .bind(referral_id)
    .fetch_one(&mut *conn)
    .await?;
    let language = link_row.language();
    let expires = crate::i18n::format_date(
        &crate::i18n::koeln_date(link_row.expires_at).to_string(),
        &language,
    );
    let body = text(
        &language,
        "mail-external-referral-body",
        &[
            ("sender", sender.clone()),
            ("link", link(&path(&token))),
            ("expires", expires),
        ],
    );
    outbox::enqueue(
        conn,
        &outbox::NewMail {
            kind: "external-referral".into(),
            recipient: link_row.email.clone(),
            user_id: None,
            subject: text(
                &language,
                "mail-external-referral-subject",
                &[("sender", sender)],
            ),
            body,
            language,
        },
    )
    .await?;
    Ok(())
}

/// What the link shows to the browser holding `session` (the cookie, if any).
pub async fn open(db: &Db, token: &str, session: Option<&str>) -> Result<ExternalView, AppError> {
    let mut conn = db.pool.acquire().await?;
    let Some(link) = live_link(&mut conn, token).await? else {
        return Ok(ExternalView::Gone);
    };
    drop(conn);
    let now = now_ms();
    if !link.session_ok(session, now) {
        return Ok(ExternalView::Code {
            organisation: link.organisation,
            code_sent: link.code_expires_at.is_some_and(|until| until > now),
        });
    }
    let Some((mut tx, grant, scope, _)) = granted(db, &link).await? else {
        return Ok(ExternalView::Gone);
    };
    sqlx::query("UPDATE external_links SET last_viewed_at = $1 WHERE id = $2")
        .bind(now)
        .bind(link.id)
        .execute(&mut *tx)
        .await?;
    let page = referrals::page_in(tx, grant, scope, link.referral_id).await?;
    Ok(ExternalView::Referral {
        page: Box::new(page),
        organisation: link.organisation,
    })
}

/// The policy's answer for the contact of `link`, if it lets them see anything of the client
/// now (an open referral a consent in force covers); `None` else, with nothing audited.
async fn granted(
    db: &Db,
    link: &Link,
) -> Result<
    Option<(
        crate::server::infra::db::Tx,
        policy::Grant,
        policy::ReferralScope,
        CurrentUser,
    )>,
    AppError,
> {
    let mut conn = db.pool.acquire().await?;
    let contact = contact(&mut conn, link.contact_id).await?;
    drop(conn);
    let (tx, grant, scope) = policy::referral(db, &contact, link.referral_id).await?;
    if scope.sender || grant.categories.is_empty() {
        return Ok(None);
    }
    Ok(Some((tx, grant, scope, contact)))
}

/// The link and its contact for an answer: the link good, the browser's code typed, and the
/// policy still letting the contact see the referral; else the form is told the link shows
/// nothing any more.
async fn answering(
    db: &Db,
    token: &str,
    session: Option<&str>,
) -> Result<(i64, CurrentUser), AppError> {
    let gone = || AppError::invalid("note", "error-external-link-gone");
    let mut conn = db.pool.acquire().await?;
    let link = live_link(&mut conn, token).await?.ok_or_else(gone)?;
    drop(conn);
    if !link.session_ok(session, now_ms()) {
        return Err(AppError::invalid("note", "error-external-code-again"));
    }
    let (tx, _, _, contact) = granted(db, &link).await?.ok_or_else(gone)?;
    drop(tx);
    Ok((link.referral_id, contact))
}

/// The contact answers the referral (accept, decline with a reason, report the outcome), as
/// partner staff answer in Lotse. Returns the referral's new version.
pub async fn answer(
    db: &Db,
    token: &str,
    session: Option<&str>,
    version: i64,
    form: &ResponseInput,
) -> Result<i64, AppError> {
    let (referral_id, contact) = answering(db, token, session).await?;
    referrals::respond(db, &contact, referral_id, version, form).await
}

/// The contact writes a message on the referral.
pub async fn message(
    db: &Db,
    token: &str,
    session: Option<&str>,
    note: &str,
) -> Result<(), AppError> {
    let (referral_id, contact) = answering(db, token, session).await?;
    referrals::message(db, &contact, referral_id, note).await
}

/// Sends the contact a new one-time code (at most [`CODES_PER_HOUR`] an hour), in the
/// second mail. A new code replaces the one before.
pub async fn send_code(db: &Db, token: &str) -> Result<(), AppError> {
    let mut tx = begin(db).await?;
    let link = live_link(&mut tx, token)
        .await?
        .ok_or_else(|| AppError::invalid("code", "error-external-link-gone"))?;
    let now = now_ms();
    let (sent, since) = if now - link.codes_since >= HOUR_MS {
        (0, now)
    } else {
        (link.codes_sent, link.codes_since)
    };
    if sent >= CODES_PER_HOUR {
        return Err(AppError::invalid("code", "error-external-code-limit"));
    }
    let code = format!("{:06}", rand::random::<u32>() % 1_000_000);
    sqlx::query(
        "UPDATE external_links SET code_hash = $1, code_expires_at = $2, code_attempts = 0,
             codes_sent = $3, codes_since = $4
         WHERE id = $5",
    )
    .bind(code_digest(&code))
    .bind(now + CODE_MINUTES * 60_000)
    .bind(sent + 1)
    .bind(since)
    .bind(link.id)
    .execute(&mut *tx)
    .await?;
    let language = link.language();
    let args = [("code", code)];
    outbox::enqueue(
        &mut tx,
        &outbox::NewMail {
            kind: "external-code".into(),
            recipient: link.email.clone(),
            user_id: None,
            subject: text(&language, "mail-external-code-subject", &[]),
            body: text(&language, "mail-external-code-body", &args),
            language,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Checks the code the contact typed. Right: a new session for this browser (its token, for
/// the cookie), and the code is used up. Wrong: one try fewer.
pub async fn verify(db: &Db, token: &str, typed: &str) -> Result<String, AppError> {
    let code: String = typed.chars().filter(char::is_ascii_digit).collect();
    if code.is_empty() {
        return Err(AppError::invalid("code", "error-required"));
    }
    let mut tx = begin(db).await?;
    let link = live_link(&mut tx, token)
        .await?
        .ok_or_else(|| AppError::invalid("code", "error-external-link-gone"))?;
    let now = now_ms();
    let (Some(hash), Some(until)) = (&link.code_hash, link.code_expires_at) else {
        return Err(AppError::invalid("code", "error-external-code-expired"));
    };
    if until <= now || link.code_attempts >= CODE_TRIES {
        return Err(AppError::invalid("code", "error-external-code-expired"));
    }
    if code_digest(&code) != *hash {
        // Counted only while the code is still the same one (not replaced meanwhile).
        sqlx::query(
            "UPDATE external_links SET code_attempts = code_attempts + 1
             WHERE id = $1 AND code_hash = $2",
        )
        .bind(link.id)
        .bind(hash)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        return Err(AppError::invalid("code", "error-external-code-wrong"));
    }
    let session = new_token();
    let used = sqlx::query(
        "UPDATE external_links SET session_hash = $1, session_expires_at = $2,
             code_hash = NULL, code_expires_at = NULL, code_attempts = 0
         WHERE id = $3 AND code_hash = $4",
    )
    .bind(token_hash(&session))
    .bind(now + SESSION_MS)
    .bind(link.id)
    .bind(hash)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if used == 0 {
        return Err(AppError::invalid("code", "error-external-code-expired"));
    }
    tx.commit().await?;
    Ok(session)
}

/// The sending side renews a referral's link: good for [`LINK_DAYS`] from now. A withdrawn
/// link stays withdrawn.
pub async fn renew(db: &Db, actor: &CurrentUser, referral_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::external_link(db, actor, referral_id).await?;
    let changed = sqlx::query(
        "UPDATE external_links SET expires_at = $1 WHERE referral_id = $2 AND withdrawn_at IS NULL",
    )
    .bind(now_ms() + LINK_DAYS * DAY_MS)
    .bind(referral_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("link", "error-external-no-link"));
    }
    grant
        .audit(&mut tx, "external-link", Some(referral_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The sending side withdraws a referral's link: from the next request on it shows nothing,
/// also to a browser that had typed its code.
pub async fn withdraw(db: &Db, actor: &CurrentUser, referral_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::external_link(db, actor, referral_id).await?;
    let changed = sqlx::query(
        "UPDATE external_links SET withdrawn_at = $1, session_hash = NULL, code_hash = NULL
         WHERE referral_id = $2 AND withdrawn_at IS NULL",
    )
    .bind(now_ms())
    .bind(referral_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("link", "error-external-no-link"));
    }
    grant
        .audit(&mut tx, "external-link", Some(referral_id), "delete")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Contact, address, end, withdrawal and last view of a link.
type LinkRow = (String, String, i64, Option<i64>, Option<i64>);

/// The link of a referral as its sender sees it (in the referral page's transaction).
pub(crate) async fn link_info(
    conn: &mut AnyConnection,
    referral_id: i64,
) -> Result<Option<ExternalLinkInfo>, AppError> {
    let row: Option<LinkRow> = sqlx::query_as(
        "SELECT u.display_name, u.email, l.expires_at, l.withdrawn_at, l.last_viewed_at
         FROM external_links l JOIN users u ON u.id = l.contact_id WHERE l.referral_id = $1",
    )
    .bind(referral_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(
        |(contact, email, expires_at, withdrawn_at, last_viewed_at)| ExternalLinkInfo {
            contact,
            email,
            expires_at,
            withdrawn: withdrawn_at.is_some(),
            expired: expires_at <= now_ms(),
            last_viewed_at,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_tokens_are_looked_up() {
        assert!(well_formed(&new_token()));
        assert!(!well_formed(""));
        assert!(!well_formed("../../etc"));
        assert!(!well_formed(&"g".repeat(64)));
    }
}
