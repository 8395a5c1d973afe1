//! The client portal: access letters and client sign-in (a code from the letter, then a PIN
//! or passphrase), client sessions, and what a client sees and does with their own data.
//! Every reading function asks [`policy::portal`](crate::server::policy::portal) first and
//! audits in the same transaction; every id a client sends is checked to be theirs by
//! [`policy::portal_record`](crate::server::policy::portal_record).
//!
//! The case manager's side: `letters` (access letters, blocking, the case's Portal tab) and
//! `translations`. The client's side: `codes` and `sign_in`, then one module per portal page:
//! `plan` (with appointments and marking a step done), `referrals`, `consents`,
//! `corrections`, `erasure`, `access_log` and `export`.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::infra::db::now_ms;

mod access_log;
mod codes;
mod consents;
mod corrections;
mod erasure;
mod export;
pub(crate) mod letters;
mod plan;
mod referrals;
pub mod reminders;
mod sign_in;
mod translations;

pub use access_log::access_log;
pub use codes::{code_hash, new_code, normalise_code, AccessCode, NewSecret};
pub use consents::{consents, revoke_consent};
pub use corrections::{corrections, request_correction, CorrectionRequest};
pub use erasure::{erasure, request_erasure};
pub use export::export;
pub use letters::{case_portal, issue_letter, qr_svg, set_blocked};
pub use plan::{appointments, mark_step_done, plan};
pub use referrals::referrals;
pub use sign_in::{
    cookie, end_session, purge_sessions, removal_cookie, resume, sign_in, sign_in_cookies,
    SignInInput, PORTAL_COOKIE,
};
pub use translations::{save_translation, TranslationInput};

const CLIENT_CASES: &str = "SELECT id FROM cases WHERE client_id = $1";

/// The code of the `responsible` catalogue for steps the client does themselves: the steps
/// the portal shows first and lets them mark done.
const CLIENT_RESPONSIBLE: &str = "client";

/// What the portal tells the case manager, as the `kind` of a follow-up on their dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FollowUp {
    StepDone,
    ConsentRevoked,
    Correction,
    Erasure,
}

impl FollowUp {
    fn as_str(self) -> &'static str {
        match self {
            FollowUp::StepDone => "portal-step-done",
            FollowUp::ConsentRevoked => "portal-consent-revoked",
            FollowUp::Correction => "portal-correction",
            FollowUp::Erasure => "portal-erasure",
        }
    }
}

/// The client's newest case and its owner: whom the portal tells.
async fn current_case(conn: &mut AnyConnection, client_id: i64) -> Result<(i64, i64), AppError> {
    let row = sqlx::query_as::<_, (i64, i64)>(
        "SELECT id, owner_id FROM cases WHERE client_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.ok_or(AppError::NotFound)
}

async fn tell_case_manager(
    conn: &mut AnyConnection,
    case_id: i64,
    owner_id: i64,
    kind: FollowUp,
    topic: Option<&str>,
    note: Option<&str>,
) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO follow_ups (case_id, assignee_id, kind, topic, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(case_id)
    .bind(owner_id)
    .bind(kind.as_str())
    .bind(topic)
    .bind(note)
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?)
}

#[cfg(test)]
mod tests {
    use crate::models::catalogue::RESPONSIBLE_KINDS;

    #[test]
    fn the_client_is_a_responsible_kind() {
        assert!(RESPONSIBLE_KINDS.contains(&super::CLIENT_RESPONSIBLE));
    }
}
