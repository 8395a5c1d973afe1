use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{ClientSummary, MergeComparison, NewClient, NewClientOutcome, Page};

/// Clients of the case manager's organisation matching a name in any spelling.
#[server(endpoint = "search_clients")]
pub async fn search_clients(
    text: String,
    birth_year: String,
    page: i64,
) -> Result<Page<ClientSummary>, AppError> {
    use crate::models::ClientQuery;
    use crate::server::{casework::clients, infra::fields::BirthDate};
    let (db, actor) = super::staff()?;
    let birth = BirthDate::parse(&birth_year, "", "")?.as_partial();
    clients::search(&db, &actor, &ClientQuery { text, birth }, page).await
}

/// Registers a client, unless possible duplicates exist and the case manager has not yet
/// confirmed that this is a different person. The form's fields are posted as they are named
/// in [`NewClient`].
#[server(endpoint = "create_client")]
pub async fn create_client(
    #[server(flatten)] form: NewClient,
    confirmed_new: Option<String>,
) -> Result<NewClientOutcome, AppError> {
    use crate::server::casework::clients::{self, ClientInput};
    let (db, actor) = super::staff()?;
    let input = ClientInput::try_from(&form)?;
    let outcome = clients::register(&db, &actor, &input, confirmed_new.is_some()).await?;
    // A plain form post comes back to the form with the outcome in the address (numbers
    // only: names stay out of addresses and logs).
    match &outcome {
        NewClientOutcome::Created { id } => {
            crate::server::infra::context::form_done(&format!("created-{id}"));
        }
        NewClientOutcome::PossibleDuplicates(list) => {
            let numbers: Vec<String> = list.iter().map(|c| c.id.to_string()).collect();
            crate::server::infra::context::form_goes_to(&format!(
                "/clients/new?duplicates={}",
                numbers.join(",")
            ));
        }
    }
    Ok(outcome)
}

/// The possible duplicates of a registration again, by their numbers (`3,4`), for the form
/// a plain post came back to.
#[server(endpoint = "load_possible_duplicates")]
pub async fn load_possible_duplicates(numbers: String) -> Result<Vec<ClientSummary>, AppError> {
    let (db, actor) = super::staff()?;
    let numbers: Vec<i64> = numbers
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    crate::server::casework::clients::duplicates_again(&db, &actor, &numbers).await
}

/// Records that may be the same person as this client (by its names, or by `text`).
#[server(endpoint = "load_merge_candidates")]
pub async fn load_merge_candidates(
    client_id: i64,
    text: String,
) -> Result<Vec<ClientSummary>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::merge::candidates(&db, &actor, client_id, &text).await
}

/// Two records of (perhaps) one person, side by side before merging them.
#[server(endpoint = "load_merge")]
pub async fn load_merge(client_id: i64, other_id: i64) -> Result<MergeComparison, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::merge::compare(&db, &actor, client_id, other_id).await
}

/// Merges two records of one person; returns the number of the record that stays. A plain
/// form lands on it. The choice's fields are posted as [`crate::models::MergeChoice`] names
/// them (a part not chosen is not sent).
#[server(endpoint = "merge_clients")]
pub async fn merge_clients(
    client_id: i64,
    other_id: i64,
    version: i64,
    other_version: i64,
    #[server(flatten)] choice: crate::models::MergeChoice,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    let form = crate::models::MergeForm {
        client_id,
        other_id,
        version,
        other_version,
        choice,
    };
    let kept = crate::server::casework::merge::merge(&db, &actor, &form).await?;
    crate::server::infra::context::form_goes_to(&merged_lands_on(kept));
    Ok(kept)
}

/// Where a merge lands: the record that stayed, saying so.
pub fn merged_lands_on(kept: i64) -> String {
    format!("/clients/{kept}?done=merged")
}
