//! The clients page: what it offers depends on the role.

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_clients_page_offers_a_new_client_and_the_csv_download_only_to_case_managers() {
    let app = spawn_app().await;
    let links = [
        "href=\"/clients/new\"".to_owned(),
        format!("href=\"{}\"", app::CASELOAD_EXPORT),
    ];
    for (email, role, offered) in [
        ("fallmanager@test.example", "case_manager", true),
        ("koordination@test.example", "coordinator", false),
        ("admin@test.example", "administrator", false),
    ] {
        let cookie = app.staff_signed_in(email, role).await;
        let body = app
            .get("/clients", Some(&cookie))
            .await
            .text()
            .await
            .unwrap();
        for link in &links {
            assert_eq!(body.contains(link), offered, "{role}: {link}");
        }
    }
}
