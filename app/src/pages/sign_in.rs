use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{
    load_second_factor, load_second_step, load_sign_in_choices, SignIn, VerifySecondFactor,
};
use crate::components::{
    action_error, reload_to, use_session, Brand, DemoMarker, FieldError, FormError,
    LanguageSwitcher, Loaded, SignOutButton, SkipLink,
};
use crate::error::AppError;
use crate::i18n::{page_title, t, t_args};
use crate::models::SignInProvider;
use crate::pages::account::AppSetupForms;
use crate::pages::passkeys::{passkey_texts, AddPasskey, PasskeySignIn};

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let error = action_error(action);
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            reload_to("/");
        }
    });
    let demo = use_session().demo;
    let choices = Resource::new(|| (), |_| load_sign_in_choices());
    view! {
        <Title text=page_title("sign-in-title") />
        <SignInHeader />
        <main id="main" tabindex="-1" class="sign-in">
            <h1>{move_tr!("sign-in-title")}</h1>
            <ProviderNotice choices />
            <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                <label for="email">{move_tr!("field-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required=true dir="ltr" />
                <label for="password">{move_tr!("field-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required=true dir="ltr" />
                <FormError error />
                <button type="submit" disabled=move || action.pending().get()>
                    {move_tr!("sign-in-submit")}
                </button>
            </ActionForm>
            <ProviderChoices choices />
            {demo.then(|| view! { <DemoAccounts /> })}
        </main>
    }
}

/// What the way back from a provider, or signing out of a session it signed in, has to say
/// (above the form): why the sign-in was refused, or the provider's own sign-out.
#[component]
fn ProviderNotice(choices: Resource<Result<Vec<SignInProvider>, AppError>>) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let refusal = move || {
        query
            .read()
            .get("provider-error")
            .and_then(|code| crate::models::provider_refusal_message(&code))
    };
    let signed_out = move || {
        query
            .read()
            .get("signed-out")
            .and_then(|id| id.parse::<i64>().ok())
    };
    view! {
        {move || refusal().map(|id| view! {
            <p class="form-error" role="alert">{move || t(id)}</p>
        })}
        <Loaded resource=choices let:choices>
            {signed_out()
                .and_then(|id| choices.into_iter().find(|c| c.organisation_id == id))
                .map(|provider| view! { <ProviderSignOut provider /> })}
        </Loaded>
    }
}

/// Sign-in through an organisation's provider (single sign-on): a link per organisation that
/// has one.
#[component]
fn ProviderChoices(choices: Resource<Result<Vec<SignInProvider>, AppError>>) -> impl IntoView {
    view! {
        <Loaded resource=choices let:choices>
            {(!choices.is_empty()).then(|| view! {
                <section class="provider-choices" aria-labelledby="provider-choices-title">
                    <h2 id="provider-choices-title">{move_tr!("sign-in-provider-title")}</h2>
                    <ul>
                        {choices.into_iter().map(|choice| {
                            let label = t_args(
                                "sign-in-provider-link",
                                &[("organisation", choice.organisation_name.clone())],
                            );
                            view! {
                                <li>
                                    <a class="provider-link" href=format!("/sign-in/provider/{}", choice.organisation_id)>
                                        {label}
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </Loaded>
    }
}

/// After signing out of a session signed in through a provider: the user may still be signed
/// in there (and in other applications through it).
#[component]
fn ProviderSignOut(provider: SignInProvider) -> impl IntoView {
    let text = t_args(
        "sign-in-provider-signed-out",
        &[("organisation", provider.organisation_name.clone())],
    );
    view! {
        <div role="status" class="status-region">
            <p class="success">{text}</p>
            <p>
                <a href=format!("/sign-in/provider/{}/sign-out", provider.organisation_id)>
                    {move_tr!("sign-in-provider-sign-out")}
                </a>
            </p>
        </div>
    }
}

/// On a demo installation, the accounts to try.
#[component]
fn DemoAccounts() -> impl IntoView {
    const ACCOUNTS: [(&str, &str); 7] = [
        ("admin@lotse.example", "role-administrator"),
        ("fallmanager@lotse.example", "role-case-manager"),
        ("koordination@lotse.example", "role-coordinator"),
        ("jobcenter@lotse.example", "role-partner-staff"),
        ("kurstraeger@lotse.example", "role-partner-staff"),
        ("ehrenamt@lotse.example", "role-volunteer"),
        ("datenschutz@lotse.example", "role-data-protection-officer"),
    ];
    view! {
        <section class="demo-accounts" aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title">{move_tr!("demo-accounts-title")}</h2>
            <p>{move_tr!("demo-accounts-password")} " " <code dir="ltr">"lotse-demo"</code></p>
            <ul>
                {ACCOUNTS.iter().map(|(email, role)| view! {
                    <li><code dir="ltr">{*email}</code> " – " {move || t(role)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The header of the sign-in pages: brand, demo marker, language.
#[component]
fn SignInHeader(#[prop(optional)] sign_out: bool) -> impl IntoView {
    let demo = use_session().demo;
    view! {
        <SkipLink />
        <header class="topbar">
            <Brand />
            <DemoMarker demo />
            <div class="topbar-tools">
                <LanguageSwitcher />
                {sign_out.then(|| view! { <SignOutButton /> })}
            </div>
        </header>
    }
}

/// The sign-in's second step: the password was right; a passkey, a code from the
/// authenticator app or a recovery code finishes it.
#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let step = Resource::new(|| (), |_| load_second_step());
    view! {
        <Title text=page_title("second-factor-sign-in-title") />
        <SignInHeader sign_out=true />
        <main id="main" tabindex="-1" class="sign-in">
            <h1>{move_tr!("second-factor-sign-in-title")}</h1>
            <Loaded resource=step let:step>
                {step.passkeys.then(|| view! {
                    <p>{move_tr!("passkey-sign-in-intro")}</p>
                    <PasskeySignIn texts=passkey_texts() address=step.passkey_address.clone() />
                    <p>{move_tr!("passkey-or-code")}</p>
                })}
                {step.app.then(|| view! { <p>{move_tr!("second-factor-sign-in-intro")}</p> })}
                <CodeForm />
            </Loaded>
        </main>
    }
}

/// A code from the authenticator app, or a recovery code.
#[component]
fn CodeForm() -> impl IntoView {
    let action = ServerAction::<VerifySecondFactor>::new();
    let error = action_error(action);
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <label for="code">{move_tr!("second-factor-code")}</label>
            <input id="code" name="code" type="text" autocomplete="one-time-code" required=true
                dir="ltr" aria-describedby="code-hint code-error" />
            <p class="hint" id="code-hint">{move_tr!("second-factor-code-hint")}</p>
            <FieldError error field="code" id="code-error" />
            <FormError error />
            <button type="submit">{move_tr!("sign-in-submit")}</button>
        </ActionForm>
    }
}

/// A sign-in whose organisation requires a second factor the user has not set up: they set
/// up an authenticator app before they reach any data.
#[component]
pub fn SetUpSecondFactorPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| load_second_factor());
    view! {
        <Title text=page_title("second-factor-set-up-title") />
        <SignInHeader sign_out=true />
        <main id="main" tabindex="-1" class="sign-in">
            <h1>{move_tr!("second-factor-set-up-title")}</h1>
            <p>{move_tr!("second-factor-set-up-intro")}</p>
            <Loaded resource=status let:status>
                <AppSetupForms pending=status.pending.clone() has_app=false />
                <h2>{move_tr!("passkeys-title")}</h2>
                <p>{move_tr!("passkey-set-up-intro")}</p>
                <AddPasskey texts=passkey_texts() address=status.passkey_address.clone() />
            </Loaded>
        </main>
    }
}
