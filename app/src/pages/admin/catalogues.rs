use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{list_catalogue_entries, AddCatalogueEntry};
use crate::components::{
    action_error, label, provide_reload, reload_on_success, reset_on_success, CatalogueSelect,
    FormError, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t, LANGUAGES};
use crate::models::catalogue;

/// Administrators: catalogue entries added to the built-in ones, with a text per locale.
#[component]
pub fn CataloguesPage() -> impl IntoView {
    let reload = provide_reload();
    let entries = Resource::new(move || reload.get(), |_| list_catalogue_entries());
    let action = ServerAction::<AddCatalogueEntry>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    let f = "catalogue";
    view! {
        <Title text=page_title("catalogues-title") />
        <h1>{move_tr!("catalogues-title")}</h1>
        <p class="lead">{move_tr!("catalogues-intro")}</p>
        <SavedStatus />
        <Loaded resource=entries let:list>
            {if list.is_empty() {
                view! { <p>{move_tr!("catalogues-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption class="visually-hidden">{move_tr!("catalogues-title")}</caption>
                            <thead><tr>
                                <th scope="col">{move_tr!("catalogues-col-catalogue")}</th>
                                <th scope="col">{move_tr!("catalogues-col-text")}</th>
                                <th scope="col">{move_tr!("catalogues-col-locales")}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|e| {
                                    let all = vec![e.clone()];
                                    let (cat, code) = (e.catalogue.clone(), e.code.clone());
                                    let cat_id = format!("catalogue-name-{}", e.catalogue);
                                    let locales = e.texts.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>().join(", ");
                                    view! {
                                        <tr>
                                            <td>{move || t(&cat_id)}</td>
                                            <td>{move || label(&all, &cat, &code)}</td>
                                            <td dir="ltr">{locales}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </Loaded>
        <h2>{move_tr!("catalogues-add")}</h2>
        <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
            <div class="field">
                <label for="catalogue-catalogue">{move_tr!("catalogues-col-catalogue")}</label>
                <select id="catalogue-catalogue" name="catalogue">
                    {catalogue::EXTENSIBLE.iter().map(|c| {
                        let id = format!("catalogue-name-{c}");
                        view! { <option value=*c>{move || t(&id)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <CatalogueSelect form=f name="domain" label="field-domain" catalogue=catalogue::DOMAIN error empty=true />
            <fieldset>
                <legend>{move_tr!("catalogues-texts")}</legend>
                {LANGUAGES.iter().map(|l| {
                    let name = catalogue::text_field(l.id);
                    let id = format!("catalogue-{name}");
                    let error_id = format!("{id}-error");
                    let field = name.clone();
                    view! {
                        <div class="field">
                            <label for=id.clone() lang=l.id>{l.native_name}</label>
                            <input id=id name=name type="text" lang=l.id dir=if l.rtl { "rtl" } else { "ltr" } aria-describedby=error_id.clone() />
                            <crate::components::FieldError error field id=error_id />
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <FormError error />
            <button type="submit">{move_tr!("add")}</button>
        </ActionForm>
    }
}
