use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{list_organisations, CreateOrganisation};
use crate::components::{action_error, FieldError, FormError, Loaded};
use crate::i18n::{page_title, t};
use crate::models::OrganisationType;

/// Administrators: the organisations of this installation, and a form to add one.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let create = ServerAction::<CreateOrganisation>::new();
    let error = action_error(create);
    let organisations = Resource::new(move || create.version().get(), |_| list_organisations());
    view! {
        <Title text=page_title("organisations-title") />
        <h1>{move_tr!("organisations-title")}</h1>
        <Loaded resource=organisations let:list>
            <table class="data-table">
                <caption class="visually-hidden">{move_tr!("organisations-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move_tr!("field-organisation-name")}</th>
                        <th scope="col">{move_tr!("field-organisation-type")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|o| {
                        let kind = o.organisation_type.message_id();
                        view! {
                            <tr>
                                <td><bdi>{o.name}</bdi></td>
                                <td>{move || t(kind)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Loaded>
        <h2>{move_tr!("organisations-new")}</h2>
        <ActionForm action=create attr:class="stacked-form" attr:novalidate=true>
            <label for="org-name">{move_tr!("field-organisation-name")}</label>
            <input id="org-name" name="name" type="text" aria-describedby="org-name-error" />
            <FieldError error field="name" id="org-name-error" />
            <label for="org-type">{move_tr!("field-organisation-type")}</label>
            <select id="org-type" name="organisation_type" aria-describedby="org-type-error">
                <option value="">{move_tr!("choose-option")}</option>
                {OrganisationType::ALL.into_iter().map(|kind| view! {
                    <option value=kind.as_str()>{move || t(kind.message_id())}</option>
                }).collect_view()}
            </select>
            <FieldError error field="organisation_type" id="org-type-error" />
            <FormError error />
            <button type="submit" disabled=move || create.pending().get()>{move_tr!("organisations-create")}</button>
        </ActionForm>
    }
}
