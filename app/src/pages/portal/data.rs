//! My data to download.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::page_title;

/// Download my data.
#[component]
pub fn PortalDataPage() -> impl IntoView {
    view! {
        <Title text=page_title("portal-data-title") />
        <h1>{move_tr!("portal-data-title")}</h1>
        <p>{move_tr!("portal-data-intro")}</p>
        <p><a class="button big" href=crate::PORTAL_EXPORT download="lotse-meine-daten.json" rel="external">{move_tr!("portal-data-download")}</a></p>
        <p><a href="/portal">{move_tr!("portal-print")}</a></p>
    }
}
