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
        ("set_user_active", "user_id=1&active=false"),
        ("set_user_role", "user_id=1&role=volunteer"),
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
