//! Correction requests.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_portal_corrections, PortalRequestCorrection};
use crate::components::{
    action_error, done_by_form, provide_reload, reload_on_success, FieldError, FormError, Loaded,
};
use crate::i18n::{active_language, format_instant, page_title, t};
use crate::models::CORRECTION_TOPICS;

/// Asking my case manager to correct something.
#[component]
pub fn PortalCorrectionPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_corrections());
    let action = ServerAction::<PortalRequestCorrection>::new();
    reload_on_success(action);
    let error = action_error(action);
    let by_form = done_by_form();
    let sent = move || {
        matches!(action.value().get(), Some(Ok(_)))
            || by_form.get().as_deref() == Some("correction-sent")
    };
    let message = RwSignal::new(String::new());
    Effect::new(move |_| {
        if sent() {
            message.set(String::new());
        }
    });
    view! {
        <Title text=page_title("portal-correction-title") />
        <h1>{move_tr!("portal-correction-title")}</h1>
        <p>{move_tr!("portal-correction-intro")}</p>
        <Show when=sent>
            <p class="notice success" role="status">{move_tr!("portal-correction-sent")}</p>
        </Show>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <div class="field">
                <label for="correction-topic">{move_tr!("portal-correction-about")}</label>
                <select id="correction-topic" name="topic">
                    {CORRECTION_TOPICS.iter().map(|topic| view! {
                        <option value=*topic>{move || t(&format!("portal-correction-about-{topic}"))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="correction-message">{move_tr!("portal-correction-message")}</label>
                <textarea id="correction-message" name="message" rows="5" aria-describedby="correction-message-error"
                    prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                <FieldError error field="message" id="correction-message-error" />
            </div>
            <FormError error />
            <button type="submit" class="big" disabled=move || action.pending().get()>{move_tr!("portal-correction-send")}</button>
        </ActionForm>
        <Loaded resource=data let:list>
            {if !list.is_empty() {
                view! {
                    <section class="card" aria-labelledby="corrections-earlier">
                        <h2 id="corrections-earlier">{move_tr!("portal-correction-earlier")}</h2>
                        <ul class="plain-list">
                            {list.into_iter().map(|c| {
                                let topic = c.topic.clone();
                                view! {
                                    <li>
                                        <span dir="ltr">{move || format_instant(c.created_at, active_language())}</span>
                                        " · " {move || t(&format!("portal-correction-about-{topic}"))}
                                        " · " {move || if c.done { t("portal-correction-done") } else { t("portal-correction-open") }}
                                        <p dir="auto">{c.message.clone()}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }.into_any()
            } else {
                ().into_any()
            }}
        </Loaded>
    }
}
