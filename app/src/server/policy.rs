//! Who may do what. Every server function asks this module before it touches data, so the
//! whole access policy can be read here. Later features add personal-data rules (consent,
//! referrals, assignment) and the audit entry written in the same transaction.

use super::db::Db;
use crate::error::AppError;
use crate::models::{CurrentUser, Role};

/// Creating organisations and users, assigning roles, deactivating accounts.
pub fn may_manage_accounts(actor: &CurrentUser) -> Result<(), AppError> {
    if actor.role == Role::Administrator {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Registering and finding clients: case managers, within their own organisation.
/// (Issue 4 narrows reading to owned or assigned cases and adds consent for partners.)
pub fn may_work_with_clients(actor: &CurrentUser) -> Result<(), AppError> {
    if actor.role == Role::CaseManager {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Reading and changing one client's record: a case manager of the client's organisation.
/// A client of another organisation is reported as not found, so its existence is not told.
pub async fn may_access_client(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
) -> Result<(), AppError> {
    may_work_with_clients(actor)?;
    let organisation: Option<i64> =
        sqlx::query_scalar("SELECT organisation_id FROM clients WHERE id = $1")
            .bind(client_id)
            .fetch_optional(&db.pool)
            .await?;
    match organisation {
        Some(org) if org == actor.organisation_id => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

/// Whose a case is, as far as the policy needs to know.
#[derive(Debug, Clone, Copy)]
pub struct CaseScope {
    pub client_id: i64,
    pub owner_id: i64,
}

/// Reading and working on a case: a case manager of the case's organisation.
pub async fn may_access_case(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<CaseScope, AppError> {
    may_work_with_clients(actor)?;
    let row: Option<(i64, i64, i64)> =
        sqlx::query_as("SELECT client_id, owner_id, organisation_id FROM cases WHERE id = $1")
            .bind(case_id)
            .fetch_optional(&db.pool)
            .await?;
    match row {
        Some((client_id, owner_id, org)) if org == actor.organisation_id => Ok(CaseScope {
            client_id,
            owner_id,
        }),
        _ => Err(AppError::NotFound),
    }
}

/// The case a goal belongs to, if the actor may work on it.
pub async fn may_access_goal(db: &Db, actor: &CurrentUser, goal_id: i64) -> Result<i64, AppError> {
    may_work_with_clients(actor)?;
    let case_id: Option<i64> = sqlx::query_scalar("SELECT case_id FROM goals WHERE id = $1")
        .bind(goal_id)
        .fetch_optional(&db.pool)
        .await?;
    let case_id = case_id.ok_or(AppError::NotFound)?;
    may_access_case(db, actor, case_id).await?;
    Ok(case_id)
}

/// The case a step belongs to, if the actor may work on it.
pub async fn may_access_step(db: &Db, actor: &CurrentUser, step_id: i64) -> Result<i64, AppError> {
    may_work_with_clients(actor)?;
    let case_id: Option<i64> = sqlx::query_scalar("SELECT case_id FROM steps WHERE id = $1")
        .bind(step_id)
        .fetch_optional(&db.pool)
        .await?;
    let case_id = case_id.ok_or(AppError::NotFound)?;
    may_access_case(db, actor, case_id).await?;
    Ok(case_id)
}

/// Private working notes are shown to their author only: this is the condition every query
/// of notes adds (`author_id` must be the actor's id when the compartment is private).
pub const PRIVATE_NOTES_CONDITION: &str = "(n.compartment <> 'private' OR n.author_id = $2)";

/// Adding catalogue entries: administrators.
pub fn may_manage_catalogues(actor: &CurrentUser) -> Result<(), AppError> {
    may_manage_accounts(actor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role) -> CurrentUser {
        CurrentUser {
            id: 1,
            display_name: "A".into(),
            email: "a@example.org".into(),
            role,
            organisation_id: 1,
            organisation_name: "Stadt Köln".into(),
        }
    }

    #[test]
    fn only_administrators_manage_accounts() {
        for role in Role::ALL {
            let allowed = may_manage_accounts(&user(role)).is_ok();
            assert_eq!(allowed, role == Role::Administrator, "{role:?}");
        }
    }
}
