//! The harness every module shares: the real router on a free port (SQLite, or any backend
//! given), a client that follows no redirects, and the few steps most scenarios start with
//! (an account signed in, a client registered, a case opened).

use std::path::Path;

use app::server::infra::context::SessionSettings;
use app::server::testing::staff;
use app::server::{AppState, Db};
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, SET_COOKIE};
use reqwest::{redirect, Client, Response, StatusCode};
use tokio::net::TcpListener;

/// The password of every account the tests create.
pub const PASSWORD: &str = "richtig-geheim-1";
pub const FORM: &str = "application/x-www-form-urlencoded";

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub http: Client,
}

/// The app on a fresh SQLite database.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(app::server::testing::sqlite().await).await
}

/// The app on the database given (a prepared world, or PostgreSQL).
pub async fn spawn_app_on(db: Db) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

/// The app with settings changed from the defaults (which print this server's address on
/// letters, as `lotse serve` does without `LOTSE_PUBLIC_URL`).
pub async fn spawn_app_with(db: Db, change: impl FnOnce(&mut SessionSettings)) -> TestApp {
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
    TestApp {
        base: format!("http://{addr}"),
        db,
        http: browser(),
    }
}

/// An HTTP client that, like the tests' browser, shows redirects instead of following them.
pub fn browser() -> Client {
    Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap()
}

/// The demo world (its accounts' password is `lotse-demo`) in a fresh SQLite database.
pub async fn demo_world() -> Db {
    let db = app::server::testing::sqlite().await;
    app::server::demo::load(&db).await.expect("demo world");
    db
}

/// Every backend this machine has: SQLite, and PostgreSQL when configured.
pub async fn backends() -> Vec<Db> {
    let mut dbs = vec![app::server::testing::sqlite().await];
    dbs.extend(app::server::testing::postgres().await);
    dbs
}

impl TestApp {
    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Response {
        let mut request = self.http.get(format!("{}{path}", self.base));
        if let Some(cookie) = cookie {
            request = request.header(COOKIE, cookie);
        }
        request.send().await.unwrap()
    }

    /// A page's status and HTML as the holder of `cookie` receives them.
    pub async fn page(&self, path: &str, cookie: &str) -> (StatusCode, String) {
        let response = self.get(path, Some(cookie)).await;
        (response.status(), response.text().await.unwrap())
    }

    /// Calls a server function as the hydrated app does (JSON answer expected).
    pub async fn call(&self, function: &str, form: &str, cookie: Option<&str>) -> Response {
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

    /// Creates a staff account in Stadt Köln (password [`PASSWORD`]) and returns its id.
    pub async fn account(&self, email: &str, role: &str) -> i64 {
        staff(&self.db, email, role, "Stadt Köln", PASSWORD).await
    }

    /// Creates a staff account in Stadt Köln, signs it in and returns the session cookie.
    pub async fn staff_signed_in(&self, email: &str, role: &str) -> String {
        self.account(email, role).await;
        self.sign_in(email, PASSWORD).await
    }

    /// Signs in and returns the `Cookie` header value for the new session.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
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

    /// Signs a client in to the portal with an access code and PIN; returns the portal
    /// session as a `Cookie` value.
    pub async fn portal_sign_in(&self, code: &str, pin: &str) -> String {
        let form = format!("code={code}&pin={pin}");
        let response = self.call("portal_sign_in", &form, None).await;
        assert_eq!(response.status(), StatusCode::OK, "portal_sign_in {form}");
        set_cookies(&response)
            .into_iter()
            .find(|v| v.starts_with("lotse_portal=") && !v.contains("Max-Age=0"))
            .map(|v| v.split(';').next().unwrap().to_owned())
            .expect("a session cookie")
    }

    /// Registers a client through the server function and returns the new id.
    pub async fn new_client(&self, cookie: &str, given: &str, family: &str, language: &str) -> i64 {
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

    /// A case manager signed in (their session cookie) with a new case for a new client,
    /// Amira Haddad, who reads Arabic (the case's id).
    pub async fn case_manager_with_a_case(&self) -> (String, i64) {
        let cookie = self
            .staff_signed_in("fallmanager@test.example", "case_manager")
            .await;
        let client_id = self.new_client(&cookie, "Amira", "Haddad", "ara").await;
        let case_id = self.open_case(&cookie, client_id).await;
        (cookie, case_id)
    }

    /// Opens a case for the client through the server function and returns its id.
    pub async fn open_case(&self, cookie: &str, client_id: i64) -> i64 {
        let response = self
            .call("open_case", &format!("client_id={client_id}"), Some(cookie))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "open_case");
        response.json().await.unwrap()
    }
}

/// The session cookie a response sets, as a `Cookie` value.
pub fn session_cookie(response: &Response) -> Option<String> {
    set_cookies(response)
        .into_iter()
        .find(|v| v.starts_with("lotse_session=") && !v.contains("Max-Age=0"))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

pub fn set_cookies(response: &Response) -> Vec<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

/// The opening `<html …>` tag of a page.
pub fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an html element");
    &body[start..start + body[start..].find('>').unwrap()]
}
