//! Stored text is shown as text, never as markup: on every page a crawl of every role and of
//! the client portal reaches, and in the session data a page carries.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use app::models::catalogue;
use app::server::demo::portal::{DEMO_CODES, DEMO_PIN};
use app::server::demo::{self, DEMO_PASSWORD};
use app::server::{admin::accounts, admin::catalogues, casework::clients, Db};

use crate::helpers::{demo_world, spawn_app, spawn_app_on, TestApp, PASSWORD};

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
    "/retention",
    "/holds",
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

/// Visits the start pages and everything they link to; returns each page's HTML.
async fn crawl(app: &TestApp, start: &[&str], cookie: &str) -> BTreeMap<String, String> {
    let mut pages = BTreeMap::new();
    let mut queue: VecDeque<String> = start.iter().map(|p| p.to_string()).collect();
    let mut queued: BTreeSet<String> = queue.iter().cloned().collect();
    while let Some(path) = queue.pop_front() {
        let (status, body) = app.page(&path, cookie).await;
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
    let app = spawn_app_on(db).await;

    let mut pages = BTreeMap::new();
    for &(email, ..) in demo::DEMO_ACCOUNTS {
        let cookie = app.sign_in(email, DEMO_PASSWORD).await;
        for (path, body) in crawl(&app, START, &cookie).await {
            pages.insert(format!("{email} {path}"), body);
        }
    }
    // Amira reads her portal in Arabic, where the translations are shown.
    let (_, code) = DEMO_CODES[0];
    let portal = app.portal_sign_in(code, DEMO_PIN).await;
    for (path, body) in crawl(&app, PORTAL_START, &format!("{portal}; lotse_lang=ar")).await {
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
