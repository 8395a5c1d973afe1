//! Closed catalogues: the fixed sets of codes Lotse decides by (case phases, step, goal,
//! referral, task and measure statuses, consent categories, note compartments). Each is an
//! enum whose code is the text stored in the database and posted by forms, and whose Fluent
//! message is `<catalogue>-<code>` (see `catalogue`). Transitions between states are methods
//! here, so no other module compares status texts.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A text that is not a code of the closed catalogue it was read as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a code of this catalogue")]
pub struct UnknownCode(pub String);

/// A code of a closed catalogue, for code that handles any of them (SQL lists).
pub trait Code: Copy {
    /// The value stored in the database.
    fn code(self) -> &'static str;
    /// The Fluent id of its name.
    fn message_id(self) -> &'static str;
}

/// Defines a closed catalogue: the enum with its stored codes, `ALL` in catalogue order,
/// `as_str`, `message_id`, `parse`, `from_input`, and comparison with stored text.
macro_rules! closed_catalogue {
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $catalogue:literal {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every code, in catalogue order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value stored in the database and sent in forms.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The Fluent id of the code's name.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($catalogue, "-", $code),)+
                }
            }

            pub fn parse(value: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|c| c.as_str() == value)
            }

            /// A code a user chose: `error-required` when empty, `error-choose-from-list`
            /// when not a code of the catalogue (reported beside `field`).
            pub fn from_input(text: &str, field: &str) -> Result<$name, AppError> {
                let text = text.trim();
                if text.is_empty() {
                    return Err(AppError::invalid(field, "error-required"));
                }
                $name::parse(text).ok_or_else(|| AppError::invalid(field, "error-choose-from-list"))
            }

            /// Every code's stored text, in catalogue order.
            pub fn codes() -> Vec<&'static str> {
                $name::ALL.iter().map(|c| c.as_str()).collect()
            }
        }

        impl Code for $name {
            fn code(self) -> &'static str {
                self.as_str()
            }
            fn message_id(self) -> &'static str {
                $name::message_id(self)
            }
        }

        impl FromStr for $name {
            type Err = UnknownCode;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                $name::parse(value).ok_or_else(|| UnknownCode(value.to_owned()))
            }
        }

        impl TryFrom<&str> for $name {
            type Error = UnknownCode;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Stored text (a row field) compared with a code.
        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.as_str()
            }
        }
    };
}

closed_catalogue! {
    /// Phases of a case (DGCC cycle), in order.
    pub enum CasePhase in "phase" {
        Referral = "referral",
        Intake = "intake",
        Assessment = "assessment",
        Planning = "planning",
        Implementation = "implementation",
        Monitoring = "monitoring",
        Evaluation = "evaluation",
        Closed = "closed",
    }
}

impl CasePhase {
    /// The phases a case may move to from this one: the next phase, back to implementation
    /// from monitoring or evaluation (the review loop), and closing from any open phase.
    pub fn next(self) -> Vec<CasePhase> {
        use CasePhase::*;
        match self {
            Closed => Vec::new(),
            Monitoring => vec![Implementation, Evaluation, Closed],
            Evaluation => vec![Implementation, Closed],
            open => {
                let index = CasePhase::ALL.iter().position(|p| *p == open).unwrap_or(0);
                vec![CasePhase::ALL[index + 1], Closed]
            }
        }
    }

    /// Its place in the cycle (0 = referral).
    pub fn rank(self) -> usize {
        CasePhase::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or_default()
    }

    /// Not closed.
    pub fn is_open(self) -> bool {
        self != CasePhase::Closed
    }
}

closed_catalogue! {
    /// Where a goal of the plan stands.
    pub enum GoalStatus in "goal-status" {
        Open = "open",
        InProgress = "in-progress",
        Achieved = "achieved",
        PartlyAchieved = "partly-achieved",
        NotAchieved = "not-achieved",
        Dropped = "dropped",
    }
}

impl GoalStatus {
    /// A dropped goal says why.
    pub fn needs_reason(self) -> bool {
        self == GoalStatus::Dropped
    }
}

closed_catalogue! {
    /// Step statuses (BAMF's waiting-time definitions).
    pub enum StepStatus in "step-status" {
        Planned = "planned",
        EligibilityRequested = "eligibility-requested",
        Eligible = "eligible",
        Registered = "registered",
        Waitlisted = "waitlisted",
        Started = "started",
        Completed = "completed",
        Interrupted = "interrupted",
        Dropped = "dropped",
        Rejected = "rejected",
        NotNeeded = "not-needed",
    }
}

impl StepStatus {
    /// Step statuses after which nothing more is expected of a step.
    pub const FINISHED: &'static [StepStatus] = &[
        StepStatus::Completed,
        StepStatus::Interrupted,
        StepStatus::Dropped,
        StepStatus::Rejected,
        StepStatus::NotNeeded,
    ];

    /// Step statuses in which a partner organisation has to act.
    pub const WAITING: &'static [StepStatus] = &[
        StepStatus::EligibilityRequested,
        StepStatus::Registered,
        StepStatus::Waitlisted,
    ];

    /// Step statuses from which a course the client has a seat in starts.
    pub const STARTABLE: &'static [StepStatus] = &[
        StepStatus::Registered,
        StepStatus::Waitlisted,
        StepStatus::Eligible,
    ];

    pub fn is_finished(self) -> bool {
        StepStatus::FINISHED.contains(&self)
    }

    /// The Fluent id of the error when this status is set without a note, if it needs one:
    /// a completed step records its result, a rejected one the reason.
    pub fn note_required(self) -> Option<&'static str> {
        match self {
            StepStatus::Completed => Some("error-result-required"),
            StepStatus::Rejected => Some("error-reason-required"),
            _ => None,
        }
    }

    /// A rejection may be appealed until a deadline.
    pub fn takes_appeal_deadline(self) -> bool {
        self == StepStatus::Rejected
    }
}

closed_catalogue! {
    /// A referral's states (closed loop).
    pub enum ReferralStatus in "referral-status" {
        Sent = "sent",
        Accepted = "accepted",
        Declined = "declined",
        InProgress = "in-progress",
        Completed = "completed",
        Withdrawn = "withdrawn",
    }
}

impl ReferralStatus {
    /// States in which the recipient works on the referral (and may see the client's data).
    pub const OPEN: &'static [ReferralStatus] = &[
        ReferralStatus::Sent,
        ReferralStatus::Accepted,
        ReferralStatus::InProgress,
    ];

    pub fn is_open(self) -> bool {
        ReferralStatus::OPEN.contains(&self)
    }

    /// The states the sender (`sender`) or the recipient may move a referral to from this
    /// one. The recipient may repeat accepted and in-progress (to add a seat or a note).
    pub fn next(self, sender: bool) -> &'static [ReferralStatus] {
        use ReferralStatus::*;
        match (self, sender) {
            (Sent | Accepted | InProgress, true) => &[Withdrawn],
            (Sent, false) => &[Accepted, Declined],
            (Accepted, false) => &[Accepted, InProgress, Completed, Declined],
            (InProgress, false) => &[InProgress, Completed],
            _ => &[],
        }
    }

    /// The recipient has answered (the response time ends).
    pub fn is_answer(self) -> bool {
        matches!(self, ReferralStatus::Accepted | ReferralStatus::Declined)
    }
}

closed_catalogue! {
    /// A volunteer task's states: offered to a volunteer or network, accepted or declined by
    /// a volunteer, done (with a report), or cancelled by the case manager.
    pub enum TaskStatus in "task-status" {
        Offered = "offered",
        Accepted = "accepted",
        Declined = "declined",
        Done = "done",
        Cancelled = "cancelled",
    }
}

impl TaskStatus {
    /// Offered or accepted: the task is still to be done.
    pub const OPEN: &'static [TaskStatus] = &[TaskStatus::Offered, TaskStatus::Accepted];

    pub fn is_open(self) -> bool {
        TaskStatus::OPEN.contains(&self)
    }

    /// The state a volunteer's action leads to as the volunteer's screen shows it before the
    /// server answers (declining a task offered to the network shows it declined, too).
    pub fn after(action: TaskAction) -> TaskStatus {
        match action {
            TaskAction::Accept => TaskStatus::Accepted,
            TaskAction::Decline => TaskStatus::Declined,
            TaskAction::Done => TaskStatus::Done,
        }
    }
}

/// What a volunteer does with a task; the code is the `action` a form posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskAction {
    Accept,
    Decline,
    Done,
}

impl TaskAction {
    pub const ALL: &'static [TaskAction] =
        &[TaskAction::Accept, TaskAction::Decline, TaskAction::Done];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskAction::Accept => "accept",
            TaskAction::Decline => "decline",
            TaskAction::Done => "done",
        }
    }

    pub fn parse(value: &str) -> Option<TaskAction> {
        TaskAction::ALL
            .iter()
            .copied()
            .find(|a| a.as_str() == value)
    }
}

closed_catalogue! {
    /// Categories of a client's data that a consent names (DOMAIN.md section 6). Health is
    /// always a consent of its own; youth-welfare data records who entrusted it.
    pub enum ConsentCategory in "consent-category" {
        Identity = "identity",
        Language = "language",
        Work = "work",
        Housing = "housing",
        Health = "health",
        Residence = "residence",
        YouthWelfare = "youth-welfare",
    }
}

impl ConsentCategory {
    /// Health data is shared only under a consent that names nothing else.
    pub fn stands_alone(self) -> bool {
        self == ConsentCategory::Health
    }

    /// Youth-welfare data records who entrusted it.
    pub fn needs_entrusted_by(self) -> bool {
        self == ConsentCategory::YouthWelfare
    }
}

closed_catalogue! {
    /// Where a working group's measure stands.
    pub enum MeasureStatus in "measure-status" {
        Proposed = "proposed",
        UnderReview = "under-review",
        Agreed = "agreed",
        Implemented = "implemented",
        Rejected = "rejected",
    }
}

closed_catalogue! {
    /// The compartments of a client's notes. Health and youth welfare are sensitive data;
    /// private notes are seen by their author only.
    pub enum NoteCompartment in "compartment" {
        Health = "health",
        YouthWelfare = "youth-welfare",
        Private = "private",
    }
}

impl NoteCompartment {
    /// The Fluent id of the sentence that says who may see the compartment.
    pub const fn hint_message_id(self) -> &'static str {
        match self {
            NoteCompartment::Health => "compartment-health-hint",
            NoteCompartment::YouthWelfare => "compartment-youth-welfare-hint",
            NoteCompartment::Private => "compartment-private-hint",
        }
    }

    /// Youth-welfare notes record who entrusted the information.
    pub fn needs_entrusted_by(self) -> bool {
        self == NoteCompartment::YouthWelfare
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_moves_forward_loops_back_from_review_and_can_close_from_any_open_phase() {
        use CasePhase::*;
        assert_eq!(Referral.next(), [Intake, Closed]);
        assert_eq!(Evaluation.next(), [Implementation, Closed]);
        assert_eq!(Monitoring.next(), [Implementation, Evaluation, Closed]);
        assert_eq!(Planning.next(), [Implementation, Closed]);
        assert!(Closed.next().is_empty());
    }

    #[test]
    fn codes_round_trip_through_their_stored_text_and_serde() {
        for phase in CasePhase::ALL {
            assert_eq!(CasePhase::parse(phase.as_str()), Some(*phase));
            assert_eq!(
                serde_json::to_string(phase).unwrap(),
                format!("\"{}\"", phase.as_str())
            );
        }
        for s in StepStatus::ALL {
            assert_eq!(s.as_str().parse::<StepStatus>(), Ok(*s));
        }
        assert_eq!(
            ReferralStatus::InProgress.message_id(),
            "referral-status-in-progress"
        );
        assert_eq!(
            NoteCompartment::YouthWelfare.message_id(),
            "compartment-youth-welfare"
        );
        assert_eq!(CasePhase::parse("nonsense"), None);
        assert_eq!(
            StepStatus::from_input(" ", "step_status"),
            Err(AppError::invalid("step_status", "error-required"))
        );
        assert_eq!(
            StepStatus::from_input("finished", "step_status"),
            Err(AppError::invalid("step_status", "error-choose-from-list"))
        );
    }

    #[test]
    fn the_sender_only_withdraws_and_the_recipient_answers_an_open_referral() {
        use ReferralStatus::*;
        assert_eq!(Sent.next(false), [Accepted, Declined]);
        assert_eq!(Sent.next(true), [Withdrawn]);
        assert!(Completed.next(false).is_empty());
        assert!(Declined.next(true).is_empty());
    }
}

closed_catalogue! {
    /// What a staff member can be told of by e-mail (issue 19).
    pub enum NotificationKind in "notify-kind" {
        /// A referral arrived for the partner's organisation.
        NewReferral = "new-referral",
        /// A referral is past its response date without an answer (to the sender and the
        /// receiving organisation).
        ReferralOverdue = "referral-overdue",
        /// A client asked in the portal for a correction.
        CorrectionRequested = "correction-requested",
        /// A client revoked a consent in the portal.
        ConsentRevoked = "consent-revoked",
        /// A volunteer reported a problem with a task.
        VolunteerProblem = "volunteer-problem",
    }
}

impl NotificationKind {
    /// The kinds that can concern someone in `role`, offered on their account page.
    pub fn for_role(role: super::Role) -> &'static [NotificationKind] {
        use super::Role;
        match role {
            Role::PartnerStaff => &[
                NotificationKind::NewReferral,
                NotificationKind::ReferralOverdue,
            ],
            Role::CaseManager => &[
                NotificationKind::ReferralOverdue,
                NotificationKind::CorrectionRequested,
                NotificationKind::ConsentRevoked,
                NotificationKind::VolunteerProblem,
            ],
            _ => &[],
        }
    }
}

closed_catalogue! {
    /// How someone wants to be told of a kind of event.
    pub enum Delivery in "delivery" {
        /// A mail at once (the default).
        Now = "now",
        /// One mail a day with everything since the last.
        Daily = "daily",
        Never = "never",
    }
}
