use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{Brand, LanguageSwitcher, SkipLink};
use crate::i18n::page_title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=page_title("not-found-title") />
        <SkipLink />
        <header class="topbar">
            <Brand />
            <div class="topbar-tools"><LanguageSwitcher /></div>
        </header>
        <main id="main" tabindex="-1">
            <h1>{move_tr!("not-found-title")}</h1>
            <p><a href="/">{move_tr!("not-found-home")}</a></p>
        </main>
    }
}
