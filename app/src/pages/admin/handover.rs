use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_caseload_handover, HandOverCases, SetUserActive};
use crate::components::{
    action_error, done_by_form, provide_reload, reload_on_success, route_id, FieldError, FormError,
    Loaded,
};
use crate::i18n::{active_language, format_date, koeln_date, page_title, t, t_args};
use crate::models::{case_field, CasePhase, Caseload, CaseloadCase};

/// A day as the active language writes dates.
fn day(ms: i64) -> String {
    format_date(&koeln_date(ms).to_string(), active_language())
}

/// Administrators: a case manager's caseload handed over to colleagues of the same
/// organisation (all cases ticked at first, or only some), then the account deactivated.
#[component]
pub fn HandoverPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let hand_over = ServerAction::<HandOverCases>::new();
    reload_on_success(hand_over);
    let deactivate = ServerAction::<SetUserActive>::new();
    reload_on_success(deactivate);
    // After a plain form post the address says what was done: `?done=handed-over-N`, or
    // `?done=saved` for the deactivation.
    let done = done_by_form();
    let handed_by_form = move || {
        done.get()?
            .strip_prefix("handed-over-")?
            .parse::<usize>()
            .ok()
    };
    let deactivated_by_form = move || done.get().as_deref() == Some("saved");
    let caseload = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_caseload_handover(id),
    );
    view! {
        <Title text=page_title("handover-title") />
        <p><a href="/admin/users">{move_tr!("users-title")}</a></p>
        <h1>{move_tr!("handover-title")}</h1>
        <Loaded resource=caseload let:caseload>
            <HandoverView caseload hand_over deactivate />
        </Loaded>
        <div role="status" class="status-region">
            {move || match hand_over.value().get() {
                Some(Ok(n)) => Some(n),
                _ => handed_by_form(),
            }.map(|n| view! {
                <p class="success">{move || t_args("handover-done", &[("number", n.to_string())])}</p>
            })}
            {move || (matches!(deactivate.value().get(), Some(Ok(()))) || deactivated_by_form()).then(|| view! {
                <p class="success">{move_tr!("handover-deactivated")}</p>
            })}
        </div>
    }
}

#[component]
fn HandoverView(
    caseload: Caseload,
    hand_over: ServerAction<HandOverCases>,
    deactivate: ServerAction<SetUserActive>,
) -> impl IntoView {
    let open = caseload.open_cases();
    let closed = caseload.cases.len() - open;
    let counts = move || {
        t_args(
            "handover-counts",
            &[("open", open.to_string()), ("closed", closed.to_string())],
        )
    };
    let Caseload {
        user_id,
        display_name,
        organisation_name,
        active,
        cases,
        colleagues,
    } = caseload;
    view! {
        <p class="lead"><bdi>{display_name}</bdi> " · " <bdi>{organisation_name}</bdi></p>
        <p>{counts}{(!active).then(|| view! { " · " <span class="status-text">{move_tr!("users-inactive")}</span> })}</p>
        {if cases.is_empty() {
            view! { <p class="empty">{move_tr!("handover-none")}</p> }.into_any()
        } else {
            view! { <HandoverForm user_id cases colleagues hand_over /> }.into_any()
        }}
        {active.then(|| view! { <Deactivate user_id open deactivate /> })}
    }
}

#[component]
fn HandoverForm(
    user_id: i64,
    cases: Vec<CaseloadCase>,
    colleagues: Vec<crate::models::Colleague>,
    hand_over: ServerAction<HandOverCases>,
) -> impl IntoView {
    let error = action_error(hand_over);
    let no_colleague = colleagues.is_empty();
    view! {
        <ActionForm action=hand_over attr:class="stacked-form wide" attr:novalidate=true>
            <input type="hidden" name="user_id" value=user_id />
            <fieldset aria-describedby="handover-cases-error">
                <legend>{move_tr!("handover-cases")}</legend>
                <p class="hint">{move_tr!("handover-cases-hint")}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("handover-cases")>
                    <table class="data-table">
                        <thead><tr>
                            <th scope="col">{move_tr!("handover-col-hand-over")}</th>
                            <th scope="col">{move_tr!("handover-col-case")}</th>
                            <th scope="col">{move_tr!("holds-col-client")}</th>
                            <th scope="col">{move_tr!("case-phase")}</th>
                            <th scope="col">{move_tr!("handover-col-opened")}</th>
                            <th scope="col">{move_tr!("handover-col-updated")}</th>
                        </tr></thead>
                        <tbody>
                            {cases.into_iter().map(|case| view! { <CaseRow case /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </fieldset>
            <FieldError error field="cases" id="handover-cases-error" />
            <label for="handover-to">{move_tr!("handover-to")}</label>
            <select id="handover-to" name="to_user_id" aria-describedby="handover-to-error">
                <option value="">{move_tr!("choose-option")}</option>
                {colleagues.into_iter().map(|c| {
                    let open = c.open_cases;
                    let name = c.display_name;
                    view! {
                        <option value=c.id.to_string()>
                            {move || t_args("handover-colleague", &[("name", name.clone()), ("open", open.to_string())])}
                        </option>
                    }
                }).collect_view()}
            </select>
            {no_colleague.then(|| view! { <p class="hint">{move_tr!("handover-no-colleague")}</p> })}
            <FieldError error field="to_user_id" id="handover-to-error" />
            <FormError error />
            <button type="submit" disabled=move || hand_over.pending().get()>{move_tr!("handover-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn CaseRow(case: CaseloadCase) -> impl IntoView {
    let CaseloadCase {
        case_id,
        client_id,
        phase,
        opened_at,
        updated_at,
    } = case;
    let box_id = format!("handover-case-{case_id}");
    let phase_id = CasePhase::parse(&phase).map(CasePhase::message_id);
    let label = move || t_args("handover-case-label", &[("case", case_id.to_string())]);
    view! {
        <tr class:inactive=phase == "closed">
            <td><input type="checkbox" id=box_id name=case_field(case_id) value="on" checked=true aria-label=label /></td>
            <th scope="row" dir="ltr">{case_id}</th>
            <td dir="ltr">{client_id}</td>
            <td>{move || phase_id.map(t).unwrap_or_default()}</td>
            <td dir="ltr">{move || day(opened_at)}</td>
            <td dir="ltr">{move || day(updated_at)}</td>
        </tr>
    }
}

/// Deactivating the account: offered once no open case is left.
#[component]
fn Deactivate(user_id: i64, open: usize, deactivate: ServerAction<SetUserActive>) -> impl IntoView {
    let error = action_error(deactivate);
    view! {
        <section class="card" aria-labelledby="handover-deactivate-title">
            <h2 id="handover-deactivate-title">{move_tr!("users-deactivate")}</h2>
            {if open > 0 {
                view! { <p class="hint">{move_tr!("handover-deactivate-later")}</p> }.into_any()
            } else {
                view! {
                    <p class="hint">{move_tr!("handover-deactivate-now")}</p>
                    <ActionForm action=deactivate>
                        <input type="hidden" name="user_id" value=user_id />
                        <input type="hidden" name="active" value="false" />
                        <FormError error />
                        <button type="submit" class="button-secondary">{move_tr!("users-deactivate")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}
