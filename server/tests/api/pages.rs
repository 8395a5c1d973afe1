//! Pages as a browser receives them: in the reader's language and direction, whole under
//! concurrent requests, leading each role to its areas, and answering a refused or missing
//! record with that HTTP status.

use std::time::Duration;

use app::server::demo::DEMO_PASSWORD;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE};
use reqwest::StatusCode;

use crate::helpers::{demo_world, html_tag, set_cookies, spawn_app, spawn_app_on};

#[tokio::test]
async fn the_sign_in_page_is_german_by_default_and_arabic_right_to_left_for_an_arabic_browser() {
    let app = spawn_app().await;
    let sign_in = |accept: &'static str, cookie: &'static str| {
        let request = app
            .http
            .get(format!("{}/sign-in", app.base))
            .header(ACCEPT_LANGUAGE, accept);
        async move {
            if cookie.is_empty() {
                request
            } else {
                request.header(COOKIE, cookie)
            }
            .send()
            .await
            .unwrap()
        }
    };
    for (accept, cookie, lang, dir, heading, sets_cookie) in [
        ("", "", "de", "ltr", "Anmelden", true),
        (
            "ar-SY,ar;q=0.9,en;q=0.5",
            "",
            "ar",
            "rtl",
            "تسجيل الدخول",
            true,
        ),
        ("ar", "lotse_lang=uk", "uk", "ltr", "Вхід", false),
    ] {
        let response = sign_in(accept, cookie).await;
        assert_eq!(response.status(), StatusCode::OK);
        let remembered = set_cookies(&response)
            .iter()
            .any(|v| v.starts_with(&format!("lotse_lang={lang};")));
        assert_eq!(
            remembered, sets_cookie,
            "{accept}: the choice is remembered unless a cookie already says it"
        );
        let body = response.text().await.unwrap();
        let tag = html_tag(&body);
        assert!(
            tag.contains(&format!(r#"lang="{lang}""#)) && tag.contains(&format!(r#"dir="{dir}""#)),
            "{tag}"
        );
        assert!(body.contains(heading), "{lang}: {heading}");
    }
}

/// Regressions: a reactive `<title>` read signals after the render's arena was gone and
/// panicked under concurrent requests; one resource read in two `<Suspense>` boundaries left
/// some responses hanging (leptos-rs/leptos#4851).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_stay_whole_under_concurrent_requests() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let (http, base, cookie) = (app.http.clone(), app.base.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            for path in ["/", "/account", "/sign-in", "/"].repeat(10) {
                let request = http
                    .get(format!("{base}{path}"))
                    .header(COOKIE, &cookie)
                    .send();
                let status = match tokio::time::timeout(Duration::from_secs(5), request).await {
                    Ok(Ok(response)) => response.status().as_u16(),
                    Ok(Err(_)) => 0,
                    Err(_) => return Err(format!("{path} did not answer within 5 s")),
                };
                if status != 200 && status != 303 {
                    return Err(format!("{path} answered {status}"));
                }
            }
            Ok(())
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
}

#[tokio::test]
async fn the_start_page_leads_coordinators_administrators_and_the_data_protection_officer_to_their_areas(
) {
    let app = spawn_app().await;
    for (email, role, areas) in [
        (
            "koordination@test.example",
            "coordinator",
            &[
                "/coordination",
                "/coordination/issues",
                "/coordination/groups",
                "/coordination/results",
            ][..],
        ),
        (
            "admin@test.example",
            "administrator",
            &["/admin/users", "/admin/organisations", "/admin/catalogues"][..],
        ),
        (
            "datenschutz@test.example",
            "data_protection_officer",
            &["/audit", "/retention", "/holds"][..],
        ),
    ] {
        let cookie = app.staff_signed_in(email, role).await;
        let body = app.get("/", Some(&cookie)).await.text().await.unwrap();
        assert!(!body.contains("Weitere Bereiche folgen"), "{role}");
        // The links of the page itself, not of the menu.
        let entries = &body[body.find("id=\"start-entry-points\"").expect(role)..];
        for href in areas {
            assert!(
                entries.contains(&format!("href=\"{href}\"")),
                "{role}: {href}"
            );
        }
    }
}

/// A page that refuses answers 403, one whose record does not exist 404, each with its
/// sentence in the reader's language (as the server functions and downloads answer).
#[tokio::test]
async fn a_refused_or_missing_record_s_page_answers_with_that_status_and_says_why() {
    let app = spawn_app_on(demo_world().await).await;
    let partner = app.sign_in("jobcenter@lotse.example", DEMO_PASSWORD).await;
    let case_manager = app
        .sign_in("fallmanager@lotse.example", DEMO_PASSWORD)
        .await;
    let english = format!("{case_manager}; lotse_lang=en");
    let forbidden = "Dafür fehlt Ihnen die Berechtigung.";
    let not_found = "Der Eintrag wurde nicht gefunden.";
    for (who, cookie, path, status, sentence) in [
        (
            "partner",
            &partner,
            "/clients/2",
            StatusCode::FORBIDDEN,
            forbidden,
        ),
        (
            "partner",
            &partner,
            "/cases/2",
            StatusCode::FORBIDDEN,
            forbidden,
        ),
        (
            "partner",
            &partner,
            "/referrals/999999",
            StatusCode::NOT_FOUND,
            not_found,
        ),
        (
            "case manager",
            &case_manager,
            "/clients/999999",
            StatusCode::NOT_FOUND,
            not_found,
        ),
        (
            "case manager",
            &case_manager,
            "/cases/999999/plan",
            StatusCode::NOT_FOUND,
            not_found,
        ),
        (
            "case manager",
            &english,
            "/clients/999999",
            StatusCode::NOT_FOUND,
            "The entry was not found.",
        ),
    ] {
        let (answer, body) = app.page(path, cookie).await;
        assert_eq!(answer, status, "{who} {path}");
        assert!(body.contains(sentence), "{who} {path}: {sentence}");
    }
    // The record the case manager may see still answers 200.
    let (answer, body) = app.page("/clients/2", &case_manager).await;
    assert_eq!(answer, StatusCode::OK);
    assert!(!body.contains(forbidden) && !body.contains(not_found));
}
