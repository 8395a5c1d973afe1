use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_second_factor, SignIn, VerifySecondFactor};
use crate::components::{
    action_error, reload_to, use_session, Brand, DemoMarker, FieldError, FormError,
    LanguageSwitcher, Loaded, SignOutButton, SkipLink,
};
use crate::i18n::{page_title, t};
use crate::pages::account::AppSetupForms;

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
    view! {
        <Title text=page_title("sign-in-title") />
        <SignInHeader />
        <main id="main" tabindex="-1" class="sign-in">
            <h1>{move_tr!("sign-in-title")}</h1>
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
            {demo.then(|| view! { <DemoAccounts /> })}
        </main>
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

/// The sign-in's second step: the password was right; a code from the authenticator app or
/// a recovery code finishes it.
#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let action = ServerAction::<VerifySecondFactor>::new();
    let error = action_error(action);
    view! {
        <Title text=page_title("second-factor-sign-in-title") />
        <SignInHeader sign_out=true />
        <main id="main" tabindex="-1" class="sign-in">
            <h1>{move_tr!("second-factor-sign-in-title")}</h1>
            <p>{move_tr!("second-factor-sign-in-intro")}</p>
            <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                <label for="code">{move_tr!("second-factor-code")}</label>
                <input id="code" name="code" type="text" autocomplete="one-time-code" required=true
                    dir="ltr" aria-describedby="code-hint code-error" />
                <p class="hint" id="code-hint">{move_tr!("second-factor-code-hint")}</p>
                <FieldError error field="code" id="code-error" />
                <FormError error />
                <button type="submit">{move_tr!("sign-in-submit")}</button>
            </ActionForm>
        </main>
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
                <AppSetupForms pending=status.pending has_app=false />
            </Loaded>
        </main>
    }
}
