//! Who saw my data.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::list_separator;
use crate::api::load_portal_access_log;
use crate::components::{date_text, Loaded};
use crate::i18n::{page_title, t, t_args};

/// Who saw my data, grouped by organisation and day.
#[component]
pub fn PortalAccessPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_portal_access_log());
    view! {
        <Title text=page_title("portal-access-title") />
        <h1>{move_tr!("portal-access-title")}</h1>
        <p>{move_tr!("portal-access-intro")}</p>
        <Loaded resource=data let:list>
            {list.is_empty().then(|| view! { <p>{move_tr!("portal-access-none")}</p> })}
            {list.into_iter().map(|o| {
                let shown = if o.organisation.is_empty() { None } else { Some(o.organisation.clone()) };
                let heading = shown.clone();
                view! {
                    <section class="card access-organisation">
                        <h2><bdi>{move || heading.clone().unwrap_or_else(|| t("portal-access-system"))}</bdi></h2>
                        <ul class="plain-list">
                            {o.days.into_iter().map(|d| {
                                let name = shown.clone();
                                let org = move || name.clone().unwrap_or_else(|| t("portal-access-system"));
                                let sentence = move |id: &'static str, what: &[String]| {
                                    t_args(id, &[
                                        ("organisation", org()),
                                        ("date", date_text(&d.date)),
                                        ("what", what.iter().map(|w| t(w)).collect::<Vec<_>>().join(list_separator())),
                                    ])
                                };
                                let (looked, changed) = (d.looked.clone(), d.changed.clone());
                                let sentence_changed = sentence.clone();
                                view! {
                                    {(!looked.is_empty()).then(|| view! { <li>{move || sentence("portal-access-looked", &looked)}</li> })}
                                    {(!changed.is_empty()).then(|| view! { <li>{move || sentence_changed("portal-access-changed", &changed)}</li> })}
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </Loaded>
    }
}
