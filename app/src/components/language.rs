//! The language switcher: every shipped language, named in its own script. Switching needs
//! no reload; the cookie remembers the choice across visits and sign-in. On light pages (see
//! `crate::light`) it is an island that reloads the page in the chosen language.

use crate::move_tr;
use leptos::prelude::*;
use leptos_fluent::I18n;

#[component]
pub fn LanguageSwitcher(
    /// In the client portal Leichte Sprache (easy-read German) is offered too.
    #[prop(optional)]
    client: bool,
) -> impl IntoView {
    if crate::light::is_light() {
        return view! {
            <LanguageMenu label=crate::i18n::t("language-label") current=crate::i18n::active_language().to_owned() client />
        }
        .into_any();
    }
    let i18n = expect_context::<I18n>();
    let on_change = move |ev| {
        let id = event_target_value(&ev);
        if let Some(lang) = i18n.languages.iter().find(|l| l.id == id) {
            i18n.language.set(lang);
        }
    };
    view! {
        <div class="language-switcher">
            <label for="language-select">{move_tr!("language-label")}</label>
            <select id="language-select" name="language" on:change=on_change>
                {i18n
                    .languages
                    .iter()
                    .filter(|lang| client || !crate::i18n::is_client_only(lang.id))
                    .map(|lang| {
                        let id = lang.id;
                        view! {
                            <option value=id lang=id selected=move || i18n.language.get().id == id>
                                {lang.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// Sets a cookie for a year (`Secure` over HTTPS).
#[cfg(feature = "hydrate")]
pub fn set_cookie(name: &str, value: &str, path: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let https = window.location().protocol().is_ok_and(|p| p == "https:");
    let secure = if https { "; Secure" } else { "" };
    if let Some(document) = window
        .document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    {
        let _ = document.set_cookie(&format!(
            "{name}={value}; Path={path}; Max-Age=31536000; SameSite=Lax{secure}"
        ));
    }
}

/// The language menu of a light page. Choosing reloads the page in that language; what was
/// typed into its forms is put back after the reload.
#[island]
pub fn LanguageMenu(label: String, current: String, client: bool) -> impl IntoView {
    let on_change = move |ev| {
        let id = event_target_value(&ev);
        #[cfg(feature = "hydrate")]
        if crate::i18n::find(&id).is_some() {
            crate::light::keep_typed();
            set_cookie(crate::i18n::LANGUAGE_COOKIE, &id, "/");
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = id;
    };
    view! {
        <div class="language-switcher">
            <label for="language-select">{label}</label>
            <select id="language-select" name="language" on:change=on_change>
                {crate::i18n::LANGUAGES
                    .iter()
                    .filter(|lang| client || !crate::i18n::is_client_only(lang.id))
                    .map(|lang| view! {
                        <option value=lang.id lang=lang.id selected=lang.id == current>{lang.native_name}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
