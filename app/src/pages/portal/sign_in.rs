//! Signing in to the portal.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::shell::PortalHeader;
use crate::api::PortalSignIn;
use crate::components::{
    action_error, done_by_form, reload_to, use_session, FieldError, FormError, SkipLink,
};
use crate::i18n::{page_title, t};
use crate::models::PortalSignInOutcome;

/// Signing in with the code from the letter, then (the first time) choosing a PIN. A plain
/// form too: it works before the WASM has loaded and without JavaScript.
#[component]
pub fn PortalSignInPage() -> impl IntoView {
    let action = ServerAction::<PortalSignIn>::new();
    let error = action_error(action);
    // After a plain form post (no JavaScript) the code was right and a PIN is to be chosen:
    // the code is typed once more with it, since the page kept nothing.
    let code_again = done_by_form().get_untracked().as_deref() == Some("choose-pin");
    let choosing = RwSignal::new(code_again);
    let code = RwSignal::new(String::new());
    Effect::new(move |_| match action.value().get() {
        Some(Ok(PortalSignInOutcome::ChoosePin)) => choosing.set(true),
        Some(Ok(PortalSignInOutcome::SignedIn { .. })) => reload_to("/portal"),
        _ => {}
    });
    let demo = use_session().demo;
    view! {
        <Title text=page_title("portal-sign-in-title") />
        <div class="portal">
            <SkipLink />
            <PortalHeader demo>""</PortalHeader>
            <main id="main" tabindex="-1" class="portal-main sign-in">
                <h1>{move_tr!("portal-sign-in-title")}</h1>
                <p>{move || if choosing.get() { t("portal-choose-pin") } else { t("portal-sign-in-intro") }}</p>
                <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                    <div class="field" class:hidden=move || choosing.get() && !code_again>
                        <label for="portal-code">{move_tr!("portal-code")}</label>
                        <input id="portal-code" name="code" type="text" autocomplete="username" dir="ltr"
                            autocapitalize="characters" spellcheck="false" data-keep="" aria-describedby="portal-code-hint portal-code-error"
                            prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                        <p class="hint" id="portal-code-hint">{move_tr!("portal-code-hint")}</p>
                        <FieldError error field="code" id="portal-code-error" />
                    </div>
                    <div class="field">
                        <label for="portal-pin">{move_tr!("portal-pin")}</label>
                        <input id="portal-pin" name="pin" type="password" dir="ltr"
                            autocomplete=move || if choosing.get() { "new-password" } else { "current-password" }
                            aria-describedby="portal-pin-hint portal-pin-error" />
                        <p class="hint" id="portal-pin-hint">{move_tr!("portal-pin-hint")}</p>
                        <FieldError error field="pin" id="portal-pin-error" />
                    </div>
                    <Show when=move || choosing.get()>
                        <div class="field">
                            <label for="portal-pin-repeat">{move_tr!("portal-pin-repeat")}</label>
                            <input id="portal-pin-repeat" name="pin_repeat" type="password" dir="ltr"
                                autocomplete="new-password" aria-describedby="portal-pin-repeat-error" />
                            <FieldError error field="pin_repeat" id="portal-pin-repeat-error" />
                        </div>
                    </Show>
                    <FormError error />
                    <button type="submit" class="big" disabled=move || action.pending().get()>
                        {move || if choosing.get() { t("portal-set-pin-button") } else { t("portal-sign-in-button") }}
                    </button>
                </ActionForm>
                {demo.then(|| view! {
                    <section class="demo-accounts">
                        <p><code dir="ltr">"DEMO-AMIRA"</code> " · " <code dir="ltr">"DEMO-REZA"</code> " · "
                           <code dir="ltr">"DEMO-OLENA"</code> " – " {move_tr!("portal-pin")} ": " <code dir="ltr">"246810"</code></p>
                    </section>
                })}
                <p><a href="/sign-in">{move_tr!("portal-staff-link")}</a></p>
            </main>
        </div>
    }
}
