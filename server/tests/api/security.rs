//! What every request meets: security headers with nonced scripts, 4xx for garbage and
//! oversized bodies, state-changing requests only from Lotse's own origin, and NUL characters
//! refused in any text, on both backends.

use reqwest::header::{CONTENT_TYPE, COOKIE};
use reqwest::StatusCode;

use crate::helpers::{backends, spawn_app, spawn_app_on, spawn_app_with, TestApp, FORM, PASSWORD};

#[tokio::test]
async fn every_page_carries_security_headers_and_only_nonced_scripts() {
    let app = spawn_app().await;
    let response = app.get("/sign-in", None).await;
    let headers = response.headers().clone();
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(headers.contains_key("x-request-id"));
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    let body = response.text().await.unwrap();
    let scripts = body.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(
        body.matches(&format!("nonce=\"{nonce}\"")).count(),
        scripts,
        "every script carries the nonce"
    );

    let other = app.get("/sign-in", None).await;
    assert!(
        !other.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains(nonce),
        "a fresh nonce per response"
    );
    let health = app.get("/healthz", None).await;
    assert!(health.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn garbage_and_oversized_bodies_to_every_server_function_get_4xx() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("admin@test.example", "administrator")
        .await;
    let paths = lotse::server_function_paths();
    assert!(paths.len() >= 9, "{paths:?}");
    let garbage: Vec<u8> = vec![0xff, 0xfe, 0x00, 0x80, b'=', b'&', 0xc3];
    let oversized = vec![b'a'; 2 * 1024 * 1024];
    for path in &paths {
        for (what, body, content_type) in [
            ("garbage", garbage.clone(), FORM),
            ("oversized", oversized.clone(), FORM),
            (
                "json instead of a form",
                b"{\"email\": [1, 2]}".to_vec(),
                "application/json",
            ),
            (
                "wrong types",
                b"user_id=abc&active=maybe&page=x".to_vec(),
                FORM,
            ),
        ] {
            // Functions without arguments ignore form fields, as any form handler would.
            let takes_no_arguments = [
                "/api/load_session",
                "/api/sign_out",
                "/api/list_organisations",
                "/api/load_dashboard",
                "/api/list_catalogue_entries",
                "/api/portal_sign_out",
                "/api/load_portal_plan",
                "/api/load_portal_appointments",
                "/api/load_portal_referrals",
                "/api/load_portal_consents",
                "/api/load_portal_access_log",
                "/api/load_portal_corrections",
                "/api/load_second_factors",
                "/api/load_second_factor",
                "/api/load_my_sessions",
                "/api/begin_app_setup",
                "/api/cancel_app_setup",
                "/api/end_my_other_sessions",
                "/api/load_sign_in_choices",
                "/api/load_sign_in_providers",
                "/api/load_second_step",
                "/api/begin_passkey_sign_in",
                "/api/load_mail_preferences",
            ]
            .contains(&path.as_str());
            if what == "wrong types" && takes_no_arguments {
                continue;
            }
            for session in [None, Some(cookie.as_str())] {
                let mut request = app
                    .http
                    .post(format!("{}{path}", app.base))
                    .header(CONTENT_TYPE, content_type)
                    .body(body.clone());
                if let Some(session) = session {
                    request = request.header(COOKIE, session);
                }
                let status = request.send().await.unwrap().status();
                assert!(
                    status.is_client_error(),
                    "{what} to {path} (signed in: {}): {status}",
                    session.is_some()
                );
            }
        }
    }
}

/// A sign-in as a browser on another site would send it; `origin`/`referer` as given.
async fn sign_in_from(
    app: &TestApp,
    origin: Option<&str>,
    referer: Option<&str>,
    content_type: &str,
) -> StatusCode {
    let mut request = app
        .http
        .post(format!("{}/api/sign_in", app.base))
        .header(CONTENT_TYPE, content_type)
        .body(format!("email=fm@test.example&password={PASSWORD}"));
    if let Some(origin) = origin {
        request = request.header("origin", origin);
    }
    if let Some(referer) = referer {
        request = request.header("referer", referer);
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn state_changing_requests_from_other_sites_are_refused() {
    let app = spawn_app().await;
    app.account("fm@test.example", "case_manager").await;
    let evil = Some("http://evil.example");
    for content_type in [FORM, "text/plain"] {
        assert_eq!(
            sign_in_from(&app, evil, None, content_type).await,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            sign_in_from(&app, Some("null"), None, content_type).await,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        sign_in_from(&app, None, Some("http://evil.example/page"), FORM).await,
        StatusCode::FORBIDDEN,
        "without Origin, the Referer decides"
    );
    let own_host = format!("{}.evil.example", app.base);
    assert_eq!(
        sign_in_from(&app, Some(&own_host), None, FORM).await,
        StatusCode::FORBIDDEN
    );
    // Lotse's own pages, and clients that are no browser, go through.
    assert_eq!(
        sign_in_from(&app, Some(&app.base), None, FORM).await,
        StatusCode::OK
    );
    let own_page = format!("{}/sign-in", app.base);
    assert_eq!(
        sign_in_from(&app, None, Some(&own_page), FORM).await,
        StatusCode::OK
    );
    assert_eq!(sign_in_from(&app, None, None, FORM).await, StatusCode::OK);
    // The refusal is an error the page can show in the user's language.
    let response = app
        .http
        .post(format!("{}/api/sign_in", app.base))
        .header(CONTENT_TYPE, FORM)
        .header("origin", "http://evil.example")
        .body("email=x&password=y")
        .send()
        .await
        .unwrap();
    let error: app::error::AppError = response.json().await.unwrap();
    assert_eq!(error, app::error::AppError::Forbidden);
}

#[tokio::test]
async fn behind_a_proxy_only_the_configured_public_origin_may_change_things() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| {
        s.public_url = "https://lotse.koeln.example".into();
        s.allowed_origins = vec!["https://lotse.koeln.example".into()];
    })
    .await;
    app.account("fm@test.example", "case_manager").await;
    assert_eq!(
        sign_in_from(&app, Some("https://lotse.koeln.example"), None, FORM).await,
        StatusCode::OK
    );
    assert_eq!(
        sign_in_from(&app, Some(&app.base), None, FORM).await,
        StatusCode::FORBIDDEN,
        "the proxy's inner address is not the public origin"
    );
}

#[tokio::test]
async fn a_nul_character_in_any_text_gets_a_translated_422_on_both_backends() {
    for db in backends().await {
        let app = spawn_app_on(db).await;
        let cm = app.staff_signed_in("fm@test.example", "case_manager").await;
        let client_id = app.new_client(&cm, "Olena", "Kovalenko", "ukr").await;
        let form =
            "given_names=Ol%00ena&family_name=Kovalenko&given_names_latin=&family_name_latin=\
             &birth_year=&birth_month=&birth_day=&preferred_language=ukr&interpreter_language=\
             &phone=&email=&street=&postal_code=&city=";
        let note = format!("client_id={client_id}&compartment=health&note_body=a%00b");
        for (function, body) in [("create_client", form.to_owned()), ("add_note", note)] {
            let response = app.call(function, &body, Some(&cm)).await;
            assert_eq!(
                response.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{function}"
            );
            let error: app::error::AppError = response.json().await.unwrap();
            assert_eq!(error.message_id(), "error-control-character");
        }
        // A JSON body and a query string are refused alike.
        let response = app
            .http
            .post(format!("{}/api/add_note", app.base))
            .header(CONTENT_TYPE, "application/json")
            .header(COOKIE, &cm)
            .body(r#"{"client_id":1,"compartment":"health","note_body":"a\u0000b"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let response = app.get("/clients?q=Kov%00alenko", Some(&cm)).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
}
