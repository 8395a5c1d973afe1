//! How errors reach the user: one translated sentence, next to the field it concerns.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{t, t_args};

/// The translated sentence for an error (with the request id for internal errors).
pub fn error_text(error: &AppError) -> String {
    match error {
        AppError::Throttled { minutes } => {
            t_args(error.message_id(), &[("minutes", minutes.to_string())])
        }
        AppError::Internal { request_id } => {
            t_args(error.message_id(), &[("request_id", request_id.clone())])
        }
        _ => t(error.message_id()),
    }
}

/// The last error of a server action, if it has one.
pub fn action_error<I, O>(action: ServerAction<I>) -> Signal<Option<AppError>>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || {
        action
            .value()
            .get()
            .and_then(|r: Result<O, AppError>| r.err())
    })
}

/// A message for one input field; `id` is what the field's `aria-describedby` names.
#[component]
pub fn FieldError(
    error: Signal<Option<AppError>>,
    #[prop(into)] field: String,
    #[prop(into)] id: String,
) -> impl IntoView {
    move || {
        error
            .get()
            .filter(|e| e.field() == Some(field.as_str()))
            .map(|e| {
                view! { <p class="field-error" id=id.clone()>{error_text(&e)}</p> }
            })
    }
}

/// An error that belongs to no single field (or, with `all`, any error), announced to
/// screen readers. An edit conflict lists what the other person saved.
#[component]
pub fn FormError(error: Signal<Option<AppError>>, #[prop(optional)] all: bool) -> impl IntoView {
    view! {
        <div role="alert" class="form-error-region">
            {move || {
                error.get().filter(|e| all || e.field().is_none()).map(|e| {
                    let changes = match &e {
                        AppError::Conflict { changes, .. } => changes.clone(),
                        _ => Vec::new(),
                    };
                    view! {
                        <div class="form-error">
                            <p>{error_text(&e)}</p>
                            {(!changes.is_empty()).then(|| view! {
                                <ul class="conflict-changes">
                                    {changes.into_iter().map(|(field, value)| {
                                        let shown = stored_value(&field, &value);
                                        view! { <li><strong>{t(&field)} ": "</strong> <bdi>{shown}</bdi></li> }
                                    }).collect_view()}
                                </ul>
                            })}
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// A stored value as the conflict message shows it: catalogue codes translated, empty named.
fn stored_value(field: &str, value: &str) -> String {
    if value.is_empty() {
        return t("value-empty");
    }
    match crate::models::catalogue::of_field(field) {
        Some(catalogue) => super::label(&[], catalogue, value),
        None => value.to_owned(),
    }
}

/// The same, for errors of loading a page's data. The page answers with the error's HTTP
/// status (403, 404, ...), as the server functions and downloads do: pages are rendered
/// whole before the response starts, so the status can still be set here.
#[component]
pub fn LoadError(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(error.status()),
    ) {
        response.set_status(status);
    }
    view! { <p class="form-error" role="alert">{move || error_text(&error)}</p> }
}

/// "Offline, as of HH:MM": hidden until the service worker serves this page from the device
/// without a connection. The worker then marks `<html data-offline>` and puts the time the
/// page was stored in place of `__:__`. Rendered once, not reactively, so that hydration
/// keeps the time the worker wrote. Its presence also tells the browser to register the
/// worker (see `frontend`).
#[component]
pub fn OfflineNotice() -> impl IntoView {
    // Pages reached inside the app (no page load the worker could see) are handed to it too;
    // the worker skips a page it stored a moment ago.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| ask_worker_to_store(&location.pathname.get()));
    view! {
        <p class="notice offline-notice" role="status">
            {t_args("offline-as-of", &[("time", "__:__".to_owned())])}
        </p>
    }
}

/// What a plain form post did, when the page was reached after one (`?done=...`, set by the
/// server's `context::form_done`): the page says so as it does after the script's request.
pub fn done_by_form() -> Signal<Option<String>> {
    let query = leptos_router::hooks::use_query_map();
    Signal::derive(move || query.with(|q| q.get("done")))
}

fn ask_worker_to_store(path: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(worker) =
        web_sys::window().and_then(|w| w.navigator().service_worker().controller())
    {
        let message = web_sys::js_sys::Object::new();
        let _ = web_sys::js_sys::Reflect::set(&message, &"store".into(), &path.into());
        let _ = worker.post_message(&message);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = path;
}
