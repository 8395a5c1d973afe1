// `create_client` takes one argument per form field; the `#[server]` macro copies them into
// generated functions that an item-level `allow` does not reach.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{ClientSummary, NewClientOutcome, Page};

/// Clients of the case manager's organisation matching a name in any spelling.
#[server(endpoint = "search_clients")]
pub async fn search_clients(
    text: String,
    birth_year: String,
    page: i64,
) -> Result<Page<ClientSummary>, AppError> {
    use crate::models::ClientQuery;
    use crate::server::{clients, context};
    let state = context::state()?;
    let actor = context::current_user()?;
    let birth = clients::parse_birth(&birth_year, "", "")?;
    clients::search(&state.db, &actor, &ClientQuery { text, birth }, page).await
}

/// Registers a client, unless possible duplicates exist and the case manager has not yet
/// confirmed that this is a different person.
#[server(endpoint = "create_client")]
pub async fn create_client(
    given_names: String,
    family_name: String,
    given_names_latin: String,
    family_name_latin: String,
    birth_year: String,
    birth_month: String,
    birth_day: String,
    preferred_language: String,
    interpreter_needed: Option<String>,
    interpreter_language: String,
    phone: String,
    email: String,
    street: String,
    postal_code: String,
    city: String,
    district: Option<String>,
    confirmed_new: Option<String>,
) -> Result<NewClientOutcome, AppError> {
    use crate::models::NewClient;
    use crate::server::{clients, context};
    let state = context::state()?;
    let actor = context::current_user()?;
    let new = NewClient {
        given_names,
        family_name,
        given_names_latin,
        family_name_latin,
        birth_year,
        birth_month,
        birth_day,
        preferred_language,
        interpreter_needed: interpreter_needed.is_some(),
        interpreter_language,
        phone,
        email,
        street,
        postal_code,
        city,
        district: district.unwrap_or_default(),
    };
    if confirmed_new.is_none() {
        let duplicates = clients::possible_duplicates(&state.db, &actor, &new).await?;
        if !duplicates.is_empty() {
            return Ok(NewClientOutcome::PossibleDuplicates(duplicates));
        }
    }
    let id = clients::create(&state.db, &actor, &new).await?;
    Ok(NewClientOutcome::Created { id })
}
