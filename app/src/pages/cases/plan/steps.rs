//! A step towards a goal: its status, history and links, and the form that adds or
//! changes it.

use crate::move_tr;
use leptos::prelude::*;

use crate::api::{AddStep, SetStepStatus, UpdateStep};
use crate::components::{
    action_error, form_version, label, reload_on_success, route_id, shown_date, AddOrEditForm,
    CatalogueSelect, Disclosure, Field, FormError, FormTarget, FreeText,
};
use crate::i18n::{active_language, format_instant};
use crate::models::catalogue::{self, domain_of, CustomEntry};
use crate::models::Step;

#[component]
pub(super) fn StepItem(
    step: Step,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
) -> impl IntoView {
    let (service, responsible, status) = (
        step.service_type.clone(),
        step.responsible_kind.clone(),
        step.status.clone(),
    );
    let due = step.due_date.clone();
    let c1 = custom.clone();
    let (goal_id, whole) = (step.goal_id, step.clone());
    let case_id = route_id().get_untracked();
    let is_course = catalogue::LANGUAGE_COURSES.contains(&step.service_type.as_str());
    view! {
        <li class="step">
            <p>
                <strong>{move || label(&c1, catalogue::SERVICE, &service)}</strong>
                {(!step.detail.is_empty()).then(|| view! { " – " <FreeText text=step.detail.clone() /> })}
            </p>
            <p class="step-meta">
                {move_tr!("field-responsible")} ": " {move || label(&[], catalogue::RESPONSIBLE, &responsible)}
                {step.responsible_organisation.clone().map(|o| view! { " (" <bdi>{o}</bdi> ")" })}
                {due.clone().map(|_| view! { " · " {move_tr!("field-due-date")} ": " <span dir="ltr">{move || shown_date(&due)}</span> })}
                " · " <strong class="status">{move || label(&[], catalogue::STEP_STATUS, &status)}</strong>
                {step.status_note.clone().map(|n| view! { " – " <FreeText text=n /> })}
                {step.appeal_deadline.clone().map(|d| { let d = Some(d); view! { " · " {move_tr!("field-appeal-deadline")} ": " <span dir="ltr">{move || shown_date(&d)}</span> } })}
            </p>
            <p class="step-links">
                {is_course.then(|| view! {
                    <a href=format!("/cases/{case_id}/network?step={}#courses", step.id)>{move_tr!("step-find-course")}</a> " · "
                })}
                <a href=format!("/cases/{case_id}/network?refer={}#refer", step.id)>{move_tr!("step-refer")}</a>
            </p>
            <details>
                <summary>{move_tr!("step-history")}</summary>
                <ol class="history">
                    {step.history.clone().into_iter().map(|h| {
                        let (to, at) = (h.to_status.clone(), h.changed_at);
                        view! {
                            <li>
                                <span dir="ltr">{move || format_instant(at, active_language())}</span> " · "
                                {move || label(&[], catalogue::STEP_STATUS, &to)} " · " <bdi>{h.changed_by}</bdi>
                                {h.note.map(|n| if n == crate::models::CLIENT_PORTAL_NOTE {
                                    view! { " – " {move_tr!("follow-up-portal-step-done")} }.into_any()
                                } else {
                                    view! { " – " <FreeText text=n /> }.into_any()
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </details>
            <Disclosure id=format!("step-{}-status-form", step.id) summary=move_tr!("step-status-change") contents={
                let step = step.clone();
                move || view! { <StepStatusForm step /> }
            } />
            <Disclosure id=format!("step-{}-edit-form", step.id) summary=move_tr!("step-edit") contents=move || view! {
                <StepForm goal_id step=Some(whole) custom organisations today=String::new() />
            } />
        </li>
    }
}

/// A step's new status, with a note and, for a decision, the deadline for an appeal.
#[component]
fn StepStatusForm(step: Step) -> impl IntoView {
    let action = ServerAction::<SetStepStatus>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, step.version);
    let loaded_version = step.version;
    let f = format!("step-{}-status", step.id);
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="step_id" value=step.id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <CatalogueSelect form=f.clone() name="step_status" label="field-step-status" catalogue=catalogue::STEP_STATUS
                selected=step.status error />
            <Field form=f.clone() name="status_note" label="field-status-note" error />
            <Field form=f.clone() name="appeal_deadline" label="field-appeal-deadline" kind="date" error />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
}

/// Adding a step to a goal (`step` none) or changing one.
#[component]
pub(super) fn StepForm(
    goal_id: i64,
    step: Option<Step>,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let add = ServerAction::<AddStep>::new();
    let update = ServerAction::<UpdateStep>::new();
    let target = match &step {
        None => FormTarget::Add {
            parent_field: "goal_id",
            parent_id: goal_id,
            button: move_tr!("step-add"),
        },
        Some(s) => FormTarget::Edit {
            field: "step_id",
            id: s.id,
            version: s.version,
        },
    };
    let f = step
        .as_ref()
        .map_or(format!("goal-{goal_id}-new-step"), |s| {
            format!("step-{}", s.id)
        });
    let selected_org = step.as_ref().and_then(|s| s.responsible_organisation_id);
    // Service types grouped by life domain, so the list stays usable.
    let services = {
        let custom = custom.clone();
        let selected = step.as_ref().map(|s| s.service_type.clone());
        let id = format!("{f}-service_type");
        move |error: Signal<Option<crate::error::AppError>>| {
            let groups = catalogue::DOMAINS.iter().map(|domain| {
                let mut codes: Vec<String> = catalogue::SERVICES.iter().filter(|(_, d)| d == domain).map(|(c, _)| (*c).to_owned()).collect();
                codes.extend(custom.iter().filter(|e| e.catalogue == catalogue::SERVICE && domain_of(&custom, catalogue::SERVICE, &e.code).as_deref() == Some(*domain)).map(|e| e.code.clone()));
                let custom = custom.clone();
                let selected = selected.clone();
                view! {
                    <optgroup label=move || label(&[], catalogue::DOMAIN, domain)>
                        {codes.into_iter().map(|code| {
                            let is_selected = selected.as_deref() == Some(code.as_str());
                            let custom = custom.clone();
                            let shown = code.clone();
                            view! { <option value=code selected=is_selected>{move || label(&custom, catalogue::SERVICE, &shown)}</option> }
                        }).collect_view()}
                    </optgroup>
                }
            }).collect_view();
            let error_id = format!("{id}-error");
            view! {
                <div class="field">
                    <label for=id.clone()>{move_tr!("field-service-type")}</label>
                    <select id=id.clone() name="service_type" aria-describedby=error_id.clone()>
                        <option value="">{move_tr!("choose-option")}</option>
                        {groups}
                    </select>
                    <crate::components::FieldError error field="service_type" id=error_id />
                </div>
            }
        }
    };
    let fields = move |error: Signal<Option<crate::error::AppError>>| {
        view! {
            {services(error)}
            <Field form=f.clone() name="detail" label="field-step-detail" value=step.as_ref().map(|s| s.detail.clone()).unwrap_or_default() error />
            <CatalogueSelect form=f.clone() name="responsible_kind" label="field-responsible" catalogue=catalogue::RESPONSIBLE
                selected=step.as_ref().map(|s| s.responsible_kind.clone()).unwrap_or_default() error />
            <div class="field">
                <label for=format!("{f}-org")>{move_tr!("field-responsible-organisation")}</label>
                <select id=format!("{f}-org") name="responsible_organisation_id" aria-describedby=format!("{f}-org-error")>
                    <option value="">{move_tr!("choose-option")}</option>
                    {organisations.iter().map(|(id, name)| view! {
                        <option value=*id selected=selected_org == Some(*id)>{name.clone()}</option>
                    }).collect_view()}
                </select>
                <crate::components::FieldError error field="responsible_organisation_id" id=format!("{f}-org-error") />
            </div>
            <Field form=f.clone() name="due_date" label="field-due-date" kind="date" min=today.clone()
                value=step.as_ref().and_then(|s| s.due_date.clone()).unwrap_or_default() error />
        }
    };
    view! { <AddOrEditForm add update target fields /> }
}
