use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_case, AssignCase, ChangePhase, RecordConsent, SaveAssessment, SaveFacts};
use crate::components::{
    action_error, date_text, form_version, label, provide_reload, reload_on_success,
    reset_on_success, route_id, CatalogueSelect, Field, FormError, LanguagePicker, Loaded,
    SavedStatus,
};
use crate::i18n::{active_language, format_date, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::CasePhase;
use crate::models::{Assessment, CaseDetail, CaseHead, Consent, Facts};

/// A case: its phase and history, the intake consent, the assessment per life domain.
#[component]
pub fn CasePage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(move || (id.get(), reload.get()), |(id, _)| load_case(id));
    view! {
        <Title text=page_title("case-title") />
        <SavedStatus />
        <Loaded resource=data heading="case-title" let:detail>
            <CaseView detail />
        </Loaded>
    }
}

/// The head of case and plan pages: whose case, phase, links.
#[component]
pub fn CaseHeader(head: CaseHead) -> impl IntoView {
    let phase = head.phase;
    view! {
        <p class="case-head">
            <a href=format!("/clients/{}", head.client_id)><bdi>{head.client_name.clone()}</bdi></a>
            " · " {move_tr!("case-phase")} ": " <strong class="phase">{move || t(phase.message_id())}</strong>
            " · " {move_tr!("case-owner")} ": " <bdi>{head.owner_name.clone()}</bdi>
            {head.held_until.clone().map(|until| view! {
                " · " <a class="badge restricted" href=format!("/clients/{}#hold-title", head.client_id)>
                    {move || t_args("hold-badge", &[("until", format_date(&until, active_language()))])}
                </a>
            })}
        </p>
        <nav class="case-tabs" aria-label=move || t("case-sections")>
            <a href=format!("/cases/{}", head.id)>{move_tr!("case-title")}</a>
            <a href=format!("/cases/{}/plan", head.id)>{move_tr!("plan-title")}</a>
            <a href=format!("/cases/{}/network", head.id)>{move_tr!("network-title")}</a>
            <a href=format!("/cases/{}/volunteers", head.id)>{move_tr!("volunteers-title")}</a>
            <a href=format!("/cases/{}/portal", head.id)>{move_tr!("case-tab-portal")}</a>
            <a href=format!("/cases/{}/issues", head.id)>{move_tr!("case-tab-issues")}</a>
        </nav>
    }
}

#[component]
fn CaseView(detail: CaseDetail) -> impl IntoView {
    let CaseDetail {
        head,
        history,
        consent,
        assessments,
        facts,
        assigned,
        colleagues,
    } = detail;
    let case_id = head.id;
    let has_consent = consent.is_some();
    view! {
        <h1>{move_tr!("case-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <CaseHeader head=head.clone() />
        <section aria-labelledby="phase-title" class="card">
            <h2 id="phase-title">{move_tr!("case-phase")}</h2>
            <PhaseForm head=head.clone() has_consent />
            <details>
                <summary>{move_tr!("case-history")}</summary>
                <ol class="history">
                    {history.into_iter().map(|h| {
                        let (to, reason, at) = (h.to_phase.clone(), h.closure_reason.clone(), h.changed_at);
                        view! {
                            <li>
                                <span dir="ltr">{move || format_instant(at, active_language())}</span> " · "
                                {move || label(&[], catalogue::PHASE, &to)}
                                {reason.map(|r| view! { " (" {move || label(&[], catalogue::CLOSURE, &r)} ")" })}
                                " · " <bdi>{h.changed_by}</bdi>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </details>
        </section>
        <section aria-labelledby="team-title" class="card">
            <h2 id="team-title">{move_tr!("case-team")}</h2>
            <TeamSection case_id owner=head.owner_name.clone() assigned colleagues />
        </section>
        <section aria-labelledby="consent-title" class="card">
            <h2 id="consent-title">{move_tr!("consent-title")}</h2>
            <ConsentSection case_id consent />
        </section>
        <section aria-labelledby="assessment-title" class="card">
            <h2 id="assessment-title">{move_tr!("assessment-title")}</h2>
            // No assessment without consent: the forms come once the consent is recorded.
            {if has_consent {
                view! {
                    <FactsForm case_id facts />
                    {assessments.into_iter().map(|a| view! { <AssessmentForm case_id assessment=a /> }.into_any()).collect_view()}
                }
                .into_any()
            } else {
                view! { <p class="hint assessment-consent-needed">{move_tr!("assessment-consent-needed")}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn PhaseForm(head: CaseHead, has_consent: bool) -> impl IntoView {
    let action = ServerAction::<ChangePhase>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, head.version);
    let loaded_version = head.version;
    let next = head.phase.next();
    if next.is_empty() {
        let reason = head.closure_reason.clone().unwrap_or_default();
        return view! { <p>{move_tr!("case-closed")} " " {move || label(&[], catalogue::CLOSURE, &reason)}</p> }.into_any();
    }
    let f = "phase";
    let can_close = next.contains(&CasePhase::Closed);
    view! {
        {(!has_consent && next.contains(&CasePhase::Assessment)).then(|| view! { <p class="hint">{move_tr!("case-consent-needed")}</p> })}
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=head.id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <CatalogueSelect form=f name="to_phase" label="case-next-phase" catalogue=catalogue::PHASE codes=next.iter().map(|p| p.as_str()).collect() error />
            {can_close.then(|| view! {
                <CatalogueSelect form=f name="closure_reason" label="field-closure-reason" catalogue=catalogue::CLOSURE error empty=true />
            })}
            <FormError error />
            <button type="submit">{move_tr!("case-change-phase")}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
fn ConsentSection(case_id: i64, consent: Option<Consent>) -> impl IntoView {
    let action = ServerAction::<RecordConsent>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    let f = "consent";
    let recorded = consent.map(|c| {
        let (method, given_on) = (c.method.clone(), c.given_on.clone());
        view! {
            <p class="success-box">
                {move_tr!("consent-recorded")} " " <span dir="ltr">{move || date_text(&given_on)}</span> " · "
                {move || label(&[], catalogue::CONSENT_METHOD, &method)}
                {c.interpreter_language.map(|l| view! { " · " <code>{l}</code> })}
                " · " <bdi>{c.recorded_by}</bdi>
            </p>
        }
    });
    view! {
        {recorded}
        <details>
            <summary>{move_tr!("consent-record")}</summary>
            <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="case_id" value=case_id />
                <Field form=f name="given_on" label="field-given-on" kind="date" error />
                <CatalogueSelect form=f name="method" label="field-consent-method" catalogue=catalogue::CONSENT_METHOD error empty=true />
                <LanguagePicker form=f name="interpreter_language" label="field-interpreter-language" error />
                <FormError error />
                <button type="submit">{move_tr!("consent-save")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn FactsForm(case_id: i64, facts: Facts) -> impl IntoView {
    let action = ServerAction::<SaveFacts>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, facts.version);
    let loaded_version = facts.version;
    let f = "facts";
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    view! {
        <details open=facts.version == 0>
            <summary>{move_tr!("facts-title")}</summary>
            <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="case_id" value=case_id />
                <input type="hidden" name="version" value=version data-loaded=loaded_version />
                <CatalogueSelect form=f name="language_level" label="field-language-level" catalogue=catalogue::LANGUAGE_LEVEL
                    selected=facts.language_level.clone() error empty=true />
                <CatalogueSelect form=f name="literacy" label="field-literacy" catalogue=catalogue::LITERACY
                    selected=facts.literacy.clone() error empty=true />
                <Field form=f name="schooling" label="field-schooling" value=text(&facts.schooling) error multiline=true />
                <Field form=f name="qualifications" label="field-qualifications" value=text(&facts.qualifications) error multiline=true />
                <label class="checkbox"><input type="checkbox" name="recognition_needed" value="on" checked=facts.recognition_needed /> {move_tr!("field-recognition-needed")}</label>
                <Field form=f name="work_experience" label="field-work-experience" value=text(&facts.work_experience) error multiline=true />
                <CatalogueSelect form=f name="housing_situation" label="field-housing-situation" catalogue=catalogue::HOUSING
                    selected=facts.housing_situation.clone() error empty=true />
                <CatalogueSelect form=f name="health_insurance" label="field-health-insurance" catalogue=catalogue::INSURANCE
                    selected=facts.health_insurance.clone() error empty=true />
                <FormError error />
                <button type="submit">{move_tr!("save")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn AssessmentForm(case_id: i64, assessment: Assessment) -> impl IntoView {
    let action = ServerAction::<SaveAssessment>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, assessment.version);
    let loaded_version = assessment.version;
    let domain = assessment.domain.clone();
    let f = format!("assessment-{domain}");
    let shown = domain.clone();
    let done = assessment.version > 0;
    view! {
        <details class="domain">
            <summary>
                {move || label(&[], catalogue::DOMAIN, &shown)}
                {done.then(|| view! { " " <span class="badge">{move_tr!("assessment-recorded")}</span> })}
            </summary>
            <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="case_id" value=case_id />
                <input type="hidden" name="domain" value=domain />
                <input type="hidden" name="version" value=version data-loaded=loaded_version />
                <Field form=f.clone() name="needs" label="assessment-needs" value=assessment.needs.clone() error multiline=true />
                <Field form=f.clone() name="resources" label="assessment-resources" value=assessment.resources.clone() error multiline=true />
                <Field form=f.clone() name="client_goals" label="assessment-client-goals" value=assessment.client_goals.clone() error multiline=true />
                <FormError error />
                <button type="submit">{move_tr!("save")}</button>
            </ActionForm>
        </details>
    }
}

/// Who works on the case: the owner and assigned colleagues (who then see it too).
#[component]
fn TeamSection(
    case_id: i64,
    owner: String,
    assigned: Vec<(i64, String)>,
    colleagues: Vec<(i64, String)>,
) -> impl IntoView {
    let action = ServerAction::<AssignCase>::new();
    reload_on_success(action);
    let error = action_error(action);
    let unassigned: Vec<(i64, String)> = colleagues
        .into_iter()
        .filter(|(id, _)| !assigned.iter().any(|(a, _)| a == id))
        .collect();
    view! {
        <ul class="plain-list">
            <li><bdi>{owner}</bdi> " (" {move_tr!("case-owner")} ")"</li>
            {assigned.into_iter().map(|(user_id, name)| view! {
                <li>
                    <bdi>{name}</bdi> " "
                    <ActionForm action attr:class="inline-form">
                        <input type="hidden" name="case_id" value=case_id />
                        <input type="hidden" name="user_id" value=user_id />
                        <input type="hidden" name="assigned" value="false" />
                        <button type="submit" class="button-secondary">{move_tr!("case-unassign")}</button>
                    </ActionForm>
                </li>
            }).collect_view()}
        </ul>
        {(!unassigned.is_empty()).then(|| view! {
            <ActionForm action attr:class="stacked-form">
                <input type="hidden" name="case_id" value=case_id />
                <input type="hidden" name="assigned" value="true" />
                <div class="field">
                    <label for="team-user_id">{move_tr!("case-assign-colleague")}</label>
                    <select id="team-user_id" name="user_id">
                        {unassigned.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <FormError error />
                <button type="submit">{move_tr!("case-assign")}</button>
            </ActionForm>
        })}
    }
}
