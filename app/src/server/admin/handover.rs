//! Handing over a caseload: when a case manager leaves or is absent, an administrator
//! reassigns their cases (all, or those ticked) to an active case manager of the same
//! organisation in one action, audited per case. The administrator sees the cases by number,
//! phase and dates, never a client's name. Deactivating a case manager who still owns open
//! cases is refused until they are handed over ([`open_cases`]).

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{Caseload, CaseloadCase, Colleague, CurrentUser, Role};
use crate::server::infra::db::{id_list, now_ms, Db};
use crate::server::policy;

/// How many cases that are not closed `user_id` owns.
pub async fn open_cases(conn: &mut AnyConnection, user_id: i64) -> Result<i64, AppError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE owner_id = $1 AND phase <> 'closed'")
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// The staff member's name, organisation, whether active, and role.
type StaffRow = (String, i64, String, i64, String);

async fn staff_member(
    conn: &mut AnyConnection,
    user_id: i64,
) -> Result<Option<StaffRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.display_name, u.organisation_id, o.name, u.active, u.role
         FROM users u JOIN organisations o ON o.id = u.organisation_id
         WHERE u.id = $1",
    )
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The cases `user_id` owns, open ones first (most recently worked on first), and the
/// colleagues who can take them. The list is audited once, and once per client on it.
pub async fn caseload(db: &Db, actor: &CurrentUser, user_id: i64) -> Result<Caseload, AppError> {
    let (mut tx, grant) = policy::caseload_handover(db, actor).await?;
    let Some((display_name, organisation_id, organisation_name, active, _)) =
        staff_member(&mut tx, user_id).await?
    else {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "user", user_id).await);
    };
    let cases: Vec<CaseloadCase> = sqlx::query_as::<_, (i64, i64, String, i64, i64)>(
        "SELECT id, client_id, phase, opened_at, updated_at FROM cases
         WHERE owner_id = $1
         ORDER BY CASE WHEN phase = 'closed' THEN 1 ELSE 0 END, updated_at DESC, id DESC",
    )
    .bind(user_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(
        |(case_id, client_id, phase, opened_at, updated_at)| CaseloadCase {
            case_id,
            client_id,
            phase,
            opened_at,
            updated_at,
        },
    )
    .collect();
    let colleagues = colleagues(&mut tx, organisation_id, user_id).await?;
    grant
        .audit(&mut tx, "caseload-handover", Some(user_id), "list")
        .await?;
    let mut clients: Vec<i64> = cases.iter().map(|c| c.client_id).collect();
    clients.sort_unstable();
    clients.dedup();
    if !clients.is_empty() {
        grant
            .audit_each(&mut tx, "caseload-handover", &clients, "list")
            .await?;
    }
    tx.commit().await?;
    Ok(Caseload {
        user_id,
        display_name,
        organisation_name,
        active: active != 0,
        cases,
        colleagues,
    })
}

/// The active case managers of the organisation other than `except`, by name.
async fn colleagues(
    conn: &mut AnyConnection,
    organisation_id: i64,
    except: i64,
) -> Result<Vec<Colleague>, AppError> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT u.id, u.display_name,
            (SELECT COUNT(*) FROM cases k WHERE k.owner_id = u.id AND k.phase <> 'closed')
         FROM users u
         WHERE u.organisation_id = $1 AND u.role = $2 AND u.active = 1 AND u.id <> $3
         ORDER BY u.display_name, u.id",
    )
    .bind(organisation_id)
    .bind(Role::CaseManager.as_str())
    .bind(except)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, display_name, open_cases)| Colleague {
            id,
            display_name,
            open_cases,
        })
        .collect())
}

/// Reassigns the cases `case_ids` of `from_user_id` to the colleague `to_user_id` in one
/// transaction, each with an audit entry on the case; returns how many. The colleague must be
/// an active case manager of the same organisation; every case must still be owned by
/// `from_user_id` (else nothing changes and the page is to be reloaded). An assignment of
/// the colleague to a case they now own is removed, as it says nothing more.
pub async fn hand_over(
    db: &Db,
    actor: &CurrentUser,
    from_user_id: i64,
    to_user_id: &str,
    case_ids: &[i64],
) -> Result<usize, AppError> {
    let (mut tx, grant) = policy::caseload_handover(db, actor).await?;
    let Some((_, organisation_id, _, _, _)) = staff_member(&mut tx, from_user_id).await? else {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "user", from_user_id).await);
    };
    let to_user_id: i64 = to_user_id
        .trim()
        .parse()
        .map_err(|_| AppError::invalid("to_user_id", "error-choose-option"))?;
    let colleague = colleagues(&mut tx, organisation_id, from_user_id)
        .await?
        .into_iter()
        .any(|c| c.id == to_user_id);
    if !colleague {
        return Err(AppError::invalid("to_user_id", "error-handover-colleague"));
    }
    if case_ids.is_empty() {
        return Err(AppError::invalid("cases", "error-handover-no-case"));
    }
    let owned: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT id, client_id FROM cases WHERE owner_id = $1 AND id IN ({}) ORDER BY id",
        id_list(case_ids)
    ))
    .bind(from_user_id)
    .fetch_all(&mut *tx)
    .await?;
    if owned.len() != case_ids.len() {
        return Err(AppError::invalid("cases", "error-handover-changed"));
    }
    let list = id_list(case_ids);
    sqlx::query(&format!(
        "UPDATE cases SET owner_id = $1, updated_at = $2, version = version + 1
         WHERE owner_id = $3 AND id IN ({list})"
    ))
    .bind(to_user_id)
    .bind(now_ms())
    .bind(from_user_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "DELETE FROM case_assignments WHERE user_id = $1 AND case_id IN ({list})"
    ))
    .bind(to_user_id)
    .execute(&mut *tx)
    .await?;
    for (case_id, client_id) in &owned {
        grant
            .for_client(*client_id)
            .audit(&mut tx, "case", Some(*case_id), "handover")
            .await?;
    }
    tx.commit().await?;
    Ok(owned.len())
}
