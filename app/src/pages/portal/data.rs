//! My data: download them, or ask for them to be erased.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_portal_erasure, PortalRequestErasure};
use crate::components::{
    action_error, done_by_form, provide_reload, reload_on_success, FormError, Loaded,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::ErasureRequest;

/// Download my data, and ask for them to be erased (a plain form too, so it works before the
/// WASM has loaded and without JavaScript); the decision shows here in my language.
#[component]
pub fn PortalDataPage() -> impl IntoView {
    let reload = provide_reload();
    let erasure = Resource::new(move || reload.get(), |_| load_portal_erasure());
    let ask = ServerAction::<PortalRequestErasure>::new();
    reload_on_success(ask);
    let error = action_error(ask);
    let by_form = done_by_form();
    let sent = move || {
        matches!(ask.value().get(), Some(Ok(_))) || by_form.get().as_deref() == Some("erasure-sent")
    };
    view! {
        <Title text=page_title("portal-data-title") />
        <h1>{move_tr!("portal-data-title")}</h1>
        <p>{move_tr!("portal-data-intro")}</p>
        <p><a class="button big" href=crate::PORTAL_EXPORT download="lotse-meine-daten.json" rel="external">{move_tr!("portal-data-download")}</a></p>
        <p><a href="/portal">{move_tr!("portal-print")}</a></p>
        <section aria-labelledby="my-erasure" class="card">
            <h2 id="my-erasure">{move_tr!("portal-erasure-title")}</h2>
            <Show when=sent>
                <p class="notice success" role="status">{move_tr!("portal-erasure-sent")}</p>
            </Show>
            <Loaded resource=erasure let:latest>
                {match latest {
                    Some(request) if request.status == "open" => view! {
                        <p>{asked_on(&request)}</p>
                    }.into_any(),
                    latest => view! {
                        {latest.map(|request| view! { <Refused request /> })}
                        <p>{move_tr!("portal-erasure-intro")}</p>
                        <ActionForm action=ask>
                            <FormError error />
                            <button type="submit" class="big button-secondary" disabled=move || ask.pending().get()>{move_tr!("portal-erasure-ask")}</button>
                        </ActionForm>
                    }.into_any(),
                }}
            </Loaded>
        </section>
    }
}

fn asked_on(request: &ErasureRequest) -> String {
    t_args(
        "portal-erasure-open",
        &[(
            "date",
            format_instant(request.requested_at, active_language()),
        )],
    )
}

/// A refused request: when, and the reason in my language.
#[component]
fn Refused(request: ErasureRequest) -> impl IntoView {
    let decided = request
        .decided_at
        .map(|at| format_instant(at, active_language()))
        .unwrap_or_default();
    let reason = request.refusal.clone().unwrap_or_default();
    view! {
        <div class="notice">
            <p><strong>{move || t_args("portal-erasure-refused", &[("date", decided.clone())])}</strong></p>
            <p>{move || t(&format!("portal-erasure-refusal-{reason}"))}</p>
        </div>
    }
}
