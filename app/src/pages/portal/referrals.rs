//! My referrals.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_portal_referrals;
use crate::components::{date_text, label, Loaded};
use crate::i18n::{page_title, t_args};
use crate::models::catalogue;
use crate::models::{PortalReferral, ReferralStatus};

/// My referrals, each as one sentence about where it stands.
#[component]
pub fn PortalReferralsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_portal_referrals());
    view! {
        <Title text=page_title("portal-referrals-title") />
        <h1>{move_tr!("portal-referrals-title")}</h1>
        <Loaded resource=data let:list>
            {list.is_empty().then(|| view! { <p>{move_tr!("portal-referrals-none")}</p> })}
            <ul class="plain-list cards">
                {list.into_iter().map(|r| view! { <ReferralItem r /> }).collect_view()}
            </ul>
        </Loaded>
    }
}

fn referral_sentence(r: &PortalReferral) -> String {
    let organisation = ("organisation", r.organisation.clone());
    match (r.seat.as_deref(), ReferralStatus::parse(&r.status)) {
        (Some("waitlisted"), Some(ReferralStatus::Accepted | ReferralStatus::InProgress)) => {
            t_args("portal-referral-waitlisted", &[organisation])
        }
        (Some("confirmed"), Some(ReferralStatus::Accepted)) if r.starts_on.is_some() => t_args(
            "portal-referral-seat",
            &[
                organisation,
                (
                    "date",
                    date_text(r.starts_on.as_deref().unwrap_or_default()),
                ),
            ],
        ),
        (_, status) => {
            let id = match status {
                Some(ReferralStatus::Sent) => "portal-referral-sent",
                Some(ReferralStatus::Accepted) => "portal-referral-accepted",
                Some(ReferralStatus::Declined) => "portal-referral-declined",
                Some(ReferralStatus::InProgress) => "portal-referral-in-progress",
                Some(ReferralStatus::Completed) => "portal-referral-completed",
                Some(ReferralStatus::Withdrawn) | None => "portal-referral-withdrawn",
            };
            t_args(id, &[organisation])
        }
    }
}

#[component]
fn ReferralItem(r: PortalReferral) -> impl IntoView {
    let purpose = r.purpose.clone();
    view! {
        <li class="card referral">
            <p class="sentence"><strong>{move || referral_sentence(&r)}</strong></p>
            <p class="muted">{move_tr!("portal-referral-for")} ": " {move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}</p>
        </li>
    }
}
