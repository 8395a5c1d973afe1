//! Volunteer tasks as the two sides see them. The volunteer's type carries only what the
//! issue allows a volunteer to see: the client's first name, phone and preferred language
//! (each only while the client's consent covers it), and the task's own place, time and
//! instructions (its free text, too, only while the consent covers name and contact).

use serde::{Deserialize, Serialize};

/// A task on the volunteer's tablet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerTask {
    pub id: i64,
    pub kind: String,
    pub on_date: String,
    pub at_time: Option<String>,
    pub place: String,
    /// What to bring and the case manager's note: free text about the client, so only with
    /// an open task and only while the consent covers name and contact.
    pub bring: Option<String>,
    pub note: Option<String>,
    pub status: String,
    /// Offered to this volunteer by name (not only to the network).
    pub personal: bool,
    /// Accepted by this volunteer.
    pub mine: bool,
    pub client_first_name: Option<String>,
    /// Only once this volunteer has accepted the task.
    pub client_phone: Option<String>,
    /// The preferred language's name (German and own name, as elsewhere in Lotse).
    pub client_language: Option<String>,
    pub problem: bool,
}

/// The volunteer's start page: tasks offered to them or their network, their accepted
/// tasks, and their recently finished ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerTaskList {
    pub tasks: Vec<VolunteerTask>,
}

/// What the server says after a volunteer's action (also when it was a retry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskActionResult {
    pub task_id: i64,
    pub status: String,
    /// The action had been applied before under the same key; nothing changed now.
    pub repeated: bool,
}

/// A volunteer task as the case manager sees it on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseVolunteerTask {
    pub id: i64,
    pub kind: String,
    pub on_date: String,
    pub at_time: Option<String>,
    pub place: String,
    pub bring: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub network: String,
    pub offered_to: Option<String>,
    pub volunteer: Option<String>,
    pub report: Option<String>,
    pub problem: bool,
    /// Volunteers of the network who declined it.
    pub declined_by: i64,
    pub step_id: Option<i64>,
    pub appointment_id: Option<i64>,
}

/// A volunteer network the case manager can offer a task to, and whether the client's
/// consent for volunteer support covers it today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerNetwork {
    pub id: i64,
    pub name: String,
    /// Data categories an active consent for volunteer support covers.
    pub covered: Vec<String>,
    /// The network's volunteers: (user id, name).
    pub volunteers: Vec<(i64, String)>,
}

/// A follow-up task for a case manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub id: i64,
    pub case_id: i64,
    pub client_id: i64,
    pub client_name: String,
    pub kind: String,
    pub task_id: Option<i64>,
    pub note: Option<String>,
    pub created_at: i64,
}

/// The volunteer page of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseVolunteers {
    pub head: super::CaseHead,
    pub tasks: Vec<CaseVolunteerTask>,
    pub networks: Vec<VolunteerNetwork>,
    /// Open steps a task can belong to: (step id, service type, detail).
    pub steps: Vec<(i64, String, String)>,
    /// Coming appointments: (id, date, time, place).
    pub appointments: Vec<(i64, String, Option<String>, String)>,
    pub follow_ups: Vec<FollowUp>,
    pub custom: Vec<super::CustomEntry>,
    pub client_id: i64,
}

/// A task as the case manager typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskInput {
    pub kind: String,
    pub organisation_id: String,
    pub offered_to: String,
    pub step_id: String,
    pub appointment_id: String,
    pub on_date: String,
    pub at_time: String,
    pub place: String,
    pub bring: String,
    #[serde(rename = "task_note")]
    pub note: String,
}
