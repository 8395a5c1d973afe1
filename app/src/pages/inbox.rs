use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_inbox;
use crate::components::{date_text, label, Loaded};
use crate::i18n::{page_title, t};
use crate::models::catalogue;
use crate::models::Referral;

/// The partner inbox: referrals to my organisation.
#[component]
pub fn InboxPage() -> impl IntoView {
    view! {
        <Title text=page_title("inbox-title") />
        <h1>{move_tr!("inbox-title")}</h1>
        <Inbox />
    }
}

#[component]
pub fn Inbox() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_inbox());
    view! {
        <section aria-labelledby="inbox-list" class="card">
            <h2 id="inbox-list">{move_tr!("inbox-referrals")}</h2>
            <Loaded resource=data let:list>
                {if list.referrals.is_empty() {
                    view! { <p class="muted">{move_tr!("inbox-empty")}</p> }.into_any()
                } else {
                    view! { <ReferralRows referrals=list.referrals /> }.into_any()
                }}
            </Loaded>
        </section>
    }
}

/// Referrals as a list: who (when the viewer may see it), to whom, status, answer due.
#[component]
pub fn ReferralRows(
    referrals: Vec<Referral>,
    /// Cases whose client's data are held: marked (the case manager's dashboard).
    #[prop(optional)]
    held: Option<std::sync::Arc<Vec<i64>>>,
) -> impl IntoView {
    view! {
        <ul class="plain-list referral-list">
            {referrals.into_iter().map(|r| {
                let (status, purpose, due) = (r.status.clone(), r.purpose.clone(), r.response_due.clone());
                let service = r.step_service.clone();
                view! {
                    <li class:overdue=r.overdue>
                        <a href=format!("/referrals/{}", r.id)>
                            {match r.client_name.clone() {
                                Some(name) => view! { <bdi>{name}</bdi> }.into_any(),
                                None => view! { <span>{move_tr!("referral-client-hidden")} " #" {r.id}</span> }.into_any(),
                            }}
                        </a>
                        {held.as_ref().is_some_and(|h| h.contains(&r.case_id)).then(|| view! {
                            " " <span class="badge restricted">{move_tr!("hold-marker")}</span>
                        })}
                        " · " <bdi>{r.offer_title.clone().unwrap_or(r.organisation.clone())}</bdi>
                        {service.map(|s| view! { " · " {move || label(&[], catalogue::SERVICE, &s)} })}
                        " · " {move || label(&[], catalogue::CONSENT_PURPOSE, &purpose)}
                        " · " <strong class="status">{move || label(&[], catalogue::REFERRAL_STATUS, &status)}</strong>
                        " · " {move_tr!("referral-response-due")} " " <span dir="ltr">{move || date_text(&due)}</span>
                        {r.overdue.then(|| view! { " " <span class="badge warning">{move || t("referral-overdue")}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
