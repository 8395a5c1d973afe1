use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::SignIn;
use crate::components::{
    action_error, reload_to, use_session, Brand, DemoMarker, FormError, LanguageSwitcher, SkipLink,
};
use crate::i18n::{page_title, t};

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
        <SkipLink />
        <header class="topbar">
            <Brand />
            <DemoMarker demo />
            <div class="topbar-tools">
                <LanguageSwitcher />
            </div>
        </header>
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
