//! The plan page of a case, one module per section: goals, steps, agreement and versions,
//! appointments.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_plan;
use crate::components::{
    label, provide_reload, route_id, shown_date, Disclosure, FreeText, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t_args};
use crate::models::catalogue::{self, CustomEntry};
use crate::models::{locale_for_language, Goal, PlanDetail};
use crate::pages::cases::overview::CaseHeader;
use appointments::AppointmentForm;
use goals::{GoalCard, GoalForm};
use versions::{AgreeForm, VersionList};

mod appointments;
mod goals;
mod steps;
mod versions;

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
            <Disclosure id="new-goal-form".to_owned() summary=move_tr!("goal-add") open=newest.is_none() class="card" contents={
                let (custom, today) = (custom.clone(), today.clone());
                move || view! { <GoalForm case_id custom today /> }
            } />
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
            <Disclosure id="new-appointment-form".to_owned() summary=move_tr!("appointment-add") contents={
                let (custom, organisations, today) = (custom.clone(), organisations.clone(), today.clone());
                move || view! { <AppointmentForm case_id steps custom organisations today /> }
            } />
        </section>
        <section aria-labelledby="versions-title" class="card">
            <h2 id="versions-title">{move_tr!("plan-versions")}</h2>
            {view! { <VersionList case_id versions custom=custom.clone() /> }.into_any()}
        </section>
    }
}
