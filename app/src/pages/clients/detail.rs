use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use super::erasure::ErasureSection;
use super::merge::MergeSection;
use crate::api::{
    load_client, AddHouseholdMember, AddNote, EndHold, OpenCase, PlaceHold, RemoveHouseholdMember,
    SaveResidence, UpdateClient,
};
use crate::components::{
    action_error, done_by_form, form_version, label, provide_reload, reload_on_success,
    reset_on_success, route_id, CatalogueSelect, Field, FormError, LanguagePicker, Loaded,
    SavedStatus,
};
use crate::error::AppError;
use crate::i18n::{active_language, format_date, format_instant, page_title, t, t_args};
use crate::models::catalogue::{self, CustomEntry};
use crate::models::{ClientDetail, ClientHold, ClientRecord, Note, NoteCompartment, Residence};

/// A client's record: personal data, household, sensitive compartments and cases.
#[component]
pub fn ClientPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(move || (id.get(), reload.get()), |(id, _)| load_client(id));
    view! {
        <Title text=page_title("client-title") />
        <SavedStatus />
        <Loaded resource=data heading="client-title" let:detail>
            <ClientView detail />
        </Loaded>
    }
}

#[component]
fn ClientView(detail: ClientDetail) -> impl IntoView {
    let ClientDetail {
        client,
        household,
        residence,
        notes,
        cases,
        hold,
        erasure,
        merges,
    } = detail;
    let client_id = client.id;
    let name = client.full_name();
    // After a merge the record that stayed says so.
    let done = done_by_form();
    view! {
        <h1><bdi>{name}</bdi></h1>
        {move || (done.get().as_deref() == Some("merged")).then(|| view! {
            <p class="notice success" role="status">{move_tr!("merge-done")}</p>
        })}
        <HoldSection client_id hold />
        <section aria-labelledby="personal-title" class="card">
            <h2 id="personal-title">{move_tr!("client-personal")}</h2>
            <PersonalData client=client.clone() />
            <details>
                <summary>{move_tr!("client-edit")}</summary>
                <EditClient client />
            </details>
        </section>
        <section aria-labelledby="cases-title" class="card">
            <h2 id="cases-title">{move_tr!("client-cases")}</h2>
            <ul class="plain-list">
                {cases.into_iter().map(|c| {
                    let phase = c.phase.clone();
                    view! {
                        <li>
                            <a href=format!("/cases/{}", c.id)>{move || t("case-link")} " " {c.id}</a>
                            " · " {move || label(&[], catalogue::PHASE, &phase)}
                            " · " <bdi>{c.owner_name}</bdi>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <OpenCaseButton client_id />
        </section>
        <section aria-labelledby="household-title" class="card">
            <h2 id="household-title">{move_tr!("client-household")}</h2>
            <Household client_id members=household />
        </section>
        <section aria-labelledby="residence-title" class="card compartment">
            <h2 id="residence-title">{move_tr!("compartment-residence")}</h2>
            <p class="hint">{move_tr!("compartment-residence-hint")}</p>
            <ResidenceForm client_id residence />
        </section>
        {NoteCompartment::ALL.iter().map(|&compartment| {
            let list: Vec<Note> = notes.iter().filter(|n| n.compartment == compartment).cloned().collect();
            view! { <NotesSection client_id compartment list /> }.into_any()
        }).collect_view()}
        <MergeSection client_id merges />
        <ErasureSection client_id erasure />
    }
}

#[component]
fn PersonalData(client: ClientRecord) -> impl IntoView {
    let latin = client.latin_name();
    let birth = client.birth.display();
    let address = [
        client.street.clone(),
        [client.postal_code.clone(), client.city.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let interpreter = client.interpreter_needed;
    let interpreter_language = client.interpreter_language_name.clone().unwrap_or_default();
    view! {
        <dl class="facts">
            <dt>{move_tr!("clients-col-latin")}</dt><dd><bdi>{latin}</bdi></dd>
            <dt>{move_tr!("clients-col-birth")}</dt>
            <dd dir="ltr">{move || birth.clone().unwrap_or_else(|| t("clients-birth-unknown"))}</dd>
            <dt>{move_tr!("field-preferred-language")}</dt><dd><bdi>{client.preferred_language_name.clone()}</bdi></dd>
            <dt>{move_tr!("field-interpreter-needed")}</dt>
            <dd>{move || if interpreter { t("yes") } else { t("no") }} " " <bdi>{interpreter_language.clone()}</bdi></dd>
            <dt>{move_tr!("field-phone")}</dt><dd dir="ltr">{client.phone.clone()}</dd>
            <dt>{move_tr!("field-email")}</dt><dd dir="ltr">{client.email.clone()}</dd>
            <dt>{move_tr!("client-address")}</dt><dd><bdi>{address}</bdi></dd>
        </dl>
    }
}

#[component]
fn EditClient(client: ClientRecord) -> impl IntoView {
    let action = ServerAction::<UpdateClient>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, client.version);
    let loaded_version = client.version;
    let f = "edit-client";
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    let number = |o: Option<i64>| o.map(|n| n.to_string()).unwrap_or_default();
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="client_id" value=client.id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <Field form=f name="given_names" label="field-given-names" value=client.given_names.clone() error />
            <Field form=f name="family_name" label="field-family-name" value=client.family_name.clone() error />
            <Field form=f name="given_names_latin" label="field-given-names-latin" value=text(&client.given_names_latin) error ltr=true />
            <Field form=f name="family_name_latin" label="field-family-name-latin" value=text(&client.family_name_latin) error ltr=true />
            <div class="date-parts">
                <Field form=f name="birth_day" label="field-birth-day" value=number(client.birth.day) error ltr=true />
                <Field form=f name="birth_month" label="field-birth-month" value=number(client.birth.month) error ltr=true />
                <Field form=f name="birth_year" label="field-birth-year" value=number(client.birth.year) error ltr=true />
            </div>
            <LanguagePicker form=f name="preferred_language" label="field-preferred-language"
                value=text(&client.preferred_language) value_name=client.preferred_language_name.clone() error />
            <label class="checkbox"><input type="checkbox" name="interpreter_needed" value="on" checked=client.interpreter_needed /> {move_tr!("field-interpreter-needed")}</label>
            <LanguagePicker form=f name="interpreter_language" label="field-interpreter-language"
                value=text(&client.interpreter_language) value_name=client.interpreter_language_name.clone() error />
            <Field form=f name="phone" label="field-phone" value=text(&client.phone) error kind="tel" ltr=true />
            <Field form=f name="email" label="field-email" value=text(&client.email) error kind="email" ltr=true />
            <Field form=f name="street" label="field-street" value=text(&client.street) error />
            <Field form=f name="postal_code" label="field-postal-code" value=text(&client.postal_code) error ltr=true />
            <Field form=f name="city" label="field-city" value=text(&client.city) error />
            <CatalogueSelect form=f name="district" label="field-district" catalogue=catalogue::DISTRICT selected=client.district.clone() error empty=true />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
}

#[component]
fn OpenCaseButton(client_id: i64) -> impl IntoView {
    let action = ServerAction::<OpenCase>::new();
    let error = action_error(action);
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(case_id)) = action.value().get() {
            navigate(&format!("/cases/{case_id}"), Default::default());
        }
    });
    view! {
        <ActionForm action>
            <input type="hidden" name="client_id" value=client_id />
            <FormError error all=true />
            <button type="submit">{move_tr!("case-open")}</button>
        </ActionForm>
    }
}

#[component]
fn Household(client_id: i64, members: Vec<crate::models::HouseholdMember>) -> impl IntoView {
    let add = ServerAction::<AddHouseholdMember>::new();
    reload_on_success(add);
    let remove = ServerAction::<RemoveHouseholdMember>::new();
    reload_on_success(remove);
    let error = action_error(add);
    let form = reset_on_success(add);
    let f = "household";
    view! {
        <ul class="plain-list">
            {members.into_iter().map(|m| {
                let relation = m.relation.clone();
                view! {
                    <li>
                        <bdi>{m.name.clone()}</bdi> " · " {move || label(&[], catalogue::RELATION, &relation)}
                        {m.birth_year.map(|y| view! { " · " <span dir="ltr">{y}</span> })}
                        <ActionForm action=remove attr:class="inline-form">
                            <input type="hidden" name="member_id" value=m.id />
                            <button type="submit" class="button-secondary">{move_tr!("remove")}</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
        <details>
            <summary>{move_tr!("household-add")}</summary>
            <ActionForm action=add node_ref=form attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="client_id" value=client_id />
                <Field form=f name="member_name" label="field-member-name" error />
                <CatalogueSelect form=f name="member_relation" label="field-relation" catalogue=catalogue::RELATION error empty=true />
                <Field form=f name="member_birth_year" label="field-birth-year" error ltr=true />
                <FormError error />
                <button type="submit">{move_tr!("add")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn ResidenceForm(client_id: i64, residence: Residence) -> impl IntoView {
    let action = ServerAction::<SaveResidence>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, residence.version);
    let loaded_version = residence.version;
    let f = "residence";
    let custom: Vec<CustomEntry> = Vec::new();
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="client_id" value=client_id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <CatalogueSelect form=f name="residence_status" label="field-residence-status" catalogue=catalogue::RESIDENCE
                custom=custom.clone() selected=residence.residence_status.clone() error empty=true />
            <Field form=f name="valid_until" label="field-valid-until" kind="date" value=residence.valid_until.clone().unwrap_or_default() error />
            <CatalogueSelect form=f name="benefit_regime" label="field-benefit-regime" catalogue=catalogue::BENEFIT
                custom selected=residence.benefit_regime.clone() error empty=true />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
}

#[component]
fn NotesSection(client_id: i64, compartment: NoteCompartment, list: Vec<Note>) -> impl IntoView {
    let action = ServerAction::<AddNote>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    let f = format!("note-{}", compartment.as_str());
    let title_id = format!("{f}-title");
    let labelled_by = title_id.clone();
    let youth = compartment.needs_entrusted_by();
    view! {
        <section aria-labelledby=labelled_by class="card compartment">
            <h2 id=title_id>{move || t(compartment.message_id())}</h2>
            <p class="hint">{move || t(compartment.hint_message_id())}</p>
            <ul class="notes">
                {list.into_iter().map(|n| {
                    let at = n.created_at;
                    view! {
                        <li>
                            <p class="note-meta"><bdi>{n.author_name}</bdi> " · " <span dir="ltr">{move || format_instant(at, active_language())}</span>
                                {n.entrusted_by.map(|e| view! { " · " {move_tr!("field-entrusted-by")} ": " <bdi>{e}</bdi> })}
                            </p>
                            <p class="note-body" dir="auto">{n.body}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details>
                <summary>{move_tr!("note-add")}</summary>
                <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="client_id" value=client_id />
                    <input type="hidden" name="compartment" value=compartment.as_str() />
                    <Field form=f.clone() name="note_body" label="field-note" multiline=true error />
                    {youth.then(|| view! { <Field form=f.clone() name="entrusted_by" label="field-entrusted-by" error /> })}
                    <FormError error />
                    <button type="submit">{move_tr!("add")}</button>
                </ActionForm>
            </details>
        </section>
    }
}

/// The restriction of processing (GDPR Art. 18): the hold in force, marked at the top of the
/// record, with its reason, last day and who put it on, and a button to end it; without one,
/// a form to put one on.
#[component]
fn HoldSection(client_id: i64, hold: Option<ClientHold>) -> impl IntoView {
    match hold {
        Some(hold) => view! { <HoldInForce hold /> }.into_any(),
        None => view! { <PlaceHoldForm client_id /> }.into_any(),
    }
}

#[component]
fn HoldInForce(hold: ClientHold) -> impl IntoView {
    let end = ServerAction::<EndHold>::new();
    reload_on_success(end);
    let error = action_error(end);
    let ClientHold {
        id,
        reason,
        note,
        until,
        placed_by,
        placed_at,
    } = hold;
    let summary = move || {
        t_args(
            "hold-in-force",
            &[("until", format_date(&until, active_language()))],
        )
    };
    view! {
        <section aria-labelledby="hold-title" class="card restricted">
            <h2 id="hold-title">{move_tr!("hold-title")}</h2>
            <p><strong>{summary}</strong></p>
            <p>{move_tr!("hold-effect")}</p>
            <dl class="facts">
                <dt>{move_tr!("field-hold-reason")}</dt>
                <dd>{move || label(&[], catalogue::HOLD_REASON, &reason)}</dd>
                {note.map(|note| view! {
                    <dt>{move_tr!("field-hold-note")}</dt>
                    <dd dir="auto">{note}</dd>
                })}
                <dt>{move_tr!("hold-placed")}</dt>
                <dd><bdi>{placed_by}</bdi> " · " <span dir="ltr">{move || format_instant(placed_at, active_language())}</span></dd>
            </dl>
            <ActionForm action=end>
                <input type="hidden" name="hold_id" value=id />
                <FormError error />
                <button type="submit" class="button-secondary">{move_tr!("hold-end")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn PlaceHoldForm(client_id: i64) -> impl IntoView {
    let place = ServerAction::<PlaceHold>::new();
    reload_on_success(place);
    let error = action_error(place);
    let f = "hold";
    view! {
        <details class="hold-form">
            <summary>{move_tr!("hold-place")}</summary>
            <p class="hint">{move_tr!("hold-hint")}</p>
            <ActionForm action=place attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="client_id" value=client_id />
                <HoldFields form=f error />
            </ActionForm>
        </details>
    }
}

/// A hold's reason, last day and note, and the button that puts it on (the client's record,
/// and the data-protection officer's form that names the client by number).
#[component]
pub fn HoldFields(form: &'static str, error: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <CatalogueSelect form=form name="hold_reason" label="field-hold-reason" catalogue=catalogue::HOLD_REASON error empty=true />
        <Field form=form name="hold_until" label="field-hold-until" kind="date" error />
        <Field form=form name="hold_note" label="field-hold-note" multiline=true error />
        <FormError error />
        <button type="submit">{move_tr!("hold-place-submit")}</button>
    }
}
