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
