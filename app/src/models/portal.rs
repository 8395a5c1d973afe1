//! The client portal as the browser sees it: the signed-in client, their plan, appointments,
//! referrals, consents, who looked at their data, and the case manager's side of access.

use serde::{Deserialize, Serialize};

use super::{CaseHead, CustomEntry};

/// A client signed in to the portal. Clients are not staff users and never become one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalClient {
    pub client_id: i64,
    pub first_name: String,
    /// The shipped interface language matching the client's preferred language, if any.
    pub language: Option<String>,
}

/// What a portal sign-in led to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortalSignInOutcome {
    /// The code is right and has no PIN yet: the client chooses one now.
    ChoosePin,
    /// Signed in; the page reloads in this language.
    SignedIn { language: String },
}

/// Text a staff member wrote (in German), with the translations entered for the portal as
/// (language id, text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffText {
    pub original: String,
    pub translations: Vec<(String, String)>,
}

impl StaffText {
    pub fn translation(&self, language: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(l, _)| l == language)
            .map(|(_, t)| t.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalStep {
    pub id: i64,
    pub goal_id: i64,
    pub service_type: String,
    pub detail: Option<StaffText>,
    pub responsible_kind: String,
    pub organisation: Option<String>,
    pub due_date: Option<String>,
    pub status: String,
    /// The client is responsible and the step is not finished: they may mark it done.
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalGoal {
    pub id: i64,
    pub domain: String,
    /// The case manager's plain wording (or the client's own words), if written.
    pub wording: Option<StaffText>,
    /// The goal template, shown when nothing was written.
    pub template: Option<String>,
    pub target_date: Option<String>,
    pub status: String,
    pub steps: Vec<PortalStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalPlan {
    pub first_name: String,
    /// The client's own open steps, earliest due first.
    pub next: Vec<PortalStep>,
    pub goals: Vec<PortalGoal>,
    pub custom: Vec<CustomEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAppointment {
    pub id: i64,
    pub on_date: String,
    pub at_time: Option<String>,
    pub place: StaffText,
    pub organisation: Option<String>,
    pub bring: Option<StaffText>,
    pub note: Option<StaffText>,
    pub interpreter_needed: bool,
    pub interpreter_arranged: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAppointments {
    pub upcoming: Vec<PortalAppointment>,
    pub past: Vec<PortalAppointment>,
    /// The address appointment reminders go to, if one is on record.
    #[serde(default)]
    pub reminder_email: Option<String>,
    /// Whether the client asked for reminders by e-mail.
    #[serde(default)]
    pub reminders: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalReferral {
    pub id: i64,
    pub organisation: String,
    pub purpose: String,
    pub status: String,
    pub seat: Option<String>,
    pub starts_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalConsent {
    pub id: i64,
    pub organisation: String,
    pub purpose: String,
    pub categories: Vec<String>,
    pub valid_from: String,
    pub valid_until: Option<String>,
    pub revoked_at: Option<i64>,
    pub expired: bool,
}

/// Who looked at or changed the client's data on one day: message ids of what (`portal-what-…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAccessDay {
    pub date: String,
    pub looked: Vec<String>,
    pub changed: Vec<String>,
}

/// One organisation's accesses, newest day first; `organisation` is empty for Lotse itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAccessOrganisation {
    pub organisation: String,
    pub days: Vec<PortalAccessDay>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalCorrection {
    pub id: i64,
    pub topic: String,
    pub message: String,
    pub created_at: i64,
    pub done: bool,
}

/// The note of a step status change the client made in the portal (shown translated).
pub const CLIENT_PORTAL_NOTE: &str = "client-portal";

/// Topics a correction request can be about.
pub const CORRECTION_TOPICS: &[&str] = &["personal", "plan", "appointments", "other"];

/// The state of a client's portal access, as the case manager sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortalAccessState {
    None,
    Issued {
        issued_at: i64,
    },
    Active {
        activated_at: i64,
        last_sign_in_at: Option<i64>,
    },
    Blocked,
}

/// A staff-written text of the case that can be translated for the portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatableText {
    /// `goal:5`, `step:7`, `appointment:3`
    pub record: String,
    /// `plain_wording`, `detail`, `place`, `bring`, `note`
    pub field: String,
    pub text: StaffText,
}

/// The case's Portal tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePortal {
    pub head: CaseHead,
    pub access: PortalAccessState,
    /// The shipped language of the client's preferred language (German when not shipped).
    pub client_language: String,
    pub texts: Vec<TranslatableText>,
}

/// A freshly issued access letter. The code is shown now and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalLetter {
    pub code: String,
    pub address: String,
    pub qr_svg: String,
    pub client_name: String,
    pub language: String,
    /// Its pages' texts, in the client's language and in German, as the server translated
    /// them (the page shows the letter from the light bundle, which has no messages).
    #[serde(default)]
    pub pages: Vec<LetterPage>,
}

/// One page of an access letter, in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterPage {
    pub language: String,
    pub rtl: bool,
    pub title: String,
    pub intro: String,
    pub step_address: String,
    pub qr_label: String,
    pub step_code: String,
    pub step_pin: String,
    pub keep: String,
}

impl LetterPage {
    /// The page in `language`.
    #[cfg(feature = "ssr")]
    pub fn new(language: &str) -> LetterPage {
        let tr = |id: &str| crate::i18n::t_in(language, id);
        LetterPage {
            language: language.to_owned(),
            rtl: crate::i18n::find(language).is_some_and(|l| l.rtl),
            title: tr("portal-letter-title"),
            intro: tr("portal-letter-intro"),
            step_address: tr("portal-letter-step-address"),
            qr_label: tr("portal-letter-qr-label"),
            step_code: tr("portal-letter-step-code"),
            step_pin: tr("portal-letter-step-pin"),
            keep: tr("portal-letter-keep"),
        }
    }
}

/// The portal's sign-in form: the code from the letter and the PIN; the form choosing the
/// PIN also sends its repetition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalSignInForm {
    pub code: String,
    pub pin: String,
    pub pin_repeat: Option<String>,
}

/// The portal's form asking the case manager for a correction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionForm {
    /// One of [`CORRECTION_TOPICS`].
    pub topic: String,
    pub message: String,
}

/// The Portal tab's form translating one staff text of the case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationForm {
    /// `goal:5`, `step:7`, `appointment:3`
    pub record: String,
    /// `plain_wording`, `detail`, `place`, `bring`, `note`
    pub field: String,
    pub language: String,
    /// Empty removes the translation.
    pub translation: String,
}
