//! A second factor at sign-in (an authenticator app, recovery codes), required per
//! organisation, and the sessions a user sees and ends on "Mein Konto"; on SQLite and on
//! PostgreSQL. Codes are computed from the shared secret, as the app computes them.

use std::net::{IpAddr, Ipv4Addr};

use app::error::AppError;
use app::models::{CurrentUser, SignInMethod};
use app::on_both_backends;
use app::server::admin::{accounts, factors};
use app::server::infra::db::now_ms;
use app::server::infra::sessions::{self, Stage};
use app::server::infra::throttle;
use app::server::testing::{invalid, user};
use app::server::Db;

use crate::helpers::{settings, PASSWORD};

const OFFICE: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7)));
const FIREFOX: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const PHONE: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

async fn case_manager(db: &Db) -> CurrentUser {
    user(db, "fm@test.example", "case_manager", "Stadt Köln").await
}

async fn administrator(db: &Db) -> CurrentUser {
    user(db, "admin@test.example", "administrator", "Stadt Köln").await
}

/// The code the user's app shows `offset` steps of 30 seconds from now.
async fn app_code(db: &Db, user: &CurrentUser, offset: i64) -> String {
    let seconds = (now_ms() / 1000 + offset * 30) as u64;
    factors::current_code(db, user.id, seconds)
        .await
        .expect("a secret")
}

/// Sets up the user's app and returns them.
async fn with_app(db: &Db, user: &CurrentUser) {
    factors::begin_app(db, user).await.unwrap();
    let code = app_code(db, user, 0).await;
    factors::confirm_app(db, user, &code, OFFICE).await.unwrap();
}

async fn audited(db: &Db, action: &str, record: &str) -> Vec<i64> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT allowed FROM audit_log WHERE action = $1 AND record = $2 ORDER BY seq",
    )
    .bind(action)
    .bind(record)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

async fn stage_of(db: &Db, token: &str) -> Option<Stage> {
    sessions::resume_any(db, &settings(), token)
        .await
        .unwrap()
        .map(|(_, stage)| stage)
}

async fn an_app_is_set_up_with_a_code_from_it_and_asked_for_at_every_sign_in(db: Db) {
    let fm = case_manager(&db).await;
    let status = factors::status(&db, &Default::default(), &fm)
        .await
        .unwrap();
    assert_eq!((status.app_since, status.pending.is_some()), (None, false));

    factors::begin_app(&db, &fm).await.unwrap();
    let pending = factors::status(&db, &Default::default(), &fm)
        .await
        .unwrap()
        .pending
        .unwrap();
    assert!(pending.qr_svg.starts_with("<svg"), "a QR code to scan");
    assert_eq!(
        pending.secret_grouped.replace(' ', "").len(),
        32,
        "160 bits, base32"
    );
    assert_eq!(
        invalid(factors::confirm_app(&db, &fm, "000000x", OFFICE).await),
        ("code".into(), "error-second-factor-code-wrong".into())
    );
    let code = app_code(&db, &fm, 0).await;
    factors::confirm_app(&db, &fm, &code, OFFICE).await.unwrap();
    let status = factors::status(&db, &Default::default(), &fm)
        .await
        .unwrap();
    assert!(status.app_since.is_some() && status.pending.is_none());
    assert_eq!(
        audited(&db, "set-up-second-factor", &format!("user:{}", fm.id)).await,
        [1]
    );

    // The password alone no longer reaches anything.
    let (token, stage) = accounts::sign_in_from(&db, "fm@test.example", PASSWORD, OFFICE, FIREFOX)
        .await
        .unwrap();
    assert_eq!(stage, Stage::SecondFactor);
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None
    );
    assert_eq!(stage_of(&db, &token).await, Some(Stage::SecondFactor));
    // The code that confirmed the app is not accepted a second time.
    assert_eq!(
        invalid(factors::verify(&db, fm.id, &code, OFFICE).await),
        ("code".into(), "error-second-factor-code-wrong".into())
    );
    let next = app_code(&db, &fm, 1).await;
    let method = factors::verify(&db, fm.id, &next, OFFICE).await.unwrap();
    assert_eq!(method, SignInMethod::PasswordAndApp);
    let full = sessions::complete(&db, &token, method).await.unwrap();
    assert_ne!(full, token, "a new token once the second factor is passed");
    assert_eq!(stage_of(&db, &token).await, None);
    let user = sessions::resume(&db, &settings(), &full).await.unwrap();
    assert_eq!(user.map(|u| u.id), Some(fm.id));
    let listed = sessions::own(&db, &fm, Some(&full)).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].signed_in_with, SignInMethod::PasswordAndApp);
    assert_eq!(
        (listed[0].browser.as_str(), listed[0].system.as_str()),
        ("Firefox", "Windows")
    );
    // Replayed: the same code again finds its step taken.
    assert!(factors::verify(&db, fm.id, &next, OFFICE).await.is_err());
}

async fn recovery_codes_sign_in_once_each_and_new_ones_replace_the_old(db: Db) {
    let fm = case_manager(&db).await;
    assert_eq!(
        invalid(factors::new_recovery_codes(&db, &fm).await),
        ("codes".into(), "error-second-factor-not-set-up".into())
    );
    with_app(&db, &fm).await;
    let codes = factors::new_recovery_codes(&db, &fm).await.unwrap();
    assert_eq!(codes.len(), factors::RECOVERY_CODES);
    assert_eq!(
        factors::status(&db, &Default::default(), &fm)
            .await
            .unwrap()
            .recovery_codes_left,
        10
    );
    // Typed as people type them: upper case, a space instead of the dash.
    let typed = codes[0].to_uppercase().replace('-', " ");
    assert_eq!(
        factors::verify(&db, fm.id, &typed, OFFICE).await.unwrap(),
        SignInMethod::PasswordAndRecoveryCode
    );
    assert_eq!(
        factors::status(&db, &Default::default(), &fm)
            .await
            .unwrap()
            .recovery_codes_left,
        9
    );
    assert!(
        factors::verify(&db, fm.id, &codes[0], OFFICE)
            .await
            .is_err(),
        "used once"
    );
    let newer = factors::new_recovery_codes(&db, &fm).await.unwrap();
    assert!(
        factors::verify(&db, fm.id, &codes[1], OFFICE)
            .await
            .is_err(),
        "replaced"
    );
    assert!(factors::verify(&db, fm.id, &newer[1], OFFICE).await.is_ok());
    // Another user's code is no code of theirs.
    let colleague = user(&db, "kollegin@test.example", "case_manager", "Stadt Köln").await;
    with_app(&db, &colleague).await;
    assert!(factors::verify(&db, colleague.id, &newer[2], OFFICE)
        .await
        .is_err());
}

async fn the_second_step_is_throttled_like_the_password(db: Db) {
    let fm = case_manager(&db).await;
    with_app(&db, &fm).await;
    for _ in 0..throttle::MAX_PER_ACCOUNT {
        assert!(matches!(
            factors::verify(&db, fm.id, "123456", OFFICE).await,
            Err(AppError::Invalid { .. })
        ));
    }
    let right = app_code(&db, &fm, 1).await;
    let result = factors::verify(&db, fm.id, &right, OFFICE).await;
    assert!(
        matches!(result, Err(AppError::Throttled { .. })),
        "{result:?}"
    );
}

async fn an_organisation_that_requires_a_second_factor_leads_its_staff_to_set_one_up(db: Db) {
    let admin = administrator(&db).await;
    let fm = case_manager(&db).await;
    let (before, _) = accounts::sign_in_from(&db, "fm@test.example", PASSWORD, OFFICE, PHONE)
        .await
        .unwrap();
    assert!(matches!(
        factors::set_required(&db, &fm, fm.organisation_id, true).await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        audited(&db, "attempt", "second-factors").await.len(),
        1,
        "refusal audited"
    );
    factors::set_required(&db, &admin, fm.organisation_id, true)
        .await
        .unwrap();
    assert_eq!(
        audited(
            &db,
            "require-second-factor",
            &format!("organisation:{}", fm.organisation_id)
        )
        .await,
        [1]
    );
    assert_eq!(
        stage_of(&db, &before).await,
        None,
        "password-only sessions end"
    );

    let (token, stage) = accounts::sign_in_from(&db, "fm@test.example", PASSWORD, OFFICE, PHONE)
        .await
        .unwrap();
    assert_eq!(stage, Stage::Setup);
    assert_eq!(
        sessions::resume(&db, &settings(), &token).await.unwrap(),
        None
    );
    let (pending_user, _) = sessions::resume_any(&db, &settings(), &token)
        .await
        .unwrap()
        .unwrap();
    assert!(
        factors::status(&db, &Default::default(), &pending_user)
            .await
            .unwrap()
            .required
    );
    with_app(&db, &pending_user).await;
    let full = sessions::complete(&db, &token, SignInMethod::PasswordAndApp)
        .await
        .unwrap();
    assert!(sessions::resume(&db, &settings(), &full)
        .await
        .unwrap()
        .is_some());
    // Required: it cannot be removed by its user.
    assert_eq!(
        invalid(factors::remove_app(&db, &fm, PASSWORD, OFFICE).await),
        (
            "current_password".into(),
            "error-second-factor-required-by-organisation".into()
        )
    );

    let overview = factors::overview(&db, &admin).await.unwrap();
    let cologne = overview
        .iter()
        .find(|o| o.organisation_id == fm.organisation_id)
        .unwrap();
    assert!(cologne.required);
    let listed: Vec<(&str, bool)> = cologne
        .users
        .iter()
        .map(|u| (u.email.as_str(), u.app))
        .collect();
    assert_eq!(
        listed,
        [("admin@test.example", false), ("fm@test.example", true)]
    );
    assert!(matches!(
        factors::overview(&db, &fm).await,
        Err(AppError::Forbidden)
    ));

    // No longer required: the user may remove it, with their password.
    factors::set_required(&db, &admin, fm.organisation_id, false)
        .await
        .unwrap();
    assert_eq!(
        invalid(factors::remove_app(&db, &fm, "falsch", OFFICE).await),
        (
            "current_password".into(),
            "error-current-password-wrong".into()
        )
    );
    let passkey_stays = factors::remove_app(&db, &fm, PASSWORD, OFFICE)
        .await
        .unwrap();
    assert!(!passkey_stays);
    assert!(!factors::has_second_factor(&db, fm.id).await.unwrap());
    assert_eq!(
        audited(&db, "remove-second-factor", &format!("user:{}", fm.id)).await,
        [0, 1]
    );
}

async fn an_administrator_resets_a_lost_factor_and_the_users_sessions_end(db: Db) {
    let admin = administrator(&db).await;
    let fm = case_manager(&db).await;
    with_app(&db, &fm).await;
    factors::new_recovery_codes(&db, &fm).await.unwrap();
    let (token, _) = accounts::sign_in_from(&db, "fm@test.example", PASSWORD, OFFICE, PHONE)
        .await
        .unwrap();
    factors::reset(&db, &admin, fm.id).await.unwrap();
    assert!(!factors::has_second_factor(&db, fm.id).await.unwrap());
    assert_eq!(
        factors::status(&db, &Default::default(), &fm)
            .await
            .unwrap()
            .recovery_codes_left,
        0
    );
    assert_eq!(stage_of(&db, &token).await, None);
    assert_eq!(
        audited(&db, "reset-second-factor", &format!("user:{}", fm.id)).await,
        [1]
    );
    assert!(matches!(
        factors::reset(&db, &admin, 999_999).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        factors::reset(&db, &fm, admin.id).await,
        Err(AppError::Forbidden)
    ));
    // Without a factor and without a requirement, the password signs in fully again.
    let (_, stage) = accounts::sign_in_from(&db, "fm@test.example", PASSWORD, OFFICE, PHONE)
        .await
        .unwrap();
    assert_eq!(stage, Stage::Full);
}

async fn a_user_sees_their_sessions_and_ends_others_but_no_one_elses(db: Db) {
    let fm = case_manager(&db).await;
    let colleague = user(&db, "kollegin@test.example", "case_manager", "Stadt Köln").await;
    let sign_in = |email: &'static str, agent: &'static str| {
        let db = db.clone();
        async move {
            accounts::sign_in_from(&db, email, PASSWORD, OFFICE, agent)
                .await
                .unwrap()
                .0
        }
    };
    let here = sign_in("fm@test.example", FIREFOX).await;
    let phone = sign_in("fm@test.example", PHONE).await;
    let third = sign_in("fm@test.example", "curl/8").await;
    let theirs = sign_in("kollegin@test.example", FIREFOX).await;
    let listed = sessions::own(&db, &fm, Some(&here)).await.unwrap();
    assert_eq!(listed.len(), 3);
    let current: Vec<bool> = listed.iter().map(|s| s.current).collect();
    assert_eq!(current.iter().filter(|c| **c).count(), 1);
    let on_phone = listed.iter().find(|s| s.system == "Android").unwrap();
    assert_eq!(on_phone.browser, "Chrome");
    let this_one = listed.iter().find(|s| s.current).unwrap();
    assert_eq!(this_one.browser, "Firefox");

    // Its own session is not ended here (that is signing out), nor a colleague's.
    let their_id = sessions::own(&db, &colleague, Some(&theirs)).await.unwrap()[0]
        .id
        .clone();
    assert!(matches!(
        sessions::end_own(&db, &fm, Some(&here), &their_id).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        sessions::end_own(&db, &fm, Some(&here), &this_one.id).await,
        Err(AppError::NotFound)
    ));
    sessions::end_own(&db, &fm, Some(&here), &on_phone.id)
        .await
        .unwrap();
    assert_eq!(stage_of(&db, &phone).await, None);
    assert_eq!(
        sessions::end_others(&db.pool, fm.id, Some(&here))
            .await
            .unwrap(),
        1
    );
    assert_eq!(stage_of(&db, &third).await, None);
    assert_eq!(stage_of(&db, &here).await, Some(Stage::Full));
    assert_eq!(stage_of(&db, &theirs).await, Some(Stage::Full));
}

on_both_backends! {
    app_set_up_and_asked_for => an_app_is_set_up_with_a_code_from_it_and_asked_for_at_every_sign_in;
    recovery_codes => recovery_codes_sign_in_once_each_and_new_ones_replace_the_old;
    second_step_throttled => the_second_step_is_throttled_like_the_password;
    required_per_organisation => an_organisation_that_requires_a_second_factor_leads_its_staff_to_set_one_up;
    administrator_reset => an_administrator_resets_a_lost_factor_and_the_users_sessions_end;
    own_sessions => a_user_sees_their_sessions_and_ends_others_but_no_one_elses;
}
