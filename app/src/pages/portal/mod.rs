//! The client portal: a client's own plan, appointments, referrals and consents, who saw
//! their data, correction requests and their data to download. Mobile first; every text is
//! in the client's language (Leichte Sprache for German), staff free text is marked as
//! written in German unless a translation was entered.

use leptos::prelude::*;

use crate::i18n::{active_language, t};
use crate::models::StaffText;

mod access;
mod appointments;
mod consents;
mod correction;
mod data;
mod plan;
mod referrals;
mod shell;
mod sign_in;
pub(crate) mod tools;

pub use access::PortalAccessPage;
pub use appointments::PortalAppointmentsPage;
pub use consents::PortalConsentsPage;
pub use correction::PortalCorrectionPage;
pub use data::PortalDataPage;
pub use plan::PortalPlanPage;
pub use referrals::PortalReferralsPage;
pub use shell::PortalShell;
pub use sign_in::PortalSignInPage;
use tools::ReadAloud;

/// Between items of a list: the Arabic comma in right-to-left languages.
fn list_separator() -> &'static str {
    match crate::i18n::find(active_language()) {
        Some(language) if language.rtl => "، ",
        _ => ", ",
    }
}

/// Staff free text: the translation into the interface language if one was entered, else
/// the German original marked as written in German by the case manager.
#[component]
fn Written(text: StaffText) -> impl IntoView {
    move || {
        let language = active_language();
        if let Some(translated) = text.translation(language) {
            return view! { <span dir="auto">{translated.to_owned()}</span> }.into_any();
        }
        if crate::i18n::is_german(language) {
            return view! { <span dir="auto">{text.original.clone()}</span> }.into_any();
        }
        view! {
            <span class="written-in-german">
                <small>{t("portal-written-in-german")}</small> " "
                <q lang="de" dir="ltr">{text.original.clone()}</q>
            </span>
        }
        .into_any()
    }
}
