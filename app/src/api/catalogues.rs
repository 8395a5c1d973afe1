// One argument per locale of the form; see `cases.rs`.
#![allow(clippy::too_many_arguments)]
//! Administrators extend catalogues with a text per locale.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::CustomEntry;

#[server(endpoint = "list_catalogue_entries")]
pub async fn list_catalogue_entries() -> Result<Vec<CustomEntry>, AppError> {
    use crate::server::{catalogues, context, policy};
    let state = context::state()?;
    policy::may_manage_catalogues(&context::current_user()?)?;
    catalogues::custom_entries(&state.db).await
}

#[server(endpoint = "add_catalogue_entry")]
pub async fn add_catalogue_entry(
    catalogue: String,
    domain: Option<String>,
    text_de: String,
    text_en: String,
    text_ar: String,
    text_fa: String,
    text_fa_af: String,
    text_ps: String,
    text_tr: String,
    text_kmr: String,
    text_uk: String,
    text_ru: String,
    text_fr: String,
) -> Result<String, AppError> {
    use crate::server::{catalogues, context};
    let state = context::state()?;
    let texts: Vec<(String, String)> = [
        ("de", text_de),
        ("en", text_en),
        ("ar", text_ar),
        ("fa", text_fa),
        ("fa-AF", text_fa_af),
        ("ps", text_ps),
        ("tr", text_tr),
        ("kmr", text_kmr),
        ("uk", text_uk),
        ("ru", text_ru),
        ("fr", text_fr),
    ]
    .into_iter()
    .map(|(l, t)| (l.to_owned(), t))
    .collect();
    catalogues::add_entry(
        &state.db,
        &context::current_user()?,
        &catalogue,
        &domain.unwrap_or_default(),
        &texts,
    )
    .await
}
