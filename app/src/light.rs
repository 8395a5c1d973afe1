//! Light pages: every page (the client portal, a volunteer's task list, the staff pages) is
//! sent as server-rendered HTML with plain forms, plus a small WASM bundle that makes only its
//! interactive parts ("islands") work: language, large text, read aloud, print, the language
//! picker's suggestions, the referral forms' consent check, the access letter; the volunteer's
//! outbox. No page hydrates the whole app any more.
//!
//! Why: a client's phone on prepaid data should not download and compile the whole app to
//! read a plan, and a case manager on a slow office line should not wait for it either.
//! Every action works as a plain form: a refused one comes back with Leptos's `__err` in the
//! address (the page shows the error where the script would), a saved one with `?done=...`
//! (`form_done`, or `done=saved` from the server's `plain_form_saved`), so these pages need no
//! client-side router or reactive pages; what they need from script is the device (speech,
//! printing, cookies) and keeping what was typed across a reload. The light bundle carries
//! no Fluent messages at all: islands get their texts, already translated by the server, as
//! props (`crate::i18n::Texts`). So only the active language reaches the browser.
//!
//! The light bundles are the `frontend` crate built with its `light` feature (the staff
//! pages', `/pkg/lotse.<hash>.{js,wasm}`, what `cargo leptos build` ships), its `portal`
//! feature (the client portal's, without the staff pages' islands,
//! `/pkg/lotse-portal.<hash>.{js,wasm}`) and its `tasks` feature (the volunteer's, with the
//! task list, `/pkg/lotse-tasks.<hash>.{js,wasm}`); `scripts/build-light.sh` builds the last
//! two.

use leptos::prelude::*;

/// The three light bundles: the staff pages' (`lotse`), the client portal's (without the
/// staff pages' islands, which a client on a phone should not download) and the volunteer's
/// (with the task list and its outbox, which no other page needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Light,
    Portal,
    Tasks,
}

impl Bundle {
    /// The file name stem (`/pkg/<stem>.<hash>.js`).
    pub fn stem(self) -> &'static str {
        match self {
            Bundle::Light => "lotse",
            Bundle::Portal => "lotse-portal",
            Bundle::Tasks => "lotse-tasks",
        }
    }

    /// The hash file's keys of its script and WASM: cargo-leptos writes `js` and `wasm` for the
    /// staff pages' bundle (its library build), `scripts/build-light.sh` the portal's and the
    /// volunteer's.
    #[cfg(feature = "ssr")]
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Bundle::Light => ("js", "wasm"),
            Bundle::Portal => ("portal-js", "portal-wasm"),
            Bundle::Tasks => ("tasks-js", "tasks-wasm"),
        }
    }
}

/// The bundle a page loads: the client portal's pages (and its sign-in) the portal's, a
/// volunteer's task list (their start page) the volunteer's, every other page (the staff
/// pages) the light one.
pub fn light_bundle(path: &str, session: &crate::models::SessionInfo) -> Bundle {
    let volunteer = session
        .user
        .as_ref()
        .is_some_and(|user| user.role == crate::models::Role::Volunteer);
    // A partner without an account, on a link from a mail, needs no staff islands either.
    let portal = path
        .strip_prefix("/portal")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        || path.starts_with(crate::EXTERNAL_PAGES);
    if portal {
        Bundle::Portal
    } else if volunteer && path == "/" {
        Bundle::Tasks
    } else {
        Bundle::Light
    }
}

/// In the context of a light page's render: parts that differ on light pages (the language
/// menu) ask for it.
#[derive(Debug, Clone, Copy)]
pub struct LightPage;

/// Whether the page being rendered is light.
pub fn is_light() -> bool {
    use_context::<LightPage>().is_some()
}

/// Loads the light bundle, hydrates each island on the page, then marks the page as
/// interactive (`data-hydrated`). Kept free of `&` and `<`.
const LOADER: &str = "((js, wasm) => {
  import(js).then(async (mod) => {
    await mod.default({ module_or_path: wasm });
    mod.hydrate();
    for (const el of document.querySelectorAll('leptos-island')) {
      const island = mod[el.dataset.component];
      if (island) { await island(el); }
    }
    document.documentElement.dataset.hydrated = 'true';
  });
})";

/// A bundle's script and WASM addresses: hashed names from the build's hash file.
#[cfg(feature = "ssr")]
pub fn light_files(options: &LeptosOptions, bundle: Bundle) -> (String, String) {
    use std::sync::OnceLock;
    static FILES: [OnceLock<(String, String)>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match bundle {
        Bundle::Light => &FILES[0],
        Bundle::Portal => &FILES[1],
        Bundle::Tasks => &FILES[2],
    };
    slot.get_or_init(|| {
        let (stem, (js_key, wasm_key)) = (bundle.stem(), bundle.keys());
        match (
            crate::file_hash(options, js_key),
            crate::file_hash(options, wasm_key),
        ) {
            (Some(js), Some(wasm)) => (
                format!("/pkg/{stem}.{js}.js"),
                format!("/pkg/{stem}.{wasm}.wasm"),
            ),
            _ => (format!("/pkg/{stem}.js"), format!("/pkg/{stem}.wasm")),
        }
    })
    .clone()
}

/// In a light page's `<head>`, instead of Leptos's hydration scripts: preloads the light
/// bundle and runs [`LOADER`]. The render records no hydration data outside islands.
#[component]
pub fn LightScripts(options: LeptosOptions, bundle: Bundle) -> impl IntoView {
    if let Some(shared) = Owner::current_shared_context() {
        shared.set_is_hydrating(false);
    }
    #[cfg(feature = "ssr")]
    let (js, wasm) = light_files(&options, bundle);
    #[cfg(not(feature = "ssr"))]
    let (js, wasm) = {
        let _ = (options, bundle);
        (String::new(), String::new())
    };
    let nonce = leptos::nonce::use_nonce();
    let start = format!("{LOADER}({js:?}, {wasm:?});");
    view! {
        <link rel="modulepreload" href=js />
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" />
        <script type="module" nonce=nonce>{start}</script>
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{keep_typed, refused_form, start};

/// What runs in the browser on a light page.
#[cfg(feature = "hydrate")]
mod browser {
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

    /// Session storage key of what was typed into the page's forms before it was left.
    const KEY: &str = "lotse-typed";

    /// What was typed on one page: (form action, field name, value) per field.
    #[derive(Serialize, Deserialize)]
    struct Typed {
        path: String,
        fields: Vec<(String, String, String)>,
        /// The form that was sent (its [`form_action`] key), if one was.
        #[serde(default)]
        sent: Option<String>,
        /// How far the page was scrolled: a long page (a plan) comes back where it was.
        #[serde(default)]
        scroll: f64,
    }

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    fn path_and_query() -> (String, String) {
        let location = web_sys::window().map(|w| w.location());
        let path = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let query = location
            .as_ref()
            .and_then(|l| l.search().ok())
            .unwrap_or_default();
        (path, query)
    }

    /// The fields a person fills in (not passwords or PINs, not hidden fields); ticks too.
    fn typed_fields(root: &Element) -> Vec<Element> {
        let Ok(list) = root.query_selector_all("input[name], textarea[name], select[name]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .filter(|el| match el.dyn_ref::<HtmlInputElement>() {
                Some(input) => !matches!(
                    input.type_().as_str(),
                    "password" | "hidden" | "submit" | "button" | "file"
                ),
                None => true,
            })
            .collect()
    }

    /// A checkbox or a radio button: kept as ticked or not, under its name and value.
    fn is_tick(el: &Element) -> bool {
        el.dyn_ref::<HtmlInputElement>()
            .is_some_and(|input| matches!(input.type_().as_str(), "checkbox" | "radio"))
    }

    /// How a field is found again: its name, and a tick's value too.
    fn field_key(el: &Element) -> Option<String> {
        let name = el.get_attribute("name")?;
        Some(if is_tick(el) {
            format!("{name}={}", el.get_attribute("value").unwrap_or_default())
        } else {
            name
        })
    }

    fn value_of(el: &Element) -> Option<String> {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if is_tick(el) {
                return Some(if input.checked() { "on" } else { "" }.to_owned());
            }
            return Some(input.value());
        }
        if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            return Some(area.value());
        }
        el.dyn_ref::<HtmlSelectElement>().map(|s| s.value())
    }

    fn set_value(el: &Element, value: &str) {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if is_tick(el) {
                input.set_checked(value == "on");
                return;
            }
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
        }
    }

    /// Which form of the page a field belongs to: its action and its place among the
    /// page's forms (a plan has an edit form per step, all posting to the same action).
    fn form_action(el: &Element) -> String {
        let Some(form) = el.closest("form").ok().flatten() else {
            return String::new();
        };
        let action = form.get_attribute("action").unwrap_or_default();
        format!("{action}#{}", form_index(&form))
    }

    fn location_has_fragment() -> bool {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .is_some_and(|h| h.len() > 1)
    }

    fn form_index(form: &Element) -> u32 {
        let Some(forms) = document().map(|d| d.forms()) else {
            return 0;
        };
        (0..forms.length())
            .find(|&i| forms.item(i).is_some_and(|f| f.is_same_node(Some(form))))
            .unwrap_or(0)
    }

    /// After a refused post, Leptos renders the error at every form posting to the same
    /// action; only the form that was sent keeps it, and a disclosure (`<details>`) it sits
    /// in is open again, so that the error is seen.
    fn keep_error_on_sent_form(sent: &str) {
        let Some(document) = document() else {
            return;
        };
        let Some((action, _)) = sent.rsplit_once('#') else {
            return;
        };
        let forms = document.forms();
        for i in 0..forms.length() {
            let Some(form) = forms.item(i) else {
                continue;
            };
            if form.get_attribute("action").as_deref() != Some(action) {
                continue;
            }
            if format!("{action}#{i}") == sent {
                let mut at = form.parent_element();
                while let Some(el) = at {
                    if el.tag_name().eq_ignore_ascii_case("details") {
                        let _ = el.set_attribute("open", "");
                    }
                    at = el.parent_element();
                }
                continue;
            }
            // After an edit conflict Leptos gives every form of the kind the version now
            // stored; the forms that were not sent keep the one they were loaded at.
            if let Ok(versions) = form.query_selector_all("input[name=version][data-loaded]") {
                for j in 0..versions.length() {
                    if let Some(input) = versions
                        .item(j)
                        .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                    {
                        if let Some(loaded) = input.get_attribute("data-loaded") {
                            input.set_value(&loaded);
                        }
                    }
                }
            }
            if let Ok(errors) = form.query_selector_all(".field-error, .form-error") {
                for j in 0..errors.length() {
                    if let Some(node) = errors.item(j).and_then(|n| n.dyn_into::<Element>().ok()) {
                        node.remove();
                    }
                }
            }
        }
    }

    fn save(root: &Element, sent: Option<String>) {
        let (path, _) = path_and_query();
        let fields = typed_fields(root)
            .iter()
            .filter_map(|el| {
                let value = value_of(el)?;
                let name = field_key(el)?;
                // Emptied fields count: a refused form comes back as it was sent.
                Some((form_action(el), name, value))
            })
            .collect::<Vec<_>>();
        let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
        if let (Some(storage), Ok(json)) = (
            storage,
            serde_json::to_string(&Typed {
                path,
                fields,
                sent,
                scroll: web_sys::window()
                    .and_then(|w| w.scroll_y().ok())
                    .unwrap_or_default(),
            }),
        ) {
            let _ = storage.set_item(KEY, &json);
        }
    }

    /// Keeps what was typed into every form of the page for the next load of this page
    /// (before the page reloads in another language).
    pub fn keep_typed() {
        if let Some(root) = document().and_then(|d| d.document_element()) {
            save(&root, None);
        }
    }

    /// Puts back what was typed before the page was left, unless the form was accepted
    /// (`?done=` without an error), then forgets it. A field marked `data-keep` (the
    /// portal code while a PIN is chosen) is put back after success too.
    fn restore() {
        let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten())
        else {
            return;
        };
        let Some(typed) = storage
            .get_item(KEY)
            .ok()
            .flatten()
            .and_then(|json| serde_json::from_str::<Typed>(&json).ok())
        else {
            return;
        };
        let _ = storage.remove_item(KEY);
        let (path, query) = path_and_query();
        if typed.path != path {
            return;
        }
        let refused = query.contains("__err=");
        let accepted = query.contains("done=") && !refused;
        if refused {
            if let Some(sent) = &typed.sent {
                keep_error_on_sent_form(sent);
            }
        }
        // Back where the form was (the address has no fragment to say so).
        if typed.scroll > 0.0 && !location_has_fragment() {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, typed.scroll);
            }
        }
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        for el in typed_fields(&root) {
            if accepted && !el.has_attribute("data-keep") {
                continue;
            }
            let (Some(name), action) = (field_key(&el), form_action(&el)) else {
                continue;
            };
            let kept = typed
                .fields
                .iter()
                .find(|(a, n, _)| *a == action && *n == name);
            let Some((_, _, value)) = kept else {
                continue;
            };
            // The refused form comes back exactly as it was sent (a changed or emptied stored
            // value too, its ticks); after a change of language every form comes back with
            // its ticks; elsewhere what was typed fills what is empty.
            let sent_form = refused && typed.sent.as_deref() == Some(action.as_str());
            let is_select = el.dyn_ref::<HtmlSelectElement>().is_some();
            let restore_tick = is_tick(&el) && (sent_form || (typed.sent.is_none() && !accepted));
            if sent_form
                || restore_tick
                || (!is_tick(&el)
                    && !value.is_empty()
                    && (is_select || value_of(&el).unwrap_or_default().is_empty()))
            {
                set_value(&el, value);
            }
        }
    }

    /// Drops the one-time parts of the address (`done`, and Leptos's `__err` and `__path`
    /// after a refused form), so that a reload does not announce the same thing again.
    fn tidy_address() {
        let (path, query) = path_and_query();
        let kept: Vec<&str> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| {
                !pair.is_empty()
                    && !["done", "__err", "__path"]
                        .iter()
                        .any(|k| pair.split('=').next() == Some(*k))
            })
            .collect();
        let address = if kept.is_empty() {
            path
        } else {
            format!("{path}?{}", kept.join("&"))
        };
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{address}{hash}")),
            );
        }
    }

    thread_local! {
        /// The page's query as it arrived, before [`tidy_address`].
        static ARRIVED_WITH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }

    /// A plain form refused before the script had loaded: Leptos's `(__path, __err)` from
    /// the address the page arrived with (islands have no router to read it).
    pub fn refused_form() -> Option<(String, String)> {
        ARRIVED_WITH.with(|query| {
            let query = query.borrow();
            let param = |name: &str| {
                query
                    .trim_start_matches('?')
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
                    .and_then(|v| web_sys::js_sys::decode_uri_component(&v.replace('+', " ")).ok())
                    .map(String::from)
            };
            Some((param("__path")?, param("__err")?))
        })
    }

    /// Runs once on a light page: puts back what was typed, tidies the address, and keeps
    /// what is typed into a form when it is sent (a refused form comes back with it).
    pub fn start() {
        ARRIVED_WITH.with(|query| *query.borrow_mut() = path_and_query().1);
        restore();
        tidy_address();
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            if let Some(form) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let sent = form_action(&form);
                save(&form, Some(sent));
            }
        });
        if let Some(document) = document() {
            let _ = document.add_event_listener_with_callback_and_bool(
                "submit",
                on_submit.as_ref().unchecked_ref(),
                true,
            );
        }
        on_submit.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{CurrentUser, Role, SessionInfo};

    fn session(role: Option<Role>) -> SessionInfo {
        SessionInfo {
            user: role.map(|role| CurrentUser {
                id: 1,
                display_name: "Test".into(),
                email: "test@lotse.example".into(),
                organisation_id: 1,
                organisation_name: "Test".into(),
                role,
            }),
            client: None,
            demo: false,
        }
    }

    #[test]
    fn staff_pages_load_the_light_bundle_the_portal_and_the_volunteers_task_list_their_own() {
        let volunteer = session(Some(Role::Volunteer));
        assert_eq!(light_bundle("/", &volunteer), Bundle::Tasks);
        assert_eq!(light_bundle("/account", &volunteer), Bundle::Light);
        for role in [None, Some(Role::CaseManager), Some(Role::Administrator)] {
            for path in [
                "/",
                "/cases/12/plan",
                "/cases/12/portal",
                "/clients/new",
                "/sign-in",
                "/portals",
            ] {
                assert_eq!(light_bundle(path, &session(role)), Bundle::Light, "{path}");
            }
            for path in ["/portal", "/portal/sign-in", "/portal/access"] {
                assert_eq!(light_bundle(path, &session(role)), Bundle::Portal, "{path}");
            }
        }
    }
}
