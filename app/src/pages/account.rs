//! "Mein Konto": the password, the second factor (an authenticator app, passkeys and
//! recovery codes) and the sessions the user is signed in with.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{
    load_mail_preferences, load_my_sessions, load_second_factor, BeginAppSetup, CancelAppSetup,
    ChangePassword, ConfirmApp, EndMyOtherSessions, EndMySession, RemoveApp, RemovePasskey,
    SaveMailPreferences,
};
use crate::components::{action_error, done_by_form, FieldError, FormError, Loaded};
use crate::i18n::{active_language, format_instant, page_title, t, t_args, Texts};
use crate::models::{
    AccountSession, AppSetup, Delivery, MailPreferences, PasskeyInfo, SecondFactorStatus,
};
use crate::pages::passkeys::{passkey_texts, AddPasskey};

#[component]
pub fn AccountPage() -> impl IntoView {
    let done = done_by_form();
    let second_factor = Resource::new(|| (), |_| load_second_factor());
    let sessions = Resource::new(|| (), |_| load_my_sessions());
    let mail = Resource::new(|| (), |_| load_mail_preferences());
    view! {
        <Title text=page_title("account-title") />
        <h1>{move_tr!("account-title")}</h1>
        <DoneNotice done />
        <Loaded resource=second_factor let:status>
            {if status.through_provider {
                // Password and second factor are the organisation's provider's business.
                view! { <p class="lead">{move_tr!("account-through-provider")}</p> }.into_any()
            } else {
                view! {
                    <section aria-labelledby="account-password-title">
                        <h2 id="account-password-title">{move_tr!("account-password-title")}</h2>
                        <PasswordForm />
                    </section>
                    <section aria-labelledby="account-second-factor-title">
                        <h2 id="account-second-factor-title">{move_tr!("second-factor-title")}</h2>
                        <SecondFactorPanel status />
                    </section>
                }
                .into_any()
            }}
        </Loaded>
        <Loaded resource=mail let:preferences>
            {(!preferences.kinds.is_empty()).then(|| view! {
                <section aria-labelledby="account-mail-title">
                    <h2 id="account-mail-title">{move_tr!("mail-settings-title")}</h2>
                    <MailSettingsForm preferences />
                </section>
            })}
        </Loaded>
        <section aria-labelledby="account-sessions-title">
            <h2 id="account-sessions-title">{move_tr!("sessions-title")}</h2>
            <Loaded resource=sessions let:list>
                <SessionList list />
            </Loaded>
        </section>
    }
}

/// What a plain form post on this page says it did (`?done=...`).
#[component]
fn DoneNotice(done: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div role="status" class="status-region">
            {move || {
                let id = match done.get().as_deref() {
                    Some("app-set-up") => "second-factor-app-set-up",
                    Some("app-removed") => "second-factor-app-removed",
                    Some("app-only-removed") => "second-factor-app-only-removed",
                    Some("passkey-added") => "passkey-added",
                    Some("passkey-removed") => "passkey-removed",
                    Some("session-ended") => "sessions-ended-one",
                    Some("mail-saved") => "mail-settings-saved",
                    Some("sessions-ended") => "sessions-ended-others",
                    _ => return None,
                };
                Some(view! { <p class="success">{move || t(id)}</p> })
            }}
        </div>
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let error = action_error(action);
    // After a plain form post the address says `?done=saved`.
    let by_form = done_by_form();
    let done = move || {
        matches!(action.value().get(), Some(Ok(()))) || by_form.get().as_deref() == Some("saved")
    };
    view! {
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

/// The second factor on "Mein Konto": what is set up, setting up an app (or a new phone),
/// passkeys, recovery codes, removing the app.
#[component]
fn SecondFactorPanel(status: SecondFactorStatus) -> impl IntoView {
    let language = active_language();
    let has_app = status.app_since.is_some();
    let has_factor = status.has_factor();
    let summary = match status.app_since {
        Some(since) => Some(t_args(
            "second-factor-app-since",
            &[("date", format_instant(since, language))],
        )),
        None if !has_factor => Some(t("second-factor-none")),
        None => None,
    };
    let left = status.recovery_codes_left;
    // The app may go while a passkey stays, even where a second factor is required.
    let app_removable = has_app && (!status.required || !status.passkeys.is_empty());
    view! {
        {summary.map(|text| view! { <p>{text}</p> })}
        {status.required.then(|| view! { <p class="hint">{move_tr!("second-factor-required-here")}</p> })}
        <AppSetupForms pending=status.pending.clone() has_app />
        <h3>{move_tr!("passkeys-title")}</h3>
        <p class="hint">{move_tr!("passkeys-intro")}</p>
        <PasskeyList passkeys=status.passkeys.clone() />
        <AddPasskey texts=passkey_texts() address=status.passkey_address.clone() />
        {has_factor.then(|| view! {
            <h3>{move_tr!("recovery-codes-title")}</h3>
            <p class="hint">{move_tr!("recovery-codes-hint")}</p>
            <RecoveryCodes
                left=t_args("recovery-codes-left", &[("count", left.to_string())])
                texts=recovery_texts()
            />
        })}
        {app_removable.then(|| view! { <RemoveAppForm passkeys=!status.passkeys.is_empty() /> })}
    }
}

/// The user's passkeys: name, when added and last used, a button to remove each.
#[component]
fn PasskeyList(passkeys: Vec<PasskeyInfo>) -> impl IntoView {
    let remove = ServerAction::<RemovePasskey>::new();
    let error = action_error(remove);
    let language = active_language();
    if passkeys.is_empty() {
        return view! { <p>{move_tr!("passkeys-none")}</p> }.into_any();
    }
    view! {
        <FormError error all=true />
        <ul class="passkey-list">
            {passkeys.into_iter().map(|passkey| {
                let details = t_args("passkey-details", &[
                    ("added", format_instant(passkey.created_at, language)),
                    ("used", passkey.last_used_at.map_or_else(|| t("passkey-never-used"), |at| format_instant(at, language))),
                ]);
                let label = t_args("passkey-remove-named", &[("name", passkey.name.clone())]);
                view! {
                    <li class="card passkey">
                        <p><strong dir="auto">{passkey.name.clone()}</strong></p>
                        <p>{details}</p>
                        <ActionForm action=remove attr:class="inline-form">
                            <input type="hidden" name="passkey" value=passkey.id.to_string() />
                            <button type="submit" class="button-secondary" aria-label=label>{move_tr!("passkey-remove")}</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Setting up an authenticator app: a button to begin; then the QR code and the secret, and
/// the code from the app to confirm. Shared by "Mein Konto" and the set-up page of a sign-in
/// whose organisation requires a second factor.
#[component]
pub fn AppSetupForms(pending: Option<AppSetup>, has_app: bool) -> impl IntoView {
    let begin = ServerAction::<BeginAppSetup>::new();
    let begin_error = action_error(begin);
    match pending {
        None => view! {
            <ActionForm action=begin attr:class="stacked-form">
                <FormError error=begin_error />
                <button type="submit">
                    {move || t(if has_app { "second-factor-new-phone" } else { "second-factor-begin" })}
                </button>
            </ActionForm>
        }
        .into_any(),
        Some(setup) => view! { <AppSetupSteps setup /> }.into_any(),
    }
}

#[component]
fn AppSetupSteps(setup: AppSetup) -> impl IntoView {
    let confirm = ServerAction::<ConfirmApp>::new();
    let cancel = ServerAction::<CancelAppSetup>::new();
    let error = action_error(confirm);
    view! {
        <ol class="setup-steps">
            <li>
                <p>{move_tr!("second-factor-scan")}</p>
                <div class="qr" role="img" aria-label=move || t("second-factor-qr-label") inner_html=setup.qr_svg.clone()></div>
                <p>{move_tr!("second-factor-type-secret")}</p>
                <p><code dir="ltr" class="totp-secret">{setup.secret_grouped.clone()}</code></p>
            </li>
            <li>
                <ActionForm action=confirm attr:class="stacked-form" attr:novalidate=true>
                    <label for="app-code">{move_tr!("second-factor-app-code")}</label>
                    <input id="app-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        maxlength="7" dir="ltr" aria-describedby="app-code-error" />
                    <FieldError error field="code" id="app-code-error" />
                    <FormError error />
                    <button type="submit">{move_tr!("second-factor-confirm")}</button>
                </ActionForm>
            </li>
        </ol>
        <ActionForm action=cancel attr:class="inline-form">
            <button type="submit" class="button-secondary">{move_tr!("second-factor-cancel")}</button>
        </ActionForm>
    }
}

/// Removing the app: all second factors, or the app alone where passkeys stay.
#[component]
fn RemoveAppForm(passkeys: bool) -> impl IntoView {
    let remove = ServerAction::<RemoveApp>::new();
    let error = action_error(remove);
    let (title, hint) = if passkeys {
        ("second-factor-remove-app", "second-factor-remove-app-hint")
    } else {
        ("second-factor-remove", "second-factor-remove-hint")
    };
    view! {
        <details class="danger-zone">
            <summary>{move || t(title)}</summary>
            <ActionForm action=remove attr:class="stacked-form" attr:novalidate=true>
                <p class="hint">{move || t(hint)}</p>
                <label for="remove-password">{move_tr!("field-current-password")}</label>
                <input id="remove-password" name="current_password" type="password"
                    autocomplete="current-password" dir="ltr" aria-describedby="remove-password-error" />
                <FieldError error field="current_password" id="remove-password-error" />
                <FormError error />
                <button type="submit" class="danger">{move || t(title)}</button>
            </ActionForm>
        </details>
    }
}

/// Messages the recovery codes' island shows.
fn recovery_texts() -> Texts {
    #[cfg(feature = "ssr")]
    {
        Texts::with_prefixes(&["recovery-codes-", "error-"])
    }
    #[cfg(not(feature = "ssr"))]
    Texts::default()
}

/// New recovery codes, shown once: they travel only in the server function's answer (never
/// in an address, never stored readable), so this is an island with a button and a call, as
/// the access letter is. `left` says how many unused codes there are, until new ones replace
/// them. The portal's and the volunteer's bundles leave it out.
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
fn RecoveryCodes(left: String, texts: Texts) -> impl IntoView {
    provide_context(texts);
    let codes = RwSignal::new(None::<Vec<String>>);
    let refused = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let create = move |_| {
        pending.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::new_recovery_codes().await {
                Ok(new) => {
                    refused.set(None);
                    codes.set(Some(new));
                }
                Err(error) => refused.set(Some(crate::components::error_text(&error))),
            }
            pending.set(false);
        });
    };
    view! {
        {move || codes.with(Option::is_none).then(|| view! { <p>{left.clone()}</p> })}
        <button type="button" class="create-recovery-codes" on:click=create disabled=move || pending.get()>
            {t("recovery-codes-create")}
        </button>
        <div role="alert" class="form-error-region">
            {move || refused.get().map(|text| view! { <div class="form-error"><p>{text}</p></div> })}
        </div>
        {move || codes.get().map(|codes| view! {
            <div class="card recovery-codes" role="status">
                <p><strong>{t("recovery-codes-once")}</strong></p>
                <ul class="recovery-code-list">
                    {codes.into_iter().map(|code| view! { <li><code dir="ltr">{code}</code></li> }).collect_view()}
                </ul>
            </div>
        })}
    }
}

/// The user's sessions: browser, since when, last active, how signed in; each other one can
/// be ended, or all others at once.
#[component]
fn SessionList(list: Vec<AccountSession>) -> impl IntoView {
    let end_one = ServerAction::<EndMySession>::new();
    let end_others = ServerAction::<EndMyOtherSessions>::new();
    let error = action_error(end_one);
    let language = active_language();
    let others = list.iter().filter(|s| !s.current).count();
    view! {
        <p class="hint">{move_tr!("sessions-intro")}</p>
        <FormError error all=true />
        <ul class="session-list">
            {list.into_iter().map(|session| {
                let browser = match (session.browser.is_empty(), session.system.is_empty()) {
                    (true, true) => t("sessions-browser-unknown"),
                    (false, true) => session.browser.clone(),
                    (true, false) => session.system.clone(),
                    (false, false) => t_args("sessions-browser-on", &[("browser", session.browser.clone()), ("system", session.system.clone())]),
                };
                let details = t_args("sessions-details", &[
                    ("started", format_instant(session.started_at, language)),
                    ("seen", format_instant(session.last_seen_at, language)),
                ]);
                let method = t(session.signed_in_with.message_id());
                let id = session.id.clone();
                view! {
                    <li class="card session">
                        <p>
                            <strong>{browser}</strong>
                            {session.current.then(|| view! { " " <span class="badge">{move_tr!("sessions-this-one")}</span> })}
                        </p>
                        <p>{details}</p>
                        <p>{method}</p>
                        {(!session.current).then(|| view! {
                            <ActionForm action=end_one attr:class="inline-form">
                                <input type="hidden" name="session" value=id />
                                <button type="submit" class="button-secondary">{move_tr!("sessions-end")}</button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(others > 0).then(|| view! {
            <ActionForm action=end_others attr:class="inline-form">
                <button type="submit">{move_tr!("sessions-end-others")}</button>
            </ActionForm>
        })}
    }
}

/// How I hear of what concerns me: per kind of event at once, in a daily digest or never,
/// and the language of my mails. Mails carry no client data, only a link into Lotse.
#[component]
fn MailSettingsForm(preferences: MailPreferences) -> impl IntoView {
    let action = ServerAction::<SaveMailPreferences>::new();
    let error = action_error(action);
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    let chosen_language = preferences.language.clone();
    view! {
        <p>{t_args("mail-settings-intro", &[("email", preferences.email.clone())])}</p>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            {preferences.kinds.into_iter().map(|(kind, delivery)| {
                let name = kind.as_str().replace('-', "_");
                view! {
                    <fieldset class="choice-row">
                        <legend>{move || t(kind.message_id())}</legend>
                        {Delivery::ALL.iter().map(|option| {
                            let id = format!("mail-{}-{}", kind.as_str(), option.as_str());
                            let label_for = id.clone();
                            view! {
                                <label class="checkbox" for=label_for>
                                    <input type="radio" id=id name=name.clone() value=option.as_str()
                                        checked=*option == delivery />
                                    {move || t(option.message_id())}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
            <label for="mail-language">{move_tr!("mail-settings-language")}</label>
            <select id="mail-language" name="language" aria-describedby="mail-language-error">
                {crate::i18n::LANGUAGES.iter().filter(|l| !crate::i18n::is_client_only(l.id)).map(|l| view! {
                    <option value=l.id selected=l.id == chosen_language lang=l.id>{l.native_name}</option>
                }).collect_view()}
            </select>
            <FieldError error field="language" id="mail-language-error" />
            <FormError error />
            <button type="submit" disabled=move || action.pending().get()>{move_tr!("mail-settings-save")}</button>
        </ActionForm>
        <div role="status" class="status-region">
            {move || saved().then(|| view! { <p class="success">{move_tr!("mail-settings-saved")}</p> })}
        </div>
    }
}
