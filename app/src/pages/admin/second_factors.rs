//! Administrators: per organisation, whether it requires a second factor at sign-in, and who
//! of its staff has which factor (and who has none); a user's factors can be reset.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_second_factors, RequireSecondFactor, ResetSecondFactor};
use crate::components::{action_error, done_by_form, FormError, Loaded};
use crate::i18n::{page_title, t, t_args};
use crate::models::{OrganisationFactors, UserFactors};

#[component]
pub fn SecondFactorsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_second_factors());
    let require = ServerAction::<RequireSecondFactor>::new();
    let reset = ServerAction::<ResetSecondFactor>::new();
    let (require_error, reset_error) = (action_error(require), action_error(reset));
    let error = Signal::derive(move || require_error.get().or_else(|| reset_error.get()));
    let done = done_by_form();
    view! {
        <Title text=page_title("second-factors-title") />
        <h1>{move_tr!("second-factors-title")}</h1>
        <p class="lead">{move_tr!("second-factors-intro")}</p>
        <FormError error all=true />
        <div role="status" class="status-region">
            {move || {
                let id = match done.get().as_deref() {
                    Some("factor-reset") => "second-factors-reset-done",
                    Some("saved") => "saved",
                    _ => return None,
                };
                Some(view! { <p class="success">{move || t(id)}</p> })
            }}
        </div>
        <Loaded resource=data let:organisations>
            {organisations.into_iter().map(|organisation| view! {
                <OrganisationSection organisation require reset />
            }).collect_view()}
        </Loaded>
    }
}

#[component]
fn OrganisationSection(
    organisation: OrganisationFactors,
    require: ServerAction<RequireSecondFactor>,
    reset: ServerAction<ResetSecondFactor>,
) -> impl IntoView {
    let heading_id = format!("organisation-{}", organisation.organisation_id);
    let without = organisation
        .users
        .iter()
        .filter(|u| u.active && !u.app && u.passkeys == 0)
        .count();
    let required = organisation.required;
    let summary = t_args("second-factors-without", &[("count", without.to_string())]);
    view! {
        <section class="card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()><bdi>{organisation.organisation_name.clone()}</bdi></h2>
            <div class="factor-requirement">
                <span class="status-text">
                    {move || t(if required { "second-factors-required" } else { "second-factors-optional" })}
                </span>
                <ActionForm action=require attr:class="inline-form">
                    <input type="hidden" name="organisation_id" value=organisation.organisation_id />
                    <input type="hidden" name="required" value=(!required).to_string() />
                    <button type="submit" class="button-secondary">
                        {move || t(if required { "second-factors-waive" } else { "second-factors-require" })}
                    </button>
                </ActionForm>
            </div>
            {(!organisation.users.is_empty()).then(|| view! {
                <p>{summary}</p>
                <div class="table-scroll">
                    <table class="data-table">
                        <thead>
                            <tr>
                                <th scope="col">{move_tr!("field-display-name")}</th>
                                <th scope="col">{move_tr!("field-email")}</th>
                                <th scope="col">{move_tr!("second-factors-app")}</th>
                                <th scope="col">{move_tr!("second-factors-passkeys")}</th>
                                <th scope="col">{move_tr!("second-factors-recovery-codes")}</th>
                                <th scope="col"><span class="visually-hidden">{move_tr!("second-factors-actions")}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {organisation.users.into_iter().map(|user| view! { <UserRow user reset /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}

#[component]
fn UserRow(user: UserFactors, reset: ServerAction<ResetSecondFactor>) -> impl IntoView {
    let has_any = user.app || user.passkeys > 0 || user.recovery_codes_left > 0;
    let app = user.app;
    let passkeys = user.passkeys;
    let reset_label = t_args(
        "second-factors-reset-for",
        &[("name", user.display_name.clone())],
    );
    view! {
        <tr class:inactive=!user.active>
            <td><bdi>{user.display_name.clone()}</bdi></td>
            <td><bdi dir="ltr">{user.email.clone()}</bdi></td>
            <td>
                {if app {
                    view! { <span>{move_tr!("second-factors-yes")}</span> }.into_any()
                } else if passkeys > 0 {
                    view! { <span>"–"</span> }.into_any()
                } else {
                    view! { <span class="badge warning">{move_tr!("second-factors-none")}</span> }.into_any()
                }}
            </td>
            <td>{passkeys}</td>
            <td>{user.recovery_codes_left}</td>
            <td>
                {has_any.then(|| view! {
                    <ActionForm action=reset attr:class="inline-form">
                        <input type="hidden" name="user_id" value=user.id />
                        <button type="submit" class="button-secondary" aria-label=reset_label.clone()>
                            {move_tr!("second-factors-reset")}
                        </button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}
