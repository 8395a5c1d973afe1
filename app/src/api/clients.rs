use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{ClientSummary, NewClient, NewClientOutcome, Page};

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
    clients::register(&db, &actor, &input, confirmed_new.is_some()).await
}
