use leptos::prelude::*;

use crate::error::AppError;

#[server(endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::server::{admin::accounts, infra::context, infra::sessions};
    let state = context::state()?;
    let token = accounts::sign_in(&state.db, &email, &password, context::client_ip()).await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    Ok(())
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::server::{infra::context, infra::sessions};
    let state = context::state()?;
    if let Some(token) = context::session_token() {
        sessions::end(&state.db, &token).await?;
    }
    context::set_cookie(sessions::removal_cookie(&state.settings));
    context::form_goes_to("/sign-in");
    Ok(())
}
