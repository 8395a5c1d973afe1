//! Agreeing the plan with the client, and its agreed versions with their comparison.

use crate::move_tr;
use leptos::prelude::*;

use crate::api::{compare_plan, AgreePlan};
use crate::components::{
    action_error, label, reload_on_success, shown_date, CatalogueSelect, Field, FormError,
    LanguagePicker,
};
use crate::i18n::{t, t_args};
use crate::models::catalogue::{self, CustomEntry};
use crate::models::{ChangeKind, PlanVersion};

#[component]
pub(super) fn AgreeForm(case_id: i64) -> impl IntoView {
    let action = ServerAction::<AgreePlan>::new();
    reload_on_success(action);
    let error = action_error(action);
    let f = "agree";
    view! {
        <p class="hint">{move_tr!("plan-agree-hint")}</p>
        <ActionForm action attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=case_id />
            <Field form=f name="agreed_on" label="field-agreed-on" kind="date" error />
            <CatalogueSelect form=f name="agreed_how" label="field-agreed-how" catalogue=catalogue::CONSENT_METHOD error empty=true />
            <LanguagePicker form=f name="interpreter_language" label="field-interpreter-language" error />
            <Field form=f name="review_due" label="field-review-due" kind="date" error />
            <p class="hint">{move_tr!("plan-review-default")}</p>
            <FormError error />
            <button type="submit">{move_tr!("plan-agree")}</button>
        </ActionForm>
    }
}

#[component]
pub(super) fn VersionList(
    case_id: i64,
    versions: Vec<PlanVersion>,
    custom: Vec<CustomEntry>,
) -> impl IntoView {
    // The comparison is a plain GET form on the plan page (`?from=N&to=M`): it changes
    // nothing, and its address can be reloaded and shared with a colleague.
    let query = leptos_router::hooks::use_query_map();
    let wanted = move || {
        query.with(|q| {
            let from = q.get("from")?.trim().parse::<i64>().ok()?;
            Some((from, q.get("to").unwrap_or_default()))
        })
    };
    let (from_chosen, to_chosen) = wanted().unzip();
    let compared = Resource::new(wanted, move |wanted| async move {
        match wanted {
            Some((from, to)) => Some(compare_plan(case_id, from, to).await),
            None => None,
        }
    });
    let error = Signal::derive(move || compared.get().flatten().and_then(Result::err));
    let numbers: Vec<i64> = versions.iter().map(|v| v.number).collect();
    let result = move || compared.get().flatten().and_then(Result::ok);
    view! {
        <ul class="plain-list">
            {versions.into_iter().map(|v| {
                let (on, how, review) = (v.agreed_on.clone(), v.agreed_how.clone(), v.review_due.clone());
                view! {
                    <li>
                        <a href=format!("/cases/{case_id}/plan/print?version={}&lang=de", v.number)>
                            {move || t_args("plan-version", &[("number", v.number.to_string())])}
                        </a> " · "
                        {if v.agreed {
                            view! {
                                {move_tr!("plan-agreed-on")} " " <span dir="ltr">{move || shown_date(&on)}</span>
                                {how.clone().map(|h| view! { " · " {move || label(&[], catalogue::CONSENT_METHOD, &h)} })}
                                {v.interpreter_language.clone().map(|l| view! { " · " <code>{l}</code> })}
                                " · " {move_tr!("field-review-due")} " " <span dir="ltr">{move || shown_date(&review)}</span>
                            }.into_any()
                        } else {
                            view! { {move_tr!("plan-draft")} }.into_any()
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!numbers.is_empty()).then(|| view! {
            <form method="get" action=format!("/cases/{case_id}/plan") class="compare-form">
                <div class="field">
                    <label for="compare-from">{move_tr!("plan-compare-from")}</label>
                    <select id="compare-from" name="from">
                        {numbers.clone().into_iter().map(|n| view! { <option value=n selected=from_chosen == Some(n)>{move || t_args("plan-version", &[("number", n.to_string())])}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-to">{move_tr!("plan-compare-to")}</label>
                    <select id="compare-to" name="to">
                        <option value="">{move_tr!("plan-current")}</option>
                        {numbers.clone().into_iter().map(|n| {
                            let chosen = to_chosen.as_deref() == Some(n.to_string().as_str());
                            view! { <option value=n selected=chosen>{move || t_args("plan-version", &[("number", n.to_string())])}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit">{move_tr!("plan-compare")}</button>
            </form>
        })}
        <div aria-live="polite">
            <Transition fallback=|| ()>
            <FormError error all=true />
            {move || result().map(|diff| {
                let custom = custom.clone();
                if diff.changes.is_empty() {
                    return view! { <p>{move_tr!("plan-no-changes")}</p> }.into_any();
                }
                view! {
                    <ul class="diff">
                        {diff.changes.into_iter().map(|c| {
                            let kind = match c.kind { ChangeKind::Added => "diff-added", ChangeKind::Removed => "diff-removed", ChangeKind::Changed => "diff-changed" };
                            let item = if c.item == "goal" { "diff-goal" } else { "diff-step" };
                            let custom = custom.clone();
                            let title = match c.label_code.clone() {
                                Some((cat, code)) => label(&custom, &cat, &code),
                                None => c.label.clone(),
                            };
                            view! {
                                <li class=kind>
                                    <strong>{move || t(kind)} " · " {move || t(item)}</strong> ": " <bdi>{title}</bdi>
                                    {(!c.fields.is_empty()).then(|| view! {
                                        <ul>
                                            {c.fields.into_iter().map(|(field, old, new)| {
                                                let field_id = field.clone();
                                                let show = move |v: &str| match catalogue::of_field(&field) {
                                                    Some(cat) if !v.is_empty() => label(&[], cat, v),
                                                    _ => v.to_owned(),
                                                };
                                                let (old, new) = (show(&old), show(&new));
                                                view! { <li>{move || t(&field_id)} ": " <del><bdi>{old}</bdi></del> " → " <ins><bdi>{new}</bdi></ins></li> }
                                            }).collect_view()}
                                        </ul>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            </Transition>
        </div>
    }
}
