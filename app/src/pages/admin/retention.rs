use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_retention_rules, SetRetentionPeriod};
use crate::components::{
    action_error, form_version, provide_reload, reload_on_success, FieldError, FormError, Loaded,
    SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::retention::PeriodUnit;
use crate::models::RetentionRule;

/// A period as text: "3 Jahre", "1 Monat" (each unit's message chooses the plural form).
pub fn period_text(amount: i64, unit: &str) -> String {
    t_args(
        &format!("retention-period-{unit}"),
        &[("count", amount.to_string())],
    )
}

/// Data-protection officers: the deletion concept, one rule per kind of personal data, each
/// with the event its period starts from and the period, which they set here.
#[component]
pub fn RetentionPage() -> impl IntoView {
    let reload = provide_reload();
    let rules = Resource::new(move || reload.get(), |_| load_retention_rules());
    view! {
        <Title text=page_title("retention-title") />
        <h1>{move_tr!("retention-title")}</h1>
        <p class="lead">{move_tr!("retention-intro")}</p>
        <p class="muted">{move_tr!("retention-not-legal-advice")}</p>
        <p>{move_tr!("retention-schedule")}</p>
        <SavedStatus />
        <Loaded resource=rules let:rules>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("retention-title")>
                <table class="data-table retention-table">
                    <caption class="visually-hidden">{move_tr!("retention-title")}</caption>
                    <thead><tr>
                        <th scope="col">{move_tr!("retention-col-kind")}</th>
                        <th scope="col">{move_tr!("retention-col-start")}</th>
                        <th scope="col">{move_tr!("retention-col-period")}</th>
                        <th scope="col">{move_tr!("retention-col-changed")}</th>
                        <th scope="col">{move_tr!("retention-col-run")}</th>
                    </tr></thead>
                    <tbody>
                        {rules.into_iter().map(|rule| view! { <RuleRow rule /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Loaded>
    }
}

#[component]
fn RuleRow(rule: RetentionRule) -> impl IntoView {
    let action = ServerAction::<SetRetentionPeriod>::new();
    reload_on_success(action);
    let error = action_error(action);
    let RetentionRule {
        data_kind,
        start_event,
        period_amount,
        period_unit,
        version,
        last_change,
        last_run,
    } = rule;
    let label_id = format!("retention-kind-{data_kind}");
    let start_id = format!("retention-start-{start_event}");
    let amount_id = format!("retention-{data_kind}-amount");
    let unit_id = format!("retention-{data_kind}-unit");
    let (amount_error, unit_error) = (format!("{amount_id}-error"), format!("{unit_id}-error"));
    let kind_label = Signal::derive(move || t(&label_id));
    let changed = last_change.map(|c| {
        move || {
            t_args(
                "retention-changed",
                &[
                    ("date", format_instant(c.at, active_language())),
                    (
                        "name",
                        if c.by.is_empty() {
                            t("retention-changed-by-unknown")
                        } else {
                            c.by.clone()
                        },
                    ),
                    ("before", period_text(c.old_amount, &c.old_unit)),
                ],
            )
        }
    });
    view! {
        <tr>
            <th scope="row">{kind_label}</th>
            <td>{move || t(&start_id)}</td>
            <td>
                <ActionForm action attr:class="period-form" attr:novalidate=true>
                    <input type="hidden" name="data_kind" value=data_kind />
                    <input type="hidden" name="version" value=form_version(action, version) data-loaded=version />
                    <input id=amount_id.clone() name="period_amount" type="number" inputmode="numeric" min="1"
                        value=period_amount.to_string() aria-describedby=amount_error.clone()
                        aria-label=move || format!("{}: {}", kind_label.get(), t("field-retention-period")) />
                    <select id=unit_id.clone() name="period_unit" aria-describedby=unit_error.clone()
                        aria-label=move || format!("{}: {}", kind_label.get(), t("field-retention-unit"))>
                        {PeriodUnit::ALL.into_iter().map(|u| {
                            let label_id = catalogue::message_id(catalogue::RETENTION_UNIT, u.id());
                            view! { <option value=u.id() selected=u.id() == period_unit>{move || t(&label_id)}</option> }
                        }).collect_view()}
                    </select>
                    <button type="submit">{move_tr!("save")}</button>
                    <FieldError error field="period_amount" id=amount_error />
                    <FieldError error field="period_unit" id=unit_error />
                    <FormError error />
                </ActionForm>
            </td>
            <td>{match changed {
                Some(text) => text.into_any(),
                None => view! { <span class="muted">{move_tr!("retention-default")}</span> }.into_any(),
            }}</td>
            <td>{match last_run {
                Some(run) => (move || t_args(
                    "retention-run",
                    &[
                        ("date", format_instant(run.at, active_language())),
                        ("deleted", run.deleted.to_string()),
                    ],
                )).into_any(),
                None => view! { <span class="muted">{move_tr!("retention-run-none")}</span> }.into_any(),
            }}</td>
        </tr>
    }
}
