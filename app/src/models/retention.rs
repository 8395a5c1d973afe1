//! The deletion concept (DIN 66398): every kind of personal data Lotse stores, and the one rule
//! that says when it goes: a start event and a period. The kinds and their start events are
//! fixed here; the periods are the data-protection officer's to set (`retention_rules`).

use serde::{Deserialize, Serialize};

/// A kind of personal data, with one retention rule each. Its id names the rule in the
/// database and its Fluent messages (`retention-kind-<id>`, `retention-kind-<id>-holds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataKind {
    ClientRecord,
    Contact,
    Household,
    Residence,
    HealthNotes,
    YouthWelfareNotes,
    PrivateNotes,
    Case,
    Assessment,
    Plan,
    Appointments,
    Consents,
    Referrals,
    VolunteerTasks,
    PortalAccess,
    CorrectionRequests,
    StructuralIssueLinks,
    StaffSessions,
    AuditLog,
}

/// When a kind's period begins (DIN 66398: the start of the deletion period). Its Fluent
/// message is `retention-start-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartEvent {
    /// The client's last case was closed (and no case of theirs is open).
    CaseClosed,
    /// The consent was revoked or ran out.
    ConsentEnded,
    /// The referral was completed, declined or withdrawn.
    ReferralClosed,
    /// The volunteer task was done or cancelled.
    TaskFinished,
    /// The client's portal access was ended or blocked.
    PortalAccessEnded,
    /// The correction request was answered.
    RequestAnswered,
    /// The session was last used (it ends by sign-out or expiry); for sign-in throttling,
    /// the window of attempts began.
    SessionEnded,
    /// The entry was written.
    EntryWritten,
}

impl StartEvent {
    pub fn id(self) -> &'static str {
        match self {
            StartEvent::CaseClosed => "case-closed",
            StartEvent::ConsentEnded => "consent-ended",
            StartEvent::ReferralClosed => "referral-closed",
            StartEvent::TaskFinished => "task-finished",
            StartEvent::PortalAccessEnded => "portal-access-ended",
            StartEvent::RequestAnswered => "request-answered",
            StartEvent::SessionEnded => "session-ended",
            StartEvent::EntryWritten => "entry-written",
        }
    }
}

impl DataKind {
    pub const ALL: [DataKind; 19] = [
        DataKind::ClientRecord,
        DataKind::Contact,
        DataKind::Household,
        DataKind::Residence,
        DataKind::HealthNotes,
        DataKind::YouthWelfareNotes,
        DataKind::PrivateNotes,
        DataKind::Case,
        DataKind::Assessment,
        DataKind::Plan,
        DataKind::Appointments,
        DataKind::Consents,
        DataKind::Referrals,
        DataKind::VolunteerTasks,
        DataKind::PortalAccess,
        DataKind::CorrectionRequests,
        DataKind::StructuralIssueLinks,
        DataKind::StaffSessions,
        DataKind::AuditLog,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DataKind::ClientRecord => "client-record",
            DataKind::Contact => "contact",
            DataKind::Household => "household",
            DataKind::Residence => "residence",
            DataKind::HealthNotes => "health-notes",
            DataKind::YouthWelfareNotes => "youth-welfare-notes",
            DataKind::PrivateNotes => "private-notes",
            DataKind::Case => "case",
            DataKind::Assessment => "assessment",
            DataKind::Plan => "plan",
            DataKind::Appointments => "appointments",
            DataKind::Consents => "consents",
            DataKind::Referrals => "referrals",
            DataKind::VolunteerTasks => "volunteer-tasks",
            DataKind::PortalAccess => "portal-access",
            DataKind::CorrectionRequests => "correction-requests",
            DataKind::StructuralIssueLinks => "structural-issue-links",
            DataKind::StaffSessions => "staff-sessions",
            DataKind::AuditLog => "audit-log",
        }
    }

    pub fn parse(id: &str) -> Option<DataKind> {
        DataKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// When this kind's period begins.
    pub fn start_event(self) -> StartEvent {
        use DataKind::*;
        match self {
            ClientRecord | Contact | Household | Residence | HealthNotes | YouthWelfareNotes
            | PrivateNotes | Case | Assessment | Plan | Appointments | StructuralIssueLinks => {
                StartEvent::CaseClosed
            }
            Consents => StartEvent::ConsentEnded,
            Referrals => StartEvent::ReferralClosed,
            VolunteerTasks => StartEvent::TaskFinished,
            PortalAccess => StartEvent::PortalAccessEnded,
            CorrectionRequests => StartEvent::RequestAnswered,
            StaffSessions => StartEvent::SessionEnded,
            AuditLog => StartEvent::EntryWritten,
        }
    }

    /// Where Lotse keeps this kind: tables, or `table.column` where a kind is a part of a
    /// table's columns. The data-protection officer's record of processing names these.
    pub fn stored_in(self) -> &'static [&'static str] {
        use DataKind::*;
        match self {
            ClientRecord => &["clients", "client_name_keys"],
            Contact => &[
                "clients.phone",
                "clients.email",
                "clients.street",
                "clients.postal_code",
                "clients.city",
            ],
            Household => &["household_members"],
            Residence => &["client_residence"],
            HealthNotes => &["client_notes (health)"],
            YouthWelfareNotes => &["client_notes (youth-welfare)"],
            PrivateNotes => &["client_notes (private)"],
            Case => &[
                "cases",
                "case_phase_changes",
                "case_assignments",
                "case_facts",
                "case_consents",
            ],
            Assessment => &["assessments"],
            Plan => &[
                "plan_versions",
                "goals",
                "steps",
                "step_status_changes",
                "text_translations",
            ],
            Appointments => &["appointments"],
            Consents => &["consents", "consent_categories"],
            Referrals => &["referrals", "referral_categories", "referral_events"],
            VolunteerTasks => &[
                "volunteer_tasks",
                "volunteer_task_declines",
                "volunteer_task_actions",
                "follow_ups",
            ],
            PortalAccess => &["portal_access", "portal_sessions"],
            CorrectionRequests => &["follow_ups (topic)"],
            StructuralIssueLinks => &["structural_issues.case_id", "structural_issues.flagged_by"],
            StaffSessions => &["sessions", "sign_in_attempts"],
            AuditLog => &["audit_log", "audit_chain"],
        }
    }
}

/// The unit of a retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodUnit {
    Days,
    Months,
    Years,
}

impl PeriodUnit {
    pub const ALL: [PeriodUnit; 3] = [PeriodUnit::Days, PeriodUnit::Months, PeriodUnit::Years];

    pub fn id(self) -> &'static str {
        match self {
            PeriodUnit::Days => "days",
            PeriodUnit::Months => "months",
            PeriodUnit::Years => "years",
        }
    }

    pub fn parse(id: &str) -> Option<PeriodUnit> {
        PeriodUnit::ALL.into_iter().find(|u| u.id() == id)
    }

    /// The longest period Lotse accepts in this unit: a hundred years.
    pub fn most(self) -> i64 {
        match self {
            PeriodUnit::Days => 36_500,
            PeriodUnit::Months => 1_200,
            PeriodUnit::Years => 100,
        }
    }
}

/// A retention rule in force, as the data-protection officer's page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRule {
    /// A [`DataKind`] id.
    pub data_kind: String,
    /// A [`StartEvent`] id.
    pub start_event: String,
    pub period_amount: i64,
    /// A [`PeriodUnit`] id.
    pub period_unit: String,
    pub version: i64,
    /// The last change: when, by whom, and the period before it (amount, unit). None while
    /// the shipped default is in force.
    pub last_change: Option<RetentionChange>,
    /// The last run of the schedule that applied this rule: when it began and how many
    /// records it deleted. None before the first run.
    pub last_run: Option<RetentionRunEntry>,
}

/// What one run of the schedule did under one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRunEntry {
    pub at: i64,
    pub deleted: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionChange {
    pub at: i64,
    pub by: String,
    pub old_amount: i64,
    pub old_unit: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_kind_has_a_distinct_id_that_parses_back() {
        for kind in DataKind::ALL {
            assert_eq!(DataKind::parse(kind.id()), Some(kind));
            assert!(
                !kind.stored_in().is_empty(),
                "{kind:?} names where it is kept"
            );
        }
        let mut ids: Vec<_> = DataKind::ALL.iter().map(|k| k.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), DataKind::ALL.len());
    }
}
