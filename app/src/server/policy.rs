//! Who may do what. Every server function asks this module before it touches data, so the
//! whole access policy can be read here. Later features add personal-data rules (consent,
//! referrals, assignment) and the audit entry written in the same transaction.

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
