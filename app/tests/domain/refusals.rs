//! Asking for records that do not exist, on SQLite and on PostgreSQL: every request for a
//! missing id is refused as not found (or forbidden, where the role may not ask at all) and
//! leaves a refused attempt in the audit log naming the record kind and the id, so that the
//! data-protection officer sees a scan of ids.

use app::error::AppError;
use app::models::{AuditFilter, CurrentUser, NewClient};
use app::on_both_backends;
use app::server::casework::plans::{self, GoalInput};
use app::server::testing::user;
use app::server::{
    admin::audit_log, audit, casework::cases, casework::clients, network::consents,
    network::offers, network::referrals, policy, volunteers, Db,
};

use crate::helpers::{case_manager, course_provider, register};

/// Ids no record has in a fresh database.
const MISSING: i64 = 900_001;

/// Calls a domain function with the missing id and returns its refusal.
macro_rules! refusal {
    ($call:expr) => {
        match $call.await {
            Err(error) => error,
            Ok(_) => panic!("{} answered for a missing id", stringify!($call)),
        }
    };
}

/// Every request a role can make with the id of a record, each with the record kind the
/// audit entry must name.
async fn scan(db: &Db, actor: &CurrentUser) -> Vec<(&'static str, AppError)> {
    let id = MISSING;
    vec![
        ("client", refusal!(clients::detail(db, actor, id))),
        (
            "client",
            refusal!(clients::add_note(db, actor, id, "health", "x", "")),
        ),
        (
            "household-member",
            refusal!(clients::remove_household_member(db, actor, id)),
        ),
        ("case", refusal!(cases::detail(db, actor, id))),
        ("case", refusal!(plans::detail(db, actor, id))),
        (
            "goal",
            refusal!(plans::update_goal(db, actor, id, 1, &GoalInput::default())),
        ),
        ("goal", refusal!(plans::remove_goal(db, actor, id))),
        (
            "step",
            refusal!(plans::set_step_status(db, actor, id, 1, "started", "", "")),
        ),
        ("consent", refusal!(consents::revoke(db, actor, id))),
        ("consent", refusal!(consents::form(db, actor, id))),
        ("referral", refusal!(referrals::page(db, actor, id))),
        (
            "referral",
            refusal!(referrals::message(db, actor, id, "Frage")),
        ),
        (
            "volunteer-task",
            refusal!(volunteers::cancel(db, actor, id)),
        ),
        (
            "follow-up",
            refusal!(volunteers::complete_follow_up(db, actor, id)),
        ),
        ("offer", refusal!(offers::one(db, actor, id))),
    ]
}

/// The refused attempts the actor left, as `kind:id` records.
async fn refused_records(db: &Db, actor: &CurrentUser) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT record FROM audit_log WHERE actor_id = $1 AND allowed = 0 AND action = 'attempt'
         ORDER BY seq",
    )
    .bind(actor.id)
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn a_scan_of_missing_ids_is_refused_and_audited_for_the_data_protection_officer(db: Db) {
    let cm = case_manager(&db).await;
    let partner = course_provider(&db).await;
    let dpo = user(
        &db,
        "dsb@test.example",
        "data_protection_officer",
        "Stadt Köln",
    )
    .await;
    // Records exist, just not with the ids asked for.
    let new = NewClient {
        given_names: "Olena".into(),
        family_name: "Kovalenko".into(),
        ..NewClient::default()
    };
    let client_id = register(&db, &cm, &new).await;
    cases::open(&db, &cm, client_id).await.unwrap();

    for actor in [&cm, &partner] {
        let answers = scan(&db, actor).await;
        let expected: Vec<String> = answers
            .iter()
            .map(|(kind, _)| format!("{kind}:{MISSING}"))
            .collect();
        for (kind, error) in &answers {
            assert!(
                matches!(error, AppError::NotFound | AppError::Forbidden),
                "{kind} as {:?}: {error:?}",
                actor.role
            );
        }
        assert_eq!(
            refused_records(&db, actor).await,
            expected,
            "one refused attempt per request, naming kind and id, as {:?}",
            actor.role
        );
    }
    // A missing record is told apart from someone else's.
    let basis: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT basis FROM audit_log WHERE actor_id = $1 AND allowed = 0",
    )
    .bind(cm.id)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(basis, [policy::NO_SUCH_RECORD]);

    let denied = audit_log::search(
        &db,
        &dpo,
        &AuditFilter {
            denied_only: true,
            ..AuditFilter::default()
        },
    )
    .await
    .unwrap();
    assert!(denied
        .entries
        .iter()
        .any(|e| e.record == format!("step:{MISSING}") && e.role == "partner_staff"));
    assert_eq!(audit::verify(&db).await.unwrap(), None, "the chain holds");
}

on_both_backends! {
    id_scan => a_scan_of_missing_ids_is_refused_and_audited_for_the_data_protection_officer;
}
