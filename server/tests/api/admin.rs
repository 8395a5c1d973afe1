//! Administration over HTTP: only administrators manage organisations and accounts, a
//! deactivated user's next request is anonymous, and validation errors name the field.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, PASSWORD};

#[tokio::test]
async fn administration_functions_refuse_other_roles_with_403_and_anonymous_with_401() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    for (function, form) in [
        ("list_users", "page=1"),
        ("list_organisations", ""),
        ("create_organisation", "name=X&organisation_type=bamf"),
        (
            "create_external_organisation",
            "name=X&organisation_type=chamber&contact_name=Y&contact_email=y@x.example&contact_language=de",
        ),
        ("set_user_active", "user_id=1&active=false"),
        ("set_user_role", "user_id=1&role=volunteer"),
        ("load_caseload_handover", "user_id=1"),
        ("hand_over_cases", "user_id=1&to_user_id=2&case_1=on"),
    ] {
        assert_eq!(
            app.call(function, form, Some(&cookie)).await.status(),
            StatusCode::FORBIDDEN,
            "{function}"
        );
        assert_eq!(
            app.call(function, form, None).await.status(),
            StatusCode::UNAUTHORIZED,
            "{function}"
        );
    }
}

#[tokio::test]
async fn a_deactivated_users_next_request_is_anonymous() {
    let app = spawn_app().await;
    app.account("admin@test.example", "administrator").await;
    let user_id = app
        .account("fallmanager@test.example", "case_manager")
        .await;
    let admin = app.sign_in("admin@test.example", PASSWORD).await;
    let user = app.sign_in("fallmanager@test.example", PASSWORD).await;
    assert_eq!(app.get("/", Some(&user)).await.status(), StatusCode::OK);
    let response = app
        .call(
            "set_user_active",
            &format!("user_id={user_id}&active=false"),
            Some(&admin),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.get("/", Some(&user)).await.status(),
        StatusCode::SEE_OTHER
    );
}

/// The handover form as the browser posts it (a `case_<id>` checkbox per ticked case): the
/// ticked case moves to the colleague, and only then can the account be deactivated.
#[tokio::test]
async fn a_caseload_is_handed_over_with_the_ticked_boxes_before_deactivation() {
    let app = spawn_app().await;
    let (_, case_id) = app.case_manager_with_a_case().await;
    let leaving: i64 = sqlx::query_scalar("SELECT owner_id FROM cases WHERE id = $1")
        .bind(case_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let staying = app.account("kollegin@test.example", "case_manager").await;
    let admin = app
        .staff_signed_in("admin@test.example", "administrator")
        .await;
    let deactivate = format!("user_id={leaving}&active=false");
    let refused = app.call("set_user_active", &deactivate, Some(&admin)).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let form = format!("user_id={leaving}&to_user_id={staying}&case_{case_id}=on");
    let response = app.call("hand_over_cases", &form, Some(&admin)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<usize>().await.unwrap(), 1);
    let owner: i64 = sqlx::query_scalar("SELECT owner_id FROM cases WHERE id = $1")
        .bind(case_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(owner, staying);
    let deactivated = app.call("set_user_active", &deactivate, Some(&admin)).await;
    assert_eq!(deactivated.status(), StatusCode::OK);
}

#[tokio::test]
async fn validation_errors_name_the_field_and_get_422() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("admin@test.example", "administrator")
        .await;
    let response = app
        .call(
            "create_organisation",
            "name=&organisation_type=bamf",
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: app::error::AppError = response.json().await.unwrap();
    assert_eq!(
        error,
        app::error::AppError::invalid("name", "error-required")
    );
}

/// The retention rules over HTTP: only the data-protection officer reads and sets them; a bad
/// period answers 422 naming the field; the page lists every kind of data in German.
#[tokio::test]
async fn only_the_data_protection_officer_reads_and_sets_the_retention_rules() {
    use app::error::AppError;
    let app = spawn_app().await;
    let form = "data_kind=audit-log&version=1&period_amount=3&period_unit=years";
    let mut others = Vec::new();
    for (email, role) in [
        ("admin@test.example", "administrator"),
        ("fm@test.example", "case_manager"),
        ("koordination@test.example", "coordinator"),
    ] {
        others.push((role, app.staff_signed_in(email, role).await));
    }
    for function in ["load_retention_rules", "set_retention_period"] {
        let body = if function == "set_retention_period" {
            form
        } else {
            ""
        };
        assert_eq!(
            app.call(function, body, None).await.status(),
            StatusCode::UNAUTHORIZED,
            "{function}"
        );
        for (role, cookie) in &others {
            assert_eq!(
                app.call(function, body, Some(cookie)).await.status(),
                StatusCode::FORBIDDEN,
                "{function} as {role}"
            );
        }
    }
    let dpo = app
        .staff_signed_in("datenschutz@test.example", "data_protection_officer")
        .await;
    let refused = app
        .call(
            "set_retention_period",
            "data_kind=audit-log&version=1&period_amount=0&period_unit=years",
            Some(&dpo),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.json::<AppError>().await.unwrap(),
        AppError::invalid("period_amount", "error-retention-period")
    );
    let saved = app.call("set_retention_period", form, Some(&dpo)).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let rules: Vec<app::models::RetentionRule> = app
        .call("load_retention_rules", "", Some(&dpo))
        .await
        .json()
        .await
        .unwrap();
    let audit = rules.iter().find(|r| r.data_kind == "audit-log").unwrap();
    assert_eq!(
        (audit.period_amount, audit.period_unit.as_str()),
        (3, "years")
    );
    let (status, page) = app.page("/retention", &dpo).await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "Löschfristen",
        "Notizen zur Gesundheit",
        "der letzte Fall der Person abgeschlossen ist",
        "vorher",
    ] {
        assert!(page.contains(text), "{text}");
    }
}
