//! A form behind a link: built only when its page is asked for with it open.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A disclosure whose `contents` the server renders only when they are asked for: when
/// `open`, or when the page's address says `?form=<id>`. Otherwise it is a link with the
/// `summary` to that address (the page again, scrolled to it, with its contents open).
///
/// Why: the plan page holds a form for every goal and every step, each with whole catalogues
/// to choose from, and few of them are ever opened. Sent all at once they were 55 KB of HTML
/// with 431 options, most of the server's work for the page and of what a slow line carries.
/// Every page is server-rendered with plain forms (`crate::light`), so opening one is a page
/// load, as saving one already is. A refused save comes back to the same address, so the form
/// stays open with its error and what was typed; a saved one closes it (the server's
/// `plain_form_saved` drops `form` from the address it goes back to).
#[component]
pub fn Disclosure<F, V>(
    /// The element's id and the value of `form` that opens it.
    id: String,
    #[prop(into)] summary: Signal<String>,
    contents: F,
    #[prop(optional)] open: bool,
    /// Classes beside `disclosure`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView
where
    F: FnOnce() -> V,
    V: IntoView + 'static,
{
    let asked = use_query_map().with_untracked(|q| q.get_str(FORM_QUERY) == Some(id.as_str()));
    let class = format!("disclosure {class}").trim_end().to_owned();
    if open || asked {
        view! {
            <details id=id class=class open=true>
                <summary>{summary}</summary>
                {contents()}
            </details>
        }
        .into_any()
    } else {
        let href = format!("?{FORM_QUERY}={id}#{id}");
        view! {
            <p id=id class=class><a class="disclosure-link" href=href>{summary}</a></p>
        }
        .into_any()
    }
}

/// The query pair that names the open [`Disclosure`].
pub const FORM_QUERY: &str = "form";
