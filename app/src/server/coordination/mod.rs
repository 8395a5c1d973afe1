//! Coordination: the figures page, structural issues flagged from cases, working groups with
//! members, meetings and measures, and the interim-results overview.
//!
//! A structural issue carries no personal data: life domain, district, a description,
//! organisations and a number of cases. The case it was flagged from is stored for the case
//! manager who flagged it and is read by nothing a coordinator calls.

pub mod figure_facts;
pub mod figure_inputs;
pub mod figures;

use std::collections::BTreeMap;

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::i18n::koeln_date;
use crate::models::catalogue::DOMAINS;
use crate::models::MeasureStatus;
use crate::models::{
    CaseIssue, CaseIssues, CurrentUser, FigureFilter, FiguresPage, ImplementedMeasure,
    InterimResults, IssueGroup, IssueSummary, IssuesPage, Measure, MeasureChange, Meeting, Member,
    OrganisationChoice, TopicResults, WorkingGroupDetail, WorkingGroupSummary, WorkingGroupsPage,
};
use crate::server::infra::concurrency;
use crate::server::infra::db::{begin, id_list, now_ms, Db};
use crate::server::infra::fields::catalogues::{District, Domain};
use crate::server::infra::fields::{Code, Text};
use crate::server::{infra::input, policy};

/// The figures page.
pub async fn figures_page(
    db: &Db,
    actor: &CurrentUser,
    filter: &FigureFilter,
) -> Result<FiguresPage, AppError> {
    policy::may_coordinate(actor)?;
    let scope = figures::scope(filter)?;
    let figures = figures::snapshot(db, &scope).await?;
    let organisations = organisations(&mut *db.pool.acquire().await?).await?;
    Ok(FiguresPage {
        figures,
        organisations,
    })
}

async fn organisations(conn: &mut AnyConnection) -> Result<Vec<OrganisationChoice>, AppError> {
    Ok(
        sqlx::query_as::<_, (i64, String)>("SELECT id, name FROM organisations ORDER BY name, id")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|(id, name)| OrganisationChoice { id, name })
            .collect(),
    )
}

/// Organisation ids as chosen in a form: each must exist, at least one when `required`.
async fn chosen_organisations(
    conn: &mut AnyConnection,
    ids: &[String],
    field: &str,
    required: bool,
) -> Result<Vec<i64>, AppError> {
    let mut chosen = Vec::new();
    for text in ids.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let id: i64 = text
            .parse()
            .map_err(|_| AppError::invalid(field, "error-choose-from-list"))?;
        if !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    if chosen.is_empty() {
        return if required {
            Err(AppError::invalid(field, "error-choose-organisation"))
        } else {
            Ok(chosen)
        };
    }
    let found: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM organisations WHERE id IN ({})",
        id_list(&chosen)
    ))
    .fetch_one(&mut *conn)
    .await?;
    if found != chosen.len() as i64 {
        return Err(AppError::invalid(field, "error-choose-from-list"));
    }
    Ok(chosen)
}

/// Organisation names per record, from a link table (`issue_id`/`measure_id`).
async fn names_by(
    conn: &mut AnyConnection,
    table: &str,
    key: &str,
    ids: &[i64],
) -> Result<BTreeMap<i64, Vec<String>>, AppError> {
    let mut names: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    if ids.is_empty() {
        return Ok(names);
    }
    for (id, name) in sqlx::query_as::<_, (i64, String)>(&format!(
        "SELECT l.{key}, o.name FROM {table} l JOIN organisations o ON o.id = l.organisation_id
         WHERE l.{key} IN ({}) ORDER BY o.name",
        id_list(ids)
    ))
    .fetch_all(&mut *conn)
    .await?
    {
        names.entry(id).or_default().push(name);
    }
    Ok(names)
}

fn day_of(ms: i64) -> String {
    koeln_date(ms).to_string()
}

// ---------------------------------------------------------------------------------------
// Structural issues

/// A structural issue as typed by the case manager.
#[derive(Debug, Clone, Default)]
pub struct IssueInput {
    pub domain: String,
    pub district: String,
    pub description: String,
    pub organisations: Vec<String>,
    pub cases_affected: String,
}

impl From<crate::models::IssueForm> for IssueInput {
    fn from(form: crate::models::IssueForm) -> Self {
        IssueInput {
            organisations: form.organisations.chosen(),
            domain: form.domain,
            district: form.district,
            description: form.description,
            cases_affected: form.cases_affected,
        }
    }
}

/// A structural issue as typed, checked (the organisations are checked against the database
/// when it is stored).
struct NewIssue {
    domain: Code<Domain>,
    district: Option<Code<District>>,
    description: Text,
    cases_affected: i64,
}

impl TryFrom<&IssueInput> for NewIssue {
    type Error = AppError;

    fn try_from(form: &IssueInput) -> Result<Self, AppError> {
        Ok(NewIssue {
            domain: Code::required(&form.domain, "domain", &[])?,
            district: Code::parse(&form.district, "district", &[])?,
            description: Text::required(&form.description, "description", 2000)?,
            cases_affected: input::number(&form.cases_affected, "cases_affected", 1..=100_000)?
                .ok_or_else(|| AppError::invalid("cases_affected", "error-required"))?,
        })
    }
}

/// Flags a structural issue from a case the actor works on.
pub async fn flag_issue(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    form: &IssueInput,
) -> Result<i64, AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let issue = NewIssue::try_from(form)?;
    let organisations =
        chosen_organisations(&mut tx, &form.organisations, "organisations", true).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO structural_issues (domain, district, description, cases_affected, case_id, flagged_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(issue.domain.as_str())
    .bind(issue.district.as_ref().map(Code::as_str))
    .bind(issue.description.as_str())
    .bind(issue.cases_affected)
    .bind(case_id)
    .bind(actor.id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    for organisation in organisations {
        sqlx::query(
            "INSERT INTO structural_issue_organisations (issue_id, organisation_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(organisation)
        .execute(&mut *tx)
        .await?;
    }
    grant
        .audit(&mut tx, "structural-issue", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// The issues the actor flagged from this case, with what the form needs.
pub async fn case_issues(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<CaseIssues, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let rows = sqlx::query_as::<_, (i64, String, String, i64, Option<String>, i64)>(
        "SELECT i.id, i.domain, i.description, i.cases_affected, g.name, i.created_at
         FROM structural_issues i LEFT JOIN working_groups g ON g.id = i.group_id
         WHERE i.case_id = $1 AND i.flagged_by = $2 ORDER BY i.id DESC",
    )
    .bind(case_id)
    .bind(actor.id)
    .fetch_all(&mut *tx)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut names = names_by(&mut tx, "structural_issue_organisations", "issue_id", &ids).await?;
    let district: Option<String> = sqlx::query_scalar("SELECT district FROM clients WHERE id = $1")
        .bind(scope.client_id)
        .fetch_one(&mut *tx)
        .await?;
    let organisations = organisations(&mut tx).await?;
    let head = crate::server::casework::cases::head(&mut tx, case_id).await?;
    grant
        .audit(&mut tx, "structural-issues", Some(case_id), "read")
        .await?;
    tx.commit().await?;
    Ok(CaseIssues {
        head,
        issues: rows
            .into_iter()
            .map(
                |(id, domain, description, cases_affected, group_name, at)| CaseIssue {
                    id,
                    domain,
                    description,
                    cases_affected,
                    organisations: names.remove(&id).unwrap_or_default(),
                    group_name,
                    flagged_on: day_of(at),
                },
            )
            .collect(),
        organisations,
        district,
    })
}

type IssueRow = (
    i64,
    String,
    Option<String>,
    String,
    i64,
    Option<i64>,
    Option<String>,
    i64,
);

/// Issues for coordinators (no case, no case manager), optionally of one working group.
async fn issue_summaries(
    conn: &mut AnyConnection,
    group_id: Option<i64>,
) -> Result<Vec<IssueSummary>, AppError> {
    let filter = match group_id {
        Some(id) => format!("WHERE i.group_id = {id}"),
        None => String::new(),
    };
    let rows = sqlx::query_as::<_, IssueRow>(&format!(
        "SELECT i.id, i.domain, i.district, i.description, i.cases_affected, i.group_id, g.name, i.created_at
         FROM structural_issues i LEFT JOIN working_groups g ON g.id = i.group_id
         {filter} ORDER BY i.id DESC"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut names = names_by(conn, "structural_issue_organisations", "issue_id", &ids).await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, domain, district, description, cases_affected, group_id, group_name, at)| {
                IssueSummary {
                    id,
                    domain,
                    district,
                    description,
                    cases_affected,
                    organisations: names.remove(&id).unwrap_or_default(),
                    group_id,
                    group_name,
                    flagged_on: day_of(at),
                }
            },
        )
        .collect())
}

/// Every structural issue, grouped by life domain and district and counted.
pub async fn issues(db: &Db, actor: &CurrentUser) -> Result<IssuesPage, AppError> {
    policy::may_coordinate(actor)?;
    let mut conn = db.pool.acquire().await?;
    let all = issue_summaries(&mut conn, None).await?;
    let mut groups: Vec<IssueGroup> = Vec::new();
    for domain in DOMAINS {
        let mut by_district: BTreeMap<Option<String>, Vec<IssueSummary>> = BTreeMap::new();
        for issue in all.iter().filter(|i| i.domain == *domain) {
            by_district
                .entry(issue.district.clone())
                .or_default()
                .push(issue.clone());
        }
        for (district, items) in by_district {
            groups.push(IssueGroup {
                domain: (*domain).to_owned(),
                district,
                issues: items.len() as i64,
                cases_affected: items.iter().map(|i| i.cases_affected).sum(),
                items,
            });
        }
    }
    groups.sort_by(|a, b| {
        b.issues
            .cmp(&a.issues)
            .then(b.cases_affected.cmp(&a.cases_affected))
    });
    let working_groups =
        sqlx::query_as::<_, (i64, String)>("SELECT id, name FROM working_groups ORDER BY name, id")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|(id, name)| OrganisationChoice { id, name })
            .collect();
    Ok(IssuesPage {
        groups,
        working_groups,
    })
}

/// Brings an issue to a working group.
pub async fn assign_issue(
    db: &Db,
    actor: &CurrentUser,
    issue_id: i64,
    group_id: &str,
) -> Result<(), AppError> {
    policy::may_coordinate(actor)?;
    let group_id = input::number(group_id, "group_id", 1..=i64::MAX)?
        .ok_or_else(|| AppError::invalid("group_id", "error-required"))?;
    let mut tx = begin(db).await?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM working_groups WHERE id = $1")
        .bind(group_id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Err(AppError::invalid("group_id", "error-choose-from-list"));
    }
    let changed = sqlx::query("UPDATE structural_issues SET group_id = $1 WHERE id = $2")
        .bind(group_id)
        .bind(issue_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Working groups

pub async fn working_groups(db: &Db, actor: &CurrentUser) -> Result<WorkingGroupsPage, AppError> {
    policy::may_coordinate(actor)?;
    let mut conn = db.pool.acquire().await?;
    let rows = sqlx::query_as::<_, (i64, String, String, i64, i64)>(
        "SELECT g.id, g.name, g.topic,
                (SELECT COUNT(*) FROM measures m WHERE m.group_id = g.id),
                (SELECT COUNT(*) FROM measures m WHERE m.group_id = g.id AND m.status = $1)
         FROM working_groups g ORDER BY g.name, g.id",
    )
    .bind(MeasureStatus::Implemented.as_str())
    .fetch_all(&mut *conn)
    .await?;
    let mut members: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for (group, name) in sqlx::query_as::<_, (i64, String)>(
        "SELECT DISTINCT m.group_id, o.name FROM working_group_members m
         JOIN organisations o ON o.id = m.organisation_id ORDER BY o.name",
    )
    .fetch_all(&mut *conn)
    .await?
    {
        members.entry(group).or_default().push(name);
    }
    Ok(WorkingGroupsPage {
        groups: rows
            .into_iter()
            .map(
                |(id, name, topic, measures, implemented)| WorkingGroupSummary {
                    id,
                    name,
                    topic,
                    organisations: members.remove(&id).unwrap_or_default(),
                    measures,
                    implemented,
                },
            )
            .collect(),
        organisations: organisations(&mut conn).await?,
    })
}

pub async fn create_group(
    db: &Db,
    actor: &CurrentUser,
    name: &str,
    topic: &str,
) -> Result<i64, AppError> {
    policy::may_coordinate(actor)?;
    let name = Text::required(name, "group_name", 200)?;
    let topic = Code::<Domain>::required(topic, "topic", &[])?;
    Ok(sqlx::query_scalar(
        "INSERT INTO working_groups (name, topic, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(name.as_str())
    .bind(topic.as_str())
    .bind(actor.id)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await?)
}

async fn group_exists(conn: &mut AnyConnection, group_id: i64) -> Result<(), AppError> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM working_groups WHERE id = $1")
        .bind(group_id)
        .fetch_optional(&mut *conn)
        .await?;
    found.map(|_| ()).ok_or(AppError::NotFound)
}

pub async fn group(
    db: &Db,
    actor: &CurrentUser,
    group_id: i64,
) -> Result<WorkingGroupDetail, AppError> {
    policy::may_coordinate(actor)?;
    let mut conn = db.pool.acquire().await?;
    let (id, name, topic) = sqlx::query_as::<_, (i64, String, String)>(
        "SELECT id, name, topic FROM working_groups WHERE id = $1",
    )
    .bind(group_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    let members = sqlx::query_as::<_, (i64, String, String)>(
        "SELECT m.id, m.person, o.name FROM working_group_members m
         JOIN organisations o ON o.id = m.organisation_id WHERE m.group_id = $1 ORDER BY o.name, m.person",
    )
    .bind(group_id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(id, person, organisation)| Member {
        id,
        person,
        organisation,
    })
    .collect();
    let meetings = sqlx::query_as::<_, (i64, String, String)>(
        "SELECT id, held_on, minutes FROM meetings WHERE group_id = $1 ORDER BY held_on DESC, id DESC",
    )
    .bind(group_id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(id, held_on, minutes)| Meeting {
        id,
        held_on,
        minutes,
    })
    .collect();
    let issues = issue_summaries(&mut conn, Some(group_id)).await?;
    let measures = measures(&mut conn, &format!("m.group_id = {group_id}")).await?;
    Ok(WorkingGroupDetail {
        id,
        name,
        topic,
        members,
        meetings,
        issues,
        measures,
        organisations: organisations(&mut conn).await?,
    })
}

type MeasureRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
);

async fn measures(conn: &mut AnyConnection, condition: &str) -> Result<Vec<Measure>, AppError> {
    let rows = sqlx::query_as::<_, MeasureRow>(&format!(
        "SELECT m.id, m.title, m.topic, m.status, m.status_on, m.due_on, i.description, m.version
         FROM measures m LEFT JOIN structural_issues i ON i.id = m.issue_id
         WHERE {condition} ORDER BY m.id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut names = names_by(conn, "measure_organisations", "measure_id", &ids).await?;
    let mut history: BTreeMap<i64, Vec<MeasureChange>> = BTreeMap::new();
    if !ids.is_empty() {
        for (id, status, on_date) in sqlx::query_as::<_, (i64, String, String)>(&format!(
            "SELECT measure_id, status, on_date FROM measure_status_changes
             WHERE measure_id IN ({}) ORDER BY id",
            id_list(&ids)
        ))
        .fetch_all(&mut *conn)
        .await?
        {
            history
                .entry(id)
                .or_default()
                .push(MeasureChange { status, on_date });
        }
    }
    Ok(rows
        .into_iter()
        .map(
            |(id, title, topic, status, status_on, due_on, issue, version)| Measure {
                id,
                title,
                topic,
                status,
                status_on,
                due_on,
                organisations: names.remove(&id).unwrap_or_default(),
                issue,
                history: history.remove(&id).unwrap_or_default(),
                version,
            },
        )
        .collect())
}

pub async fn add_member(
    db: &Db,
    actor: &CurrentUser,
    group_id: i64,
    organisation_id: &str,
    person: &str,
) -> Result<(), AppError> {
    policy::may_coordinate(actor)?;
    let mut tx = begin(db).await?;
    group_exists(&mut tx, group_id).await?;
    let person = Text::required(person, "person", 200)?;
    let organisation = chosen_organisations(
        &mut tx,
        &[organisation_id.to_owned()],
        "organisation_id",
        true,
    )
    .await?[0];
    sqlx::query(
        "INSERT INTO working_group_members (group_id, organisation_id, person, added_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(group_id)
    .bind(organisation)
    .bind(person.as_str())
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn add_meeting(
    db: &Db,
    actor: &CurrentUser,
    group_id: i64,
    held_on: &str,
    minutes: &str,
) -> Result<(), AppError> {
    policy::may_coordinate(actor)?;
    let mut tx = begin(db).await?;
    group_exists(&mut tx, group_id).await?;
    let held_on = input::date(held_on, "held_on")?
        .ok_or_else(|| AppError::invalid("held_on", "error-required"))?;
    let minutes = Text::required(minutes, "minutes", 20_000)?;
    sqlx::query(
        "INSERT INTO meetings (group_id, held_on, minutes, created_by, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(group_id)
    .bind(held_on.to_string())
    .bind(minutes.as_str())
    .bind(actor.id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A measure as typed.
#[derive(Debug, Clone, Default)]
pub struct MeasureInput {
    pub title: String,
    pub topic: String,
    pub status: String,
    pub status_on: String,
    pub due_on: String,
    pub issue_id: String,
    pub organisations: Vec<String>,
}

impl From<crate::models::MeasureForm> for MeasureInput {
    fn from(form: crate::models::MeasureForm) -> Self {
        MeasureInput {
            organisations: form.organisations.chosen(),
            title: form.title,
            topic: form.topic,
            status: form.status,
            status_on: form.status_on,
            due_on: form.due_on,
            issue_id: form.issue_id,
        }
    }
}

/// A measure as typed, checked (the issue and the organisations are checked against the
/// database when it is stored).
struct NewMeasure {
    title: Text,
    topic: Code<Domain>,
    status: MeasureStatus,
    status_on: chrono::NaiveDate,
    due_on: Option<chrono::NaiveDate>,
    issue_id: Option<i64>,
}

impl TryFrom<&MeasureInput> for NewMeasure {
    type Error = AppError;

    fn try_from(form: &MeasureInput) -> Result<Self, AppError> {
        Ok(NewMeasure {
            title: Text::required(&form.title, "title", 300)?,
            topic: Code::required(&form.topic, "topic", &[])?,
            status: MeasureStatus::from_input(&form.status, "status")?,
            status_on: input::date(&form.status_on, "status_on")?.unwrap_or_else(input::today),
            due_on: input::date(&form.due_on, "due_on")?,
            issue_id: input::number(&form.issue_id, "issue_id", 1..=i64::MAX)?,
        })
    }
}

pub async fn add_measure(
    db: &Db,
    actor: &CurrentUser,
    group_id: i64,
    form: &MeasureInput,
) -> Result<i64, AppError> {
    policy::may_coordinate(actor)?;
    let mut tx = begin(db).await?;
    group_exists(&mut tx, group_id).await?;
    let measure = NewMeasure::try_from(form)?;
    if let Some(issue) = measure.issue_id {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM structural_issues WHERE id = $1 AND group_id = $2")
                .bind(issue)
                .bind(group_id)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Err(AppError::invalid("issue_id", "error-choose-from-list"));
        }
    }
    let organisations =
        chosen_organisations(&mut tx, &form.organisations, "organisations", true).await?;
    let now = now_ms();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO measures (group_id, issue_id, topic, title, status, due_on, status_on, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(group_id)
    .bind(measure.issue_id)
    .bind(measure.topic.as_str())
    .bind(measure.title.as_str())
    .bind(measure.status.as_str())
    .bind(measure.due_on.map(|d| d.to_string()))
    .bind(measure.status_on.to_string())
    .bind(actor.id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    for organisation in organisations {
        sqlx::query(
            "INSERT INTO measure_organisations (measure_id, organisation_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(organisation)
        .execute(&mut *tx)
        .await?;
    }
    let status_on = measure.status_on.to_string();
    record_status(&mut tx, actor, id, measure.status, &status_on, now).await?;
    tx.commit().await?;
    Ok(id)
}

async fn record_status(
    conn: &mut AnyConnection,
    actor: &CurrentUser,
    measure_id: i64,
    status: MeasureStatus,
    on_date: &str,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO measure_status_changes (measure_id, status, on_date, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(measure_id)
    .bind(status.as_str())
    .bind(on_date)
    .bind(actor.id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Moves a measure on (or back), with the date the new status took effect.
pub async fn set_measure_status(
    db: &Db,
    actor: &CurrentUser,
    measure_id: i64,
    version: i64,
    status: &str,
    on_date: &str,
) -> Result<(), AppError> {
    policy::may_coordinate(actor)?;
    let status = MeasureStatus::from_input(status, "status")?;
    let on_date = input::date(on_date, "on_date")?.unwrap_or_else(input::today);
    let mut tx = begin(db).await?;
    let stored: Option<(String, i64)> =
        sqlx::query_as("SELECT status, version FROM measures WHERE id = $1")
            .bind(measure_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (stored_status, stored_version) = stored.ok_or(AppError::NotFound)?;
    // The status form sends no status to compare with: a conflict always names the stored one.
    let stored = [("field-measure-status", stored_status)];
    let sent = [("field-measure-status", String::new())];
    concurrency::check_version(&stored, stored_version, &sent, version)?;
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE measures SET status = $1, status_on = $2, updated_at = $3, version = version + 1
         WHERE id = $4 AND version = $5",
    )
    .bind(status.as_str())
    .bind(on_date.to_string())
    .bind(now)
    .bind(measure_id)
    .bind(version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    concurrency::check_updated(changed, &stored, stored_version, &sent)?;
    record_status(
        &mut tx,
        actor,
        measure_id,
        status,
        &on_date.to_string(),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Interim results: per topic, measures by status and the implemented ones.
pub async fn interim_results(db: &Db, actor: &CurrentUser) -> Result<InterimResults, AppError> {
    policy::may_coordinate(actor)?;
    let mut conn = db.pool.acquire().await?;
    let counts = sqlx::query_as::<_, (String, String, i64)>(
        "SELECT topic, status, COUNT(*) FROM measures GROUP BY topic, status",
    )
    .fetch_all(&mut *conn)
    .await?;
    let listed = sqlx::query_as::<_, (i64, String, String, String, String, String)>(
        "SELECT m.id, m.topic, m.status, m.title, g.name, m.status_on FROM measures m
         JOIN working_groups g ON g.id = m.group_id
         WHERE m.status IN ($1, $2) ORDER BY m.status_on DESC, m.id DESC",
    )
    .bind(MeasureStatus::Implemented.as_str())
    .bind(MeasureStatus::Agreed.as_str())
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = listed.iter().map(|r| r.0).collect();
    let mut names = names_by(&mut conn, "measure_organisations", "measure_id", &ids).await?;
    let mut of = |topic: &str, status: MeasureStatus| -> Vec<ImplementedMeasure> {
        listed
            .iter()
            .filter(|r| r.1 == topic && r.2 == status)
            .map(|(id, _, _, title, group, on)| ImplementedMeasure {
                title: title.clone(),
                group: group.clone(),
                implemented_on: on.clone(),
                organisations: names.remove(id).unwrap_or_default(),
            })
            .collect()
    };
    let topics = DOMAINS
        .iter()
        .filter_map(|topic| {
            let by_status: Vec<i64> = MeasureStatus::ALL
                .iter()
                .map(|s| {
                    counts
                        .iter()
                        .find(|(t, st, _)| t == topic && *st == *s)
                        .map_or(0, |c| c.2)
                })
                .collect();
            if by_status.iter().all(|n| *n == 0) {
                return None;
            }
            Some(TopicResults {
                topic: (*topic).to_owned(),
                by_status,
                implemented: of(topic, MeasureStatus::Implemented),
                agreed: of(topic, MeasureStatus::Agreed),
            })
        })
        .collect();
    Ok(InterimResults { topics })
}
