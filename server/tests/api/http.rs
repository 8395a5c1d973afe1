//! The real router on a free port, spoken to over HTTP like a browser would.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use app::server::infra::context::SessionSettings;
use app::server::testing::staff;
use app::server::{AppState, Db};
use reqwest::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use reqwest::{redirect, Client, Response, StatusCode};
use tokio::net::TcpListener;

const PASSWORD: &str = "richtig-geheim-1";
const FORM: &str = "application/x-www-form-urlencoded";

struct TestApp {
    base: String,
    db: Db,
    http: Client,
}

async fn spawn_app() -> TestApp {
    spawn_app_on(app::server::testing::sqlite().await).await
}

async fn spawn_app_on(db: Db) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

/// The app with settings changed from the defaults (which print this server's address on
/// letters, as `lotse serve` does without `LOTSE_PUBLIC_URL`).
async fn spawn_app_with(db: Db, change: impl FnOnce(&mut SessionSettings)) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut settings = SessionSettings {
        public_url: format!("http://{addr}"),
        ..SessionSettings::default()
    };
    change(&mut settings);
    let state = AppState {
        db: db.clone(),
        settings,
        demo: false,
    };
    let options = lotse::startup::leptos_options(Path::new("target/site"), addr);
    let router = lotse::startup::router(state, options);
    tokio::spawn(lotse::startup::serve(listener, router));
    let http = Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        base: format!("http://{addr}"),
        db,
        http,
    }
}

impl TestApp {
    async fn get(&self, path: &str, cookie: Option<&str>) -> Response {
        let mut request = self.http.get(format!("{}{path}", self.base));
        if let Some(cookie) = cookie {
            request = request.header(COOKIE, cookie);
        }
        request.send().await.unwrap()
    }

    /// Calls a server function as the hydrated app does (JSON answer expected).
    async fn call(&self, function: &str, form: &str, cookie: Option<&str>) -> Response {
        let mut request = self
            .http
            .post(format!("{}/api/{function}", self.base))
            .header(CONTENT_TYPE, FORM)
            .header(ACCEPT, "application/json")
            .body(form.to_owned());
        if let Some(cookie) = cookie {
            request = request.header(COOKIE, cookie);
        }
        request.send().await.unwrap()
    }

    /// Creates a staff account in Stadt Köln, signs it in and returns the session cookie.
    async fn staff_signed_in(&self, email: &str, role: &str) -> String {
        staff(&self.db, email, role, "Stadt Köln", PASSWORD).await;
        self.sign_in(email, PASSWORD).await
    }

    /// Registers a client through the server function and returns the new id.
    async fn new_client(&self, cookie: &str, given: &str, family: &str, language: &str) -> i64 {
        let form = format!(
            "given_names={given}&family_name={family}&given_names_latin=&family_name_latin=&birth_year=\
             &birth_month=&birth_day=&preferred_language={language}&interpreter_language=&phone=&email=\
             &street=&postal_code=&city="
        );
        let response = self.call("create_client", &form, Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "create_client");
        match response.json().await.unwrap() {
            app::models::NewClientOutcome::Created { id } => id,
            other => panic!("not created: {other:?}"),
        }
    }

    /// Signs in and returns the `Cookie` header value for the new session.
    async fn sign_in(&self, email: &str, password: &str) -> String {
        let response = self
            .call(
                "sign_in",
                &format!("email={email}&password={password}"),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {email}");
        session_cookie(&response).expect("a session cookie")
    }
}

fn session_cookie(response: &Response) -> Option<String> {
    set_cookies(response)
        .into_iter()
        .find(|v| v.starts_with("lotse_session=") && !v.contains("Max-Age=0"))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an html element");
    &body[start..start + body[start..].find('>').unwrap()]
}

#[tokio::test]
async fn healthz_answers_200_while_the_database_answers_and_503_when_it_does_not() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz", None).await.status(), StatusCode::OK);
    app.db.pool.close().await;
    assert_eq!(
        app.get("/healthz", None).await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}

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

fn set_cookies(response: &Response) -> Vec<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

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
async fn signing_in_sets_an_http_only_cookie_and_opens_the_start_page() {
    let app = spawn_app().await;
    staff(
        &app.db,
        "fallmanager@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
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
    staff(
        &app.db,
        "fallmanager@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
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
    staff(
        &app.db,
        "admin@test.example",
        "administrator",
        "Stadt Köln",
        PASSWORD,
    )
    .await;
    let user_id = staff(
        &app.db,
        "fallmanager@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
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

/// Two real `lotse` processes on one PostgreSQL database: a session started on one continues
/// on the other, and signing out on the second ends it on the first.
#[tokio::test]
async fn a_session_started_on_one_process_continues_on_another() {
    let Some(database_url) = app::server::testing::postgres_url().await else {
        return;
    };
    let bin = env!("CARGO_BIN_EXE_lotse");
    let seeded = tokio::process::Command::new(bin)
        .arg("demo-data")
        .env("DATABASE_URL", &database_url)
        .output()
        .await
        .unwrap();
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let mut processes = Vec::new();
    let mut bases = Vec::new();
    for _ in 0..2 {
        let port = free_port();
        let child = tokio::process::Command::new(bin)
            .arg("serve")
            .env("DATABASE_URL", &database_url)
            .env("LOTSE_LISTEN", format!("127.0.0.1:{port}"))
            .env("LOTSE_SITE_ROOT", "target/site")
            .kill_on_drop(true)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        processes.push(child);
        bases.push(format!("http://127.0.0.1:{port}"));
    }
    let http = Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    for base in &bases {
        wait_until_healthy(&http, base).await;
    }
    let signed_in = http
        .post(format!("{}/api/sign_in", bases[0]))
        .header(CONTENT_TYPE, FORM)
        .header(ACCEPT, "application/json")
        .body("email=fallmanager@lotse.example&password=lotse-demo")
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let cookie = session_cookie(&signed_in).unwrap();
    let on_second = http
        .get(format!("{}/", bases[1]))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(on_second.status(), StatusCode::OK);
    assert!(on_second.text().await.unwrap().contains("Leyla Yılmaz"));
    let signed_out = http
        .post(format!("{}/api/sign_out", bases[1]))
        .header(COOKIE, &cookie)
        .header(ACCEPT, "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::OK);
    let on_first = http
        .get(format!("{}/", bases[0]))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(on_first.status(), StatusCode::SEE_OTHER);
    for mut child in processes {
        child.kill().await.ok();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .map(|a: SocketAddr| a.port())
        .unwrap()
}

async fn wait_until_healthy(http: &Client, base: &str) {
    for _ in 0..100 {
        if let Ok(response) = http.get(format!("{base}/healthz")).send().await {
            if response.status() == StatusCode::OK {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{base} did not become healthy");
}

#[tokio::test]
async fn sigterm_shuts_the_server_down_cleanly() {
    let data = std::env::temp_dir().join(format!("lotse-sigterm-{}", std::process::id()));
    let port = free_port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .env("LOTSE_DATA_DIR", &data)
        .env("LOTSE_LISTEN", format!("http://127.0.0.1:{port}"))
        .env_remove("DATABASE_URL")
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let http = Client::new();
    wait_until_healthy(&http, &format!("http://127.0.0.1:{port}")).await;
    assert!(
        data.join("lotse.sqlite3").exists(),
        "SQLite file created in the data directory"
    );
    let pid = child.id().unwrap().to_string();
    assert!(std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits in time")
        .unwrap();
    assert!(status.success(), "{status:?}");
    let _ = std::fs::remove_dir_all(&data);
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
async fn a_hostile_user_name_cannot_break_out_of_the_page_s_session_data() {
    let app = spawn_app().await;
    let account = app::server::admin::accounts::NewStaffAccount {
        display_name: "</script><script>alert(1)</script>".into(),
        email: "mallory@test.example".into(),
        organisation_id: 0,
        role: "case_manager".into(),
        password: PASSWORD.into(),
    };
    app::server::admin::accounts::bootstrap_user(
        &app.db,
        "Stadt Köln",
        app::models::OrganisationType::CityOffice,
        account,
    )
    .await
    .unwrap();
    let cookie = app.sign_in("mallory@test.example", PASSWORD).await;
    let body = app.get("/", Some(&cookie)).await.text().await.unwrap();
    assert!(
        !body.contains("<script>alert(1)"),
        "the name is escaped everywhere"
    );
    assert!(
        body.contains(r"\u003c/script\u003e"),
        "and carried as JSON escapes in the session data"
    );
}

#[tokio::test]
async fn create_admin_makes_an_administrator_who_can_sign_in() {
    let data = std::env::temp_dir().join(format!("lotse-admin-{}", uuid_like()));
    let created = tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args([
            "create-admin",
            "--email",
            "Chefin@Stadt.Example",
            "--name",
            "Aylin Demir",
        ])
        .env("LOTSE_DATA_DIR", &data)
        .env("LOTSE_ADMIN_PASSWORD", PASSWORD)
        .env_remove("DATABASE_URL")
        .output()
        .await
        .unwrap();
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let url = app::server::infra::db::sqlite_url_in(&data).unwrap();
    let db = Db::connect(&url, 2).await.unwrap();
    let token = app::server::admin::accounts::sign_in(&db, "chefin@stadt.example", PASSWORD, None)
        .await
        .unwrap();
    let user = app::server::infra::sessions::resume(&db, &SessionSettings::default(), &token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.role, app::models::Role::Administrator);
    assert_eq!(user.organisation_name, "Stadt Köln");

    let too_short = tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args([
            "create-admin",
            "--email",
            "b@stadt.example",
            "--name",
            "B",
            "--password",
            "kurz",
        ])
        .env("LOTSE_DATA_DIR", &data)
        .env_remove("DATABASE_URL")
        .output()
        .await
        .unwrap();
    assert!(!too_short.status.success());
    assert!(String::from_utf8_lossy(&too_short.stderr).contains("password"));
    let _ = std::fs::remove_dir_all(&data);
}

fn uuid_like() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

/// The case manager's daily functions over HTTP: a plan is written, a stale save gets 409
/// with what is stored now, bad input gets 422 naming the field.
#[tokio::test]
async fn plan_functions_answer_conflicts_with_409_and_bad_input_with_422() {
    use app::error::AppError;
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client_id = app.new_client(&cookie, "Amira", "Haddad", "ara").await;
    let case_id: i64 = app
        .call(
            "open_case",
            &format!("client_id={client_id}"),
            Some(&cookie),
        )
        .await
        .json()
        .await
        .unwrap();
    let today = app::server::infra::input::today();
    let goal_form = |wording: &str| {
        format!(
            "case_id={case_id}&domain=housing&level=action&template=&client_words=&plain_wording={wording}\
             &success_criterion=&start_date=&target_date={}",
            today + chrono::Duration::days(90)
        )
    };
    let empty = app.call("add_goal", &goal_form(""), Some(&cookie)).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        empty.json::<AppError>().await.unwrap(),
        AppError::invalid("plain_wording", "error-goal-empty")
    );
    let goal_id: i64 = app
        .call("add_goal", &goal_form("Wohnung"), Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    let update = |version: i64, wording: &str| {
        format!(
            "goal_id={goal_id}&version={version}&domain=housing&level=action&template=&client_words=\
             &plain_wording={wording}&success_criterion=&start_date=&target_date="
        )
    };
    assert_eq!(
        app.call("update_goal", &update(1, "Wohnung+in+Kalk"), Some(&cookie))
            .await
            .status(),
        StatusCode::OK
    );
    let stale = app
        .call("update_goal", &update(1, "Wohnung+in+Porz"), Some(&cookie))
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    match stale.json::<AppError>().await.unwrap() {
        AppError::Conflict { changes, version } => {
            assert_eq!(version, 2);
            assert!(changes.contains(&("field-plain-wording".into(), "Wohnung in Kalk".into())));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let plan: app::models::PlanDetail = app
        .call("load_plan", &format!("case_id={case_id}"), Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plan.goals[0].plain_wording, "Wohnung in Kalk");
    let languages: Vec<app::models::LanguageOption> = app
        .call("find_languages", "text=Tigrinya", Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(languages[0].code, "tir");
}

/// No assessment before consent: on a new case the assessment functions answer 409 with the
/// message that the consent to case management comes first; once it is recorded they save.
#[tokio::test]
async fn the_assessment_functions_answer_409_until_the_consent_to_case_management_is_recorded() {
    use app::error::AppError;
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client_id = app.new_client(&cookie, "Amira", "Haddad", "ara").await;
    let case_id: i64 = app
        .call(
            "open_case",
            &format!("client_id={client_id}"),
            Some(&cookie),
        )
        .await
        .json()
        .await
        .unwrap();
    let assessment =
        format!("case_id={case_id}&domain=language&version=0&needs=Kurs&resources=&client_goals=");
    let facts = format!(
        "case_id={case_id}&version=0&language_level=a1&literacy=&schooling=&qualifications=\
         &work_experience=&housing_situation=&health_insurance="
    );
    for (function, form) in [("save_assessment", &assessment), ("save_facts", &facts)] {
        let refused = app.call(function, form, Some(&cookie)).await;
        assert_eq!(refused.status(), StatusCode::CONFLICT, "{function}");
        assert_eq!(
            refused.json::<AppError>().await.unwrap(),
            AppError::NotYet {
                message_id: "error-assessment-consent-missing".into()
            },
            "{function}"
        );
    }
    let consent = format!(
        "case_id={case_id}&given_on={}&method=signature&interpreter_language=",
        app::server::infra::input::today()
    );
    assert_eq!(
        app.call("record_consent", &consent, Some(&cookie))
            .await
            .status(),
        StatusCode::OK
    );
    for (function, form) in [("save_assessment", &assessment), ("save_facts", &facts)] {
        let saved = app.call(function, form, Some(&cookie)).await;
        assert_eq!(saved.status(), StatusCode::OK, "{function}");
        assert_eq!(saved.json::<i64>().await.unwrap(), 1, "{function}");
    }
}

/// Authorisation matrix of the case functions: anonymous 401; roles other than case
/// manager 403; a case manager of another organisation does not learn that the case exists.
#[tokio::test]
async fn case_functions_refuse_anonymous_other_roles_and_other_organisations() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client_id = app.new_client(&cookie, "Reza", "Ahmadi", "prs").await;
    let case_id: i64 = app
        .call(
            "open_case",
            &format!("client_id={client_id}"),
            Some(&cookie),
        )
        .await
        .json()
        .await
        .unwrap();
    staff(
        &app.db,
        "fm@bonn.example",
        "case_manager",
        "Stadt Bonn",
        PASSWORD,
    )
    .await;
    let elsewhere = app.sign_in("fm@bonn.example", PASSWORD).await;
    let mut others = vec![];
    for (email, role) in [
        ("koordination@test.example", "coordinator"),
        ("ehrenamt@test.example", "volunteer"),
        ("partner@test.example", "partner_staff"),
        ("admin@test.example", "administrator"),
        ("datenschutz@test.example", "data_protection_officer"),
    ] {
        others.push((role, app.staff_signed_in(email, role).await));
    }
    let calls = [
        ("load_client", format!("client_id={client_id}")),
        ("load_case", format!("case_id={case_id}")),
        ("load_plan", format!("case_id={case_id}")),
        ("open_case", format!("client_id={client_id}")),
        (
            "add_note",
            format!("client_id={client_id}&compartment=health&note_body=x"),
        ),
        (
            "save_residence",
            format!(
                "client_id={client_id}&version=0&residence_status=&valid_until=&benefit_regime="
            ),
        ),
        (
            "record_consent",
            format!("case_id={case_id}&given_on=2026-01-01&method=signature&interpreter_language="),
        ),
        ("compare_plan", format!("case_id={case_id}&from=1&to=")),
    ];
    for (function, form) in &calls {
        assert_eq!(
            app.call(function, form, None).await.status(),
            StatusCode::UNAUTHORIZED,
            "{function}"
        );
        for (role, other) in &others {
            assert_eq!(
                app.call(function, form, Some(other)).await.status(),
                StatusCode::FORBIDDEN,
                "{function} as {role}"
            );
        }
        assert_eq!(
            app.call(function, form, Some(&elsewhere)).await.status(),
            StatusCode::NOT_FOUND,
            "{function} from another organisation"
        );
    }
    assert_eq!(
        app.call("load_dashboard", "", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for (role, other) in &others {
        assert_eq!(
            app.call("load_dashboard", "", Some(other)).await.status(),
            StatusCode::FORBIDDEN,
            "{role}"
        );
    }
    // The client page, case page and plan page render for the owner.
    for path in [
        format!("/clients/{client_id}"),
        format!("/cases/{case_id}"),
        format!("/cases/{case_id}/plan"),
    ] {
        let response = app.get(&path, Some(&cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(response.text().await.unwrap().contains("Ahmadi"), "{path}");
    }
}

#[tokio::test]
async fn a_volunteer_asking_for_a_clients_plan_or_record_gets_403_and_the_attempt_is_audited() {
    let app = spawn_app().await;
    let cm = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let other = app.new_client(&cm, "Olena", "Kovalenko", "ukr").await;
    let response = app
        .call("open_case", &format!("client_id={client}"), Some(&cm))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let case_id: i64 = response.json().await.unwrap();
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
            format!("client:{client}"),
        ),
        (
            "load_client",
            format!("client_id={other}"),
            format!("client:{other}"),
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

#[tokio::test]
async fn the_portal_has_its_own_session_pages_language_and_download() {
    let app = spawn_app().await;
    let cm = app.staff_signed_in("fm@test.example", "case_manager").await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let case_id: i64 = {
        let response = app
            .call("open_case", &format!("client_id={client}"), Some(&cm))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    };

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

/// CSV downloads: a case manager gets their own cases only (each client's export audited);
/// a coordinator gets each figures table, suppressed cells as "< 5", and no caseload; other
/// roles get 403 and anonymous visitors 401.
#[tokio::test]
async fn caseload_and_figures_download_as_csv_for_their_own_roles_only() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let colleague = app
        .staff_signed_in("kollegin@test.example", "case_manager")
        .await;
    let coordinator = app
        .staff_signed_in("koordination@test.example", "coordinator")
        .await;
    let mut mine = Vec::new();
    for (given, family) in [
        ("Reza", "Ahmadi"),
        ("Olena", "Kovalenko"),
        ("Amira", "Haddad, \"A\""),
    ] {
        let client_id = app.new_client(&cookie, given, family, "prs").await;
        let response = app
            .call(
                "open_case",
                &format!("client_id={client_id}"),
                Some(&cookie),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        mine.push(client_id);
    }
    let theirs = app.new_client(&colleague, "Nur", "Fremd", "tur").await;
    app.call(
        "open_case",
        &format!("client_id={theirs}"),
        Some(&colleague),
    )
    .await;

    let response = app.get(app::CASELOAD_EXPORT, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let body = response.text().await.unwrap();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 4, "header and three cases: {body}");
    assert!(lines[0]
        .trim_start_matches('\u{feff}')
        .starts_with("\"Fall-Nr.\",\"Familienname\""));
    assert!(body.contains("\"Kovalenko\",\"Olena\""));
    // Commas and quotes in a name are quoted, not split.
    assert!(body.contains("\"Haddad, \"\"A\"\"\",\"Amira\""), "{body}");
    assert!(!body.contains("Fremd"), "another case manager's case");
    // Every exported client has an audit entry of the export.
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT client_id) FROM audit_log WHERE record = 'caseload-export' AND action = 'export'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 3);

    assert_eq!(
        app.get(app::CASELOAD_EXPORT, Some(&coordinator))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(app::CASELOAD_EXPORT, None).await.status(),
        StatusCode::UNAUTHORIZED
    );

    // Figures: three cases opened today, shown as "< 5"; the total hidden too.
    let path = format!("{}/cases-by-phase.csv", app::FIGURES_CSV);
    let response = app
        .get(&path, Some(&format!("{coordinator}; lotse_lang=tr")))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("< 5"), "{body}");
    assert!(
        !body.contains(",\"4\"\r\n") && !body.contains(",\"3\"\r\n"),
        "{body}"
    );
    assert_eq!(
        body.lines().count(),
        10,
        "header, eight phases, total: {body}"
    );
    assert_eq!(
        app.get(&path, Some(&cookie)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(
            &format!("{}/nonsense.csv", app::FIGURES_CSV),
            Some(&coordinator)
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    // A wrong period is 422, not a failure.
    assert_eq!(
        app.get(
            &format!("{path}?from=2026-06-30&to=2026-01-01"),
            Some(&coordinator)
        )
        .await
        .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
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
    staff(
        &app.db,
        "fm@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
    .await;
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
    staff(
        &app.db,
        "fm@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
    .await;
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

/// Every backend this machine has: SQLite, and PostgreSQL when configured.
async fn backends() -> Vec<Db> {
    let mut dbs = vec![app::server::testing::sqlite().await];
    dbs.extend(app::server::testing::postgres().await);
    dbs
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

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_secure_and_browsers_are_told_to_stay() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| s.secure_cookies = true).await;
    staff(
        &app.db,
        "fm@test.example",
        "case_manager",
        "Stadt Köln",
        PASSWORD,
    )
    .await;
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
async fn the_access_letter_names_the_configured_address_whatever_the_host_header() {
    let db = app::server::testing::sqlite().await;
    let app = spawn_app_with(db, |s| s.public_url = "https://lotse.koeln.example".into()).await;
    let cm = app.staff_signed_in("fm@test.example", "case_manager").await;
    let client = app.new_client(&cm, "Amira", "Haddad", "ara").await;
    let case_id: i64 = app
        .call("open_case", &format!("client_id={client}"), Some(&cm))
        .await
        .json()
        .await
        .unwrap();
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

/// Downloads are plain text a spreadsheet shows as written: a name built to split into a
/// formula cell under German Excel (which splits on `;`) stays text, and translated headings
/// carry no invisible direction marks.
#[tokio::test]
async fn csv_downloads_carry_no_formula_and_no_invisible_characters() {
    let app = spawn_app().await;
    let cookie = app
        .staff_signed_in("fallmanager@test.example", "case_manager")
        .await;
    let coordinator = app
        .staff_signed_in("koordination@test.example", "coordinator")
        .await;
    // `Muster;=1+cmd|' /C calc'!A0` and `Tab<TAB>=2`, form-encoded.
    for (given, family) in [
        ("Erika", "Muster%3B%3D1%2Bcmd%7C%27+%2FC+calc%27%21A0"),
        ("%40Ada", "Tab%09%3D2"),
    ] {
        let client_id = app.new_client(&cookie, given, family, "deu").await;
        let response = app
            .call(
                "open_case",
                &format!("client_id={client_id}"),
                Some(&cookie),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let body = app
        .get(app::CASELOAD_EXPORT, Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        body.contains("\"Muster;'=1+cmd|' /C calc'!A0\",\"Erika\""),
        "{body}"
    );
    assert!(body.contains("\"Tab\t'=2\",\"'@Ada\""), "{body}");

    let response = app
        .get(
            &format!("{}/time-to-plan.csv", app::FIGURES_CSV),
            Some(&coordinator),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("\"0–"), "a heading of days: {body}");
    assert!(
        !body.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
        "{body:?}"
    );
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
            &["/audit"][..],
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
