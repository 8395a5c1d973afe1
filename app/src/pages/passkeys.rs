//! Passkeys in the browser: adding one (on "Mein Konto", or on the set-up page of a sign-in
//! whose organisation requires a second factor) and signing in with one (the sign-in's second
//! step). Both are islands: the browser's authenticator is reached through
//! `navigator.credentials`, with the options the server sent as JSON
//! (`PublicKeyCredential.parseCreationOptionsFromJSON`) and the answer sent back as JSON
//! (`PublicKeyCredential.toJSON()`), so no encoding is done here. The portal's and the
//! volunteer's bundles leave them out.

use leptos::prelude::*;

use crate::i18n::{t, t_args, Texts};

/// Messages the passkey islands show.
pub fn passkey_texts() -> Texts {
    #[cfg(feature = "ssr")]
    {
        Texts::with_prefixes(&["passkey-", "error-"])
    }
    #[cfg(not(feature = "ssr"))]
    Texts::default()
}

/// Why the browser gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Failure {
    /// No WebAuthn, or none of its JSON helpers (an old browser).
    Unsupported,
    /// The person cancelled, or the time ran out.
    Cancelled,
    /// The authenticator holds a passkey for this account already.
    Known,
    Other,
}

impl Failure {
    fn message_id(self) -> &'static str {
        match self {
            Failure::Unsupported => "passkey-unsupported",
            Failure::Cancelled => "passkey-cancelled",
            Failure::Known => "passkey-known",
            Failure::Other => "error-passkey-failed",
        }
    }
}

/// What an island says: nothing, that the device is asking, or why it did not work.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Progress {
    Idle,
    Waiting,
    Refused(String),
}

/// Where passkeys work, if the page was opened at another address (`127.0.0.1` instead of
/// `localhost`, or an old host name): browsers tie a passkey to one address.
#[component]
fn Elsewhere(address: String, elsewhere: RwSignal<bool>, back_to: &'static str) -> impl IntoView {
    let link = format!("{address}{back_to}");
    move || {
        elsewhere.get().then(|| {
            view! {
                <p class="notice">
                    {t_args("passkey-elsewhere", &[("address", address.clone())])} " "
                    <a href=link.clone() dir="ltr">{t("passkey-elsewhere-link")}</a>
                </p>
            }
        })
    }
}

/// Checks, once hydrated, that the browser can use passkeys here.
fn watch_support(address: &str, elsewhere: RwSignal<bool>, progress: RwSignal<Progress>) {
    #[cfg(feature = "hydrate")]
    {
        let address = address.to_owned();
        Effect::new(move |first: Option<()>| {
            if first.is_none() {
                if !webauthn::supported() {
                    progress.set(Progress::Refused(t(Failure::Unsupported.message_id())));
                } else if webauthn::origin() != address {
                    elsewhere.set(true);
                }
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (address, elsewhere, progress);
}

#[component]
fn ProgressNote(progress: RwSignal<Progress>, #[prop(into)] id: String) -> impl IntoView {
    view! {
        <div role="status" class="status-region">
            {move || (progress.get() == Progress::Waiting).then(|| view! { <p class="hint">{t("passkey-waiting")}</p> })}
        </div>
        <div role="alert" class="form-error-region" id=id>
            {move || match progress.get() {
                Progress::Refused(text) => Some(view! { <div class="form-error"><p>{text}</p></div> }),
                _ => None,
            }}
        </div>
    }
}

/// Asks the device (through `ceremony`), then goes where the server says, or says why not.
fn carry_out(
    progress: RwSignal<Progress>,
    ceremony: impl std::future::Future<Output = Result<String, String>> + 'static,
) {
    progress.set(Progress::Waiting);
    leptos::task::spawn_local(async move {
        match ceremony.await {
            Ok(next) => crate::components::reload_to(&next),
            Err(text) => progress.set(Progress::Refused(text)),
        }
    });
}

fn said(error: crate::error::AppError) -> String {
    crate::components::error_text(&error)
}

/// Adding a passkey: its name, then the device's own dialogue; the server checks the answer.
/// Then the page goes on to "Mein Konto" (a sign-in that waited for its second factor is
/// finished by it).
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
pub fn AddPasskey(texts: Texts, address: String) -> impl IntoView {
    provide_context(texts);
    let name = RwSignal::new(String::new());
    let progress = RwSignal::new(Progress::Idle);
    let elsewhere = RwSignal::new(false);
    watch_support(&address, elsewhere, progress);
    let add = move |_| {
        let name = name.get_untracked();
        // Said at once, without a request (the server says so too).
        if name.trim().is_empty() {
            progress.set(Progress::Refused(t("error-passkey-name-required")));
            return;
        }
        carry_out(progress, async move {
            let options = crate::api::begin_passkey_registration(name.clone())
                .await
                .map_err(said)?;
            let answer = webauthn::create(&options)
                .await
                .map_err(|f| t(f.message_id()))?;
            crate::api::finish_passkey_registration(name, answer)
                .await
                .map_err(said)
        });
    };
    view! {
        <div class="stacked-form passkey-add">
            <Elsewhere address elsewhere back_to="/account" />
            <label for="passkey-name">{t("passkey-name")}</label>
            <input id="passkey-name" type="text" maxlength="60" dir="auto" autocomplete="off"
                aria-describedby="passkey-name-hint passkey-add-error"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <p class="hint" id="passkey-name-hint">{t("passkey-name-hint")}</p>
            <ProgressNote progress id="passkey-add-error" />
            <button type="button" on:click=add disabled=move || progress.get() == Progress::Waiting>
                {t("passkey-add")}
            </button>
        </div>
    }
}

/// The sign-in's second step with a passkey: one button, then the device's own dialogue.
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
pub fn PasskeySignIn(texts: Texts, address: String) -> impl IntoView {
    provide_context(texts);
    let progress = RwSignal::new(Progress::Idle);
    let elsewhere = RwSignal::new(false);
    watch_support(&address, elsewhere, progress);
    let sign_in = move |_| {
        carry_out(progress, async move {
            let options = crate::api::begin_passkey_sign_in().await.map_err(said)?;
            let answer = webauthn::get(&options)
                .await
                .map_err(|f| t(f.message_id()))?;
            crate::api::finish_passkey_sign_in(answer)
                .await
                .map_err(said)
        });
    };
    view! {
        <div class="passkey-sign-in">
            <Elsewhere address elsewhere back_to="/sign-in/second-factor" />
            <ProgressNote progress id="passkey-sign-in-error" />
            <button type="button" on:click=sign_in disabled=move || progress.get() == Progress::Waiting>
                {t("passkey-sign-in")}
            </button>
        </div>
    }
}

/// The browser's WebAuthn API, with the JSON forms of its options and answers.
#[cfg(feature = "hydrate")]
mod webauthn {
    use js_sys::{Function, Object, Reflect, JSON};
    use wasm_bindgen::{JsCast, JsValue};

    use super::Failure;

    fn class() -> Option<JsValue> {
        let window = web_sys::window()?;
        let class = Reflect::get(&window, &"PublicKeyCredential".into()).ok()?;
        (!class.is_undefined()).then_some(class)
    }

    fn method(on: &JsValue, name: &str) -> Option<Function> {
        Reflect::get(on, &name.into())
            .ok()?
            .dyn_into::<Function>()
            .ok()
    }

    /// WebAuthn with its JSON helpers (Chrome and Edge 129, Firefox 119, Safari 18.4).
    pub fn supported() -> bool {
        class().is_some_and(|class| {
            method(&class, "parseCreationOptionsFromJSON").is_some()
                && method(&class, "parseRequestOptionsFromJSON").is_some()
        })
    }

    /// The page's origin (`http://localhost:3000`).
    pub fn origin() -> String {
        web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default()
    }

    fn failure(error: JsValue) -> Failure {
        let name = Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "AbortError" => Failure::Cancelled,
            "InvalidStateError" => Failure::Known,
            "NotSupportedError" => Failure::Unsupported,
            _ => Failure::Other,
        }
    }

    async fn ceremony(options: &str, parse: &str, create: bool) -> Result<String, Failure> {
        let class = class().ok_or(Failure::Unsupported)?;
        let parse = method(&class, parse).ok_or(Failure::Unsupported)?;
        let json = JSON::parse(options).map_err(|_| Failure::Other)?;
        let public_key = parse.call1(&class, &json).map_err(failure)?;
        let request = Object::new();
        Reflect::set(&request, &"publicKey".into(), &public_key).map_err(|_| Failure::Other)?;
        let container = web_sys::window()
            .ok_or(Failure::Unsupported)?
            .navigator()
            .credentials();
        let promise = if create {
            container.create_with_options(request.unchecked_ref())
        } else {
            container.get_with_options(request.unchecked_ref())
        }
        .map_err(failure)?;
        let credential = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(failure)?;
        if credential.is_null() || credential.is_undefined() {
            return Err(Failure::Cancelled);
        }
        let to_json = method(&credential, "toJSON").ok_or(Failure::Unsupported)?;
        let answer = to_json.call0(&credential).map_err(failure)?;
        JSON::stringify(&answer)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or(Failure::Other)
    }

    pub async fn create(options: &str) -> Result<String, Failure> {
        ceremony(options, "parseCreationOptionsFromJSON", true).await
    }

    pub async fn get(options: &str) -> Result<String, Failure> {
        ceremony(options, "parseRequestOptionsFromJSON", false).await
    }
}

/// On the server (and in bundles without islands) nothing is ever asked of an authenticator.
#[cfg(not(feature = "hydrate"))]
mod webauthn {
    use super::Failure;

    pub async fn create(_options: &str) -> Result<String, Failure> {
        Err(Failure::Unsupported)
    }

    pub async fn get(_options: &str) -> Result<String, Failure> {
        Err(Failure::Unsupported)
    }
}
