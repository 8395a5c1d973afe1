//! Sign-in with a second factor over HTTP, as a browser without script sends it: the password
//! alone leads only to the code's page (no other page, no server function answers it), the
//! code finishes the sign-in with a new cookie; an organisation that requires a second factor
//! sends its staff to set one up first.

use app::server::admin::{accounts, factors};
use app::server::infra::db::now_ms;
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, LOCATION, REFERER};
use reqwest::{Response, StatusCode};

use crate::helpers::{backends, session_cookie, spawn_app_on, TestApp, FORM, PASSWORD};

const HTML: &str = "text/html,application/xhtml+xml,*/*;q=0.8";

/// A plain form post from `page`, as a browser without script sends it.
async fn plain_form(
    app: &TestApp,
    function: &str,
    page: &str,
    form: &str,
    cookie: Option<&str>,
) -> Response {
    let mut request = app
        .http
        .post(format!("{}/api/{function}", app.base))
        .header(CONTENT_TYPE, FORM)
        .header(ACCEPT, HTML)
        .header(REFERER, format!("{}{page}", app.base));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.body(form.to_owned()).send().await.unwrap()
}

/// The case manager's right password, sent from the sign-in page; the answer leads on.
async fn password_step(app: &TestApp) -> Response {
    let form = format!("email=fm@test.example&password={PASSWORD}");
    plain_form(app, "sign_in", "/sign-in", &form, None).await
}

fn location(response: &Response) -> String {
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// The code the user's app shows `offset` steps of 30 seconds from now.
async fn app_code(app: &TestApp, user_id: i64, offset: i64) -> String {
    let seconds = (now_ms() / 1000 + offset * 30) as u64;
    factors::current_code(&app.db, user_id, seconds)
        .await
        .unwrap()
}

async fn staff_pages_send_to(app: &TestApp, cookie: &str, page: &str) {
    for path in ["/", "/account", "/clients", "/admin/users"] {
        let response = app.get(path, Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(location(&response), page, "{path}");
    }
    for function in ["load_dashboard", "load_my_sessions", "new_recovery_codes"] {
        let response = app.call(function, "", Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{function}");
    }
}

#[tokio::test]
async fn with_a_second_factor_the_password_leads_only_to_the_code_page_and_the_code_signs_in() {
    for db in backends().await {
        let app = spawn_app_on(db).await;
        let id = app.account("fm@test.example", "case_manager").await;
        let user = accounts::user_by_email(&app.db, "fm@test.example")
            .await
            .unwrap()
            .unwrap();
        factors::begin_app(&app.db, &user).await.unwrap();
        let code = app_code(&app, id, 0).await;
        factors::confirm_app(&app.db, &user, &code, None)
            .await
            .unwrap();

        let signed = password_step(&app).await;
        assert_eq!(signed.status(), StatusCode::FOUND);
        assert_eq!(location(&signed), "/sign-in/second-factor");
        let halfway = session_cookie(&signed).expect("a cookie for the second step");
        staff_pages_send_to(&app, &halfway, "/sign-in/second-factor").await;
        let (status, page) = app.page("/sign-in/second-factor", &halfway).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("/api/verify_second_factor") && page.contains("one-time-code"));

        // A wrong code comes back to the page with the error; the right one signs in anew.
        let wrong = plain_form(
            &app,
            "verify_second_factor",
            "/sign-in/second-factor",
            "code=000000",
            Some(&halfway),
        )
        .await;
        assert_eq!(wrong.status(), StatusCode::FOUND);
        assert!(location(&wrong).contains("__err="), "{}", location(&wrong));
        let next = app_code(&app, id, 1).await;
        let done = plain_form(
            &app,
            "verify_second_factor",
            "/sign-in/second-factor",
            &format!("code={next}"),
            Some(&halfway),
        )
        .await;
        assert_eq!(done.status(), StatusCode::FOUND);
        assert_eq!(location(&done), "/");
        let full = session_cookie(&done).expect("a new session cookie");
        assert_ne!(full, halfway);
        assert_eq!(app.get("/", Some(&full)).await.status(), StatusCode::OK);
        assert_eq!(location(&app.get("/", Some(&halfway)).await), "/sign-in");
        let sessions = app.call("load_my_sessions", "", Some(&full)).await;
        assert_eq!(sessions.status(), StatusCode::OK);
        assert!(sessions.text().await.unwrap().contains("password-and-app"));
        // Pages of an unfinished sign-in are nothing to a full session or to nobody.
        assert_eq!(
            location(&app.get("/sign-in/second-factor", Some(&full)).await),
            "/"
        );
        assert_eq!(
            location(&app.get("/sign-in/second-factor", None).await),
            "/sign-in"
        );
    }
}

#[tokio::test]
async fn an_organisation_that_requires_a_second_factor_sends_its_staff_to_set_one_up_first() {
    for db in backends().await {
        let app = spawn_app_on(db).await;
        let admin_cookie = app
            .staff_signed_in("admin@test.example", "administrator")
            .await;
        let id = app.account("fm@test.example", "case_manager").await;
        let user = accounts::user_by_email(&app.db, "fm@test.example")
            .await
            .unwrap()
            .unwrap();
        let required = app
            .call(
                "require_second_factor",
                &format!("organisation_id={}&required=true", user.organisation_id),
                Some(&admin_cookie),
            )
            .await;
        assert_eq!(required.status(), StatusCode::OK);

        let signed = password_step(&app).await;
        assert_eq!(location(&signed), "/sign-in/set-up");
        let halfway = session_cookie(&signed).unwrap();
        staff_pages_send_to(&app, &halfway, "/sign-in/set-up").await;
        let (status, page) = app.page("/sign-in/set-up", &halfway).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("/api/begin_app_setup"), "a button to begin");

        let begun = plain_form(
            &app,
            "begin_app_setup",
            "/sign-in/set-up",
            "",
            Some(&halfway),
        )
        .await;
        assert_eq!(location(&begun), "/sign-in/set-up?done=app-setup");
        let (_, page) = app.page("/sign-in/set-up", &halfway).await;
        assert!(
            page.contains("<svg") && page.contains("/api/confirm_app"),
            "the QR code and the code's form"
        );

        let code = app_code(&app, id, 0).await;
        let confirmed = plain_form(
            &app,
            "confirm_app",
            "/sign-in/set-up",
            &format!("code={code}"),
            Some(&halfway),
        )
        .await;
        assert_eq!(location(&confirmed), "/account?done=app-set-up");
        let full = session_cookie(&confirmed).unwrap();
        let (status, page) = app.page("/account?done=app-set-up", &full).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Die Authenticator-App ist eingerichtet."));
        let codes = app.call("new_recovery_codes", "", Some(&full)).await;
        assert_eq!(codes.status(), StatusCode::OK);

        // The overview says who has what; a case manager may not see it.
        let overview = app
            .call("load_second_factors", "", Some(&admin_cookie))
            .await;
        assert_eq!(overview.status(), StatusCode::OK);
        let refused = app.call("load_second_factors", "", Some(&full)).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
}
