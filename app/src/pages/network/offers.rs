use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{list_offers, load_offer, SaveOffer};
use crate::components::{
    action_error, date_text, form_version, label, reload_to, route_id, CatalogueSelect, Field,
    FormError, FreeText, Loaded,
};
use crate::i18n::{active_language, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{AccessTimes, Offer, OfferList};

/// A checkbox of a GET filter form, as it comes back in the query.
fn ticked(value: &str) -> bool {
    value == "on" || value == "true"
}

/// A median in days with one decimal ("–" when there is none).
fn days(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(d) => {
            let text = format!("{d:.1}");
            if active_language() == "en" {
                text
            } else {
                text.replace('.', ",")
            }
        }
    }
}

/// The service directory: offers of the partner organisations, filtered, with the access and
/// waiting times measured so far. Partner staff maintain their organisation's offers here.
#[component]
pub fn OffersPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let offers = Resource::new(
        move || {
            (
                param("service_type"),
                param("district"),
                param("language"),
                ticked(&param("childcare")),
                ticked(&param("free_seats")),
                ticked(&param("own")),
            )
        },
        |(service_type, district, language, childcare, free_seats, own)| {
            list_offers(service_type, district, language, childcare, free_seats, own)
        },
    );
    view! {
        <Title text=page_title("offers-title") />
        <h1>{move_tr!("offers-title")}</h1>
        <p class="lead">{move_tr!("offers-intro")}</p>
        <Loaded resource=offers let:list>
            <OfferDirectory list />
        </Loaded>
    }
}

#[component]
fn OfferDirectory(list: OfferList) -> impl IntoView {
    let OfferList {
        offers,
        own_organisation,
        access_times,
    } = list;
    let count = offers.len();
    let found = if offers.is_empty() {
        view! { <p role="status">{move_tr!("offers-none")}</p> }.into_any()
    } else {
        offers
            .into_iter()
            .map(|offer| view! { <OfferCard offer own_organisation /> })
            .collect_view()
            .into_any()
    };
    view! {
        {own_organisation.is_some().then(|| view! {
            <p><a class="button-link" href="/offers/new">{move_tr!("offers-new")}</a></p>
        })}
        <OfferFilter partner=own_organisation.is_some() />
        <h2>{move || t_args("offers-found", &[("count", count.to_string())])}</h2>
        {found}
        <AccessTable rows=access_times />
    }
}

/// The filter form: a plain GET form, so a filtered list is a link one can keep.
#[component]
fn OfferFilter(partner: bool) -> impl IntoView {
    let query = use_query_map();
    let value = move |name: &str| query.read().get(name).unwrap_or_default();
    let options = |catalogue_name: &'static str, param: &'static str| {
        catalogue::builtin(catalogue_name)
            .into_iter()
            .map(|code| {
                view! {
                    <option value=code selected=move || value(param) == code>
                        {move || label(&[], catalogue_name, code)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <form method="get" action="/offers" class="search-form" role="search" aria-label=move || t("offers-filter")>
            <div>
                <label for="offers-service-type">{move_tr!("field-service-type")}</label>
                <select id="offers-service-type" name="service_type">
                    <option value="">{move_tr!("offers-all")}</option>
                    {options(catalogue::SERVICE, "service_type")}
                </select>
            </div>
            <div>
                <label for="offers-district">{move_tr!("field-district")}</label>
                <select id="offers-district" name="district">
                    <option value="">{move_tr!("offers-all")}</option>
                    {options(catalogue::DISTRICT, "district")}
                </select>
            </div>
            <div>
                <label for="offers-language">{move_tr!("offers-filter-language")}</label>
                <input id="offers-language" name="language" type="text" size="5" dir="ltr" autocomplete="off"
                    value=move || value("language") />
            </div>
            <label class="checkbox">
                <input type="checkbox" name="childcare" value="on" checked=move || ticked(&value("childcare")) />
                {move_tr!("offers-filter-childcare")}
            </label>
            <label class="checkbox">
                <input type="checkbox" name="free_seats" value="on" checked=move || ticked(&value("free_seats")) />
                {move_tr!("offers-filter-free-seats")}
            </label>
            {partner.then(|| view! {
                <label class="checkbox">
                    <input type="checkbox" name="own" value="on" checked=move || ticked(&value("own")) />
                    {move_tr!("offers-filter-own")}
                </label>
            })}
            <button type="submit">{move_tr!("offers-filter-apply")}</button>
        </form>
    }
}

/// One offer as a card; the own organisation's offers can be edited.
#[component]
fn OfferCard(offer: Offer, own_organisation: Option<i64>) -> impl IntoView {
    let editable = own_organisation == Some(offer.organisation_id);
    let Offer {
        id,
        organisation,
        service_type,
        title,
        description,
        district,
        address,
        entry_level,
        target_level,
        childcare,
        accessible,
        schedule,
        capacity,
        free_seats,
        documents,
        contact,
        active,
        languages,
        starts,
        ..
    } = offer;
    let heading_id = format!("offer-{id}-title");
    let edit_label = {
        let title = title.clone();
        move || format!("{}: {}", t("offers-edit"), title)
    };
    let levels = (entry_level.is_some() || target_level.is_some()).then(|| {
        let text = move || {
            let level = |l: &Option<String>| {
                l.as_deref()
                    .map(|c| label(&[], catalogue::LANGUAGE_LEVEL, c))
                    .unwrap_or_else(|| "–".to_owned())
            };
            t_args(
                "offers-level-range",
                &[
                    ("entry", level(&entry_level)),
                    ("target", level(&target_level)),
                ],
            )
        };
        view! { <dt>{move_tr!("offers-levels")}</dt> <dd>{text}</dd> }
    });
    let place = (!district.is_empty() || !address.is_empty()).then(|| {
        let shown = district.clone();
        view! {
            <dt>{move_tr!("offers-place")}</dt>
            <dd>
                {(!district.is_empty()).then_some(move || label(&[], catalogue::DISTRICT, &shown))}
                {(!district.is_empty() && !address.is_empty()).then_some(", ")}
                <bdi>{address.clone()}</bdi>
            </dd>
        }
    });
    let seats = (free_seats.is_some() || capacity.is_some()).then(|| {
        let number = |n: Option<i64>| n.map_or_else(|| "–".to_owned(), |n| n.to_string());
        let (free, capacity) = (number(free_seats), number(capacity));
        view! {
            <dt>{move_tr!("offers-seats")}</dt>
            <dd>{move || t_args("offers-seats-of", &[("free", free.clone()), ("capacity", capacity.clone())])}</dd>
        }
    });
    let start_dates = (!starts.is_empty()).then(|| view! {
        <dt>{move_tr!("offers-starts")}</dt>
        <dd dir="ltr">{move || starts.iter().map(|d| date_text(d)).collect::<Vec<_>>().join(", ")}</dd>
    });
    let language_codes = (!languages.is_empty()).then(|| view! {
        <dt>{move_tr!("offers-languages")}</dt>
        <dd>{languages.into_iter().map(|code| view! { <code>{code}</code> " " }).collect_view()}</dd>
    });
    let text_fact = |id: &'static str, text: String| {
        (!text.trim().is_empty())
            .then(|| view! { <dt>{move || t(id)}</dt> <dd><FreeText text /></dd> })
    };
    view! {
        <article class="card offer" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()><bdi>{title}</bdi></h3>
            <p class="offer-meta">
                <bdi>{organisation}</bdi> " · " {move || label(&[], catalogue::SERVICE, &service_type)}
            </p>
            <p class="offer-badges">
                {childcare.then(|| view! { <span class="badge">{move_tr!("offers-childcare")}</span> " " })}
                {accessible.then(|| view! { <span class="badge">{move_tr!("offers-accessible")}</span> " " })}
                {(!active).then(|| view! { <span class="badge badge-muted">{move_tr!("offers-inactive")}</span> })}
            </p>
            {(!description.trim().is_empty()).then(|| view! { <p><FreeText text=description /></p> })}
            <dl class="facts">
                {place}
                {levels}
                {seats}
                {start_dates}
                {language_codes}
                {text_fact("field-schedule", schedule)}
                {text_fact("field-documents", documents)}
                {(!contact.trim().is_empty()).then(|| view! {
                    <dt>{move_tr!("field-contact")}</dt> <dd><bdi>{contact}</bdi></dd>
                })}
            </dl>
            {editable.then(|| view! {
                <p><a href=format!("/offers/{id}/edit") aria-label=edit_label>{move_tr!("offers-edit")}</a></p>
            })}
        </article>
    }
}

/// Medians of access (eligible → started) and waiting (registered → started) times.
#[component]
fn AccessTable(rows: Vec<AccessTimes>) -> impl IntoView {
    let body = if rows.is_empty() {
        view! { <p class="muted">{move_tr!("offers-access-none")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("offers-access-title")>
                <table class="data-table">
                    <caption class="visually-hidden">{move_tr!("offers-access-title")}</caption>
                    <thead><tr>
                        <th scope="col">{move_tr!("field-service-type")}</th>
                        <th scope="col">{move_tr!("field-organisation")}</th>
                        <th scope="col">{move_tr!("offers-access-clients")}</th>
                        <th scope="col">{move_tr!("offers-access-median")}</th>
                        <th scope="col">{move_tr!("offers-waiting-median")}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let service = row.service_type.clone();
                            let (access, waiting) = (row.median_access_days, row.median_waiting_days);
                            view! {
                                <tr>
                                    <td>{move || label(&[], catalogue::SERVICE, &service)}</td>
                                    <td><bdi>{row.organisation}</bdi></td>
                                    <td class="number">{row.clients}</td>
                                    <td class="number">{move || days(access)}</td>
                                    <td class="number">{move || days(waiting)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="access-times-title">
            <h2 id="access-times-title">{move_tr!("offers-access-title")}</h2>
            <p class="hint">{move_tr!("offers-access-hint")}</p>
            {body}
        </section>
    }
}

/// Partner staff: a new offer (`/offers/new`) or one of their organisation's offers
/// (`/offers/:id/edit`).
#[component]
pub fn OfferFormPage() -> impl IntoView {
    let id = route_id();
    let data = Resource::new(
        move || id.get(),
        |id| async move {
            if id > 0 {
                load_offer(id).await
            } else {
                Ok(Offer {
                    active: true,
                    ..Offer::default()
                })
            }
        },
    );
    let title_id = if id.get_untracked() > 0 {
        "offers-edit-title"
    } else {
        "offers-new-title"
    };
    view! {
        <Title text=page_title(title_id) />
        <h1>{move || t(if id.get() > 0 { "offers-edit-title" } else { "offers-new-title" })}</h1>
        <p><a href="/offers?own=on">{move_tr!("offers-back")}</a></p>
        <Loaded resource=data let:offer>
            <OfferForm offer />
        </Loaded>
    }
}

#[component]
fn OfferForm(offer: Offer) -> impl IntoView {
    let action = ServerAction::<SaveOffer>::new();
    let error = action_error(action);
    let version = form_version(action, offer.version);
    let loaded_version = offer.version;
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            reload_to("/offers?own=on");
        }
    });
    let f = "offer";
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let is_new = offer.id == 0;
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="offer_id" value=offer.id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <CatalogueSelect form=f name="service_type" label="field-service-type" catalogue=catalogue::SERVICE
                selected=offer.service_type.clone() error empty=is_new />
            <Field form=f name="title" label="field-title" value=offer.title.clone() error required=true />
            <Field form=f name="description" label="field-description" value=offer.description.clone() error multiline=true />
            <CatalogueSelect form=f name="district" label="field-district" catalogue=catalogue::DISTRICT
                selected=offer.district.clone() error empty=true />
            <Field form=f name="address" label="field-address" value=offer.address.clone() error />
            <fieldset>
                <legend>{move_tr!("offers-levels")}</legend>
                <p class="hint">{move_tr!("offers-levels-hint")}</p>
                <CatalogueSelect form=f name="entry_level" label="field-entry-level" catalogue=catalogue::LANGUAGE_LEVEL
                    selected=offer.entry_level.clone() error empty=true />
                <CatalogueSelect form=f name="target_level" label="field-target-level" catalogue=catalogue::LANGUAGE_LEVEL
                    selected=offer.target_level.clone() error empty=true />
            </fieldset>
            <label class="checkbox"><input type="checkbox" name="childcare" value="on" checked=offer.childcare /> {move_tr!("field-childcare")}</label>
            <label class="checkbox"><input type="checkbox" name="accessible" value="on" checked=offer.accessible /> {move_tr!("field-accessible")}</label>
            <label class="checkbox"><input type="checkbox" name="active" value="on" checked=offer.active /> {move_tr!("field-offer-active")}</label>
            <Field form=f name="schedule" label="field-schedule" value=offer.schedule.clone() error multiline=true />
            <Field form=f name="capacity" label="field-capacity" value=number(offer.capacity) error kind="number" min="0" />
            <Field form=f name="free_seats" label="field-free-seats" value=number(offer.free_seats) error kind="number" min="0" />
            <Field form=f name="documents" label="field-documents" value=offer.documents.clone() error multiline=true />
            <Field form=f name="contact" label="field-contact" value=offer.contact.clone() error />
            <Field form=f name="languages" label="field-offer-languages" value=offer.languages.join(", ") error ltr=true />
            <Field form=f name="starts" label="field-offer-starts" value=offer.starts.join(", ") error ltr=true />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
}
