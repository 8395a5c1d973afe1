//! Interim results: the measures working groups agreed and implemented, by topic.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::CoordinationTabs;
use crate::api::load_interim_results;
use crate::components::{date_text, label, Loaded};
use crate::i18n::{page_title, t};
use crate::models::catalogue;
use crate::models::MeasureStatus;

#[component]
pub fn ResultsPageView() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_interim_results());
    view! {
        <Title text=page_title("results-title") />
        <h1>{move_tr!("results-title")}</h1>
        <CoordinationTabs />
        <p class="hint">{move_tr!("results-intro")}</p>
        <Loaded resource=data let:results>
            {if results.topics.is_empty() {
                view! { <p class="muted">{move_tr!("results-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("results-by-status")>
                        <table class="figures-table">
                            <caption>{move_tr!("results-by-status")}</caption>
                            <thead><tr>
                                <th scope="col">{move_tr!("groups-topic")}</th>
                                {MeasureStatus::ALL.iter().map(|s| view! { <th scope="col">{move || t(s.message_id())}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {results.topics.iter().map(|topic| {
                                    let code = topic.topic.clone();
                                    view! {
                                        <tr>
                                            <th scope="row">{move || label(&[], catalogue::DOMAIN, &code)}</th>
                                            {topic.by_status.iter().map(|n| view! { <td class="number">{*n}</td> }).collect_view()}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {results.topics.into_iter().map(|topic| {
                        let code = topic.topic.clone();
                        view! {
                            <section class="card results-topic">
                                <h2>{move || label(&[], catalogue::DOMAIN, &code)}</h2>
                                <h3>{move_tr!("results-implemented")}</h3>
                                {topic.implemented.is_empty().then(|| view! { <p class="muted">{move_tr!("results-none-implemented")}</p> })}
                                <MeasureList measures=topic.implemented date_id="results-implemented-on" class="implemented" />
                                {(!topic.agreed.is_empty()).then(|| view! {
                                    <h3>{move_tr!("results-agreed")}</h3>
                                    <MeasureList measures=topic.agreed date_id="results-agreed-on" class="agreed" />
                                })}
                            </section>
                        }
                    }).collect_view()}
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
fn MeasureList(
    measures: Vec<crate::models::ImplementedMeasure>,
    date_id: &'static str,
    class: &'static str,
) -> impl IntoView {
    view! {
        <ul class="plain-list">
            {measures.into_iter().map(|m| {
                let on = m.implemented_on.clone();
                view! {
                    <li class=class>
                        <strong>{m.title}</strong>
                        <p class="muted">{move || t(date_id)} " " <span dir="ltr">{move || date_text(&on)}</span>
                            " · " <bdi>{m.group}</bdi> " · " {m.organisations.join(", ")}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
