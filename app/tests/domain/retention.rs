//! The deletion concept, on SQLite and on PostgreSQL: every kind of personal data Lotse keeps
//! has exactly one retention rule, and only the data-protection officer changes its period;
//! each change keeps the period before it and leaves an audit entry. The schedule deletes
//! what is past its period (the clock is the test's), leaves a deletion record per run,
//! leaves the programme figures as they were, and the audit log verifies from its anchor
//! after its oldest entries went.

use app::error::AppError;
use app::models::retention::DataKind;
use app::models::FigureFilter;
use app::models::NewClient;
use app::on_both_backends;
use app::server::admin::retention;
use app::server::casework::{cases, clients, dashboard, holds};
use app::server::coordination::{figure_facts, figures};
use app::server::infra::db::now_ms;
use app::server::testing::{day, invalid, user};
use app::server::{audit, demo, Db};

use crate::helpers::{
    audited_at_once, case_manager, colleague, count, data_protection_officer, register,
};

on_both_backends! {
    one_rule_per_kind => every_kind_of_personal_data_has_one_rule_with_a_start_and_a_period;
    changing_a_period => the_data_protection_officer_changes_a_period_and_the_change_is_kept_and_audited;
    dry_run => a_dry_run_counts_what_is_past_its_period_and_nothing_else;
    day_before_day_after => the_schedule_keeps_a_record_the_day_before_it_is_due_and_deletes_it_the_day_after;
    figures_unchanged => the_programme_figures_are_the_same_after_the_schedule_deleted_everything_due;
    audit_anchor => the_audit_log_verifies_from_its_anchor_after_its_oldest_entries_are_deleted;
    placing_a_hold => a_hold_has_a_reason_and_a_last_day_and_is_placed_and_ended_by_whom_the_policy_allows;
    held_data_stay => held_data_survive_the_schedule_until_the_hold_has_ended;
    held_on_dashboard => a_held_clients_case_is_marked_on_the_case_managers_dashboard;
}

const DAY: i64 = 86_400_000;

/// `at` plus `months` calendar months (ms).
fn months_after(at: i64, months: u32) -> i64 {
    chrono::DateTime::from_timestamp_millis(at)
        .unwrap()
        .checked_add_months(chrono::Months::new(months))
        .unwrap()
        .timestamp_millis()
}

/// Mariam's only case was closed at `closed_at`; she has contact data, a household member,
/// and a health and a private note. Karim's case is open. The schedule runs on the day
/// before and the day after each period ends: private notes (3 months), health notes (6
/// months), contact data (1 year), then, after three years, her record with her case. Karim's
/// data stay.
async fn the_schedule_keeps_a_record_the_day_before_it_is_due_and_deletes_it_the_day_after(db: Db) {
    let cm = case_manager(&db).await;
    let mut ids = Vec::new();
    for (given, close) in [("Mariam", true), ("Karim", false)] {
        let new = NewClient {
            given_names: given.into(),
            family_name: "Haddad".into(),
            phone: "0221 123456".into(),
            city: "Köln".into(),
            ..NewClient::default()
        };
        let client_id = register(&db, &cm, &new).await;
        for compartment in ["health", "private"] {
            clients::add_note(&db, &cm, client_id, compartment, "Notiz", "")
                .await
                .unwrap();
        }
        clients::add_household_member(&db, &cm, client_id, "Yusuf", "child", "2015")
            .await
            .unwrap();
        let case_id = cases::open(&db, &cm, client_id).await.unwrap();
        if close {
            cases::change_phase(&db, &cm, case_id, 1, "closed", "moved-away")
                .await
                .unwrap();
        }
        ids.push(client_id);
    }
    let (mariam, karim) = (ids[0], ids[1]);
    let closed_at: i64 = sqlx::query_scalar(
        "SELECT MAX(p.changed_at) FROM case_phase_changes p JOIN cases k ON k.id = p.case_id
         WHERE k.client_id = $1 AND p.to_phase = 'closed'",
    )
    .bind(mariam)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let notes = "SELECT COUNT(*) FROM client_notes WHERE client_id = $1 AND compartment = ";
    let private = format!("{notes}'private'");
    let health = format!("{notes}'health'");
    let phone = "SELECT COUNT(*) FROM clients WHERE id = $1 AND phone IS NOT NULL";
    let household = "SELECT COUNT(*) FROM household_members WHERE client_id = $1";

    // The day before the private note's three months are up: everything stays.
    let (_, counts) = retention::apply(&db, months_after(closed_at, 3) - DAY)
        .await
        .unwrap();
    assert!(counts.iter().all(|(_, n)| *n == 0), "{counts:?}");
    assert_eq!(count(&db, &private, mariam).await, 1);
    // The day after: the private note is gone, the health note stays.
    let (run, counts) = retention::apply(&db, months_after(closed_at, 3) + DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, &private, mariam).await, 0);
    assert_eq!(count(&db, &health, mariam).await, 1);
    assert_eq!(count(&db, phone, mariam).await, 1);
    let deleted = |kind: &str| counts.iter().find(|(k, _)| k == kind).map(|(_, n)| *n);
    assert_eq!(deleted("private-notes"), Some(1));
    assert_eq!(deleted("case"), Some(0), "three years for the case");
    // The deletion record: the rule, its period, its cutoff and the count, nothing personal.
    let record: (String, i64, String, i64, i64) = sqlx::query_as(
        "SELECT data_kind, period_amount, period_unit, cutoff_at, deleted
         FROM retention_run_kinds WHERE run_id = $1 AND data_kind = 'private-notes'",
    )
    .bind(run)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let cutoff = retention::cutoff(
        months_after(closed_at, 3) + DAY,
        3,
        app::models::retention::PeriodUnit::Months,
    );
    assert!(cutoff > closed_at);
    assert_eq!(
        record,
        ("private-notes".into(), 3, "months".into(), cutoff, 1)
    );

    // Six months: the health note; a year: the contact data and the household.
    retention::apply(&db, months_after(closed_at, 6) - DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, &health, mariam).await, 1);
    retention::apply(&db, months_after(closed_at, 6) + DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, &health, mariam).await, 0);
    assert_eq!(count(&db, phone, mariam).await, 1);
    retention::apply(&db, months_after(closed_at, 12) - DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, phone, mariam).await, 1);
    retention::apply(&db, months_after(closed_at, 12) + DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, phone, mariam).await, 0);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM clients WHERE id = $1 AND city IS NULL",
            mariam
        )
        .await,
        1
    );
    assert_eq!(
        count(&db, household, mariam).await,
        1,
        "three years for the household"
    );
    let record = "SELECT COUNT(*) FROM clients WHERE id = $1";
    let case = "SELECT COUNT(*) FROM cases WHERE client_id = $1";
    retention::apply(&db, months_after(closed_at, 36) - DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, record, mariam).await, 1);
    assert_eq!(count(&db, case, mariam).await, 1);
    let (_, counts) = retention::apply(&db, months_after(closed_at, 36) + DAY)
        .await
        .unwrap();
    assert_eq!(count(&db, household, mariam).await, 0);
    // Her record and case go now; each rule's record counts its own.
    assert_eq!(count(&db, record, mariam).await, 0);
    assert_eq!(count(&db, case, mariam).await, 0);
    let deleted = |kind: &str| counts.iter().find(|(k, _)| k == kind).map(|(_, n)| *n);
    for (kind, n) in [("household", 1), ("case", 1), ("client-record", 1)] {
        assert_eq!(deleted(kind), Some(n), "{kind}: {counts:?}");
    }

    // Karim's case is open: his data stay.
    assert_eq!(count(&db, record, karim).await, 1);
    for sql in [private.as_str(), health.as_str(), phone, household] {
        assert_eq!(count(&db, sql, karim).await, 1, "{sql}");
    }
    // A dry run after the last run finds nothing left that the schedule deletes.
    let mut conn = db.pool.acquire().await.unwrap();
    let rules = retention::in_force(&mut conn).await.unwrap();
    let due = retention::due(&mut conn, &rules, months_after(closed_at, 36) + DAY)
        .await
        .unwrap();
    for (kind, n) in &due {
        if kind != "audit-log" {
            assert_eq!(*n, 0, "{kind}");
        }
    }
    let last = rules.iter().find(|r| r.data_kind == "household").unwrap();
    assert_eq!(
        last.last_run.as_ref().map(|r| (r.at, r.deleted)),
        Some((months_after(closed_at, 36) + DAY, 1)),
        "the page shows the last run of each rule"
    );
}

/// The demo world, its figures for the last twelve months (all of them, one district's, one
/// organisation's), then a run of the schedule ten years on, when everything is past its
/// period: the closed clients' records, cases, plans, appointments and referrals are gone,
/// the figures are the same, nothing kept for them names a person, and the audit log, emptied
/// to its anchor, still verifies, also after a new entry.
async fn the_programme_figures_are_the_same_after_the_schedule_deleted_everything_due(db: Db) {
    demo::load(&db).await.unwrap();
    // The district and the organisation with the most closed cases.
    let (district, organisation): (String, i64) = sqlx::query_as(
        "SELECT c.district, k.organisation_id FROM cases k JOIN clients c ON c.id = k.client_id
         WHERE k.phase = 'closed'
         GROUP BY c.district, k.organisation_id ORDER BY COUNT(*) DESC, 1, 2 LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    // Half of the open cases close today (the clients moved away), so that the figures count
    // enough people to show what goes; twelve closed cases had an appointment a month ago
    // that needed an interpreter, arranged for every other one.
    for sql in [
        "INSERT INTO case_phase_changes (case_id, from_phase, to_phase, closure_reason, changed_by, changed_at)
         SELECT id, phase, 'closed', 'moved-away', owner_id, $1 FROM cases
         WHERE phase <> 'closed' AND id % 2 = 0",
        "UPDATE cases SET phase = 'closed', closure_reason = 'moved-away'
         WHERE phase <> 'closed' AND id % 2 = 0 AND $1 > 0",
    ] {
        sqlx::query(sql).bind(now_ms()).execute(&db.pool).await.unwrap();
    }
    let on_date = (chrono::Utc::now() - chrono::Duration::days(30))
        .date_naive()
        .to_string();
    sqlx::query(
        "INSERT INTO appointments (case_id, on_date, place, interpreter_needed,
             interpreter_arranged, created_by, created_at)
         SELECT k.id, $1, 'Bürgerbüro', 1, (k.id / 2) % 2, k.owner_id, $2
         FROM cases k WHERE k.phase = 'closed' ORDER BY k.id LIMIT 12",
    )
    .bind(&on_date)
    .bind(now_ms())
    .execute(&db.pool)
    .await
    .unwrap();
    let filters = [
        FigureFilter::default(),
        FigureFilter {
            district: district.clone(),
            ..FigureFilter::default()
        },
        FigureFilter {
            organisation: organisation.to_string(),
            ..FigureFilter::default()
        },
    ];
    // The figures are summed from their facts, read from the live records now and again
    // after the deletions: the kept inputs make up for what is gone.
    figure_facts::rebuild(&db).await.unwrap();
    let mut before = Vec::new();
    for filter in &filters {
        let scope = figures::scope(filter).unwrap();
        before.push(figures::compute(&db, &scope).await.unwrap().tables);
    }
    let clients_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();

    let (_, counts) = retention::apply(&db, now_ms() + 3653 * DAY).await.unwrap();
    let deleted = |kind: &str| counts.iter().find(|(k, _)| k == kind).unwrap().1;
    for kind in [
        "consents",
        "audit-log",
        "appointments",
        "referrals",
        "plan",
        "case",
        "client-record",
    ] {
        assert!(
            deleted(kind) > 0,
            "the demo has {kind} to delete: {counts:?}"
        );
    }
    let clients_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(clients_after, clients_before - deleted("client-record"));

    let closed_left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE phase = 'closed'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(closed_left, 0, "every closed case is past its period");

    figure_facts::rebuild(&db).await.unwrap();
    for (filter, before) in filters.iter().zip(&before) {
        let scope = figures::scope(filter).unwrap();
        let after = figures::compute(&db, &scope).await.unwrap();
        for (before, after) in before.iter().zip(&after.tables) {
            assert_eq!(before, after, "{filter:?}: {}", before.key);
        }
    }
    // What the figures kept holds codes, days, districts and organisations, no name.
    let kept: Vec<(String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT kind, label, label2 FROM figure_inputs")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let kinds: std::collections::BTreeSet<&str> = kept.iter().map(|k| k.0.as_str()).collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "case-closed",
            "case-domain",
            "case-opened",
            "course-start",
            "first-plan",
            "interpreter",
            "referral",
            "step-due"
        ],
        "the demo's deleted records feed every figure"
    );
    for (kind, label, label2) in &kept {
        for text in [label, label2].into_iter().flatten() {
            assert!(
                text.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{kind}: {text}"
            );
        }
    }

    assert_eq!(audit::verify(&db).await.unwrap(), None);
    let cm = case_manager(&db).await;
    register(
        &db,
        &cm,
        &NewClient {
            given_names: "Neu".into(),
            family_name: "Nach dem Lauf".into(),
            ..NewClient::default()
        },
    )
    .await;
    assert_eq!(audit::verify(&db).await.unwrap(), None);
}

/// Entries written before a cutoff and after it: the audit-log rule deletes the older ones,
/// the anchor keeps the last of them, the rest verifies; what is after the anchor cannot be
/// deleted or changed, and the anchor cannot move back, go, or take a made-up hash.
async fn the_audit_log_verifies_from_its_anchor_after_its_oldest_entries_are_deleted(db: Db) {
    let cm = case_manager(&db).await;
    let dpo = data_protection_officer(&db).await;
    let client = |n: usize| NewClient {
        given_names: format!("Person {n}"),
        family_name: "Protokoll".into(),
        ..NewClient::default()
    };
    for n in 0..3 {
        register(&db, &cm, &client(n)).await;
    }
    // On PostgreSQL entries on four chains at once, before the cutoff and after it: each
    // chain loses its own oldest entries and verifies from its own anchor.
    audited_at_once(&db, &cm, "before").await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let boundary = now_ms();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    // A day for the audit log: its entries from before `boundary` are due a day later.
    retention::set_period(&db, &dpo, "audit-log", 1, "1", "days")
        .await
        .unwrap();
    for n in 3..6 {
        register(&db, &cm, &client(n)).await;
    }
    audited_at_once(&db, &cm, "after").await;
    let seqs = |db: Db| async move {
        sqlx::query_scalar::<_, i64>("SELECT seq FROM audit_log ORDER BY seq")
            .fetch_all(&db.pool)
            .await
            .unwrap()
    };
    let all = seqs(db.clone()).await;
    let old: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE at < $1")
        .bind(boundary)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(old >= 3 && (old as usize) < all.len());

    let (_, counts) = retention::apply(&db, boundary + DAY).await.unwrap();
    assert_eq!(
        counts.iter().find(|(k, _)| k == "audit-log").unwrap().1,
        old
    );
    let kept = seqs(db.clone()).await;
    assert_eq!(
        kept,
        all[old as usize..].to_vec(),
        "the oldest entries went"
    );
    assert_eq!(audit::verify(&db).await.unwrap(), None);

    // The kept entries cannot be deleted or changed, the anchor cannot go back.
    let refused = |sql: &'static str| {
        let db = db.clone();
        async move { sqlx::query(sql).execute(&db.pool).await.is_err() }
    };
    assert!(refused("DELETE FROM audit_log").await);
    assert!(refused("UPDATE audit_log SET record = 'x'").await);
    assert!(refused("UPDATE audit_anchor SET seq = seq - 1").await);
    assert!(refused("UPDATE audit_anchor SET seq = seq + 1, hash = 'made-up'").await);
    assert!(refused("DELETE FROM audit_anchor").await);
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
    let dpo = data_protection_officer(&db).await;
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

/// Placing a hold: reason and last day are required, the last day from today to five years
/// on; one hold at a time. The client's case manager and the data-protection officer of the
/// client's organisation may place and end it, a colleague without the case may not, and
/// another organisation's staff do not learn the client exists. Each change is audited.
async fn a_hold_has_a_reason_and_a_last_day_and_is_placed_and_ended_by_whom_the_policy_allows(
    db: Db,
) {
    let cm = case_manager(&db).await;
    let other = colleague(&db).await;
    let dpo = data_protection_officer(&db).await;
    let elsewhere = user(&db, "bonn@test.example", "case_manager", "Stadt Bonn").await;
    let new = NewClient {
        given_names: "Layla".into(),
        family_name: "Sperre".into(),
        ..NewClient::default()
    };
    let client_id = register(&db, &cm, &new).await;
    for (reason, until, note, expected) in [
        ("", day(5), "", ("hold_reason", "error-required")),
        (
            "weil",
            day(5),
            "",
            ("hold_reason", "error-choose-from-list"),
        ),
        (
            "client-request",
            String::new(),
            "",
            ("hold_until", "error-required"),
        ),
        (
            "client-request",
            "morgen".to_owned(),
            "",
            ("hold_until", "error-date-invalid"),
        ),
        (
            "client-request",
            day(-1),
            "",
            ("hold_until", "error-hold-until-past"),
        ),
        (
            "client-request",
            day(6 * 366),
            "",
            ("hold_until", "error-hold-until-far"),
        ),
    ] {
        assert_eq!(
            invalid(holds::place(&db, &cm, client_id, reason, &until, note).await),
            (expected.0.into(), expected.1.into()),
            "{reason} {until}"
        );
    }
    assert_eq!(
        invalid(
            holds::place(
                &db,
                &cm,
                client_id,
                "client-request",
                &day(5),
                &"x".repeat(501)
            )
            .await
        ),
        ("hold_note".into(), "error-too-long".into())
    );
    assert_eq!(
        holds::place(&db, &other, client_id, "client-request", &day(5), "").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        holds::place(&db, &elsewhere, client_id, "client-request", &day(5), "").await,
        Err(AppError::NotFound)
    );
    let id = holds::place(&db, &cm, client_id, "client-request", &day(0), " Az. 12/3 ")
        .await
        .unwrap();
    let detail = clients::detail(&db, &cm, client_id).await.unwrap();
    let hold = detail.hold.expect("the record shows the hold in force");
    assert_eq!(
        (
            hold.reason.as_str(),
            hold.until,
            hold.note.as_deref(),
            hold.placed_by.as_str()
        ),
        (
            "client-request",
            day(0),
            Some("Az. 12/3"),
            "Test case_manager"
        )
    );
    assert_eq!(
        invalid(holds::place(&db, &dpo, client_id, "ongoing-procedure", &day(9), "").await),
        ("hold_reason".into(), "error-hold-exists".into())
    );
    // The data-protection officer ends it; ending it again changes nothing.
    assert_eq!(holds::end(&db, &other, id).await, Err(AppError::Forbidden));
    holds::end(&db, &dpo, id).await.unwrap();
    holds::end(&db, &dpo, id).await.unwrap();
    assert_eq!(
        clients::detail(&db, &cm, client_id).await.unwrap().hold,
        None
    );
    let audited: Vec<(Option<i64>, String, Option<i64>, String)> = sqlx::query_as(
        "SELECT l.actor_id, l.action, s.client_id, l.basis
         FROM audit_log l LEFT JOIN client_subjects s ON s.subject = l.subject
         WHERE l.record = $1 AND l.allowed = 1 ORDER BY l.seq",
    )
    .bind(format!("hold:{id}"))
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        audited,
        vec![
            (
                Some(cm.id),
                "create".into(),
                Some(client_id),
                "registered-by".into()
            ),
            (
                Some(dpo.id),
                "update".into(),
                Some(client_id),
                "gdpr-art-18".into()
            ),
        ]
    );
    // A hold whose last day has passed is no longer in force: a new one can be placed.
    sqlx::query("UPDATE client_holds SET until = $1, ended_at = NULL WHERE id = $2")
        .bind(day(-1))
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        clients::detail(&db, &cm, client_id).await.unwrap().hold,
        None
    );
    holds::place(&db, &dpo, client_id, "ongoing-procedure", &day(30), "")
        .await
        .unwrap();
}

async fn a_held_clients_case_is_marked_on_the_case_managers_dashboard(db: Db) {
    let cm = case_manager(&db).await;
    let new = NewClient {
        given_names: "Layla".into(),
        family_name: "Sperre".into(),
        ..NewClient::default()
    };
    let client_id = register(&db, &cm, &new).await;
    let case_id = cases::open(&db, &cm, client_id).await.unwrap();
    let other = register(
        &db,
        &cm,
        &NewClient {
            family_name: "Frei".into(),
            ..new
        },
    )
    .await;
    cases::open(&db, &cm, other).await.unwrap();
    assert!(dashboard::load(&db, &cm)
        .await
        .unwrap()
        .held_cases
        .is_empty());
    holds::place(&db, &cm, client_id, "client-request", &day(3), "")
        .await
        .unwrap();
    assert_eq!(
        dashboard::load(&db, &cm).await.unwrap().held_cases,
        vec![case_id]
    );
}

/// A client whose case closed today, with a private note (three months) and a hold until a
/// year from now: a run four months on keeps the note and the audit entries about her; a run
/// after the hold's last day deletes the note.
async fn held_data_survive_the_schedule_until_the_hold_has_ended(db: Db) {
    let cm = case_manager(&db).await;
    let dpo = data_protection_officer(&db).await;
    retention::set_period(&db, &dpo, "audit-log", 1, "1", "days")
        .await
        .unwrap();
    let mut ids = Vec::new();
    for given in ["Gehalten", "Frei"] {
        let new = NewClient {
            given_names: given.into(),
            family_name: "Retention".into(),
            ..NewClient::default()
        };
        let client_id = register(&db, &cm, &new).await;
        clients::add_note(&db, &cm, client_id, "private", "Notiz", "")
            .await
            .unwrap();
        let case_id = cases::open(&db, &cm, client_id).await.unwrap();
        cases::change_phase(&db, &cm, case_id, 1, "closed", "moved-away")
            .await
            .unwrap();
        ids.push(client_id);
    }
    let (held, free) = (ids[0], ids[1]);
    holds::place(&db, &cm, held, "ongoing-procedure", &day(365), "")
        .await
        .unwrap();
    let notes = "SELECT COUNT(*) FROM client_notes WHERE client_id = $1";
    let entries = "SELECT COUNT(*) FROM audit_log
                   WHERE subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)";
    let held_entries = count(&db, entries, held).await;

    retention::apply(&db, months_after(now_ms(), 4))
        .await
        .unwrap();
    assert_eq!(count(&db, notes, held).await, 1, "held: kept");
    assert_eq!(count(&db, notes, free).await, 0, "not held: deleted");
    assert_eq!(
        count(&db, entries, held).await,
        held_entries,
        "the audit log stops before the first entry about a held client"
    );
    assert_eq!(audit::verify(&db).await.unwrap(), None);

    retention::apply(&db, now_ms() + 400 * DAY).await.unwrap();
    assert_eq!(count(&db, notes, held).await, 0, "the hold has ended");
    assert_eq!(audit::verify(&db).await.unwrap(), None);
}
