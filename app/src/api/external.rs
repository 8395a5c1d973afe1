//! Server functions for partners without an account, who answer a referral through the link
//! in their mail (no sign-in: the link and the one-time code decide), and for the referral's
//! sender, who renews or withdraws that link.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{ExternalView, ResponseInput};

/// The session cookie of a browser that typed a link's code, if it sent one.
#[cfg(feature = "ssr")]
fn external_session(settings: &crate::server::infra::context::SessionSettings) -> Option<String> {
    use crate::server::infra::{context, sessions};
    use crate::server::network::external::EXTERNAL_COOKIE;
    context::cookie(&sessions::cookie_name(EXTERNAL_COOKIE, settings))
        .filter(|t| !t.is_empty() && t.len() <= 128)
}

#[server(endpoint = "load_external")]
pub async fn load_external(token: String) -> Result<ExternalView, AppError> {
    use crate::server::{infra::context, network::external};
    let state = context::state()?;
    let session = external_session(&state.settings);
    external::open(&state.db, &token, session.as_deref()).await
}

#[server(endpoint = "send_external_code")]
pub async fn send_external_code(token: String) -> Result<(), AppError> {
    use crate::server::{infra::context, network::external};
    let state = context::state()?;
    external::send_code(&state.db, &token).await?;
    context::form_done("code-sent");
    Ok(())
}

#[server(endpoint = "verify_external_code")]
pub async fn verify_external_code(token: String, code: String) -> Result<(), AppError> {
    use crate::server::{infra::context, infra::sessions, network::external};
    let state = context::state()?;
    let session = external::verify(&state.db, &token, &code).await?;
    context::set_cookie(sessions::cookie_named(
        external::EXTERNAL_COOKIE,
        &session,
        &state.settings,
    ));
    // Back to the link's page, which now shows the referral.
    context::form_done("opened");
    Ok(())
}

#[server(endpoint = "answer_external")]
pub async fn answer_external(
    token: String,
    version: i64,
    #[server(flatten)] form: ResponseInput,
) -> Result<i64, AppError> {
    use crate::server::{infra::context, network::external};
    let state = context::state()?;
    let session = external_session(&state.settings);
    let version = external::answer(&state.db, &token, session.as_deref(), version, &form).await?;
    context::form_done("saved");
    Ok(version)
}

#[server(endpoint = "external_message")]
pub async fn external_message(token: String, note: String) -> Result<(), AppError> {
    use crate::server::{infra::context, network::external};
    let state = context::state()?;
    let session = external_session(&state.settings);
    external::message(&state.db, &token, session.as_deref(), &note).await?;
    context::form_done("sent");
    Ok(())
}

#[server(endpoint = "renew_external_link")]
pub async fn renew_external_link(referral_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::external::renew(&db, &actor, referral_id).await?;
    crate::server::infra::context::form_done("link-renewed");
    Ok(())
}

#[server(endpoint = "withdraw_external_link")]
pub async fn withdraw_external_link(referral_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::external::withdraw(&db, &actor, referral_id).await?;
    crate::server::infra::context::form_done("link-withdrawn");
    Ok(())
}
