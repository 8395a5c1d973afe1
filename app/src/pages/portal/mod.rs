//! The client portal: a client's own plan, appointments, referrals and consents, who saw
//! their data, correction requests and their data to download. Mobile first; every text is
//! in the client's language (Leichte Sprache for German), staff free text is marked as
//! written in German unless a translation was entered.

use leptos::prelude::*;
use leptos_fluent::move_tr;

use crate::i18n::{active_language, t};
use crate::models::StaffText;

mod access;
mod appointments;
mod consents;
mod correction;
mod data;
mod plan;
mod referrals;
mod shell;
mod sign_in;

pub use access::PortalAccessPage;
pub use appointments::PortalAppointmentsPage;
pub use consents::PortalConsentsPage;
pub use correction::PortalCorrectionPage;
pub use data::PortalDataPage;
pub use plan::PortalPlanPage;
pub use referrals::PortalReferralsPage;
pub use shell::PortalShell;
pub use sign_in::PortalSignInPage;

/// Between items of a list: the Arabic comma in right-to-left languages.
fn list_separator() -> &'static str {
    match crate::i18n::find(active_language()) {
        Some(language) if language.rtl => "، ",
        _ => ", ",
    }
}

/// Staff free text: the translation into the interface language if one was entered, else
/// the German original marked as written in German by the case manager.
#[component]
fn Written(text: StaffText) -> impl IntoView {
    move || {
        let language = active_language();
        if let Some(translated) = text.translation(language) {
            return view! { <span dir="auto">{translated.to_owned()}</span> }.into_any();
        }
        if language == "de" || language == "de-leicht" {
            return view! { <span dir="auto">{text.original.clone()}</span> }.into_any();
        }
        view! {
            <span class="written-in-german">
                <small>{t("portal-written-in-german")}</small> " "
                <q lang="de" dir="ltr">{text.original.clone()}</q>
            </span>
        }
        .into_any()
    }
}

/// "Read aloud": the page's main text through the device's speech synthesis, in the
/// interface language, where the device has a voice for it.
#[component]
fn ReadAloud() -> impl IntoView {
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        available.set(
            web_sys::window()
                .and_then(|w| w.speech_synthesis().ok())
                .is_some(),
        );
    });
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(window) = web_sys::window() else {
                return;
            };
            let Ok(synth) = window.speech_synthesis() else {
                return;
            };
            if speaking.get_untracked() {
                synth.cancel();
                speaking.set(false);
                return;
            }
            let language = active_language();
            let primary = language.split('-').next().unwrap_or("de").to_owned();
            let voice = synth
                .get_voices()
                .iter()
                .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                .find(|v| v.lang().to_lowercase().starts_with(&primary));
            let Some(voice) = voice else {
                no_voice.set(true);
                return;
            };
            no_voice.set(false);
            let text = window
                .document()
                .and_then(|d| d.query_selector(".read-aloud-text").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                .map(|e| e.inner_text())
                .unwrap_or_default();
            if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
                utterance.set_lang(&voice.lang());
                utterance.set_voice(Some(&voice));
                synth.speak(&utterance);
                speaking.set(true);
            }
        }
    };
    view! {
        <Show when=move || available.get()>
            <button type="button" class="button-secondary" on:click=on_click aria-pressed=move || speaking.get().to_string()>
                {move || if speaking.get() { t("portal-read-aloud-stop") } else { t("portal-read-aloud") }}
            </button>
        </Show>
        <Show when=move || no_voice.get()>
            <p class="notice" role="status">{move_tr!("portal-read-aloud-no-voice")}</p>
        </Show>
    }
}
