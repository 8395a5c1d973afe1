use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_holds, EndHold, PlaceHoldByNumber};
use crate::components::{
    action_error, label, provide_reload, reload_on_success, reset_on_success, Field, FormError,
    Loaded, SavedStatus,
};
use crate::i18n::{active_language, format_date, format_instant, page_title, t};
use crate::models::catalogue;
use crate::models::HeldClient;
use crate::pages::clients::detail::HoldFields;

/// Data-protection officers: the holds in force on clients of their organisation (restriction
/// of processing), each with its reason, last day and who put it on; they end a hold here, or
/// put one on a client named by number (as the audit log and requests name clients).
#[component]
pub fn HoldsPage() -> impl IntoView {
    let reload = provide_reload();
    let holds = Resource::new(move || reload.get(), |_| load_holds());
    view! {
        <Title text=page_title("holds-title") />
        <h1>{move_tr!("holds-title")}</h1>
        <p class="lead">{move_tr!("holds-intro")}</p>
        <SavedStatus />
        <Loaded resource=holds let:holds>
            {if holds.is_empty() {
                view! { <p class="empty">{move_tr!("holds-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("holds-title")>
                        <table class="data-table">
                            <caption class="visually-hidden">{move_tr!("holds-title")}</caption>
                            <thead><tr>
                                <th scope="col">{move_tr!("holds-col-client")}</th>
                                <th scope="col">{move_tr!("field-hold-reason")}</th>
                                <th scope="col">{move_tr!("field-hold-until")}</th>
                                <th scope="col">{move_tr!("hold-placed")}</th>
                                <th scope="col">{move_tr!("holds-col-end")}</th>
                            </tr></thead>
                            <tbody>
                                {holds.into_iter().map(|held| view! { <HoldRow held /> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </Loaded>
        <PlaceByNumber />
    }
}

#[component]
fn HoldRow(held: HeldClient) -> impl IntoView {
    let end = ServerAction::<EndHold>::new();
    reload_on_success(end);
    let error = action_error(end);
    let HeldClient { client_id, hold } = held;
    let reason = hold.reason.clone();
    let until = hold.until.clone();
    let placed_at = hold.placed_at;
    view! {
        <tr>
            <th scope="row" dir="ltr">{client_id}</th>
            <td>
                {move || label(&[], catalogue::HOLD_REASON, &reason)}
                {hold.note.map(|note| view! { <br /><span class="muted" dir="auto">{note}</span> })}
            </td>
            <td dir="ltr">{move || format_date(&until, active_language())}</td>
            <td><bdi>{hold.placed_by}</bdi> " · " <span dir="ltr">{move || format_instant(placed_at, active_language())}</span></td>
            <td>
                <ActionForm action=end>
                    <input type="hidden" name="hold_id" value=hold.id />
                    <FormError error />
                    <button type="submit" class="button-secondary"
                        aria-label=move || format!("{} {}", t("hold-end"), client_id)>{move_tr!("hold-end")}</button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn PlaceByNumber() -> impl IntoView {
    let place = ServerAction::<PlaceHoldByNumber>::new();
    reload_on_success(place);
    let error = action_error(place);
    let form = reset_on_success(place);
    let f = "hold-by-number";
    view! {
        <section aria-labelledby="hold-place-title" class="card">
            <h2 id="hold-place-title">{move_tr!("hold-place")}</h2>
            <p class="hint">{move_tr!("hold-hint")}</p>
            <ActionForm action=place node_ref=form attr:class="stacked-form" attr:novalidate=true>
                <Field form=f name="client_number" label="field-client-number" error ltr=true />
                <HoldFields form=f error />
            </ActionForm>
        </section>
    }
}
