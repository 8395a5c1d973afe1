//! The language switcher: every shipped language, named in its own script. Switching needs
//! no reload; the cookie remembers the choice across visits and sign-in.

use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

#[component]
pub fn LanguageSwitcher(
    /// In the client portal Leichte Sprache (easy-read German) is offered too.
    #[prop(optional)]
    client: bool,
) -> impl IntoView {
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
}
