use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::search_clients;
use crate::components::{done_by_form, query_page, use_user, Loaded, Pager};
use crate::i18n::{page_title, t};

/// Case managers: find clients by any spelling of their name, narrowed by year of birth.
#[component]
pub fn ClientsPage() -> impl IntoView {
    let keeps_caseload = use_user().role.keeps_caseload();
    // After erasing a client from their record (which is gone), the list says so.
    let erased = done_by_form();
    // The search is a plain GET form: its address can be bookmarked, reloaded and paged.
    let query = leptos_router::hooks::use_query_map();
    let param = move |name: &str| query.with(|q| q.get(name).unwrap_or_default());
    let page = query_page();
    let results = Resource::new(
        move || (param("q"), param("year"), page.get()),
        |(t, y, p)| search_clients(t, y, p),
    );
    let (text, year) = (param("q"), param("year"));
    view! {
        <Title text=page_title("clients-title") />
        <h1>{move_tr!("clients-title")}</h1>
        {move || (erased.get().as_deref() == Some("erased")).then(|| view! {
            <p class="notice success" role="status">{move_tr!("erasure-done")}</p>
        })}
        // Other roles get the server's refusal below, and nothing to click that would fail.
        {keeps_caseload.then(|| view! {
            <p>
                <a class="button-link" href="/clients/new">{move_tr!("clients-new")}</a> " "
                <a href=crate::CASELOAD_EXPORT rel="external" download="">{move_tr!("clients-export")}</a>
            </p>
            <form class="search-form" role="search" method="get" action="/clients">
                <div>
                    <label for="client-search">{move_tr!("clients-search-label")}</label>
                    <input id="client-search" name="q" type="search" autocomplete="off" value=text />
                </div>
                <div>
                    <label for="client-search-year">{move_tr!("field-birth-year")}</label>
                    <input id="client-search-year" name="year" type="text" inputmode="numeric" size="5" dir="ltr" value=year />
                </div>
                <button type="submit">{move_tr!("clients-search-submit")}</button>
            </form>
        })}
        <Loaded resource=results let:list>
            {if list.items.is_empty() {
                view! { <p role="status">{move_tr!("clients-none-found")}</p> }.into_any()
            } else {
                let (has_next, current) = (list.has_next, list.page);
                view! {
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption class="visually-hidden">{move_tr!("clients-title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move_tr!("clients-col-name")}</th>
                                    <th scope="col">{move_tr!("clients-col-latin")}</th>
                                    <th scope="col">{move_tr!("clients-col-birth")}</th>
                                    <th scope="col">{move_tr!("field-preferred-language")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list.items.into_iter().map(|c| {
                                    let latin = c.latin_name();
                                    let birth = c.birth.display();
                                    view! {
                                        <tr>
                                            <td><a href=format!("/clients/{}", c.id)><bdi>{c.full_name()}</bdi></a>
                                                {c.held.then(|| view! { " " <span class="badge restricted">{move_tr!("hold-marker")}</span> })}</td>
                                            <td><bdi>{latin}</bdi></td>
                                            <td dir="ltr">{move || birth.clone().unwrap_or_else(|| t("clients-birth-unknown"))}</td>
                                            <td><code>{c.preferred_language.unwrap_or_default()}</code></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager current has_next />
                }.into_any()
            }}
        </Loaded>
    }
}
