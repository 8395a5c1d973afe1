//! A goal of the plan: its card with steps, status and removal, and the form that adds or
//! changes it.

use crate::move_tr;
use leptos::prelude::*;

use super::steps::{StepForm, StepItem};
use super::GoalTitle;
use crate::api::{AddGoal, RemoveGoal, SetGoalStatus, UpdateGoal};
use crate::components::{
    action_error, form_version, label, reload_on_success, shown_date, AddOrEditForm,
    CatalogueSelect, Disclosure, Field, FormError, FormTarget, FreeText,
};
use crate::models::catalogue::{self, CustomEntry};
use crate::models::Goal;

#[component]
pub(super) fn GoalCard(
    goal: Goal,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let (domain, level, status) = (goal.domain.clone(), goal.level.clone(), goal.status.clone());
    let title_id = format!("goal-{}-title", goal.id);
    let labelled_by = title_id.clone();
    let target = goal.target_date.clone();
    let c1 = custom.clone();
    view! {
        <article class="card goal" aria-labelledby=labelled_by>
            <h3 id=title_id><GoalTitle goal=goal.clone() custom=custom.clone() /></h3>
            <p class="goal-meta">
                {move || label(&c1, catalogue::DOMAIN, &domain)} " · "
                {move || label(&[], catalogue::GOAL_LEVEL, &level)} " · "
                <strong>{move || label(&[], catalogue::GOAL_STATUS, &status)}</strong>
                {goal.status_reason.clone().map(|r| view! { " – " <FreeText text=r /> })}
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
            <Disclosure id=format!("goal-{}-new-step-form", goal.id) summary=move_tr!("step-add") contents={
                let (custom, organisations, today) = (custom.clone(), organisations.clone(), today.clone());
                let goal_id = goal.id;
                move || view! { <StepForm goal_id step=None custom organisations today /> }
            } />
            <Disclosure id=format!("goal-{}-edit-form", goal.id) summary=move_tr!("goal-edit") contents={
                let (goal, custom) = (goal.clone(), custom.clone());
                move || view! { <GoalEdit goal custom today /> }
            } />
            <Disclosure id=format!("goal-{}-status-form", goal.id) summary=move_tr!("goal-status-change") contents={
                let goal = goal.clone();
                move || view! { <GoalStatusForm goal /> }
            } />
        </article>
    }
}

/// Changing a goal, or removing it.
#[component]
fn GoalEdit(goal: Goal, custom: Vec<CustomEntry>, today: String) -> impl IntoView {
    let remove = ServerAction::<RemoveGoal>::new();
    reload_on_success(remove);
    let goal_id = goal.id;
    view! {
        <GoalForm case_id=0 goal custom today />
        <ActionForm action=remove attr:class="inline-form">
            <input type="hidden" name="goal_id" value=goal_id />
            <button type="submit" class="button-secondary">{move_tr!("goal-remove")}</button>
        </ActionForm>
    }
}

/// A goal's new status, with the reason.
#[component]
fn GoalStatusForm(goal: Goal) -> impl IntoView {
    let status_action = ServerAction::<SetGoalStatus>::new();
    reload_on_success(status_action);
    let status_error = action_error(status_action);
    let status_version = form_version(status_action, goal.version);
    let loaded_version = goal.version;
    let f = format!("goal-{}-status", goal.id);
    view! {
        <ActionForm action=status_action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="goal_id" value=goal.id />
            <input type="hidden" name="version" value=status_version data-loaded=loaded_version />
            <CatalogueSelect form=f.clone() name="goal_status" label="field-goal-status" catalogue=catalogue::GOAL_STATUS
                selected=goal.status.clone() error=status_error />
            <Field form=f.clone() name="status_reason" label="field-status-reason" value=goal.status_reason.clone().unwrap_or_default() error=status_error />
            <FormError error=status_error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
}

/// Adding a goal (`goal` none) or changing one.
#[component]
pub(super) fn GoalForm(
    case_id: i64,
    #[prop(optional)] goal: Option<Goal>,
    custom: Vec<CustomEntry>,
    today: String,
) -> impl IntoView {
    let add = ServerAction::<AddGoal>::new();
    let update = ServerAction::<UpdateGoal>::new();
    let target = match &goal {
        None => FormTarget::Add {
            parent_field: "case_id",
            parent_id: case_id,
            button: move_tr!("goal-add"),
        },
        Some(g) => FormTarget::Edit {
            field: "goal_id",
            id: g.id,
            version: g.version,
        },
    };
    let f = goal
        .as_ref()
        .map_or("new-goal".to_owned(), |g| format!("goal-{}", g.id));
    let g = goal.clone();
    let text = move |get: fn(&Goal) -> String| g.as_ref().map(get).unwrap_or_default();
    let opt = move |get: fn(&Goal) -> Option<String>| goal.as_ref().and_then(get);
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
        }
    };
    view! { <AddOrEditForm add update target fields /> }
}
