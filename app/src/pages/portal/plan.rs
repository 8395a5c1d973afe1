//! My plan.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::tools::PrintButton;
use super::{ReadAloud, Written};
use crate::api::{load_portal_plan, PortalMarkStepDone};
use crate::components::{
    action_error, date_text, done_by_form, label, provide_reload, reload_on_success, FormError,
    Loaded,
};
use crate::i18n::{page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{CustomEntry, PortalPlan, PortalStep};

/// My plan: what I have to do next first, then every goal with its steps.
#[component]
pub fn PortalPlanPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_plan());
    // Outside the reloaded view, so that its answer outlives the reload it causes.
    let done = ServerAction::<PortalMarkStepDone>::new();
    reload_on_success(done);
    view! {
        <Title text=page_title("portal-title") />
        <Loaded resource=data heading="portal-title" let:plan>
            <PlanView plan done />
        </Loaded>
    }
}

#[component]
fn PlanView(plan: PortalPlan, done: ServerAction<PortalMarkStepDone>) -> impl IntoView {
    let PortalPlan {
        first_name,
        next,
        goals,
        custom,
    } = plan;
    let error = action_error(done);
    let by_form = done_by_form();
    let marked = move || {
        matches!(done.value().get(), Some(Ok(()))) || by_form.get().as_deref() == Some("marked")
    };
    let has_goals = !goals.is_empty();
    let next_custom = custom.clone();
    view! {
        <div class="read-aloud-text">
            <h1>{move_tr!("portal-title")}</h1>
            <p class="greeting">{move || t_args("portal-greeting", &[("name", first_name.clone())])}</p>
        </div>
        <div class="portal-tools no-print">
            <ReadAloud />
            <PrintButton label=t("portal-print") />
        </div>
        <Show when=marked>
            <p class="notice success" role="status">{move_tr!("portal-marked-done")}</p>
        </Show>
        <FormError error all=true />
        <div class="read-aloud-text">
            <section class="card next-steps" aria-labelledby="next-title">
                <h2 id="next-title">{move_tr!("portal-next")}</h2>
                {next.is_empty().then(|| view! { <p>{move_tr!("portal-next-none")}</p> })}
                <ul class="plain-list steps">
                    {next.into_iter().map(|step| view! { <StepItem step custom=next_custom.clone() done /> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="goals-title">
                <h2 id="goals-title">{move_tr!("portal-goals")}</h2>
                {(!has_goals).then(|| view! { <p>{move_tr!("portal-no-plan")}</p> })}
                {goals.into_iter().map(|goal| {
                    let custom = custom.clone();
                    let (domain, status) = (goal.domain.clone(), goal.status.clone());
                    let domain_custom = custom.clone();
                    let target = goal.target_date.clone();
                    view! {
                        <article class="card goal">
                            <h3>{match goal.wording.clone() {
                                Some(text) => view! { <Written text /> }.into_any(),
                                None => {
                                    let (custom, template, domain) = (custom.clone(), goal.template.clone(), goal.domain.clone());
                                    (move || match &template {
                                        Some(code) => label(&custom, catalogue::GOAL_TEMPLATE, code),
                                        None => label(&custom, catalogue::DOMAIN, &domain),
                                    }).into_any()
                                }
                            }}</h3>
                            <p class="muted">
                                {move || label(&domain_custom, catalogue::DOMAIN, &domain)}
                                {target.map(|d| view! { " · " {move || t_args("portal-goal-until", &[("date", date_text(&d))])} })}
                                " · " {move || label(&[], catalogue::GOAL_STATUS, &status)}
                            </p>
                            <ul class="plain-list steps">
                                {goal.steps.into_iter().map(|step| view! { <StepItem step custom=custom.clone() done /> }).collect_view()}
                            </ul>
                        </article>
                    }
                }).collect_view()}
            </section>
        </div>
    }
}

#[component]
fn StepItem(
    step: PortalStep,
    custom: Vec<CustomEntry>,
    done: ServerAction<PortalMarkStepDone>,
) -> impl IntoView {
    let (service, status, kind) = (
        step.service_type.clone(),
        step.status.clone(),
        step.responsible_kind.clone(),
    );
    let organisation = step.organisation.clone();
    let responsible = move || match kind.as_str() {
        "client" => t("portal-responsible-client"),
        "case-manager" => t("portal-responsible-case-manager"),
        "volunteer" => t("portal-responsible-volunteer"),
        _ => organisation
            .clone()
            .unwrap_or_else(|| t("portal-responsible-organisation")),
    };
    view! {
        <li class="step" class:mine=step.mine>
            <strong>{move || label(&custom, catalogue::SERVICE, &service)}</strong>
            {step.detail.clone().map(|d| view! { <p><Written text=d /></p> })}
            <dl class="facts">
                <div><dt>{move_tr!("portal-step-responsible")}</dt><dd><bdi>{responsible}</bdi></dd></div>
                <div><dt>{move_tr!("portal-step-status")}</dt>
                    <dd>
                        {move || label(&[], catalogue::STEP_STATUS, &status)}
                        {step.due_date.clone().map(|d| view! { " · " {move || t_args("portal-step-due", &[("date", date_text(&d))])} })}
                    </dd>
                </div>
            </dl>
            {step.mine.then(|| view! {
                <ActionForm action=done attr:class="inline-form no-print">
                    <input type="hidden" name="step_id" value=step.id />
                    <button type="submit" class="big">{move_tr!("portal-mark-done")}</button>
                </ActionForm>
            })}
        </li>
    }
}
