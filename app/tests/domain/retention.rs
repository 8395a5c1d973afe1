//! The deletion concept, on SQLite and on PostgreSQL: every kind of personal data Lotse keeps
//! has exactly one retention rule, and only the data-protection officer changes its period;
//! each change keeps the period before it and leaves an audit entry.

use app::error::AppError;
use app::models::retention::DataKind;
use app::models::NewClient;
use app::on_both_backends;
use app::server::admin::retention;
use app::server::casework::cases;
use app::server::infra::db::now_ms;
use app::server::testing::user;
use app::server::Db;

use crate::helpers::{case_manager, register};

on_both_backends! {
    one_rule_per_kind => every_kind_of_personal_data_has_one_rule_with_a_start_and_a_period;
    changing_a_period => the_data_protection_officer_changes_a_period_and_the_change_is_kept_and_audited;
    dry_run => a_dry_run_counts_what_is_past_its_period_and_nothing_else;
}

async fn every_kind_of_personal_data_has_one_rule_with_a_start_and_a_period(db: Db) {
    let mut conn = db.pool.acquire().await.unwrap();
    let rules = retention::in_force(&mut conn).await.unwrap();
    let kinds: Vec<&str> = rules.iter().map(|r| r.data_kind.as_str()).collect();
    let catalogue: Vec<&str> = DataKind::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(
        kinds, catalogue,
        "one rule per kind, in the catalogue's order"
    );
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_rules")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        stored,
        DataKind::ALL.len() as i64,
        "no rule for a kind Lotse does not know"
    );
    for (rule, kind) in rules.iter().zip(DataKind::ALL) {
        assert_eq!(rule.start_event, kind.start_event().id());
        assert!(rule.period_amount > 0, "{}", rule.data_kind);
        assert_eq!(rule.last_change, None, "shipped defaults are unchanged");
    }
    let health = &rules[DataKind::ALL
        .iter()
        .position(|k| *k == DataKind::HealthNotes)
        .unwrap()];
    assert_eq!(
        (health.period_amount, health.period_unit.as_str()),
        (6, "months")
    );
}

async fn the_data_protection_officer_changes_a_period_and_the_change_is_kept_and_audited(db: Db) {
    let dpo = user(
        &db,
        "dsb@test.example",
        "data_protection_officer",
        "Stadt Köln",
    )
    .await;
    let cm = case_manager(&db).await;
    let kind = "health-notes";
    let health = |rules: Vec<app::models::RetentionRule>| {
        rules.into_iter().find(|r| r.data_kind == kind).unwrap()
    };

    // Only the data-protection officer reads and changes the rules.
    assert_eq!(retention::list(&db, &cm).await, Err(AppError::Forbidden));
    assert_eq!(
        retention::set_period(&db, &cm, kind, 1, "1", "years").await,
        Err(AppError::Forbidden)
    );

    // Bad input is refused naming the field; nothing changes.
    for (amount, unit, field, message) in [
        ("0", "months", "period_amount", "error-retention-period"),
        ("-3", "months", "period_amount", "error-retention-period"),
        ("zwei", "years", "period_amount", "error-retention-period"),
        ("101", "years", "period_amount", "error-retention-period"),
        ("1201", "months", "period_amount", "error-retention-period"),
        ("2", "weeks", "period_unit", "error-retention-unit"),
    ] {
        assert_eq!(
            retention::set_period(&db, &dpo, kind, 1, amount, unit).await,
            Err(AppError::invalid(field, message)),
            "{amount} {unit}"
        );
    }
    assert_eq!(
        retention::set_period(&db, &dpo, "shoe-sizes", 1, "1", "years").await,
        Err(AppError::BadRequest)
    );
    let unchanged = health(retention::list(&db, &dpo).await.unwrap());
    assert_eq!((unchanged.period_amount, unchanged.version), (6, 1));

    // The change: the new period in force, the old one kept, an audit entry written.
    assert_eq!(
        retention::set_period(&db, &dpo, kind, 1, " 1 ", "years").await,
        Ok(2)
    );
    let changed = health(retention::list(&db, &dpo).await.unwrap());
    assert_eq!(
        (
            changed.period_amount,
            changed.period_unit.as_str(),
            changed.version
        ),
        (1, "years", 2)
    );
    let last = changed.last_change.expect("the change is kept");
    assert_eq!(
        (last.by.as_str(), last.old_amount, last.old_unit.as_str()),
        ("Test data_protection_officer", 6, "months")
    );
    let audited: Vec<(Option<i64>, String, String, String)> =
        sqlx::query_as("SELECT actor_id, action, purpose, basis FROM audit_log WHERE record = $1")
            .bind(format!("retention-rule:{kind}"))
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(
        audited,
        vec![(
            Some(dpo.id),
            "update".to_owned(),
            "data-protection-supervision".to_owned(),
            "gdpr-art-5-1-e".to_owned()
        )]
    );

    // A page loaded before the change is stale: it learns the period stored now.
    assert_eq!(
        retention::set_period(&db, &dpo, kind, 1, "2", "years").await,
        Err(AppError::Conflict {
            changes: vec![
                ("field-retention-period".into(), "1".into()),
                ("field-retention-unit".into(), "years".into()),
            ],
            version: 2,
        })
    );
    // Saving the same period again changes nothing and writes nothing.
    assert_eq!(
        retention::set_period(&db, &dpo, kind, 2, "1", "years").await,
        Ok(2)
    );
    let changes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_rule_changes")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(changes, 1);
}

/// The dry run: a client whose only case closed four years ago is past the three years of the
/// basic data, and their health note past its six months; a client whose case closed last
/// week and a client with an open case are not. Nothing is deleted.
async fn a_dry_run_counts_what_is_past_its_period_and_nothing_else(db: Db) {
    let cm = case_manager(&db).await;
    let mut case_of = Vec::new();
    for (given, close) in [("Alt", true), ("Neu", true), ("Offen", false)] {
        let new = NewClient {
            given_names: given.into(),
            family_name: "Retention".into(),
            ..NewClient::default()
        };
        let client_id = register(&db, &cm, &new).await;
        app::server::casework::clients::add_note(&db, &cm, client_id, "health", "Allergie", "")
            .await
            .unwrap();
        let case_id = cases::open(&db, &cm, client_id).await.unwrap();
        if close {
            cases::change_phase(&db, &cm, case_id, 1, "closed", "moved-away")
                .await
                .unwrap();
        }
        case_of.push((client_id, case_id));
    }
    // Time passes for Alt: the case closed four years ago, a week ago for Neu.
    let day = 86_400_000_i64;
    for ((client_id, case_id), days_ago) in [(case_of[0], 4 * 366), (case_of[1], 7)] {
        let at = now_ms() - days_ago * day;
        sqlx::query("UPDATE case_phase_changes SET changed_at = $1 WHERE case_id = $2")
            .bind(at)
            .bind(case_id)
            .execute(&db.pool)
            .await
            .unwrap();
        sqlx::query("UPDATE clients SET updated_at = $1, created_at = $1 WHERE id = $2")
            .bind(at)
            .bind(client_id)
            .execute(&db.pool)
            .await
            .unwrap();
    }
    let mut conn = db.pool.acquire().await.unwrap();
    let rules = retention::in_force(&mut conn).await.unwrap();
    let due = retention::due(&mut conn, &rules, now_ms()).await.unwrap();
    let count = |kind: &str| due.iter().find(|(k, _)| k == kind).unwrap().1;
    assert_eq!(due.len(), DataKind::ALL.len());
    assert_eq!(count("client-record"), 1, "{due:?}");
    assert_eq!(count("health-notes"), 1);
    assert_eq!(count("case"), 1);
    assert_eq!(count("private-notes"), 0);
    assert_eq!(count("audit-log"), 0, "every audit entry is from today");
    // Six months for health notes: a week is not enough, four years are.
    let health = retention::cutoff(now_ms(), 6, app::models::retention::PeriodUnit::Months);
    assert!(health < now_ms() - 180 * day && health > now_ms() - 185 * day);
    let clients: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(clients, 3, "a dry run deletes nothing");
}
