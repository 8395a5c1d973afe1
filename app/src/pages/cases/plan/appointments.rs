//! Appointments of the plan: the form that adds one.

use crate::move_tr;
use leptos::prelude::*;

use crate::api::AddAppointment;
use crate::components::{
    action_error, label, reload_on_success, reset_on_success, Field, FormError,
};
use crate::models::catalogue::{self, CustomEntry};

#[component]
pub(super) fn AppointmentForm(
    case_id: i64,
    steps: Vec<(i64, String)>,
    custom: Vec<CustomEntry>,
    organisations: Vec<(i64, String)>,
    today: String,
) -> impl IntoView {
    let action = ServerAction::<AddAppointment>::new();
    reload_on_success(action);
    let error = action_error(action);
    let form = reset_on_success(action);
    let f = "appointment";
    view! {
        <ActionForm action node_ref=form attr:class="stacked-form" attr:novalidate=true>
            <input type="hidden" name="case_id" value=case_id />
            <Field form=f name="on_date" label="field-date" kind="date" min=today error />
            <Field form=f name="at_time" label="field-time" kind="time" error />
            <Field form=f name="place" label="field-place" error />
            <div class="field">
                <label for="appointment-org">{move_tr!("field-with-organisation")}</label>
                <select id="appointment-org" name="organisation_id">
                    <option value="">{move_tr!("choose-option")}</option>
                    {organisations.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="appointment-step">{move_tr!("field-linked-step")}</label>
                <select id="appointment-step" name="step_id">
                    <option value="">{move_tr!("choose-option")}</option>
                    {steps.into_iter().map(|(id, service)| {
                        let custom = custom.clone();
                        view! { <option value=id>{move || label(&custom, catalogue::SERVICE, &service)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <label class="checkbox"><input type="checkbox" name="interpreter_needed" value="on" /> {move_tr!("field-interpreter-needed")}</label>
            <label class="checkbox"><input type="checkbox" name="interpreter_arranged" value="on" /> {move_tr!("field-interpreter-arranged")}</label>
            <Field form=f name="bring" label="field-bring" error />
            <Field form=f name="appointment_note" label="field-appointment-note" error />
            <FormError error />
            <button type="submit">{move_tr!("appointment-add")}</button>
        </ActionForm>
    }
}
