//! Form pieces the case pages share: labelled fields with their error, catalogue selects
//! that translate themselves, the language picker, free text marked when untranslated, and
//! the page reload after a successful save.

use crate::move_tr;
use leptos::prelude::*;

use super::FieldError;
use crate::api::find_languages;
use crate::error::AppError;
use crate::i18n::{active_language, format_date, t, t_in};
use crate::models::catalogue::{self, CustomEntry};

/// A catalogue entry in the interface language; administrator-added entries without a text
/// in this language show the German text, marked.
pub fn label(custom: &[CustomEntry], catalogue_name: &str, code: &str) -> String {
    label_in(active_language(), custom, catalogue_name, code)
}

/// The same, in a given language (for printing).
pub fn label_in(
    language: &str,
    custom: &[CustomEntry],
    catalogue_name: &str,
    code: &str,
) -> String {
    if catalogue::builtin(catalogue_name).contains(&code) {
        return t_in(language, &catalogue::message_id(catalogue_name, code));
    }
    match custom
        .iter()
        .find(|e| e.catalogue == catalogue_name && e.code == code)
    {
        Some(entry) => {
            let text = entry.text_in(language);
            if text.untranslated {
                format!("{} ({})", text.text, t_in(language, "untranslated-marker"))
            } else {
                text.text
            }
        }
        None => code.to_owned(),
    }
}

/// A page's data reloads when `data` changes; forms bump it after saving. `saved` is whether
/// the latest save of a form on the page succeeded: it shows the page's "Saved." notice, and
/// a refused save clears it, so it never stands next to an error.
#[derive(Debug, Clone, Copy)]
pub struct Reload {
    pub data: RwSignal<u32>,
    pub saved: RwSignal<bool>,
}

pub fn provide_reload() -> RwSignal<u32> {
    // A plain form post that saved comes back to the page as `?done=saved`.
    let saved_by_form = super::done_by_form().get_untracked().as_deref() == Some("saved");
    let reload = Reload {
        data: RwSignal::new(0u32),
        saved: RwSignal::new(saved_by_form),
    };
    provide_context(reload);
    reload.data
}

/// Reloads the page's data whenever `action` succeeds (failures keep the form as typed), and
/// sets the page's "Saved." notice to the outcome.
pub fn reload_on_success<I, O>(action: ServerAction<I>)
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    let reload = use_context::<Reload>();
    Effect::new(move |_| {
        let (Some(result), Some(reload)) = (action.value().get(), reload) else {
            return;
        };
        reload.saved.set(result.is_ok());
        if result.is_ok() {
            reload.data.update(|n| *n += 1);
        }
    });
}

/// A form that adds something is emptied once the addition succeeded (the page's data is
/// re-rendered in place, which would otherwise keep what was typed for the next entry).
pub fn reset_on_success<I, O>(action: ServerAction<I>) -> NodeRef<leptos::html::Form>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            if let Some(form) = form.get_untracked() {
                form.reset();
            }
        }
    });
    form
}

/// The version a form sends: the loaded one, or after an edit conflict the one now stored
/// (so saving again, after checking, is a deliberate overwrite).
pub fn form_version<I, O>(action: ServerAction<I>, loaded: i64) -> Signal<String>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || match action.value().get() {
        Some(Err(AppError::Conflict { version, .. })) => version.to_string(),
        _ => loaded.to_string(),
    })
}

/// A labelled input (or textarea) with its error message. `form` makes ids unique on pages
/// with several forms.
#[component]
pub fn Field(
    #[prop(into)] form: String,
    name: &'static str,
    label: &'static str,
    #[prop(into, optional)] value: String,
    error: Signal<Option<AppError>>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] ltr: bool,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] min: Option<String>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    let control = if multiline {
        view! {
            <TextArea value attr:id=id.clone() attr:name=name attr:rows="3" attr:aria-describedby=error_id.clone() attr:required=required />
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=name type=kind.unwrap_or("text") value=value min=min
                dir=ltr.then_some("ltr") aria-describedby=error_id.clone() required=required />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || t(label)}</label>
            {control}
            <FieldError error field=name id=error_id />
        </div>
    }
}

/// A `<textarea>` holding `value` as the text it starts with. Leptos writes a textarea's
/// children into the server's HTML unescaped (as it does for `<script>`), so stored text
/// like `</textarea><meta ...>` would become markup: every textarea with initial text is
/// this one, its attributes given as `attr:name=...`.
#[component]
pub fn TextArea(#[prop(into)] value: String) -> impl IntoView {
    view! { <textarea>{textarea_text(value)}</textarea> }
}

/// The server escapes the text itself; the HTML parser reads the entities back, and drops
/// one line break right after `<textarea>`, so a text's own first line break gets a spare.
/// Hydration leaves a textarea's children alone; built in the browser they are a text node,
/// which needs no escaping.
#[cfg(feature = "ssr")]
fn textarea_text(value: String) -> String {
    let escaped = value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    if escaped.starts_with(['\n', '\r']) {
        format!("\n{escaped}")
    } else {
        escaped
    }
}

#[cfg(not(feature = "ssr"))]
fn textarea_text(value: String) -> String {
    value
}

/// A select of catalogue entries (built-in codes given, plus administrator-added entries of
/// the same catalogue), translated into the interface language.
#[component]
pub fn CatalogueSelect(
    #[prop(into)] form: String,
    name: &'static str,
    label: &'static str,
    catalogue: &'static str,
    #[prop(optional)] codes: Option<Vec<&'static str>>,
    #[prop(optional)] custom: Vec<CustomEntry>,
    #[prop(default = None, into)] selected: Option<String>,
    error: Signal<Option<AppError>>,
    /// Offer "— please choose —" (an empty value) first.
    #[prop(optional)]
    empty: bool,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    let mut all: Vec<String> = codes
        .unwrap_or_else(|| catalogue::builtin(catalogue))
        .into_iter()
        .map(str::to_owned)
        .collect();
    all.extend(
        custom
            .iter()
            .filter(|e| e.catalogue == catalogue)
            .map(|e| e.code.clone()),
    );
    let options = all
        .into_iter()
        .map(|code| {
            let is_selected = selected.as_deref() == Some(code.as_str());
            let custom = custom.clone();
            let shown = code.clone();
            view! {
                <option value=code selected=is_selected>{move || self::label(&custom, catalogue, &shown)}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(label)}</label>
            <select id=id name=name aria-describedby=error_id.clone()>
                {empty.then(|| view! { <option value="">{move_tr!("choose-option")}</option> })}
                {options}
            </select>
            <FieldError error field=name id=error_id />
        </div>
    }
}

/// Picks any ISO 639-3 language by its German, English or own name: the list of
/// suggestions follows what is typed; the field holds the three-letter code.
#[component]
pub fn LanguagePicker(
    #[prop(into)] form: String,
    name: &'static str,
    label: &'static str,
    #[prop(into, optional)] value: String,
    /// The current value's name, shown under the field.
    #[prop(default = None, into)]
    value_name: Option<String>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let list_id = format!("{id}-list");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    if crate::light::is_light() {
        return view! {
            <div class="field">
                <label for=id.clone()>{t(label)}</label>
                <LanguageInput id name=name.to_owned() value list_id described_by=format!("{hint_id} {error_id}") />
                <p class="hint" id=hint_id>
                    {value_name.map(|n| view! { <bdi>{n}</bdi> " · " })}
                    {t("language-picker-hint")}
                </p>
                <FieldError error field=name id=error_id />
            </div>
        }
        .into_any();
    }
    let typed = RwSignal::new(String::new());
    let suggestions = Resource::new(
        move || typed.get(),
        |text| async move { find_languages(text).await.unwrap_or_default() },
    );
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(label)}</label>
            <input id=id name=name type="text" list=list_id.clone() value=value autocomplete="off" dir="ltr"
                aria-describedby=format!("{hint_id} {error_id}")
                on:input=move |ev| typed.set(event_target_value(&ev)) />
            <datalist id=list_id>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        suggestions.await.into_iter().map(|o| view! {
                            <option value=o.code>{o.label}</option>
                        }).collect_view()
                    })}
                </Transition>
            </datalist>
            <p class="hint" id=hint_id>
                {value_name.map(|n| view! { <bdi>{n}</bdi> " · " })}
                {move_tr!("language-picker-hint")}
            </p>
            <FieldError error field=name id=error_id />
        </div>
    }
    .into_any()
}

/// The language picker's input on a light page: an island that suggests languages as one
/// types (from the server), so its texts come from around it. The volunteer's and the portal's
/// bundles have no language picker and leave it out.
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
fn LanguageInput(
    id: String,
    name: String,
    value: String,
    list_id: String,
    described_by: String,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let suggestions = RwSignal::new(Vec::<crate::models::LanguageOption>::new());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        leptos::task::spawn_local(async move {
            let found = find_languages(text.clone()).await.unwrap_or_default();
            // An older answer arriving late does not replace a newer one.
            if typed.get_untracked() == text {
                suggestions.set(found);
            }
        });
    };
    view! {
        <input id=id name=name type="text" list=list_id.clone() value=value autocomplete="off" dir="ltr"
            aria-describedby=described_by on:input=on_input />
        <datalist id=list_id>
            <For each=move || suggestions.get() key=|o| o.code.clone() let:o>
                <option value=o.code>{o.label}</option>
            </For>
        </datalist>
    }
}

/// Free text written by staff (in German): in another interface language it is shown as
/// written, marked "not translated".
#[component]
pub fn FreeText(#[prop(into)] text: String) -> impl IntoView {
    if text.trim().is_empty() {
        return ().into_any();
    }
    view! {
        <span lang="de" dir="auto">{text}</span>
        {move || (!crate::i18n::is_german(active_language())).then(|| view! {
            " " <small class="untranslated">{move || t("untranslated-marker")}</small>
        })}
    }
    .into_any()
}

/// A stored date (YYYY-MM-DD) in the interface language's order.
pub fn date_text(date: &str) -> String {
    format_date(date, active_language())
}

/// Dates in lists: a stored date, if there is one, in the interface language's order.
pub fn shown_date(date: &Option<String>) -> String {
    date.as_deref().map(date_text).unwrap_or_default()
}

/// A select of named records (organisations, working groups), with an empty first option.
#[component]
pub fn ChoiceSelect(
    #[prop(into)] form: String,
    name: &'static str,
    label: &'static str,
    choices: Vec<crate::models::OrganisationChoice>,
    #[prop(default = None)] selected: Option<i64>,
    error: Signal<Option<crate::error::AppError>>,
    #[prop(default = "choose-option")] empty_id: &'static str,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(label)}</label>
            <select id=id name=name aria-describedby=error_id.clone()>
                <option value="">{move || t(empty_id)}</option>
                {choices.into_iter().map(|c| view! {
                    <option value=c.id selected=selected == Some(c.id)>{c.name}</option>
                }).collect_view()}
            </select>
            <FieldError error field=name.to_string() id=error_id />
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_text_area_on_the_server_holds_stored_markup_as_text() {
        let html =
            view! { <TextArea value="</textarea><h1>x</h1> & \"y\"" attr:name="note" /> }.to_html();
        assert!(
            html.contains(
                "<textarea name=\"note\">&lt;/textarea&gt;&lt;h1&gt;x&lt;/h1&gt; &amp; \"y\"</textarea>"
            ),
            "{html}"
        );
        // The parser drops a line break right after the opening tag: the text's own stays.
        let html = view! { <TextArea value="\nzweite Zeile" /> }.to_html();
        assert!(
            html.contains("<textarea>\n\nzweite Zeile</textarea>"),
            "{html}"
        );
    }

    /// Leptos writes a `<textarea>`'s children unescaped: only `TextArea` may give it any.
    #[test]
    fn no_other_text_area_is_given_initial_text() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut pending = vec![src];
        let mut offenders = Vec::new();
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("components/forms.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (at, _) in text.match_indices("</textarea>") {
                        if !text[..at].ends_with('>') {
                            offenders.push(path.display().to_string());
                        }
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "use TextArea in {offenders:?}");
    }
}
