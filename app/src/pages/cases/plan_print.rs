use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{load_plan, load_plan_version};
use crate::components::{label_in, route_id, Loaded, PrintNow};
use crate::i18n::{find, format_date, is_german, page_title, t_in, t_in_args, LANGUAGES};
use crate::models::catalogue::{self, CustomEntry};
use crate::models::{locale_for_language, Goal, PlanDetail};

/// The plan on paper (A4), in any shipped language: by default the client's preferred one.
/// The document carries its own `lang` and `dir`, whatever the interface language is.
#[component]
pub fn PlanPrintPage() -> impl IntoView {
    let id = route_id();
    let query = use_query_map();
    let version = move || {
        query
            .read()
            .get("version")
            .and_then(|v| v.parse::<i64>().ok())
    };
    let data = Resource::new(
        move || (id.get(), version()),
        |(id, version)| async move {
            match version {
                Some(number) => load_plan_version(id, number).await,
                None => load_plan(id).await,
            }
        },
    );
    view! {
        <Title text=page_title("plan-print") />
        <Loaded resource=data let:plan>
            {
                let wanted = query.read().get("lang");
                let language = wanted
                    .as_deref()
                    .and_then(find)
                    .map(|l| l.id)
                    .unwrap_or_else(|| locale_for_language(plan.head.preferred_language.as_deref()));
                view! { <PrintTools case_id=plan.head.id language /> <PrintedPlan plan language /> }
            }
        </Loaded>
    }
}

/// Language choice and print button; not printed.
#[component]
fn PrintTools(case_id: i64, language: &'static str) -> impl IntoView {
    view! {
        <div class="no-print print-tools">
            <a href=format!("/cases/{case_id}/plan")>{move_tr!("plan-back")}</a>
            <nav aria-label=move || crate::i18n::t("print-language")>
                <span>{move_tr!("print-language")} ": "</span>
                {LANGUAGES.iter().map(|l| view! {
                    <a href=format!("/cases/{case_id}/plan/print?lang={}", l.id) lang=l.id
                        aria-current=(l.id == language).then_some("page")>{l.native_name}</a> " "
                }).collect_view()}
            </nav>
            <PrintNow message="print-now" />
        </div>
    }
}

#[component]
fn PrintedPlan(plan: PlanDetail, language: &'static str) -> impl IntoView {
    let l = language;
    let rtl = find(l).is_some_and(|x| x.rtl);
    let tr = move |id: &str| t_in(l, id);
    let agreed = plan.versions.iter().find(|v| v.agreed).cloned();
    let date =
        move |d: &Option<String>| d.as_deref().map(|d| format_date(d, l)).unwrap_or_default();
    let custom = plan.custom.clone();
    view! {
        <article class="printed-plan" lang=l dir=if rtl { "rtl" } else { "ltr" }>
            <h1>{tr("print-plan-title")}</h1>
            <p class="print-client"><bdi>{plan.head.client_name.clone()}</bdi></p>
            {match agreed {
                Some(v) => view! {
                    <p>{t_in_args(l, "plan-version", &[("number", v.number.to_string())])} " · " {tr("print-agreed-on")} " " <span dir="ltr">{date(&v.agreed_on)}</span>
                       " · " {tr("field-review-due")} ": " <span dir="ltr">{date(&v.review_due)}</span></p>
                }.into_any(),
                None => view! { <p>{tr("print-draft")}</p> }.into_any(),
            }}
            {catalogue::DOMAINS.iter().filter_map(|domain| {
                let goals: Vec<Goal> = plan.goals.iter().filter(|g| g.domain == *domain).cloned().collect();
                (!goals.is_empty()).then(|| view! {
                    <section class="print-domain">
                        <h2>{label_in(l, &custom, catalogue::DOMAIN, domain)}</h2>
                        {goals.into_iter().map(|g| view! { <PrintedGoal goal=g custom=custom.clone() language=l /> }).collect_view()}
                    </section>
                })
            }).collect_view()}
            <section class="print-signatures">
                <p>{tr("print-signature-client")}</p>
                <p>{tr("print-signature-case-manager")}</p>
            </section>
        </article>
    }
}

/// Free text as written (in German), marked when printed in a language other than German or
/// Leichte Sprache.
fn free_text(text: &str, language: &str) -> impl IntoView {
    let marker =
        (!is_german(language) && !text.is_empty()).then(|| t_in(language, "untranslated-marker"));
    view! {
        <span lang="de" dir="auto">{text.to_owned()}</span>
        {marker.map(|m| view! { " " <small class="untranslated">{m}</small> })}
    }
}

#[component]
fn PrintedGoal(goal: Goal, custom: Vec<CustomEntry>, language: &'static str) -> impl IntoView {
    let l = language;
    let tr = move |id: &str| t_in(l, id);
    let title = match &goal.template {
        Some(t) => view! { {label_in(l, &custom, catalogue::GOAL_TEMPLATE, t)} }.into_any(),
        None => {
            let text = if goal.plain_wording.is_empty() {
                &goal.client_words
            } else {
                &goal.plain_wording
            };
            free_text(text, l).into_any()
        }
    };
    let date =
        move |d: &Option<String>| d.as_deref().map(|d| format_date(d, l)).unwrap_or_default();
    view! {
        <div class="print-goal">
            <h3>{title}</h3>
            <p class="goal-meta">
                {label_in(l, &[], catalogue::GOAL_LEVEL, &goal.level)} " · "
                {label_in(l, &[], catalogue::GOAL_STATUS, &goal.status)}
                {goal.target_date.clone().map(|_| view! { " · " {tr("field-target-date")} ": " <span dir="ltr">{date(&goal.target_date)}</span> })}
            </p>
            {(!goal.client_words.is_empty()).then(|| view! {
                <p>{tr("field-client-words")} ": " <q dir="auto">{goal.client_words.clone()}</q></p>
            })}
            {(!goal.success_criterion.is_empty()).then(|| view! {
                <p>{tr("field-success-criterion")} ": " {free_text(&goal.success_criterion, l)}</p>
            })}
            <table class="print-steps">
                <thead>
                    <tr>
                        <th scope="col">{tr("field-service-type")}</th>
                        <th scope="col">{tr("field-responsible")}</th>
                        <th scope="col">{tr("field-due-date")}</th>
                        <th scope="col">{tr("field-step-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {goal.steps.iter().map(|s| view! {
                        <tr>
                            <td>{label_in(l, &custom, catalogue::SERVICE, &s.service_type)}
                                {(!s.detail.is_empty()).then(|| view! { <br /> {free_text(&s.detail, l)} })}</td>
                            <td>{label_in(l, &[], catalogue::RESPONSIBLE, &s.responsible_kind)}
                                {s.responsible_organisation.clone().map(|o| view! { " (" <bdi>{o}</bdi> ")" })}</td>
                            <td dir="ltr">{date(&s.due_date)}</td>
                            <td>{label_in(l, &[], catalogue::STEP_STATUS, &s.status)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
