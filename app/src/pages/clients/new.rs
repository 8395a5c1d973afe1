use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_possible_duplicates, CreateClient};
use crate::components::{
    action_error, done_by_form, CatalogueSelect, FieldError, FormError, LanguagePicker,
};
use crate::i18n::{page_title, t};
use crate::models::catalogue;
use crate::models::NewClientOutcome;

/// One labelled text input with its error message.
#[component]
fn TextField(
    name: &'static str,
    label: &'static str,
    error: Signal<Option<crate::error::AppError>>,
    #[prop(optional)] ltr: bool,
    #[prop(optional)] kind: Option<&'static str>,
) -> impl IntoView {
    let id = format!("client-{name}");
    let error_id = format!("client-{name}-error");
    view! {
        <label for=id.clone()>{move || t(label)}</label>
        <input id=id name=name type=kind.unwrap_or("text") dir=ltr.then_some("ltr") aria-describedby=error_id.clone() />
        <FieldError error field=name id=error_id />
    }
}

/// Case managers: register a new client; possible duplicates are shown before anything is saved.
#[component]
pub fn NewClientPage() -> impl IntoView {
    let action = ServerAction::<CreateClient>::new();
    let error = action_error(action);
    // After a plain form post the address carries the outcome: `?done=created-N`, or the
    // numbers of the possible duplicates (`?duplicates=3,4`), read again from the server.
    let done = done_by_form();
    let query = leptos_router::hooks::use_query_map();
    let created_by_form = move || done.get()?.strip_prefix("created-")?.parse::<i64>().ok();
    let duplicates_by_form = Resource::new(
        move || query.with(|q| q.get("duplicates")),
        |numbers| async move {
            match numbers {
                Some(numbers) => load_possible_duplicates(numbers).await.ok(),
                None => None,
            }
        },
    );
    let duplicates = move || match action.value().get() {
        Some(Ok(NewClientOutcome::PossibleDuplicates(list))) => Some(list),
        Some(_) => None,
        None => duplicates_by_form.get().flatten(),
    };
    let created = move || match action.value().get() {
        Some(Ok(NewClientOutcome::Created { id })) => Some(id),
        Some(_) => None,
        None => created_by_form(),
    };
    view! {
        <Title text=page_title("client-new-title") />
        <h1>{move_tr!("client-new-title")}</h1>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <fieldset>
                <legend>{move_tr!("client-names")}</legend>
                <TextField name="given_names" label="field-given-names" error />
                <TextField name="family_name" label="field-family-name" error />
                <TextField name="given_names_latin" label="field-given-names-latin" error ltr=true />
                <TextField name="family_name_latin" label="field-family-name-latin" error ltr=true />
            </fieldset>
            <fieldset>
                <legend>{move_tr!("client-birth")}</legend>
                <p class="hint">{move_tr!("client-birth-hint")}</p>
                <div class="date-parts">
                    <div><TextField name="birth_day" label="field-birth-day" error ltr=true /></div>
                    <div><TextField name="birth_month" label="field-birth-month" error ltr=true /></div>
                    <div><TextField name="birth_year" label="field-birth-year" error ltr=true /></div>
                </div>
            </fieldset>
            <fieldset>
                <legend>{move_tr!("client-language")}</legend>
                <LanguagePicker form="client" name="preferred_language" label="field-preferred-language" error />
                <label class="checkbox"><input type="checkbox" name="interpreter_needed" value="on" /> {move_tr!("field-interpreter-needed")}</label>
                <LanguagePicker form="client" name="interpreter_language" label="field-interpreter-language" error />
            </fieldset>
            <fieldset>
                <legend>{move_tr!("client-contact")}</legend>
                <TextField name="phone" label="field-phone" error ltr=true kind="tel" />
                <TextField name="email" label="field-email" error ltr=true kind="email" />
                <TextField name="street" label="field-street" error />
                <TextField name="postal_code" label="field-postal-code" error ltr=true />
                <TextField name="city" label="field-city" error />
                <CatalogueSelect form="client" name="district" label="field-district" catalogue=catalogue::DISTRICT error empty=true />
            </fieldset>
            <Transition fallback=|| ()>
            {move || duplicates().filter(|list| !list.is_empty()).map(|list| view! {
                    <section class="duplicates" aria-labelledby="duplicates-title">
                        <h2 id="duplicates-title">{move_tr!("client-duplicates-title")}</h2>
                        <ul>
                            {list.into_iter().map(|c| view! {
                                <li><bdi>{c.full_name()}</bdi> " " <span dir="ltr">{c.birth.display().unwrap_or_default()}</span></li>
                            }).collect_view()}
                        </ul>
                        <label class="checkbox"><input type="checkbox" name="confirmed_new" value="on" /> {move_tr!("client-duplicates-confirm")}</label>
                    </section>
                })}
            </Transition>
            <FormError error />
            <button type="submit" disabled=move || action.pending().get()>{move_tr!("client-create")}</button>
            <div role="status" class="status-region">
                {move || created().map(|id| view! {
                    <p class="success">{move_tr!("client-created")} " " <a href=format!("/clients/{id}")>{move_tr!("client-open-record")}</a></p>
                })}
            </div>
        </ActionForm>
    }
}
