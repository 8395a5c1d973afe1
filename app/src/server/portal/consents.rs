//! My consents in the portal: to whom, for what, which data, until when; and revoking one.

use crate::error::AppError;
use crate::models::NotificationKind;
use crate::models::{ConsentCategory, PortalClient, PortalConsent};
use crate::server::infra::db::{Db, Tx};
use crate::server::mail::notifications;
use crate::server::{infra::input, policy};

use super::{current_case, tell_case_manager, FollowUp};

pub(super) async fn consents_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<Vec<PortalConsent>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String, String, String, Option<String>, Option<i64>)>(
        "SELECT c.id, o.name, c.purpose, c.valid_from, c.valid_until, c.revoked_at
         FROM consents c JOIN organisations o ON o.id = c.organisation_id
         WHERE c.client_id = $1 ORDER BY c.revoked_at IS NOT NULL, c.recorded_at DESC, c.id DESC",
    )
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let categories: Vec<(i64, String)> = if ids.is_empty() {
        Vec::new()
    } else {
        sqlx::query_as(&format!(
            "SELECT consent_id, category FROM consent_categories WHERE consent_id IN ({})",
            crate::server::infra::db::id_list(&ids)
        ))
        .fetch_all(&mut **tx)
        .await?
    };
    let today = input::today().to_string();
    Ok(rows
        .into_iter()
        .map(
            |(id, organisation, purpose, valid_from, valid_until, revoked_at)| {
                let expired = valid_until.as_deref().is_some_and(|u| u < today.as_str());
                PortalConsent {
                    categories: ConsentCategory::ALL
                        .iter()
                        .filter(|c| categories.iter().any(|(i, k)| *i == id && k == *c))
                        .map(|c| c.as_str().to_owned())
                        .collect(),
                    id,
                    organisation,
                    purpose,
                    valid_from,
                    valid_until,
                    revoked_at,
                    expired,
                }
            },
        )
        .collect())
}

/// My consents: to whom, for what, which data, until when.
pub async fn consents(db: &Db, client: &PortalClient) -> Result<Vec<PortalConsent>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = consents_in(&mut tx, client).await?;
    grant.audit(&mut tx, "consents", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

/// Revokes one of my consents now: the organisation loses access on its next request, and
/// my case manager gets a follow-up.
pub async fn revoke_consent(
    db: &Db,
    client: &PortalClient,
    consent_id: i64,
) -> Result<(), AppError> {
    let (mut tx, grant) =
        policy::portal_record(db, client, policy::PortalRecord::Consent, consent_id).await?;
    crate::server::network::consents::mark_revoked(&mut tx, consent_id, None).await?;
    let organisation: String = sqlx::query_scalar(
        "SELECT o.name FROM consents c JOIN organisations o ON o.id = c.organisation_id
         WHERE c.id = $1",
    )
    .bind(consent_id)
    .fetch_one(&mut *tx)
    .await?;
    let (case_id, owner_id) = current_case(&mut tx, client.client_id).await?;
    let follow_up = tell_case_manager(
        &mut tx,
        case_id,
        owner_id,
        FollowUp::ConsentRevoked,
        None,
        Some(&organisation),
    )
    .await?;
    notifications::follow_up(
        &mut tx,
        owner_id,
        case_id,
        follow_up,
        NotificationKind::ConsentRevoked,
    )
    .await?;
    grant
        .audit(&mut tx, "consent", Some(consent_id), "revoke")
        .await?;
    tx.commit().await?;
    Ok(())
}
