//! Handing over a caseload when a case manager leaves, on SQLite and on PostgreSQL: the
//! administrator sees the cases by number, hands over the ticked ones to a colleague of the
//! same organisation, each case is audited, and deactivation waits for the open cases.

use app::error::AppError;
use app::models::{CurrentUser, NewClient};
use app::on_both_backends;
use app::server::admin::{accounts, handover};
use app::server::casework::cases;
use app::server::testing::user;
use app::server::Db;

use crate::helpers::{case_manager, colleague, register};

async fn administrator(db: &Db) -> CurrentUser {
    user(db, "admin@test.example", "administrator", "Stadt Köln").await
}

/// A client registered by `actor` with a case they own; returns the case's id.
async fn case_of(db: &Db, actor: &CurrentUser, family_name: &str) -> i64 {
    let client = NewClient {
        given_names: "Olena".into(),
        family_name: family_name.into(),
        birth_year: "1988".into(),
        preferred_language: "ukr".into(),
        ..NewClient::default()
    };
    let client_id = register(db, actor, &client).await;
    cases::open(db, actor, client_id).await.unwrap()
}

async fn close(db: &Db, actor: &CurrentUser, case_id: i64) {
    let version = cases::detail(db, actor, case_id)
        .await
        .unwrap()
        .head
        .version;
    cases::change_phase(db, actor, case_id, version, "closed", "goals-achieved")
        .await
        .unwrap();
}

/// The audit entries a handover wrote, as (client, record, actor).
async fn handover_entries(db: &Db) -> Vec<(Option<i64>, String, Option<i64>)> {
    sqlx::query_as(
        "SELECT s.client_id, l.record, l.actor_id
         FROM audit_log l LEFT JOIN client_subjects s ON s.subject = l.subject
         WHERE l.action = 'handover' ORDER BY l.seq",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn the_ticked_cases_go_to_the_colleague_and_each_is_audited(db: Db) {
    let leaving = case_manager(&db).await;
    let staying = colleague(&db).await;
    let admin = administrator(&db).await;
    let first = case_of(&db, &leaving, "Kovalenko").await;
    let second = case_of(&db, &leaving, "Bondarenko").await;
    let closed = case_of(&db, &leaving, "Shevchenko").await;
    close(&db, &leaving, closed).await;

    let caseload = handover::caseload(&db, &admin, leaving.id).await.unwrap();
    let listed: Vec<i64> = caseload.cases.iter().map(|c| c.case_id).collect();
    assert_eq!(
        listed,
        vec![second, first, closed],
        "open cases first, newest first"
    );
    assert_eq!(caseload.open_cases(), 2);
    let colleagues: Vec<i64> = caseload.colleagues.iter().map(|c| c.id).collect();
    assert_eq!(
        colleagues,
        vec![staying.id],
        "only active case managers of Stadt Köln"
    );

    let moved = handover::hand_over(
        &db,
        &admin,
        leaving.id,
        &staying.id.to_string(),
        &[first, closed],
    )
    .await
    .unwrap();
    assert_eq!(moved, 2);
    assert!(cases::detail(&db, &staying, first).await.is_ok());
    assert!(cases::detail(&db, &staying, closed).await.is_ok());
    assert_eq!(
        cases::detail(&db, &leaving, first).await.unwrap_err(),
        AppError::Forbidden,
        "the leaving case manager no longer reaches a case handed over"
    );
    assert!(cases::detail(&db, &leaving, second).await.is_ok());

    let entries = handover_entries(&db).await;
    let records: Vec<&str> = entries.iter().map(|(_, r, _)| r.as_str()).collect();
    assert_eq!(
        records,
        vec![format!("case:{first}"), format!("case:{closed}")]
    );
    assert!(entries
        .iter()
        .all(|(client, _, actor)| client.is_some() && *actor == Some(admin.id)));
}

async fn deactivation_waits_until_no_open_case_is_left(db: Db) {
    let leaving = case_manager(&db).await;
    let staying = colleague(&db).await;
    let admin = administrator(&db).await;
    let open = case_of(&db, &leaving, "Kovalenko").await;
    let closed = case_of(&db, &leaving, "Shevchenko").await;
    close(&db, &leaving, closed).await;

    assert_eq!(
        accounts::set_active(&db, &admin, leaving.id, false).await,
        Err(AppError::invalid("user", "error-deactivate-open-cases"))
    );
    handover::hand_over(&db, &admin, leaving.id, &staying.id.to_string(), &[open])
        .await
        .unwrap();
    accounts::set_active(&db, &admin, leaving.id, false)
        .await
        .expect("a closed case left behind does not hold deactivation up");
}

async fn only_a_colleague_of_the_same_organisation_and_only_owned_cases(db: Db) {
    let leaving = case_manager(&db).await;
    let staying = colleague(&db).await;
    let admin = administrator(&db).await;
    let elsewhere = user(&db, "fm@kreis.example", "case_manager", "Kreis Mettmann").await;
    let coordinator = user(&db, "koord@test.example", "coordinator", "Stadt Köln").await;
    let own = case_of(&db, &leaving, "Kovalenko").await;
    let colleagues_case = case_of(&db, &staying, "Bondarenko").await;

    for to in [elsewhere.id, coordinator.id, leaving.id] {
        assert_eq!(
            handover::hand_over(&db, &admin, leaving.id, &to.to_string(), &[own]).await,
            Err(AppError::invalid("to_user_id", "error-handover-colleague")),
            "to user {to}"
        );
    }
    assert_eq!(
        handover::hand_over(&db, &admin, leaving.id, "", &[own]).await,
        Err(AppError::invalid("to_user_id", "error-choose-option"))
    );
    let to = staying.id.to_string();
    assert_eq!(
        handover::hand_over(&db, &admin, leaving.id, &to, &[]).await,
        Err(AppError::invalid("cases", "error-handover-no-case"))
    );
    assert_eq!(
        handover::hand_over(&db, &admin, leaving.id, &to, &[own, colleagues_case]).await,
        Err(AppError::invalid("cases", "error-handover-changed")),
        "a case the leaving case manager does not own moves nothing"
    );
    assert!(
        cases::detail(&db, &leaving, own).await.is_ok(),
        "nothing moved"
    );
    assert!(handover_entries(&db).await.is_empty());
}

async fn only_administrators_hand_over_caseloads(db: Db) {
    let leaving = case_manager(&db).await;
    let staying = colleague(&db).await;
    let own = case_of(&db, &leaving, "Kovalenko").await;
    assert_eq!(
        handover::caseload(&db, &staying, leaving.id).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        handover::hand_over(&db, &staying, leaving.id, &staying.id.to_string(), &[own]).await,
        Err(AppError::Forbidden)
    );
    let admin = administrator(&db).await;
    assert_eq!(
        handover::caseload(&db, &admin, 999_999).await,
        Err(AppError::NotFound)
    );
}

on_both_backends! {
    handover_ticked_cases => the_ticked_cases_go_to_the_colleague_and_each_is_audited;
    handover_before_deactivation => deactivation_waits_until_no_open_case_is_left;
    handover_checks => only_a_colleague_of_the_same_organisation_and_only_owned_cases;
    handover_who => only_administrators_hand_over_caseloads;
}
