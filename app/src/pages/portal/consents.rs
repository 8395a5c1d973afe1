//! My consents.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::list_separator;
use crate::api::{load_portal_consents, PortalRevokeConsent};
use crate::components::{
    action_error, date_text, done_by_form, label, provide_reload, reload_on_success, FormError,
    Loaded,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::PortalConsent;

/// My consents: to whom, for what, which data, until when; revoking asks once more. Every
/// step is a plain form too (asking is `?revoke=<id>`), so revoking works before the WASM has
/// loaded and without JavaScript.
#[component]
pub fn PortalConsentsPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_consents());
    let revoke = ServerAction::<PortalRevokeConsent>::new();
    reload_on_success(revoke);
    let error = action_error(revoke);
    let revoked = RwSignal::new(None::<String>);
    let by_form = done_by_form();
    view! {
        <Title text=page_title("portal-consents-title") />
        <h1>{move_tr!("portal-consents-title")}</h1>
        <p>{move_tr!("portal-consents-intro")}</p>
        {move || revoked.get().filter(|_| matches!(revoke.value().get(), Some(Ok(())))).map(|organisation| view! {
            <p class="notice success" role="status">{t_args("portal-consent-revoked-now", &[("organisation", organisation)])}</p>
        })}
        <FormError error />
        <Loaded resource=data let:list>
            {let consents = list.clone();
            move || {
                let id = by_form.get()?.strip_prefix("revoked-")?.parse::<i64>().ok()?;
                let organisation = consents.iter().find(|c| c.id == id)?.organisation.clone();
                (revoked.get().is_none()).then(|| view! {
                    <p class="notice success" role="status">{t_args("portal-consent-revoked-now", &[("organisation", organisation)])}</p>
                })
            }}
            {list.is_empty().then(|| view! { <p>{move_tr!("portal-consents-none")}</p> })}
            <ul class="plain-list cards">
                {list.into_iter().map(|c| view! { <ConsentItem c revoke revoked /> }).collect_view()}
            </ul>
        </Loaded>
    }
}

#[component]
fn ConsentItem(
    c: PortalConsent,
    revoke: ServerAction<PortalRevokeConsent>,
    revoked: RwSignal<Option<String>>,
) -> impl IntoView {
    let asked = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("revoke"))
        .is_some_and(|id| id == c.id.to_string());
    let confirming = RwSignal::new(asked);
    let active = c.revoked_at.is_none() && !c.expired;
    let purpose = c.purpose.clone();
    let categories = c.categories.clone();
    let organisation = c.organisation.clone();
    let confirm_org = c.organisation.clone();
    let heading_id = format!("consent-{}", c.id);
    let labelled_by = heading_id.clone();
    let until = c.valid_until.clone();
    let state = match (c.revoked_at, c.expired) {
        (Some(at), _) => Some(view! {
            <p class="status revoked">{move || t_args("portal-consent-revoked", &[("date", format_instant(at, active_language()).split(' ').next().unwrap_or_default().to_owned())])}</p>
        }.into_any()),
        (None, true) => Some(view! { <p class="status">{move_tr!("portal-consent-expired")}</p> }.into_any()),
        _ => None,
    };
    view! {
        <li class="card consent" class:inactive=!active aria-labelledby=labelled_by>
            <h2 id=heading_id><bdi>{organisation.clone()}</bdi></h2>
            <dl class="facts">
                <div><dt>{move_tr!("portal-consent-for")}</dt><dd>{move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}</dd></div>
                <div><dt>{move_tr!("portal-consent-data")}</dt>
                    <dd>{move || categories.iter().map(|k| label(&[], catalogue::CONSENT_CATEGORY, k)).collect::<Vec<_>>().join(list_separator())}</dd></div>
                <div><dt>{move_tr!("portal-consent-until")}</dt>
                    <dd>{move || until.as_deref().map(date_text).unwrap_or_else(|| t("portal-consent-open-ended"))}</dd></div>
            </dl>
            {state}
            {active.then(|| view! {
                <Show when=move || !confirming.get()>
                    <form method="get" action=format!("/portal/consents#consent-{}", c.id) class="inline-form">
                        <input type="hidden" name="revoke" value=c.id />
                        <button type="submit" class="big danger"
                            on:click=move |ev| { ev.prevent_default(); confirming.set(true) }>{move_tr!("portal-consent-revoke")}</button>
                    </form>
                </Show>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="group">
                        <p><strong>{
                            let organisation = confirm_org.clone();
                            move || t_args("portal-consent-revoke-confirm", &[("organisation", organisation.clone())])
                        }</strong></p>
                        <ActionForm action=revoke attr:class="inline-form" on:submit={
                            let organisation = organisation.clone();
                            move |_| revoked.set(Some(organisation.clone()))
                        }>
                            <input type="hidden" name="consent_id" value=c.id />
                            <button type="submit" class="big danger">{move_tr!("portal-consent-revoke-yes")}</button>
                        </ActionForm>
                        <form method="get" action="/portal/consents" class="inline-form">
                            <button type="submit" class="big button-secondary"
                                on:click=move |ev| { ev.prevent_default(); confirming.set(false) }>{move_tr!("portal-consent-revoke-no")}</button>
                        </form>
                    </div>
                </Show>
            })}
        </li>
    }
}
