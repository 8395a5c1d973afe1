//! Which consents are in force, and which clients' data are held: the SQL conditions and the one query that the policy (what
//! partner staff and volunteers may see) and the domain (what a consent covers, which inbox
//! entries are named) share. Below both, so neither imports the other for it.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::infra::db::id_list;
use crate::server::infra::input;

/// The condition for a consent `c` in force on the date bound as `date_param` (`$5`): not
/// revoked, begun, not ended, and its client's data not held: while a hold restricts them,
/// no consent shares them with anyone.
pub fn condition(date_param: &str) -> String {
    format!(
        "c.revoked_at IS NULL AND c.valid_from <= {date_param} \
         AND (c.valid_until IS NULL OR c.valid_until >= {date_param}) \
         AND NOT {}",
        held("c.client_id", date_param)
    )
}

/// The condition "the hold `h` is in force on `day` (an SQL date, `YYYY-MM-DD`)": not
/// ended, and its last day not passed.
pub fn hold_in_force(day: &str) -> String {
    format!("h.ended_at IS NULL AND h.until >= {day}")
}

/// The condition "the client `client` (an SQL expression) has a hold in force on `day`".
pub fn held(client: &str, day: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM client_holds h WHERE h.client_id = {client} AND {})",
        hold_in_force(day)
    )
}

/// Consents in force today of `client_ids` to an organisation for a purpose: (client,
/// consent, category) rows in consent order, one query.
pub async fn categories(
    conn: &mut AnyConnection,
    client_ids: &[i64],
    organisation_id: i64,
    purpose: &str,
) -> Result<Vec<(i64, i64, String)>, AppError> {
    if client_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_as(&format!(
        "SELECT c.client_id, c.id, cc.category FROM consents c
         JOIN consent_categories cc ON cc.consent_id = c.id
         WHERE c.client_id IN ({}) AND c.organisation_id = $1 AND c.purpose = $2 AND {}
         ORDER BY c.id",
        id_list(client_ids),
        condition("$3")
    ))
    .bind(organisation_id)
    .bind(purpose)
    .bind(input::today().to_string())
    .fetch_all(&mut *conn)
    .await?)
}
