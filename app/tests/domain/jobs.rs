//! Scheduled work with two Lotse processes on one database (SQLite and PostgreSQL): each job
//! runs in one process at a time (the retention rules once a day), and a course that has
//! begun starts its step once, with one status change and one audit entry, however the
//! sweeps overlap.

use app::models::NewClient;
use app::on_both_backends;
use app::server::casework::plans;
use app::server::infra::context::SessionSettings;
use app::server::jobs::{self, Job};
use app::server::network::consents;
use app::server::network::referrals::{self, ResponseInput};
use app::server::testing::day;
use app::server::{casework::cases, infra::input, Db};

use crate::helpers::{
    case_manager, consent_to, course_provider, language_goal, referral_to, register, step,
};

/// Another process's connection pool to the same database.
async fn second_process(db: &Db) -> Db {
    let url = db.pool.connect_options().database_url.to_string();
    Db::connect(&url, 4).await.expect("second pool")
}

/// `n` integration-course steps whose seat a course provider confirmed for a course that
/// began today (confirmed yesterday for tomorrow, then the day came): due for the sweep.
async fn due_course_steps(db: &Db, n: usize) -> Vec<i64> {
    let cm = case_manager(db).await;
    let provider = course_provider(db).await;
    let new = NewClient {
        given_names: "Reza".into(),
        family_name: "Ahmadi".into(),
        ..NewClient::default()
    };
    let client_id = register(db, &cm, &new).await;
    let case_id = cases::open(db, &cm, client_id).await.unwrap();
    let consent = consent_to(provider.organisation_id, "language-course", &["identity"]);
    consents::record(db, &cm, client_id, &consent)
        .await
        .unwrap();
    let goal_id = plans::add_goal(db, &cm, case_id, &language_goal())
        .await
        .unwrap();
    let mut steps = Vec::new();
    for _ in 0..n {
        let step_id = plans::add_step(db, &cm, goal_id, &step("integration-course", 40))
            .await
            .unwrap();
        let referral = referral_to(provider.organisation_id, None, Some(step_id), &["identity"]);
        let id = referrals::send(db, &cm, case_id, &referral).await.unwrap();
        let confirm = ResponseInput {
            status: "accepted".into(),
            seat: "confirmed".into(),
            starts_on: day(1),
            ..ResponseInput::default()
        };
        referrals::respond(db, &provider, id, 1, &confirm)
            .await
            .unwrap();
        steps.push(step_id);
    }
    // The day of the course has come.
    sqlx::query("UPDATE referrals SET starts_on = $1")
        .bind(input::today().to_string())
        .execute(&db.pool)
        .await
        .unwrap();
    steps
}

/// (status changes to started, course-start audit entries) of a step.
async fn starts_recorded(db: &Db, step_id: i64) -> (i64, i64) {
    let changes: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM step_status_changes WHERE step_id = $1 AND to_status = 'started'",
    )
    .bind(step_id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE record = $1 AND purpose = 'course-start'",
    )
    .bind(format!("step:{step_id}"))
    .fetch_one(&db.pool)
    .await
    .unwrap();
    (changes, audited)
}

async fn two_sweeps_at_once_start_each_due_course_once(db: Db) {
    let steps = due_course_steps(&db, 6).await;
    let other = second_process(&db).await;
    let (a, b) = tokio::join!(
        referrals::start_due_courses(&db),
        referrals::start_due_courses(&other)
    );
    a.unwrap();
    b.unwrap();
    // A third, later run finds nothing left to do.
    referrals::start_due_courses(&other).await.unwrap();
    for step_id in steps {
        assert_eq!(
            starts_recorded(&db, step_id).await,
            (1, 1),
            "step {step_id}"
        );
    }
}

async fn two_processes_ticking_at_once_run_each_job_in_one_of_them(db: Db) {
    let steps = due_course_steps(&db, 3).await;
    let other = second_process(&db).await;
    let settings = SessionSettings::default();
    let (first, second) = tokio::join!(
        jobs::run_due(&db, &settings, "process-a"),
        jobs::run_due(&other, &settings, "process-b")
    );
    for job in Job::ALL {
        let runs = first.iter().chain(&second).filter(|j| **j == job).count();
        assert_eq!(runs, 1, "{job:?} ran in exactly one process");
    }
    for step_id in steps {
        assert_eq!(
            starts_recorded(&db, step_id).await,
            (1, 1),
            "step {step_id}"
        );
    }
    // On the next tick each job stays with the process that ran it.
    assert_eq!(jobs::run_due(&db, &settings, "process-a").await, first);
    assert_eq!(jobs::run_due(&other, &settings, "process-b").await, second);
    // The retention rules were applied once: one run, one deletion record; the second tick
    // of its process found the day's run done.
    let runs: Vec<(i64, Option<i64>)> =
        sqlx::query_as("SELECT id, finished_at FROM retention_runs")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert!(runs[0].1.is_some(), "the run finished");
}

async fn a_held_lease_is_taken_by_another_process_only_once_it_has_expired(db: Db) {
    let job = Job::CourseStarts.name();
    assert!(jobs::take_lease(&db, job, "a", 1_000, 61_000)
        .await
        .unwrap());
    assert!(!jobs::take_lease(&db, job, "b", 30_000, 90_000)
        .await
        .unwrap());
    // The holder renews its own lease.
    assert!(jobs::take_lease(&db, job, "a", 60_000, 120_000)
        .await
        .unwrap());
    assert!(!jobs::take_lease(&db, job, "b", 119_999, 180_000)
        .await
        .unwrap());
    // Expired: the other process takes it, and now the first one waits.
    assert!(jobs::take_lease(&db, job, "b", 120_000, 180_000)
        .await
        .unwrap());
    assert!(!jobs::take_lease(&db, job, "a", 150_000, 210_000)
        .await
        .unwrap());
    // Leases are per job.
    let other_job = Job::DefaultFigures.name();
    assert!(jobs::take_lease(&db, other_job, "a", 150_000, 210_000)
        .await
        .unwrap());
    // Asked at the same moment, exactly one of two processes gets a free lease.
    let second = second_process(&db).await;
    let free = Job::SessionCleanUp.name();
    let (x, y) = tokio::join!(
        jobs::take_lease(&db, free, "a", 1_000, 61_000),
        jobs::take_lease(&second, free, "b", 1_000, 61_000)
    );
    assert!(
        x.unwrap() ^ y.unwrap(),
        "exactly one process takes the lease"
    );
}

on_both_backends! {
    two_sweeps_at_once => two_sweeps_at_once_start_each_due_course_once;
    two_processes_ticking => two_processes_ticking_at_once_run_each_job_in_one_of_them;
    held_lease => a_held_lease_is_taken_by_another_process_only_once_it_has_expired;
}
