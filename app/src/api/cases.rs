//! Server functions of the case management core: client records, cases, assessment, plans,
//! appointments, the dashboard. Each finds the acting user and calls one domain function.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{
    AppointmentInput, AssessmentInput, CaseDetail, ClientDetail, Dashboard, FactsInput, GoalInput,
    LanguageOption, NewClient, PlanDetail, PlanDiff, StepInput,
};

/// Languages whose German, English or own name (or code) starts with `text`.
#[server(endpoint = "find_languages")]
pub async fn find_languages(text: String) -> Result<Vec<LanguageOption>, AppError> {
    crate::server::infra::context::current_user()?;
    Ok(crate::server::languages::search(
        &text.chars().take(50).collect::<String>(),
    ))
}

#[server(endpoint = "load_client")]
pub async fn load_client(client_id: i64) -> Result<ClientDetail, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::clients::detail(&db, &actor, client_id).await
}

/// Changes a client's record; the form's fields are posted as named in [`NewClient`].
#[server(endpoint = "update_client")]
pub async fn update_client(
    client_id: i64,
    version: i64,
    #[server(flatten)] form: NewClient,
) -> Result<i64, AppError> {
    use crate::server::casework::clients::{self, ClientInput};
    let (db, actor) = super::staff()?;
    let input = ClientInput::try_from(&form)?;
    clients::update(&db, &actor, client_id, version, &input).await
}

#[server(endpoint = "add_household_member")]
pub async fn add_household_member(
    client_id: i64,
    member_name: String,
    member_relation: String,
    member_birth_year: String,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::clients::add_household_member(
        &db,
        &actor,
        client_id,
        &member_name,
        &member_relation,
        &member_birth_year,
    )
    .await
}

#[server(endpoint = "remove_household_member")]
pub async fn remove_household_member(member_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::clients::remove_household_member(&db, &actor, member_id).await
}

/// Puts a hold on a client's data (restriction of processing) until its last day.
#[server(endpoint = "place_hold")]
pub async fn place_hold(
    client_id: i64,
    hold_reason: String,
    hold_until: String,
    hold_note: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::holds::place(
        &db,
        &actor,
        client_id,
        &hold_reason,
        &hold_until,
        &hold_note,
    )
    .await
}

/// Records that a client asked for their data to be erased (in person or by letter).
#[server(endpoint = "record_erasure_request")]
pub async fn record_erasure_request(client_id: i64) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::erasure::record(&db, &actor, client_id).await
}

/// Refuses an erasure request for one of the reasons the client reads in the portal.
#[server(endpoint = "refuse_erasure")]
pub async fn refuse_erasure(request_id: i64, refusal: String) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::erasure::refuse(&db, &actor, request_id, &refusal).await
}

/// Erases the client of an erasure request. `confirm` is the ticked box that no duty to keep
/// the data stands in the way. A plain form lands on the list the person came from.
#[server(endpoint = "erase_client")]
pub async fn erase_client(request_id: i64, confirm: Option<String>) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::erasure::erase(&db, &actor, request_id, confirm.is_some()).await?;
    crate::server::infra::context::form_goes_to(erased_lands_on(actor.role));
    Ok(())
}

/// Where the person who erased a client goes next: the record is gone.
pub fn erased_lands_on(role: crate::models::Role) -> &'static str {
    if role == crate::models::Role::DataProtectionOfficer {
        "/erasure-requests?done=erased"
    } else {
        "/clients?done=erased"
    }
}

/// The data-protection officer's list of erasure requests.
#[server(endpoint = "load_erasure_requests")]
pub async fn load_erasure_requests() -> Result<crate::models::ErasureRequests, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::erasure::list(&db, &actor).await
}

/// The data-protection officer's list of holds in force.
#[server(endpoint = "load_holds")]
pub async fn load_holds() -> Result<Vec<crate::models::HeldClient>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::holds::list(&db, &actor).await
}

/// Puts a hold on the data of a client named by number (the data-protection officer's form).
#[server(endpoint = "place_hold_by_number")]
pub async fn place_hold_by_number(
    client_number: String,
    hold_reason: String,
    hold_until: String,
    hold_note: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::holds::place_by_number(
        &db,
        &actor,
        &client_number,
        &hold_reason,
        &hold_until,
        &hold_note,
    )
    .await
}

/// Ends a hold on a client's data before its last day.
#[server(endpoint = "end_hold")]
pub async fn end_hold(hold_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::holds::end(&db, &actor, hold_id).await
}

#[server(endpoint = "save_residence")]
pub async fn save_residence(
    client_id: i64,
    version: i64,
    residence_status: String,
    valid_until: String,
    benefit_regime: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::clients::save_residence(
        &db,
        &actor,
        client_id,
        version,
        &residence_status,
        &valid_until,
        &benefit_regime,
    )
    .await
}

#[server(endpoint = "add_note")]
pub async fn add_note(
    client_id: i64,
    compartment: String,
    note_body: String,
    entrusted_by: Option<String>,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    let entrusted_by = entrusted_by.unwrap_or_default();
    crate::server::casework::clients::add_note(
        &db,
        &actor,
        client_id,
        &compartment,
        &note_body,
        &entrusted_by,
    )
    .await
}

#[server(endpoint = "open_case")]
pub async fn open_case(client_id: i64) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    let case_id = crate::server::casework::cases::open(&db, &actor, client_id).await?;
    crate::server::infra::context::form_goes_to(&format!("/cases/{case_id}"));
    Ok(case_id)
}

#[server(endpoint = "load_case")]
pub async fn load_case(case_id: i64) -> Result<CaseDetail, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::cases::detail(&db, &actor, case_id).await
}

#[server(endpoint = "change_phase")]
pub async fn change_phase(
    case_id: i64,
    version: i64,
    to_phase: String,
    closure_reason: Option<String>,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    let reason = closure_reason.unwrap_or_default();
    crate::server::casework::cases::change_phase(&db, &actor, case_id, version, &to_phase, &reason)
        .await
}

#[server(endpoint = "record_consent")]
pub async fn record_consent(
    case_id: i64,
    given_on: String,
    method: String,
    interpreter_language: String,
) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::cases::record_consent(
        &db,
        &actor,
        case_id,
        &given_on,
        &method,
        &interpreter_language,
    )
    .await
}

#[server(endpoint = "save_assessment")]
pub async fn save_assessment(
    case_id: i64,
    version: i64,
    #[server(flatten)] form: AssessmentInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::cases::save_assessment(&db, &actor, case_id, version, &form).await
}

#[server(endpoint = "save_facts")]
pub async fn save_facts(
    case_id: i64,
    version: i64,
    #[server(flatten)] form: FactsInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::cases::save_facts(&db, &actor, case_id, version, &form).await
}

#[server(endpoint = "load_plan")]
pub async fn load_plan(case_id: i64) -> Result<PlanDetail, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::detail(&db, &actor, case_id).await
}

/// The plan as it was in one version (earlier versions stay readable).
#[server(endpoint = "load_plan_version")]
pub async fn load_plan_version(case_id: i64, number: i64) -> Result<PlanDetail, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::detail_of_version(&db, &actor, case_id, number).await
}

#[server(endpoint = "add_goal")]
pub async fn add_goal(case_id: i64, #[server(flatten)] form: GoalInput) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::add_goal(&db, &actor, case_id, &form).await
}

#[server(endpoint = "update_goal")]
pub async fn update_goal(
    goal_id: i64,
    version: i64,
    #[server(flatten)] form: GoalInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::update_goal(&db, &actor, goal_id, version, &form).await
}

#[server(endpoint = "remove_goal")]
pub async fn remove_goal(goal_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::remove_goal(&db, &actor, goal_id).await
}

#[server(endpoint = "set_goal_status")]
pub async fn set_goal_status(
    goal_id: i64,
    version: i64,
    goal_status: String,
    status_reason: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::set_goal_status(
        &db,
        &actor,
        goal_id,
        version,
        &goal_status,
        &status_reason,
    )
    .await
}

#[server(endpoint = "add_step")]
pub async fn add_step(goal_id: i64, #[server(flatten)] form: StepInput) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::add_step(&db, &actor, goal_id, &form).await
}

#[server(endpoint = "update_step")]
pub async fn update_step(
    step_id: i64,
    version: i64,
    #[server(flatten)] form: StepInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::update_step(&db, &actor, step_id, version, &form).await
}

#[server(endpoint = "set_step_status")]
pub async fn set_step_status(
    step_id: i64,
    version: i64,
    step_status: String,
    status_note: String,
    appeal_deadline: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::set_step_status(
        &db,
        &actor,
        step_id,
        version,
        &step_status,
        &status_note,
        &appeal_deadline,
    )
    .await
}

#[server(endpoint = "agree_plan")]
pub async fn agree_plan(
    case_id: i64,
    agreed_on: String,
    agreed_how: String,
    interpreter_language: String,
    review_due: String,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::agree(
        &db,
        &actor,
        case_id,
        &agreed_on,
        &agreed_how,
        &interpreter_language,
        &review_due,
    )
    .await
}

/// What changed from version `from` to version `to` (empty: the plan as it is now).
#[server(endpoint = "compare_plan")]
pub async fn compare_plan(case_id: i64, from: i64, to: String) -> Result<PlanDiff, AppError> {
    let (db, actor) = super::staff()?;
    let to = match to.trim() {
        "" => None,
        n => Some(n.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    crate::server::casework::plans::diff(&db, &actor, case_id, from, to).await
}

#[server(endpoint = "add_appointment")]
pub async fn add_appointment(
    case_id: i64,
    #[server(flatten)] form: AppointmentInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::plans::add_appointment(&db, &actor, case_id, &form).await
}

#[server(endpoint = "load_dashboard")]
pub async fn load_dashboard() -> Result<Dashboard, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::dashboard::load(&db, &actor).await
}

#[server(endpoint = "assign_case")]
pub async fn assign_case(case_id: i64, user_id: i64, assigned: bool) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::casework::cases::assign(&db, &actor, case_id, user_id, assigned).await
}
