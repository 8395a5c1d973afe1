//! The client portal over HTTP: its own session, pages, language and download, and access
//! letters that name the configured address.

use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, LOCATION};
use reqwest::StatusCode;

use crate::helpers::{html_tag, set_cookies, spawn_app, spawn_app_with, FORM};

#[tokio::test]
async fn the_portal_has_its_own_session_pages_language_and_download() {
    let app = spawn_app().await;
    let cm = app.staff_signed_in("fm@test.example", "case_manager").await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let case_id = app.open_case(&cm, client).await;

    // Portal pages send anonymous visitors to the portal's sign-in, not the staff one.
    for path in ["/portal", "/portal/consents", "/portal/access"] {
        let response = app.get(path, None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(response.headers()[LOCATION], "/portal/sign-in");
    }
    assert_eq!(
        app.get("/portal/sign-in", None).await.status(),
        StatusCode::OK
    );
    // A staff session is no client session: portal functions answer 401.
    let response = app.call("load_portal_plan", "", Some(&cm)).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // The case manager issues a letter; its page names the portal at this server's address.
    let response = app
        .call(
            "issue_portal_letter",
            &format!("case_id={case_id}"),
            Some(&cm),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let letter: app::models::PortalLetter = response.json().await.unwrap();
    assert!(letter.address.starts_with("http://127.0.0.1:") && letter.address.ends_with("/portal"));

    // First use: the code asks for a PIN, then code and PIN sign in, in Arabic.
    let response = app
        .call(
            "portal_sign_in",
            &format!("code={}&pin=", letter.code),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response
            .json::<app::models::PortalSignInOutcome>()
            .await
            .unwrap(),
        app::models::PortalSignInOutcome::ChoosePin
    );
    let response = app
        .call(
            "portal_sign_in",
            &format!("code={}&pin=24681&pin_repeat=24681", letter.code),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .call(
            "portal_sign_in",
            &format!("code={}&pin=246810&pin_repeat=246810", letter.code),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookies = set_cookies(&response);
    let languages: Vec<&String> = cookies
        .iter()
        .filter(|c| c.starts_with("lotse_lang="))
        .collect();
    assert_eq!(languages.len(), 1, "{languages:?}");
    assert!(languages[0].starts_with("lotse_lang=ar;"));
    let portal = cookies
        .iter()
        .find(|c| c.starts_with("lotse_portal=") && c.contains("HttpOnly"))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .expect("a portal session cookie");
    assert!(
        !cookies.iter().any(|c| c.starts_with("lotse_session=")),
        "no staff session for a client"
    );
    let both = format!("{portal}; lotse_lang=ar");
    let page = app.get("/portal", Some(&both)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.unwrap();
    assert!(
        html_tag(&body).contains("dir=\"rtl\""),
        "{}",
        html_tag(&body)
    );
    assert_eq!(
        app.get("/portal/sign-in", Some(&portal)).await.headers()[LOCATION],
        "/portal"
    );
    // The portal session opens no staff page and no staff function.
    assert_eq!(
        app.get("/clients", Some(&portal)).await.headers()[LOCATION],
        "/sign-in"
    );
    let response = app
        .call("load_client", &format!("client_id={client}"), Some(&portal))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // "Download my data": a JSON file, only with a client session.
    assert_eq!(
        app.get(app::PORTAL_EXPORT, None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let response = app.get(app::PORTAL_EXPORT, Some(&portal)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["person"]["family_name"], "Haddad");

    // Signing out of the portal ends the client session.
    let response = app.call("portal_sign_out", "", Some(&portal)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.get("/portal", Some(&portal)).await.headers()[LOCATION],
        "/portal/sign-in"
    );
}

#[tokio::test]
async fn the_access_letter_names_the_configured_address_whatever_the_host_header() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| s.public_url = "https://lotse.koeln.example".into()).await;
    let cm = app.staff_signed_in("fm@test.example", "case_manager").await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let case_id = app.open_case(&cm, client).await;
    let response = app
        .http
        .post(format!("{}/api/issue_portal_letter", app.base))
        .header(CONTENT_TYPE, FORM)
        .header(ACCEPT, "application/json")
        .header(COOKIE, &cm)
        .header("host", "evil.example")
        .body(format!("case_id={case_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let letter: app::models::PortalLetter = response.json().await.unwrap();
    assert_eq!(letter.address, "https://lotse.koeln.example/portal");
    assert!(!letter.qr_svg.contains("evil"));
}
