//! Volunteers over HTTP: a volunteer never reaches a client's record or plan.

use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_volunteer_asking_for_a_clients_plan_or_record_gets_403_and_the_attempt_is_audited() {
    let app = spawn_app().await;
    let cm = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let other = app.new_client(&cm, "Olena", "Kovalenko", "ukr").await;
    let case_id = app.open_case(&cm, client).await;
    let volunteer = app
        .staff_signed_in("lotsin@test.example", "volunteer")
        .await;
    for (function, form, record) in [
        (
            "load_plan",
            format!("case_id={case_id}"),
            format!("case:{case_id}"),
        ),
        (
            "load_case",
            format!("case_id={case_id}"),
            format!("case:{case_id}"),
        ),
        (
            "load_client",
            format!("client_id={client}"),
            // A client's own record is named by the entry's subject, not by number.
            "client".to_owned(),
        ),
        (
            "load_client",
            format!("client_id={other}"),
            "client".to_owned(),
        ),
    ] {
        let response = app.call(function, &form, Some(&volunteer)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{function}");
        let body = response.text().await.unwrap();
        assert!(
            !body.contains("Haddad") && !body.contains("Kovalenko"),
            "{body}"
        );
        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.actor_id
             WHERE u.email = 'lotsin@test.example' AND a.allowed = 0 AND a.record = $1
               AND a.actor_role = 'volunteer'",
        )
        .bind(&record)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        assert!(audited >= 1, "{function} {record} not audited");
    }
}
