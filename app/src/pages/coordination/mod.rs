//! Coordinators' pages: programme figures, structural issues, working groups (with members,
//! meetings and measures) and the interim-results overview. Nothing here leads to a person.

use crate::move_tr;
use leptos::prelude::*;

use crate::i18n::t;

mod figures;
mod groups;
mod issues;
mod results;

pub use figures::FiguresPageView;
pub use groups::{WorkingGroupPageView, WorkingGroupsPageView};
pub use issues::IssuesPageView;
pub use results::ResultsPageView;

/// Sub-navigation of the coordination pages.
#[component]
fn CoordinationTabs() -> impl IntoView {
    view! {
        <nav class="case-tabs" aria-label=move || t("coordination-sections")>
            <a href="/coordination">{move_tr!("figures-title")}</a>
            <a href="/coordination/issues">{move_tr!("issues-title")}</a>
            <a href="/coordination/groups">{move_tr!("groups-title")}</a>
            <a href="/coordination/results">{move_tr!("results-title")}</a>
        </nav>
    }
}
