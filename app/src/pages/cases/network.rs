use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{load_network, RecordShareConsent, RevokeConsent, SendReferral};
use crate::components::{
    action_error, date_text, label, provide_reload, reload_on_success, route_id, CatalogueSelect,
    Field, FormError, LanguagePicker, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t, t_args};
use crate::models::catalogue;
use crate::models::ConsentCategory;
use crate::models::{ConsentRecord, CourseMatch, CourseSearch, NetworkPage};
use crate::pages::cases::overview::CaseHeader;
use crate::pages::inbox::ReferralRows;

/// The partner network of a case: consents, referrals, course search and the referral form.
#[component]
pub fn NetworkPageView() -> impl IntoView {
    let id = route_id();
    let query = use_query_map();
    let reload = provide_reload();
    let params = move || {
        let q = query.read();
        let step = q.get("step").and_then(|s| s.parse::<i64>().ok());
        let childcare = q.get("childcare").map(|v| v == "on");
        let any_type = q.get("any_type").is_some_and(|v| v == "on");
        (step, childcare, any_type)
    };
    let data = Resource::new(
        move || (id.get(), params(), reload.get()),
        |(id, (step, childcare, any_type), _)| load_network(id, step, childcare, any_type),
    );
    view! {
        <Title text=page_title("network-title") />
        <SavedStatus />
        <Loaded resource=data heading="network-title" let:page>
            <NetworkView page />
        </Loaded>
    }
}

/// Categories covered today by active consents to `organisation` for `purpose`.
fn covered(consents: &[ConsentRecord], organisation: i64, purpose: &str) -> Vec<String> {
    consents
        .iter()
        .filter(|c| c.active && c.organisation_id == organisation && c.purpose == purpose)
        .flat_map(|c| c.categories.clone())
        .collect()
}

fn field_name(category: &str) -> String {
    crate::models::category_field(category)
}

#[component]
fn NetworkView(page: NetworkPage) -> impl IntoView {
    let query = use_query_map();
    let q = query.read_untracked();
    let refer_step = q.get("refer");
    let consent_org = q.get("consent_org");
    let consent_purpose = q.get("consent_purpose");
    let consent_cats: Vec<String> = q
        .get("consent_cats")
        .map(|s| s.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    drop(q);
    let NetworkPage {
        head,
        consents,
        referrals,
        steps,
        organisations,
        has_offers,
        courses,
        custom,
        today,
        access_times,
    } = page;
    let case_id = head.id;
    let client_id = head.client_id;
    view! {
        <h1>{move_tr!("network-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <CaseHeader head=head.clone() />
        {courses.map(|search| view! {
            <CourseResults search consents=consents.clone() case_id />
        })}
        <section aria-labelledby="referrals-title" class="card">
            <h2 id="referrals-title">{move_tr!("network-referrals")}</h2>
            {referrals.is_empty().then(|| view! { <p class="muted">{move_tr!("network-no-referrals")}</p> })}
            <ReferralRows referrals />
        </section>
        <section aria-labelledby="refer" class="card" id="refer">
            <h2 id="refer-title">{move_tr!("network-new-referral")}</h2>
            <ReferralForm case_id steps custom=custom.clone() organisations=organisations.clone()
                has_offers consents=consents.clone() selected_step=refer_step />
        </section>
        <section aria-labelledby="consents-title" class="card">
            <h2 id="consents-title">{move_tr!("network-consents")}</h2>
            <ConsentList consents=consents.clone() />
            <ConsentForm client_id organisations today
                organisation=consent_org purpose=consent_purpose categories=consent_cats />
        </section>
        {(!access_times.is_empty()).then(|| view! {
            <section aria-labelledby="times-title" class="card">
                <h2 id="times-title">{move_tr!("network-access-times")}</h2>
                <ul class="plain-list">
                    {access_times.into_iter().map(|(service, access, waiting)| {
                        let days = |d: Option<i64>| d.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
                        let (a, w) = (days(access), days(waiting));
                        view! {
                            <li>{move || label(&[], catalogue::SERVICE, &service)} " · "
                                {move || t_args("network-access-days", &[("days", a.clone())])} " · "
                                {move || t_args("network-waiting-days", &[("days", w.clone())])}</li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

#[component]
fn ConsentList(consents: Vec<ConsentRecord>) -> impl IntoView {
    let action = ServerAction::<RevokeConsent>::new();
    reload_on_success(action);
    let error = action_error(action);
    view! {
        {consents.is_empty().then(|| view! { <p class="muted">{move_tr!("network-no-consents")}</p> })}
        <ul class="plain-list consent-list">
            {consents.into_iter().map(|c| {
                let purpose = c.purpose.clone();
                let from = c.valid_from.clone();
                let until = c.valid_until.clone();
                let state = if c.revoked_at.is_some() { "consent-state-revoked" } else if c.active { "consent-state-active" } else { "consent-state-inactive" };
                view! {
                    <li class:inactive=!c.active>
                        <strong><bdi>{c.organisation.clone()}</bdi></strong> " · "
                        {move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)} " · "
                        {c.categories.clone().into_iter().map(|k| view! { <span class="badge">{move || label(&[], catalogue::CONSENT_CATEGORY, &k)}</span> " " }).collect_view()}
                        <span dir="ltr">{move || date_text(&from)} " – " {let u = until.clone(); move || u.as_deref().map(date_text).unwrap_or_default()}</span>
                        " · " <em>{move || t(state)}</em>
                        {c.revoked_by.clone().map(|by| view! { " (" <bdi>{by}</bdi> ")" })}
                        " · " <a href=format!("/consents/{}/print", c.id)>{move_tr!("consent-print")}</a>
                        {(c.revoked_at.is_none()).then(|| view! {
                            <ActionForm action attr:class="inline-form">
                                <input type="hidden" name="consent_id" value=c.id />
                                <button type="submit" class="button-secondary">{move_tr!("consent-revoke")}</button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <FormError error />
    }
}

/// Records a consent; opened and filled in when a referral form asked for a missing one.
#[component]
fn ConsentForm(
    client_id: i64,
    organisations: Vec<(i64, String)>,
    today: String,
    organisation: Option<String>,
    purpose: Option<String>,
    categories: Vec<String>,
) -> impl IntoView {
    let action = ServerAction::<RecordShareConsent>::new();
    reload_on_success(action);
    let error = action_error(action);
    let f = "share-consent";
    let open = organisation.is_some();
    view! {
        <details open=open id="consent-form">
            <summary>{move_tr!("consent-record-share")}</summary>
            <ActionForm action attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="client_id" value=client_id />
                <OrganisationSelect form=f organisations selected=organisation.clone() error />
                <CatalogueSelect form=f name="purpose" label="field-purpose" catalogue=catalogue::CONSENT_PURPOSE
                    selected=purpose.clone() error empty=true />
                <CategoryBoxes form=f checked=categories chosen=None error />
                <p class="hint">{move_tr!("consent-health-separate")}</p>
                <Field form=f name="entrusted_by" label="field-entrusted-by" error />
                <Field form=f name="valid_from" label="field-valid-from" kind="date" value=today error />
                <Field form=f name="valid_until" label="field-valid-until" kind="date" error />
                <CatalogueSelect form=f name="method" label="field-consent-method" catalogue=catalogue::CONSENT_METHOD error empty=true />
                <LanguagePicker form=f name="interpreter_language" label="field-interpreter-language" error />
                <FormError error />
                <button type="submit">{move_tr!("consent-save")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn OrganisationSelect(
    form: &'static str,
    organisations: Vec<(i64, String)>,
    selected: Option<String>,
    error: Signal<Option<crate::error::AppError>>,
    #[prop(optional)] on_pick: Option<RwSignal<String>>,
) -> impl IntoView {
    let id = format!("{form}-organisation_id");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move_tr!("field-organisation")}</label>
            <select id=id name="organisation_id" aria-describedby=error_id.clone()
                on:change=move |ev| { if let Some(s) = on_pick { s.set(event_target_value(&ev)); } }>
                <option value="">{move_tr!("choose-option")}</option>
                {organisations.into_iter().map(|(id, name)| {
                    let is = selected.as_deref() == Some(id.to_string().as_str());
                    view! { <option value=id selected=is>{name}</option> }
                }).collect_view()}
            </select>
            <crate::components::FieldError error field="organisation_id".to_string() id=error_id />
        </div>
    }
}

/// One checkbox per data category (`cat_<category>`); `chosen` follows the ticks.
#[component]
fn CategoryBoxes(
    #[prop(into)] form: String,
    checked: Vec<String>,
    chosen: Option<RwSignal<Vec<String>>>,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let error_id = format!("{form}-categories-error");
    view! {
        <fieldset class="categories" aria-describedby=error_id.clone()>
            <legend>{move_tr!("field-categories")}</legend>
            {ConsentCategory::ALL.iter().map(|c| {
                let c = c.as_str();
                let code = c.to_owned();
                let is = checked.contains(&code);
                let toggled = code.clone();
                view! {
                    <label class="checkbox">
                        <input type="checkbox" name=field_name(c) value="on" checked=is
                            on:change=move |ev| {
                                if let Some(s) = chosen {
                                    let on = event_target_checked(&ev);
                                    s.update(|v| { v.retain(|x| *x != toggled); if on { v.push(toggled.clone()); } });
                                }
                            } />
                        {move || label(&[], catalogue::CONSENT_CATEGORY, &code)}
                    </label>
                }
            }).collect_view()}
        </fieldset>
        <crate::components::FieldError error field="categories".to_string() id=error_id />
    }
}

/// Which chosen categories lack an active consent, with a link that opens the consent form
/// filled in for them. On a light page it is an island that follows the form's fields
/// (`form_id`); in the full app it follows the form's signals.
#[component]
fn MissingConsent(
    consents: Vec<ConsentRecord>,
    organisation: Signal<String>,
    purpose: Signal<String>,
    chosen: RwSignal<Vec<String>>,
    #[prop(into)] form_id: String,
) -> impl IntoView {
    if crate::light::is_light() {
        let coverage = consents
            .iter()
            .filter(|c| c.active)
            .map(|c| {
                (
                    c.organisation_id.to_string(),
                    c.purpose.clone(),
                    c.categories.clone(),
                )
            })
            .collect();
        let labels = ConsentCategory::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str().to_owned(),
                    label(&[], catalogue::CONSENT_CATEGORY, c.as_str()),
                )
            })
            .collect();
        let mut base = use_query_map().get_untracked();
        for key in ["consent_org", "consent_purpose", "consent_cats", "done"] {
            base.remove(key);
        }
        let base_query = base
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<Vec<_>>();
        return view! {
            <ConsentCheck
                form_id
                coverage
                labels
                organisation=organisation.get_untracked()
                purpose=purpose.get_untracked()
                chosen=chosen.get_untracked()
                base_query
                covered_text=t("referral-consent-covered")
                missing_template=t_args("referral-consent-missing", &[("categories", PLACE.to_owned())])
                link_text=t("referral-record-consent")
            />
        }
        .into_any();
    }
    let _ = form_id;
    (move || {
        let org: i64 = organisation.get().parse().unwrap_or(0);
        let purpose = purpose.get();
        if org == 0 || purpose.is_empty() {
            return ().into_any();
        }
        let have = covered(&consents, org, &purpose);
        let missing: Vec<String> = chosen
            .get()
            .into_iter()
            .filter(|c| !have.contains(c))
            .collect();
        if missing.is_empty() {
            return view! { <p class="hint ok">{move_tr!("referral-consent-covered")}</p> }
                .into_any();
        }
        let names = missing
            .iter()
            .map(|c| label(&[], catalogue::CONSENT_CATEGORY, c))
            .collect::<Vec<_>>()
            .join(", ");
        // Keeps the rest of the address (the course search of a step stays open).
        let mut params = use_query_map().get_untracked();
        params.replace("consent_org", org.to_string());
        params.replace("consent_purpose", purpose.clone());
        params.replace("consent_cats", missing.join(","));
        let href = format!("{}#consent-form", params.to_query_string());
        view! {
            <p class="notice missing-consent">
                {move || t_args("referral-consent-missing", &[("categories", names.clone())])} " "
                <a href=href rel="external">{move_tr!("referral-record-consent")}</a>
            </p>
        }
        .into_any()
    })
    .into_any()
}

/// Where the names of the missing categories go in the translated sentence an island gets.
const PLACE: &str = "\u{E000}";

/// The light page's consent check: the same sentence as [`MissingConsent`], recomputed from
/// the form's fields (organisation, purpose, ticked categories) as they change. Its texts and
/// the client's consents in force come from the server.
// The volunteer's and the portal's light bundles have no consent forms and leave it out.
#[cfg_attr(not(any(feature = "tasks", feature = "portal")), island)]
#[cfg_attr(any(feature = "tasks", feature = "portal"), component)]
#[allow(clippy::too_many_arguments)]
fn ConsentCheck(
    form_id: String,
    /// Active consents: (organisation id, purpose, categories).
    coverage: Vec<(String, String, Vec<String>)>,
    /// Category code and its label in the active language.
    labels: Vec<(String, String)>,
    organisation: String,
    purpose: String,
    chosen: Vec<String>,
    /// The page's address parameters that the link keeps.
    base_query: Vec<(String, String)>,
    covered_text: String,
    missing_template: String,
    link_text: String,
) -> impl IntoView {
    let state = RwSignal::new((organisation, purpose, chosen));
    #[cfg(feature = "hydrate")]
    {
        let form_id = form_id.clone();
        Effect::new(move |first: Option<()>| {
            if first.is_none() {
                browser::follow_form(&form_id, state);
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = form_id;
    move || {
        let (org, purpose, chosen) = state.get();
        if org.is_empty() || purpose.is_empty() {
            return ().into_any();
        }
        let have: Vec<&String> = coverage
            .iter()
            .filter(|(o, p, _)| *o == org && *p == purpose)
            .flat_map(|(_, _, cats)| cats)
            .collect();
        let missing: Vec<String> = chosen.into_iter().filter(|c| !have.contains(&c)).collect();
        if missing.is_empty() {
            return view! { <p class="hint ok">{covered_text.clone()}</p> }.into_any();
        }
        let names = missing
            .iter()
            .map(|c| {
                labels
                    .iter()
                    .find(|(code, _)| code == c)
                    .map_or_else(|| c.clone(), |(_, l)| l.clone())
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut pairs = base_query.clone();
        pairs.push(("consent_org".into(), org));
        pairs.push(("consent_purpose".into(), purpose));
        pairs.push(("consent_cats".into(), missing.join(",")));
        let query = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let href = format!("?{query}#consent-form");
        view! {
            <p class="notice missing-consent">
                {missing_template.replace(PLACE, &names)} " "
                <a href=href rel="external">{link_text.clone()}</a>
            </p>
        }
        .into_any()
    }
}

/// A query value as an address carries it.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

    type State = RwSignal<(String, String, Vec<String>)>;

    fn read(form: &Element) -> (String, String, Vec<String>) {
        let value = |name: &str| {
            let el = form
                .query_selector(&format!("[name={name}]"))
                .ok()
                .flatten();
            el.map(|el| {
                if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                    select.value()
                } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.value()
                } else {
                    String::new()
                }
            })
            .unwrap_or_default()
        };
        let mut chosen = Vec::new();
        if let Ok(boxes) = form.query_selector_all("input[type=checkbox][name^=cat_]") {
            for i in 0..boxes.length() {
                if let Some(input) = boxes
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                {
                    if input.checked() {
                        chosen.push(input.name().trim_start_matches("cat_").replace('_', "-"));
                    }
                }
            }
        }
        (value("organisation_id"), value("purpose"), chosen)
    }

    /// Reads the form now (what was typed may have been put back) and after every change.
    pub fn follow_form(form_id: &str, state: State) {
        let Some(form) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(form_id))
        else {
            return;
        };
        state.set(read(&form));
        let watched = form.clone();
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |_| state.set(read(&watched)));
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
}

#[component]
fn ReferralForm(
    case_id: i64,
    steps: Vec<(i64, String, String, String)>,
    custom: Vec<crate::models::CustomEntry>,
    organisations: Vec<(i64, String)>,
    has_offers: bool,
    consents: Vec<ConsentRecord>,
    selected_step: Option<String>,
) -> impl IntoView {
    let action = ServerAction::<SendReferral>::new();
    reload_on_success(action);
    let error = action_error(action);
    let f = "referral";
    let organisation = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let chosen = RwSignal::new(vec![ConsentCategory::Identity.as_str().to_owned()]);
    view! {
        <ActionForm action attr:class="stacked-form" attr:novalidate=true attr:id="referral-form">
            <input type="hidden" name="case_id" value=case_id />
            <input type="hidden" name="offer_id" value="" />
            <div class="field">
                <label for="referral-step_id">{move_tr!("field-step")}</label>
                <select id="referral-step_id" name="step_id">
                    <option value="">{move_tr!("referral-no-step")}</option>
                    {steps.into_iter().map(|(id, service, detail, _)| {
                        let is = selected_step.as_deref() == Some(id.to_string().as_str());
                        let custom = custom.clone();
                        view! { <option value=id selected=is>{move || label(&custom, catalogue::SERVICE, &service)} " – " {detail.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <OrganisationSelect form=f organisations selected=None error on_pick=organisation />
            <div class="field">
                <label for="referral-purpose">{move_tr!("field-purpose")}</label>
                <select id="referral-purpose" name="purpose" on:change=move |ev| purpose.set(event_target_value(&ev))>
                    <option value="">{move_tr!("choose-option")}</option>
                    {catalogue::CONSENT_PURPOSES.iter().map(|p| view! {
                        <option value=*p>{move || label(&[], catalogue::CONSENT_PURPOSE, p)}</option>
                    }).collect_view()}
                </select>
                <crate::components::FieldError error field="purpose".to_string() id="referral-purpose-error".to_string() />
            </div>
            <Field form=f name="message" label="field-message" error multiline=true />
            <CategoryBoxes form=f checked=vec![ConsentCategory::Identity.as_str().to_owned()] chosen=Some(chosen) error />
            <MissingConsent consents organisation=organisation.into() purpose=purpose.into() chosen form_id="referral-form" />
            <Field form=f name="response_due" label="field-response-due" kind="date" error />
            <p class="hint">{move_tr!("referral-due-hint")}</p>
            <FormError error />
            <button type="submit">{move_tr!("referral-send")}</button>
        </ActionForm>
        {has_offers.then(|| view! {
            <p class="hint">{move_tr!("referral-offers-hint")} " " <a href="/offers">{move_tr!("nav-offers")}</a></p>
        })}
    }
}

/// Matching courses for a language-course step, each with a one-action referral.
#[component]
fn CourseResults(
    search: CourseSearch,
    consents: Vec<ConsentRecord>,
    case_id: i64,
) -> impl IntoView {
    let CourseSearch {
        step_id,
        step_service,
        language_level,
        literacy,
        home_district,
        childcare,
        matches,
        ..
    } = search;
    let toggle = |childcare: bool, any: bool| {
        format!(
            "?step={step_id}&childcare={}&any_type={}#courses",
            if childcare { "on" } else { "off" },
            if any { "on" } else { "off" }
        )
    };
    let any_type = use_query_map()
        .read_untracked()
        .get("any_type")
        .is_some_and(|v| v == "on");
    view! {
        <section aria-labelledby="courses" class="card" id="courses-section">
            <h2 id="courses">{move_tr!("courses-title")} " · " {let s = step_service.clone(); move || label(&[], catalogue::SERVICE, &s)}</h2>
            <p class="criteria">
                {move_tr!("field-language-level")} ": " {let l = language_level.clone(); move || l.as_deref().map(|l| label(&[], catalogue::LANGUAGE_LEVEL, l)).unwrap_or_else(|| "–".into())}
                " · " {move_tr!("field-literacy")} ": " {let l = literacy.clone(); move || l.as_deref().map(|l| label(&[], catalogue::LITERACY, l)).unwrap_or_else(|| "–".into())}
                " · " {move_tr!("field-district")} ": " {let d = home_district.clone(); move || d.as_deref().map(|d| label(&[], catalogue::DISTRICT, d)).unwrap_or_else(|| "–".into())}
            </p>
            <p class="course-filters">
                <a href=toggle(!childcare, any_type) rel="external" aria-pressed=if childcare { "true" } else { "false" }>
                    {move || t(if childcare { "courses-childcare-on" } else { "courses-childcare-off" })}
                </a> " · "
                <a href=toggle(childcare, !any_type) rel="external">
                    {move || t(if any_type { "courses-only-this-type" } else { "courses-any-type" })}
                </a>
            </p>
            {matches.is_empty().then(|| view! { <p class="muted">{move_tr!("courses-none")}</p> })}
            <ol class="course-list">
                {matches.into_iter().map(|m| view! { <CourseItem m consents=consents.clone() case_id step_id /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn CourseItem(
    m: CourseMatch,
    consents: Vec<ConsentRecord>,
    case_id: i64,
    step_id: i64,
) -> impl IntoView {
    let action = ServerAction::<SendReferral>::new();
    reload_on_success(action);
    let error = action_error(action);
    let o = m.offer.clone();
    let f = format!("course-{}", o.id);
    let (form_id, check_form) = (f.clone(), f.clone());
    let chosen = RwSignal::new(vec![
        ConsentCategory::Identity.as_str().to_owned(),
        ConsentCategory::Language.as_str().to_owned(),
    ]);
    let organisation = Signal::derive({
        let id = o.organisation_id.to_string();
        move || id.clone()
    });
    let purpose = Signal::derive(|| "language-course".to_owned());
    let (service, district) = (o.service_type.clone(), o.district.clone());
    let levels = match (&o.entry_level, &o.target_level) {
        (Some(e), Some(t)) => Some((e.clone(), t.clone())),
        _ => None,
    };
    let seats = o.free_seats;
    let default_message = t("courses-default-message");
    view! {
        <li class="card course">
            <h3><bdi>{o.title.clone()}</bdi></h3>
            <p>
                <bdi>{o.organisation.clone()}</bdi> " · " {move || label(&[], catalogue::SERVICE, &service)}
                " · " {move || label(&[], catalogue::DISTRICT, &district)}
                {m.distance.map(|d| view! { " (" {move || t_args("courses-distance", &[("km", d.to_string())])} ")" })}
            </p>
            <p>
                {levels.map(|(e, t2)| view! { <span dir="ltr">{move || label(&[], catalogue::LANGUAGE_LEVEL, &e)} " → " {move || label(&[], catalogue::LANGUAGE_LEVEL, &t2)}</span> " · " })}
                {move || match seats {
                    Some(0) => t("courses-full"),
                    Some(n) => t_args("courses-free-seats", &[("count", n.to_string())]),
                    None => t("courses-seats-unknown"),
                }}
                {o.starts.first().cloned().map(|s| view! { " · " {move_tr!("courses-next-start")} " " <span dir="ltr">{move || date_text(&s)}</span> })}
                {o.childcare.then(|| view! { " · " <span class="badge">{move || t("offers-childcare")}</span> })}
            </p>
            {(!o.schedule.is_empty()).then(|| view! { <p class="muted"><bdi>{o.schedule.clone()}</bdi></p> })}
            <details>
                <summary>{move_tr!("courses-refer")}</summary>
                <ActionForm action attr:class="stacked-form" attr:novalidate=true attr:id=form_id>
                    <input type="hidden" name="case_id" value=case_id />
                    <input type="hidden" name="step_id" value=step_id />
                    <input type="hidden" name="offer_id" value=o.id />
                    <input type="hidden" name="organisation_id" value=o.organisation_id />
                    <input type="hidden" name="purpose" value="language-course" />
                    <input type="hidden" name="response_due" value="" />
                    <Field form=f.clone() name="message" label="field-message" value=default_message error multiline=true />
                    <CategoryBoxes form=f.clone() checked=vec![ConsentCategory::Identity.as_str().to_owned(), ConsentCategory::Language.as_str().to_owned()] chosen=Some(chosen) error />
                    <MissingConsent consents organisation purpose chosen form_id=check_form />
                    <FormError error />
                    <button type="submit">{move_tr!("courses-refer-submit")}</button>
                </ActionForm>
            </details>
        </li>
    }
}
