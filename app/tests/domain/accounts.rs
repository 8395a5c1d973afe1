//! Accounts, sign-in, sessions and throttling, on SQLite and on PostgreSQL.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use app::error::AppError;
use app::models::{CurrentUser, Role};
use app::on_both_backends;
use app::server::admin::accounts::{self, NewStaffAccount};
use app::server::infra::context::SessionSettings;
use app::server::testing::staff;
use app::server::{demo, infra::sessions, infra::throttle, Db};

use crate::helpers::{settings, signed_in, PASSWORD};

const OFFICE: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7)));

/// The case manager most scenarios start with; returns the user id.
async fn case_manager_account(db: &Db) -> i64 {
    staff(
        db,
        "fallmanager@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
    .await
}

async fn admin(db: &Db) -> CurrentUser {
    staff(
        db,
        "admin@test.example",
        "administrator",
        "Stadt Köln",
        PASSWORD,
    )
    .await;
    signed_in(db, "admin@test.example", PASSWORD, OFFICE).await
}

fn invalid<T>(field: &str, message_id: &str) -> Result<T, AppError> {
    Err(AppError::invalid(field, message_id))
}

fn new_account(email: &str, organisation_id: i64) -> NewStaffAccount {
    NewStaffAccount {
        display_name: "Olena Kovalenko".into(),
        email: email.into(),
        organisation_id,
        role: "case_manager".into(),
        password: PASSWORD.into(),
    }
}

async fn a_staff_member_signs_in_and_the_session_knows_them(db: Db) {
    case_manager_account(&db).await;
    let token = accounts::sign_in(&db, "  FallManager@Test.Example ", PASSWORD, OFFICE)
        .await
        .unwrap();
    let user = sessions::resume(&db, &settings(), &token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.email, "fallmanager@test.example");
    assert_eq!(user.role, Role::CaseManager);
    assert_eq!(user.organisation_name, "Stadt Köln");
    sessions::end(&db, &token).await.unwrap();
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None
    );
}

async fn wrong_passwords_and_unknown_accounts_are_refused_alike(db: Db) {
    case_manager_account(&db).await;
    let wrong = accounts::sign_in(&db, "fallmanager@test.example", "falsch", OFFICE).await;
    let unknown = accounts::sign_in(&db, "niemand@test.example", PASSWORD, OFFICE).await;
    assert_eq!(wrong, Err(AppError::InvalidCredentials));
    assert_eq!(unknown, Err(AppError::InvalidCredentials));
}

async fn repeated_failures_throttle_the_account_even_with_the_right_password(db: Db) {
    case_manager_account(&db).await;
    for _ in 0..throttle::MAX_PER_ACCOUNT {
        let from_anywhere = Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, rand_octet())));
        assert_eq!(
            accounts::sign_in(&db, "fallmanager@test.example", "falsch", from_anywhere).await,
            Err(AppError::InvalidCredentials)
        );
    }
    let result = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE).await;
    assert!(
        matches!(result, Err(AppError::Throttled { minutes }) if (1..=15).contains(&minutes)),
        "{result:?}"
    );
}

fn rand_octet() -> u8 {
    (uuid::Uuid::new_v4().as_bytes()[0] % 200) + 1
}

async fn failures_from_one_address_slow_it_down_but_lock_no_account_without_failures(db: Db) {
    case_manager_account(&db).await;
    // An office, or the reverse proxy in front of Lotse, is one address for everyone.
    for i in 0..throttle::MAX_PER_ADDRESS {
        let _ = accounts::sign_in(&db, &format!("raten{i}@test.example"), "falsch", OFFICE).await;
    }
    let started = std::time::Instant::now();
    assert!(
        accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
            .await
            .is_ok(),
        "an account without failures of its own still signs in"
    );
    assert!(
        started.elapsed() >= throttle::ADDRESS_DELAY,
        "but the busy address waits first"
    );
    let elsewhere = Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 8)));
    let started = std::time::Instant::now();
    assert!(
        accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, elsewhere)
            .await
            .is_ok()
    );
    assert!(started.elapsed() < throttle::ADDRESS_DELAY);
    // Portal sign-ins count apart from staff sign-ins at the same address.
    let code = app::server::portal::SignInInput::parse("KEIN-CODE", "123456", None).unwrap();
    let portal = app::server::portal::sign_in(&db, &code, OFFICE).await;
    assert_eq!(
        portal.err(),
        Some(AppError::invalid("pin", "error-portal-credentials"))
    );
}

async fn parallel_wrong_passwords_get_no_more_checks_than_the_limit(db: Db) {
    case_manager_account(&db).await;
    let burst = (0..20).map(|i| {
        let db = db.clone();
        let from = Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, i + 1)));
        async move { accounts::sign_in(&db, "fallmanager@test.example", "falsch", from).await }
    });
    let results = futures_join_all(burst).await;
    let checked = results
        .iter()
        .filter(|r| **r == Err(AppError::InvalidCredentials))
        .count();
    let refused = results
        .iter()
        .filter(|r| matches!(r, Err(AppError::Throttled { .. })))
        .count();
    assert_eq!(checked as i64, throttle::MAX_PER_ACCOUNT, "{results:?}");
    assert_eq!(checked + refused, 20, "{results:?}");
    let result = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE).await;
    assert!(
        matches!(result, Err(AppError::Throttled { .. })),
        "{result:?}"
    );
}

/// Runs futures concurrently on the test's runtime and collects their results in order.
async fn futures_join_all<F, T>(futures: impl Iterator<Item = F>) -> Vec<T>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.await.unwrap());
    }
    results
}

async fn a_session_ends_at_its_maximum_lifetime_however_active(db: Db) {
    case_manager_account(&db).await;
    let token = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    let short_lived = SessionSettings {
        max_lifetime: Duration::from_millis(1),
        ..settings()
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(
        sessions::resume(&db, &short_lived, &token).await.unwrap(),
        None
    );
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None,
        "the expired session is gone"
    );
    assert_eq!(settings().max_lifetime, Duration::from_secs(12 * 3600));
}

async fn an_idle_session_expires(db: Db) {
    case_manager_account(&db).await;
    let token = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    let impatient = SessionSettings {
        idle_timeout: Duration::from_millis(1),
        ..settings()
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(
        sessions::resume(&db, &impatient, &token).await.unwrap(),
        None
    );
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None,
        "the expired session is gone"
    );
}

async fn deactivating_a_user_ends_their_sessions_at_once(db: Db) {
    let admin = admin(&db).await;
    let id = case_manager_account(&db).await;
    let token = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    accounts::set_active(&db, &admin, id, false).await.unwrap();
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None
    );
    assert_eq!(
        accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE).await,
        Err(AppError::InvalidCredentials)
    );
    accounts::set_active(&db, &admin, id, true).await.unwrap();
    assert!(
        accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
            .await
            .is_ok()
    );
}

async fn only_administrators_manage_accounts_and_not_their_own(db: Db) {
    let admin = admin(&db).await;
    case_manager_account(&db).await;
    let case_manager = signed_in(&db, "fallmanager@test.example", PASSWORD, OFFICE).await;
    assert_eq!(
        accounts::list_users(&db, &case_manager, 1).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        accounts::create_organisation(&db, &case_manager, "X", "bamf").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        accounts::set_role(&db, &case_manager, admin.id, "volunteer").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        accounts::set_active(&db, &admin, admin.id, false).await,
        Err(AppError::invalid("user", "error-own-account"))
    );
    accounts::set_role(&db, &admin, case_manager.id, "coordinator")
        .await
        .unwrap();
    let again = signed_in(&db, "fallmanager@test.example", PASSWORD, OFFICE).await;
    assert_eq!(again.role, Role::Coordinator);
    assert_eq!(
        accounts::set_role(&db, &admin, 999_999, "coordinator").await,
        Err(AppError::NotFound)
    );
}

async fn new_accounts_are_validated_field_by_field(db: Db) {
    let admin = admin(&db).await;
    let org = accounts::create_organisation(&db, &admin, "Jobcenter Köln", "jobcenter")
        .await
        .unwrap();
    let valid = || new_account("a@test.example", org.id);
    let refused = [
        (
            new_account("kein-at-zeichen", org.id),
            "email",
            "error-email-invalid",
        ),
        (
            NewStaffAccount {
                display_name: "  ".into(),
                ..valid()
            },
            "display_name",
            "error-required",
        ),
        (
            NewStaffAccount {
                password: "kurz".into(),
                ..valid()
            },
            "password",
            "error-password-too-short",
        ),
        (
            NewStaffAccount {
                role: "root".into(),
                ..valid()
            },
            "role",
            "error-choose-option",
        ),
        (
            new_account("a@test.example", 424_242),
            "organisation_id",
            "error-choose-option",
        ),
    ];
    for (account, field, message_id) in refused {
        assert_eq!(
            accounts::create_user(&db, &admin, account).await,
            invalid(field, message_id)
        );
    }
    accounts::create_user(&db, &admin, new_account("olena@test.example", org.id))
        .await
        .unwrap();
    assert_eq!(
        accounts::create_user(&db, &admin, new_account("OLENA@test.example", org.id)).await,
        invalid("email", "error-email-taken")
    );
    assert_eq!(
        accounts::create_organisation(&db, &admin, "Jobcenter Köln", "jobcenter").await,
        invalid("name", "error-organisation-exists")
    );
    assert_eq!(
        accounts::create_organisation(&db, &admin, "Neu", "kein-typ").await,
        invalid("organisation_type", "error-choose-option")
    );
}

async fn the_user_list_is_paginated(db: Db) {
    let admin = admin(&db).await;
    for i in 0..55 {
        sqlx::query(
            "INSERT INTO users (organisation_id, email, display_name, role, password_hash, active, created_at)
             VALUES ($1, $2, $3, 'volunteer', 'x', 1, 0)",
        )
        .bind(admin.organisation_id)
        .bind(format!("person{i:02}@test.example"))
        .bind(format!("Person {i:02}"))
        .execute(&db.pool)
        .await
        .unwrap();
    }
    let first = accounts::list_users(&db, &admin, 1).await.unwrap();
    let second = accounts::list_users(&db, &admin, 2).await.unwrap();
    assert_eq!(first.items.len(), 50);
    assert!(first.has_next);
    assert_eq!(second.items.len(), 6);
    assert!(!second.has_next);
    assert_eq!(first.items[0].display_name, "Person 00");
}

async fn changing_the_password_ends_the_other_sessions(db: Db) {
    case_manager_account(&db).await;
    let here = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    let elsewhere = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    let user = sessions::resume(&db, &settings(), &here)
        .await
        .unwrap()
        .unwrap();
    let change = |current: &'static str, new: &'static str, confirm: &'static str| {
        let (db, user, here) = (db.clone(), user.clone(), here.clone());
        async move {
            accounts::change_password(&db, &user, Some(&here), OFFICE, current, new, confirm).await
        }
    };
    assert_eq!(
        change("falsch", "ganz-neues-pw", "ganz-neues-pw").await,
        Err(AppError::invalid(
            "current_password",
            "error-current-password-wrong"
        ))
    );
    assert_eq!(
        change(PASSWORD, "kurz", "kurz").await,
        Err(AppError::invalid(
            "new_password",
            "error-password-too-short"
        ))
    );
    assert_eq!(
        change(PASSWORD, "ganz-neues-pw", "anderes-pw-12").await,
        Err(AppError::invalid(
            "confirm_password",
            "error-passwords-differ"
        ))
    );
    change(PASSWORD, "ganz-neues-pw", "ganz-neues-pw")
        .await
        .unwrap();
    assert!(sessions::resume(&db, &settings(), &here)
        .await
        .unwrap()
        .is_some());
    assert_eq!(
        sessions::resume(&db, &settings(), &elsewhere)
            .await
            .unwrap(),
        None
    );
    assert!(
        accounts::sign_in(&db, "fallmanager@test.example", "ganz-neues-pw", OFFICE)
            .await
            .is_ok()
    );
}

async fn the_current_password_is_throttled_and_every_change_is_audited(db: Db) {
    case_manager_account(&db).await;
    let here = accounts::sign_in(&db, "fallmanager@test.example", PASSWORD, OFFICE)
        .await
        .unwrap();
    let user = sessions::resume(&db, &settings(), &here)
        .await
        .unwrap()
        .unwrap();
    let change = |current: &'static str| {
        let (db, user, here) = (db.clone(), user.clone(), here.clone());
        async move {
            accounts::change_password(
                &db,
                &user,
                Some(&here),
                OFFICE,
                current,
                "neu-und-lang",
                "neu-und-lang",
            )
            .await
        }
    };
    for _ in 0..throttle::MAX_PER_ACCOUNT {
        assert_eq!(
            change("falsch").await,
            invalid("current_password", "error-current-password-wrong")
        );
    }
    let result = change(PASSWORD).await;
    assert!(
        matches!(result, Err(AppError::Throttled { .. })),
        "the right password after {} wrong ones: {result:?}",
        throttle::MAX_PER_ACCOUNT
    );
    let (refused, allowed): (Vec<i64>, Vec<i64>) = {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT allowed FROM audit_log WHERE action = 'change-password' AND actor_id = $1",
        )
        .bind(user.id)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        rows.into_iter().map(|r| r.0).partition(|a| *a == 0)
    };
    assert_eq!(refused.len() as i64, throttle::MAX_PER_ACCOUNT);
    assert!(allowed.is_empty());
    // Once the window has passed, the right password changes it, and that is audited.
    sqlx::query("UPDATE sign_in_attempts SET window_started_at = window_started_at - $1")
        .bind(throttle::WINDOW_MS)
        .execute(&db.pool)
        .await
        .unwrap();
    change(PASSWORD).await.unwrap();
    let allowed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'change-password' AND allowed = 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(allowed, 1);
    assert_eq!(app::server::audit::verify(&db).await.unwrap(), None);
}

async fn demo_data_loads_once_with_every_role(db: Db) {
    assert!(demo::load(&db).await.unwrap());
    assert!(
        !demo::load(&db).await.unwrap(),
        "a second load changes nothing"
    );
    assert!(demo::is_loaded(&db).await.unwrap());
    for (email, _, role, _, _) in demo::DEMO_ACCOUNTS {
        let user = signed_in(&db, email, demo::DEMO_PASSWORD, OFFICE).await;
        assert_eq!(user.role.as_str(), *role);
    }
}

async fn the_database_reports_its_health(db: Db) {
    assert!(db.is_healthy().await);
    db.pool.close().await;
    assert!(!db.is_healthy().await);
}

on_both_backends! {
    sign_in_and_session => a_staff_member_signs_in_and_the_session_knows_them;
    refused_sign_in => wrong_passwords_and_unknown_accounts_are_refused_alike;
    account_throttling => repeated_failures_throttle_the_account_even_with_the_right_password;
    address_throttling => failures_from_one_address_slow_it_down_but_lock_no_account_without_failures;
    parallel_throttling => parallel_wrong_passwords_get_no_more_checks_than_the_limit;
    session_lifetime => a_session_ends_at_its_maximum_lifetime_however_active;
    password_change_throttling => the_current_password_is_throttled_and_every_change_is_audited;
    idle_expiry => an_idle_session_expires;
    deactivation => deactivating_a_user_ends_their_sessions_at_once;
    account_management_policy => only_administrators_manage_accounts_and_not_their_own;
    account_validation => new_accounts_are_validated_field_by_field;
    user_list_pages => the_user_list_is_paginated;
    password_change => changing_the_password_ends_the_other_sessions;
    demo_world => demo_data_loads_once_with_every_role;
    health => the_database_reports_its_health;
}
