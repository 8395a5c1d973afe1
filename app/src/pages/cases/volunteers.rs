use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{
    load_case_volunteers, CancelVolunteerTask, CompleteFollowUp, CreateVolunteerTask,
};
use crate::components::{
    action_error, date_text, label, provide_reload, reload_on_success, route_id, CatalogueSelect,
    Field, FieldError, FormError, FreeText, Loaded, SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{
    CaseVolunteerTask, CaseVolunteers, ConsentCategory, FollowUp, TaskStatus, VolunteerNetwork,
};
use crate::pages::cases::overview::CaseHeader;

/// The volunteer tasks of a case: follow-ups, tasks with the volunteers' answers and reports,
/// and the form that offers a new task to a volunteer network.
#[component]
pub fn CaseVolunteersPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_case_volunteers(id),
    );
    view! {
        <Title text=page_title("volunteers-title") />
        <SavedStatus />
        <Loaded resource=data heading="volunteers-title" let:page>
            <CaseVolunteersView page />
        </Loaded>
    }
}

#[component]
fn CaseVolunteersView(page: CaseVolunteers) -> impl IntoView {
    let CaseVolunteers {
        head,
        tasks,
        networks,
        steps,
        appointments,
        follow_ups,
        custom,
        client_id: _,
    } = page;
    let case_id = head.id;
    view! {
        <h1>{move_tr!("volunteers-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <CaseHeader head=head.clone() />
        {(!follow_ups.is_empty()).then(|| view! {
            <section aria-labelledby="follow-ups" class="card alert-card">
                <h2 id="follow-ups">{move_tr!("follow-ups-title")}</h2>
                <FollowUpList follow_ups />
            </section>
        })}
        <section aria-labelledby="volunteer-tasks" class="card">
            <h2 id="volunteer-tasks">{move_tr!("volunteer-tasks-of-case")}</h2>
            {tasks.is_empty().then(|| view! { <p class="muted">{move_tr!("volunteer-tasks-none")}</p> })}
            <ul class="plain-list task-list">
                {tasks.into_iter().map(|task| view! { <CaseTask task /> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="task-new" class="card">
            <h2 id="task-new">{move_tr!("volunteer-task-new")}</h2>
            <TaskForm case_id networks steps appointments custom />
        </section>
    }
}

/// Where a follow-up is dealt with: the case's volunteer tab, its plan (a step the client
/// marked done), its network tab (a consent the client revoked), the case (a correction), or
/// the client's record (an erasure request).
fn follow_up_link(f: &FollowUp) -> String {
    if f.kind == "portal-erasure" {
        return format!("/clients/{}#erasure-title", f.client_id);
    }
    let tab = match f.kind.as_str() {
        "portal-step-done" => "/plan",
        "portal-consent-revoked" => "/network",
        "portal-correction" => "",
        _ => "/volunteers",
    };
    format!("/cases/{}{tab}", f.case_id)
}

/// Open follow-up tasks, each with its note and a "done" button.
#[component]
pub fn FollowUpList(
    follow_ups: Vec<FollowUp>,
    /// Cases whose client's data are held: marked (the case manager's dashboard).
    #[prop(optional)]
    held: Option<std::sync::Arc<Vec<i64>>>,
) -> impl IntoView {
    let action = ServerAction::<CompleteFollowUp>::new();
    reload_on_success(action);
    let error = action_error(action);
    view! {
        <ul class="plain-list follow-ups">
            {follow_ups.into_iter().map(|f| {
                let kind = f.kind.clone();
                view! {
                    <li>
                        <a href=follow_up_link(&f)><bdi>{f.client_name.clone()}</bdi></a>
                        {held.as_ref().is_some_and(|h| h.contains(&f.case_id)).then(|| view! {
                            " " <span class="badge restricted">{move_tr!("hold-marker")}</span>
                        })}
                        " · " {move || t(&format!("follow-up-{kind}"))}
                        " · " <span dir="ltr">{move || format_instant(f.created_at, active_language())}</span>
                        {f.note.clone().map(|n| view! { <blockquote class="report"><FreeText text=n /></blockquote> })}
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="follow_up_id" value=f.id />
                            <button type="submit" class="button-secondary">{move_tr!("follow-up-done")}</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
        <FormError error />
    }
}

#[component]
fn CaseTask(task: CaseVolunteerTask) -> impl IntoView {
    let cancel = ServerAction::<CancelVolunteerTask>::new();
    reload_on_success(cancel);
    let error = action_error(cancel);
    let (kind, status, on) = (task.kind.clone(), task.status.clone(), task.on_date.clone());
    let open = TaskStatus::parse(&task.status).is_some_and(TaskStatus::is_open);
    let offered_to = task.offered_to.clone();
    view! {
        <li class="task" class:problem=task.problem>
            <strong>{move || label(&[], catalogue::TASK_KIND, &kind)}</strong>
            " · " <span dir="ltr">{move || date_text(&on)} " " {task.at_time.clone()}</span>
            " · " <bdi>{task.place.clone()}</bdi>
            " · " <span class="status">{move || label(&[], catalogue::TASK_STATUS, &status)}</span>
            {task.problem.then(|| view! { " " <span class="badge warning">{move_tr!("volunteer-problem-badge")}</span> })}
            <p class="muted">
                {move_tr!("volunteer-task-offered-to")} " " <bdi>{task.network.clone()}</bdi>
                {offered_to.map(|n| view! { " · " <bdi>{n}</bdi> })}
                {task.volunteer.clone().map(|v| view! { " · " {move_tr!("volunteer-task-taken-by")} " " <bdi>{v}</bdi> })}
                {(task.declined_by > 0).then(|| {
                    let n = task.declined_by;
                    view! { " · " {move || t_args("volunteer-task-declined-by", &[("count", n.to_string())])} }
                })}
            </p>
            {task.bring.clone().map(|b| view! { <p>{move_tr!("field-bring")} ": " <FreeText text=b /></p> })}
            {task.note.clone().map(|n| view! { <p>{move_tr!("field-task-note")} ": " <FreeText text=n /></p> })}
            {task.report.clone().map(|r| view! {
                <div class="report">
                    <p><strong>{move_tr!("volunteer-report")}</strong></p>
                    <blockquote><FreeText text=r /></blockquote>
                </div>
            })}
            {open.then(|| view! {
                <ActionForm action=cancel attr:class="inline-form">
                    <input type="hidden" name="task_id" value=task.id />
                    <button type="submit" class="button-secondary">{move_tr!("volunteer-task-cancel")}</button>
                </ActionForm>
                <FormError error />
            })}
        </li>
    }
}

#[component]
fn TaskForm(
    case_id: i64,
    networks: Vec<VolunteerNetwork>,
    steps: Vec<(i64, String, String)>,
    appointments: Vec<(i64, String, Option<String>, String)>,
    custom: Vec<crate::models::CustomEntry>,
) -> impl IntoView {
    let action = ServerAction::<CreateVolunteerTask>::new();
    reload_on_success(action);
    let error = action_error(action);
    let f = "task";
    // With one network the form shows its consent and its volunteers; with several, each
    // network's consent and all volunteers by network (the page works as a plain form, so
    // nothing in it changes as a network is chosen; the server checks that a volunteer named
    // belongs to the network chosen).
    let several = networks.len() > 1;
    let notes = if several {
        networks
            .iter()
            .map(|n| view! { <div class="network-consent"><p><strong>{n.name.clone()}</strong></p>{consent_note(case_id, n)}</div> })
            .collect_view()
            .into_any()
    } else {
        networks
            .first()
            .map(|n| consent_note(case_id, n))
            .collect_view()
            .into_any()
    };
    let volunteer_options = if several {
        networks
            .iter()
            .map(|n| view! {
                <optgroup label=n.name.clone()>
                    {n.volunteers.iter().map(|(id, name)| view! { <option value=*id>{name.clone()}</option> }).collect_view()}
                </optgroup>
            })
            .collect_view()
            .into_any()
    } else {
        networks
            .first()
            .map(|n| n.volunteers.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|(id, name)| view! { <option value=id>{name}</option> })
            .collect_view()
            .into_any()
    };
    let chosen = networks.first().filter(|_| !several).map(|n| n.id);
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=case_id />
            <CatalogueSelect form=f name="kind" label="field-task-kind" catalogue=catalogue::TASK_KIND error empty=true />
            <div class="field">
                <label for="task-organisation_id">{move_tr!("field-volunteer-network")}</label>
                <select id="task-organisation_id" name="organisation_id" aria-describedby="task-organisation_id-error">
                    <option value="">{move_tr!("choose-option")}</option>
                    {networks.iter().map(|n| {
                        let is = chosen == Some(n.id);
                        view! { <option value=n.id selected=is>{n.name.clone()}</option> }
                    }).collect_view()}
                </select>
                <FieldError error field="organisation_id".to_string() id="task-organisation_id-error".to_string() />
                {notes}
            </div>
            <div class="field">
                <label for="task-offered_to">{move_tr!("field-offered-to")}</label>
                <select id="task-offered_to" name="offered_to" aria-describedby="task-offered_to-error">
                    <option value="">{move_tr!("volunteer-whole-network")}</option>
                    {volunteer_options}
                </select>
                <FieldError error field="offered_to".to_string() id="task-offered_to-error".to_string() />
            </div>
            <div class="field">
                <label for="task-step_id">{move_tr!("field-step")}</label>
                <select id="task-step_id" name="step_id" aria-describedby="task-step_id-error">
                    <option value="">{move_tr!("volunteer-no-step")}</option>
                    {steps.into_iter().map(|(id, service, detail)| {
                        let custom = custom.clone();
                        view! { <option value=id>{move || label(&custom, catalogue::SERVICE, &service)} " – " {detail.clone()}</option> }
                    }).collect_view()}
                </select>
                <FieldError error field="step_id".to_string() id="task-step_id-error".to_string() />
            </div>
            <div class="field">
                <label for="task-appointment_id">{move_tr!("field-appointment")}</label>
                <select id="task-appointment_id" name="appointment_id" aria-describedby="task-appointment_id-error">
                    <option value="">{move_tr!("volunteer-no-appointment")}</option>
                    {appointments.into_iter().map(|(id, on, at, place)| {
                        let on = on.clone();
                        view! { <option value=id>{move || date_text(&on)} " " {at.clone()} " – " {place.clone()}</option> }
                    }).collect_view()}
                </select>
                <FieldError error field="appointment_id".to_string() id="task-appointment_id-error".to_string() />
                <p class="hint">{move_tr!("volunteer-appointment-hint")}</p>
            </div>
            <Field form=f name="on_date" label="field-date" kind="date" error />
            <Field form=f name="at_time" label="field-time" kind="time" error />
            <Field form=f name="place" label="field-place" error />
            <Field form=f name="bring" label="field-bring" error />
            <Field form=f name="task_note" label="field-task-note" error multiline=true />
            <FormError error />
            <button type="submit">{move_tr!("volunteer-task-offer")}</button>
        </ActionForm>
    }
}

/// Whether the client's consent lets the network's volunteers help (and what they will see),
/// or a link to record it.
fn consent_note(case_id: i64, n: &VolunteerNetwork) -> AnyView {
    if n.covered.iter().any(|c| *c == ConsentCategory::Identity) {
        view! {
            <p class="hint ok">{move_tr!("volunteer-consent-covered")}</p>
            <VolunteersWillSee covered=n.covered.clone() />
        }
        .into_any()
    } else {
        let href = format!(
            "/cases/{case_id}/network?consent_org={}&consent_purpose=volunteer-support&consent_cats=identity,language#consent-form",
            n.id
        );
        view! {
            <p class="notice missing-consent">{move_tr!("volunteer-consent-missing")} " "
                <a href=href rel="external">{move_tr!("referral-record-consent")}</a></p>
        }
        .into_any()
    }
}

/// What volunteers of a network will see of the client with the consent for volunteer
/// support as it is now (`covered`: its categories), as the policy decides it.
#[component]
fn VolunteersWillSee(covered: Vec<String>) -> impl IntoView {
    let language = covered.iter().any(|c| *c == ConsentCategory::Language);
    view! {
        <div class="hint volunteer-sees">
            <p>{move_tr!("volunteer-sees-title")}</p>
            <ul>
                <li>{move_tr!("volunteer-sees-name-phone")}</li>
                <li>{move || if language {
                    t("volunteer-sees-language")
                } else {
                    t("volunteer-sees-no-language")
                }}</li>
                <li>{move_tr!("volunteer-sees-task")}</li>
                <li>{move_tr!("volunteer-sees-notes")}</li>
            </ul>
            <p>{move_tr!("volunteer-notes-within-consent")}</p>
        </div>
    }
}
