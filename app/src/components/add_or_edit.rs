//! One form that either adds a record or changes a stored one under the version it was
//! loaded at: the same fields, the saved notice, the error and an edit conflict's list of
//! what someone else saved, whichever of the two it does.

use crate::move_tr;
use leptos::prelude::*;
use leptos::server_fn::{client::Client, codec::PostUrl, request::ClientReq, Http, ServerFn};
use serde::de::DeserializeOwned;

use super::{action_error, form_version, reload_on_success, reset_on_success, FormError};
use crate::error::AppError;

/// What an [`AddOrEditForm`] does.
#[derive(Clone, Copy)]
pub enum FormTarget {
    /// Adds a record under its parent: the hidden field naming the parent (`case_id`, ...),
    /// the parent's id and the submit button's text (`move_tr!("goal-add")`).
    Add {
        parent_field: &'static str,
        parent_id: i64,
        button: Signal<String>,
    },
    /// Changes a stored record: the hidden field naming it (`goal_id`, ...), its id and the
    /// version it was loaded at.
    Edit {
        field: &'static str,
        id: i64,
        version: i64,
    },
}

/// A stacked form posting to `add` or to `update` (as `target` says) with the `fields` the
/// caller lays out for the form's last error. Both actions reload the page's data when they
/// succeed; a successful addition empties the form for the next entry. After an edit
/// conflict the form sends the version now stored, so saving again is a deliberate overwrite.
#[component]
pub fn AddOrEditForm<Add, AddProtocol, Update, UpdateProtocol, F, V>(
    add: ServerAction<Add>,
    update: ServerAction<Update>,
    target: FormTarget,
    fields: F,
) -> impl IntoView
where
    Add: DeserializeOwned
        + ServerFn<Protocol = Http<PostUrl, AddProtocol>, Error = AppError>
        + Clone
        + Send
        + Sync
        + 'static,
    <<Add::Client as Client<AppError>>::Request as ClientReq<AppError>>::FormData:
        From<web_sys::FormData>,
    Add::Output: Clone + Send + Sync + 'static,
    Add::Client: Client<AppError>,
    Update: DeserializeOwned
        + ServerFn<Protocol = Http<PostUrl, UpdateProtocol>, Error = AppError>
        + Clone
        + Send
        + Sync
        + 'static,
    <<Update::Client as Client<AppError>>::Request as ClientReq<AppError>>::FormData:
        From<web_sys::FormData>,
    Update::Output: Clone + Send + Sync + 'static,
    Update::Client: Client<AppError>,
    F: FnOnce(Signal<Option<AppError>>) -> V + Send + 'static,
    V: IntoView + 'static,
{
    reload_on_success(add);
    reload_on_success(update);
    match target {
        FormTarget::Add {
            parent_field,
            parent_id,
            button,
        } => {
            let error = action_error(add);
            let form = reset_on_success(add);
            view! {
                <ActionForm action=add node_ref=form attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name=parent_field value=parent_id />
                    {fields(error)}
                    <FormError error />
                    <button type="submit">{button}</button>
                </ActionForm>
            }
            .into_any()
        }
        FormTarget::Edit { field, id, version } => {
            let error = action_error(update);
            let loaded_version = version;
            let version = form_version(update, version);
            view! {
                <ActionForm action=update attr:class="stacked-form" attr:novalidate=true>
                    <input type="hidden" name=field value=id />
                    <input type="hidden" name="version" value=version data-loaded=loaded_version />
                    {fields(error)}
                    <FormError error />
                    <button type="submit">{move_tr!("save")}</button>
                </ActionForm>
            }
            .into_any()
        }
    }
}
