use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_meta::Title;

use super::case::CaseHeader;
use crate::api::{
    load_plan, AddAppointment, AddGoal, AddStep, AgreePlan, ComparePlan, RemoveGoal, SetGoalStatus,
    SetStepStatus, UpdateGoal, UpdateStep,
};
use crate::components::{
    action_error, form_version, label, provide_reload, reload_on_success, reset_on_success,
    route_id, shown_date, CatalogueSelect, Field, FormError, FreeText, LanguagePicker, Loaded,
    SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue::{self, domain_of, CustomEntry};
use crate::models::{locale_for_language, ChangeKind, Goal, PlanDetail, PlanVersion, Step};

/// The integration plan of a case: goals and steps, agreement, versions, appointments.
#[component]
pub fn PlanPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(move || (id.get(), reload.get()), |(id, _)| load_plan(id));
    view! {
        <Title text=page_title("plan-title") />
        <SavedStatus />
        <Loaded resource=data heading="plan-title" let:plan>
            <PlanView plan />
        </Loaded>
    }
}

/// The label of a goal: its template in the viewer's language, else its wording.
#[component]
pub fn GoalTitle(goal: Goal, custom: Vec<CustomEntry>) -> impl IntoView {
    match goal.template.clone() {
        Some(template) => {
            view! { {move || label(&custom, catalogue::GOAL_TEMPLATE, &template)} }.into_any()
        }
        None => {
            let text = if goal.plain_wording.is_empty() {
                goal.client_words.clone()
            } else {
                goal.plain_wording.clone()
            };
            view! { <FreeText text /> }.into_any()
        }
    }
}

#[component]
fn PlanView(plan: PlanDetail) -> impl IntoView {
    let PlanDetail {
        head,
        versions,
        goals,
        appointments,
        organisations,
        custom,
        today,
    } = plan;
    let case_id = head.id;
    let newest = versions.first().cloned();
    let print_language = locale_for_language(head.preferred_language.as_deref());
    let steps: Vec<(i64, String)> = goals
        .iter()
        .flat_map(|g| g.steps.iter().map(|s| (s.id, s.service_type.clone())))
        .collect();
    view! {
        <h1>{move_tr!("plan-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <CaseHeader head=head.clone() />
        <p class="plan-state">
            {match newest.clone() {
                None => view! { {move_tr!("plan-none")} }.into_any(),
                Some(v) if v.agreed => {
                    let (on, review) = (v.agreed_on.clone(), v.review_due.clone());
                    view! {
                        <strong>{move || t_args("plan-version-agreed", &[("number", v.number.to_string())])}</strong>
                        " " <span dir="ltr">{move || shown_date(&on)}</span>
                        " · " {move_tr!("field-review-due")} ": " <span dir="ltr">{move || shown_date(&review)}</span>
                    }.into_any()
                }
                Some(v) => view! { <strong>{move || t_args("plan-version-draft", &[("number", v.number.to_string())])}</strong> }.into_any(),
            }}
            " · " <a href=format!("/cases/{case_id}/plan/print?lang={print_language}")>{move_tr!("plan-print")}</a>
        </p>
        <section aria-labelledby="goals-title">
            <h2 id="goals-title">{move_tr!("plan-goals")}</h2>
            {goals.is_empty().then(|| view! { <p>{move_tr!("plan-no-goals")}</p> })}
            {goals.into_iter().map(|goal| view! {
                <GoalCard goal custom=custom.clone() organisations=organisations.clone() today=today.clone() />
            }.into_any()).collect_view()}
            <details class="card" open=newest.is_none()>
                <summary>{move_tr!("goal-add")}</summary>
                <GoalForm case_id custom=custom.clone() today=today.clone() />
            </details>
        </section>
        {newest.clone().filter(|v| !v.agreed).map(|_| view! {
            <section aria-labelledby="agree-title" class="card">
                <h2 id="agree-title">{move_tr!("plan-agree")}</h2>
                <AgreeForm case_id />
            </section>
        })}
        <section aria-labelledby="appointments-title" class="card">
            <h2 id="appointments-title">{move_tr!("appointments-title")}</h2>
            <ul class="plain-list">
                {appointments.into_iter().map(|a| {
                    let on = Some(a.on_date.clone());
                    view! {
                        <li>
                            <span dir="ltr">{move || shown_date(&on)} " " {a.at_time.clone()}</span>
                            " · " <bdi>{a.place.clone()}</bdi>
                            {a.organisation.map(|o| view! { " · " <bdi>{o}</bdi> })}
                            {a.interpreter_needed.then(|| view! { " · " {move_tr!("field-interpreter-needed")} })}
                            {a.interpreter_arranged.then(|| view! { " · " {move_tr!("field-interpreter-arranged")} })}
                            {a.bring.map(|b| view! { " · " {move_tr!("field-bring")} ": " <FreeText text=b /> })}
                            {a.note.map(|n| view! { " · " <FreeText text=n /> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details>
                <summary>{move_tr!("appointment-add")}</summary>
                <AppointmentForm case_id steps custom=custom.clone() organisations=organisations.clone() today=today.clone() />
            </details>
        </section>
        <section aria-labelledby="versions-title" class="card">
            <h2 id="versions-title">{move_tr!("plan-versions")}</h2>
            {view! { <VersionList case_id versions custom=custom.clone() /> }.into_any()}
        </section>
    }
}

#[component]
fn GoalCard(
    goal: Goal,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let status_action = ServerAction::<SetGoalStatus>::new();
    reload_on_success(status_action);
    let status_error = action_error(status_action);
    let status_version = form_version(status_action, goal.version);
    let remove = ServerAction::<RemoveGoal>::new();
    reload_on_success(remove);
    let (domain, level, status) = (goal.domain.clone(), goal.level.clone(), goal.status.clone());
    let title_id = format!("goal-{}-title", goal.id);
    let labelled_by = title_id.clone();
    let f = format!("goal-{}-status", goal.id);
    let target = goal.target_date.clone();
    let c1 = custom.clone();
    view! {
        <article class="card goal" aria-labelledby=labelled_by>
            <h3 id=title_id><GoalTitle goal=goal.clone() custom=custom.clone() /></h3>
            <p class="goal-meta">
                {move || label(&c1, catalogue::DOMAIN, &domain)} " · "
                {move || label(&[], catalogue::GOAL_LEVEL, &level)} " · "
                <strong>{move || label(&[], catalogue::GOAL_STATUS, &status)}</strong>
                {target.clone().map(|_| view! { " · " {move_tr!("field-target-date")} ": " <span dir="ltr">{move || shown_date(&target)}</span> })}
            </p>
            {(!goal.client_words.is_empty()).then(|| view! {
                <p><strong>{move_tr!("field-client-words")} ": "</strong> <q dir="auto">{goal.client_words.clone()}</q></p>
            })}
            {(goal.template.is_some() && !goal.plain_wording.is_empty()).then(|| view! {
                <p><strong>{move_tr!("field-plain-wording")} ": "</strong> <FreeText text=goal.plain_wording.clone() /></p>
            })}
            {(!goal.success_criterion.is_empty()).then(|| view! {
                <p><strong>{move_tr!("field-success-criterion")} ": "</strong> <FreeText text=goal.success_criterion.clone() /></p>
            })}
            <h4>{move_tr!("plan-steps")}</h4>
            <ol class="steps">
                {goal.steps.clone().into_iter().map(|step| view! {
                    <StepItem step custom=custom.clone() organisations=organisations.clone() />
                }.into_any()).collect_view()}
            </ol>
            <details>
                <summary>{move_tr!("step-add")}</summary>
                <StepForm goal_id=goal.id step=None custom=custom.clone() organisations=organisations.clone() today=today.clone() />
            </details>
            <details>
                <summary>{move_tr!("goal-edit")}</summary>
                <GoalForm case_id=0 goal=goal.clone() custom=custom.clone() today=today.clone() />
                <ActionForm action=remove attr:class="inline-form">
                    <input type="hidden" name="goal_id" value=goal.id />
                    <button type="submit" class="button-secondary">{move_tr!("goal-remove")}</button>
                </ActionForm>
            </details>
            <details>
                <summary>{move_tr!("goal-status-change")}</summary>
                <ActionForm action=status_action attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="goal_id" value=goal.id />
                    <input type="hidden" name="version" prop:value=status_version />
                    <CatalogueSelect form=f.clone() name="goal_status" label="field-goal-status" catalogue=catalogue::GOAL_STATUS
                        selected=goal.status.clone() error=status_error />
                    <Field form=f.clone() name="status_reason" label="field-status-reason" value=goal.status_reason.clone().unwrap_or_default() error=status_error />
                    <FormError error=status_error />
                    <button type="submit">{move_tr!("save")}</button>
                </ActionForm>
            </details>
        </article>
    }
}

#[component]
fn StepItem(
    step: Step,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
) -> impl IntoView {
    let action = ServerAction::<SetStepStatus>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, step.version);
    let f = format!("step-{}-status", step.id);
    let (service, responsible, status) = (
        step.service_type.clone(),
        step.responsible_kind.clone(),
        step.status.clone(),
    );
    let due = step.due_date.clone();
    let c1 = custom.clone();
    let c2 = custom.clone();
    let (goal_id, whole) = (step.goal_id, step.clone());
    let current_status = step.status.clone();
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
            <details>
                <summary>{move_tr!("step-status-change")}</summary>
                <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="step_id" value=step.id />
                    <input type="hidden" name="version" prop:value=version />
                    <CatalogueSelect form=f.clone() name="step_status" label="field-step-status" catalogue=catalogue::STEP_STATUS
                        selected=current_status error />
                    <Field form=f.clone() name="status_note" label="field-status-note" error />
                    <Field form=f.clone() name="appeal_deadline" label="field-appeal-deadline" kind="date" error />
                    <FormError error />
                    <button type="submit">{move_tr!("save")}</button>
                </ActionForm>
            </details>
            <details>
                <summary>{move_tr!("step-edit")}</summary>
                <StepForm goal_id step=Some(whole) custom=c2 organisations today=String::new() />
            </details>
        </li>
    }
}

/// Adding a goal (`goal` none) or changing one.
#[component]
fn GoalForm(
    case_id: i64,
    #[prop(optional)] goal: Option<Goal>,
    custom: Vec<CustomEntry>,
    today: String,
) -> impl IntoView {
    let add = ServerAction::<AddGoal>::new();
    let update = ServerAction::<UpdateGoal>::new();
    reload_on_success(add);
    reload_on_success(update);
    let f = goal
        .as_ref()
        .map_or("new-goal".to_owned(), |g| format!("goal-{}", g.id));
    let g = goal.clone();
    let g2 = goal.clone();
    let text = move |get: fn(&Goal) -> String| g.as_ref().map(get).unwrap_or_default();
    let opt = move |get: fn(&Goal) -> Option<String>| g2.as_ref().and_then(get);
    let fields = move |error: Signal<Option<crate::error::AppError>>| {
        view! {
            <CatalogueSelect form=f.clone() name="domain" label="field-domain" catalogue=catalogue::DOMAIN
                selected=text(|g| g.domain.clone()) error empty=true />
            <CatalogueSelect form=f.clone() name="level" label="field-goal-level" catalogue=catalogue::GOAL_LEVEL
                selected=text(|g| g.level.clone()) error />
            <CatalogueSelect form=f.clone() name="template" label="field-goal-template" catalogue=catalogue::GOAL_TEMPLATE
                custom=custom.clone() selected=opt(|g| g.template.clone()).unwrap_or_default() error empty=true />
            <Field form=f.clone() name="client_words" label="field-client-words" value=text(|g| g.client_words.clone()) error multiline=true />
            <Field form=f.clone() name="plain_wording" label="field-plain-wording" value=text(|g| g.plain_wording.clone()) error multiline=true />
            <Field form=f.clone() name="success_criterion" label="field-success-criterion" value=text(|g| g.success_criterion.clone()) error />
            <Field form=f.clone() name="start_date" label="field-start-date" kind="date" value=opt(|g| g.start_date.clone()).unwrap_or_default() error />
            <Field form=f.clone() name="target_date" label="field-target-date" kind="date" min=today.clone() value=opt(|g| g.target_date.clone()).unwrap_or_default() error />
            <FormError error />
        }
    };
    match goal {
        None => {
            let error = action_error(add);
            let form = reset_on_success(add);
            view! {
                <ActionForm action=add node_ref=form attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="case_id" value=case_id />
                    {fields(error)}
                    <button type="submit">{move_tr!("goal-add")}</button>
                </ActionForm>
            }
            .into_any()
        }
        Some(goal) => {
            let error = action_error(update);
            let version = form_version(update, goal.version);
            view! {
                <ActionForm action=update attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="goal_id" value=goal.id />
                    <input type="hidden" name="version" prop:value=version />
                    {fields(error)}
                    <button type="submit">{move_tr!("save")}</button>
                </ActionForm>
            }
            .into_any()
        }
    }
}

/// Adding a step to a goal (`step` none) or changing one.
#[component]
fn StepForm(
    goal_id: i64,
    step: Option<Step>,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let add = ServerAction::<AddStep>::new();
    let update = ServerAction::<UpdateStep>::new();
    reload_on_success(add);
    reload_on_success(update);
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
    let s = step.clone();
    let fields = move |error: Signal<Option<crate::error::AppError>>| {
        view! {
            {services(error)}
            <Field form=f.clone() name="detail" label="field-step-detail" value=s.as_ref().map(|s| s.detail.clone()).unwrap_or_default() error />
            <CatalogueSelect form=f.clone() name="responsible_kind" label="field-responsible" catalogue=catalogue::RESPONSIBLE
                selected=s.as_ref().map(|s| s.responsible_kind.clone()).unwrap_or_default() error />
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
                value=s.as_ref().and_then(|s| s.due_date.clone()).unwrap_or_default() error />
            <FormError error />
        }
    };
    match step {
        None => {
            let error = action_error(add);
            let form = reset_on_success(add);
            view! {
                <ActionForm action=add node_ref=form attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="goal_id" value=goal_id />
                    {fields(error)}
                    <button type="submit">{move_tr!("step-add")}</button>
                </ActionForm>
            }
            .into_any()
        }
        Some(step) => {
            let error = action_error(update);
            let version = form_version(update, step.version);
            view! {
                <ActionForm action=update attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name="step_id" value=step.id />
                    <input type="hidden" name="version" prop:value=version />
                    {fields(error)}
                    <button type="submit">{move_tr!("save")}</button>
                </ActionForm>
            }
            .into_any()
        }
    }
}

#[component]
fn AgreeForm(case_id: i64) -> impl IntoView {
    let action = ServerAction::<AgreePlan>::new();
    reload_on_success(action);
    let error = action_error(action);
    let f = "agree";
    view! {
        <p class="hint">{move_tr!("plan-agree-hint")}</p>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=case_id />
            <Field form=f name="agreed_on" label="field-agreed-on" kind="date" error />
            <CatalogueSelect form=f name="agreed_how" label="field-agreed-how" catalogue=catalogue::CONSENT_METHOD error empty=true />
            <LanguagePicker form=f name="interpreter_language" label="field-interpreter-language" error />
            <Field form=f name="review_due" label="field-review-due" kind="date" error />
            <p class="hint">{move_tr!("plan-review-default")}</p>
            <FormError error />
            <button type="submit">{move_tr!("plan-agree")}</button>
        </ActionForm>
    }
}

#[component]
fn AppointmentForm(
    case_id: i64,
    steps: Vec<(i64, String)>,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let action = ServerAction::<AddAppointment>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    let f = "appointment";
    view! {
        <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=case_id />
            <Field form=f name="on_date" label="field-date" kind="date" min=today error />
            <Field form=f name="at_time" label="field-time" kind="time" error />
            <Field form=f name="place" label="field-place" error />
            <div class="field">
                <label for="appointment-org">{move_tr!("field-with-organisation")}</label>
                <select id="appointment-org" name="organisation_id">
                    <option value="">{move_tr!("choose-option")}</option>
                    {organisations.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="appointment-step">{move_tr!("field-linked-step")}</label>
                <select id="appointment-step" name="step_id">
                    <option value="">{move_tr!("choose-option")}</option>
                    {steps.into_iter().map(|(id, service)| {
                        let custom = custom.clone();
                        view! { <option value=id>{move || label(&custom, catalogue::SERVICE, &service)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <label class="checkbox"><input type="checkbox" name="interpreter_needed" value="on" /> {move_tr!("field-interpreter-needed")}</label>
            <label class="checkbox"><input type="checkbox" name="interpreter_arranged" value="on" /> {move_tr!("field-interpreter-arranged")}</label>
            <Field form=f name="bring" label="field-bring" error />
            <Field form=f name="appointment_note" label="field-appointment-note" error />
            <FormError error />
            <button type="submit">{move_tr!("appointment-add")}</button>
        </ActionForm>
    }
}

#[component]
fn VersionList(
    case_id: i64,
    versions: Vec<PlanVersion>,
    custom: Vec<CustomEntry>,
) -> impl IntoView {
    let compare = ServerAction::<ComparePlan>::new();
    let error = action_error(compare);
    let numbers: Vec<i64> = versions.iter().map(|v| v.number).collect();
    let result = move || compare.value().get().and_then(Result::ok);
    view! {
        <ul class="plain-list">
            {versions.into_iter().map(|v| {
                let (on, how, review) = (v.agreed_on.clone(), v.agreed_how.clone(), v.review_due.clone());
                view! {
                    <li>
                        <a href=format!("/cases/{case_id}/plan/print?version={}&lang=de", v.number)>
                            {move || t_args("plan-version", &[("number", v.number.to_string())])}
                        </a> " · "
                        {if v.agreed {
                            view! {
                                {move_tr!("plan-agreed-on")} " " <span dir="ltr">{move || shown_date(&on)}</span>
                                {how.clone().map(|h| view! { " · " {move || label(&[], catalogue::CONSENT_METHOD, &h)} })}
                                {v.interpreter_language.clone().map(|l| view! { " · " <code>{l}</code> })}
                                " · " {move_tr!("field-review-due")} " " <span dir="ltr">{move || shown_date(&review)}</span>
                            }.into_any()
                        } else {
                            view! { {move_tr!("plan-draft")} }.into_any()
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!numbers.is_empty()).then(|| view! {
            <ActionForm action=compare attr:class="compare-form">
                <input type="hidden" name="case_id" value=case_id />
                <div class="field">
                    <label for="compare-from">{move_tr!("plan-compare-from")}</label>
                    <select id="compare-from" name="from">
                        {numbers.clone().into_iter().map(|n| view! { <option value=n>{move || t_args("plan-version", &[("number", n.to_string())])}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-to">{move_tr!("plan-compare-to")}</label>
                    <select id="compare-to" name="to">
                        <option value="">{move_tr!("plan-current")}</option>
                        {numbers.clone().into_iter().map(|n| view! { <option value=n>{move || t_args("plan-version", &[("number", n.to_string())])}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit">{move_tr!("plan-compare")}</button>
            </ActionForm>
        })}
        <FormError error all=true />
        <div aria-live="polite">
            {move || result().map(|diff| {
                let custom = custom.clone();
                if diff.changes.is_empty() {
                    return view! { <p>{move_tr!("plan-no-changes")}</p> }.into_any();
                }
                view! {
                    <ul class="diff">
                        {diff.changes.into_iter().map(|c| {
                            let kind = match c.kind { ChangeKind::Added => "diff-added", ChangeKind::Removed => "diff-removed", ChangeKind::Changed => "diff-changed" };
                            let item = if c.item == "goal" { "diff-goal" } else { "diff-step" };
                            let custom = custom.clone();
                            let title = match c.label_code.clone() {
                                Some((cat, code)) => label(&custom, &cat, &code),
                                None => c.label.clone(),
                            };
                            view! {
                                <li class=kind>
                                    <strong>{move || t(kind)} " · " {move || t(item)}</strong> ": " <bdi>{title}</bdi>
                                    {(!c.fields.is_empty()).then(|| view! {
                                        <ul>
                                            {c.fields.into_iter().map(|(field, old, new)| {
                                                let field_id = field.clone();
                                                let show = move |v: &str| match catalogue::of_field(&field) {
                                                    Some(cat) if !v.is_empty() => label(&[], cat, v),
                                                    _ => v.to_owned(),
                                                };
                                                let (old, new) = (show(&old), show(&new));
                                                view! { <li>{move || t(&field_id)} ": " <del><bdi>{old}</bdi></del> " → " <ins><bdi>{new}</bdi></ins></li> }
                                            }).collect_view()}
                                        </ul>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </div>
    }
}
