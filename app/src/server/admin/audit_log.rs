//! The data-protection officer's view of the audit log: reading a page of it and verifying
//! its chain, each asked of the policy and itself audited. The log itself (appending,
//! chaining, verifying) is [`crate::server::audit`], which knows nothing of the policy.

use crate::error::AppError;
use crate::models::{AuditFilter, AuditPage, CurrentUser};
use crate::server::infra::db::Db;
use crate::server::{audit, policy};

/// Newest first, filtered, 50 per page. Reading the log is itself logged.
pub async fn search(
    db: &Db,
    actor: &CurrentUser,
    filter: &AuditFilter,
) -> Result<AuditPage, AppError> {
    let (mut tx, grant) = policy::audit_log(db, actor).await?;
    let (entries, has_next) = audit::page(&mut tx, filter).await?;
    grant.audit(&mut tx, "audit-log", None, "read").await?;
    tx.commit().await?;
    let organisations =
        sqlx::query_as::<_, (i64, String)>("SELECT id, name FROM organisations ORDER BY name")
            .fetch_all(&db.pool)
            .await?;
    Ok(AuditPage {
        entries,
        has_next,
        organisations,
    })
}

/// Recomputes the chain: `None` when intact, else the first entry that does not match. The
/// check is audited before it runs.
pub async fn verify(db: &Db, actor: &CurrentUser) -> Result<Option<i64>, AppError> {
    let (mut tx, grant) = policy::audit_log(db, actor).await?;
    grant.audit(&mut tx, "audit-chain", None, "verify").await?;
    tx.commit().await?;
    audit::verify(db).await
}
