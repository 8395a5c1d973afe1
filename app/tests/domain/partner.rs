//! The partner network on SQLite and on PostgreSQL: consents and their rules, referrals in a
//! closed loop, what a partner sees (only consented categories, gone on revocation), the
//! course search and the step it moves, access and waiting times, and the audit log.

use app::error::AppError;
use app::models::AuditFilter;
use app::models::{CurrentUser, NewClient};
use app::on_both_backends;
use app::server::casework::plans::{self, StepInput};
use app::server::network::consents::{self, ConsentInput};
use app::server::network::offers::{self, CourseOptions, OfferFilter, OfferInput};
use app::server::network::referrals::{self, ResponseInput};
use app::server::testing::{day, invalid, user};
use app::server::{
    audit, casework::cases, casework::clients, casework::dashboard, casework::holds, infra::input,
    Db,
};

use crate::helpers::{
    audited_at_once, case_manager, consent_to, course_provider, language_goal, referral_to,
    register, step,
};

struct World {
    cm: CurrentUser,
    provider: CurrentUser,
    jobcenter: CurrentUser,
    client_id: i64,
    case_id: i64,
    step_id: i64,
}

/// A case manager's client (postal code in Kalk, a three-year-old child, level A1) with a
/// language goal and an integration-course step; a course provider and a Jobcenter.
async fn world(db: &Db) -> World {
    let cm = case_manager(db).await;
    let provider = course_provider(db).await;
    let jobcenter = user(db, "jc@test.example", "partner_staff", "Jobcenter").await;
    let new = NewClient {
        given_names: "Reza".into(),
        family_name: "Ahmadi".into(),
        preferred_language: "prs".into(),
        phone: "+49 221 1234".into(),
        postal_code: "51103".into(),
        ..NewClient::default()
    };
    let client_id = register(db, &cm, &new).await;
    clients::add_household_member(
        db,
        &cm,
        client_id,
        "Sara",
        "child",
        &(chrono::Datelike::year(&input::today()) - 3).to_string(),
    )
    .await
    .unwrap();
    clients::add_note(db, &cm, client_id, "health", "Diabetes", "")
        .await
        .unwrap();
    let case_id = cases::open(db, &cm, client_id).await.unwrap();
    cases::record_consent(db, &cm, case_id, &day(0), "signature", "")
        .await
        .unwrap();
    let facts = cases::FactsInput {
        language_level: "a1".into(),
        literacy: "literate".into(),
        ..Default::default()
    };
    cases::save_facts(db, &cm, case_id, 0, &facts)
        .await
        .unwrap();
    let goal_id = plans::add_goal(db, &cm, case_id, &language_goal())
        .await
        .unwrap();
    let step_id = plans::add_step(db, &cm, goal_id, &step("integration-course", 40))
        .await
        .unwrap();
    World {
        cm,
        provider,
        jobcenter,
        client_id,
        case_id,
        step_id,
    }
}

fn course(
    title: &str,
    district: &str,
    levels: (&str, &str),
    childcare: bool,
    free: i64,
    start: i64,
) -> OfferInput {
    OfferInput {
        service_type: "integration-course".into(),
        title: title.into(),
        district: district.into(),
        address: "Straße 1".into(),
        entry_level: levels.0.into(),
        target_level: levels.1.into(),
        childcare,
        capacity: "20".into(),
        free_seats: free.to_string(),
        active: true,
        languages: "deu".into(),
        starts: day(start),
        ..OfferInput::default()
    }
}

async fn step_status(db: &Db, step_id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM steps WHERE id = $1")
        .bind(step_id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn consents_name_recipient_purpose_and_data_and_health_stands_alone(db: Db) {
    let w = world(&db).await;
    let org = w.provider.organisation_id;
    assert_eq!(
        invalid(
            consents::record(
                &db,
                &w.cm,
                w.client_id,
                &consent_to(org, "language-course", &["identity", "health"])
            )
            .await
        ),
        ("categories".into(), "error-health-consent-separate".into())
    );
    assert_eq!(
        invalid(
            consents::record(
                &db,
                &w.cm,
                w.client_id,
                &consent_to(org, "counselling", &["youth-welfare"])
            )
            .await
        ),
        ("entrusted_by".into(), "error-entrusted-by-required".into())
    );
    assert_eq!(
        invalid(
            consents::record(
                &db,
                &w.cm,
                w.client_id,
                &consent_to(org, "language-course", &[])
            )
            .await
        ),
        ("categories".into(), "error-categories-required".into())
    );
    let mut backwards = consent_to(org, "language-course", &["identity"]);
    backwards.valid_until = day(-1);
    assert_eq!(
        invalid(consents::record(&db, &w.cm, w.client_id, &backwards).await),
        ("valid_until".into(), "error-until-before-from".into())
    );
    let id = consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent_to(org, "health-care", &["health"]),
    )
    .await
    .unwrap();
    let form = consents::form(&db, &w.cm, id).await.unwrap();
    assert_eq!(form.client_language.as_deref(), Some("prs"));
    assert!(form.consent.active);
    consents::revoke(&db, &w.cm, id).await.unwrap();
    assert_eq!(
        invalid(consents::revoke(&db, &w.cm, id).await),
        ("consent".into(), "error-consent-already-revoked".into())
    );
    let form = consents::form(&db, &w.cm, id).await.unwrap();
    assert!(!form.consent.active && form.consent.revoked_by.is_some());
    // A partner cannot read or revoke consents on the case file.
    assert!(matches!(
        consents::form(&db, &w.provider, id).await,
        Err(AppError::Forbidden)
    ));
}

/// A hold (restriction of processing) works like a revoked consent for everyone outside the
/// case: the partner's next request shows no client data, no new referral can be sent, and
/// when the hold ends the consent shares again.
async fn a_hold_on_the_clients_data_hides_them_from_the_partner_until_it_ends(db: Db) {
    let w = world(&db).await;
    let org = w.provider.organisation_id;
    consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent_to(org, "language-course", &["identity", "language"]),
    )
    .await
    .unwrap();
    let referral = referral_to(org, None, None, &["identity", "language"]);
    let id = referrals::send(&db, &w.cm, w.case_id, &referral)
        .await
        .unwrap();
    let hold = holds::place(&db, &w.cm, w.client_id, "ongoing-procedure", &day(30), "")
        .await
        .unwrap();
    let page = referrals::page(&db, &w.provider, id).await.unwrap();
    assert!(
        page.shared.is_empty()
            && page.referral.client_name.is_none()
            && page.referral.message.is_none(),
        "{page:?}"
    );
    let inbox = referrals::inbox(&db, &w.provider).await.unwrap();
    assert_eq!(inbox.referrals[0].client_name, None);
    assert_eq!(
        invalid(referrals::send(&db, &w.cm, w.case_id, &referral).await),
        ("categories".into(), "error-client-held".into())
    );
    // The case manager still works on the case, and sees it marked.
    let head = cases::detail(&db, &w.cm, w.case_id).await.unwrap().head;
    assert_eq!(head.held_until, Some(day(30)));
    holds::end(&db, &w.cm, hold).await.unwrap();
    let page = referrals::page(&db, &w.provider, id).await.unwrap();
    assert_eq!(page.referral.client_name.as_deref(), Some("Reza Ahmadi"));
}

async fn a_partner_sees_only_consented_categories_and_loses_them_on_the_next_request(db: Db) {
    let w = world(&db).await;
    let org = w.provider.organisation_id;
    // Without consent the referral is refused, naming the field.
    assert_eq!(
        invalid(
            referrals::send(
                &db,
                &w.cm,
                w.case_id,
                &referral_to(org, None, None, &["identity", "language"])
            )
            .await
        ),
        (
            "categories".into(),
            "error-consent-missing-for-referral".into()
        )
    );
    let consent = consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent_to(org, "language-course", &["identity", "language"]),
    )
    .await
    .unwrap();
    let id = referrals::send(
        &db,
        &w.cm,
        w.case_id,
        &referral_to(org, None, None, &["identity", "language"]),
    )
    .await
    .unwrap();
    let page = referrals::page(&db, &w.provider, id).await.unwrap();
    assert_eq!(page.access, "active");
    assert_eq!(page.referral.client_name.as_deref(), Some("Reza Ahmadi"));
    let shown: Vec<&str> = page.shared.iter().map(|s| s.category.as_str()).collect();
    assert_eq!(shown, ["identity", "language"]);
    let json = serde_json::to_string(&page).unwrap();
    assert!(
        !json.contains("Diabetes"),
        "health notes are never sent without a health consent"
    );
    // The allowed read is audited with the consent and referral that allowed it.
    let basis: String = sqlx::query_scalar(
        "SELECT basis FROM audit_log WHERE actor_id = $1 AND record = $2 AND allowed = 1 ORDER BY seq DESC LIMIT 1",
    )
    .bind(w.provider.id)
    .bind(format!("referral:{id}"))
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(basis, format!("consent:{consent};referral:{id}"));
    // Another partner organisation does not learn the referral exists; the attempt is audited.
    assert!(matches!(
        referrals::page(&db, &w.jobcenter, id).await,
        Err(AppError::NotFound)
    ));
    let refused: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND allowed = 0")
            .bind(w.jobcenter.id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(refused, 1);
    // Inbox: named while consent holds.
    let inbox = referrals::inbox(&db, &w.provider).await.unwrap();
    assert_eq!(
        inbox.referrals[0].client_name.as_deref(),
        Some("Reza Ahmadi")
    );
    // Revocation takes effect on the very next request.
    consents::revoke(&db, &w.cm, consent).await.unwrap();
    let page = referrals::page(&db, &w.provider, id).await.unwrap();
    assert_eq!(page.access, "consent-missing");
    assert!(
        page.shared.is_empty()
            && page.referral.client_name.is_none()
            && page.referral.message.is_none()
    );
    let inbox = referrals::inbox(&db, &w.provider).await.unwrap();
    assert_eq!(inbox.referrals[0].client_name, None);
    // The case manager still sees everything on the sending side.
    assert_eq!(
        referrals::page(&db, &w.cm, id).await.unwrap().access,
        "active"
    );
}

async fn a_course_referral_registers_the_step_and_a_confirmed_seat_starts_it(db: Db) {
    let w = world(&db).await;
    let org = w.provider.organisation_id;
    let near = offers::save(
        &db,
        &w.provider,
        None,
        0,
        &course(
            "Kalk mit Kinderbetreuung",
            "kalk",
            ("a0", "b1"),
            true,
            3,
            10,
        ),
    )
    .await
    .unwrap();
    let far = offers::save(
        &db,
        &w.provider,
        None,
        0,
        &course(
            "Chorweiler mit Kinderbetreuung",
            "chorweiler",
            ("a0", "b1"),
            true,
            5,
            5,
        ),
    )
    .await
    .unwrap();
    offers::save(
        &db,
        &w.provider,
        None,
        0,
        &course(
            "Innenstadt ohne Betreuung",
            "innenstadt",
            ("a0", "b1"),
            false,
            5,
            3,
        ),
    )
    .await
    .unwrap();
    offers::save(
        &db,
        &w.provider,
        None,
        0,
        &course("Zu hohes Niveau", "kalk", ("b1", "b2"), true, 5, 3),
    )
    .await
    .unwrap();
    let full = offers::save(
        &db,
        &w.provider,
        None,
        0,
        &course("Ausgebucht", "kalk", ("a0", "b1"), true, 0, 4),
    )
    .await
    .unwrap();
    // Only the organisation's own partner staff maintain offers.
    assert!(matches!(
        offers::save(
            &db,
            &w.cm,
            None,
            0,
            &course("x", "kalk", ("a0", "b1"), true, 1, 3)
        )
        .await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        offers::save(
            &db,
            &w.jobcenter,
            Some(near),
            1,
            &course("x", "kalk", ("a0", "b1"), true, 1, 3)
        )
        .await,
        Err(AppError::Forbidden)
    ));
    let page = referrals::network(
        &db,
        &w.cm,
        w.case_id,
        Some(w.step_id),
        CourseOptions::default(),
    )
    .await
    .unwrap();
    let search = page.courses.unwrap();
    assert!(search.childcare, "a child under six asks for childcare");
    assert_eq!(search.home_district.as_deref(), Some("kalk"));
    let titles: Vec<&str> = search
        .matches
        .iter()
        .map(|m| m.offer.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Kalk mit Kinderbetreuung",
            "Chorweiler mit Kinderbetreuung",
            "Ausgebucht"
        ]
    );
    let without = referrals::network(
        &db,
        &w.cm,
        w.case_id,
        Some(w.step_id),
        CourseOptions {
            childcare: Some(false),
            any_type: false,
        },
    )
    .await
    .unwrap()
    .courses
    .unwrap();
    assert_eq!(without.matches.len(), 4);
    // Directory filters.
    let listed = offers::list(
        &db,
        &w.cm,
        &OfferFilter {
            district: "kalk".into(),
            childcare: true,
            free_seats: true,
            ..OfferFilter::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(listed.offers.len(), 2);

    consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent_to(org, "language-course", &["identity", "language"]),
    )
    .await
    .unwrap();
    let id = referrals::send(
        &db,
        &w.cm,
        w.case_id,
        &referral_to(org, Some(near), Some(w.step_id), &["identity", "language"]),
    )
    .await
    .unwrap();
    assert_eq!(step_status(&db, w.step_id).await, "registered");
    // The provider confirms a seat; the course starts today, so the step has started.
    let confirm = ResponseInput {
        status: "accepted".into(),
        seat: "confirmed".into(),
        ..ResponseInput::default()
    };
    assert_eq!(
        invalid(referrals::respond(&db, &w.provider, id, 1, &confirm).await),
        ("starts_on".into(), "error-start-date-required".into())
    );
    let confirm = ResponseInput {
        starts_on: day(0),
        ..confirm
    };
    assert!(matches!(
        referrals::respond(&db, &w.cm, id, 1, &confirm).await,
        Err(AppError::Invalid { .. })
    ));
    referrals::respond(&db, &w.provider, id, 1, &confirm)
        .await
        .unwrap();
    // The same answer again on the old version: refused, naming the status now stored.
    match referrals::respond(&db, &w.provider, id, 1, &confirm).await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 2);
            assert_eq!(
                changes,
                [("field-referral-status".to_owned(), "accepted".to_owned())]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(step_status(&db, w.step_id).await, "started");
    let page = referrals::page(&db, &w.cm, id).await.unwrap();
    let statuses: Vec<Option<String>> = page.events.iter().map(|e| e.status.clone()).collect();
    assert_eq!(statuses, [Some("sent".into()), Some("accepted".into())]);
    // Waiting time registered → started: the same day.
    let times = referrals::network(&db, &w.cm, w.case_id, None, CourseOptions::default())
        .await
        .unwrap()
        .access_times;
    assert_eq!(times, [("integration-course".to_owned(), None, Some(0))]);
    let medians = offers::list(&db, &w.cm, &OfferFilter::default())
        .await
        .unwrap()
        .access_times;
    assert_eq!(medians.len(), 1);
    assert_eq!(medians[0].median_waiting_days, Some(0.0));
    assert_eq!(medians[0].organisation, "Sprachschule");
    // A full course puts the next client's step on the waiting list.
    let other = world_client(&db, &w.cm).await;
    consents::record(
        &db,
        &w.cm,
        other.0,
        &consent_to(org, "language-course", &["identity"]),
    )
    .await
    .unwrap();
    referrals::send(
        &db,
        &w.cm,
        other.1,
        &referral_to(org, Some(full), Some(other.2), &["identity"]),
    )
    .await
    .unwrap();
    assert_eq!(step_status(&db, other.2).await, "waitlisted");
    let _ = far;
}

async fn a_stale_offer_edit_is_refused_naming_what_someone_else_saved(db: Db) {
    let w = world(&db).await;
    let form = course("Kalk am Morgen", "kalk", ("a0", "b1"), true, 3, 10);
    let id = offers::save(&db, &w.provider, None, 0, &form)
        .await
        .unwrap();
    // A colleague fills a seat and renames the course.
    let colleague = OfferInput {
        title: "Kalk am Vormittag".into(),
        free_seats: "2".into(),
        ..form.clone()
    };
    offers::save(&db, &w.provider, Some(id), 1, &colleague)
        .await
        .unwrap();
    // An edit made on version 1 changes only the schedule: both fields it would overwrite
    // are named with what is stored now, and nothing is written.
    let stale = OfferInput {
        schedule: "Mo-Fr 9-12".into(),
        ..form.clone()
    };
    match offers::save(&db, &w.provider, Some(id), 1, &stale).await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 2);
            assert_eq!(
                changes,
                [
                    ("field-title".to_owned(), "Kalk am Vormittag".to_owned()),
                    ("field-free-seats".to_owned(), "2".to_owned()),
                ]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    // With the colleague's seats typed in, only the title is left to name.
    let retyped = OfferInput {
        free_seats: "2".into(),
        ..stale.clone()
    };
    match offers::save(&db, &w.provider, Some(id), 1, &retyped).await {
        Err(AppError::Conflict { changes, .. }) => assert_eq!(
            changes,
            [("field-title".to_owned(), "Kalk am Vormittag".to_owned())]
        ),
        other => panic!("expected a conflict, got {other:?}"),
    }
    let stored = offers::one(&db, &w.provider, id).await.unwrap();
    assert_eq!((stored.schedule.as_str(), stored.version), ("", 2));
    offers::save(&db, &w.provider, Some(id), 2, &retyped)
        .await
        .unwrap();
    let saved = offers::one(&db, &w.provider, id).await.unwrap();
    assert_eq!(
        (saved.title.as_str(), saved.schedule.as_str(), saved.version),
        ("Kalk am Morgen", "Mo-Fr 9-12", 3)
    );
}

/// A second client with a course step: (client, case, step).
async fn world_client(db: &Db, cm: &CurrentUser) -> (i64, i64, i64) {
    let new = NewClient {
        given_names: "Olena".into(),
        family_name: "Kovalenko".into(),
        ..NewClient::default()
    };
    let client_id = register(db, cm, &new).await;
    let case_id = cases::open(db, cm, client_id).await.unwrap();
    let goal_id = plans::add_goal(db, cm, case_id, &language_goal())
        .await
        .unwrap();
    let step = StepInput {
        service_type: "integration-course".into(),
        responsible_kind: "client".into(),
        ..StepInput::default()
    };
    (
        client_id,
        case_id,
        plans::add_step(db, cm, goal_id, &step).await.unwrap(),
    )
}

async fn overdue_referrals_are_flagged_on_both_dashboards_and_declines_need_a_reason(db: Db) {
    let w = world(&db).await;
    let org = w.jobcenter.organisation_id;
    consents::record(
        &db,
        &w.cm,
        w.client_id,
        &ConsentInput {
            purpose: "employment".into(),
            ..consent_to(org, "employment", &["identity", "work"])
        },
    )
    .await
    .unwrap();
    let mut form = referral_to(org, None, None, &["identity", "work"]);
    form.purpose = "employment".into();
    let id = referrals::send(&db, &w.cm, w.case_id, &form).await.unwrap();
    let due: String = sqlx::query_scalar("SELECT response_due FROM referrals WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        due,
        referrals::working_days_after(input::today(), 10).to_string()
    );
    sqlx::query("UPDATE referrals SET response_due = $1 WHERE id = $2")
        .bind(day(-1))
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    let mine = dashboard::load(&db, &w.cm).await.unwrap();
    assert_eq!(mine.overdue_referrals.len(), 1);
    let inbox = referrals::inbox(&db, &w.jobcenter).await.unwrap();
    assert!(inbox.referrals[0].overdue);
    let decline = ResponseInput {
        status: "declined".into(),
        ..ResponseInput::default()
    };
    assert_eq!(
        invalid(referrals::respond(&db, &w.jobcenter, id, 1, &decline).await),
        ("decline_reason".into(), "error-required".into())
    );
    referrals::respond(
        &db,
        &w.jobcenter,
        id,
        1,
        &ResponseInput {
            decline_reason: "no-capacity".into(),
            ..decline
        },
    )
    .await
    .unwrap();
    assert!(dashboard::load(&db, &w.cm)
        .await
        .unwrap()
        .overdue_referrals
        .is_empty());
    // A declined referral closes the partner's access to the client.
    assert_eq!(
        referrals::page(&db, &w.jobcenter, id).await.unwrap().access,
        "closed"
    );
}

async fn the_audit_log_is_append_only_chained_and_filterable_by_the_data_protection_officer(
    db: Db,
) {
    let w = world(&db).await;
    let dpo = user(
        &db,
        "dsb@test.example",
        "data_protection_officer",
        "Stadt Köln",
    )
    .await;
    clients::detail(&db, &w.cm, w.client_id).await.unwrap();
    assert!(matches!(
        clients::detail(&db, &w.provider, w.client_id).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        app::server::admin::audit_log::search(&db, &w.cm, &AuditFilter::default()).await,
        Err(AppError::Forbidden)
    ));
    let filter = AuditFilter {
        client_id: Some(w.client_id),
        ..AuditFilter::default()
    };
    let page = app::server::admin::audit_log::search(&db, &dpo, &filter)
        .await
        .unwrap();
    assert!(page
        .entries
        .iter()
        .all(|e| e.client_id == Some(w.client_id)));
    assert!(page.entries.iter().any(|e| e.record == "client"
        && e.action == "read"
        && e.basis == "case-owner"
        && e.organisation == "Stadt Köln"));
    let denied = app::server::admin::audit_log::search(
        &db,
        &dpo,
        &AuditFilter {
            denied_only: true,
            ..AuditFilter::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        denied.entries.len(),
        2,
        "the partner's and the case manager's refused attempts"
    );
    assert!(denied.entries.iter().all(|e| !e.allowed));
    assert_eq!(audit::verify(&db).await.unwrap(), None);
    // The database refuses changes and deletions.
    assert!(sqlx::query("UPDATE audit_log SET action = 'x'")
        .execute(&db.pool)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_log")
        .execute(&db.pool)
        .await
        .is_err());
    // Someone with database rights who switches the guard off is still found out.
    let (off, on) = match db.backend {
        app::server::infra::db::Backend::Sqlite => ("DROP TRIGGER audit_log_no_update", ""),
        app::server::infra::db::Backend::Postgres => (
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update",
        ),
    };
    sqlx::query(off).execute(&db.pool).await.unwrap();
    sqlx::query("UPDATE audit_log SET purpose = 'harmless' WHERE seq = 3")
        .execute(&db.pool)
        .await
        .unwrap();
    if !on.is_empty() {
        sqlx::query(on).execute(&db.pool).await.unwrap();
    }
    assert_eq!(audit::verify(&db).await.unwrap(), Some(3));
}

/// Four audited transactions at once. On PostgreSQL each takes a chain head no other holds,
/// so none waits for another's commit; on SQLite they take the one writer's chain in turn.
/// Every chain verifies from its anchor; a missing newest entry of a chain and a changed
/// entry are found.
async fn audited_transactions_at_once_take_chains_of_their_own_and_every_chain_verifies(db: Db) {
    use app::server::infra::db::Backend;
    let cm = case_manager(&db).await;
    let postgres = db.backend == Backend::Postgres;
    audited_at_once(&db, &cm, "at-once").await;
    let chains: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT chain) FROM audit_log WHERE record LIKE 'at-once:%'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(chains, if postgres { 4 } else { 1 });
    assert_eq!(audit::verify(&db).await.unwrap(), None);

    // The newest entry of the last chain used goes missing, then comes back.
    let (newest, chain): (i64, i64) = sqlx::query_as(
        "SELECT seq, chain FROM audit_log WHERE record LIKE 'at-once:%'
         ORDER BY chain DESC, seq DESC LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let run = |sql: String| {
        let db = db.clone();
        async move { sqlx::query(&sql).execute(&db.pool).await.unwrap() }
    };
    run(format!(
        "CREATE TABLE kept AS SELECT * FROM audit_log WHERE seq = {newest}"
    ))
    .await;
    match db.backend {
        Backend::Sqlite => run("DROP TRIGGER audit_log_no_delete".into()).await,
        Backend::Postgres => {
            run("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete".into()).await
        }
    };
    run(format!("DELETE FROM audit_log WHERE seq = {newest}")).await;
    assert!(
        audit::verify(&db).await.unwrap().is_some(),
        "chain {chain} lost its newest entry"
    );
    run("INSERT INTO audit_log SELECT * FROM kept".into()).await;
    assert_eq!(audit::verify(&db).await.unwrap(), None);

    // A changed entry of that chain.
    let (off, on) = match db.backend {
        Backend::Sqlite => ("DROP TRIGGER audit_log_no_update", ""),
        Backend::Postgres => (
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update",
        ),
    };
    run(off.into()).await;
    run(format!(
        "UPDATE audit_log SET purpose = 'harmless' WHERE seq = {newest}"
    ))
    .await;
    if !on.is_empty() {
        run(on.into()).await;
    }
    assert_eq!(audit::verify(&db).await.unwrap(), Some(newest));
}

async fn the_demo_world_has_offers_consents_and_referrals_in_every_state(db: Db) {
    app::server::demo::load(&db).await.unwrap();
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status FROM referrals ORDER BY status")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(
        statuses,
        [
            "accepted",
            "completed",
            "declined",
            "in-progress",
            "sent",
            "withdrawn"
        ]
    );
    let types: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT service_type FROM offers ORDER BY service_type")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    for wanted in [
        "integration-course",
        "literacy-course",
        "job-language-course",
        "coaching",
        "recognition-counselling",
        "housing-entitlement",
    ] {
        assert!(types.iter().any(|t| t == wanted), "{wanted}");
    }
    let revoked: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM consents WHERE revoked_at IS NOT NULL")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    let expired: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consents WHERE valid_until < $1")
        .bind(day(0))
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(revoked >= 1 && expired >= 1);
    // Everything the demo did went through the policy: the chain is whole.
    assert_eq!(audit::verify(&db).await.unwrap(), None);
}

on_both_backends! {
    demo_network => the_demo_world_has_offers_consents_and_referrals_in_every_state;
    consent_rules => consents_name_recipient_purpose_and_data_and_health_stands_alone;
    partner_view => a_partner_sees_only_consented_categories_and_loses_them_on_the_next_request;
    held_client => a_hold_on_the_clients_data_hides_them_from_the_partner_until_it_ends;
    course_referral => a_course_referral_registers_the_step_and_a_confirmed_seat_starts_it;
    stale_offer_edit => a_stale_offer_edit_is_refused_naming_what_someone_else_saved;
    overdue_and_decline => overdue_referrals_are_flagged_on_both_dashboards_and_declines_need_a_reason;
    audit_log => the_audit_log_is_append_only_chained_and_filterable_by_the_data_protection_officer;
    audit_chains => audited_transactions_at_once_take_chains_of_their_own_and_every_chain_verifies;
}
