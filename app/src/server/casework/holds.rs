//! Holds: restriction of processing instead of deletion (GDPR Art. 18, SGB X section 84). A
//! case manager of the client, or the data-protection officer of the client's organisation,
//! puts a hold on a client's data with a reason and a last day. While it is in force the
//! retention schedule deletes none of the client's data, no consent shares them with a partner
//! or volunteer ([`consents_in_force::held`]), and staff see the client marked as restricted.
//! Placing and ending a hold are audited with the change.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{ClientHold, ClientSummary, CurrentUser, HeldClient};
use crate::server::consents_in_force;
use crate::server::infra::db::{id_list, now_ms, Db};
use crate::server::infra::fields::{catalogues::HoldReason, Code, Text};
use crate::server::infra::input;
use crate::server::policy;

/// The longest hold: five years; a longer need is put on again when it ends.
const LONGEST_YEARS: u32 = 5;

type HoldRow = (i64, i64, String, Option<String>, String, String, i64);

const HOLD_COLUMNS: &str =
    "h.client_id, h.id, h.reason, h.note, h.until, u.display_name, h.placed_at";

fn held_client(row: HoldRow) -> HeldClient {
    let (client_id, id, reason, note, until, placed_by, placed_at) = row;
    HeldClient {
        client_id,
        hold: ClientHold {
            id,
            reason,
            note,
            until,
            placed_by,
            placed_at,
        },
    }
}

/// The hold in force on a client today, if any (the caller has asked the policy).
pub async fn in_force(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Option<ClientHold>, AppError> {
    let row: Option<HoldRow> = sqlx::query_as(&format!(
        "SELECT {HOLD_COLUMNS}
         FROM client_holds h JOIN users u ON u.id = h.placed_by
         WHERE h.client_id = $1 AND {}
         ORDER BY h.id DESC LIMIT 1",
        consents_in_force::hold_in_force("$2")
    ))
    .bind(client_id)
    .bind(input::today().to_string())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|row| held_client(row).hold))
}

/// The holds in force on clients of the data-protection officer's organisation, the soonest
/// to end first. Each client on the list gets an audit entry.
pub async fn list(db: &Db, actor: &CurrentUser) -> Result<Vec<HeldClient>, AppError> {
    let (mut tx, grant) = policy::holds(db, actor).await?;
    let rows: Vec<HoldRow> = sqlx::query_as(&format!(
        "SELECT {HOLD_COLUMNS}
         FROM client_holds h JOIN users u ON u.id = h.placed_by
         JOIN clients c ON c.id = h.client_id
         WHERE c.organisation_id = $1 AND {}
         ORDER BY h.until, h.id",
        consents_in_force::hold_in_force("$2")
    ))
    .bind(actor.organisation_id)
    .bind(input::today().to_string())
    .fetch_all(&mut *tx)
    .await?;
    let list: Vec<HeldClient> = rows.into_iter().map(held_client).collect();
    let clients: Vec<i64> = list.iter().map(|h| h.client_id).collect();
    grant.audit(&mut tx, "holds", None, "list").await?;
    if !clients.is_empty() {
        grant.audit_each(&mut tx, "holds", &clients, "list").await?;
    }
    tx.commit().await?;
    Ok(list)
}

/// [`place`] for a client named by the number the data-protection officer typed (from the
/// audit log or a request): a number that names no client of their organisation is an error
/// under the field, like a typo (the attempt is audited all the same).
pub async fn place_by_number(
    db: &Db,
    actor: &CurrentUser,
    client_number: &str,
    reason: &str,
    until: &str,
    note: &str,
) -> Result<i64, AppError> {
    // Only the data-protection officer names clients by number; others use the record.
    drop(policy::holds(db, actor).await?);
    let unknown = || AppError::invalid("client_number", "error-client-number");
    let client_id: i64 = client_number.trim().parse().map_err(|_| unknown())?;
    match place(db, actor, client_id, reason, until, note).await {
        Err(AppError::NotFound) => Err(unknown()),
        other => other,
    }
}

/// Marks the clients of a list whose data are held today (one query for the page).
pub async fn mark_held(
    conn: &mut AnyConnection,
    clients: &mut [ClientSummary],
) -> Result<(), AppError> {
    if clients.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = clients.iter().map(|c| c.id).collect();
    let held: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT DISTINCT h.client_id FROM client_holds h
         WHERE h.client_id IN ({}) AND {}",
        id_list(&ids),
        consents_in_force::hold_in_force("$1")
    ))
    .bind(input::today().to_string())
    .fetch_all(&mut *conn)
    .await?;
    for client in clients {
        client.held = held.contains(&client.id);
    }
    Ok(())
}

/// Whether a client's data are held today: sharing them is refused with a message under
/// `field` (a referral, a volunteer task).
pub async fn refuse_sharing_if_held(
    conn: &mut AnyConnection,
    client_id: i64,
    field: &str,
) -> Result<(), AppError> {
    let held: bool = sqlx::query_scalar::<_, i64>(&format!(
        "SELECT CASE WHEN {} THEN 1 ELSE 0 END",
        consents_in_force::held("$1", "$2")
    ))
    .bind(client_id)
    .bind(input::today().to_string())
    .fetch_one(&mut *conn)
    .await?
        == 1;
    if held {
        return Err(AppError::invalid(field, "error-client-held"));
    }
    Ok(())
}

/// Puts a hold on a client's data until `until` (the last day, from today to five years on)
/// for `reason`, with an optional note. One hold at a time: a client already held keeps
/// theirs (end it to put on another). Returns the hold's id.
pub async fn place(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    reason: &str,
    until: &str,
    note: &str,
) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client_hold(db, actor, client_id).await?;
    let reason = Code::<HoldReason>::required(reason, "hold_reason", &[])?;
    let today = input::today();
    let until = input::date(until, "hold_until")?
        .ok_or_else(|| AppError::invalid("hold_until", "error-required"))?;
    let latest = today
        .checked_add_months(chrono::Months::new(12 * LONGEST_YEARS))
        .unwrap_or(today);
    if until < today {
        return Err(AppError::invalid("hold_until", "error-hold-until-past"));
    }
    if until > latest {
        return Err(AppError::invalid("hold_until", "error-hold-until-far"));
    }
    let note = Text::parse(note, "hold_note", 500)?;
    if in_force(&mut tx, client_id).await?.is_some() {
        return Err(AppError::invalid("hold_reason", "error-hold-exists"));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO client_holds (client_id, reason, note, until, placed_by, placed_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(client_id)
    .bind(reason.as_str())
    .bind(note.as_ref().map(|n| n.as_str().to_owned()))
    .bind(until.to_string())
    .bind(actor.id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    grant.audit(&mut tx, "hold", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

/// Ends a hold before its last day; the schedule and sharing go on as without it. Ending an
/// ended hold changes nothing.
pub async fn end(db: &Db, actor: &CurrentUser, hold_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::hold(db, actor, hold_id).await?;
    let ended = sqlx::query(
        "UPDATE client_holds SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL",
    )
    .bind(now_ms())
    .bind(actor.id)
    .bind(hold_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if ended == 1 {
        grant
            .audit(&mut tx, "hold", Some(hold_id), "update")
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
