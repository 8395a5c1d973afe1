//! The page behind the link a partner without an account gets by mail: first the one-time
//! code from the second mail, then the referral with exactly the client data a consent covers,
//! the answer form and the messages. Plain forms, as on every light page.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::referral::{History, SharedData};
use crate::api::{
    load_external, AnswerExternal, ExternalMessage, SendExternalCode, VerifyExternalCode,
};
use crate::components::{
    action_error, date_text, done_by_form, label, CatalogueSelect, Field, FieldError, FormError,
    FreeText, LanguageSwitcher, Loaded, SavedStatus, SkipLink,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::{catalogue, ExternalView, ReferralPage, ReferralStatus};

#[component]
pub fn ExternalPageView() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let data = Resource::new(move || token.get(), load_external);
    view! {
        <Title text=page_title("external-title") />
        <div class="portal">
            <SkipLink />
            <header class="topbar portal-topbar">
                <span class="brand">
                    <span class="brand-name">"Lotse"</span>
                    <span class="brand-tagline">{move_tr!("external-tagline")}</span>
                </span>
                <div class="topbar-tools"><LanguageSwitcher /></div>
            </header>
            <main id="main" tabindex="-1" class="portal-main external-main">
                <SavedStatus />
                <Loaded resource=data heading="external-title" let:view>
                    {match view {
                        ExternalView::Gone => view! { <Gone /> }.into_any(),
                        ExternalView::Code { organisation, code_sent } => {
                            view! { <CodeStep token=token.get_untracked() organisation code_sent /> }.into_any()
                        }
                        ExternalView::Referral { page, organisation } => {
                            view! { <ExternalReferral token=token.get_untracked() page=*page organisation /> }.into_any()
                        }
                    }}
                </Loaded>
            </main>
        </div>
    }
}

#[component]
fn Gone() -> impl IntoView {
    view! {
        <h1>{move_tr!("external-title")}</h1>
        <p class="notice">{move_tr!("external-gone")}</p>
    }
}

/// The code step: a button sends the code (never the page itself: mail scanners open links),
/// then the code is typed.
#[component]
fn CodeStep(token: String, organisation: String, code_sent: bool) -> impl IntoView {
    let send = ServerAction::<SendExternalCode>::new();
    let verify = ServerAction::<VerifyExternalCode>::new();
    let send_error = action_error(send);
    let verify_error = action_error(verify);
    let sent = done_by_form();
    let sent = move || code_sent || sent.get().as_deref() == Some("code-sent");
    let send_token = token.clone();
    view! {
        <h1>{move_tr!("external-title")}</h1>
        <p>{let o = organisation.clone(); move || t_args("external-for", &[("organisation", o.clone())])}</p>
        <p>{move_tr!("external-code-intro")}</p>
        <ActionForm action=send attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="token" value=send_token />
            <FormError error=send_error />
            <button type="submit" class=move || if sent() { "button-secondary" } else { "big" }>
                {move || t(if sent() { "external-send-code-again" } else { "external-send-code" })}
            </button>
        </ActionForm>
        {move || sent().then(|| view! { <p class="success" role="status">{move_tr!("external-code-sent")}</p> })}
        <ActionForm action=verify attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="token" value=token />
            <label for="external-code">{move_tr!("external-code")}</label>
            <input id="external-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                dir="ltr" aria-describedby="external-code-error" />
            <FieldError error=verify_error field="code" id="external-code-error" />
            <FormError error=verify_error />
            <button type="submit" class="big">{move_tr!("external-open")}</button>
        </ActionForm>
    }
}

#[component]
fn ExternalReferral(token: String, page: ReferralPage, organisation: String) -> impl IntoView {
    let ReferralPage {
        referral: r,
        events,
        shared,
        access,
        next,
        ..
    } = page;
    let purpose = r.purpose.clone();
    let status = r.status.clone();
    view! {
        <h1>{move_tr!("external-referral-title")}</h1>
        <p>{let o = organisation.clone(); move || t_args("external-for", &[("organisation", o.clone())])}</p>
        <section aria-labelledby="external-facts" class="card">
            <h2 id="external-facts">{move_tr!("referral-facts")}</h2>
            <dl class="facts">
                <dt>{move_tr!("referral-client")}</dt>
                <dd>{match r.client_name.clone() {
                    Some(name) => view! { <bdi>{name}</bdi> }.into_any(),
                    None => view! { <span>{move_tr!("referral-client-hidden")}</span> }.into_any(),
                }}</dd>
                <dt>{move_tr!("field-purpose")}</dt><dd>{move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}</dd>
                <dt>{move_tr!("field-referral-status")}</dt><dd><strong>{move || label(&[], catalogue::REFERRAL_STATUS, &status)}</strong></dd>
                <dt>{move_tr!("referral-response-due")}</dt><dd dir="ltr">{let d = r.response_due.clone(); move || date_text(&d)}</dd>
                <dt>{move_tr!("referral-sent-by")}</dt>
                <dd><bdi>{r.sent_by.clone()}</bdi> " · " <span dir="ltr">{let at = r.sent_at; move || format_instant(at, active_language())}</span></dd>
            </dl>
            {r.message.clone().map(|m| view! { <h3>{move_tr!("field-message")}</h3> <p class="message"><FreeText text=m /></p> })}
        </section>
        <SharedData access shared />
        <section aria-labelledby="external-answer" class="card">
            <h2 id="external-answer">{move_tr!("referral-answer")}</h2>
            <AnswerForm token=token.clone() version=r.version is_course=r.offer_id.is_some() next />
        </section>
        <section aria-labelledby="external-history" class="card">
            <h2 id="external-history">{move_tr!("referral-history")}</h2>
            <History events />
            <MessageForm token />
        </section>
        <p class="muted">{move_tr!("external-audited")}</p>
    }
}

#[component]
fn AnswerForm(
    token: String,
    version: i64,
    is_course: bool,
    next: Vec<ReferralStatus>,
) -> impl IntoView {
    let action = ServerAction::<AnswerExternal>::new();
    let error = action_error(action);
    let next: Vec<&'static str> = ReferralStatus::ALL
        .iter()
        .filter(|s| next.contains(s))
        .map(|s| s.as_str())
        .collect();
    if next.is_empty() {
        return view! { <p class="muted">{move_tr!("referral-no-further-steps")}</p> }.into_any();
    }
    let f = "answer";
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="token" value=token />
            <input type="hidden" name="version" value=version />
            <CatalogueSelect form=f name="status" label="field-referral-status" catalogue=catalogue::REFERRAL_STATUS codes=next error />
            {is_course.then(|| view! {
                <CatalogueSelect form=f name="seat" label="field-seat" catalogue=catalogue::SEAT error empty=true />
                <Field form=f name="starts_on" label="field-starts-on" kind="date" error />
            })}
            {(!is_course).then(|| view! {
                <input type="hidden" name="seat" value="" />
                <input type="hidden" name="starts_on" value="" />
            })}
            <CatalogueSelect form=f name="decline_reason" label="field-decline-reason" catalogue=catalogue::DECLINE_REASON error empty=true />
            <CatalogueSelect form=f name="outcome" label="field-outcome" catalogue=catalogue::REFERRAL_OUTCOME error empty=true />
            <Field form=f name="note" label="field-note" error multiline=true />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
fn MessageForm(token: String) -> impl IntoView {
    let action = ServerAction::<ExternalMessage>::new();
    let error = action_error(action);
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="token" value=token />
            <Field form="message" name="note" label="referral-message-label" error multiline=true />
            <FormError error />
            <button type="submit">{move_tr!("referral-send-message")}</button>
        </ActionForm>
    }
}
