//! Coordination: programme figures (aggregates only, small cells suppressed), structural
//! issues, working groups, their meetings and measures. Nothing here names a person.

use serde::{Deserialize, Serialize};

/// The smallest number of people a published figure may stand for.
pub const MIN_CELL: i64 = 5;

/// How long computed figures are shown before they are computed again.
pub const SNAPSHOT_MINUTES: i64 = 10;

/// BAMF's benchmark: at most six weeks from registration to the start of a course.
pub const WAITING_BENCHMARK_DAYS: i64 = 42;

/// What the figures are computed for, as typed (dates still text, so nothing is lost).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FigureFilter {
    pub from: String,
    pub to: String,
    pub district: String,
    pub organisation: String,
}

/// A row or column heading: a Fluent message, or a text that is a name (an organisation,
/// a month).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Label {
    Message(String),
    Text(String),
    /// Days from .. to (inclusive), or from .. on.
    Days(i64, Option<i64>),
}

/// One published value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// A number of people (or of records, each of one person).
    Count(i64),
    /// Fewer than five people, or a cell that would let one compute such a cell.
    Suppressed,
    /// A median or other duration, in days.
    Days(i64),
    /// A share, in per cent.
    Percent(i64),
    /// Nothing to show (no one in the group).
    Empty,
}

impl Value {
    /// The text of the value in tables and CSV ("< 5" for a suppressed cell).
    pub fn text(&self) -> String {
        match self {
            Value::Count(n) | Value::Days(n) => n.to_string(),
            Value::Suppressed => format!("< {MIN_CELL}"),
            Value::Percent(p) => format!("{p} %"),
            Value::Empty => "–".to_owned(),
        }
    }

    pub fn number(&self) -> Option<i64> {
        match self {
            Value::Count(n) | Value::Days(n) | Value::Percent(n) => Some(*n),
            _ => None,
        }
    }
}

/// How a table is drawn besides the table itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Chart {
    None,
    /// Horizontal bars of one column, one bar per row.
    Bars {
        column: usize,
    },
    /// Bars of one column with a marked benchmark value (days).
    BarsWithBenchmark {
        column: usize,
        benchmark: i64,
    },
    /// One line per row across the columns (months).
    Lines,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureRow {
    pub label: Label,
    pub cells: Vec<Value>,
}

/// One table of figures. `key` names its CSV download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureTable {
    pub key: String,
    pub title_id: String,
    pub note_id: Option<String>,
    pub corner_id: String,
    pub columns: Vec<Label>,
    pub rows: Vec<FigureRow>,
    pub chart: Chart,
}

impl FigureTable {
    /// The value at a row (by its label's text or message id) and column (by index).
    pub fn value(&self, row: &str, column: usize) -> Option<Value> {
        self.rows
            .iter()
            .find(|r| match &r.label {
                Label::Message(id) | Label::Text(id) => id == row,
                Label::Days(..) => false,
            })
            .and_then(|r| r.cells.get(column).copied())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// The period as understood, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    pub district: Option<String>,
    pub organisation_id: Option<i64>,
    pub tables: Vec<FigureTable>,
    /// When these figures were computed (ms): they are kept a few minutes.
    pub computed_at: i64,
}

/// An organisation to choose (filters, members, responsible organisations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationChoice {
    pub id: i64,
    pub name: String,
}

/// What the figures page needs besides the figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiguresPage {
    pub figures: Figures,
    pub organisations: Vec<OrganisationChoice>,
}

/// A structural issue as coordinators see it: no case, no case manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueSummary {
    pub id: i64,
    pub domain: String,
    pub district: Option<String>,
    pub description: String,
    pub cases_affected: i64,
    pub organisations: Vec<String>,
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    pub flagged_on: String,
}

/// Issues of one life domain (and district), counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueGroup {
    pub domain: String,
    pub district: Option<String>,
    pub issues: i64,
    pub cases_affected: i64,
    pub items: Vec<IssueSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuesPage {
    pub groups: Vec<IssueGroup>,
    pub working_groups: Vec<OrganisationChoice>,
}

/// A structural issue on the case it was flagged from (only the case manager who flagged it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseIssue {
    pub id: i64,
    pub domain: String,
    pub description: String,
    pub cases_affected: i64,
    pub organisations: Vec<String>,
    pub group_name: Option<String>,
    pub flagged_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseIssues {
    pub head: crate::models::CaseHead,
    pub issues: Vec<CaseIssue>,
    pub organisations: Vec<OrganisationChoice>,
    pub district: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingGroupSummary {
    pub id: i64,
    pub name: String,
    pub topic: String,
    pub organisations: Vec<String>,
    pub measures: i64,
    pub implemented: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingGroupsPage {
    pub groups: Vec<WorkingGroupSummary>,
    pub organisations: Vec<OrganisationChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: i64,
    pub person: String,
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub held_on: String,
    pub minutes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureChange {
    pub status: String,
    pub on_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub id: i64,
    pub title: String,
    pub topic: String,
    pub status: String,
    pub status_on: String,
    pub due_on: Option<String>,
    pub organisations: Vec<String>,
    pub issue: Option<String>,
    pub history: Vec<MeasureChange>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingGroupDetail {
    pub id: i64,
    pub name: String,
    pub topic: String,
    pub members: Vec<Member>,
    pub meetings: Vec<Meeting>,
    pub issues: Vec<IssueSummary>,
    pub measures: Vec<Measure>,
    pub organisations: Vec<OrganisationChoice>,
}

/// Interim results: per topic, measures by status and those implemented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicResults {
    pub topic: String,
    /// Counts in the order of `catalogue::MEASURE_STATUSES`.
    pub by_status: Vec<i64>,
    pub implemented: Vec<ImplementedMeasure>,
    /// Agreed and on their way.
    pub agreed: Vec<ImplementedMeasure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImplementedMeasure {
    pub title: String,
    pub group: String,
    pub implemented_on: String,
    pub organisations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterimResults {
    pub topics: Vec<TopicResults>,
}

/// Up to three organisations involved, each chosen from a list (`organisation_1` always
/// sent, the others when shown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvolvedOrganisations {
    pub organisation_1: String,
    pub organisation_2: Option<String>,
    pub organisation_3: Option<String>,
}

impl InvolvedOrganisations {
    /// The organisation ids as chosen, in order.
    pub fn chosen(&self) -> Vec<String> {
        [
            Some(&self.organisation_1),
            self.organisation_2.as_ref(),
            self.organisation_3.as_ref(),
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
    }
}

/// The form flagging a structural issue from a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IssueForm {
    pub domain: String,
    pub district: String,
    pub description: String,
    pub cases_affected: String,
    #[serde(flatten)]
    pub organisations: InvolvedOrganisations,
}

/// The form adding a measure to a working group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeasureForm {
    pub title: String,
    pub topic: String,
    pub status: String,
    pub status_on: String,
    pub due_on: String,
    pub issue_id: String,
    #[serde(flatten)]
    pub organisations: InvolvedOrganisations,
}
