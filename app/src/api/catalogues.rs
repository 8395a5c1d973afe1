//! Administrators extend catalogues with a text per locale.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::catalogue::CatalogueEntryForm;
use crate::models::CustomEntry;

#[server(endpoint = "list_catalogue_entries")]
pub async fn list_catalogue_entries() -> Result<Vec<CustomEntry>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::catalogues::entries_for_admin(&db, &actor).await
}

/// The form posts `catalogue`, `domain` and one `text_<locale>` field per locale.
#[server(endpoint = "add_catalogue_entry")]
pub async fn add_catalogue_entry(
    #[server(flatten)] form: CatalogueEntryForm,
) -> Result<String, AppError> {
    let (db, actor) = super::staff()?;
    let texts = form.texts_by_locale();
    crate::server::admin::catalogues::add_entry(&db, &actor, &form.catalogue, &form.domain, &texts)
        .await
}
