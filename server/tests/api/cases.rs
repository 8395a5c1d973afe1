//! Cases over HTTP: who may call the case functions at all, and no assessment before the
//! client's consent to case management.

use app::server::testing::staff;
use reqwest::StatusCode;

use crate::helpers::{spawn_app, PASSWORD};

/// No assessment before consent: on a new case the assessment functions answer 409 with the
/// message that the consent to case management comes first; once it is recorded they save.
#[tokio::test]
async fn the_assessment_functions_answer_409_until_the_consent_to_case_management_is_recorded() {
    use app::error::AppError;
    let app = spawn_app().await;
    let (cookie, case_id) = app.case_manager_with_a_case().await;
    let assessment =
        format!("case_id={case_id}&domain=language&version=0&needs=Kurs&resources=&client_goals=");
    let facts = format!(
        "case_id={case_id}&version=0&language_level=a1&literacy=&schooling=&qualifications=\
         &work_experience=&housing_situation=&health_insurance="
    );
    for (function, form) in [("save_assessment", &assessment), ("save_facts", &facts)] {
        let refused = app.call(function, form, Some(&cookie)).await;
        assert_eq!(refused.status(), StatusCode::CONFLICT, "{function}");
        assert_eq!(
            refused.json::<AppError>().await.unwrap(),
            AppError::NotYet {
                message_id: "error-assessment-consent-missing".into()
            },
            "{function}"
        );
    }
    let consent = format!(
        "case_id={case_id}&given_on={}&method=signature&interpreter_language=",
        app::server::infra::input::today()
    );
    assert_eq!(
        app.call("record_consent", &consent, Some(&cookie))
            .await
            .status(),
        StatusCode::OK
    );
    for (function, form) in [("save_assessment", &assessment), ("save_facts", &facts)] {
        let saved = app.call(function, form, Some(&cookie)).await;
        assert_eq!(saved.status(), StatusCode::OK, "{function}");
        assert_eq!(saved.json::<i64>().await.unwrap(), 1, "{function}");
    }
}

/// Authorisation matrix of the case functions: anonymous 401; roles other than case
/// manager 403; a case manager of another organisation does not learn that the case exists.
#[tokio::test]
async fn case_functions_refuse_anonymous_other_roles_and_other_organisations() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client_id = app.new_client(&cookie, "Reza", "Ahmadi", "prs").await;
    let case_id = app.open_case(&cookie, client_id).await;
    staff(
        &app.db,
        "fm@bonn.example",
        "case_manager",
        "Stadt Bonn",
        PASSWORD,
    )
    .await;
    let elsewhere = app.sign_in("fm@bonn.example", PASSWORD).await;
    let mut others = vec![];
    for (email, role) in [
        ("koordination@test.example", "coordinator"),
        ("ehrenamt@test.example", "volunteer"),
        ("partner@test.example", "partner_staff"),
        ("admin@test.example", "administrator"),
        ("datenschutz@test.example", "data_protection_officer"),
    ] {
        others.push((role, app.staff_signed_in(email, role).await));
    }
    let calls = [
        ("load_client", format!("client_id={client_id}")),
        ("load_case", format!("case_id={case_id}")),
        ("load_plan", format!("case_id={case_id}")),
        ("open_case", format!("client_id={client_id}")),
        (
            "add_note",
            format!("client_id={client_id}&compartment=health&note_body=x"),
        ),
        (
            "save_residence",
            format!(
                "client_id={client_id}&version=0&residence_status=&valid_until=&benefit_regime="
            ),
        ),
        (
            "record_consent",
            format!("case_id={case_id}&given_on=2026-01-01&method=signature&interpreter_language="),
        ),
        ("compare_plan", format!("case_id={case_id}&from=1&to=")),
    ];
    for (function, form) in &calls {
        assert_eq!(
            app.call(function, form, None).await.status(),
            StatusCode::UNAUTHORIZED,
            "{function}"
        );
        for (role, other) in &others {
            assert_eq!(
                app.call(function, form, Some(other)).await.status(),
                StatusCode::FORBIDDEN,
                "{function} as {role}"
            );
        }
        assert_eq!(
            app.call(function, form, Some(&elsewhere)).await.status(),
            StatusCode::NOT_FOUND,
            "{function} from another organisation"
        );
    }
    assert_eq!(
        app.call("load_dashboard", "", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for (role, other) in &others {
        assert_eq!(
            app.call("load_dashboard", "", Some(other)).await.status(),
            StatusCode::FORBIDDEN,
            "{role}"
        );
    }
    // The client page, case page and plan page render for the owner.
    for path in [
        format!("/clients/{client_id}"),
        format!("/cases/{case_id}"),
        format!("/cases/{case_id}/plan"),
    ] {
        let response = app.get(&path, Some(&cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(response.text().await.unwrap().contains("Ahmadi"), "{path}");
    }
}

/// The dashboard's overdue list shows the most recently overdue steps first (the ones still
/// worth acting on today), and says how many there are in all when it cannot show them all.
#[tokio::test]
async fn the_dashboard_shows_the_newest_overdue_steps_first_and_how_many_there_are() {
    for db in crate::helpers::backends().await {
        let app = crate::helpers::spawn_app_on(db).await;
        let (cookie, case_id) = app.case_manager_with_a_case().await;
        let today = app::server::infra::input::today();
        let goal_id: i64 = app
            .call(
                "add_goal",
                &format!(
                    "case_id={case_id}&domain=language&level=action&template=&client_words=\
                     &plain_wording=Deutsch&success_criterion=&start_date=&target_date="
                ),
                Some(&cookie),
            )
            .await
            .json()
            .await
            .unwrap();
        for n in 1..=25 {
            let step = format!(
                "goal_id={goal_id}&service_type=integration-course&detail=Kurs+{n}\
                 &responsible_kind=client&responsible_organisation_id=&due_date={}",
                today + chrono::Duration::days(n)
            );
            assert_eq!(
                app.call("add_step", &step, Some(&cookie)).await.status(),
                StatusCode::OK
            );
        }
        // Time passes: step n fell due n days ago.
        for n in 1..=25i64 {
            sqlx::query("UPDATE steps SET due_date = $1 WHERE detail = $2")
                .bind((today - chrono::Duration::days(n)).to_string())
                .bind(format!("Kurs {n}"))
                .execute(&app.db.pool)
                .await
                .unwrap();
        }
        let dashboard: app::models::Dashboard = app
            .call("load_dashboard", "", Some(&cookie))
            .await
            .json()
            .await
            .unwrap();
        let overdue = &dashboard.overdue_steps;
        assert_eq!(overdue.total, 25);
        let due: Vec<String> = overdue
            .steps
            .iter()
            .map(|s| s.due_date.clone().unwrap())
            .collect();
        let expected: Vec<String> = (1..=20i64)
            .map(|n| (today - chrono::Duration::days(n)).to_string())
            .collect();
        assert_eq!(due, expected, "{:?}", app.db.backend);
        let (status, page) = app.page("/", &cookie).await;
        assert_eq!(status, StatusCode::OK);
        let text = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("20 von 25 gezeigt"), "{page}");
    }
}
