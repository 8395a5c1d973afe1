//! The portal's interactive parts: the only code of the portal that runs in the browser
//! (see `crate::light`). Each is an island whose texts the server translated; none reads
//! the Fluent context, so the light bundle carries no messages.

use leptos::prelude::*;

use crate::i18n::{active_language, t};

/// The cookie that remembers large text on this device (read by the server, so that the
/// page arrives large, not enlarged after the script has loaded).
pub const LARGE_TEXT_COOKIE: &str = "lotse_large_text";

/// Large text on this device, on and off.
// The volunteer's light bundle leaves the portal's islands out (plain components there).
#[cfg_attr(not(feature = "tasks"), island)]
#[cfg_attr(feature = "tasks", component)]
pub fn LargeTextToggle(label: String, on: bool) -> impl IntoView {
    let large = RwSignal::new(on);
    let toggle = move |_| {
        let on = !large.get_untracked();
        large.set(on);
        #[cfg(feature = "hydrate")]
        {
            crate::components::set_cookie(LARGE_TEXT_COOKIE, if on { "1" } else { "0" }, "/");
            if let Some(portal) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".portal").ok().flatten())
            {
                let _ = portal.class_list().toggle_with_force("large-text", on);
            }
        }
    };
    view! {
        <button type="button" class="button-secondary" aria-pressed=move || large.get().to_string() on:click=toggle>
            {label}
        </button>
    }
}

/// Whether this device asked for large text.
pub fn large_text_wanted() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::server::infra::context::cookie(LARGE_TEXT_COOKIE).as_deref() == Some("1")
    }
    #[cfg(not(feature = "ssr"))]
    false
}

/// Opens the browser's print dialog (the pages have print styles).
// The volunteer's light bundle leaves the portal's islands out (plain components there).
#[cfg_attr(not(feature = "tasks"), island)]
#[cfg_attr(feature = "tasks", component)]
pub fn PrintButton(label: String) -> impl IntoView {
    view! {
        <button type="button" class="button-secondary" on:click=move |_| crate::components::print_page()>{label}</button>
    }
}

/// "Read aloud": the page's main text through the device's speech synthesis, in the
/// interface language, where the device has a voice for it.
#[component]
pub fn ReadAloud() -> impl IntoView {
    view! {
        <ReadAloudButton
            language=active_language().to_owned()
            read=t("portal-read-aloud")
            stop=t("portal-read-aloud-stop")
            no_voice=t("portal-read-aloud-no-voice")
        />
    }
}

// The volunteer's light bundle leaves the portal's islands out (plain components there).
#[cfg_attr(not(feature = "tasks"), island)]
#[cfg_attr(feature = "tasks", component)]
fn ReadAloudButton(
    language: String,
    read: String,
    stop: String,
    no_voice: String,
) -> impl IntoView {
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    let missing_voice = RwSignal::new(false);
    // Stored so that the click handler stays `Copy` in every build.
    let language = StoredValue::new(language);
    #[cfg(not(feature = "hydrate"))]
    let _ = language;
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
            let primary = language.with_value(|l| l.split('-').next().unwrap_or("de").to_owned());
            let voice = synth
                .get_voices()
                .iter()
                .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                .find(|v| v.lang().to_lowercase().starts_with(&primary));
            let Some(voice) = voice else {
                missing_voice.set(true);
                return;
            };
            missing_voice.set(false);
            let text = window
                .document()
                .and_then(|d| d.query_selector_all(".read-aloud-text").ok())
                .map(|list| {
                    (0..list.length())
                        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
                        .map(|e| e.inner_text())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
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
                {
                    let (read, stop) = (read.clone(), stop.clone());
                    move || if speaking.get() { stop.clone() } else { read.clone() }
                }
            </button>
        </Show>
        <Show when=move || missing_voice.get()>
            <p class="notice" role="status">{no_voice.clone()}</p>
        </Show>
    }
}
