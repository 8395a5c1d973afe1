//! My referrals in the portal: to which organisation, for what, and their state.

use crate::error::AppError;
use crate::models::{PortalClient, PortalReferral};
use crate::server::infra::db::{Db, Tx};
use crate::server::policy;

pub(super) async fn referrals_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<Vec<PortalReferral>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String, String, String, Option<String>, Option<String>)>(
        "SELECT r.id, o.name, r.purpose, r.status, r.seat, r.starts_on
             FROM referrals r JOIN organisations o ON o.id = r.organisation_id
             WHERE r.client_id = $1 ORDER BY r.sent_at DESC, r.id DESC",
    )
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, organisation, purpose, status, seat, starts_on)| PortalReferral {
                id,
                organisation,
                purpose,
                status,
                seat,
                starts_on,
            },
        )
        .collect())
}

/// My referrals and their state.
pub async fn referrals(db: &Db, client: &PortalClient) -> Result<Vec<PortalReferral>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = referrals_in(&mut tx, client).await?;
    grant.audit(&mut tx, "referrals", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}
