//! Administrators: per organisation, the OpenID Connect provider its staff sign in through
//! (single sign-on), configured, changed or removed. The operator's guide is
//! `docs/sign-in.md`.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_sign_in_providers, RemoveSignInProvider, SaveSignInProvider};
use crate::components::{action_error, done_by_form, FieldError, FormError, Loaded};
use crate::i18n::{page_title, t, t_args};
use crate::models::OrganisationProvider;

#[component]
pub fn SignInProvidersPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_sign_in_providers());
    let save = ServerAction::<SaveSignInProvider>::new();
    let remove = ServerAction::<RemoveSignInProvider>::new();
    let remove_error = action_error(remove);
    let done = done_by_form();
    view! {
        <Title text=page_title("providers-title") />
        <h1>{move_tr!("providers-title")}</h1>
        <p class="lead">{move_tr!("providers-intro")}</p>
        <FormError error=remove_error all=true />
        <div role="status" class="status-region">
            {move || {
                let id = match done.get().as_deref() {
                    Some("provider-saved") => "providers-saved",
                    Some("provider-removed") => "providers-removed",
                    _ => return None,
                };
                Some(view! { <p class="success">{move || t(id)}</p> })
            }}
        </div>
        <Loaded resource=data let:providers>
            <p>
                {move_tr!("providers-return-address")} " "
                <code dir="ltr">{providers.return_address.clone()}</code>
            </p>
            {providers.organisations.into_iter().map(|organisation| view! {
                <OrganisationSection organisation save remove />
            }).collect_view()}
        </Loaded>
    }
}

#[component]
fn OrganisationSection(
    organisation: OrganisationProvider,
    save: ServerAction<SaveSignInProvider>,
    remove: ServerAction<RemoveSignInProvider>,
) -> impl IntoView {
    let id = organisation.organisation_id;
    let heading_id = format!("organisation-{id}");
    let field = move |name: &str| format!("provider-{id}-{name}");
    // A refused save says why next to the field (the light bundle keeps it at the form that
    // was sent, and what was typed there).
    let error = action_error(save);
    let provider = organisation.provider.clone();
    let status = match &provider {
        None => t("providers-none"),
        Some(p) if !p.enabled => t("providers-disabled"),
        Some(p) => t_args(
            "providers-in-use",
            &[("count", p.bound_accounts.to_string())],
        ),
    };
    let value = |get: fn(&crate::models::ProviderSettings) -> String| {
        provider.as_ref().map(get).unwrap_or_default()
    };
    let issuer = value(|p| p.issuer.clone());
    let client_id = value(|p| p.client_id.clone());
    let claim = provider
        .as_ref()
        .map(|p| p.subject_claim.clone())
        .unwrap_or_else(|| "sub".to_owned());
    let enabled = provider.as_ref().is_none_or(|p| p.enabled);
    let has_secret = provider.is_some();
    let offers_sign_out = provider.as_ref().is_some_and(|p| p.offers_sign_out);
    view! {
        <section class="card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()><bdi>{organisation.organisation_name.clone()}</bdi></h2>
            <p class="status-text">{status}</p>
            {offers_sign_out.then(|| view! { <p class="hint">{move_tr!("providers-offers-sign-out")}</p> })}
            <details open=has_secret>
            <summary>{move_tr!("providers-settings")}</summary>
            <ActionForm action=save attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="organisation_id" value=id />
                <label for=field("issuer")>{move_tr!("providers-issuer")}</label>
                <input id=field("issuer") name="issuer" type="url" dir="ltr" value=issuer
                    placeholder="https://login.stadt.example/realms/lotse"
                    aria-describedby=format!("{} {}", field("issuer-hint"), field("issuer-error")) />
                <p class="hint" id=field("issuer-hint")>{move_tr!("providers-issuer-hint")}</p>
                <FieldError error field="issuer" id=field("issuer-error") />
                <label for=field("client-id")>{move_tr!("providers-client-id")}</label>
                <input id=field("client-id") name="client_id" type="text" dir="ltr" value=client_id
                    autocomplete="off" aria-describedby=field("client-id-error") />
                <FieldError error field="client_id" id=field("client-id-error") />
                <label for=field("secret")>{move_tr!("providers-client-secret")}</label>
                <input id=field("secret") name="client_secret" type="password" dir="ltr"
                    autocomplete="new-password"
                    aria-describedby=format!("{} {}", field("secret-hint"), field("secret-error")) />
                <p class="hint" id=field("secret-hint")>
                    {move || t(if has_secret { "providers-client-secret-keep" } else { "providers-client-secret-hint" })}
                </p>
                <FieldError error field="client_secret" id=field("secret-error") />
                <label for=field("claim")>{move_tr!("providers-subject-claim")}</label>
                <input id=field("claim") name="subject_claim" type="text" dir="ltr" value=claim
                    aria-describedby=format!("{} {}", field("claim-hint"), field("claim-error")) />
                <p class="hint" id=field("claim-hint")>{move_tr!("providers-subject-claim-hint")}</p>
                <FieldError error field="subject_claim" id=field("claim-error") />
                <label class="checkbox">
                    <input name="enabled" type="checkbox" value="true" checked=enabled />
                    {move_tr!("providers-enabled")}
                </label>
                <button type="submit">{move_tr!("providers-save")}</button>
            </ActionForm>
            </details>
            {has_secret.then(|| view! {
                <ActionForm action=remove attr:class="inline-form">
                    <input type="hidden" name="organisation_id" value=id />
                    <button type="submit" class="button-secondary">{move_tr!("providers-remove")}</button>
                </ActionForm>
            })}
        </section>
    }
}
