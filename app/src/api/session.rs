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
    let unfinished = context::unfinished()
        .filter(|u| u.2 == sessions::Stage::SecondFactor)
        .ok_or(AppError::Unauthenticated)?;
    let method = factors::verify(&state.db, unfinished.0.id, &code, context::client_ip()).await?;
    let token = sessions::complete(&state.db, &unfinished.1, method).await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    context::form_goes_to("/");
    Ok(())
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::server::{infra::context, infra::sessions};
    let state = context::state()?;
    let token = context::session_token().or_else(|| context::unfinished().map(|u| u.1));
    if let Some(token) = token {
        sessions::end(&state.db, &token).await?;
    }
    context::set_cookie(sessions::removal_cookie(&state.settings));
    context::form_goes_to("/sign-in");
    Ok(())
}
