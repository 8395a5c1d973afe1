//! Server functions of the client portal (the client's own session) and of the case's
//! Portal tab (case managers). Each finds who is acting and calls one function of
//! `crate::server::portal`.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{
    CasePortal, CorrectionForm, PortalAccessOrganisation, PortalAppointments, PortalConsent,
    PortalCorrection, PortalLetter, PortalPlan, PortalReferral, PortalSignInForm,
    PortalSignInOutcome, TranslationForm,
};

/// Signs a client in with the code from their letter (and, the first time, sets the PIN).
/// On success the portal cookie is set and the interface switches to the client's language.
#[server(endpoint = "portal_sign_in")]
pub async fn portal_sign_in(
    #[server(flatten)] form: PortalSignInForm,
) -> Result<PortalSignInOutcome, AppError> {
    use crate::server::{infra::context, portal};
    let state = context::state()?;
    let input = portal::SignInInput::try_from(&form)?;
    let (outcome, token) = portal::sign_in(&state.db, &input, context::client_ip()).await?;
    for cookie in portal::sign_in_cookies(&outcome, token.as_deref(), &state.settings) {
        context::set_cookie(cookie);
    }
    match outcome {
        PortalSignInOutcome::ChoosePin => context::form_done("choose-pin"),
        PortalSignInOutcome::SignedIn { .. } => context::form_goes_to("/portal"),
    }
    Ok(outcome)
}

#[server(endpoint = "portal_sign_out")]
pub async fn portal_sign_out() -> Result<(), AppError> {
    use crate::server::{infra::context, portal};
    let state = context::state()?;
    if let Some(token) = context::client_session_token() {
        portal::end_session(&state.db, &token).await?;
    }
    context::set_cookie(portal::removal_cookie(&state.settings));
    context::form_goes_to(crate::PORTAL_SIGN_IN);
    Ok(())
}

#[server(endpoint = "load_portal_plan")]
pub async fn load_portal_plan() -> Result<PortalPlan, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::plan(&db, &client).await
}

#[server(endpoint = "load_portal_appointments")]
pub async fn load_portal_appointments() -> Result<PortalAppointments, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::appointments(&db, &client).await
}

/// The client switches appointment reminders by e-mail on (`on=1`) or off.
#[server(endpoint = "portal_set_reminders")]
pub async fn portal_set_reminders(on: String) -> Result<(), AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::reminders::set(&db, &client, on == "1").await?;
    crate::server::infra::context::form_done(if on == "1" {
        "reminders-on"
    } else {
        "reminders-off"
    });
    Ok(())
}

#[server(endpoint = "load_portal_referrals")]
pub async fn load_portal_referrals() -> Result<Vec<PortalReferral>, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::referrals(&db, &client).await
}

#[server(endpoint = "load_portal_consents")]
pub async fn load_portal_consents() -> Result<Vec<PortalConsent>, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::consents(&db, &client).await
}

#[server(endpoint = "load_portal_access_log")]
pub async fn load_portal_access_log() -> Result<Vec<PortalAccessOrganisation>, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::access_log(&db, &client).await
}

#[server(endpoint = "load_portal_corrections")]
pub async fn load_portal_corrections() -> Result<Vec<PortalCorrection>, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::corrections(&db, &client).await
}

#[server(endpoint = "portal_mark_step_done")]
pub async fn portal_mark_step_done(step_id: i64) -> Result<(), AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::mark_step_done(&db, &client, step_id).await?;
    crate::server::infra::context::form_done("marked");
    Ok(())
}

#[server(endpoint = "portal_revoke_consent")]
pub async fn portal_revoke_consent(consent_id: i64) -> Result<(), AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::revoke_consent(&db, &client, consent_id).await?;
    crate::server::infra::context::form_done(&format!("revoked-{consent_id}"));
    Ok(())
}

#[server(endpoint = "portal_request_correction")]
pub async fn portal_request_correction(
    #[server(flatten)] form: CorrectionForm,
) -> Result<i64, AppError> {
    use crate::server::portal::{self, CorrectionRequest};
    let (db, client) = super::client()?;
    let id = portal::request_correction(&db, &client, &CorrectionRequest::try_from(&form)?).await?;
    crate::server::infra::context::form_done("correction-sent");
    Ok(id)
}

#[server(endpoint = "load_portal_erasure")]
pub async fn load_portal_erasure() -> Result<Option<crate::models::ErasureRequest>, AppError> {
    let (db, client) = super::client()?;
    crate::server::portal::erasure(&db, &client).await
}

#[server(endpoint = "portal_request_erasure")]
pub async fn portal_request_erasure() -> Result<i64, AppError> {
    let (db, client) = super::client()?;
    let id = crate::server::portal::request_erasure(&db, &client).await?;
    crate::server::infra::context::form_done("erasure-sent");
    Ok(id)
}

#[server(endpoint = "load_case_portal")]
pub async fn load_case_portal(case_id: i64) -> Result<CasePortal, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::portal::case_portal(&db, &actor, case_id).await
}

#[server(endpoint = "issue_portal_letter")]
pub async fn issue_portal_letter(case_id: i64) -> Result<PortalLetter, AppError> {
    use crate::server::infra::context;
    let (db, actor) = super::staff()?;
    let address = context::portal_address(&context::state()?.settings);
    crate::server::portal::issue_letter(&db, &actor, case_id, &address).await
}

#[server(endpoint = "set_portal_blocked")]
pub async fn set_portal_blocked(case_id: i64, blocked: bool) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::portal::set_blocked(&db, &actor, case_id, blocked).await
}

#[server(endpoint = "save_portal_translation")]
pub async fn save_portal_translation(
    case_id: i64,
    #[server(flatten)] form: TranslationForm,
) -> Result<(), AppError> {
    use crate::server::portal::{self, TranslationInput};
    let (db, actor) = super::staff()?;
    portal::save_translation(&db, &actor, case_id, &TranslationInput::try_from(&form)?).await
}
