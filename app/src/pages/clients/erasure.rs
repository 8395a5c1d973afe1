//! Erasure requests on a client's record, and the decision (erase now, or refuse with a
//! reason the client reads), shared with the data-protection officer's list.

use crate::move_tr;
use leptos::prelude::*;

use crate::api::{erased_lands_on, EraseClient, RecordErasureRequest, RefuseErasure};
use crate::components::{
    action_error, reload_on_success, reload_to, use_user, FieldError, FormError,
};
use crate::i18n::{active_language, format_instant, t, t_args};
use crate::models::{ErasureRequest, ERASURE_REFUSALS};

/// Who asked and when: "in the portal" or "recorded by".
pub fn requested_text(request: &ErasureRequest) -> String {
    let date = format_instant(request.requested_at, active_language());
    match &request.recorded_by {
        Some(name) => t_args(
            "erasure-recorded-by",
            &[("name", name.clone()), ("date", date)],
        ),
        None => t_args("erasure-requested-portal", &[("date", date)]),
    }
}

/// What was decided, for a decided request.
pub fn decision_text(request: &ErasureRequest) -> String {
    let date = request
        .decided_at
        .map(|at| format_instant(at, active_language()))
        .unwrap_or_default();
    let by = request.decided_by.clone().unwrap_or_default();
    match (request.status.as_str(), &request.refusal) {
        ("refused", Some(reason)) => format!(
            "{} {}",
            t_args("erasure-refused-on", &[("date", date), ("name", by)]),
            t(&format!("portal-erasure-refusal-{reason}"))
        ),
        ("erased", _) => t_args("erasure-erased-on", &[("date", date), ("name", by)]),
        _ => String::new(),
    }
}

/// The client's record: the open request with the decision, or the last decision and a way
/// to record a new request.
#[component]
pub fn ErasureSection(client_id: i64, erasure: Option<ErasureRequest>) -> impl IntoView {
    let open = erasure.as_ref().filter(|r| r.status == "open").cloned();
    let decided = erasure.filter(|r| r.status != "open");
    let is_open = open.is_some();
    view! {
        <section aria-labelledby="erasure-title" class="card" class:restricted=is_open>
            <h2 id="erasure-title">{move_tr!("erasure-title")}</h2>
            {match open {
                Some(request) => {
                    let asked = requested_text(&request);
                    view! {
                        <p><strong>{asked}</strong></p>
                        <ErasureDecision request_id=request.id />
                    }.into_any()
                }
                None => view! {
                    {decided.map(|request| view! { <p>{decision_text(&request)}</p> })}
                    <RecordErasure client_id />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RecordErasure(client_id: i64) -> impl IntoView {
    let record = ServerAction::<RecordErasureRequest>::new();
    reload_on_success(record);
    let error = action_error(record);
    view! {
        <details>
            <summary>{move_tr!("erasure-record")}</summary>
            <p class="hint">{move_tr!("erasure-record-hint")}</p>
            <ActionForm action=record>
                <input type="hidden" name="client_id" value=client_id />
                <FormError error />
                <button type="submit" class="button-secondary">{move_tr!("erasure-record-submit")}</button>
            </ActionForm>
        </details>
    }
}

/// Erase now (after ticking that no duty to keep the data stands in the way), or refuse with
/// a reason. After erasing, the record is gone: the page goes to the list.
#[component]
pub fn ErasureDecision(request_id: i64) -> impl IntoView {
    let erase = ServerAction::<EraseClient>::new();
    let erase_error = action_error(erase);
    let lands_on = erased_lands_on(use_user().role);
    Effect::new(move |_| {
        if matches!(erase.value().get(), Some(Ok(()))) {
            reload_to(lands_on);
        }
    });
    let refuse = ServerAction::<RefuseErasure>::new();
    reload_on_success(refuse);
    let refuse_error = action_error(refuse);
    let confirm_id = format!("erasure-confirm-{request_id}");
    let confirm_error = format!("erasure-confirm-{request_id}-error");
    let refusal_id = format!("erasure-refusal-{request_id}");
    let refusal_error = format!("erasure-refusal-{request_id}-error");
    let (confirm_described, refusal_described, refusal_for) = (
        confirm_error.clone(),
        refusal_error.clone(),
        refusal_id.clone(),
    );
    view! {
        <div class="decision">
            <ActionForm action=erase attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="request_id" value=request_id />
                <p class="hint">{move_tr!("erasure-erase-warning")}</p>
                <div class="field">
                    <label class="checkbox">
                        <input type="checkbox" id=confirm_id name="confirm" value="yes"
                            aria-describedby=confirm_described />
                        {move_tr!("erasure-confirm")}
                    </label>
                    <FieldError error=erase_error field="confirm" id=confirm_error />
                </div>
                // Already decided, or the client's data are on hold.
                <FieldError error=erase_error field="erasure" id=format!("erasure-{request_id}-error") />
                <FormError error=erase_error />
                <button type="submit" class="danger" disabled=move || erase.pending().get()>{move_tr!("erasure-erase")}</button>
            </ActionForm>
            <ActionForm action=refuse attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="request_id" value=request_id />
                <div class="field">
                    <label for=refusal_for>{move_tr!("field-erasure-refusal")}</label>
                    <select id=refusal_id name="refusal" aria-describedby=refusal_described>
                        <option value="">{move_tr!("choose-option")}</option>
                        {ERASURE_REFUSALS.iter().map(|code| view! {
                            <option value=*code>{move || t(&format!("portal-erasure-refusal-{code}"))}</option>
                        }).collect_view()}
                    </select>
                    <FieldError error=refuse_error field="refusal" id=refusal_error />
                </div>
                <FieldError error=refuse_error field="erasure" id=format!("erasure-refuse-{request_id}-error") />
                <FormError error=refuse_error />
                <button type="submit" class="button-secondary" disabled=move || refuse.pending().get()>{move_tr!("erasure-refuse")}</button>
            </ActionForm>
        </div>
    }
}
