//! Pages as a browser receives them, in the demo world: stored text is shown as text, never
//! as markup, and a page that refuses or finds nothing answers with that HTTP status.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

use app::models::catalogue;
use app::server::demo::portal::{DEMO_CODES, DEMO_PIN};
use app::server::demo::{self, DEMO_PASSWORD};
use app::server::infra::context::SessionSettings;
use app::server::{admin::accounts, admin::catalogues, casework::clients, AppState, Db};
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, SET_COOKIE};
use reqwest::{redirect, Client, StatusCode};
use tokio::net::TcpListener;

/// Every column a person types free text into, as (table, column).
const FREE_TEXT: &[(&str, &str)] = &[
    ("organisations", "name"),
    ("users", "display_name"),
    ("clients", "given_names"),
    ("clients", "family_name"),
    ("clients", "given_names_latin"),
    ("clients", "family_name_latin"),
    ("clients", "phone"),
    ("clients", "email"),
    ("clients", "street"),
    ("clients", "postal_code"),
    ("clients", "city"),
    ("household_members", "name"),
    ("client_notes", "body"),
    ("client_notes", "entrusted_by"),
    ("assessments", "needs"),
    ("assessments", "resources"),
    ("assessments", "client_goals"),
    ("case_facts", "schooling"),
    ("case_facts", "qualifications"),
    ("case_facts", "work_experience"),
    ("goals", "client_words"),
    ("goals", "plain_wording"),
    ("goals", "success_criterion"),
    ("goals", "status_reason"),
    ("steps", "detail"),
    ("steps", "status_note"),
    ("step_status_changes", "note"),
    ("appointments", "place"),
    ("appointments", "note"),
    ("appointments", "bring"),
    ("catalogue_texts", "text"),
    ("offers", "title"),
    ("offers", "description"),
    ("offers", "address"),
    ("offers", "schedule"),
    ("offers", "documents"),
    ("offers", "contact"),
    ("consents", "entrusted_by"),
    ("referrals", "message"),
    ("referral_events", "note"),
    ("volunteer_tasks", "place"),
    ("volunteer_tasks", "bring"),
    ("volunteer_tasks", "note"),
    ("volunteer_tasks", "report"),
    ("follow_ups", "note"),
    ("text_translations", "text"),
    ("working_groups", "name"),
    ("working_groups", "topic"),
    ("working_group_members", "person"),
    ("meetings", "minutes"),
    ("structural_issues", "description"),
    ("measures", "title"),
    ("measures", "topic"),
];

/// What is stored: a field's own marker, then markup that would end a text area, add a
/// heading and send the reader's browser to another site.
fn hostile(table: &str, column: &str) -> String {
    format!(
        "{}</textarea><h1>x</h1><meta http-equiv=\"refresh\" content=\"3;url=https://evil.example\">",
        marker(table, column)
    )
}

fn marker(table: &str, column: &str) -> String {
    format!("hostile-{table}-{column}")
}

/// The same text as an HTML page must carry it (in text and in attribute values alike).
fn escaped(table: &str, column: &str) -> String {
    format!(
        "{}&lt;/textarea&gt;&lt;h1&gt;x&lt;/h1&gt;&lt;meta http-equiv=",
        marker(table, column)
    )
}

const RAW: &[&str] = &[
    "<h1>x</h1>",
    "</textarea><h1>",
    "<meta http-equiv=\"refresh\"",
];

/// Pages a crawl starts from; every page they link to is visited too.
const START: &[&str] = &[
    "/",
    "/account",
    "/clients",
    "/inbox",
    "/offers",
    "/coordination",
    "/coordination/issues",
    "/coordination/groups",
    "/coordination/results",
    "/audit",
    "/admin/catalogues",
    "/admin/organisations",
    "/admin/users",
];

const PORTAL_START: &[&str] = &[
    "/portal",
    "/portal/appointments",
    "/portal/referrals",
    "/portal/consents",
    "/portal/access",
    "/portal/correction",
    "/portal/data",
];

struct TestApp {
    base: String,
    http: Client,
}

async fn spawn_app(db: Db) -> TestApp {
    let state = AppState {
        db,
        settings: SessionSettings::default(),
        demo: false,
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = lotse::startup::leptos_options(Path::new("target/site"), addr);
    let router = lotse::startup::router(state, options);
    tokio::spawn(lotse::startup::serve(listener, router));
    let http = Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        base: format!("http://{addr}"),
        http,
    }
}

/// The demo world (its accounts' password is `lotse-demo`) in a fresh SQLite database.
async fn demo_world() -> Db {
    let db = app::server::testing::sqlite().await;
    demo::load(&db).await.expect("demo world");
    db
}

/// What the demo world lacks: a note on a client and a catalogue entry an administrator added.
async fn add_note_and_catalogue_entry(db: &Db) {
    let user = |email: &'static str| async move {
        accounts::user_by_email(db, email)
            .await
            .unwrap()
            .expect("demo account")
    };
    let case_manager = user("fallmanager@lotse.example").await;
    clients::add_note(db, &case_manager, 1, "youth-welfare", "Notiz", "Jugendamt")
        .await
        .expect("a note");
    let admin = user("admin@lotse.example").await;
    catalogues::add_entry(
        db,
        &admin,
        catalogue::SERVICE,
        "language",
        &[("de".to_owned(), "Sprachcafé".to_owned())],
    )
    .await
    .expect("a catalogue entry");
}

impl TestApp {
    async fn get(&self, path: &str, cookie: &str) -> (StatusCode, String) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .header(COOKIE, cookie)
            .send()
            .await
            .unwrap();
        (response.status(), response.text().await.unwrap())
    }

    async fn staff(&self, email: &str) -> String {
        self.sign_in(
            "sign_in",
            &format!("email={email}&password={DEMO_PASSWORD}"),
            "lotse_session",
        )
        .await
    }

    /// Signs in through a server function and returns the named cookie as a `Cookie` value.
    async fn sign_in(&self, function: &str, form: &str, cookie: &str) -> String {
        let response = self
            .http
            .post(format!("{}/api/{function}", self.base))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT, "application/json")
            .body(form.to_owned())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{function} {form}");
        response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap())
            .find(|v| v.starts_with(&format!("{cookie}=")) && !v.contains("Max-Age=0"))
            .map(|v| v.split(';').next().unwrap().to_owned())
            .expect("a session cookie")
    }

    /// Visits the start pages and everything they link to; returns each page's HTML.
    async fn crawl(&self, start: &[&str], cookie: &str) -> BTreeMap<String, String> {
        let mut pages = BTreeMap::new();
        let mut queue: VecDeque<String> = start.iter().map(|p| p.to_string()).collect();
        let mut queued: BTreeSet<String> = queue.iter().cloned().collect();
        while let Some(path) = queue.pop_front() {
            let (status, body) = self.get(&path, cookie).await;
            assert!(!status.is_server_error(), "{path}: {status}");
            for link in links(&body) {
                if queued.len() < 600 && queued.insert(link.clone()) {
                    queue.push_back(link);
                }
            }
            pages.insert(path, body);
        }
        pages
    }
}

/// The site's own pages a page links to (no downloads, no static files).
fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .filter(|href| {
            href.starts_with('/')
                && !href.starts_with("//")
                && !href.starts_with("/pkg/")
                && !href.starts_with("/api/")
                && ![".csv", ".json", ".svg", ".css", ".js", ".wasm"]
                    .iter()
                    .any(|end| href.split('?').next().unwrap_or_default().ends_with(end))
        })
        .collect()
}

/// Stored text is shown as text: with markup that closes a text area and sends the browser
/// elsewhere saved in every free-text field, every page of every role (and the client
/// portal) shows it escaped.
#[tokio::test]
async fn markup_saved_in_any_free_text_field_is_shown_as_text_on_every_page() {
    // Rendering does not depend on the database: SQLite suffices.
    let db = demo_world().await;
    add_note_and_catalogue_entry(&db).await;
    for &(table, column) in FREE_TEXT {
        // Organisation names are unique: each gets its id after the markup.
        let value = if table == "organisations" {
            "$1 || CAST(id AS TEXT)"
        } else {
            "$1"
        };
        let rows = sqlx::query(&format!("UPDATE {table} SET {column} = {value}"))
            .bind(hostile(table, column))
            .execute(&db.pool)
            .await
            .unwrap_or_else(|e| panic!("{table}.{column}: {e}"))
            .rows_affected();
        assert!(rows > 0, "{table}.{column}: no row to store markup in");
    }
    // Figures are computed afresh, with the new names.
    sqlx::query("DELETE FROM figure_snapshots")
        .execute(&db.pool)
        .await
        .unwrap();
    let app = spawn_app(db).await;

    let mut pages = BTreeMap::new();
    for &(email, ..) in demo::DEMO_ACCOUNTS {
        let cookie = app.staff(email).await;
        for (path, body) in app.crawl(START, &cookie).await {
            pages.insert(format!("{email} {path}"), body);
        }
    }
    // Amira reads her portal in Arabic, where the translations are shown.
    let (_, code) = DEMO_CODES[0];
    let portal = app
        .sign_in(
            "portal_sign_in",
            &format!("code={code}&pin={DEMO_PIN}"),
            "lotse_portal",
        )
        .await;
    for (path, body) in app
        .crawl(PORTAL_START, &format!("{portal}; lotse_lang=ar"))
        .await
    {
        pages.insert(format!("portal {path}"), body);
    }

    for (page, body) in &pages {
        for raw in RAW {
            assert!(
                !body.contains(raw),
                "{page} carries raw markup {raw}: {}",
                around(body, raw)
            );
        }
    }
    let unseen: Vec<String> = FREE_TEXT
        .iter()
        .filter(|(table, column)| {
            let text = escaped(table, column);
            !pages.values().any(|body| body.contains(&text))
        })
        .map(|(table, column)| format!("{table}.{column}"))
        .collect();
    assert!(
        unseen.is_empty(),
        "fields shown on none of {} pages: {unseen:?}",
        pages.len()
    );
}

fn around<'a>(body: &'a str, needle: &str) -> &'a str {
    let at = body.find(needle).unwrap_or(0);
    let start = body[..at]
        .char_indices()
        .rev()
        .nth(200)
        .map_or(0, |(i, _)| i);
    let mut end = (at + needle.len() + 100).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    &body[start..end]
}

/// A page that refuses answers 403, one whose record does not exist 404, each with its
/// sentence in the reader's language (as the server functions and downloads answer).
#[tokio::test]
async fn a_refused_or_missing_record_s_page_answers_with_that_status_and_says_why() {
    let app = spawn_app(demo_world().await).await;
    let partner = app.staff("jobcenter@lotse.example").await;
    let case_manager = app.staff("fallmanager@lotse.example").await;
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
        let (answer, body) = app.get(path, cookie).await;
        assert_eq!(answer, status, "{who} {path}");
        assert!(body.contains(sentence), "{who} {path}: {sentence}");
    }
    // The record the case manager may see still answers 200.
    let (answer, body) = app.get("/clients/2", &case_manager).await;
    assert_eq!(answer, StatusCode::OK);
    assert!(!body.contains(forbidden) && !body.contains(not_found));
}
