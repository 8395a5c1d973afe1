//! Erasure requests on SQLite and on PostgreSQL: a client asks in the portal, the request
//! reaches the case manager and the data-protection officer, a refusal shows in the portal
//! with its reason, and an erasure leaves no trace of the client in any table: not their
//! number, not their name. The audit log still verifies, the programme figures are unchanged,
//! the portal session ends, and the record that an erasure happened stays.

use app::error::AppError;
use app::models::{CurrentUser, FigureFilter, PortalSignInOutcome};
use app::on_both_backends;
use app::server::admin::accounts;
use app::server::casework::{erasure, holds};
use app::server::coordination::{figure_facts, figures};
use app::server::demo::portal::{DEMO_CODES, DEMO_PIN};
use app::server::portal::{self, SignInInput};
use app::server::testing::{day, invalid, user};
use app::server::{audit, demo, Db};

use crate::helpers::{count, settings};

async fn staff(db: &Db, email: &str) -> CurrentUser {
    accounts::user_by_email(db, email).await.unwrap().unwrap()
}

/// Amira Haddad of the demo world, signed in to the portal; and her session's token.
async fn amira_signed_in(db: &Db) -> (app::models::PortalClient, String) {
    let (client_id, code) = DEMO_CODES[0];
    let (outcome, token) =
        portal::sign_in(db, &SignInInput::parse(code, DEMO_PIN, None).unwrap(), None)
            .await
            .unwrap();
    assert!(matches!(outcome, PortalSignInOutcome::SignedIn { .. }));
    let token = token.unwrap();
    let client = portal::resume(db, &settings(), &token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(client.client_id, client_id);
    (client, token)
}

/// Every table of the database with its columns, as (table, column, is text).
async fn columns(db: &Db) -> Vec<(String, String)> {
    let sql = match db.backend {
        app::server::infra::db::Backend::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
             ORDER BY m.name, p.cid"
        }
        app::server::infra::db::Backend::Postgres => {
            "SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c
             JOIN information_schema.tables t
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
             ORDER BY c.table_name, c.ordinal_position"
        }
    };
    sqlx::query_as(sql).fetch_all(&db.pool).await.unwrap()
}

/// What in the whole database still points to the client: their number in a column that
/// holds client numbers, `client:<number>` in any text, or their names in any text.
async fn traces(db: &Db, client_id: i64, names: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (table, column) in columns(db).await {
        let number_column = column == "client_id" || (table == "clients" && column == "id");
        if number_column {
            let n: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) = $1"
            ))
            .bind(client_id.to_string())
            .fetch_one(&db.pool)
            .await
            .unwrap();
            if n > 0 {
                found.push(format!("{table}.{column} = {client_id} ({n} rows)"));
            }
        }
        let texts: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT CAST({column} AS TEXT) FROM {table}
             WHERE LOWER(CAST({column} AS TEXT)) LIKE '%client:%'
                OR {}",
            names
                .iter()
                .map(|n| format!(
                    "LOWER(CAST({column} AS TEXT)) LIKE '%{}%'",
                    n.to_lowercase()
                ))
                .collect::<Vec<_>>()
                .join(" OR ")
        ))
        .fetch_all(&db.pool)
        .await
        .unwrap();
        for text in texts {
            let lower = text.to_lowercase();
            let named = names.iter().any(|n| lower.contains(&n.to_lowercase()));
            let numbered = lower.match_indices("client:").any(|(at, m)| {
                let rest = &lower[at + m.len()..];
                let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
                digits == client_id.to_string()
            });
            if named || numbered {
                found.push(format!("{table}.{column}: {text}"));
            }
        }
    }
    found
}

async fn all_figures(db: &Db) -> Vec<app::models::FigureTable> {
    let scope = figures::scope(&FigureFilter::default()).unwrap();
    figure_facts::rebuild(db).await.unwrap();
    figures::compute(db, &scope).await.unwrap().tables
}

async fn a_request_from_the_portal_is_refused_then_granted_and_leaves_no_trace(db: Db) {
    demo::load(&db).await.unwrap();
    let cm = staff(&db, "fallmanager@lotse.example").await;
    let dpo = staff(&db, "datenschutz@lotse.example").await;
    let (amira, token) = amira_signed_in(&db).await;
    let amira_id = amira.client_id;
    assert_eq!(portal::erasure(&db, &amira).await.unwrap(), None);

    // Asking twice makes one request; it reaches the case manager and the officer.
    let first = portal::request_erasure(&db, &amira).await.unwrap();
    assert_eq!(portal::request_erasure(&db, &amira).await.unwrap(), first);
    let shown = portal::erasure(&db, &amira).await.unwrap().unwrap();
    assert_eq!((shown.id, shown.status.as_str()), (first, "open"));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM follow_ups f JOIN cases k ON k.id = f.case_id
             WHERE k.client_id = $1 AND f.kind = 'portal-erasure' AND f.done_at IS NULL",
            amira_id
        )
        .await,
        1,
        "the case manager is told once"
    );
    let listed = erasure::list(&db, &dpo).await.unwrap();
    assert_eq!(listed.open.len(), 1);
    assert_eq!(listed.open[0].client_id, Some(amira_id));
    assert_eq!(listed.open[0].recorded_by, None, "asked in the portal");

    // Refused for a reason from the list; the client reads it; a decided request stays so.
    assert_eq!(
        invalid(erasure::refuse(&db, &cm, first, "weil").await),
        ("refusal".into(), "error-choose-option".into())
    );
    erasure::refuse(&db, &cm, first, "still-needed")
        .await
        .unwrap();
    let shown = portal::erasure(&db, &amira).await.unwrap().unwrap();
    assert_eq!(shown.status, "refused");
    assert_eq!(shown.refusal.as_deref(), Some("still-needed"));
    assert_eq!(
        shown.decided_by, None,
        "staff names are not shown to the client"
    );
    assert_eq!(
        invalid(erasure::erase(&db, &dpo, first, true).await),
        ("erasure".into(), "error-erasure-decided".into())
    );

    // She asks again. Nobody else decides: not a partner, not another organisation.
    let second = portal::request_erasure(&db, &amira).await.unwrap();
    assert_ne!(second, first);
    let partner = staff(&db, "jobcenter@lotse.example").await;
    assert!(matches!(
        erasure::erase(&db, &partner, second, true).await,
        Err(AppError::Forbidden)
    ));
    let other_dpo = user(
        &db,
        "dsb@andere.example",
        "data_protection_officer",
        "Stadt Bonn",
    )
    .await;
    assert!(matches!(
        erasure::erase(&db, &other_dpo, second, true).await,
        Err(AppError::NotFound)
    ));
    // Not without the ticked box, and not while her data are on hold.
    assert_eq!(
        invalid(erasure::erase(&db, &dpo, second, false).await),
        ("confirm".into(), "error-erasure-confirm".into())
    );
    let hold = holds::place(&db, &cm, amira_id, "ongoing-procedure", &day(30), "")
        .await
        .unwrap();
    assert_eq!(
        invalid(erasure::erase(&db, &dpo, second, true).await),
        ("erasure".into(), "error-erasure-held".into())
    );
    holds::end(&db, &cm, hold).await.unwrap();

    let figures_before = all_figures(&db).await;
    let reza = DEMO_CODES[1].0;
    let reza_entries = "SELECT COUNT(*) FROM audit_log
         WHERE subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)";
    let reza_before = count(&db, reza_entries, reza).await;
    assert!(
        !traces(&db, amira_id, &["Amira", "Haddad"]).await.is_empty(),
        "the scan finds her before"
    );

    erasure::erase(&db, &dpo, second, true).await.unwrap();

    assert_eq!(
        traces(&db, amira_id, &["Amira", "Haddad"]).await,
        Vec::<String>::new()
    );
    assert_eq!(
        portal::resume(&db, &settings(), &token).await.unwrap(),
        None,
        "her portal session ended"
    );
    assert_eq!(
        audit::verify(&db).await.unwrap(),
        None,
        "the audit log verifies"
    );
    assert_eq!(
        all_figures(&db).await,
        figures_before,
        "the figures are unchanged"
    );
    // The record that an erasure happened, pointing to no one; and the erasure audited.
    let listed = erasure::list(&db, &dpo).await.unwrap();
    assert!(listed.open.is_empty());
    let decided: Vec<(Option<i64>, &str)> = listed
        .decided
        .iter()
        .map(|r| (r.client_id, r.status.as_str()))
        .collect();
    assert_eq!(decided, [(None, "erased"), (None, "refused")]);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_log WHERE record = 'erasure-request:' || CAST($1 AS TEXT)
             AND action = 'erase' AND allowed = 1",
            second
        )
        .await,
        1
    );
    // Another client is untouched, and their entries still theirs.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM clients WHERE id = $1", reza).await,
        1
    );
    assert!(count(&db, reza_entries, reza).await >= reza_before);
}

async fn a_case_manager_records_a_request_and_only_the_clients_people_decide(db: Db) {
    demo::load(&db).await.unwrap();
    let cm = staff(&db, "fallmanager@lotse.example").await;
    let dpo = staff(&db, "datenschutz@lotse.example").await;
    let reza = DEMO_CODES[1].0;
    let id = erasure::record(&db, &cm, reza).await.unwrap();
    assert_eq!(
        erasure::record(&db, &dpo, reza).await.unwrap(),
        id,
        "one open request"
    );
    let listed = erasure::list(&db, &dpo).await.unwrap();
    assert_eq!(listed.open[0].recorded_by.as_deref(), Some("Leyla Yılmaz"));
    let colleague = user(
        &db,
        "kollege@lotse.example",
        "case_manager",
        "Stadt Köln – Kommunales Integrationsmanagement",
    )
    .await;
    assert!(matches!(
        erasure::refuse(&db, &colleague, id, "legal-duty").await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        erasure::list(&db, &cm).await,
        Err(AppError::Forbidden)
    ));
    erasure::refuse(&db, &dpo, id, "legal-duty").await.unwrap();
    let detail = app::server::casework::clients::detail(&db, &cm, reza)
        .await
        .unwrap();
    let latest = detail.erasure.unwrap();
    assert_eq!(latest.status, "refused");
    assert_eq!(latest.decided_by.as_deref(), Some("Frank Neumann"));
}

on_both_backends! {
    erasure_from_the_portal => a_request_from_the_portal_is_refused_then_granted_and_leaves_no_trace;
    erasure_recorded => a_case_manager_records_a_request_and_only_the_clients_people_decide;
}
