use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{Caseload, HandoverForm, Organisation, Page, RetentionRule, StaffAccount};

#[server(endpoint = "list_organisations")]
pub async fn list_organisations() -> Result<Vec<Organisation>, AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    accounts::list_organisations(&db, &actor).await
}

#[server(endpoint = "create_organisation")]
pub async fn create_organisation(
    name: String,
    organisation_type: String,
) -> Result<Organisation, AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    accounts::create_organisation(&db, &actor, &name, &organisation_type).await
}

#[server(endpoint = "create_external_organisation")]
pub async fn create_external_organisation(
    name: String,
    organisation_type: String,
    contact_name: String,
    contact_email: String,
    contact_language: String,
) -> Result<Organisation, AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    let new = accounts::NewExternalOrganisation {
        name,
        organisation_type,
        contact_name,
        contact_email,
        contact_language,
    };
    let created = accounts::create_external_organisation(&db, &actor, &new).await?;
    crate::server::infra::context::form_done("external-created");
    Ok(created)
}

#[server(endpoint = "list_users")]
pub async fn list_users(page: i64) -> Result<Page<StaffAccount>, AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    accounts::list_users(&db, &actor, page).await
}

#[server(endpoint = "create_user")]
pub async fn create_user(
    display_name: String,
    email: String,
    organisation_id: String,
    role: String,
    password: String,
) -> Result<i64, AppError> {
    use crate::server::admin::accounts::{self, NewStaffAccount};
    let (db, actor) = super::staff()?;
    let organisation_id = organisation_id
        .trim()
        .parse()
        .map_err(|_| AppError::invalid("organisation_id", "error-choose-option"))?;
    let new = NewStaffAccount {
        display_name,
        email,
        organisation_id,
        role,
        password,
    };
    let id = accounts::create_user(&db, &actor, new).await?;
    crate::server::infra::context::form_done("user-created");
    Ok(id)
}

#[server(endpoint = "set_user_role")]
pub async fn set_user_role(user_id: i64, role: String) -> Result<(), AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    accounts::set_role(&db, &actor, user_id, &role).await
}

#[server(endpoint = "set_user_active")]
pub async fn set_user_active(user_id: i64, active: bool) -> Result<(), AppError> {
    use crate::server::admin::accounts;
    let (db, actor) = super::staff()?;
    accounts::set_active(&db, &actor, user_id, active).await
}

/// A staff member's caseload and the colleagues who can take it (administrators).
#[server(endpoint = "load_caseload_handover")]
pub async fn load_caseload_handover(user_id: i64) -> Result<Caseload, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::handover::caseload(&db, &actor, user_id).await
}

/// Hands the ticked cases of `user_id` over to a colleague; returns how many.
#[server(endpoint = "hand_over_cases")]
pub async fn hand_over_cases(
    user_id: i64,
    #[server(flatten)] form: HandoverForm,
) -> Result<usize, AppError> {
    let (db, actor) = super::staff()?;
    let cases = form.case_ids();
    let handed =
        crate::server::admin::handover::hand_over(&db, &actor, user_id, &form.to_user_id, &cases)
            .await?;
    crate::server::infra::context::form_done(&format!("handed-over-{handed}"));
    Ok(handed)
}

/// The retention rules in force (the data-protection officer's page).
#[server(endpoint = "load_retention_rules")]
pub async fn load_retention_rules() -> Result<Vec<RetentionRule>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::retention::list(&db, &actor).await
}

/// Sets a retention rule's period; returns the rule's new version.
#[server(endpoint = "set_retention_period")]
pub async fn set_retention_period(
    data_kind: String,
    version: i64,
    period_amount: String,
    period_unit: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::retention::set_period(
        &db,
        &actor,
        &data_kind,
        version,
        &period_amount,
        &period_unit,
    )
    .await
}

/// Per organisation: whether it requires a second factor, and who has which (administrators).
#[server(endpoint = "load_second_factors")]
pub async fn load_second_factors() -> Result<Vec<crate::models::OrganisationFactors>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::factors::overview(&db, &actor).await
}

/// An organisation requires a second factor of its staff, or no longer (administrators).
#[server(endpoint = "require_second_factor")]
pub async fn require_second_factor(organisation_id: i64, required: bool) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::factors::set_required(&db, &actor, organisation_id, required).await
}

/// Removes a user's app and recovery codes and ends their sessions (administrators).
#[server(endpoint = "reset_second_factor")]
pub async fn reset_second_factor(user_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::factors::reset(&db, &actor, user_id).await?;
    crate::server::infra::context::form_done("factor-reset");
    Ok(())
}

/// Every organisation and its single sign-on provider, if any (administrators).
#[server(endpoint = "load_sign_in_providers")]
pub async fn load_sign_in_providers() -> Result<crate::models::SignInProviders, AppError> {
    use crate::server::{admin::providers, infra::context};
    let (db, actor) = super::staff()?;
    Ok(crate::models::SignInProviders {
        organisations: providers::overview(&db, &actor).await?,
        return_address: providers::return_url(&context::state()?.settings),
    })
}

/// Configures an organisation's OpenID Connect provider (administrators). An empty secret
/// keeps the stored one.
#[server(endpoint = "save_sign_in_provider")]
pub async fn save_sign_in_provider(
    organisation_id: i64,
    issuer: String,
    client_id: String,
    #[server(default)] client_secret: String,
    #[server(default)] subject_claim: String,
    // A plain form sends the checkbox only when it is ticked.
    #[server(default)] enabled: bool,
) -> Result<(), AppError> {
    use crate::server::admin::providers;
    let (db, actor) = super::staff()?;
    let form = providers::ProviderForm {
        issuer,
        client_id,
        client_secret,
        subject_claim,
        enabled,
    };
    providers::save(&db, &actor, organisation_id, form).await?;
    crate::server::infra::context::form_done("provider-saved");
    Ok(())
}

/// The organisation's staff sign in with their passwords again (administrators).
#[server(endpoint = "remove_sign_in_provider")]
pub async fn remove_sign_in_provider(organisation_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::providers::remove(&db, &actor, organisation_id).await?;
    crate::server::infra::context::form_done("provider-removed");
    Ok(())
}

/// The outbox of e-mail, newest first (administrators; audited).
#[server(endpoint = "load_outbox")]
pub async fn load_outbox(page: i64) -> Result<crate::models::OutboxPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::mail::outbox::list(&db, &actor, page).await
}
