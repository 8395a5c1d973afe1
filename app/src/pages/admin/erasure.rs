use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_erasure_requests;
use crate::components::{done_by_form, provide_reload, Loaded, SavedStatus};
use crate::i18n::{page_title, t, t_args};
use crate::models::ErasureRequest;
use crate::pages::clients::erasure::{decision_text, requested_text, ErasureDecision};

/// Data-protection officers: the erasure requests of clients of their organisation. They
/// decide on the open ones (erase now, or refuse with a reason the client reads), as the
/// client's case manager can on the record; below, the latest decisions.
#[component]
pub fn ErasureRequestsPage() -> impl IntoView {
    let reload = provide_reload();
    let requests = Resource::new(move || reload.get(), |_| load_erasure_requests());
    let done = done_by_form();
    view! {
        <Title text=page_title("erasure-requests-title") />
        <h1>{move_tr!("erasure-requests-title")}</h1>
        <p class="lead">{move_tr!("erasure-requests-intro")}</p>
        <SavedStatus />
        <Show when=move || done.get().as_deref() == Some("erased")>
            <p class="notice success" role="status">{move_tr!("erasure-done")}</p>
        </Show>
        <Loaded resource=requests let:requests>
            {if requests.open.is_empty() {
                view! { <p class="empty">{move_tr!("erasure-requests-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {requests.open.into_iter().map(|request| view! { <OpenRequest request /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!requests.decided.is_empty()).then(|| view! {
                <section aria-labelledby="erasure-decided" class="card">
                    <h2 id="erasure-decided">{move_tr!("erasure-requests-decided")}</h2>
                    <ul class="plain-list">
                        {requests.decided.into_iter().map(|request| view! {
                            <li>
                                <strong dir="ltr">{client_label(&request)}</strong>
                                " · " {requested_text(&request)}
                                " " {decision_text(&request)}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </Loaded>
    }
}

/// The client by number, or "erased" once they are.
fn client_label(request: &ErasureRequest) -> String {
    match request.client_id {
        Some(id) => t_args("erasure-client-number", &[("number", id.to_string())]),
        None => t("erasure-client-erased"),
    }
}

#[component]
fn OpenRequest(request: ErasureRequest) -> impl IntoView {
    let heading = format!("erasure-request-{}", request.id);
    let labelled_by = heading.clone();
    view! {
        <li>
            <section aria-labelledby=labelled_by class="card">
                <h2 id=heading>{client_label(&request)}</h2>
                <p>{requested_text(&request)}</p>
                <ErasureDecision request_id=request.id />
            </section>
        </li>
    }
}
