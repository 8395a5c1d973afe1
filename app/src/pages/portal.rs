//! The client portal: a client's own plan, appointments, referrals and consents, who saw
//! their data, correction requests and their data to download. Mobile first; every text is
//! in the client's language (Leichte Sprache for German), staff free text is marked as
//! written in German unless a translation was entered.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_meta::Title;
use leptos_router::components::Outlet;

use crate::api::{
    load_portal_access_log, load_portal_appointments, load_portal_consents,
    load_portal_corrections, load_portal_plan, load_portal_referrals, PortalMarkStepDone,
    PortalRequestCorrection, PortalRevokeConsent, PortalSignIn, PortalSignOut,
};
use crate::components::{
    action_error, date_text, label, print_page, provide_reload, reload_on_success, reload_to,
    use_session, DemoMarker, FieldError, FormError, LanguageSwitcher, Loaded, SkipLink,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{
    CustomEntry, PortalAppointment, PortalConsent, PortalPlan, PortalReferral, PortalSignInOutcome,
    PortalStep, StaffText, CORRECTION_TOPICS,
};

const LARGE_TEXT_KEY: &str = "lotse-portal-large-text";

fn stored_large_text() -> bool {
    #[cfg(feature = "hydrate")]
    {
        crate::components::local_storage()
            .and_then(|s| s.get_item(LARGE_TEXT_KEY).ok().flatten())
            .is_some_and(|v| v == "1")
    }
    #[cfg(not(feature = "hydrate"))]
    false
}

fn store_large_text(on: bool) {
    #[cfg(feature = "hydrate")]
    if let Some(storage) = crate::components::local_storage() {
        let _ = storage.set_item(LARGE_TEXT_KEY, if on { "1" } else { "0" });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (on, LARGE_TEXT_KEY);
}

/// Between items of a list: the Arabic comma in right-to-left languages.
fn list_separator() -> &'static str {
    match crate::i18n::find(active_language()) {
        Some(language) if language.rtl => "، ",
        _ => ", ",
    }
}

/// The portal's frame: header with language (Leichte Sprache included), large text and
/// sign-out, the sections as large links, and the page.
#[component]
pub fn PortalShell() -> impl IntoView {
    let session = use_session();
    let large = RwSignal::new(false);
    Effect::new(move |_| large.set(stored_large_text()));
    let toggle = move |_| {
        let on = !large.get_untracked();
        large.set(on);
        store_large_text(on);
    };
    let content = match session.client {
        Some(client) => {
            provide_context(client.clone());
            view! {
                <PortalHeader demo=session.demo>
                    <button type="button" class="button-secondary" aria-pressed=move || large.get().to_string() on:click=toggle>
                        {move_tr!("portal-large-text")}
                    </button>
                    <SignOutButton />
                </PortalHeader>
                <PortalNav />
                <main id="main" tabindex="-1" class="portal-main">
                    <Outlet />
                </main>
            }
            .into_any()
        }
        None => view! {
            <PortalHeader demo=session.demo>""</PortalHeader>
            <main id="main" tabindex="-1" class="portal-main">
                <p class="notice">
                    {move_tr!("portal-session-ended")} " "
                    <a href=crate::PORTAL_SIGN_IN>{move_tr!("portal-sign-in-button")}</a>
                </p>
            </main>
        }
        .into_any(),
    };
    view! {
        <div class="portal" class:large-text=move || large.get()>
            <SkipLink />
            {content}
        </div>
    }
}

#[component]
fn PortalHeader(demo: bool, children: Children) -> impl IntoView {
    view! {
        <header class="topbar portal-topbar">
            <a class="brand" href="/portal">
                <span class="brand-name">"Lotse"</span>
                <span class="brand-tagline">{move_tr!("portal-title")}</span>
            </a>
            <DemoMarker demo />
            <div class="topbar-tools">
                <LanguageSwitcher client=true />
                {children()}
            </div>
        </header>
    }
}

#[component]
fn SignOutButton() -> impl IntoView {
    let action = ServerAction::<PortalSignOut>::new();
    Effect::new(move |_| {
        if action.value().get().is_some() {
            reload_to(crate::PORTAL_SIGN_IN);
        }
    });
    view! {
        <ActionForm action attr:class="inline-form">
            <button type="submit" class="button-secondary">{move_tr!("portal-sign-out")}</button>
        </ActionForm>
    }
}

const SECTIONS: &[(&str, &str)] = &[
    ("/portal", "portal-nav-plan"),
    ("/portal/appointments", "portal-nav-appointments"),
    ("/portal/referrals", "portal-nav-referrals"),
    ("/portal/consents", "portal-nav-consents"),
    ("/portal/access", "portal-nav-access"),
    ("/portal/correction", "portal-nav-correction"),
    ("/portal/data", "portal-nav-data"),
];

#[component]
fn PortalNav() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    view! {
        <nav class="portal-nav" aria-label=move || t("portal-nav-label")>
            <ul>
                {SECTIONS.iter().map(|(href, id)| {
                    let current = move || (location.pathname.get() == *href).then_some("page");
                    view! { <li><a href=*href aria-current=current>{move || t(id)}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Signing in with the code from the letter, then (the first time) choosing a PIN.
#[component]
pub fn PortalSignInPage() -> impl IntoView {
    let action = ServerAction::<PortalSignIn>::new();
    let error = action_error(action);
    let choosing = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    Effect::new(move |_| match action.value().get() {
        Some(Ok(PortalSignInOutcome::ChoosePin)) => choosing.set(true),
        Some(Ok(PortalSignInOutcome::SignedIn { .. })) => reload_to("/portal"),
        _ => {}
    });
    let demo = use_session().demo;
    view! {
        <Title text=page_title("portal-sign-in-title") />
        <div class="portal">
            <SkipLink />
            <PortalHeader demo>""</PortalHeader>
            <main id="main" tabindex="-1" class="portal-main sign-in">
                <h1>{move_tr!("portal-sign-in-title")}</h1>
                <p>{move || if choosing.get() { t("portal-choose-pin") } else { t("portal-sign-in-intro") }}</p>
                <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                    <div class="field" class:hidden=move || choosing.get()>
                        <label for="portal-code">{move_tr!("portal-code")}</label>
                        <input id="portal-code" name="code" type="text" autocomplete="username" dir="ltr"
                            autocapitalize="characters" spellcheck="false" aria-describedby="portal-code-hint portal-code-error"
                            prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                        <p class="hint" id="portal-code-hint">{move_tr!("portal-code-hint")}</p>
                        <FieldError error field="code" id="portal-code-error" />
                    </div>
                    <div class="field">
                        <label for="portal-pin">{move_tr!("portal-pin")}</label>
                        <input id="portal-pin" name="pin" type="password" dir="ltr"
                            autocomplete=move || if choosing.get() { "new-password" } else { "current-password" }
                            aria-describedby="portal-pin-hint portal-pin-error" />
                        <p class="hint" id="portal-pin-hint">{move_tr!("portal-pin-hint")}</p>
                        <FieldError error field="pin" id="portal-pin-error" />
                    </div>
                    <Show when=move || choosing.get()>
                        <div class="field">
                            <label for="portal-pin-repeat">{move_tr!("portal-pin-repeat")}</label>
                            <input id="portal-pin-repeat" name="pin_repeat" type="password" dir="ltr"
                                autocomplete="new-password" aria-describedby="portal-pin-repeat-error" />
                            <FieldError error field="pin_repeat" id="portal-pin-repeat-error" />
                        </div>
                    </Show>
                    <FormError error />
                    <button type="submit" class="big" disabled=move || action.pending().get()>
                        {move || if choosing.get() { t("portal-set-pin-button") } else { t("portal-sign-in-button") }}
                    </button>
                </ActionForm>
                {demo.then(|| view! {
                    <section class="demo-accounts">
                        <p><code dir="ltr">"DEMO-AMIRA"</code> " · " <code dir="ltr">"DEMO-REZA"</code> " · "
                           <code dir="ltr">"DEMO-OLENA"</code> " – " {move_tr!("portal-pin")} ": " <code dir="ltr">"246810"</code></p>
                    </section>
                })}
                <p><a href="/sign-in">{move_tr!("portal-staff-link")}</a></p>
            </main>
        </div>
    }
}

/// Staff free text: the translation into the interface language if one was entered, else
/// the German original marked as written in German by the case manager.
#[component]
fn Written(text: StaffText) -> impl IntoView {
    move || {
        let language = active_language();
        if let Some(translated) = text.translation(language) {
            return view! { <span dir="auto">{translated.to_owned()}</span> }.into_any();
        }
        if language == "de" || language == "de-leicht" {
            return view! { <span dir="auto">{text.original.clone()}</span> }.into_any();
        }
        view! {
            <span class="written-in-german">
                <small>{t("portal-written-in-german")}</small> " "
                <q lang="de" dir="ltr">{text.original.clone()}</q>
            </span>
        }
        .into_any()
    }
}

/// "Read aloud": the page's main text through the device's speech synthesis, in the
/// interface language, where the device has a voice for it.
#[component]
fn ReadAloud() -> impl IntoView {
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        available.set(
            web_sys::window()
                .and_then(|w| w.speech_synthesis().ok())
                .is_some(),
        );
    });
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(window) = web_sys::window() else {
                return;
            };
            let Ok(synth) = window.speech_synthesis() else {
                return;
            };
            if speaking.get_untracked() {
                synth.cancel();
                speaking.set(false);
                return;
            }
            let language = active_language();
            let primary = language.split('-').next().unwrap_or("de").to_owned();
            let voice = synth
                .get_voices()
                .iter()
                .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                .find(|v| v.lang().to_lowercase().starts_with(&primary));
            let Some(voice) = voice else {
                no_voice.set(true);
                return;
            };
            no_voice.set(false);
            let text = window
                .document()
                .and_then(|d| d.query_selector(".read-aloud-text").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                .map(|e| e.inner_text())
                .unwrap_or_default();
            if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
                utterance.set_lang(&voice.lang());
                utterance.set_voice(Some(&voice));
                synth.speak(&utterance);
                speaking.set(true);
            }
        }
    };
    view! {
        <Show when=move || available.get()>
            <button type="button" class="button-secondary" on:click=on_click aria-pressed=move || speaking.get().to_string()>
                {move || if speaking.get() { t("portal-read-aloud-stop") } else { t("portal-read-aloud") }}
            </button>
        </Show>
        <Show when=move || no_voice.get()>
            <p class="notice" role="status">{move_tr!("portal-read-aloud-no-voice")}</p>
        </Show>
    }
}

/// My plan: what I have to do next first, then every goal with its steps.
#[component]
pub fn PortalPlanPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_plan());
    // Outside the reloaded view, so that its answer outlives the reload it causes.
    let done = ServerAction::<PortalMarkStepDone>::new();
    reload_on_success(done);
    view! {
        <Title text=page_title("portal-title") />
        <Loaded resource=data heading="portal-title" let:plan>
            <PlanView plan done />
        </Loaded>
    }
}

#[component]
fn PlanView(plan: PortalPlan, done: ServerAction<PortalMarkStepDone>) -> impl IntoView {
    let PortalPlan {
        first_name,
        next,
        goals,
        custom,
    } = plan;
    let error = action_error(done);
    let marked = move || matches!(done.value().get(), Some(Ok(())));
    let has_goals = !goals.is_empty();
    let next_custom = custom.clone();
    view! {
        <div class="read-aloud-text">
            <h1>{move_tr!("portal-title")}</h1>
            <p class="greeting">{move || t_args("portal-greeting", &[("name", first_name.clone())])}</p>
        </div>
        <div class="portal-tools no-print">
            <ReadAloud />
            <button type="button" class="button-secondary" on:click=move |_| print_page()>{move_tr!("portal-print")}</button>
        </div>
        <Show when=marked>
            <p class="notice success" role="status">{move_tr!("portal-marked-done")}</p>
        </Show>
        <FormError error />
        <div class="read-aloud-text">
            <section class="card next-steps" aria-labelledby="next-title">
                <h2 id="next-title">{move_tr!("portal-next")}</h2>
                {next.is_empty().then(|| view! { <p>{move_tr!("portal-next-none")}</p> })}
                <ul class="plain-list steps">
                    {next.into_iter().map(|step| view! { <StepItem step custom=next_custom.clone() done /> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="goals-title">
                <h2 id="goals-title">{move_tr!("portal-goals")}</h2>
                {(!has_goals).then(|| view! { <p>{move_tr!("portal-no-plan")}</p> })}
                {goals.into_iter().map(|goal| {
                    let custom = custom.clone();
                    let (domain, status) = (goal.domain.clone(), goal.status.clone());
                    let domain_custom = custom.clone();
                    let target = goal.target_date.clone();
                    view! {
                        <article class="card goal">
                            <h3>{match goal.wording.clone() {
                                Some(text) => view! { <Written text /> }.into_any(),
                                None => {
                                    let (custom, template, domain) = (custom.clone(), goal.template.clone(), goal.domain.clone());
                                    (move || match &template {
                                        Some(code) => label(&custom, catalogue::GOAL_TEMPLATE, code),
                                        None => label(&custom, catalogue::DOMAIN, &domain),
                                    }).into_any()
                                }
                            }}</h3>
                            <p class="muted">
                                {move || label(&domain_custom, catalogue::DOMAIN, &domain)}
                                {target.map(|d| view! { " · " {move || t_args("portal-goal-until", &[("date", date_text(&d))])} })}
                                " · " {move || label(&[], catalogue::GOAL_STATUS, &status)}
                            </p>
                            <ul class="plain-list steps">
                                {goal.steps.into_iter().map(|step| view! { <StepItem step custom=custom.clone() done /> }).collect_view()}
                            </ul>
                        </article>
                    }
                }).collect_view()}
            </section>
        </div>
    }
}

#[component]
fn StepItem(
    step: PortalStep,
    custom: Vec<CustomEntry>,
    done: ServerAction<PortalMarkStepDone>,
) -> impl IntoView {
    let (service, status, kind) = (
        step.service_type.clone(),
        step.status.clone(),
        step.responsible_kind.clone(),
    );
    let organisation = step.organisation.clone();
    let responsible = move || match kind.as_str() {
        "client" => t("portal-responsible-client"),
        "case-manager" => t("portal-responsible-case-manager"),
        "volunteer" => t("portal-responsible-volunteer"),
        _ => organisation
            .clone()
            .unwrap_or_else(|| t("portal-responsible-organisation")),
    };
    view! {
        <li class="step" class:mine=step.mine>
            <strong>{move || label(&custom, catalogue::SERVICE, &service)}</strong>
            {step.detail.clone().map(|d| view! { <p><Written text=d /></p> })}
            <dl class="facts">
                <div><dt>{move_tr!("portal-step-responsible")}</dt><dd><bdi>{responsible}</bdi></dd></div>
                <div><dt>{move_tr!("portal-step-status")}</dt>
                    <dd>
                        {move || label(&[], catalogue::STEP_STATUS, &status)}
                        {step.due_date.clone().map(|d| view! { " · " {move || t_args("portal-step-due", &[("date", date_text(&d))])} })}
                    </dd>
                </div>
            </dl>
            {step.mine.then(|| view! {
                <ActionForm action=done attr:class="inline-form no-print">
                    <input type="hidden" name="step_id" value=step.id />
                    <button type="submit" class="big">{move_tr!("portal-mark-done")}</button>
                </ActionForm>
            })}
        </li>
    }
}

/// My appointments: where, when, with whom, what to bring, interpreter.
#[component]
pub fn PortalAppointmentsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_portal_appointments());
    view! {
        <Title text=page_title("portal-appointments-title") />
        <div class="read-aloud-text">
            <h1>{move_tr!("portal-appointments-title")}</h1>
        </div>
        <div class="portal-tools no-print"><ReadAloud /></div>
        <Loaded resource=data let:list>
            <div class="read-aloud-text">
                {list.upcoming.is_empty().then(|| view! { <p>{move_tr!("portal-appointments-none")}</p> })}
                <ul class="plain-list cards">
                    {list.upcoming.into_iter().map(|a| view! { <AppointmentItem a /> }).collect_view()}
                </ul>
            </div>
            {(!list.past.is_empty()).then(|| view! {
                <details>
                    <summary>{move_tr!("portal-appointments-past")}</summary>
                    <ul class="plain-list cards">
                        {list.past.into_iter().map(|a| view! { <AppointmentItem a /> }).collect_view()}
                    </ul>
                </details>
            })}
        </Loaded>
    }
}

#[component]
fn AppointmentItem(a: PortalAppointment) -> impl IntoView {
    let on = a.on_date.clone();
    let interpreter = a.interpreter_needed.then(|| {
        if a.interpreter_arranged {
            view! { <p class="ok">{move_tr!("portal-interpreter-arranged")}</p> }.into_any()
        } else {
            view! { <p class="warning-text">{move_tr!("portal-interpreter-not-arranged")}</p> }
                .into_any()
        }
    });
    view! {
        <li class="card appointment">
            <dl class="facts">
                <div><dt>{move_tr!("portal-appointment-when")}</dt>
                    <dd><span dir="ltr">{move || date_text(&on)} " " {a.at_time.clone()}</span></dd></div>
                <div><dt>{move_tr!("portal-appointment-where")}</dt><dd><Written text=a.place.clone() /></dd></div>
                {a.organisation.clone().map(|o| view! {
                    <div><dt>{move_tr!("portal-appointment-with")}</dt><dd><bdi>{o}</bdi></dd></div>
                })}
                {a.bring.clone().map(|b| view! {
                    <div><dt>{move_tr!("portal-appointment-bring")}</dt><dd><Written text=b /></dd></div>
                })}
            </dl>
            {a.note.clone().map(|n| view! { <p><Written text=n /></p> })}
            {interpreter}
        </li>
    }
}

/// My referrals, each as one sentence about where it stands.
#[component]
pub fn PortalReferralsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_portal_referrals());
    view! {
        <Title text=page_title("portal-referrals-title") />
        <h1>{move_tr!("portal-referrals-title")}</h1>
        <Loaded resource=data let:list>
            {list.is_empty().then(|| view! { <p>{move_tr!("portal-referrals-none")}</p> })}
            <ul class="plain-list cards">
                {list.into_iter().map(|r| view! { <ReferralItem r /> }).collect_view()}
            </ul>
        </Loaded>
    }
}

fn referral_sentence(r: &PortalReferral) -> String {
    let organisation = ("organisation", r.organisation.clone());
    match (r.seat.as_deref(), r.status.as_str()) {
        (Some("waitlisted"), "accepted" | "in-progress") => {
            t_args("portal-referral-waitlisted", &[organisation])
        }
        (Some("confirmed"), "accepted") if r.starts_on.is_some() => t_args(
            "portal-referral-seat",
            &[
                organisation,
                (
                    "date",
                    date_text(r.starts_on.as_deref().unwrap_or_default()),
                ),
            ],
        ),
        (_, status) => {
            let id = match status {
                "sent" => "portal-referral-sent",
                "accepted" => "portal-referral-accepted",
                "declined" => "portal-referral-declined",
                "in-progress" => "portal-referral-in-progress",
                "completed" => "portal-referral-completed",
                _ => "portal-referral-withdrawn",
            };
            t_args(id, &[organisation])
        }
    }
}

#[component]
fn ReferralItem(r: PortalReferral) -> impl IntoView {
    let purpose = r.purpose.clone();
    view! {
        <li class="card referral">
            <p class="sentence"><strong>{move || referral_sentence(&r)}</strong></p>
            <p class="muted">{move_tr!("portal-referral-for")} ": " {move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}</p>
        </li>
    }
}

/// My consents: to whom, for what, which data, until when; revoking asks once more.
#[component]
pub fn PortalConsentsPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_consents());
    let revoke = ServerAction::<PortalRevokeConsent>::new();
    reload_on_success(revoke);
    let error = action_error(revoke);
    let revoked = RwSignal::new(None::<String>);
    view! {
        <Title text=page_title("portal-consents-title") />
        <h1>{move_tr!("portal-consents-title")}</h1>
        <p>{move_tr!("portal-consents-intro")}</p>
        {move || revoked.get().filter(|_| matches!(revoke.value().get(), Some(Ok(())))).map(|organisation| view! {
            <p class="notice success" role="status">{t_args("portal-consent-revoked-now", &[("organisation", organisation)])}</p>
        })}
        <FormError error />
        <Loaded resource=data let:list>
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
    let confirming = RwSignal::new(false);
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
                    <button type="button" class="big danger" on:click=move |_| confirming.set(true)>{move_tr!("portal-consent-revoke")}</button>
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
                        <button type="button" class="big button-secondary" on:click=move |_| confirming.set(false)>{move_tr!("portal-consent-revoke-no")}</button>
                    </div>
                </Show>
            })}
        </li>
    }
}

/// Who saw my data, grouped by organisation and day.
#[component]
pub fn PortalAccessPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_portal_access_log());
    view! {
        <Title text=page_title("portal-access-title") />
        <h1>{move_tr!("portal-access-title")}</h1>
        <p>{move_tr!("portal-access-intro")}</p>
        <Loaded resource=data let:list>
            {list.is_empty().then(|| view! { <p>{move_tr!("portal-access-none")}</p> })}
            {list.into_iter().map(|o| {
                let shown = if o.organisation.is_empty() { None } else { Some(o.organisation.clone()) };
                let heading = shown.clone();
                view! {
                    <section class="card access-organisation">
                        <h2><bdi>{move || heading.clone().unwrap_or_else(|| t("portal-access-system"))}</bdi></h2>
                        <ul class="plain-list">
                            {o.days.into_iter().map(|d| {
                                let name = shown.clone();
                                let org = move || name.clone().unwrap_or_else(|| t("portal-access-system"));
                                let sentence = move |id: &'static str, what: &[String]| {
                                    t_args(id, &[
                                        ("organisation", org()),
                                        ("date", date_text(&d.date)),
                                        ("what", what.iter().map(|w| t(w)).collect::<Vec<_>>().join(list_separator())),
                                    ])
                                };
                                let (looked, changed) = (d.looked.clone(), d.changed.clone());
                                let sentence_changed = sentence.clone();
                                view! {
                                    {(!looked.is_empty()).then(|| view! { <li>{move || sentence("portal-access-looked", &looked)}</li> })}
                                    {(!changed.is_empty()).then(|| view! { <li>{move || sentence_changed("portal-access-changed", &changed)}</li> })}
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </Loaded>
    }
}

/// Asking my case manager to correct something.
#[component]
pub fn PortalCorrectionPage() -> impl IntoView {
    let reload = provide_reload();
    let data = Resource::new(move || reload.get(), |_| load_portal_corrections());
    let action = ServerAction::<PortalRequestCorrection>::new();
    reload_on_success(action);
    let error = action_error(action);
    let sent = move || matches!(action.value().get(), Some(Ok(_)));
    let message = RwSignal::new(String::new());
    Effect::new(move |_| {
        if sent() {
            message.set(String::new());
        }
    });
    view! {
        <Title text=page_title("portal-correction-title") />
        <h1>{move_tr!("portal-correction-title")}</h1>
        <p>{move_tr!("portal-correction-intro")}</p>
        <Show when=sent>
            <p class="notice success" role="status">{move_tr!("portal-correction-sent")}</p>
        </Show>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <div class="field">
                <label for="correction-topic">{move_tr!("portal-correction-about")}</label>
                <select id="correction-topic" name="topic">
                    {CORRECTION_TOPICS.iter().map(|topic| view! {
                        <option value=*topic>{move || t(&format!("portal-correction-about-{topic}"))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="correction-message">{move_tr!("portal-correction-message")}</label>
                <textarea id="correction-message" name="message" rows="5" aria-describedby="correction-message-error"
                    prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                <FieldError error field="message" id="correction-message-error" />
            </div>
            <FormError error />
            <button type="submit" class="big" disabled=move || action.pending().get()>{move_tr!("portal-correction-send")}</button>
        </ActionForm>
        <Loaded resource=data let:list>
            {if !list.is_empty() {
                view! {
                    <section class="card" aria-labelledby="corrections-earlier">
                        <h2 id="corrections-earlier">{move_tr!("portal-correction-earlier")}</h2>
                        <ul class="plain-list">
                            {list.into_iter().map(|c| {
                                let topic = c.topic.clone();
                                view! {
                                    <li>
                                        <span dir="ltr">{move || format_instant(c.created_at, active_language())}</span>
                                        " · " {move || t(&format!("portal-correction-about-{topic}"))}
                                        " · " {move || if c.done { t("portal-correction-done") } else { t("portal-correction-open") }}
                                        <p dir="auto">{c.message.clone()}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }.into_any()
            } else {
                ().into_any()
            }}
        </Loaded>
    }
}

/// Download my data.
#[component]
pub fn PortalDataPage() -> impl IntoView {
    view! {
        <Title text=page_title("portal-data-title") />
        <h1>{move_tr!("portal-data-title")}</h1>
        <p>{move_tr!("portal-data-intro")}</p>
        <p><a class="button big" href=crate::PORTAL_EXPORT download="lotse-meine-daten.json" rel="external">{move_tr!("portal-data-download")}</a></p>
        <p><a href="/portal">{move_tr!("portal-print")}</a></p>
    }
}
