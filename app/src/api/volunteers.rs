//! Server functions of volunteer tasks: the case manager's volunteer page of a case, offering
//! and cancelling tasks, follow-ups; the volunteer's task list and actions. Each finds the
//! acting user and calls one domain function.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{CaseVolunteers, TaskActionResult, TaskInput, VolunteerTaskList};

#[server(endpoint = "load_case_volunteers")]
pub async fn load_case_volunteers(case_id: i64) -> Result<CaseVolunteers, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::volunteers::of_case(&db, &actor, case_id).await
}

#[server(endpoint = "create_volunteer_task")]
pub async fn create_volunteer_task(
    case_id: i64,
    #[server(flatten)] form: TaskInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::volunteers::create(&db, &actor, case_id, &form).await
}

#[server(endpoint = "cancel_volunteer_task")]
pub async fn cancel_volunteer_task(task_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::volunteers::cancel(&db, &actor, task_id).await
}

#[server(endpoint = "complete_follow_up")]
pub async fn complete_follow_up(follow_up_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::volunteers::complete_follow_up(&db, &actor, follow_up_id).await
}

#[server(endpoint = "load_volunteer_tasks")]
pub async fn load_volunteer_tasks() -> Result<VolunteerTaskList, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::volunteers::for_volunteer(&db, &actor).await
}

/// One action from a volunteer's tablet, under the tablet's own key (`action_key`): sent
/// again after a lost connection, it is not applied twice.
#[server(endpoint = "volunteer_task_action")]
pub async fn volunteer_task_action(
    action_key: String,
    task_id: i64,
    action: String,
    #[server(default)] report: String,
    // A plain form sends the checkbox only when it is ticked.
    #[server(default)] problem: bool,
) -> Result<TaskActionResult, AppError> {
    use crate::server::volunteers;
    let (db, actor) = super::staff()?;
    let form = volunteers::ActionInput {
        key: action_key,
        action,
        report,
        problem,
    };
    volunteers::act(&db, &actor, task_id, &form).await
}
