//! The partner network: offers of the service directory, consents, referrals, what a partner
//! organisation is shown of a client, and the audit log.

use serde::{Deserialize, Serialize};

/// An offer of the service directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Offer {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub service_type: String,
    pub title: String,
    pub description: String,
    pub district: String,
    pub address: String,
    pub entry_level: Option<String>,
    pub target_level: Option<String>,
    pub childcare: bool,
    pub accessible: bool,
    /// Days and times, as the provider writes them.
    pub schedule: String,
    pub capacity: Option<i64>,
    pub free_seats: Option<i64>,
    pub documents: String,
    pub contact: String,
    pub active: bool,
    /// ISO 639-3 codes of the languages the offer is given in.
    pub languages: Vec<String>,
    /// Upcoming start dates (YYYY-MM-DD), earliest first.
    pub starts: Vec<String>,
    pub version: i64,
}

/// The service directory page: offers found and whether the actor maintains offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OfferList {
    pub offers: Vec<Offer>,
    /// The actor's organisation maintains offers here (partner staff).
    pub own_organisation: Option<i64>,
    pub access_times: Vec<AccessTimes>,
}

/// Medians of course access (eligible → started) and waiting (registered → started) in days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AccessTimes {
    pub service_type: String,
    pub organisation: String,
    pub clients: i64,
    pub median_access_days: Option<f64>,
    pub median_waiting_days: Option<f64>,
}

/// A course offer as matched to a client's plan step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseMatch {
    pub offer: Offer,
    /// District hops from the client's district (0 = same district); none when unknown.
    pub distance: Option<i64>,
    pub median_waiting_days: Option<f64>,
}

/// The course search of one plan step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseSearch {
    pub case_id: i64,
    pub step_id: i64,
    pub step_service: String,
    pub step_status: String,
    pub language_level: Option<String>,
    pub literacy: Option<String>,
    pub home_district: Option<String>,
    pub childcare: bool,
    pub matches: Vec<CourseMatch>,
}

/// Consent to share categories of a client's data with an organisation for a purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ConsentRecord {
    pub id: i64,
    pub client_id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub purpose: String,
    pub categories: Vec<String>,
    pub entrusted_by: Option<String>,
    pub valid_from: String,
    pub valid_until: Option<String>,
    pub method: String,
    pub interpreter_language: Option<String>,
    pub recorded_by: String,
    pub recorded_at: i64,
    pub revoked_at: Option<i64>,
    pub revoked_by: Option<String>,
    /// In force today: not revoked, within its dates.
    pub active: bool,
}

/// A consent form to print: the client's language beside German.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentForm {
    pub consent: ConsentRecord,
    pub client_name: String,
    pub birth_date: String,
    /// The client's preferred language (ISO 639-3) and the shipped locale it maps to.
    pub client_language: Option<String>,
    pub issuing_organisation: String,
}

/// One state change or message of a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralEvent {
    pub status: Option<String>,
    pub note: Option<String>,
    pub actor: String,
    pub organisation: String,
    pub at: i64,
}

/// A referral as both sides see it (client data comes separately, see [`SharedClient`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Referral {
    pub id: i64,
    pub case_id: i64,
    /// Shown where the viewer may see the client's identity.
    pub client_name: Option<String>,
    pub step_id: Option<i64>,
    pub step_service: Option<String>,
    pub organisation_id: i64,
    pub organisation: String,
    pub offer_id: Option<i64>,
    pub offer_title: Option<String>,
    pub purpose: String,
    /// The case manager's message; hidden from the recipient once access has ended.
    pub message: Option<String>,
    pub categories: Vec<String>,
    pub response_due: String,
    pub status: String,
    pub decline_reason: Option<String>,
    pub outcome: Option<String>,
    pub seat: Option<String>,
    pub starts_on: Option<String>,
    pub sent_by: String,
    pub sent_at: i64,
    pub overdue: bool,
    pub version: i64,
}

/// One field of client data a partner is shown; `catalogue` names the catalogue of a coded value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedField {
    pub label: String,
    pub value: String,
    pub catalogue: Option<String>,
}

/// The client data of one consent category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedSection {
    pub category: String,
    pub fields: Vec<SharedField>,
}

/// A referral page: the referral, its history, and — for the recipient — the client data it
/// may see now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralPage {
    pub referral: Referral,
    pub events: Vec<ReferralEvent>,
    /// The viewer is on the sending side (the case's case manager).
    pub sender: bool,
    /// Recipient: client data of the categories shared and consented to.
    pub shared: Vec<SharedSection>,
    /// Recipient: whether the client's data may be shown now.
    pub access: ReferralAccess,
    /// The states the viewer may move the referral to now.
    pub next: Vec<super::ReferralStatus>,
    /// Sender: the link of a referral to a partner without an account.
    #[serde(default)]
    pub external: Option<ExternalLinkInfo>,
}

/// The sending side's view of the link a partner without an account answers through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalLinkInfo {
    pub contact: String,
    pub email: String,
    /// When the link ends (milliseconds since the epoch).
    pub expires_at: i64,
    pub withdrawn: bool,
    pub expired: bool,
    /// When the contact last opened the referral behind the link, if ever.
    pub last_viewed_at: Option<i64>,
}

/// What a link for a partner without an account shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExternalView {
    /// Nothing: the link is unknown, expired or withdrawn, the referral closed, or the consent
    /// behind it revoked. All look alike, so the link tells a stranger nothing.
    Gone,
    /// The link is good; the one-time code from the second mail is still to be typed.
    Code {
        organisation: String,
        code_sent: bool,
    },
    /// The referral, as the recipient sees it.
    Referral {
        page: Box<ReferralPage>,
        organisation: String,
    },
}

/// What the recipient of a referral may see of the client now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReferralAccess {
    /// The sender, or a recipient under an active consent.
    Active,
    /// The referral is open, but no consent covers it (revoked, expired or never given).
    ConsentMissing,
    /// The referral is closed: nothing of the client is shown.
    Closed,
}

impl ReferralAccess {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralAccess::Active => "active",
            ReferralAccess::ConsentMissing => "consent-missing",
            ReferralAccess::Closed => "closed",
        }
    }
}

impl PartialEq<&str> for ReferralAccess {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The partner inbox and the case's referral list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ReferralList {
    pub referrals: Vec<Referral>,
}

/// The partner-network page of a case: consents, referrals, and the course search of a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkPage {
    pub head: super::CaseHead,
    pub consents: Vec<ConsentRecord>,
    pub referrals: Vec<Referral>,
    /// Open steps a referral can go from: (step id, service type, detail, status).
    pub steps: Vec<(i64, String, String, String)>,
    pub organisations: Vec<(i64, String)>,
    /// The directory has active offers (the referral form points to it).
    pub has_offers: bool,
    pub courses: Option<CourseSearch>,
    pub custom: Vec<super::CustomEntry>,
    pub today: String,
    /// Access time (eligible → started) and waiting time (registered → started) of this
    /// client's course steps, in days.
    pub access_times: Vec<(String, Option<i64>, Option<i64>)>,
}

/// One row of the audit log as the data-protection officer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub actor: String,
    pub role: String,
    pub organisation: String,
    pub client_id: Option<i64>,
    pub client_name: String,
    pub record: String,
    pub action: String,
    pub purpose: String,
    pub basis: String,
    pub categories: String,
    pub allowed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AuditFilter {
    pub client_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub from_date: String,
    pub until_date: String,
    pub denied_only: bool,
    pub page: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub has_next: bool,
    pub organisations: Vec<(i64, String)>,
}

/// What the offer form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferInput {
    pub service_type: String,
    pub title: String,
    pub description: String,
    pub district: String,
    pub address: String,
    pub entry_level: String,
    pub target_level: String,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub childcare: bool,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub accessible: bool,
    pub schedule: String,
    pub capacity: String,
    pub free_seats: String,
    pub documents: String,
    pub contact: String,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub active: bool,
    /// ISO 639-3 codes separated by commas or spaces.
    pub languages: String,
    /// Start dates (YYYY-MM-DD) separated by commas or spaces.
    pub starts: String,
}

/// What the recipient (or, withdrawing, the sender) changes on a referral.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseInput {
    pub status: String,
    pub decline_reason: String,
    pub outcome: String,
    pub seat: String,
    pub starts_on: String,
    pub note: String,
}

/// The ticked data-category checkboxes of a form (`cat_<category>`, see
/// [`category_field`]): every other field the form posts is not one of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CategoryBoxes(pub std::collections::BTreeMap<String, String>);

/// The checkbox field of a data category: `cat_youth_welfare` for `youth-welfare`.
pub fn category_field(category: &str) -> String {
    format!("cat_{}", category.replace('-', "_"))
}

impl CategoryBoxes {
    /// The ticked categories' codes, in catalogue order.
    pub fn ticked(&self) -> Vec<String> {
        super::ConsentCategory::ALL
            .iter()
            .filter(|c| self.0.contains_key(&category_field(c.as_str())))
            .map(|c| c.as_str().to_owned())
            .collect()
    }
}

/// The form recording a client's consent to share data with an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShareConsentForm {
    pub organisation_id: String,
    pub purpose: String,
    pub entrusted_by: String,
    pub valid_from: String,
    pub valid_until: String,
    pub method: String,
    pub interpreter_language: String,
    #[serde(flatten)]
    pub categories: CategoryBoxes,
}

/// The form sending a referral to an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferralForm {
    pub step_id: String,
    pub organisation_id: String,
    pub offer_id: String,
    pub purpose: String,
    pub message: String,
    pub response_due: String,
    #[serde(flatten)]
    pub categories: CategoryBoxes,
}
