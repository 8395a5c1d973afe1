use leptos::prelude::*;

use crate::error::AppError;
use crate::models::SessionInfo;

/// Who is signed in (if anyone) and whether this is a demo installation.
#[server(endpoint = "load_session")]
pub async fn load_session() -> Result<SessionInfo, AppError> {
    use crate::server::context;
    let state = context::state()?;
    Ok(SessionInfo {
        user: context::optional_user(),
        demo: state.demo,
    })
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<(), AppError> {
    use crate::server::{accounts, context, sessions};
    let state = context::state()?;
    let token = accounts::sign_in(&state.db, &email, &password, context::client_ip()).await?;
    context::set_cookie(sessions::cookie(&token, &state.settings));
    Ok(())
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::server::{context, sessions};
    let state = context::state()?;
    if let Some(token) = context::session_token() {
        sessions::end(&state.db, &token).await?;
    }
    context::set_cookie(sessions::removal_cookie(&state.settings));
    Ok(())
}
