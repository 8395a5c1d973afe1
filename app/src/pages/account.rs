use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::ChangePassword;
use crate::components::{action_error, FieldError, FormError};
use crate::i18n::page_title;

#[component]
pub fn AccountPage() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let error = action_error(action);
    // After a plain form post the address says `?done=saved`.
    let by_form = crate::components::done_by_form();
    let done = move || {
        matches!(action.value().get(), Some(Ok(()))) || by_form.get().as_deref() == Some("saved")
    };
    view! {
        <Title text=page_title("account-title") />
        <h1>{move_tr!("account-title")}</h1>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <label for="current_password">{move_tr!("field-current-password")}</label>
            <input id="current_password" name="current_password" type="password"
                autocomplete="current-password" dir="ltr" aria-describedby="current_password-error" />
            <FieldError error field="current_password" id="current_password-error" />
            <label for="new_password">{move_tr!("field-new-password")}</label>
            <input id="new_password" name="new_password" type="password"
                autocomplete="new-password" dir="ltr" aria-describedby="new_password-hint new_password-error" />
            <p class="hint" id="new_password-hint">{move_tr!("password-rule")}</p>
            <FieldError error field="new_password" id="new_password-error" />
            <label for="confirm_password">{move_tr!("field-confirm-password")}</label>
            <input id="confirm_password" name="confirm_password" type="password"
                autocomplete="new-password" dir="ltr" aria-describedby="confirm_password-error" />
            <FieldError error field="confirm_password" id="confirm_password-error" />
            <FormError error />
            <button type="submit" disabled=move || action.pending().get()>{move_tr!("account-change-password")}</button>
        </ActionForm>
        <div role="status" class="status-region">
            {move || done().then(|| view! { <p class="success">{move_tr!("account-password-changed")}</p> })}
        </div>
    }
}
