//! What the data pages are built from: the record id in the route, the "Saved." notice,
//! and loading a page's data, then showing it or the error.

use crate::move_tr;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{LoadError, Reload};
use crate::error::AppError;
use crate::i18n::t;

/// The id in the route (`/clients/:id`, `/cases/:id`), 0 when it is not a number.
pub fn route_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    })
}

/// "Saved." after a form of the page saved something, until a save is refused.
#[component]
pub fn SavedStatus() -> impl IntoView {
    let reload = use_context::<Reload>();
    // Pages without a `Reload` of their own hear of a plain form's save from the address.
    let done = super::done_by_form();
    let saved = move || match reload {
        Some(reload) => reload.saved.get(),
        None => done.get().as_deref() == Some("saved"),
    };
    view! {
        <div role="status" class="status-region">
            {move || saved().then(|| view! { <p class="success">{move_tr!("saved")}</p> })}
        </div>
    }
}

/// A page's data once loaded, shown by `children`; or the error, under the page's heading
/// (`heading`, a message id) when the data would have brought its own, after `before_error`
/// (a filter form, the section tabs) when there is one. The previous view stays while the
/// data reloads; the page answers with the error's HTTP status (see [`LoadError`]).
#[component]
pub fn Loaded<T, F, V>(
    resource: Resource<Result<T, AppError>>,
    #[prop(optional)] heading: Option<&'static str>,
    #[prop(optional, into)] before_error: Option<ViewFn>,
    children: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = std::sync::Arc::new(children);
    view! {
        <Transition fallback=|| ()>
            {move || {
                let (children, before_error) = (children.clone(), before_error.clone());
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => children(data).into_any(),
                        Err(error) => error_view(error, heading, before_error),
                    }
                })
            }}
        </Transition>
    }
}

/// Each combination is its own view, so that no empty placeholder enters the page.
fn error_view(error: AppError, heading: Option<&'static str>, before: Option<ViewFn>) -> AnyView {
    match (heading, before) {
        (None, None) => view! { <LoadError error /> }.into_any(),
        (Some(id), None) => view! { <h1>{move || t(id)}</h1> <LoadError error /> }.into_any(),
        (None, Some(before)) => view! { {before.run()} <LoadError error /> }.into_any(),
        (Some(id), Some(before)) => {
            view! { <h1>{move || t(id)}</h1> {before.run()} <LoadError error /> }.into_any()
        }
    }
}
