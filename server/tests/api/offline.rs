//! Phones and tablets: compressed answers, the service worker and which pages it may keep on a
//! device, and plain form posts (no JavaScript) that come back to their page saying what
//! happened.

use app::server::infra::context::SessionSettings;
use app::server::infra::db::now_ms;
use reqwest::header::{
    ACCEPT, ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, COOKIE, LOCATION,
    REFERER,
};
use reqwest::StatusCode;

use crate::helpers::{demo_world, spawn_app, spawn_app_on, FORM};

const DEMO_PASSWORD: &str = "lotse-demo";
const STORE: &str = "x-lotse-offline";

#[tokio::test]
async fn pages_and_server_function_answers_are_compressed_for_browsers_that_accept_them() {
    let app = spawn_app().await;
    for (accepts, expected) in [
        ("gzip, deflate, br, zstd", Some("gzip")),
        ("gzip", Some("gzip")),
        // Pages are not compressed with brotli (see `startup::router`).
        ("br", None),
        ("identity", None),
    ] {
        let page = app
            .http
            .get(format!("{}/portal/sign-in", app.base))
            .header(ACCEPT_ENCODING, accepts)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let encoding = page
            .headers()
            .get(CONTENT_ENCODING)
            .map(|v| v.to_str().unwrap().to_owned());
        assert_eq!(
            encoding.as_deref(),
            expected,
            "page for Accept-Encoding: {accepts}"
        );
    }
    let cookie = app.staff_signed_in("fm@lotse.test", "case_manager").await;
    let answer = app
        .http
        .post(format!("{}/api/load_dashboard", app.base))
        .header(CONTENT_TYPE, FORM)
        .header(ACCEPT, "application/json")
        .header(ACCEPT_ENCODING, "br, gzip")
        .header(COOKIE, &cookie)
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(answer.headers()[CONTENT_ENCODING], "gzip");
}

#[tokio::test]
async fn the_service_worker_comes_from_the_site_root_and_is_asked_for_again_at_every_visit() {
    let app = spawn_app().await;
    let response = app.get("/sw.js", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert_eq!(response.headers()[CACHE_CONTROL], "no-cache");
    let script = response.text().await.unwrap();
    for placeholder in [
        "__VERSION__",
        "__SHELL__",
        "__STORE_HEADER__",
        "__STORED_PAGES__",
    ] {
        assert!(!script.contains(placeholder), "{placeholder} is filled in");
    }
    assert!(script.contains("\"/portal/appointments\""));
    assert!(script.contains("/pkg/lotse"));
}

/// `(owner, expires)` of the header that lets the worker keep a page, if the page has it.
async fn store_mark(
    app: &crate::helpers::TestApp,
    path: &str,
    cookie: &str,
) -> Option<(String, i64)> {
    let response = app.get(path, Some(cookie)).await;
    let value = response.headers().get(STORE)?.to_str().unwrap().to_owned();
    let (owner, expires) = value.split_once(';').unwrap();
    Some((owner.to_owned(), expires.parse().unwrap()))
}

#[tokio::test]
async fn only_a_clients_plan_and_appointments_and_a_volunteers_task_list_may_be_kept_on_a_device() {
    let app = spawn_app_on(demo_world().await).await;
    let idle = SessionSettings::default().client_idle_timeout.as_millis() as i64;

    let amira = app.portal_sign_in("DEMO-AMIRA", "246810").await;
    for path in ["/portal", "/portal/appointments"] {
        let (owner, expires) = store_mark(&app, path, &amira).await.expect(path);
        assert_eq!(owner, "client-1");
        // Until the session would expire, not longer.
        assert!(
            expires > now_ms() && expires <= now_ms() + idle,
            "{path}: {expires}"
        );
    }
    for path in [
        "/portal/consents",
        "/portal/access",
        "/portal/data",
        "/portal/correction",
    ] {
        assert_eq!(store_mark(&app, path, &amira).await, None, "{path}");
    }

    let volunteer = app.sign_in("ehrenamt@lotse.example", DEMO_PASSWORD).await;
    let (owner, _) = store_mark(&app, "/", &volunteer)
        .await
        .expect("the task list");
    assert!(owner.starts_with("user-"), "{owner}");
    assert_eq!(store_mark(&app, "/account", &volunteer).await, None);

    // Staff pages never.
    let case_manager = app
        .sign_in("fallmanager@lotse.example", DEMO_PASSWORD)
        .await;
    for path in ["/", "/cases/1", "/cases/1/plan", "/clients"] {
        assert_eq!(store_mark(&app, path, &case_manager).await, None, "{path}");
    }
    // Nor what anyone gets without a session.
    assert!(app
        .get("/portal", None)
        .await
        .headers()
        .get(STORE)
        .is_none());
}

#[tokio::test]
async fn a_plain_form_post_comes_back_to_its_page_saying_what_happened() {
    let app = spawn_app_on(demo_world().await).await;
    let amira = app.portal_sign_in("DEMO-AMIRA", "246810").await;
    let post = |form: &'static str, accept: &'static str| {
        app.http
            .post(format!("{}/api/portal_request_correction", app.base))
            .header(CONTENT_TYPE, FORM)
            .header(ACCEPT, accept)
            .header(REFERER, format!("{}/portal/correction?__err=old", app.base))
            .header(COOKIE, &amira)
            .body(form)
            .send()
    };
    let html = "text/html,application/xhtml+xml,*/*;q=0.8";

    let sent = post("topic=personal&message=Meine+Nummer+ist+falsch", html)
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::FOUND);
    assert_eq!(
        sent.headers()[LOCATION],
        "/portal/correction?done=correction-sent"
    );

    // A refusal goes back with the error for the page to show.
    let refused = post("topic=personal&message=", html).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FOUND);
    let location = refused.headers()[LOCATION].to_str().unwrap();
    assert!(
        location.contains("/portal/correction?") && location.contains("__err="),
        "{location}"
    );

    // The WASM's own request gets its answer, not a redirect.
    let scripted = post("topic=personal&message=Noch+etwas", "application/json")
        .await
        .unwrap();
    assert_eq!(scripted.status(), StatusCode::OK);
    assert!(scripted.headers().get(LOCATION).is_none());
}

#[tokio::test]
async fn a_staff_form_that_saved_comes_back_to_its_page_marked_saved_and_the_page_says_so() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("plain-form@lotse.example", "case_manager")
        .await;
    let html = "text/html,application/xhtml+xml,*/*;q=0.8";
    let change = |current: &str| {
        app.http
            .post(format!("{}/api/change_password", app.base))
            .header(CONTENT_TYPE, FORM)
            .header(ACCEPT, html)
            .header(REFERER, format!("{}/account?__path=x&__err=old", app.base))
            .header(COOKIE, &cookie)
            .body(format!(
                "current_password={current}&new_password=ein-neues-passwort-7&confirm_password=ein-neues-passwort-7"
            ))
            .send()
    };

    // Refused: back to the page with the error (and without an earlier one), not "saved".
    let refused = change("falsch").await.unwrap();
    assert_eq!(refused.status(), StatusCode::FOUND);
    let location = refused.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(
        location.contains("/account?") && location.contains("__err="),
        "{location}"
    );
    assert!(!location.contains("done="), "{location}");

    // Saved: back to the same page, marked, and the page says what happened.
    let saved = change(crate::helpers::PASSWORD).await.unwrap();
    assert_eq!(saved.status(), StatusCode::FOUND);
    let location = saved.headers()[LOCATION].to_str().unwrap().to_owned();
    assert_eq!(location, format!("{}/account?done=saved", app.base));
    let page = app
        .http
        .get(&location)
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.unwrap();
    assert!(
        body.contains("Ihr Passwort wurde geändert."),
        "the account page says the password changed"
    );
}
