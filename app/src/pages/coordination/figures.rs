//! Programme figures: the filter, each figure as a chart and a table, with its CSV.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::CoordinationTabs;
use crate::api::load_figures;
use crate::components::{
    date_text, label_view, CatalogueSelect, ChoiceSelect, Field, FigureChart, Loaded,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{FigureFilter, FigureTable, FiguresPage, OrganisationChoice};

fn filter_from_query() -> Memo<FigureFilter> {
    let query = use_query_map();
    Memo::new(move |_| {
        let q = query.get();
        let get = |k: &str| q.get(k).unwrap_or_default();
        FigureFilter {
            from: get("from"),
            to: get("to"),
            district: get("district"),
            organisation: get("organisation"),
        }
    })
}

#[component]
pub fn FiguresPageView() -> impl IntoView {
    let filter = filter_from_query();
    let data = Resource::new(move || filter.get(), load_figures);
    view! {
        <Title text=page_title("figures-title") />
        <h1>{move_tr!("figures-title")}</h1>
        <CoordinationTabs />
        <p class="hint">{move_tr!("figures-intro")}</p>
        <Loaded
            resource=data
            before_error=move || view! { <FilterForm filter=filter.get_untracked() organisations=Vec::new() /> }
            let:page
        >
            <FiguresView page />
        </Loaded>
    }
}

/// The filter: a plain GET form, so the address names what is shown.
#[component]
fn FilterForm(filter: FigureFilter, organisations: Vec<OrganisationChoice>) -> impl IntoView {
    let no_error = Signal::derive(|| None);
    let organisation: Option<i64> = filter.organisation.parse().ok();
    view! {
        <form method="get" action="/coordination" class="filter-form" aria-label=move || t("figures-filter")>
            <Field form="figures" name="from" label="figures-from" kind="date" value=filter.from.clone() error=no_error />
            <Field form="figures" name="to" label="figures-to" kind="date" value=filter.to.clone() error=no_error />
            <CatalogueSelect form="figures" name="district" label="field-district" catalogue=catalogue::DISTRICT
                selected=Some(filter.district.clone()) error=no_error empty=true />
            <ChoiceSelect form="figures" name="organisation" label="figures-organisation" choices=organisations
                selected=organisation error=no_error empty_id="figures-all-organisations" />
            <button type="submit">{move_tr!("figures-show")}</button>
        </form>
    }
}

#[component]
fn FiguresView(page: FiguresPage) -> impl IntoView {
    let FiguresPage {
        figures,
        organisations,
    } = page;
    let filter = FigureFilter {
        from: figures.from.clone(),
        to: figures.to.clone(),
        district: figures.district.clone().unwrap_or_default(),
        organisation: figures
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
    };
    let query = format!(
        "from={}&to={}&district={}&organisation={}",
        filter.from, filter.to, filter.district, filter.organisation
    );
    let (from, to) = (figures.from.clone(), figures.to.clone());
    let computed_at = figures.computed_at;
    view! {
        <FilterForm filter organisations />
        <p class="muted">
            {move || t_args("figures-period", &[("from", date_text(&from)), ("to", date_text(&to))])}
            " · " {move_tr!("figures-suppression")}
            " · " {move || t_args("figures-as-of", &[
                ("time", format_instant(computed_at, active_language())),
                ("minutes", crate::models::SNAPSHOT_MINUTES.to_string()),
            ])}
        </p>
        {figures.tables.into_iter().map(|table| view! { <FigureSection table query=query.clone() /> }).collect_view()}
    }
}

#[component]
fn FigureSection(table: FigureTable, query: String) -> impl IntoView {
    let heading_id = format!("figures-{}", table.key);
    let labelled_by = heading_id.clone();
    let csv = format!("{}/{}.csv?{query}", crate::FIGURES_CSV, table.key);
    let (title, note) = (table.title_id.clone(), table.note_id.clone());
    view! {
        <section class="card figure" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || t(&title)}</h2>
            {note.map(|n| view! { <p class="hint">{move || t(&n)}</p> })}
            <FigureChart table=table.clone() />
            <FigureTableView table />
            <p><a href=csv rel="external" download="">{move_tr!("figures-csv")}</a></p>
        </section>
    }
}

#[component]
fn FigureTableView(table: FigureTable) -> impl IntoView {
    let corner = table.corner_id.clone();
    let title = table.title_id.clone();
    let region = title.clone();
    view! {
        // Focusable, so a keyboard can scroll a wide table.
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t(&region)>
            <table class="figures-table">
                <caption class="visually-hidden">{move || t(&title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(&corner)}</th>
                        {table.columns.iter().cloned().map(|c| view! { <th scope="col">{move || label_view(&c)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let label = row.label.clone();
                        view! {
                            <tr>
                                <th scope="row">{move || label_view(&label)}</th>
                                {row.cells.iter().map(|v| {
                                    let suppressed = *v == crate::models::Value::Suppressed;
                                    view! { <td class="number" class:suppressed=suppressed>{v.text()}</td> }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
