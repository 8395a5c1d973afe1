use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_meta::Title;

use crate::components::use_user;
use crate::i18n::{page_title, t, t_args};
use crate::models::Role;

/// The start page after sign-in: a greeting and what this role does in Lotse.
#[component]
pub fn StartPage() -> impl IntoView {
    let user = use_user();
    let name = user.display_name.clone();
    let intro = role_intro(user.role);
    view! {
        <Title text=page_title("start-title") />
        <h1>{move || t_args("start-greeting", &[("name", name.clone())])}</h1>
        <p class="lead">{move || t(intro)}</p>
        <p class="muted">{move_tr!("start-more-soon")}</p>
    }
}
fn role_intro(role: Role) -> &'static str {
    match role {
        Role::Administrator => "start-intro-administrator",
        Role::CaseManager => "start-intro-case-manager",
        Role::Coordinator => "start-intro-coordinator",
        Role::PartnerStaff => "start-intro-partner-staff",
        Role::Volunteer => "start-intro-volunteer",
        Role::DataProtectionOfficer => "start-intro-data-protection-officer",
    }
}
