//! Server functions of coordination: figures, structural issues (flagged by case managers
//! from a case), working groups, meetings, measures, interim results. Each finds the acting
//! user and calls one domain function.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{
    CaseIssues, FigureFilter, FiguresPage, InterimResults, IssueForm, IssuesPage, MeasureForm,
    WorkingGroupDetail, WorkingGroupsPage,
};

#[server(endpoint = "load_figures")]
pub async fn load_figures(filter: FigureFilter) -> Result<FiguresPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::figures_page(&db, &actor, &filter).await
}

#[server(endpoint = "load_case_issues")]
pub async fn load_case_issues(case_id: i64) -> Result<CaseIssues, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::case_issues(&db, &actor, case_id).await
}

/// Up to three organisations involved, each chosen from a list.
#[server(endpoint = "flag_structural_issue")]
pub async fn flag_structural_issue(
    case_id: i64,
    #[server(flatten)] form: IssueForm,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::flag_issue(&db, &actor, case_id, &form.into()).await
}

#[server(endpoint = "load_structural_issues")]
pub async fn load_structural_issues() -> Result<IssuesPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::issues(&db, &actor).await
}

#[server(endpoint = "assign_structural_issue")]
pub async fn assign_structural_issue(issue_id: i64, group_id: String) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::assign_issue(&db, &actor, issue_id, &group_id).await
}

#[server(endpoint = "load_working_groups")]
pub async fn load_working_groups() -> Result<WorkingGroupsPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::working_groups(&db, &actor).await
}

#[server(endpoint = "create_working_group")]
pub async fn create_working_group(group_name: String, topic: String) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::create_group(&db, &actor, &group_name, &topic).await
}

#[server(endpoint = "load_working_group")]
pub async fn load_working_group(group_id: i64) -> Result<WorkingGroupDetail, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::group(&db, &actor, group_id).await
}

#[server(endpoint = "add_group_member")]
pub async fn add_group_member(
    group_id: i64,
    organisation_id: String,
    person: String,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::add_member(&db, &actor, group_id, &organisation_id, &person).await
}

#[server(endpoint = "add_group_meeting")]
pub async fn add_group_meeting(
    group_id: i64,
    held_on: String,
    minutes: String,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::add_meeting(&db, &actor, group_id, &held_on, &minutes).await
}

#[server(endpoint = "add_measure")]
pub async fn add_measure(
    group_id: i64,
    #[server(flatten)] form: MeasureForm,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::add_measure(&db, &actor, group_id, &form.into()).await
}

#[server(endpoint = "set_measure_status")]
pub async fn set_measure_status(
    measure_id: i64,
    version: i64,
    status: String,
    on_date: String,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::set_measure_status(
        &db, &actor, measure_id, version, &status, &on_date,
    )
    .await
}

#[server(endpoint = "load_interim_results")]
pub async fn load_interim_results() -> Result<InterimResults, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::coordination::interim_results(&db, &actor).await
}
