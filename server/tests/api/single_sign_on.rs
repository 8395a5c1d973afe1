//! Single sign-on through an organisation's OpenID Connect provider, against a real provider
//! (the certified npm package `oidc-provider`, started here on a free port by
//! `server/tests/oidc/provider.mjs`): the browser goes to the provider and back, Lotse
//! exchanges the code and checks the ID token. The provider can be told whom to sign in and
//! how to spoil the next ID token (another key, another audience, expired).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use app::server::admin::providers;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{redirect, Client, Response, StatusCode};
use serde_json::json;

use crate::helpers::{backends, session_cookie, spawn_app_on, TestApp, FORM, PASSWORD};

/// The provider process; it ends with the test (its stdin closes, or it is killed).
struct Provider {
    issuer: String,
    child: Child,
    http: Client,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Provider {
    /// Starts the provider with Lotse's return address (and sign-in page, where its
    /// sign-out sends the browser back) registered for the client `lotse`.
    fn start(app: &TestApp) -> Provider {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oidc/provider.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .env("PORT", port.to_string())
            .env(
                "REDIRECT_URIS",
                format!("{}{}", app.base, providers::RETURN_PATH),
            )
            .env("POST_LOGOUT_REDIRECT_URIS", format!("{}/sign-in", app.base))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs the test provider (make test installs it)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(
            line.starts_with("ready "),
            "provider did not start: {line:?}"
        );
        Provider {
            issuer: line.trim_start_matches("ready ").trim().to_owned(),
            child,
            http: Client::new(),
        }
    }

    async fn control(&self, path: &str, body: serde_json::Value) {
        let response = self
            .http
            .post(format!("{}{path}", self.issuer))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
    }

    /// The person the provider signs in next.
    async fn person(&self, subject: &str, email: &str, verified: bool) {
        let person = json!({
            "sub": subject, "email": email, "email_verified": verified,
            "name": "Test Person", "employee_id": format!("E-{subject}"),
        });
        self.control("/test/login", person).await;
    }

    /// How the provider spoils the ID tokens it issues from now on.
    async fn fault(&self, mode: &str) {
        self.control("/test/fault", json!({ "mode": mode })).await;
    }
}

/// A browser: keeps cookies, shows redirects instead of following them.
fn new_browser() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(redirect::Policy::none())
        .build()
        .unwrap()
}

/// The page (or answer) at `url` as the browser receives it.
async fn text_of(browser: &Client, url: String) -> String {
    browser.get(url).send().await.unwrap().text().await.unwrap()
}

fn location(response: &Response) -> String {
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// Follows the browser from Lotse's sign-in link through the provider until the provider
/// sends it back to Lotse; returns the address it is sent back to.
async fn through_provider(app: &TestApp, browser: &Client, organisation_id: i64) -> String {
    let mut url = format!("{}/sign-in/provider/{organisation_id}", app.base);
    for _ in 0..10 {
        let response = browser.get(&url).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{url}");
        let next = location(&response);
        url = if next.starts_with('/') {
            let origin = url.split('/').take(3).collect::<Vec<_>>().join("/");
            format!("{origin}{next}")
        } else {
            next
        };
        if url.starts_with(&format!("{}{}", app.base, providers::RETURN_PATH)) {
            return url;
        }
    }
    panic!("the provider did not send the browser back: {url}");
}

/// Lotse's answer when the browser comes back: where it sends the browser next.
async fn back_at_lotse(browser: &Client, url: &str) -> Response {
    let response = browser.get(url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{url}");
    response
}

/// A whole sign-in through the provider; Lotse's last answer.
async fn sign_in_through(app: &TestApp, browser: &Client, organisation_id: i64) -> Response {
    let back = through_provider(app, browser, organisation_id).await;
    back_at_lotse(browser, &back).await
}

/// One value the database holds about the user `user_id` (`$1` in `sql`).
async fn of_user<T>(app: &TestApp, sql: &str, user_id: i64) -> T
where
    T: Send + Unpin + for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    sqlx::query_scalar(sql)
        .bind(user_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

fn refused_with(response: &Response, code: &str) {
    assert_eq!(
        location(response),
        format!("/sign-in?provider-error={code}"),
        "refusal"
    );
    assert_eq!(session_cookie(response), None, "no session after a refusal");
}

/// Stadt Köln with its provider configured by its administrator (through the server
/// function, as the administrators' page sends it); its case manager's account
/// (`fm@stadt.example`) and the organisation's id.
async fn city_with_provider(app: &TestApp, provider: &Provider) -> (i64, i64) {
    let admin = app
        .staff_signed_in("admin@stadt.example", "administrator")
        .await;
    let user = app.account("fm@stadt.example", "case_manager").await;
    let organisation_id =
        of_user(app, "SELECT organisation_id FROM users WHERE id = $1", user).await;
    let form = format!(
        "organisation_id={organisation_id}&issuer={}&client_id=lotse&client_secret=lotse-secret\
         &subject_claim=sub&enabled=true",
        provider.issuer
    );
    let response = app.call("save_sign_in_provider", &form, Some(&admin)).await;
    assert_eq!(response.status(), StatusCode::OK, "provider saved");
    (organisation_id, user)
}

async fn started_world(db: app::server::Db) -> (TestApp, Provider, i64, i64) {
    let app = spawn_app_on(db).await;
    let provider = Provider::start(&app);
    let (organisation_id, user) = city_with_provider(&app, &provider).await;
    (app, provider, organisation_id, user)
}

#[tokio::test]
async fn a_case_manager_signs_in_through_the_city_s_provider_and_is_found_by_subject_later() {
    for db in backends().await {
        let (app, provider, organisation_id, user) = started_world(db).await;
        // The sign-in page offers the city's provider to everyone.
        let page = app.get("/sign-in", None).await.text().await.unwrap();
        assert!(page.contains(&format!("/sign-in/provider/{organisation_id}")));

        provider.person("p-100", "FM@stadt.example", true).await;
        let browser = new_browser();
        let response = sign_in_through(&app, &browser, organisation_id).await;
        assert_eq!(location(&response), "/");
        assert!(session_cookie(&response).is_some());
        let dashboard = browser.get(format!("{}/", app.base)).send().await.unwrap();
        assert_eq!(dashboard.status(), StatusCode::OK, "signed in");
        let sessions = browser
            .post(format!("{}/api/load_my_sessions", app.base))
            .header(CONTENT_TYPE, FORM)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(sessions.contains("\"provider\""), "{sessions}");
        // "Mein Konto" offers no password or second factor: the provider keeps those.
        let account = text_of(&browser, format!("{}/account", app.base)).await;
        assert!(account.contains("über den Anmeldedienst Ihrer Organisation"));
        assert!(!account.contains("name=\"current_password\""));

        // The provider changes the person's e-mail address: the bound subject still finds
        // the account.
        provider.person("p-100", "neu@stadt.example", true).await;
        let again = sign_in_through(&app, &new_browser(), organisation_id).await;
        assert_eq!(location(&again), "/");
        let sql = "SELECT COUNT(*) FROM user_identities WHERE user_id = $1 AND subject = 'p-100'";
        let bound: i64 = of_user(&app, sql, user).await;
        assert_eq!(bound, 1);

        // The organisation's staff no longer sign in with a password; its administrator does.
        let response = app
            .call(
                "sign_in",
                &format!("email=fm@stadt.example&password={PASSWORD}"),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::CONFLICT);
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("error-sign-in-through-provider"));
        app.sign_in("admin@stadt.example", PASSWORD).await;
    }
}

#[tokio::test]
async fn a_forged_replayed_or_foreign_way_back_signs_nobody_in() {
    for db in backends().await {
        let (app, provider, organisation_id, _) = started_world(db).await;
        provider.person("p-200", "fm@stadt.example", true).await;

        // Wrong state: the browser comes back with a state Lotse did not send.
        let browser = new_browser();
        let back = through_provider(&app, &browser, organisation_id).await;
        let forged = back.replace("state=", "state=x");
        refused_with(&back_at_lotse(&browser, &forged).await, "failed");

        // Another browser than the one that started the sign-in (no binding cookie).
        let started = new_browser();
        let back = through_provider(&app, &started, organisation_id).await;
        refused_with(&back_at_lotse(&new_browser(), &back).await, "failed");

        // Replayed code: the way back works once.
        let browser = new_browser();
        let back = through_provider(&app, &browser, organisation_id).await;
        assert_eq!(location(&back_at_lotse(&browser, &back).await), "/");
        refused_with(&back_at_lotse(&browser, &back).await, "failed");

        // The person cancels at the provider.
        provider.control("/test/deny", json!({})).await;
        let browser = new_browser();
        refused_with(
            &sign_in_through(&app, &browser, organisation_id).await,
            "cancelled",
        );
    }
}

#[tokio::test]
async fn an_id_token_from_another_key_for_another_audience_or_expired_is_refused() {
    for db in backends().await {
        let (app, provider, organisation_id, user) = started_world(db).await;
        provider.person("p-300", "fm@stadt.example", true).await;
        for mode in ["other-key", "wrong-audience", "expired"] {
            provider.fault(mode).await;
            let response = sign_in_through(&app, &new_browser(), organisation_id).await;
            assert_eq!(
                location(&response),
                "/sign-in?provider-error=failed",
                "{mode}"
            );
            assert_eq!(session_cookie(&response), None, "{mode}");
        }
        // Nothing was bound by a refused token; an unspoilt one signs in.
        let sql = "SELECT COUNT(*) FROM user_identities WHERE user_id = $1";
        let bound: i64 = of_user(&app, sql, user).await;
        assert_eq!(bound, 0);
        provider.fault("none").await;
        let response = sign_in_through(&app, &new_browser(), organisation_id).await;
        assert_eq!(location(&response), "/");
    }
}

#[tokio::test]
async fn unknown_unverified_and_deactivated_people_are_told_why_and_not_signed_in() {
    for db in backends().await {
        let (app, provider, organisation_id, user) = started_world(db).await;
        // Unknown subject: nobody at Stadt Köln has this e-mail address.
        provider
            .person("p-400", "unbekannt@stadt.example", true)
            .await;
        refused_with(
            &sign_in_through(&app, &new_browser(), organisation_id).await,
            "no-account",
        );
        // The provider does not vouch for the address: nothing is bound.
        provider.person("p-401", "fm@stadt.example", false).await;
        refused_with(
            &sign_in_through(&app, &new_browser(), organisation_id).await,
            "unverified",
        );
        // A deactivated account, bound or not.
        sqlx::query("UPDATE users SET active = 0 WHERE id = $1")
            .bind(user)
            .execute(&app.db.pool)
            .await
            .unwrap();
        provider.person("p-402", "fm@stadt.example", true).await;
        refused_with(
            &sign_in_through(&app, &new_browser(), organisation_id).await,
            "deactivated",
        );
        // The sign-in page says it in the user's language.
        let page = app
            .get("/sign-in?provider-error=deactivated", None)
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Ihr Konto ist deaktiviert"), "German page");
    }
}

#[tokio::test]
async fn signing_out_offers_the_provider_s_sign_out_which_comes_back_to_lotse() {
    let db = backends().await.remove(0);
    let (app, provider, organisation_id, _) = started_world(db).await;
    provider.person("p-500", "fm@stadt.example", true).await;
    let browser = new_browser();
    sign_in_through(&app, &browser, organisation_id).await;
    let response = browser
        .post(format!("{}/api/sign_out", app.base))
        .header(CONTENT_TYPE, FORM)
        .header(reqwest::header::ACCEPT, "text/html")
        .header(reqwest::header::REFERER, format!("{}/", app.base))
        .send()
        .await
        .unwrap();
    let signed_out = format!("/sign-in?signed-out={organisation_id}");
    assert_eq!(location(&response), signed_out);
    let page = text_of(&browser, format!("{}{signed_out}", app.base)).await;
    let link = format!("/sign-in/provider/{organisation_id}/sign-out");
    assert!(
        page.contains(&link),
        "the page offers the provider's sign-out"
    );
    let response = browser
        .get(format!("{}{link}", app.base))
        .send()
        .await
        .unwrap();
    let to = location(&response);
    assert!(
        to.starts_with(&format!("{}/session/end", provider.issuer)),
        "{to}"
    );
    assert!(to.contains("client_id=lotse"), "{to}");
    // The provider accepts the way back to Lotse's sign-in page.
    let at_provider = browser.get(&to).send().await.unwrap();
    assert_eq!(
        at_provider.status(),
        StatusCode::OK,
        "provider's sign-out page"
    );
}

#[tokio::test]
async fn an_administrator_s_mistyped_provider_is_said_at_once_and_the_secret_is_kept() {
    let db = backends().await.remove(0);
    let app = spawn_app_on(db).await;
    let provider = Provider::start(&app);
    let admin = app
        .staff_signed_in("admin@stadt.example", "administrator")
        .await;
    let organisation_id: i64 = sqlx::query_scalar("SELECT id FROM organisations")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let save = |issuer: &str, secret: &str| {
        format!(
            "organisation_id={organisation_id}&issuer={issuer}&client_id=lotse\
             &client_secret={secret}&subject_claim=&enabled=true"
        )
    };
    for (issuer, message) in [
        ("http://login.stadt.example", "error-provider-issuer"),
        ("https://", "error-provider-issuer"),
        ("http://127.0.0.1:9", "error-provider-unreachable"),
    ] {
        let response = app
            .call("save_sign_in_provider", &save(issuer, "s"), Some(&admin))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{issuer}"
        );
        assert!(response.text().await.unwrap().contains(message), "{issuer}");
    }
    // A first save needs the secret; a later one keeps it when none is typed.
    let response = app
        .call(
            "save_sign_in_provider",
            &save(&provider.issuer, ""),
            Some(&admin),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for secret in ["lotse-secret", ""] {
        let response = app
            .call(
                "save_sign_in_provider",
                &save(&provider.issuer, secret),
                Some(&admin),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let (secret, claim): (String, String) = sqlx::query_as(
        "SELECT client_secret, subject_claim FROM sign_in_providers WHERE organisation_id = $1",
    )
    .bind(organisation_id)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!((secret.as_str(), claim.as_str()), ("lotse-secret", "sub"));
    // The overview never sends the secret back.
    let overview = app
        .call("load_sign_in_providers", "", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(overview.contains("\"offers_sign_out\":true"), "{overview}");
    assert!(!overview.contains("lotse-secret"));
    // Removed: the staff sign in with passwords again.
    let form = format!("organisation_id={organisation_id}");
    let response = app
        .call("remove_sign_in_provider", &form, Some(&admin))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = app
        .call("remove_sign_in_provider", &form, Some(&admin))
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_configured_claim_other_than_sub_identifies_the_person() {
    let db = backends().await.remove(0);
    let (app, provider, organisation_id, user) = started_world(db).await;
    sqlx::query("UPDATE sign_in_providers SET subject_claim = 'employee_id'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    provider.person("p-600", "fm@stadt.example", true).await;
    let response = sign_in_through(&app, &new_browser(), organisation_id).await;
    assert_eq!(location(&response), "/");
    let sql = "SELECT subject FROM user_identities WHERE user_id = $1";
    let subject: String = of_user(&app, sql, user).await;
    assert_eq!(subject, "E-p-600");
}
