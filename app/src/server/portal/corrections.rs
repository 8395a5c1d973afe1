//! Correction requests: a client asks their case manager to correct something, which
//! becomes a follow-up task on the case manager's dashboard.

use crate::error::AppError;
use crate::models::NotificationKind;
use crate::models::{CorrectionForm, PortalClient, PortalCorrection, CORRECTION_TOPICS};
use crate::server::infra::db::{Db, Tx};
use crate::server::infra::fields::Text;
use crate::server::mail::notifications;
use crate::server::policy;

use super::{current_case, tell_case_manager, FollowUp, CLIENT_CASES};

/// A correction request as the form sent it, checked: only [`CorrectionRequest::try_from`]
/// builds it.
#[derive(Debug, Clone)]
pub struct CorrectionRequest {
    /// One of [`CORRECTION_TOPICS`].
    topic: &'static str,
    message: Text,
}

impl TryFrom<&CorrectionForm> for CorrectionRequest {
    type Error = AppError;

    fn try_from(form: &CorrectionForm) -> Result<Self, AppError> {
        let topic = CORRECTION_TOPICS
            .iter()
            .find(|t| **t == form.topic)
            .ok_or_else(|| AppError::invalid("topic", "error-choose-option"))?;
        let message = Text::parse(&form.message, "message", 2_000)?
            .ok_or_else(|| AppError::invalid("message", "error-required"))?;
        Ok(CorrectionRequest { topic, message })
    }
}

pub(super) async fn corrections_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<Vec<PortalCorrection>, AppError> {
    let rows =
        sqlx::query_as::<_, (i64, Option<String>, Option<String>, i64, Option<i64>)>(&format!(
            "SELECT id, topic, note, created_at, done_at FROM follow_ups
             WHERE kind = $2 AND case_id IN ({CLIENT_CASES})
             ORDER BY created_at DESC, id DESC"
        ))
        .bind(client.client_id)
        .bind(FollowUp::Correction.as_str())
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, topic, note, created_at, done_at)| PortalCorrection {
            id,
            topic: topic.unwrap_or_else(|| "other".into()),
            message: note.unwrap_or_default(),
            created_at,
            done: done_at.is_some(),
        })
        .collect())
}

/// My correction requests, newest first.
pub async fn corrections(
    db: &Db,
    client: &PortalClient,
) -> Result<Vec<PortalCorrection>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = corrections_in(&mut tx, client).await?;
    grant.audit(&mut tx, "corrections", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

/// Asks my case manager to correct something: it becomes a follow-up task for them.
pub async fn request_correction(
    db: &Db,
    client: &PortalClient,
    request: &CorrectionRequest,
) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let (case_id, owner_id) = current_case(&mut tx, client.client_id).await?;
    let id = tell_case_manager(
        &mut tx,
        case_id,
        owner_id,
        FollowUp::Correction,
        Some(request.topic),
        Some(request.message.as_str()),
    )
    .await?;
    notifications::follow_up(
        &mut tx,
        owner_id,
        case_id,
        id,
        NotificationKind::CorrectionRequested,
    )
    .await?;
    grant
        .audit(&mut tx, "follow-up", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}
