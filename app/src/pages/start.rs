use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_dashboard;
use crate::components::{label, shown_date, use_user, Loaded};
use crate::i18n::{page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{entry_points, Dashboard, DashboardSteps, Role};
use crate::pages::cases::volunteers::FollowUpList;
use crate::pages::inbox::{Inbox, ReferralRows};
use crate::pages::volunteer_tasks::VolunteerTasks;

/// The start page after sign-in: a greeting and what this role does in Lotse; for case
/// managers their dashboard, for partners their inbox, for volunteers their tasks, for the
/// other roles the way to their areas.
#[component]
pub fn StartPage() -> impl IntoView {
    let user = use_user();
    let name = user.display_name.clone();
    let intro = role_intro(user.role);
    view! {
        <Title text=page_title("start-title") />
        <h1>{move || t_args("start-greeting", &[("name", name.clone())])}</h1>
        {if user.role == Role::CaseManager {
            view! { <CaseManagerDashboard /> }.into_any()
        } else if user.role == Role::PartnerStaff {
            view! { <p class="lead">{move || t(intro)}</p> <Inbox /> }.into_any()
        } else if user.role == Role::Volunteer {
            view! { <p class="lead">{move || t(intro)}</p> <VolunteerTasks /> }.into_any()
        } else {
            view! {
                <p class="lead">{move || t(intro)}</p>
                <EntryPoints role=user.role />
            }.into_any()
        }}
    }
}

/// Where a role without a dashboard of its own goes from here: its areas, each with what
/// it is for.
#[component]
fn EntryPoints(role: Role) -> impl IntoView {
    view! {
        <section aria-labelledby="start-entry-points" class="card">
            <h2 id="start-entry-points">{move_tr!("start-entry-points")}</h2>
            <ul class="plain-list">
                {entry_points(role).into_iter().map(|item| {
                    let hint = item.hint_id.unwrap_or_default();
                    view! {
                        <li>
                            <a href=item.href>{move || t(item.message_id)}</a>
                            <p class="hint">{move || t(hint)}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

fn role_intro(role: Role) -> &'static str {
    match role {
        Role::Administrator => "start-intro-administrator",
        Role::CaseManager => "start-intro-case-manager",
        Role::Coordinator => "start-intro-coordinator",
        Role::PartnerStaff => "start-intro-partner-staff",
        Role::Volunteer => "start-intro-volunteer",
        Role::DataProtectionOfficer => "start-intro-data-protection-officer",
    }
}

#[component]
fn CaseManagerDashboard() -> impl IntoView {
    // Forms on the dashboard (follow-ups done) reload it.
    let reload = crate::components::provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_dashboard());
    view! {
        <Loaded resource=data let:dashboard>
            <DashboardView dashboard />
        </Loaded>
    }
}

#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let Dashboard {
        phases,
        overdue_steps,
        waiting_steps,
        reviews_due,
        appointments,
        recent,
        custom,
        overdue_referrals,
        follow_ups,
        held_cases,
    } = dashboard;
    let held = std::sync::Arc::new(held_cases);
    let mark = {
        let held = held.clone();
        move |case_id: i64| {
            held.contains(&case_id)
                .then(|| view! { " " <HoldMarker /> })
        }
    };
    let (mark_review, mark_appointment, mark_recent) = (mark.clone(), mark.clone(), mark);
    view! {
        <div class="dashboard">
            <section aria-labelledby="dash-phases" class="card">
                <h2 id="dash-phases">{move_tr!("dashboard-phases")}</h2>
                <ul class="phase-counts">
                    {phases.into_iter().map(|(phase, n)| view! {
                        <li><span>{move || label(&[], catalogue::PHASE, &phase)}</span> <strong>{n}</strong></li>
                    }).collect_view()}
                </ul>
            </section>
            {(!follow_ups.is_empty()).then(|| view! {
                <section aria-labelledby="dash-follow-ups" class="card alert-card">
                    <h2 id="dash-follow-ups">{move_tr!("follow-ups-title")}</h2>
                    <FollowUpList follow_ups held=held.clone() />
                </section>
            })}
            {(!overdue_referrals.is_empty()).then(|| view! {
                <section aria-labelledby="dash-referrals" class="card alert-card">
                    <h2 id="dash-referrals">{move_tr!("dashboard-overdue-referrals")}</h2>
                    <ReferralRows referrals=overdue_referrals held=held.clone() />
                </section>
            })}
            <StepList id="dash-overdue" title="dashboard-overdue" empty="dashboard-none" steps=overdue_steps custom=custom.clone() held=held.clone() />
            <section aria-labelledby="dash-reviews" class="card">
                <h2 id="dash-reviews">{move_tr!("dashboard-reviews")}</h2>
                {reviews_due.is_empty().then(|| view! { <p class="muted">{move_tr!("dashboard-none")}</p> })}
                <ul class="plain-list">
                    {reviews_due.into_iter().map(|r| {
                        let due = Some(r.review_due.clone());
                        view! {
                            <li><a href=format!("/cases/{}/plan", r.case_id)><bdi>{r.client_name}</bdi></a>
                                {mark_review(r.case_id)} " · " <span dir="ltr">{move || shown_date(&due)}</span></li>
                        }
                    }).collect_view()}
                </ul>
            </section>
            <StepList id="dash-waiting" title="dashboard-waiting" empty="dashboard-none" steps=waiting_steps custom=custom.clone() held />
            <section aria-labelledby="dash-appointments" class="card">
                <h2 id="dash-appointments">{move_tr!("dashboard-appointments")}</h2>
                {appointments.is_empty().then(|| view! { <p class="muted">{move_tr!("dashboard-none")}</p> })}
                <ul class="plain-list">
                    {appointments.into_iter().map(|a| {
                        let on = Some(a.on_date.clone());
                        view! {
                            <li><span dir="ltr">{move || shown_date(&on)} " " {a.at_time.clone()}</span> " · "
                                <a href=format!("/cases/{}/plan", a.case_id)><bdi>{a.client_name}</bdi></a>
                                {mark_appointment(a.case_id)} " · " <bdi>{a.place}</bdi></li>
                        }
                    }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="dash-recent" class="card">
                <h2 id="dash-recent">{move_tr!("dashboard-recent")}</h2>
                {recent.is_empty().then(|| view! { <p class="muted">{move_tr!("dashboard-none")}</p> })}
                <ul class="plain-list">
                    {recent.into_iter().map(|c| {
                        let phase = c.phase.clone();
                        view! {
                            <li><a href=format!("/cases/{}", c.id)><bdi>{c.client_name}</bdi></a>
                                {mark_recent(c.id)} " · " {move || label(&[], catalogue::PHASE, &phase)}</li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </div>
    }
}

#[component]
fn StepList(
    id: &'static str,
    title: &'static str,
    empty: &'static str,
    steps: DashboardSteps,
    custom: Vec<catalogue::CustomEntry>,
    held: std::sync::Arc<Vec<i64>>,
) -> impl IntoView {
    let DashboardSteps { steps, total } = steps;
    let shown = steps.len();
    view! {
        <section aria-labelledby=id class="card">
            <h2 id=id>{move || t(title)} {(total > 0).then(|| view! { " " <span class="badge count">{total}</span> })}</h2>
            {steps.is_empty().then(|| view! { <p class="muted">{move || t(empty)}</p> })}
            {(total > shown as i64).then(|| view! {
                <p class="muted">{move || t_args("dashboard-shown-of", &[("shown", shown.to_string()), ("total", total.to_string())])}</p>
            })}
            <ul class="plain-list">
                {steps.into_iter().map(|s| {
                    let custom = custom.clone();
                    let (service, status, due) = (s.service_type.clone(), s.status.clone(), s.due_date.clone());
                    view! {
                        <li>
                            <a href=format!("/cases/{}/plan", s.case_id)><bdi>{s.client_name}</bdi></a>
                            {held.contains(&s.case_id).then(|| view! { " " <HoldMarker /> })}
                            " · " {move || label(&custom, catalogue::SERVICE, &service)}
                            " · " {move || label(&[], catalogue::STEP_STATUS, &status)}
                            {due.clone().map(|_| view! { " · " <span dir="ltr">{move || shown_date(&due)}</span> })}
                            {s.organisation.map(|o| view! { " · " <bdi>{o}</bdi> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The mark of a client whose data are held (restricted), as the client search shows it.
#[component]
fn HoldMarker() -> impl IntoView {
    view! { <span class="badge restricted">{move_tr!("hold-marker")}</span> }
}
