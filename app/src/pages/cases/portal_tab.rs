//! The case's Portal tab: the client's access to the portal (letter, block) and translations
//! of what the case manager wrote, for the client to read in their language.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_case_portal, SavePortalTranslation, SetPortalBlocked};
use crate::components::{
    action_error, print_page, provide_reload, reload_on_success, route_id, FieldError, FormError,
    Loaded, SavedStatus, TextArea,
};
use crate::i18n::{
    active_language, format_instant, is_client_only, page_title, t, t_args, Texts, LANGUAGES,
};
use crate::models::{CasePortal, PortalAccessState, PortalLetter, TranslatableText};
use crate::pages::cases::overview::CaseHeader;

#[component]
pub fn CasePortalPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let data = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_case_portal(id),
    );
    view! {
        <Title text=page_title("portal-staff-title") />
        <SavedStatus />
        <Loaded resource=data heading="portal-staff-title" let:page>
            <CasePortalView page />
        </Loaded>
    }
}

#[component]
fn CasePortalView(page: CasePortal) -> impl IntoView {
    let CasePortal {
        head,
        access,
        client_language,
        texts,
    } = page;
    let case_id = head.id;
    let block = ServerAction::<SetPortalBlocked>::new();
    reload_on_success(block);
    let block_error = action_error(block);
    let exists = access != PortalAccessState::None;
    let blocked = access == PortalAccessState::Blocked;
    let status = move || match &access {
        PortalAccessState::None => t("portal-staff-none"),
        PortalAccessState::Issued { issued_at } => t_args(
            "portal-staff-issued",
            &[("date", format_instant(*issued_at, active_language()))],
        ),
        PortalAccessState::Active {
            activated_at,
            last_sign_in_at,
        } => {
            let mut text = t_args(
                "portal-staff-active",
                &[("date", format_instant(*activated_at, active_language()))],
            );
            if let Some(at) = last_sign_in_at {
                text.push(' ');
                text.push_str(&t_args(
                    "portal-staff-last-sign-in",
                    &[("date", format_instant(*at, active_language()))],
                ));
            }
            text
        }
        PortalAccessState::Blocked => t("portal-staff-blocked"),
    };
    let letter_texts = letter_texts();
    view! {
        <h1 class="no-print">{move_tr!("portal-staff-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <div class="no-print"><CaseHeader head=head.clone() /></div>
        <section class="card no-print" aria-labelledby="portal-access-title">
            <h2 id="portal-access-title">{move_tr!("portal-staff-title")}</h2>
            <p class="portal-access-state" role="status">{status}</p>
            {exists.then(|| view! {
                <ActionForm action=block attr:class="inline-form">
                    <input type="hidden" name="case_id" value=case_id />
                    <input type="hidden" name="blocked" value=(!blocked).to_string() />
                    <button type="submit" class="button-secondary">
                        {move || if blocked { t("portal-staff-unblock") } else { t("portal-staff-block") }}
                    </button>
                </ActionForm>
            })}
            <FormError error=block_error />
        </section>
        <LetterIssue case_id exists texts=letter_texts />
        <section class="card no-print" aria-labelledby="portal-translations-title">
            <h2 id="portal-translations-title">{move_tr!("portal-staff-translations-title")}</h2>
            <p>{move_tr!("portal-staff-translations-intro")}</p>
            {texts.is_empty().then(|| view! { <p class="muted">{move_tr!("portal-staff-translations-none")}</p> })}
            <ul class="plain-list translations">
                {texts.into_iter().enumerate().map(|(i, text)| view! {
                    <TranslationForm case_id text index=i language=client_language.clone() />
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Messages the letter's island shows (see [`LetterIssue`]).
fn letter_texts() -> Texts {
    #[cfg(feature = "ssr")]
    {
        Texts::with_prefixes(&[
            "portal-staff-letter-",
            "portal-staff-issue",
            "portal-staff-reissue",
            "error-",
        ])
    }
    #[cfg(not(feature = "ssr"))]
    Texts::default()
}

/// Issuing an access letter and showing it, once. The code travels only in the server
/// function's answer (never in an address, never stored readable), so on a light page this
/// is an island that asks for the letter and shows it: a button and a call, not a form, which
/// keeps the form machinery out of the light bundle. The volunteer's and the portal's bundles
/// leave it out.
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
fn LetterIssue(case_id: i64, exists: bool, texts: Texts) -> impl IntoView {
    provide_context(texts);
    let letter = RwSignal::new(None::<PortalLetter>);
    let refused = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let issue = move |_| {
        pending.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::issue_portal_letter(case_id).await {
                Ok(issued) => {
                    refused.set(None);
                    letter.set(Some(issued));
                }
                Err(error) => refused.set(Some(crate::components::error_text(&error))),
            }
            pending.set(false);
        });
    };
    view! {
        <section class="card no-print" aria-label=t("portal-staff-issue")>
            {exists.then(|| view! { <p class="hint">{t("portal-staff-reissue-warning")}</p> })}
            <button type="button" on:click=issue disabled=move || pending.get()>
                {if exists { t("portal-staff-reissue") } else { t("portal-staff-issue") }}
            </button>
            <div role="alert" class="form-error-region">
                {move || refused.get().map(|text| view! { <div class="form-error"><p>{text}</p></div> })}
            </div>
        </section>
        {move || letter.get().map(|letter| view! { <Letter letter /> })}
    }
}

/// The access letter, in the client's language and in German, ready to print. The code is
/// shown only here, right after it was made.
#[component]
fn Letter(letter: PortalLetter) -> impl IntoView {
    let language_name = crate::i18n::find(&letter.language)
        .map(|l| l.native_name)
        .unwrap_or("Deutsch");
    view! {
        <section class="card no-print letter-tools" role="status">
            <p><strong>{t("portal-staff-letter-once")}</strong></p>
            <p>{t_args("portal-staff-letter-language", &[("language", language_name.to_owned())])}</p>
            <button type="button" on:click=|_| print_page()>{t("portal-staff-letter-print")}</button>
        </section>
        <div class="portal-letter">
            {letter.pages.iter().map(|page| view! {
                <article class="letter-page" lang=page.language.clone() dir=if page.rtl { "rtl" } else { "ltr" }>
                    <h2>{page.title.clone()}</h2>
                    <p><bdi>{letter.client_name.clone()}</bdi></p>
                    <p>{page.intro.clone()}</p>
                    <ol>
                        <li>
                            {page.step_address.clone()}
                            <br /><code dir="ltr" class="letter-address">{letter.address.clone()}</code>
                            <div class="qr" role="img" aria-label=page.qr_label.clone() inner_html=letter.qr_svg.clone()></div>
                        </li>
                        <li>
                            {page.step_code.clone()}
                            <br /><code dir="ltr" class="letter-code">{letter.code.clone()}</code>
                        </li>
                        <li>{page.step_pin.clone()}</li>
                    </ol>
                    <p>{page.keep.clone()}</p>
                </article>
            }).collect_view()}
        </div>
    }
}

#[component]
fn TranslationForm(
    case_id: i64,
    text: TranslatableText,
    index: usize,
    language: String,
) -> impl IntoView {
    let action = ServerAction::<SavePortalTranslation>::new();
    reload_on_success(action);
    let error = action_error(action);
    let chosen = if language == "de" {
        "en".to_owned()
    } else {
        language
    };
    let existing = text
        .text
        .translation(&chosen)
        .unwrap_or_default()
        .to_owned();
    let field_id = format!("translation-{index}");
    let error_id = format!("{field_id}-error");
    let language_id = format!("{field_id}-language");
    view! {
        <li>
            <p lang="de" dir="auto"><q>{text.text.original.clone()}</q></p>
            <ActionForm action attr:class="stacked-form">
                <input type="hidden" name="case_id" value=case_id />
                <input type="hidden" name="record" value=text.record.clone() />
                <input type="hidden" name="field" value=text.field.clone() />
                <div class="field">
                    <label for=language_id.clone()>{move_tr!("portal-staff-translation-language")}</label>
                    <select id=language_id name="language">
                        {LANGUAGES.iter().filter(|l| l.id != "de" && !is_client_only(l.id)).map(|l| {
                            view! { <option value=l.id selected=l.id == chosen>{l.native_name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=field_id.clone()>{move_tr!("portal-staff-translations-title")}</label>
                    <TextArea value=existing attr:id=field_id attr:name="translation" attr:rows="2" attr:dir="auto" attr:aria-describedby=error_id.clone() />
                    <FieldError error field="translation" id=error_id />
                </div>
                <FormError error />
                <button type="submit" class="button-secondary">{move_tr!("portal-staff-translation-save")}</button>
            </ActionForm>
        </li>
    }
}
