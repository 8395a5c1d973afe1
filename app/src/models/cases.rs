//! Client records, cases, assessment, plans and the dashboard as the browser sees them.
//! Catalogue values are codes (see `catalogue`); the UI translates them.

use serde::{Deserialize, Serialize};

use super::{CasePhase, CustomEntry, PartialDate};

/// Everything about a client that is not in a sensitive compartment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientRecord {
    pub id: i64,
    pub given_names: String,
    pub family_name: String,
    pub given_names_latin: Option<String>,
    pub family_name_latin: Option<String>,
    pub birth: PartialDate,
    pub preferred_language: Option<String>,
    pub interpreter_needed: bool,
    pub interpreter_language: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    /// Names of the preferred and the interpreter language, for display.
    pub preferred_language_name: Option<String>,
    pub interpreter_language_name: Option<String>,
    pub version: i64,
}

/// A language offered when picking one: its ISO 639-3 code and a label with its German (or
/// English) name, its own name and the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageOption {
    pub code: String,
    pub label: String,
}

impl ClientRecord {
    pub fn full_name(&self) -> String {
        super::joined_name(&[Some(&self.given_names), Some(&self.family_name)])
    }

    /// The spelling in Latin letters, empty when there is none.
    pub fn latin_name(&self) -> String {
        super::joined_name(&[
            self.given_names_latin.as_deref(),
            self.family_name_latin.as_deref(),
        ])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseholdMember {
    pub id: i64,
    pub name: String,
    pub relation: String,
    pub birth_year: Option<i64>,
}

/// Residence status and benefit regime: a compartment of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Residence {
    pub residence_status: Option<String>,
    pub valid_until: Option<String>,
    pub benefit_regime: Option<String>,
    /// 0 while nothing was recorded.
    pub version: i64,
}

/// A note in the health, youth-welfare or private compartment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub compartment: String,
    pub body: String,
    pub entrusted_by: Option<String>,
    pub author_name: String,
    pub created_at: i64,
}

/// A case as listed on a client page or the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: i64,
    pub client_id: i64,
    pub client_name: String,
    pub phase: String,
    pub owner_name: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientDetail {
    pub client: ClientRecord,
    pub household: Vec<HouseholdMember>,
    pub residence: Residence,
    /// Health and youth-welfare notes, and the viewer's own private notes.
    pub notes: Vec<Note>,
    pub cases: Vec<CaseSummary>,
    /// The hold on the client's data in force today, if any.
    pub hold: Option<ClientHold>,
    /// The client's latest erasure request, if any.
    pub erasure: Option<ErasureRequest>,
    /// Records of the same person merged into this one, newest first.
    pub merges: Vec<ClientMerge>,
}

/// The parts of a client's record a merge takes from one record or the other, in the order
/// the comparison shows them (each has a `merge-part-…` message).
pub const MERGE_PARTS: &[&str] = &[
    "name",
    "latin",
    "birth",
    "language",
    "interpreter",
    "phone",
    "email",
    "address",
    "residence",
];

/// A record of the same person that was merged into this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientMerge {
    /// The number the merged record had.
    pub merged_number: i64,
    /// Its name as it was written there.
    pub merged_name: String,
    /// The [`MERGE_PARTS`] taken from it.
    pub taken: Vec<String>,
    pub merged_by: String,
    pub merged_at: i64,
}

/// One of two records compared before a merge: the record, its residence compartment and
/// how much hangs on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeSide {
    pub client: ClientRecord,
    pub residence: Residence,
    pub cases: i64,
    pub household: i64,
    pub consents: i64,
    pub referrals: i64,
    /// The client has portal access (it ends if this record goes).
    pub portal: bool,
    /// A hold is in force (a held record is not merged).
    pub held: bool,
}

/// Two records of (perhaps) one person, side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeComparison {
    pub a: MergeSide,
    pub b: MergeSide,
}

/// The merge form: the two records as compared (`client_id` is `a`, `other_id` is `b`, each
/// with the version seen) and the [`MergeChoice`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeForm {
    pub client_id: i64,
    pub other_id: i64,
    pub version: i64,
    pub other_version: i64,
    pub choice: MergeChoice,
}

/// Which record stays (`keep`: `a` or `b`), and for each of [`MERGE_PARTS`] which record's
/// value wins (`a` or `b`; none chosen: the staying record's). Posted as the form names them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MergeChoice {
    pub keep: String,
    pub name: String,
    pub latin: String,
    pub birth: String,
    pub language: String,
    pub interpreter: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub residence: String,
}

impl MergeChoice {
    /// The side chosen for a part of [`MERGE_PARTS`] (empty: none chosen).
    pub fn part(&self, part: &str) -> &str {
        match part {
            "name" => &self.name,
            "latin" => &self.latin,
            "birth" => &self.birth,
            "language" => &self.language,
            "interpreter" => &self.interpreter,
            "phone" => &self.phone,
            "email" => &self.email,
            "address" => &self.address,
            "residence" => &self.residence,
            _ => "",
        }
    }
}

/// Why an erasure request can be refused (GDPR Art. 17(1)(a) and 17(3)(b) and (e)); each has
/// an `erasure-refusal-…` message the client reads in their language.
pub const ERASURE_REFUSALS: &[&str] = &["still-needed", "legal-duty", "legal-claims"];

/// A request to erase a client's data (GDPR Art. 17) and its decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureRequest {
    pub id: i64,
    /// The client's number; none once the client was erased.
    pub client_id: Option<i64>,
    pub requested_at: i64,
    /// Who recorded it; none: the client asked in the portal.
    pub recorded_by: Option<String>,
    /// `open`, `erased` or `refused`.
    pub status: String,
    /// One of [`ERASURE_REFUSALS`] when refused.
    pub refusal: Option<String>,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
}

/// The data-protection officer's list: requests still open, oldest first, and the latest
/// decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureRequests {
    pub open: Vec<ErasureRequest>,
    pub decided: Vec<ErasureRequest>,
}

/// A hold in force and its client, for the data-protection officer's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldClient {
    pub client_id: i64,
    pub hold: ClientHold,
}

/// A hold on a client's data (restriction of processing, GDPR Art. 18): while it is in force
/// nothing of them is deleted by the schedule or shared with partners and volunteers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientHold {
    pub id: i64,
    /// A `hold-reason` code.
    pub reason: String,
    pub note: Option<String>,
    /// The last day of the hold, `YYYY-MM-DD`.
    pub until: String,
    /// Who put it on, and when (ms).
    pub placed_by: String,
    pub placed_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseChange {
    pub from_phase: Option<String>,
    pub to_phase: String,
    pub closure_reason: Option<String>,
    pub changed_by: String,
    pub changed_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub given_on: String,
    pub method: String,
    pub interpreter_language: Option<String>,
    pub recorded_by: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub domain: String,
    pub needs: String,
    pub resources: String,
    pub client_goals: String,
    /// 0 while nothing was recorded for this domain.
    pub version: i64,
}

/// Structured assessment facts that drive services.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub language_level: Option<String>,
    pub literacy: Option<String>,
    pub schooling: Option<String>,
    pub qualifications: Option<String>,
    pub recognition_needed: bool,
    pub work_experience: Option<String>,
    pub housing_situation: Option<String>,
    pub health_insurance: Option<String>,
    pub version: i64,
}

/// The head of a case page: whose case, in which phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseHead {
    pub id: i64,
    pub client_id: i64,
    pub client_name: String,
    pub preferred_language: Option<String>,
    pub interpreter_needed: bool,
    pub interpreter_language: Option<String>,
    pub owner_name: String,
    pub phase: CasePhase,
    pub closure_reason: Option<String>,
    pub opened_at: i64,
    pub version: i64,
    /// The last day of a hold on the client's data in force today (`YYYY-MM-DD`).
    pub held_until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    pub head: CaseHead,
    pub history: Vec<PhaseChange>,
    pub consent: Option<Consent>,
    /// One per life domain, in catalogue order.
    pub assessments: Vec<Assessment>,
    pub facts: Facts,
    /// Case managers assigned besides the owner: (user id, name).
    pub assigned: Vec<(i64, String)>,
    /// Case managers of the organisation who could be assigned.
    pub colleagues: Vec<(i64, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub from_status: Option<String>,
    pub to_status: String,
    pub note: Option<String>,
    pub appeal_deadline: Option<String>,
    pub changed_by: String,
    pub changed_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: i64,
    pub goal_id: i64,
    pub service_type: String,
    pub detail: String,
    pub responsible_kind: String,
    pub responsible_organisation_id: Option<i64>,
    pub responsible_organisation: Option<String>,
    pub due_date: Option<String>,
    pub status: String,
    pub status_note: Option<String>,
    pub appeal_deadline: Option<String>,
    pub history: Vec<StatusChange>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: i64,
    pub domain: String,
    pub level: String,
    pub template: Option<String>,
    pub client_words: String,
    pub plain_wording: String,
    pub success_criterion: String,
    pub start_date: Option<String>,
    pub target_date: Option<String>,
    pub status: String,
    pub status_reason: Option<String>,
    pub steps: Vec<Step>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersion {
    pub id: i64,
    pub number: i64,
    pub agreed: bool,
    pub agreed_on: Option<String>,
    pub agreed_how: Option<String>,
    pub interpreter_language: Option<String>,
    pub review_due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: i64,
    pub step_id: Option<i64>,
    pub on_date: String,
    pub at_time: Option<String>,
    pub place: String,
    pub organisation: Option<String>,
    pub interpreter_needed: bool,
    #[serde(default)]
    pub interpreter_arranged: bool,
    #[serde(default)]
    pub bring: Option<String>,
    pub note: Option<String>,
}

/// The plan page: the newest version's goals and steps, the versions, appointments, and what
/// the forms offer (organisations, administrator-added catalogue entries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanDetail {
    pub head: CaseHead,
    /// Newest first.
    pub versions: Vec<PlanVersion>,
    pub goals: Vec<Goal>,
    pub appointments: Vec<Appointment>,
    pub organisations: Vec<(i64, String)>,
    pub custom: Vec<CustomEntry>,
    /// Today in Köln (YYYY-MM-DD): the earliest due date a new step may have.
    pub today: String,
}

/// What differs between two versions of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanDiff {
    pub from_number: i64,
    /// `None` for the current draft.
    pub to_number: Option<i64>,
    pub changes: Vec<PlanChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One goal or step that was added, removed or changed; `fields` names the changed fields
/// with their old and new values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    pub kind: ChangeKind,
    /// "goal" or "step".
    pub item: String,
    /// What the goal or step is about: a catalogue entry (catalogue, code) when it has one
    /// (goal template, service type), else the goal's wording.
    pub label_code: Option<(String, String)>,
    pub label: String,
    pub fields: Vec<(String, String, String)>,
}

/// The case manager's start page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    /// (phase, number of my cases), every phase but closed.
    pub phases: Vec<(String, i64)>,
    /// Overdue steps, the most recently due first.
    pub overdue_steps: DashboardSteps,
    /// Steps waiting for a partner, the longest waiting first.
    pub waiting_steps: DashboardSteps,
    pub reviews_due: Vec<DashboardReview>,
    pub appointments: Vec<DashboardAppointment>,
    pub recent: Vec<CaseSummary>,
    pub custom: Vec<CustomEntry>,
    /// Referrals I sent that are past their response date without an answer.
    pub overdue_referrals: Vec<super::Referral>,
    /// My open follow-up tasks (a volunteer reported a problem).
    pub follow_ups: Vec<super::FollowUp>,
    /// My cases whose client's data are held (restricted) today: marked wherever listed.
    pub held_cases: Vec<i64>,
}

/// The first steps of a dashboard list, and how many the list has in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardSteps {
    pub steps: Vec<DashboardStep>,
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardStep {
    pub case_id: i64,
    pub client_name: String,
    pub service_type: String,
    pub due_date: Option<String>,
    pub status: String,
    pub organisation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardReview {
    pub case_id: i64,
    pub client_name: String,
    pub review_due: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardAppointment {
    pub case_id: i64,
    pub client_name: String,
    pub on_date: String,
    pub at_time: Option<String>,
    pub place: String,
}

/// The shipped interface locale that suits a client's preferred language (ISO 639-3), for
/// printing their plan; German when none is shipped.
pub fn locale_for_language(iso639_3: Option<&str>) -> &'static str {
    match iso639_3.unwrap_or_default() {
        "ara" | "arb" | "apc" | "ajp" | "acm" | "arz" | "ary" => "ar",
        "pes" | "fas" => "fa",
        "prs" => "fa-AF",
        "pus" | "pbu" | "pst" => "ps",
        "tur" => "tr",
        "kmr" => "kmr",
        "ukr" => "uk",
        "rus" => "ru",
        "eng" => "en",
        "fra" => "fr",
        _ => "de",
    }
}

/// A goal as typed into the form; the fields are named as the form posts them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalInput {
    pub domain: String,
    pub level: String,
    pub template: String,
    pub client_words: String,
    pub plain_wording: String,
    pub success_criterion: String,
    pub start_date: String,
    pub target_date: String,
}

/// A step as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepInput {
    pub service_type: String,
    pub detail: String,
    pub responsible_kind: String,
    pub responsible_organisation_id: String,
    pub due_date: String,
}

/// An appointment as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppointmentInput {
    pub step_id: String,
    pub on_date: String,
    pub at_time: String,
    pub place: String,
    pub organisation_id: String,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub interpreter_needed: bool,
    /// The interpreter is booked (shown to the client in the portal).
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub interpreter_arranged: bool,
    /// What the client should bring.
    pub bring: String,
    #[serde(rename = "appointment_note")]
    pub note: String,
}

/// The structured facts as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FactsInput {
    pub language_level: String,
    pub literacy: String,
    pub schooling: String,
    pub qualifications: String,
    #[serde(
        with = "super::checkbox",
        skip_serializing_if = "super::checkbox::unticked"
    )]
    pub recognition_needed: bool,
    pub work_experience: String,
    pub housing_situation: String,
    pub health_insurance: String,
}

/// The assessment of one life domain as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentInput {
    pub domain: String,
    pub needs: String,
    pub resources: String,
    pub client_goals: String,
}
