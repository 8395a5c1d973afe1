use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{
    load_referral, ReferralMessage, RenewExternalLink, RespondReferral, WithdrawExternalLink,
};
use crate::components::{
    action_error, date_text, done_by_form, form_version, label, provide_reload, reload_on_success,
    reset_on_success, route_id, CatalogueSelect, Field, FormError, FreeText, Loaded, SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t};
use crate::models::catalogue;
use crate::models::{
    ExternalLinkInfo, Referral, ReferralAccess, ReferralPage, ReferralStatus, SharedSection,
};

/// One referral as both sides see it: state and history, messages; the recipient also sees
/// the client data shared with consent and answers; the sender can withdraw.
#[component]
pub fn ReferralPageView() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_referral(id),
    );
    view! {
        <Title text=page_title("referral-title") />
        <SavedStatus />
        <Loaded resource=data heading="referral-title" let:page>
            <ReferralView page />
        </Loaded>
    }
}

#[component]
fn ReferralView(page: ReferralPage) -> impl IntoView {
    let ReferralPage {
        referral,
        events,
        sender,
        shared,
        access,
        next,
        external,
    } = page;
    let r = referral.clone();
    let (status, purpose) = (r.status.clone(), r.purpose.clone());
    let categories = r.categories.clone();
    view! {
        <h1>{move_tr!("referral-title")} " · " <bdi>{r.offer_title.clone().unwrap_or(r.organisation.clone())}</bdi></h1>
        {sender.then(|| view! {
            <p><a href=format!("/cases/{}/network", r.case_id)>{move_tr!("referral-back-to-case")}</a></p>
        })}
        <section aria-labelledby="referral-facts" class="card">
            <h2 id="referral-facts">{move_tr!("referral-facts")}</h2>
            <dl class="facts">
                <dt>{move_tr!("referral-client")}</dt>
                <dd>{match r.client_name.clone() {
                    Some(name) => view! { <bdi>{name}</bdi> }.into_any(),
                    None => view! { <span>{move_tr!("referral-client-hidden")}</span> }.into_any(),
                }}</dd>
                <dt>{move_tr!("referral-to")}</dt><dd><bdi>{r.organisation.clone()}</bdi></dd>
                <dt>{move_tr!("field-purpose")}</dt><dd>{move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}</dd>
                <dt>{move_tr!("field-referral-status")}</dt>
                <dd><strong>{move || label(&[], catalogue::REFERRAL_STATUS, &status)}</strong>
                    {r.overdue.then(|| view! { " " <span class="badge warning">{move || t("referral-overdue")}</span> })}</dd>
                <dt>{move_tr!("referral-response-due")}</dt><dd dir="ltr">{let d = r.response_due.clone(); move || date_text(&d)}</dd>
                <dt>{move_tr!("field-categories")}</dt>
                <dd>{categories.into_iter().map(|c| view! { <span class="badge">{move || label(&[], catalogue::CONSENT_CATEGORY, &c)}</span> " " }).collect_view()}</dd>
                {r.seat.clone().map(|seat| view! {
                    <dt>{move_tr!("field-seat")}</dt><dd>{move || label(&[], catalogue::SEAT, &seat)}</dd>
                })}
                {r.starts_on.clone().map(|d| view! {
                    <dt>{move_tr!("field-starts-on")}</dt><dd dir="ltr">{move || date_text(&d)}</dd>
                })}
                {r.decline_reason.clone().map(|reason| view! {
                    <dt>{move_tr!("field-decline-reason")}</dt><dd>{move || label(&[], catalogue::DECLINE_REASON, &reason)}</dd>
                })}
                {r.outcome.clone().map(|outcome| view! {
                    <dt>{move_tr!("field-outcome")}</dt><dd>{move || label(&[], catalogue::REFERRAL_OUTCOME, &outcome)}</dd>
                })}
                <dt>{move_tr!("referral-sent-by")}</dt>
                <dd><bdi>{r.sent_by.clone()}</bdi> " · " <span dir="ltr">{let at = r.sent_at; move || format_instant(at, active_language())}</span></dd>
            </dl>
            {r.message.clone().map(|m| view! { <h3>{move_tr!("field-message")}</h3> <p class="message"><FreeText text=m /></p> })}
        </section>
        {external.map(|link| view! { <ExternalLinkPanel referral_id=r.id link /> })}
        {(!sender).then(|| view! { <SharedData access shared=shared.clone() /> })}
        <section aria-labelledby="referral-answer" class="card">
            <h2 id="referral-answer">{move || t(if sender { "referral-withdraw-title" } else { "referral-answer" })}</h2>
            <AnswerForm referral=referral.clone() sender next />
        </section>
        <section aria-labelledby="referral-history" class="card">
            <h2 id="referral-history">{move_tr!("referral-history")}</h2>
            <History events />
            <MessageForm referral_id=referral.id />
        </section>
    }
}

/// What the recipient may see of the client now — only the consented categories.
#[component]
pub(super) fn SharedData(access: ReferralAccess, shared: Vec<SharedSection>) -> impl IntoView {
    view! {
        <section aria-labelledby="referral-shared" class="card">
            <h2 id="referral-shared">{move_tr!("referral-shared-data")}</h2>
            {match access {
                ReferralAccess::Closed => view! { <p class="notice">{move_tr!("referral-access-closed")}</p> }.into_any(),
                ReferralAccess::ConsentMissing => view! { <p class="notice">{move_tr!("referral-access-no-consent")}</p> }.into_any(),
                ReferralAccess::Active => view! {
                    {shared.into_iter().map(|section| {
                        let category = section.category.clone();
                        view! {
                            <h3>{move || label(&[], catalogue::CONSENT_CATEGORY, &category)}</h3>
                            {section.fields.is_empty().then(|| view! { <p class="muted">{move_tr!("referral-nothing-recorded")}</p> })}
                            <dl class="facts">
                                {section.fields.into_iter().map(|f| {
                                    let label_id = f.label.clone();
                                    let value = f.value.clone();
                                    let shown = match f.catalogue.clone() {
                                        Some(c) => {
                                            let v = value.clone();
                                            view! { <span>{move || label(&[], &c, &v)}</span> }.into_any()
                                        }
                                        None => view! { <FreeText text=value /> }.into_any(),
                                    };
                                    view! { <dt>{move || t(&label_id)}</dt> <dd>{shown}</dd> }
                                }).collect_view()}
                            </dl>
                        }
                    }).collect_view()}
                }.into_any(),
            }}
        </section>
    }
}

/// The recipient answers (accept with seat, decline with reason, progress, outcome); the
/// sender withdraws.
#[component]
fn AnswerForm(referral: Referral, sender: bool, next: Vec<ReferralStatus>) -> impl IntoView {
    let action = ServerAction::<RespondReferral>::new();
    reload_on_success(action);
    let error = action_error(action);
    let version = form_version(action, referral.version);
    let loaded_version = referral.version;
    // The server says which states follow; the select offers their catalogue entries.
    let next: Vec<&'static str> = ReferralStatus::ALL
        .iter()
        .filter(|s| next.contains(s))
        .map(|s| s.as_str())
        .collect();
    if next.is_empty() {
        return view! { <p class="muted">{move_tr!("referral-no-further-steps")}</p> }.into_any();
    }
    let is_course = referral.offer_id.is_some();
    let f = "answer";
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="referral_id" value=referral.id />
            <input type="hidden" name="version" value=version data-loaded=loaded_version />
            <CatalogueSelect form=f name="status" label="field-referral-status" catalogue=catalogue::REFERRAL_STATUS codes=next error />
            {(!sender).then(|| view! {
                {is_course.then(|| view! {
                    <CatalogueSelect form=f name="seat" label="field-seat" catalogue=catalogue::SEAT error empty=true />
                    <Field form=f name="starts_on" label="field-starts-on" kind="date" value=referral.starts_on.clone().unwrap_or_default() error />
                })}
                <CatalogueSelect form=f name="decline_reason" label="field-decline-reason" catalogue=catalogue::DECLINE_REASON error empty=true />
                <CatalogueSelect form=f name="outcome" label="field-outcome" catalogue=catalogue::REFERRAL_OUTCOME error empty=true />
            })}
            {sender.then(|| view! {
                <input type="hidden" name="seat" value="" />
                <input type="hidden" name="starts_on" value="" />
                <input type="hidden" name="decline_reason" value="" />
                <input type="hidden" name="outcome" value="" />
            })}
            {(!is_course && !sender).then(|| view! {
                <input type="hidden" name="seat" value="" />
                <input type="hidden" name="starts_on" value="" />
            })}
            <Field form=f name="note" label="field-note" error multiline=true />
            <FormError error />
            <button type="submit">{move_tr!("save")}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
fn MessageForm(referral_id: i64) -> impl IntoView {
    let action = ServerAction::<ReferralMessage>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    view! {
        <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="referral_id" value=referral_id />
            <Field form="message" name="note" label="referral-message-label" error multiline=true />
            <FormError error />
            <button type="submit">{move_tr!("referral-send-message")}</button>
        </ActionForm>
    }
}

/// The sender's view of the link a partner without an account answers through: to whom it
/// went, until when it is good, when it was last opened; renew or withdraw it.
#[component]
fn ExternalLinkPanel(referral_id: i64, link: ExternalLinkInfo) -> impl IntoView {
    let renew = ServerAction::<RenewExternalLink>::new();
    let withdraw = ServerAction::<WithdrawExternalLink>::new();
    reload_on_success(renew);
    reload_on_success(withdraw);
    let renew_error = action_error(renew);
    let withdraw_error = action_error(withdraw);
    let done = done_by_form();
    let state = if link.withdrawn {
        "external-link-withdrawn"
    } else if link.expired {
        "external-link-expired"
    } else {
        "external-link-active"
    };
    let expires = link.expires_at;
    view! {
        <section aria-labelledby="referral-external" class="card">
            <h2 id="referral-external">{move_tr!("external-link-title")}</h2>
            {move || match done.get().as_deref() {
                Some("link-renewed") => Some(view! { <p class="success" role="status">{move_tr!("external-link-renewed")}</p> }),
                Some("link-withdrawn") => Some(view! { <p class="success" role="status">{move_tr!("external-link-withdrawn-done")}</p> }),
                _ => None,
            }}
            <p class="hint">{move_tr!("external-link-explained")}</p>
            <dl class="facts">
                <dt>{move_tr!("external-contact")}</dt>
                <dd><bdi>{link.contact.clone()}</bdi> " · " <span dir="ltr">{link.email.clone()}</span></dd>
                <dt>{move_tr!("external-link-state")}</dt>
                <dd><strong>{move || t(state)}</strong></dd>
                <dt>{move_tr!("external-link-until")}</dt>
                <dd dir="ltr">{move || format_instant(expires, active_language())}</dd>
                <dt>{move_tr!("external-link-last-viewed")}</dt>
                <dd>{match link.last_viewed_at {
                    Some(at) => view! { <span dir="ltr">{move || format_instant(at, active_language())}</span> }.into_any(),
                    None => view! { <span>{move_tr!("external-link-never-viewed")}</span> }.into_any(),
                }}</dd>
            </dl>
            {(!link.withdrawn).then(|| view! {
                <div class="link-actions">
                    <ActionForm action=renew attr:class="inline-form">
                        <input type="hidden" name="referral_id" value=referral_id />
                        <button type="submit" class="button-secondary">{move_tr!("external-link-renew")}</button>
                    </ActionForm>
                    <ActionForm action=withdraw attr:class="inline-form">
                        <input type="hidden" name="referral_id" value=referral_id />
                        <button type="submit" class="button-secondary">{move_tr!("external-link-withdraw")}</button>
                    </ActionForm>
                </div>
                <FormError error=renew_error />
                <FormError error=withdraw_error />
            })}
        </section>
    }
}

/// A referral's state changes and messages, oldest first, each with who wrote it and when.
#[component]
pub(super) fn History(events: Vec<crate::models::ReferralEvent>) -> impl IntoView {
    view! {
        <ol class="history">
        {events.into_iter().map(|e| {
            let status = e.status.clone();
            view! {
                <li>
                    <span dir="ltr">{move || format_instant(e.at, active_language())}</span> " · "
                    <bdi>{e.actor}</bdi> " (" <bdi>{e.organisation}</bdi> ")"
                    {status.map(|s| view! { " · " <strong>{move || label(&[], catalogue::REFERRAL_STATUS, &s)}</strong> })}
                    {e.note.map(|n| view! { " · " <FreeText text=n /> })}
                </li>
            }
        }).collect_view()}
        </ol>
    }
}
