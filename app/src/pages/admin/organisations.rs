use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{list_organisations, CreateExternalOrganisation, CreateOrganisation};
use crate::components::{action_error, done_by_form, FieldError, FormError, Loaded};
use crate::i18n::{page_title, t};
use crate::models::OrganisationType;

/// Administrators: the organisations of this installation, and a form to add one.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let create = ServerAction::<CreateOrganisation>::new();
    let error = action_error(create);
    let external = ServerAction::<CreateExternalOrganisation>::new();
    let external_error = action_error(external);
    let done = done_by_form();
    let organisations = Resource::new(
        move || (create.version().get(), external.version().get()),
        |_| list_organisations(),
    );
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
                        <th scope="col">{move_tr!("organisations-external-contact")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|o| {
                        let kind = o.organisation_type.message_id();
                        view! {
                            <tr>
                                <td><bdi>{o.name}</bdi></td>
                                <td>{move || t(kind)}</td>
                                <td>{match o.contact {
                                    Some(c) => view! {
                                        <bdi>{c.name}</bdi> " · " <span dir="ltr">{c.email}</span>
                                    }.into_any(),
                                    None => view! { <span class="muted">{move_tr!("organisations-has-accounts")}</span> }.into_any(),
                                }}</td>
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
        <h2 id="external-new">{move_tr!("organisations-external-new")}</h2>
        {move || (done.get().as_deref() == Some("external-created")).then(|| view! {
            <p class="success" role="status">{move_tr!("organisations-external-created")}</p>
        })}
        <p class="hint">{move_tr!("organisations-external-explained")}</p>
        <ActionForm action=external attr:class="stacked-form" attr:novalidate=true>
            <label for="ext-name">{move_tr!("field-organisation-name")}</label>
            <input id="ext-name" name="name" type="text" aria-describedby="ext-name-error" />
            <FieldError error=external_error field="name" id="ext-name-error" />
            <label for="ext-type">{move_tr!("field-organisation-type")}</label>
            <select id="ext-type" name="organisation_type" aria-describedby="ext-type-error">
                <option value="">{move_tr!("choose-option")}</option>
                {OrganisationType::ALL.into_iter().map(|kind| view! {
                    <option value=kind.as_str()>{move || t(kind.message_id())}</option>
                }).collect_view()}
            </select>
            <FieldError error=external_error field="organisation_type" id="ext-type-error" />
            <label for="ext-contact">{move_tr!("organisations-contact-name")}</label>
            <input id="ext-contact" name="contact_name" type="text" aria-describedby="ext-contact-error" />
            <FieldError error=external_error field="contact_name" id="ext-contact-error" />
            <label for="ext-email">{move_tr!("organisations-contact-email")}</label>
            <input id="ext-email" name="contact_email" type="email" dir="ltr" aria-describedby="ext-email-error" />
            <FieldError error=external_error field="contact_email" id="ext-email-error" />
            <label for="ext-language">{move_tr!("organisations-contact-language")}</label>
            <select id="ext-language" name="contact_language" aria-describedby="ext-language-error">
                {crate::i18n::LANGUAGES.iter().filter(|l| !crate::i18n::is_client_only(l.id)).map(|l| view! {
                    <option value=l.id lang=l.id>{l.native_name}</option>
                }).collect_view()}
            </select>
            <FieldError error=external_error field="contact_language" id="ext-language-error" />
            <FormError error=external_error />
            <button type="submit" disabled=move || external.pending().get()>{move_tr!("organisations-external-create")}</button>
        </ActionForm>
    }
}
