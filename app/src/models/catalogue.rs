//! The catalogues a plan is built from. Every built-in entry is a Fluent message
//! `<catalogue>-<code>` in every shipped locale, so a plan written in German renders in the
//! client's language without a translator. Administrators add entries with a text per locale
//! (stored in the database); those travel with the page as [`CustomEntry`]. The catalogues
//! Lotse decides by (phases, statuses, consent categories) are enums in `states`.

use serde::{Deserialize, Serialize};

use super::states::{
    CasePhase, ConsentCategory, GoalStatus, MeasureStatus, ReferralStatus, StepStatus, TaskStatus,
};

/// A new entry of a catalogue administrators extend, as their form posts it: the catalogue,
/// the domain (not for closure reasons) and one text field per locale (see [`text_field`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogueEntryForm {
    pub catalogue: String,
    pub domain: String,
    /// The text of each locale, under its field name (`text_de`, `text_fa_af`, ...).
    #[serde(flatten)]
    pub texts: std::collections::BTreeMap<String, String>,
}

/// The form field holding an entry's text in a locale: `text_fa_af` for `fa-AF`.
pub fn text_field(locale: &str) -> String {
    format!("text_{}", locale.replace('-', "_").to_lowercase())
}

impl CatalogueEntryForm {
    /// (locale, text) for every shipped locale, empty where nothing was typed.
    pub fn texts_by_locale(&self) -> Vec<(String, String)> {
        crate::i18n::LANGUAGES
            .iter()
            .map(|l| {
                let text = self.texts.get(&text_field(l.id)).cloned();
                (l.id.to_owned(), text.unwrap_or_default())
            })
            .collect()
    }
}

pub const PHASE: &str = "phase";
pub const DOMAIN: &str = "domain";
pub const SERVICE: &str = "service";
pub const GOAL_TEMPLATE: &str = "goal-template";
pub const GOAL_LEVEL: &str = "goal-level";
pub const GOAL_STATUS: &str = "goal-status";
pub const STEP_STATUS: &str = "step-status";
pub const CLOSURE: &str = "closure";
pub const CONSENT_METHOD: &str = "consent-method";
pub const RESPONSIBLE: &str = "responsible";
pub const LANGUAGE_LEVEL: &str = "language-level";
pub const LITERACY: &str = "literacy";
pub const HOUSING: &str = "housing";
pub const INSURANCE: &str = "insurance";
pub const RESIDENCE: &str = "residence";
pub const BENEFIT: &str = "benefit";
pub const RELATION: &str = "relation";
pub const CONSENT_CATEGORY: &str = "consent-category";
pub const CONSENT_PURPOSE: &str = "consent-purpose";
pub const REFERRAL_STATUS: &str = "referral-status";
pub const REFERRAL_OUTCOME: &str = "referral-outcome";
pub const DECLINE_REASON: &str = "decline-reason";
pub const SEAT: &str = "seat";
pub const DISTRICT: &str = "district";
pub const TASK_KIND: &str = "task-kind";
pub const TASK_STATUS: &str = "task-status";
pub const MEASURE_STATUS: &str = "measure-status";
/// Why a client's data are held (restricted) instead of deleted.
pub const HOLD_REASON: &str = "hold-reason";
/// The units of a retention period ([`super::retention::PeriodUnit`]).
pub const RETENTION_UNIT: &str = "retention-unit";

/// Life domains of assessment and plan.
pub const DOMAINS: &[&str] = &[
    "language",
    "education-work",
    "housing",
    "health",
    "residence",
    "benefits",
    "family",
    "participation",
];

/// Service types with their life domain (DOMAIN.md section 5).
pub const SERVICES: &[(&str, &str)] = &[
    ("integration-course", "language"),
    ("literacy-course", "language"),
    ("youth-integration-course", "language"),
    ("parents-integration-course", "language"),
    ("intensive-integration-course", "language"),
    ("second-script-course", "language"),
    ("dtz-exam", "language"),
    ("job-language-course", "language"),
    ("course-fee-exemption", "language"),
    ("potential-analysis", "education-work"),
    ("cooperation-plan", "education-work"),
    ("placement-voucher", "education-work"),
    ("apprenticeship", "education-work"),
    ("entry-qualification", "education-work"),
    ("wage-subsidy", "education-work"),
    ("coaching", "education-work"),
    ("recognition-counselling", "education-work"),
    ("recognition-application", "education-work"),
    ("qualification-analysis", "education-work"),
    ("adaptation-training", "education-work"),
    ("zab-evaluation", "education-work"),
    ("housing-entitlement", "housing"),
    ("residence-obligation-change", "housing"),
    ("cost-approval", "housing"),
    ("move-out-of-shelter", "housing"),
    ("health-card", "health"),
    ("treatment-voucher", "health"),
    ("health-insurance-enrolment", "health"),
    ("psychosocial-centre", "health"),
    ("vaccination", "health"),
    ("permit-application", "residence"),
    ("naturalisation", "residence"),
    ("benefit-application", "benefits"),
    ("debt-counselling", "benefits"),
    ("childcare-place", "family"),
    ("school-enrolment", "family"),
    ("migration-counselling", "participation"),
    ("youth-migration-service", "participation"),
    ("interpreter", "participation"),
    ("document-translation", "participation"),
    ("volunteer-matching", "participation"),
];

/// Goal templates with their life domain.
pub const GOAL_TEMPLATES: &[(&str, &str)] = &[
    ("reach-b1", "language"),
    ("complete-integration-course", "language"),
    ("learn-to-read", "language"),
    ("qualification-recognised", "education-work"),
    ("find-work", "education-work"),
    ("start-apprenticeship", "education-work"),
    ("own-flat", "housing"),
    ("leave-shelter", "housing"),
    ("health-insurance", "health"),
    ("family-doctor", "health"),
    ("secure-residence", "residence"),
    ("secure-income", "benefits"),
    ("childcare", "family"),
    ("school-place", "family"),
    ("social-contacts", "participation"),
];

pub const GOAL_LEVELS: &[&str] = &["long-term", "framework", "action"];
pub const CLOSURE_REASONS: &[&str] = &[
    "goals-achieved",
    "standard-service",
    "client-ended",
    "moved-away",
    "unreachable",
    "consent-withdrawn",
];
/// How a client consented or agreed.
pub const CONSENT_METHODS: &[&str] = &["signature", "electronic", "oral-interpreter"];
pub const RESPONSIBLE_KINDS: &[&str] = &["client", "case-manager", "organisation", "volunteer"];
pub const LANGUAGE_LEVELS: &[&str] = &["a0", "a1", "a2", "b1", "b2", "c1", "c2"];
pub const LITERACY_LEVELS: &[&str] = &["literate", "other-script", "not-literate"];
pub const HOUSING_SITUATIONS: &[&str] = &[
    "shelter",
    "shared-accommodation",
    "own-flat",
    "with-family",
    "homeless",
];
pub const INSURANCE_STATUSES: &[&str] = &[
    "statutory",
    "health-card",
    "treatment-vouchers",
    "private",
    "none",
];
pub const RESIDENCE_STATUSES: &[&str] = &[
    "asylum-procedure",
    "tolerated",
    "temporary-protection",
    "residence-permit",
    "settlement-permit",
    "eu-citizen",
    "german-citizen",
    "other",
];
pub const BENEFIT_REGIMES: &[&str] = &["asylblg", "sgb2", "sgb12", "none"];
pub const RELATIONS: &[&str] = &["spouse", "child", "parent", "sibling", "other"];

/// What data is shared for: a consent names one purpose, a referral uses it.
pub const CONSENT_PURPOSES: &[&str] = &[
    "language-course",
    "employment",
    "recognition",
    "housing",
    "health-care",
    "counselling",
    "volunteer-support",
];
pub const REFERRAL_OUTCOMES: &[&str] = &[
    "service-provided",
    "course-completed",
    "client-did-not-attend",
    "client-withdrew",
    "not-eligible",
    "referred-elsewhere",
];
pub const DECLINE_REASONS: &[&str] = &[
    "no-capacity",
    "not-eligible",
    "not-responsible",
    "client-unreachable",
    "other",
];
/// A course provider's answer to a referral to a course.
pub const SEATS: &[&str] = &["confirmed", "waitlisted"];
/// Köln's nine city districts (Stadtbezirke).
pub const DISTRICTS: &[&str] = &[
    "innenstadt",
    "rodenkirchen",
    "lindenthal",
    "ehrenfeld",
    "nippes",
    "chorweiler",
    "porz",
    "kalk",
    "muelheim",
];
/// Service types that are language courses (offers with entry and target level).
pub const LANGUAGE_COURSES: &[&str] = &[
    "integration-course",
    "literacy-course",
    "youth-integration-course",
    "parents-integration-course",
    "intensive-integration-course",
    "second-script-course",
    "job-language-course",
];

/// Why a hold restricts a client's data (GDPR Art. 18(1), SGB X section 84): a procedure is
/// under way that needs them, their accuracy is disputed, or the client asked for it.
pub const HOLD_REASONS: &[&str] = &["ongoing-procedure", "disputed-accuracy", "client-request"];

/// What a volunteer is asked to do.
pub const TASK_KINDS: &[&str] = &[
    "accompany",
    "form-help",
    "language-practice",
    "housing-search",
    "other",
];

/// The catalogues administrators may extend.
pub const EXTENSIBLE: &[&str] = &[SERVICE, GOAL_TEMPLATE, CLOSURE];

/// Every built-in catalogue with its codes (for validation and the locale test).
pub fn builtin(catalogue: &str) -> Vec<&'static str> {
    let pairs = |list: &'static [(&'static str, &'static str)]| list.iter().map(|p| p.0).collect();
    match catalogue {
        PHASE => CasePhase::codes(),
        DOMAIN => DOMAINS.to_vec(),
        SERVICE => pairs(SERVICES),
        GOAL_TEMPLATE => pairs(GOAL_TEMPLATES),
        GOAL_LEVEL => GOAL_LEVELS.to_vec(),
        GOAL_STATUS => GoalStatus::codes(),
        STEP_STATUS => StepStatus::codes(),
        CLOSURE => CLOSURE_REASONS.to_vec(),
        CONSENT_METHOD => CONSENT_METHODS.to_vec(),
        RESPONSIBLE => RESPONSIBLE_KINDS.to_vec(),
        LANGUAGE_LEVEL => LANGUAGE_LEVELS.to_vec(),
        LITERACY => LITERACY_LEVELS.to_vec(),
        HOUSING => HOUSING_SITUATIONS.to_vec(),
        INSURANCE => INSURANCE_STATUSES.to_vec(),
        RESIDENCE => RESIDENCE_STATUSES.to_vec(),
        BENEFIT => BENEFIT_REGIMES.to_vec(),
        RELATION => RELATIONS.to_vec(),
        CONSENT_CATEGORY => ConsentCategory::codes(),
        CONSENT_PURPOSE => CONSENT_PURPOSES.to_vec(),
        REFERRAL_STATUS => ReferralStatus::codes(),
        REFERRAL_OUTCOME => REFERRAL_OUTCOMES.to_vec(),
        DECLINE_REASON => DECLINE_REASONS.to_vec(),
        SEAT => SEATS.to_vec(),
        DISTRICT => DISTRICTS.to_vec(),
        TASK_KIND => TASK_KINDS.to_vec(),
        TASK_STATUS => TaskStatus::codes(),
        MEASURE_STATUS => MeasureStatus::codes(),
        HOLD_REASON => HOLD_REASONS.to_vec(),
        RETENTION_UNIT => super::retention::PeriodUnit::ALL
            .iter()
            .map(|u| u.id())
            .collect(),
        _ => Vec::new(),
    }
}

pub const ALL_CATALOGUES: &[&str] = &[
    PHASE,
    DOMAIN,
    SERVICE,
    GOAL_TEMPLATE,
    GOAL_LEVEL,
    GOAL_STATUS,
    STEP_STATUS,
    CLOSURE,
    CONSENT_METHOD,
    RESPONSIBLE,
    LANGUAGE_LEVEL,
    LITERACY,
    HOUSING,
    INSURANCE,
    RESIDENCE,
    BENEFIT,
    RELATION,
    CONSENT_CATEGORY,
    CONSENT_PURPOSE,
    REFERRAL_STATUS,
    REFERRAL_OUTCOME,
    DECLINE_REASON,
    SEAT,
    DISTRICT,
    TASK_KIND,
    TASK_STATUS,
    RETENTION_UNIT,
    HOLD_REASON,
];

/// The Fluent id of a built-in entry.
pub fn message_id(catalogue: &str, code: &str) -> String {
    format!("{catalogue}-{code}")
}

/// The life domain of a service type or goal template (built-in or custom).
pub fn domain_of(custom: &[CustomEntry], catalogue: &str, code: &str) -> Option<String> {
    let list = match catalogue {
        SERVICE => SERVICES,
        GOAL_TEMPLATE => GOAL_TEMPLATES,
        _ => &[],
    };
    list.iter()
        .find(|(c, _)| *c == code)
        .map(|(_, d)| (*d).to_owned())
        .or_else(|| {
            custom
                .iter()
                .find(|e| e.catalogue == catalogue && e.code == code)
                .and_then(|e| e.domain.clone())
        })
}

/// An entry an administrator added, with its text in each locale that has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomEntry {
    pub id: i64,
    pub catalogue: String,
    pub code: String,
    pub domain: Option<String>,
    /// (locale id, text); German is always present.
    pub texts: Vec<(String, String)>,
}

/// A catalogue entry's text for a language: `untranslated` when German stood in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomText {
    pub text: String,
    pub untranslated: bool,
}

impl CustomEntry {
    pub fn text_in(&self, language: &str) -> CustomText {
        let find = |l: &str| {
            self.texts
                .iter()
                .find(|(id, _)| id == l)
                .map(|(_, t)| t.clone())
        };
        match find(language) {
            Some(text) => CustomText {
                text,
                untranslated: false,
            },
            None => CustomText {
                text: find("de").unwrap_or_else(|| self.code.clone()),
                untranslated: !crate::i18n::is_german(language),
            },
        }
    }
}

/// True when `code` is a built-in or custom entry of `catalogue`.
pub fn is_known(custom: &[CustomEntry], catalogue: &str, code: &str) -> bool {
    builtin(catalogue).contains(&code)
        || custom
            .iter()
            .any(|e| e.catalogue == catalogue && e.code == code)
}

/// The catalogue whose codes a form field holds, for showing stored values translated.
pub fn of_field(field: &str) -> Option<&'static str> {
    Some(match field {
        "field-domain" => DOMAIN,
        "field-goal-level" => GOAL_LEVEL,
        "field-goal-template" => GOAL_TEMPLATE,
        "field-goal-status" => GOAL_STATUS,
        "field-service-type" => SERVICE,
        "field-responsible" => RESPONSIBLE,
        "field-step-status" => STEP_STATUS,
        "field-language-level" => LANGUAGE_LEVEL,
        "field-literacy" => LITERACY,
        "field-housing-situation" => HOUSING,
        "field-health-insurance" => INSURANCE,
        "field-residence-status" => RESIDENCE,
        "field-benefit-regime" => BENEFIT,
        "case-phase" => PHASE,
        "field-retention-unit" => RETENTION_UNIT,
        _ => return None,
    })
}
