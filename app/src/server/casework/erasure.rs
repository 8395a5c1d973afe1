//! Erasure requests (GDPR Art. 17, SGB X section 84). A client asks in the portal, or a case
//! manager records a request made in person or by letter. It reaches the case manager (a
//! follow-up on their dashboard) and the data-protection officer (their list), and either of
//! them decides: erase now, or refuse with one of [`ERASURE_REFUSALS`], which the client reads
//! in the portal in their language.
//!
//! Erasing deletes the client's record, and with it everything recorded about them (the
//! foreign keys cascade: cases, plans, notes, consents, referrals, tasks, portal access and
//! sessions, the subjects that link audit entries to them). What stays is what the law and the
//! programme need and names no one: the audit entries (evidence of who saw what, now pointing
//! to no one), the anonymous inputs of the programme figures, and the request itself as the
//! record that an erasure happened. A client whose data are on hold is not erased: the hold
//! (an ongoing procedure, disputed accuracy) is ended first.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{CurrentUser, ErasureRequest, ErasureRequests, ERASURE_REFUSALS};
use crate::server::admin::retention::{APPOINTMENT_WORDING, PLAN_WORDING};
use crate::server::casework::holds;
use crate::server::coordination::figure_inputs::{self, Deleting};
use crate::server::infra::db::{now_ms, Db};
use crate::server::policy;

type Row = (
    i64,
    Option<i64>,
    i64,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
);

const COLUMNS: &str = "r.id, r.client_id, r.requested_at, rb.display_name, r.status, r.refusal,
     r.decided_at, db.display_name";

const FROM: &str = "FROM erasure_requests r
     LEFT JOIN users rb ON rb.id = r.recorded_by
     LEFT JOIN users db ON db.id = r.decided_by";

fn request(row: Row) -> ErasureRequest {
    let (id, client_id, requested_at, recorded_by, status, refusal, decided_at, decided_by) = row;
    ErasureRequest {
        id,
        client_id,
        requested_at,
        recorded_by,
        status,
        refusal,
        decided_at,
        decided_by,
    }
}

/// The client's latest erasure request, if any (the caller has asked the policy).
pub async fn latest(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Option<ErasureRequest>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} {FROM} WHERE r.client_id = $1 ORDER BY r.id DESC LIMIT 1"
    ))
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(request))
}

/// Writes a request for the client, or returns the one still open (asking twice makes no
/// second request).
pub(crate) async fn open_request(
    conn: &mut AnyConnection,
    client_id: i64,
    recorded_by: Option<i64>,
) -> Result<(i64, bool), AppError> {
    if let Some(open) = latest(conn, client_id)
        .await?
        .filter(|r| r.status == "open")
    {
        return Ok((open.id, false));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO erasure_requests (client_id, organisation_id, requested_at, recorded_by)
         SELECT id, organisation_id, $2, $3 FROM clients WHERE id = $1
         RETURNING id",
    )
    .bind(client_id)
    .bind(now_ms())
    .bind(recorded_by)
    .fetch_one(&mut *conn)
    .await?;
    Ok((id, true))
}

/// A case manager (or the data-protection officer) records that the client asked for their
/// data to be erased. Returns the request's id.
pub async fn record(db: &Db, actor: &CurrentUser, client_id: i64) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client_erasure(db, actor, client_id).await?;
    let (id, new) = open_request(&mut tx, client_id, Some(actor.id)).await?;
    if new {
        grant
            .audit(&mut tx, "erasure-request", Some(id), "create")
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// The data-protection officer's list: open requests of clients of their organisation, oldest
/// first, and the 20 latest decisions. Each client listed gets an audit entry.
pub async fn list(db: &Db, actor: &CurrentUser) -> Result<ErasureRequests, AppError> {
    let (mut tx, grant) = policy::erasure_requests(db, actor).await?;
    let open: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} {FROM}
         WHERE r.organisation_id = $1 AND r.status = 'open'
         ORDER BY r.requested_at, r.id"
    ))
    .bind(actor.organisation_id)
    .fetch_all(&mut *tx)
    .await?;
    let decided: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} {FROM}
         WHERE r.organisation_id = $1 AND r.status <> 'open'
         ORDER BY r.decided_at DESC, r.id DESC LIMIT 20"
    ))
    .bind(actor.organisation_id)
    .fetch_all(&mut *tx)
    .await?;
    let list = ErasureRequests {
        open: open.into_iter().map(request).collect(),
        decided: decided.into_iter().map(request).collect(),
    };
    let mut clients: Vec<i64> = list
        .open
        .iter()
        .chain(&list.decided)
        .filter_map(|r| r.client_id)
        .collect();
    clients.sort_unstable();
    clients.dedup();
    grant
        .audit(&mut tx, "erasure-requests", None, "list")
        .await?;
    if !clients.is_empty() {
        grant
            .audit_each(&mut tx, "erasure-requests", &clients, "list")
            .await?;
    }
    tx.commit().await?;
    Ok(list)
}

/// The request, if still open: a decided one is not decided again.
async fn still_open(conn: &mut AnyConnection, request_id: i64) -> Result<(), AppError> {
    let status: String = sqlx::query_scalar("SELECT status FROM erasure_requests WHERE id = $1")
        .bind(request_id)
        .fetch_one(&mut *conn)
        .await?;
    if status != "open" {
        return Err(AppError::invalid("erasure", "error-erasure-decided"));
    }
    Ok(())
}

/// Refuses the request for one of [`ERASURE_REFUSALS`]; the client reads the reason in the
/// portal.
pub async fn refuse(
    db: &Db,
    actor: &CurrentUser,
    request_id: i64,
    refusal: &str,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::erasure_request(db, actor, request_id).await?;
    let refusal = ERASURE_REFUSALS
        .iter()
        .find(|r| **r == refusal)
        .ok_or_else(|| AppError::invalid("refusal", "error-choose-option"))?;
    still_open(&mut tx, request_id).await?;
    sqlx::query(
        "UPDATE erasure_requests
         SET status = 'refused', refusal = $1, decided_at = $2, decided_by = $3
         WHERE id = $4",
    )
    .bind(*refusal)
    .bind(now_ms())
    .bind(actor.id)
    .bind(request_id)
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "erasure-request", Some(request_id), "refuse")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Erases the client of an open request, in one transaction: the figures keep their anonymous
/// inputs, the portal wording of the client's plans and appointments goes, the request is
/// marked erased (the record that it happened), the erasure is audited, and the client's
/// record is deleted with everything that hangs on it. `confirmed`: the person deciding ticked
/// that no duty to keep the data stands in the way.
pub async fn erase(
    db: &Db,
    actor: &CurrentUser,
    request_id: i64,
    confirmed: bool,
) -> Result<(), AppError> {
    let (mut tx, grant, client_id) = policy::erasure_request(db, actor, request_id).await?;
    still_open(&mut tx, request_id).await?;
    if !confirmed {
        return Err(AppError::invalid("confirm", "error-erasure-confirm"));
    }
    if holds::in_force(&mut tx, client_id).await?.is_some() {
        return Err(AppError::invalid("erasure", "error-erasure-held"));
    }
    let now = now_ms();
    figure_inputs::keep(&mut tx, db.backend, Deleting::Clients, &[client_id], now).await?;
    // The portal wording of the client's plans and appointments, as the schedule deletes it.
    for (statement, keys) in [
        (
            PLAN_WORDING,
            "SELECT k.id FROM cases k WHERE k.client_id = $1",
        ),
        (
            APPOINTMENT_WORDING,
            "SELECT a.id FROM appointments a JOIN cases k ON k.id = a.case_id
             WHERE k.client_id = $1",
        ),
    ] {
        sqlx::query(&statement.replace("{keys}", keys))
            .bind(client_id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE erasure_requests SET status = 'erased', decided_at = $1, decided_by = $2
         WHERE id = $3",
    )
    .bind(now)
    .bind(actor.id)
    .bind(request_id)
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "erasure-request", Some(request_id), "erase")
        .await?;
    sqlx::query("DELETE FROM clients WHERE id = $1")
        .bind(client_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
