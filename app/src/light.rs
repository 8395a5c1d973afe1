//! Light pages: the client portal and a volunteer's task list are sent as server-rendered
//! HTML with plain forms, plus a small WASM bundle that makes only their interactive parts
//! ("islands") work: language, large text, read aloud, print; the volunteer's outbox. The
//! rest of the app (staff pages) hydrates the whole page with the full bundle.
//!
//! Why: a client's phone on prepaid data should not download and compile the whole app to
//! read a plan. Every portal action already works as a plain form (see `form_done`), so the
//! portal needs no client-side router or reactive pages; what it needs from script is the
//! device (speech, printing, cookies) and keeping what was typed across a reload. The light
//! bundle carries no Fluent messages at all: islands get their texts, already translated by
//! the server, as props (`crate::i18n::Texts`). So only the active language reaches the
//! browser.
//!
//! The light bundles are the `frontend` crate built with its `light` feature (the portal's,
//! `/pkg/lotse-light.<hash>.{js,wasm}`) and its `tasks` feature (the volunteer's, with the
//! task list, `/pkg/lotse-tasks.<hash>.{js,wasm}`); see `scripts/build-light.sh`.

use leptos::prelude::*;

/// The two light bundles: the client portal's, and the volunteer's (with the task list and
/// its outbox, which the portal does not need).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Portal,
    Tasks,
}

impl Bundle {
    /// The file name stem (`/pkg/<stem>.<hash>.js`) and the hash file's key prefix.
    pub fn stem(self) -> &'static str {
        match self {
            Bundle::Portal => "lotse-light",
            Bundle::Tasks => "lotse-tasks",
        }
    }

    #[cfg(feature = "ssr")]
    fn key(self) -> &'static str {
        match self {
            Bundle::Portal => "light",
            Bundle::Tasks => "tasks",
        }
    }
}

/// Pages served light, and with which bundle: the client portal (its sign-in included) and a
/// volunteer's task list (their start page).
pub fn light_bundle(path: &str, session: &crate::models::SessionInfo) -> Option<Bundle> {
    let volunteer = session
        .user
        .as_ref()
        .is_some_and(|user| user.role == crate::models::Role::Volunteer);
    if path == "/portal" || path.starts_with("/portal/") {
        Some(Bundle::Portal)
    } else if volunteer && path == "/" {
        Some(Bundle::Tasks)
    } else {
        None
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
/// interactive (`data-hydrated`, as the full bundle does). Kept free of `&` and `<`.
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

/// A light bundle's script and WASM addresses: hashed names from the build's hash file
/// (lines `<key>-js` and `<key>-wasm`, written by `scripts/build-light.sh`).
#[cfg(feature = "ssr")]
pub fn light_files(options: &LeptosOptions, bundle: Bundle) -> (String, String) {
    use std::sync::OnceLock;
    static FILES: [OnceLock<(String, String)>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match bundle {
        Bundle::Portal => &FILES[0],
        Bundle::Tasks => &FILES[1],
    };
    slot.get_or_init(|| {
        let (stem, key) = (bundle.stem(), bundle.key());
        match (
            crate::file_hash(options, &format!("{key}-js")),
            crate::file_hash(options, &format!("{key}-wasm")),
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

    /// The fields a person types into (not passwords or PINs, not hidden fields).
    fn typed_fields(root: &Element) -> Vec<Element> {
        let Ok(list) = root.query_selector_all("input[name], textarea[name], select[name]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .filter(|el| match el.dyn_ref::<HtmlInputElement>() {
                Some(input) => !matches!(
                    input.type_().as_str(),
                    "password" | "hidden" | "submit" | "button" | "file" | "checkbox" | "radio"
                ),
                None => true,
            })
            .collect()
    }

    fn value_of(el: &Element) -> Option<String> {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            return Some(input.value());
        }
        if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            return Some(area.value());
        }
        el.dyn_ref::<HtmlSelectElement>().map(|s| s.value())
    }

    fn set_value(el: &Element, value: &str) {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
        }
    }

    fn form_action(el: &Element) -> String {
        el.closest("form")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("action"))
            .unwrap_or_default()
    }

    fn save(root: &Element) {
        let (path, _) = path_and_query();
        let fields = typed_fields(root)
            .iter()
            .filter_map(|el| {
                let value = value_of(el)?;
                let name = el.get_attribute("name")?;
                (!value.is_empty()).then(|| (form_action(el), name, value))
            })
            .collect::<Vec<_>>();
        let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
        if let (Some(storage), Ok(json)) = (storage, serde_json::to_string(&Typed { path, fields }))
        {
            let _ = storage.set_item(KEY, &json);
        }
    }

    /// Keeps what was typed into every form of the page for the next load of this page
    /// (before the page reloads in another language).
    pub fn keep_typed() {
        if let Some(root) = document().and_then(|d| d.document_element()) {
            save(&root);
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
        let accepted = query.contains("done=") && !query.contains("__err=");
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        for el in typed_fields(&root) {
            if accepted && !el.has_attribute("data-keep") {
                continue;
            }
            let (Some(name), action) = (el.get_attribute("name"), form_action(&el)) else {
                continue;
            };
            let kept = typed
                .fields
                .iter()
                .find(|(a, n, _)| *a == action && *n == name);
            if let Some((_, _, value)) = kept {
                let is_select = el.dyn_ref::<HtmlSelectElement>().is_some();
                if is_select || value_of(&el).unwrap_or_default().is_empty() {
                    set_value(&el, value);
                }
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
                save(&form);
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
