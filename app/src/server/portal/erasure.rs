//! Asking for my data to be erased, and reading the decision
//! ([`casework::erasure`](crate::server::casework::erasure) decides).

use crate::error::AppError;
use crate::models::{ErasureRequest, PortalClient};
use crate::server::casework::erasure as requests;
use crate::server::infra::db::Db;
use crate::server::policy;

use super::{current_case, tell_case_manager, FollowUp};

/// My latest erasure request and its decision, if I asked. Who recorded or decided it is not
/// shown (names of staff are not the client's data).
pub async fn erasure(db: &Db, client: &PortalClient) -> Result<Option<ErasureRequest>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let request = requests::latest(&mut tx, client.client_id)
        .await?
        .map(|r| ErasureRequest {
            recorded_by: None,
            decided_by: None,
            ..r
        });
    grant
        .audit(
            &mut tx,
            "erasure-request",
            request.as_ref().map(|r| r.id),
            "read",
        )
        .await?;
    tx.commit().await?;
    Ok(request)
}

/// Asks for my data to be erased. The request reaches my case manager (a follow-up on their
/// dashboard, if I have a case) and the data-protection officer (their list). Asking again
/// while a request is open changes nothing.
pub async fn request_erasure(db: &Db, client: &PortalClient) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let (id, new) = requests::open_request(&mut tx, client.client_id, None).await?;
    if new {
        match current_case(&mut tx, client.client_id).await {
            Ok((case_id, owner_id)) => {
                tell_case_manager(&mut tx, case_id, owner_id, FollowUp::Erasure, None, None)
                    .await?;
            }
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
        grant
            .audit(&mut tx, "erasure-request", Some(id), "create")
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}
