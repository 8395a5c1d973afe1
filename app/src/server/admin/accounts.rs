//! Organisations and staff accounts: sign-in, creation, roles, deactivation, passwords.

use std::net::IpAddr;

use crate::error::AppError;
use crate::models::{
    CurrentUser, Organisation, OrganisationType, Page, Role, SignInMethod, StaffAccount, PAGE_SIZE,
};
use crate::server::audit::{self, Entry};
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{is_unique_violation, now_ms, Db};
use crate::server::infra::throttle::{self, Door};
use crate::server::{infra::passwords, infra::sessions, policy};

use super::factors;

/// E-mail addresses are compared trimmed and lower-cased.
pub fn normalise_email(raw: &str) -> Result<String, AppError> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && matches!(email.split_once('@'), Some((local, domain)) if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'));
    if valid {
        Ok(email)
    } else {
        Err(AppError::invalid("email", "error-email-invalid"))
    }
}

fn required_text(raw: &str, field: &str, max_chars: usize) -> Result<String, AppError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, "error-required"));
    }
    if text.chars().count() > max_chars {
        return Err(AppError::invalid(field, "error-too-long"));
    }
    Ok(text.to_owned())
}

#[derive(sqlx::FromRow)]
struct Credentials {
    id: i64,
    password_hash: String,
    active: i64,
}

/// Signs in with e-mail and password; returns the new session token (see [`sign_in_from`]).
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    Ok(sign_in_from(db, email, password, ip, "").await?.0)
}

/// Signs in with e-mail and password from a browser (its `User-Agent`); returns the new
/// session's token and how far it has come: full, or waiting for the user's second factor, or
/// for one to be set up where their organisation requires it. Attempts are counted per
/// account before the password is checked, and refused with `Throttled` once too many.
pub async fn sign_in_from(
    db: &Db,
    email: &str,
    password: &str,
    ip: Option<IpAddr>,
    user_agent: &str,
) -> Result<(String, sessions::Stage), AppError> {
    let email = email.trim().to_lowercase();
    let attempt = throttle::attempt(db, Door::StaffSignIn, &email, ip).await?;
    let found = sqlx::query_as::<_, Credentials>(
        "SELECT id, password_hash, active FROM users WHERE email = $1",
    )
    .bind(&email)
    .fetch_optional(&db.pool)
    .await?;
    let (user_id, hash, active) = match found {
        Some(c) => (Some(c.id), Some(c.password_hash), c.active != 0),
        None => (None, None, false),
    };
    let password_ok = passwords::verify(password.to_owned(), hash).await?;
    let Some(user_id) = user_id.filter(|_| password_ok && active) else {
        attempt.failed(db).await?;
        return Err(AppError::InvalidCredentials);
    };
    attempt.succeeded(db).await?;
    if super::providers::password_refused(db, user_id).await? {
        return Err(AppError::NotYet {
            message_id: "error-sign-in-through-provider".to_owned(),
        });
    }
    sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    let stage = if factors::has_second_factor(db, user_id).await? {
        sessions::Stage::SecondFactor
    } else if factors::required(db, organisation_of(db, user_id).await?).await? {
        sessions::Stage::Setup
    } else {
        sessions::Stage::Full
    };
    let token = sessions::start(db, user_id, SignInMethod::Password, stage, user_agent).await?;
    Ok((token, stage))
}

async fn organisation_of(db: &Db, user_id: i64) -> Result<i64, AppError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT organisation_id FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: i64,
    name: String,
    organisation_type: String,
    contact_name: Option<String>,
    contact_email: Option<String>,
    contact_language: Option<String>,
}

impl OrganisationRow {
    fn into_model(self) -> Option<Organisation> {
        let contact = match (self.contact_name, self.contact_email) {
            (Some(name), Some(email)) => Some(crate::models::ExternalContact {
                name,
                email,
                language: self.contact_language.unwrap_or_else(|| "de".to_owned()),
            }),
            _ => None,
        };
        Some(Organisation {
            id: self.id,
            name: self.name,
            organisation_type: OrganisationType::parse(&self.organisation_type)?,
            contact,
        })
    }
}

/// All organisations by name. An installation has tens of them, not thousands.
pub async fn list_organisations(
    db: &Db,
    actor: &CurrentUser,
) -> Result<Vec<Organisation>, AppError> {
    policy::may_manage_accounts(actor)?;
    let rows = sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.name, o.organisation_type, u.display_name AS contact_name,
             u.email AS contact_email, m.language AS contact_language
         FROM organisations o
         LEFT JOIN users u ON o.external = 1 AND u.id =
             (SELECT MIN(c.id) FROM users c WHERE c.organisation_id = o.id)
         LEFT JOIN mail_settings m ON m.user_id = u.id
         ORDER BY o.name",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(OrganisationRow::into_model)
        .collect())
}

pub async fn create_organisation(
    db: &Db,
    actor: &CurrentUser,
    name: &str,
    organisation_type: &str,
) -> Result<Organisation, AppError> {
    policy::may_manage_accounts(actor)?;
    let name = required_text(name, "name", 200)?;
    let organisation_type = OrganisationType::parse(organisation_type)
        .ok_or_else(|| AppError::invalid("organisation_type", "error-choose-option"))?;
    insert_organisation(db, &name, organisation_type).await
}

/// An organisation's name already taken, as the form's error; any other error as it is.
fn name_taken(e: sqlx::Error) -> AppError {
    if is_unique_violation(&e, "organisations_name_key", "organisations.name") {
        AppError::invalid("name", "error-organisation-exists")
    } else {
        e.into()
    }
}

/// An e-mail address already taken by an account, as the error of the form's `field`.
fn email_taken(e: sqlx::Error, field: &str) -> AppError {
    if is_unique_violation(&e, "users_email_key", "users.email") {
        AppError::invalid(field, "error-email-taken")
    } else {
        e.into()
    }
}

/// What an administrator types to add a partner organisation without accounts.
#[derive(Debug, Clone, Default)]
pub struct NewExternalOrganisation {
    pub name: String,
    pub organisation_type: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_language: String,
}

/// Adds a partner organisation without accounts, with its contact person: an account that
/// cannot sign in (inactive, no usable password), so that the contact's answers through a
/// referral's link are recorded and audited under their organisation.
pub async fn create_external_organisation(
    db: &Db,
    actor: &CurrentUser,
    new: &NewExternalOrganisation,
) -> Result<Organisation, AppError> {
    policy::may_manage_accounts(actor)?;
    let name = required_text(&new.name, "name", 200)?;
    let kind = OrganisationType::parse(&new.organisation_type)
        .ok_or_else(|| AppError::invalid("organisation_type", "error-choose-option"))?;
    let contact_name = required_text(&new.contact_name, "contact_name", 200)?;
    let email = normalise_email(&new.contact_email)
        .map_err(|_| AppError::invalid("contact_email", "error-email-invalid"))?;
    let language = crate::i18n::find(&new.contact_language)
        .filter(|l| !crate::i18n::is_client_only(l.id))
        .ok_or_else(|| AppError::invalid("contact_language", "error-choose-option"))?
        .id;
    let mut tx = crate::server::infra::db::begin(db).await?;
    let now = now_ms();
    let id = sqlx::query_scalar::<_, i64>(
        "INSERT INTO organisations (name, organisation_type, external, created_at)
         VALUES ($1, $2, 1, $3) RETURNING id",
    )
    .bind(&name)
    .bind(kind.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(name_taken)?;
    let user_id = sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (organisation_id, email, display_name, role, password_hash, active, created_at)
         VALUES ($1, $2, $3, $4, '!', 0, $5) RETURNING id",
    )
    .bind(id)
    .bind(&email)
    .bind(&contact_name)
    .bind(Role::PartnerStaff.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| email_taken(e, "contact_email"))?;
    sqlx::query("INSERT INTO mail_settings (user_id, language) VALUES ($1, $2)")
        .bind(user_id)
        .bind(language)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Organisation {
        id,
        name: name.to_string(),
        organisation_type: kind,
        contact: Some(crate::models::ExternalContact {
            name: contact_name.to_string(),
            email,
            language: language.to_owned(),
        }),
    })
}

async fn insert_organisation(
    db: &Db,
    name: &str,
    kind: OrganisationType,
) -> Result<Organisation, AppError> {
    let id = sqlx::query_scalar::<_, i64>(
        "INSERT INTO organisations (name, organisation_type, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(kind.as_str())
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
    .map_err(name_taken)?;
    Ok(Organisation {
        id,
        name: name.to_owned(),
        organisation_type: kind,
        contact: None,
    })
}

/// What an administrator types to create a staff account.
#[derive(Debug, Clone)]
pub struct NewStaffAccount {
    pub display_name: String,
    pub email: String,
    pub organisation_id: i64,
    pub role: String,
    pub password: String,
}

pub async fn create_user(
    db: &Db,
    actor: &CurrentUser,
    new: NewStaffAccount,
) -> Result<i64, AppError> {
    policy::may_manage_accounts(actor)?;
    insert_user(db, new).await
}

async fn insert_user(db: &Db, new: NewStaffAccount) -> Result<i64, AppError> {
    let display_name = required_text(&new.display_name, "display_name", 200)?;
    let email = normalise_email(&new.email)?;
    let role =
        Role::parse(&new.role).ok_or_else(|| AppError::invalid("role", "error-choose-option"))?;
    passwords::check_new_password(&new.password).map_err(|id| AppError::invalid("password", id))?;
    let organisation_exists = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM organisations WHERE id = $1 AND external = 0",
    )
    .bind(new.organisation_id)
    .fetch_one(&db.pool)
    .await?;
    if organisation_exists == 0 {
        return Err(AppError::invalid("organisation_id", "error-choose-option"));
    }
    let hash = passwords::hash(new.password).await?;
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (organisation_id, email, display_name, role, password_hash, active, created_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6) RETURNING id",
    )
    .bind(new.organisation_id)
    .bind(&email)
    .bind(&display_name)
    .bind(role.as_str())
    .bind(hash)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
    .map_err(|e| email_taken(e, "email"))
}

#[derive(sqlx::FromRow)]
struct StaffAccountRow {
    id: i64,
    display_name: String,
    email: String,
    role: String,
    organisation_name: String,
    active: i64,
    last_sign_in_at: Option<i64>,
}

/// One page (1-based) of staff accounts, ordered by organisation and name.
pub async fn list_users(
    db: &Db,
    actor: &CurrentUser,
    page: i64,
) -> Result<Page<StaffAccount>, AppError> {
    policy::may_manage_accounts(actor)?;
    let page = page.max(1);
    let rows = sqlx::query_as::<_, StaffAccountRow>(
        "SELECT u.id, u.display_name, u.email, u.role, o.name AS organisation_name, u.active, u.last_sign_in_at
         FROM users u JOIN organisations o ON o.id = u.organisation_id
         WHERE o.external = 0
         ORDER BY o.name, u.display_name, u.id
         LIMIT $1 OFFSET $2",
    )
    .bind(PAGE_SIZE + 1)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(&db.pool)
    .await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    let items = rows
        .into_iter()
        .take(PAGE_SIZE as usize)
        .filter_map(|r| {
            Some(StaffAccount {
                id: r.id,
                display_name: r.display_name,
                email: r.email,
                role: Role::parse(&r.role)?,
                organisation_name: r.organisation_name,
                active: r.active != 0,
                last_sign_in_at: r.last_sign_in_at,
            })
        })
        .collect();
    Ok(Page {
        items,
        page,
        has_next,
    })
}

/// Administrators cannot take away their own access: someone must be left to give it back.
fn not_self(actor: &CurrentUser, user_id: i64) -> Result<(), AppError> {
    if actor.id == user_id {
        Err(AppError::invalid("user", "error-own-account"))
    } else {
        Ok(())
    }
}

pub async fn set_role(
    db: &Db,
    actor: &CurrentUser,
    user_id: i64,
    role: &str,
) -> Result<(), AppError> {
    policy::may_manage_accounts(actor)?;
    not_self(actor, user_id)?;
    let role = Role::parse(role).ok_or_else(|| AppError::invalid("role", "error-choose-option"))?;
    let changed = sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
        .bind(role.as_str())
        .bind(user_id)
        .execute(&db.pool)
        .await?
        .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Deactivating ends all of the user's sessions in the same transaction. A case manager who
/// still owns open cases is not deactivated: their cases are handed over first
/// ([`super::handover`]), so that no client is left with a case nobody can open.
pub async fn set_active(
    db: &Db,
    actor: &CurrentUser,
    user_id: i64,
    active: bool,
) -> Result<(), AppError> {
    policy::may_manage_accounts(actor)?;
    not_self(actor, user_id)?;
    let mut tx = db.pool.begin().await?;
    if !active && super::handover::open_cases(&mut tx, user_id).await? > 0 {
        return Err(AppError::invalid("user", "error-deactivate-open-cases"));
    }
    // The contact person of a partner without accounts never signs in.
    let changed = sqlx::query(
        "UPDATE users SET active = $1 WHERE id = $2
           AND organisation_id IN (SELECT id FROM organisations WHERE external = 0)",
    )
    .bind(i64::from(active))
    .bind(user_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    if !active {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Changes the user's own password and ends their other sessions. The current password is
/// throttled like a sign-in (a stolen session must not become a way to guess it), and both
/// the change and every wrong current password are audited.
pub async fn change_password(
    db: &Db,
    user: &CurrentUser,
    current_session_token: Option<&str>,
    ip: Option<IpAddr>,
    current: &str,
    new: &str,
    confirmation: &str,
) -> Result<(), AppError> {
    confirm_password(db, user, ip, current, password_change_entry(user)).await?;
    passwords::check_new_password(new).map_err(|id| AppError::invalid("new_password", id))?;
    if new != confirmation {
        return Err(AppError::invalid(
            "confirm_password",
            "error-passwords-differ",
        ));
    }
    let hash = passwords::hash(new.to_owned()).await?;
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
    sessions::end_others(&mut *tx, user.id, current_session_token).await?;
    audit::append(&mut tx, &password_change_entry(user)).await?;
    tx.commit().await?;
    Ok(())
}

/// A signed-in user confirms a change to their account with their current password (field
/// `current_password`). Throttled like a sign-in (a stolen session must not become a way to
/// guess it); a wrong password is audited as a refused `refused` entry.
pub async fn confirm_password(
    db: &Db,
    user: &CurrentUser,
    ip: Option<IpAddr>,
    password: &str,
    refused: Entry,
) -> Result<(), AppError> {
    let attempt = throttle::attempt(db, Door::PasswordChange, &user.id.to_string(), ip).await?;
    let stored = sqlx::query_scalar::<_, String>("SELECT password_hash FROM users WHERE id = $1")
        .bind(user.id)
        .fetch_optional(&db.pool)
        .await?;
    if !passwords::verify(password.to_owned(), stored).await? {
        attempt.failed(db).await?;
        audit::denied(db, refused).await?;
        return Err(AppError::invalid(
            "current_password",
            "error-current-password-wrong",
        ));
    }
    attempt.succeeded(db).await
}

/// The audit entry of a password change (or, refused, of a wrong current password).
fn password_change_entry(user: &CurrentUser) -> Entry {
    Entry {
        record: format!("user:{}", user.id),
        action: "change-password".into(),
        purpose: "account-security".into(),
        basis: "own-account".into(),
        categories: "credentials".into(),
        ..Entry::by(user)
    }
}

/// For `lotse create-admin` and the demo data: an administrator (or any role) without an
/// acting user. The organisation is created when it does not exist yet.
pub async fn bootstrap_user(
    db: &Db,
    organisation: &str,
    organisation_type: OrganisationType,
    new: NewStaffAccount,
) -> Result<i64, AppError> {
    let organisation_id =
        match sqlx::query_scalar::<_, i64>("SELECT id FROM organisations WHERE name = $1")
            .bind(organisation)
            .fetch_optional(&db.pool)
            .await?
        {
            Some(id) => id,
            None => {
                insert_organisation(db, organisation, organisation_type)
                    .await?
                    .id
            }
        };
    insert_user(
        db,
        NewStaffAccount {
            organisation_id,
            ..new
        },
    )
    .await
}

/// Expired sessions and throttling counters are dropped (run by the server now and then).
pub async fn purge_expired(db: &Db, settings: &SessionSettings) -> Result<(), AppError> {
    sessions::purge_expired(db, settings).await?;
    super::passkeys::purge_expired(db).await?;
    throttle::purge(db).await
}

/// The active staff user with this e-mail address, as a signed-in user (demo data, tests).
pub async fn user_by_email(db: &Db, email: &str) -> Result<Option<CurrentUser>, AppError> {
    let row = sqlx::query_as::<_, (i64, String, String, String, i64, String)>(
        "SELECT u.id, u.display_name, u.email, u.role, u.organisation_id, o.name
         FROM users u JOIN organisations o ON o.id = u.organisation_id
         WHERE u.email = $1 AND u.active = 1",
    )
    .bind(email)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(
        |(id, display_name, email, role, organisation_id, organisation_name)| {
            Some(CurrentUser {
                id,
                display_name,
                email,
                role: Role::parse(&role)?,
                organisation_id,
                organisation_name,
            })
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_are_normalised_and_checked() {
        assert_eq!(
            normalise_email("  Fallmanager@Lotse.Example ").unwrap(),
            "fallmanager@lotse.example"
        );
        for bad in [
            "",
            "no-at-sign",
            "@lotse.example",
            "a@b",
            "a b@lotse.example",
            "a@.example",
        ] {
            assert!(normalise_email(bad).is_err(), "{bad}");
        }
    }
}
