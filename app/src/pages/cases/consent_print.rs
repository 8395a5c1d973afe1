use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_consent_form;
use crate::components::{label_in, route_id, Loaded, PrintNow};
use crate::i18n::{find, format_date, page_title, t_in};
use crate::models::catalogue;
use crate::models::{locale_for_language, ConsentCategory, ConsentForm};

/// A consent to print and sign: the client's language beside German, one column each.
#[component]
pub fn ConsentPrintPage() -> impl IntoView {
    let id = route_id();
    let data = Resource::new(move || id.get(), load_consent_form);
    view! {
        <Title text=page_title("consent-form-title") />
        <Loaded resource=data let:form>
            {
                let client = locale_for_language(form.client_language.as_deref());
                view! {
                    <div class="no-print print-tools">
                        <a href=format!("/clients/{}", form.consent.client_id)>{move_tr!("consent-form-back")}</a>
                        <PrintNow message="print-now" />
                    </div>
                    <div class="bilingual">
                        {(client != "de").then(|| view! { <PrintedConsent form=form.clone() language=client /> })}
                        <PrintedConsent form language="de" />
                    </div>
                }
            }
        </Loaded>
    }
}

#[component]
fn PrintedConsent(form: ConsentForm, language: &'static str) -> impl IntoView {
    let l = language;
    let rtl = find(l).is_some_and(|x| x.rtl);
    let tr = move |id: &str| t_in(l, id);
    let c = form.consent.clone();
    let date = move |d: &str| format_date(d, l);
    view! {
        <article class="printed-consent" lang=l dir=if rtl { "rtl" } else { "ltr" }>
            <h1>{tr("consent-form-title")}</h1>
            <dl class="facts">
                <dt>{tr("field-name")}</dt><dd><bdi>{form.client_name.clone()}</bdi></dd>
                {(!form.birth_date.is_empty()).then(|| view! {
                    <dt>{tr("field-birth-date")}</dt><dd dir="ltr">{date(&form.birth_date)}</dd>
                })}
                <dt>{tr("consent-form-recipient")}</dt><dd><bdi>{c.organisation.clone()}</bdi></dd>
                <dt>{tr("field-purpose")}</dt><dd>{label_in(l, &[], catalogue::CONSENT_PURPOSE, &c.purpose)}</dd>
                <dt>{tr("consent-form-valid")}</dt>
                <dd dir="ltr">{date(&c.valid_from)} " – " {c.valid_until.as_deref().map(date).unwrap_or_default()}</dd>
            </dl>
            <p>{tr("consent-form-categories-intro")}</p>
            <ul>
                {c.categories.iter().map(|k| view! { <li>{label_in(l, &[], catalogue::CONSENT_CATEGORY, k)}</li> }).collect_view()}
            </ul>
            {c.entrusted_by.clone().map(|by| view! { <p>{tr("field-entrusted-by")} ": " <bdi>{by}</bdi></p> })}
            <p>{tr("consent-form-voluntary")}</p>
            <p>{tr("consent-form-revoke")}</p>
            {c.categories.iter().any(|k| *k == ConsentCategory::Health).then(|| view! { <p>{tr("consent-form-health")}</p> })}
            <p>{tr("consent-form-issued-by")} " " <bdi>{form.issuing_organisation.clone()}</bdi></p>
            <section class="print-signatures">
                <p>{tr("consent-form-place-date")}</p>
                <p>{tr("print-signature-client")}</p>
            </section>
        </article>
    }
}
