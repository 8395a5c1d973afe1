use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{load_audit_log, VerifyAuditLog};
use crate::components::{action_error, FormError, Loaded};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::{AuditEntry, AuditFilter, AuditPage as AuditResults, Role};

/// The actions the audit log records (each has a Fluent id `audit-action-<action>`).
const ACTIONS: &[&str] = &[
    "read",
    "list",
    "create",
    "update",
    "delete",
    "print",
    "revoke",
    "attempt",
    "compare",
    "agree",
    "verify",
    "export",
    "change-password",
    "set-up-second-factor",
    "new-recovery-codes",
    "remove-second-factor",
    "reset-second-factor",
    "require-second-factor",
    "waive-second-factor",
    "add-passkey",
    "remove-passkey",
    "configure-sign-in-provider",
    "remove-sign-in-provider",
    "handover",
    "erase",
    "refuse",
    "merge",
];

/// A checkbox of a GET filter form, as it comes back in the query.
fn ticked(value: &str) -> bool {
    value == "on" || value == "true"
}

/// Data-protection officers: who read or changed which personal data, when, for which purpose
/// and on which basis, and refused attempts; with a check of the log's hash chain.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let data = Resource::new(
        move || AuditFilter {
            client_id: param("client").trim().trim_start_matches('#').parse().ok(),
            organisation_id: param("organisation").parse().ok(),
            actor: param("actor"),
            action: param("action"),
            from_date: param("from"),
            until_date: param("until"),
            denied_only: ticked(&param("denied")),
            // Pages count from 1 in the address, from 0 on the server.
            page: param("page").trim().parse::<i64>().unwrap_or(1).max(1) - 1,
        },
        load_audit_log,
    );
    view! {
        <Title text=page_title("audit-title") />
        <h1>{move_tr!("audit-title")}</h1>
        <p class="lead">{move_tr!("audit-intro")}</p>
        <VerifyChain />
        <Loaded resource=data before_error=|| view! { <AuditFilterForm organisations=Vec::new() /> } let:results>
            <AuditResultsView results />
        </Loaded>
    }
}

#[component]
fn AuditResultsView(results: AuditResults) -> impl IntoView {
    let AuditResults {
        entries,
        has_next,
        organisations,
    } = results;
    let table = if entries.is_empty() {
        view! { <p role="status">{move_tr!("audit-none")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("audit-title")>
                <table class="data-table audit-table">
                    <caption class="visually-hidden">{move_tr!("audit-title")}</caption>
                    <thead><tr>
                        <th scope="col">{move_tr!("audit-col-time")}</th>
                        <th scope="col">{move_tr!("audit-col-person")}</th>
                        <th scope="col">{move_tr!("field-organisation")}</th>
                        <th scope="col">{move_tr!("audit-col-client")}</th>
                        <th scope="col">{move_tr!("audit-col-record")}</th>
                        <th scope="col">{move_tr!("audit-col-action")}</th>
                        <th scope="col">{move_tr!("audit-col-purpose")}</th>
                        <th scope="col">{move_tr!("audit-col-basis")}</th>
                        <th scope="col">{move_tr!("audit-col-categories")}</th>
                        <th scope="col">{move_tr!("audit-col-allowed")}</th>
                    </tr></thead>
                    <tbody>
                        {entries.into_iter().map(|entry| view! { <AuditRow entry /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <AuditFilterForm organisations />
        {table}
        <AuditPager has_next />
    }
}

#[component]
fn AuditRow(entry: AuditEntry) -> impl IntoView {
    let AuditEntry {
        at,
        actor,
        role,
        organisation,
        client_id,
        client_name,
        record,
        action,
        purpose,
        basis,
        categories,
        allowed,
        ..
    } = entry;
    let role_text = move || match Role::parse(&role) {
        Some(r) => t(r.message_id()),
        // Changes Lotse makes by itself on a schedule.
        None if role == "system" => t("audit-role-system"),
        None => role.clone(),
    };
    let action_id = format!("audit-action-{action}");
    let client = match client_id {
        Some(id) => {
            view! { <bdi>{client_name}</bdi> " " <span dir="ltr">{format!("#{id}")}</span> }
                .into_any()
        }
        None => view! { "–" }.into_any(),
    };
    view! {
        <tr class=(!allowed).then_some("denied")>
            <td><span dir="ltr">{move || format_instant(at, active_language())}</span></td>
            <td><bdi>{actor}</bdi> <br /> <small>{role_text}</small></td>
            <td><bdi>{organisation}</bdi></td>
            <td>{client}</td>
            <td><code>{record}</code></td>
            <td>{move || t(&action_id)}</td>
            <td><bdi>{purpose}</bdi></td>
            <td>{(!basis.is_empty()).then(|| view! { <code>{basis}</code> })}</td>
            <td><bdi>{categories}</bdi></td>
            <td>{move || t(if allowed { "audit-allowed" } else { "audit-denied" })}</td>
        </tr>
    }
}

/// The filter form: a plain GET form, so a filtered view is a link one can keep.
#[component]
fn AuditFilterForm(organisations: Vec<(i64, String)>) -> impl IntoView {
    let query = use_query_map();
    let value = move |name: &str| query.read().get(name).unwrap_or_default();
    view! {
        <form method="get" action="/audit" class="search-form" role="search" aria-label=move || t("audit-filter")>
            <div>
                <label for="audit-client">{move_tr!("audit-filter-client")}</label>
                <input id="audit-client" name="client" type="number" min="1" size="6" dir="ltr"
                    value=move || value("client") />
            </div>
            <div>
                <label for="audit-organisation">{move_tr!("field-organisation")}</label>
                <select id="audit-organisation" name="organisation">
                    <option value="">{move_tr!("audit-all")}</option>
                    {organisations.into_iter().map(|(id, name)| {
                        let id = id.to_string();
                        let code = id.clone();
                        view! { <option value=id selected=move || value("organisation") == code>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div>
                <label for="audit-actor">{move_tr!("audit-filter-actor")}</label>
                <input id="audit-actor" name="actor" type="text" autocomplete="off" value=move || value("actor") />
            </div>
            <div>
                <label for="audit-action">{move_tr!("audit-col-action")}</label>
                <select id="audit-action" name="action">
                    <option value="">{move_tr!("audit-all")}</option>
                    {ACTIONS.iter().map(|a| {
                        let a = *a;
                        let id = format!("audit-action-{a}");
                        view! { <option value=a selected=move || value("action") == a>{move || t(&id)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div>
                <label for="audit-from">{move_tr!("audit-filter-from")}</label>
                <input id="audit-from" name="from" type="date" dir="ltr" value=move || value("from") />
            </div>
            <div>
                <label for="audit-until">{move_tr!("audit-filter-until")}</label>
                <input id="audit-until" name="until" type="date" dir="ltr" value=move || value("until") />
            </div>
            <label class="checkbox">
                <input type="checkbox" name="denied" value="on" checked=move || ticked(&value("denied")) />
                {move_tr!("audit-filter-denied")}
            </label>
            <button type="submit">{move_tr!("audit-filter-apply")}</button>
        </form>
    }
}

/// Previous/next links that keep the filter and change only the page.
#[component]
fn AuditPager(has_next: bool) -> impl IntoView {
    let query = use_query_map();
    let params = query.get_untracked();
    let current = params
        .get("page")
        .and_then(|p| p.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .max(1);
    let href = |page: i64| {
        let mut params = params.clone();
        params.replace("page", page.to_string());
        format!("/audit{}", params.to_query_string())
    };
    let previous = (current > 1).then(|| href(current - 1));
    let next = has_next.then(|| href(current + 1));
    view! {
        <nav class="pager" aria-label=move || t("pager-label")>
            {previous.map(|h| view! { <a class="button-link" href=h rel="prev">{move_tr!("pager-previous")}</a> })}
            <span class="pager-current">{move || t_args("audit-page", &[("page", current.to_string())])}</span>
            {next.map(|h| view! { <a class="button-link" href=h rel="next">{move_tr!("pager-next")}</a> })}
        </nav>
    }
}

/// Recomputes the hash chain of the log on request.
#[component]
fn VerifyChain() -> impl IntoView {
    let action = ServerAction::<VerifyAuditLog>::new();
    let error = action_error(action);
    // After a plain form post the address carries the outcome.
    let done = crate::components::done_by_form();
    let outcome = move || match action.value().get() {
        Some(Ok(outcome)) => Some(outcome),
        _ => match done.get()?.as_str() {
            "chain-intact" => Some(None),
            other => Some(Some(
                other.strip_prefix("chain-broken-")?.parse::<i64>().ok()?,
            )),
        },
    };
    view! {
        <section class="card" aria-labelledby="audit-verify-title">
            <h2 id="audit-verify-title">{move_tr!("audit-verify-title")}</h2>
            <p class="hint">{move_tr!("audit-verify-hint")}</p>
            <ActionForm action>
                <button type="submit" disabled=move || action.pending().get()>{move_tr!("audit-verify")}</button>
            </ActionForm>
            <div role="status" class="status-region">
                {move || match outcome() {
                    Some(None) => Some(view! {
                        <p class="success-box">{move_tr!("audit-chain-intact")}</p>
                    }.into_any()),
                    Some(Some(seq)) => Some(view! {
                        <p class="form-error error-box">{move || t_args("audit-chain-broken", &[("seq", seq.to_string())])}</p>
                    }.into_any()),
                    _ => None,
                }}
            </div>
            <FormError error />
        </section>
    }
}
