use leptos::prelude::*;

use crate::error::AppError;

/// Signs in with e-mail and password. A user with a second factor goes on to type it, one
/// whose organisation requires one they lack goes on to set it up.
#[server(endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::server::{admin::accounts, infra::context, infra::sessions};
    let state = context::state()?;
    let (token, stage) = accounts::sign_in_from(
        &state.db,
        &email,
        &password,
        context::client_ip(),
        &context::user_agent(),
    )
    .await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    if let Some(page) = stage.page() {
        context::form_goes_to(page);
    }
    Ok(())
}

/// The sign-in's second step: a code from the user's authenticator app, or a recovery code.
#[server(endpoint = "verify_second_factor")]
pub async fn verify_second_factor(code: String) -> Result<(), AppError> {
    use crate::server::{admin::factors, infra::context, infra::sessions};
    let state = context::state()?;
    let unfinished = waiting_for_second_factor()?;
    let method = factors::verify(&state.db, unfinished.0.id, &code, context::client_ip()).await?;
    let token = sessions::complete(&state.db, &unfinished.1, method).await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    context::form_goes_to("/");
    Ok(())
}

/// The sign-in waiting for its second factor, if this request has one.
#[cfg(feature = "ssr")]
fn waiting_for_second_factor() -> Result<crate::server::infra::context::Unfinished, AppError> {
    use crate::server::infra::{context, sessions};
    context::unfinished()
        .filter(|u| u.2 == sessions::Stage::SecondFactor)
        .ok_or(AppError::Unauthenticated)
}

/// What the sign-in's second step offers: a passkey, a code from an app.
#[server(endpoint = "load_second_step")]
pub async fn load_second_step() -> Result<crate::models::SecondStep, AppError> {
    use crate::server::{admin::factors, infra::context};
    let unfinished = waiting_for_second_factor()?;
    let state = context::state()?;
    factors::second_step(&state.db, &state.settings, unfinished.0.id).await
}

/// The sign-in's second step with a passkey: the challenge for the user's passkeys (JSON).
#[server(endpoint = "begin_passkey_sign_in")]
pub async fn begin_passkey_sign_in() -> Result<String, AppError> {
    use crate::server::{admin::passkeys, infra::context};
    let unfinished = waiting_for_second_factor()?;
    let state = context::state()?;
    passkeys::begin_sign_in(&state.db, &state.settings, unfinished.0.id).await
}

/// The authenticator's answer finishes the sign-in; the answer is the address to go on to.
#[server(endpoint = "finish_passkey_sign_in")]
pub async fn finish_passkey_sign_in(credential: String) -> Result<String, AppError> {
    use crate::server::{admin::passkeys, infra::context, infra::sessions};
    let unfinished = waiting_for_second_factor()?;
    let state = context::state()?;
    let method = passkeys::finish_sign_in(
        &state.db,
        &state.settings,
        unfinished.0.id,
        &credential,
        context::client_ip(),
    )
    .await?;
    let token = sessions::complete(&state.db, &unfinished.1, method).await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    Ok("/".into())
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::server::{infra::context, infra::sessions};
    let state = context::state()?;
    use crate::server::admin::providers;
    let token = context::session_token().or_else(|| context::unfinished().map(|u| u.1));
    let mut next = "/sign-in".to_owned();
    if let Some(token) = token {
        // Signed in through a provider that publishes a sign-out page: the sign-in page
        // offers it.
        if let Some(organisation) = providers::provider_of_session(&state.db, &token).await? {
            next = format!("/sign-in?signed-out={organisation}");
        }
        sessions::end(&state.db, &token).await?;
    }
    context::set_cookie(sessions::removal_cookie(&state.settings));
    context::form_goes_to(&next);
    Ok(())
}

/// The organisations whose staff sign in through their provider (the sign-in page's
/// buttons). Anyone may ask: the sign-in page is public.
#[server(endpoint = "load_sign_in_choices")]
pub async fn load_sign_in_choices() -> Result<Vec<crate::models::SignInProvider>, AppError> {
    use crate::server::{admin::providers, infra::context};
    providers::sign_in_choices(&context::state()?.db).await
}
