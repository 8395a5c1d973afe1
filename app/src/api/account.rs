use leptos::prelude::*;

use crate::error::AppError;

/// The signed-in user changes their own password; their other sessions end.
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    use crate::server::{admin::accounts, infra::context};
    let (db, user) = super::staff()?;
    let token = context::session_token();
    accounts::change_password(
        &db,
        &user,
        token.as_deref(),
        context::client_ip(),
        &current_password,
        &new_password,
        &confirm_password,
    )
    .await
}

/// The user whose account a request acts on: a signed-in user, or one whose organisation
/// requires a second factor they are setting up now (their sign-in is unfinished).
#[cfg(feature = "ssr")]
fn account_owner() -> Result<
    (
        crate::server::Db,
        crate::models::CurrentUser,
        Option<crate::server::infra::context::Unfinished>,
    ),
    AppError,
> {
    use crate::server::infra::{context, sessions::Stage};
    let db = context::state()?.db;
    if let Ok(user) = context::current_user() {
        return Ok((db, user, None));
    }
    match context::unfinished() {
        Some(unfinished) if unfinished.2 == Stage::Setup => {
            Ok((db, unfinished.0.clone(), Some(unfinished)))
        }
        _ => Err(AppError::Unauthenticated),
    }
}

/// The user's second factor: an app, recovery codes left, whether it is required.
#[server(endpoint = "load_second_factor")]
pub async fn load_second_factor() -> Result<crate::models::SecondFactorStatus, AppError> {
    let (db, user, _) = account_owner()?;
    let state = crate::server::infra::context::state()?;
    crate::server::admin::factors::status(&db, &state.settings, &user).await
}

/// Starts setting up an authenticator app (shows its QR code and secret).
#[server(endpoint = "begin_app_setup")]
pub async fn begin_app_setup() -> Result<(), AppError> {
    let (db, user, _) = account_owner()?;
    crate::server::admin::factors::begin_app(&db, &user).await?;
    // Not "saved": the page has other forms that would say so.
    crate::server::infra::context::form_done("app-setup");
    Ok(())
}

/// Stops setting up an app.
#[server(endpoint = "cancel_app_setup")]
pub async fn cancel_app_setup() -> Result<(), AppError> {
    let (db, user, _) = account_owner()?;
    crate::server::admin::factors::cancel_app(&db, &user).await?;
    crate::server::infra::context::form_done("app-setup-cancelled");
    Ok(())
}

/// Confirms the app being set up with a code from it. An unfinished sign-in (the organisation
/// requires a second factor) is finished by it and goes on to "Mein Konto" for recovery codes.
#[server(endpoint = "confirm_app")]
pub async fn confirm_app(code: String) -> Result<(), AppError> {
    use crate::models::SignInMethod;
    use crate::server::infra::{context, sessions};
    let (db, user, unfinished) = account_owner()?;
    crate::server::admin::factors::confirm_app(&db, &user, &code, context::client_ip()).await?;
    match unfinished {
        Some(unfinished) => {
            let state = context::state()?;
            let token =
                sessions::complete(&db, &unfinished.1, SignInMethod::PasswordAndApp).await?;
            context::set_cookie(sessions::cookie(&token, &state.settings));
            context::form_goes_to("/account?done=app-set-up");
        }
        None => context::form_done("app-set-up"),
    }
    Ok(())
}

/// Starts registering a passkey named `name`: the options for the browser's authenticator
/// (JSON). Also for a sign-in whose organisation requires a second factor being set up.
#[server(endpoint = "begin_passkey_registration")]
pub async fn begin_passkey_registration(name: String) -> Result<String, AppError> {
    let (db, user, _) = account_owner()?;
    let state = crate::server::infra::context::state()?;
    crate::server::admin::passkeys::begin_registration(&db, &state.settings, &user, &name).await
}

/// Finishes registering a passkey with the authenticator's answer; the answer is the address
/// to go on to. An unfinished sign-in (the organisation requires a second factor) is finished
/// by it, as by an app.
#[server(endpoint = "finish_passkey_registration")]
pub async fn finish_passkey_registration(
    name: String,
    credential: String,
) -> Result<String, AppError> {
    use crate::models::SignInMethod;
    use crate::server::infra::{context, sessions};
    let (db, user, unfinished) = account_owner()?;
    let state = context::state()?;
    crate::server::admin::passkeys::finish_registration(
        &db,
        &state.settings,
        &user,
        &name,
        &credential,
    )
    .await?;
    if let Some(unfinished) = unfinished {
        let token =
            sessions::complete(&db, &unfinished.1, SignInMethod::PasswordAndPasskey).await?;
        context::set_cookie(sessions::cookie(&token, &state.settings));
    }
    Ok("/account?done=passkey-added".into())
}

/// Removes one of the user's passkeys.
#[server(endpoint = "remove_passkey")]
pub async fn remove_passkey(passkey: i64) -> Result<(), AppError> {
    let (db, user) = super::staff()?;
    crate::server::admin::passkeys::remove(&db, &user, passkey).await?;
    crate::server::infra::context::form_done("passkey-removed");
    Ok(())
}

/// New recovery codes (the earlier ones stop working); the answer is the only place they
/// are ever shown.
#[server(endpoint = "new_recovery_codes")]
pub async fn new_recovery_codes() -> Result<Vec<String>, AppError> {
    let (db, user) = super::staff()?;
    crate::server::admin::factors::new_recovery_codes(&db, &user).await
}

/// Removes the user's app (with their password), and the recovery codes unless a passkey
/// stays.
#[server(endpoint = "remove_app")]
pub async fn remove_app(current_password: String) -> Result<(), AppError> {
    use crate::server::infra::context;
    let (db, user) = super::staff()?;
    let passkey_stays = crate::server::admin::factors::remove_app(
        &db,
        &user,
        &current_password,
        context::client_ip(),
    )
    .await?;
    context::form_done(if passkey_stays {
        "app-only-removed"
    } else {
        "app-removed"
    });
    Ok(())
}

/// The user's own sessions (browser, when started and last active, how signed in).
#[server(endpoint = "load_my_sessions")]
pub async fn load_my_sessions() -> Result<Vec<crate::models::AccountSession>, AppError> {
    use crate::server::infra::{context, sessions};
    let (db, user) = super::staff()?;
    sessions::own(&db, &user, context::session_token().as_deref()).await
}

/// Ends one of the user's other sessions.
#[server(endpoint = "end_my_session")]
pub async fn end_my_session(session: String) -> Result<(), AppError> {
    use crate::server::infra::{context, sessions};
    let (db, user) = super::staff()?;
    sessions::end_own(&db, &user, context::session_token().as_deref(), &session).await?;
    context::form_done("session-ended");
    Ok(())
}

/// Ends all of the user's sessions but this one.
#[server(endpoint = "end_my_other_sessions")]
pub async fn end_my_other_sessions() -> Result<(), AppError> {
    use crate::server::infra::{context, sessions};
    let (db, user) = super::staff()?;
    sessions::end_others(&db.pool, user.id, context::session_token().as_deref()).await?;
    context::form_done("sessions-ended");
    Ok(())
}

/// My mail settings: address, language, and per kind of event how I hear of it.
#[server(endpoint = "load_mail_preferences")]
pub async fn load_mail_preferences() -> Result<crate::models::MailPreferences, AppError> {
    let (db, user) = super::staff()?;
    crate::server::mail::notifications::preferences(&db, &user).await
}

/// Saves my mail settings. Each kind's choice comes as a field named after the kind (only
/// the kinds my role is offered are sent).
#[server(endpoint = "save_mail_preferences")]
pub async fn save_mail_preferences(
    language: String,
    new_referral: Option<String>,
    referral_overdue: Option<String>,
    correction_requested: Option<String>,
    consent_revoked: Option<String>,
    volunteer_problem: Option<String>,
) -> Result<(), AppError> {
    use crate::models::NotificationKind as Kind;
    let (db, user) = super::staff()?;
    let deliveries: Vec<(Kind, String)> = [
        (Kind::NewReferral, new_referral),
        (Kind::ReferralOverdue, referral_overdue),
        (Kind::CorrectionRequested, correction_requested),
        (Kind::ConsentRevoked, consent_revoked),
        (Kind::VolunteerProblem, volunteer_problem),
    ]
    .into_iter()
    .filter_map(|(kind, value)| value.map(|v| (kind, v)))
    .collect();
    crate::server::mail::notifications::save_preferences(&db, &user, &language, &deliveries)
        .await?;
    crate::server::infra::context::form_done("mail-saved");
    Ok(())
}
