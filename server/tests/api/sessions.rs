//! Staff sessions over HTTP: signing in sets an HTTP-only cookie (host-prefixed and secure
//! over HTTPS), wrong passwords are throttled per account and per client address, signing out
//! ends the session, and an anonymous visitor is sent to sign in.

use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::StatusCode;

use crate::helpers::{session_cookie, set_cookies, spawn_app, spawn_app_with, FORM, PASSWORD};

#[tokio::test]
async fn an_anonymous_visitor_of_a_staff_page_is_sent_to_sign_in() {
    let app = spawn_app().await;
    for path in ["/", "/account", "/admin/users"] {
        let response = app.get(path, None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(response.headers()[LOCATION], "/sign-in");
    }
}

#[tokio::test]
async fn signing_in_sets_an_http_only_cookie_and_opens_the_start_page() {
    let app = spawn_app().await;
    app.account("fallmanager@test.example", "case_manager")
        .await;
    let response = app
        .call(
            "sign_in",
            &format!("email=fallmanager@test.example&password={PASSWORD}"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let set = set_cookies(&response);
    let session = set
        .iter()
        .find(|v| v.starts_with("lotse_session="))
        .expect("session cookie");
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && !session.contains("Secure"),
        "{session}"
    );
    let cookie = session_cookie(&response).unwrap();
    let start = app.get("/", Some(&cookie)).await;
    assert_eq!(start.status(), StatusCode::OK);
    assert!(start.text().await.unwrap().contains("Test case_manager"));
    let back_to_sign_in = app.get("/sign-in", Some(&cookie)).await;
    assert_eq!(back_to_sign_in.headers()[LOCATION], "/");
}

#[tokio::test]
async fn a_wrong_password_gets_401_and_repeated_failures_get_429() {
    let app = spawn_app().await;
    app.account("fallmanager@test.example", "case_manager")
        .await;
    let wrong = app
        .call(
            "sign_in",
            "email=fallmanager@test.example&password=falsch",
            None,
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.text().await.unwrap().contains("InvalidCredentials"));
    for _ in 1..app::server::infra::throttle::MAX_PER_ACCOUNT {
        app.call(
            "sign_in",
            "email=fallmanager@test.example&password=falsch",
            None,
        )
        .await;
    }
    let throttled = app
        .call(
            "sign_in",
            &format!("email=fallmanager@test.example&password={PASSWORD}"),
            None,
        )
        .await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.text().await.unwrap().contains("Throttled"));
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let response = app.call("sign_out", "", Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(set_cookies(&response)
        .iter()
        .any(|v| v.contains("Max-Age=0")));
    assert_eq!(
        app.get("/", Some(&cookie)).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_secure_and_browsers_are_told_to_stay() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| s.secure_cookies = true).await;
    app.account("fm@test.example", "case_manager").await;
    let page = app.get("/sign-in", None).await;
    assert_eq!(
        page.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    let language = set_cookies(&page)
        .into_iter()
        .find(|c| c.starts_with("lotse_lang="))
        .expect("a language cookie");
    assert!(language.ends_with("; Secure"), "{language}");
    let response = app
        .call(
            "sign_in",
            &format!("email=fm@test.example&password={PASSWORD}"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let session = set_cookies(&response)
        .into_iter()
        .find(|c| c.starts_with("__Host-lotse_session="))
        .expect("a __Host- session cookie");
    assert!(
        session.contains("; Path=/;") && session.ends_with("; Secure"),
        "{session}"
    );
    assert!(!session.contains("Domain"));
    let cookie = session.split(';').next().unwrap().to_owned();
    assert_eq!(app.get("/", Some(&cookie)).await.status(), StatusCode::OK);
    // The unprefixed name is not a session over HTTPS.
    let plain = cookie.replace("__Host-", "");
    assert_eq!(
        app.get("/", Some(&plain)).await.status(),
        StatusCode::SEE_OTHER
    );
    // Without HTTPS there is no HSTS.
    let plain_app = spawn_app().await;
    assert!(plain_app
        .get("/sign-in", None)
        .await
        .headers()
        .get("strict-transport-security")
        .is_none());
}

#[tokio::test]
async fn behind_a_trusted_proxy_failures_count_per_forwarded_client_address() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| {
        s.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await;
    let wrong = |forwarded: &'static str| {
        app.http
            .post(format!("{}/api/sign_in", app.base))
            .header(CONTENT_TYPE, FORM)
            .header("x-forwarded-for", forwarded)
            .body("email=niemand@test.example&password=falsch")
            .send()
    };
    wrong("198.51.100.7").await.unwrap();
    wrong("1.2.3.4, 198.51.100.8").await.unwrap();
    let keys: Vec<String> = sqlx::query_scalar(
        "SELECT throttle_key FROM sign_in_attempts WHERE throttle_key LIKE 'address:%' ORDER BY throttle_key",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        keys,
        [
            "address:account:198.51.100.7",
            "address:account:198.51.100.8"
        ],
        "the proxy's own address is nobody's, and the client's own claims further left are ignored"
    );
}
