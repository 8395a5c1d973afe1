//! My appointments.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::{ReadAloud, Written};
use crate::api::{load_portal_appointments, PortalSetReminders};
use crate::components::{action_error, date_text, done_by_form, FormError, Loaded};
use crate::i18n::{page_title, t_args};
use crate::models::PortalAppointment;

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
            <Reminders email=list.reminder_email.clone() on=list.reminders />
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

/// Reminders by e-mail the day before an appointment: on or off, to the address on record.
#[component]
fn Reminders(email: Option<String>, on: bool) -> impl IntoView {
    let action = ServerAction::<PortalSetReminders>::new();
    let error = action_error(action);
    let done = done_by_form();
    let on = move || match done.get().as_deref() {
        Some("reminders-on") => true,
        Some("reminders-off") => false,
        _ => on,
    };
    view! {
        <section class="card reminders" aria-labelledby="reminders-title">
            <h2 id="reminders-title">{move_tr!("portal-reminders-title")}</h2>
            <p>{move_tr!("portal-reminders-explained")}</p>
            {match email {
                None => view! { <p class="muted">{move_tr!("portal-reminders-no-email")}</p> }.into_any(),
                Some(email) => view! {
                    <p>{move || t_args("portal-reminders-to", &[("email", email.clone())])}</p>
                    <p role="status"><strong>{move || if on() {
                        crate::i18n::t("portal-reminders-are-on")
                    } else {
                        crate::i18n::t("portal-reminders-are-off")
                    }}</strong></p>
                    <ActionForm action attr:class="stacked-form">
                        <input type="hidden" name="on" value=move || if on() { "0" } else { "1" } />
                        <FormError error />
                        <button type="submit" class=move || if on() { "button-secondary" } else { "big" }>
                            {move || crate::i18n::t(if on() { "portal-reminders-off" } else { "portal-reminders-on" })}
                        </button>
                    </ActionForm>
                }.into_any(),
            }}
        </section>
    }
}
