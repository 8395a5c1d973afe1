//! CSV downloads: each role gets its own (caseload or figures), and the files are plain text
//! a spreadsheet shows as written.

use reqwest::header::CONTENT_TYPE;
use reqwest::StatusCode;

use crate::helpers::spawn_app;

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
        app.open_case(&cookie, client_id).await;
        mine.push(client_id);
    }
    // Olena's data are held: her line says until when.
    let until = app::server::testing::day(30);
    let hold = format!(
        "client_id={}&hold_reason=client-request&hold_until={until}&hold_note=",
        mine[1]
    );
    let placed = app.call("place_hold", &hold, Some(&cookie)).await;
    assert_eq!(placed.status(), StatusCode::OK);
    let theirs = app.new_client(&colleague, "Nur", "Fremd", "tur").await;
    app.open_case(&colleague, theirs).await;

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
    assert!(lines[0].ends_with("\"Eingeschränkt bis\""), "{}", lines[0]);
    let olena = lines.iter().find(|l| l.contains("Kovalenko")).unwrap();
    assert!(olena.ends_with(&format!("\"{until}\"")), "{olena}");
    assert!(lines[1].ends_with(",\"\""), "not held: {}", lines[1]);
    // Commas and quotes in a name are quoted, not split.
    assert!(body.contains("\"Haddad, \"\"A\"\"\",\"Amira\""), "{body}");
    assert!(!body.contains("Fremd"), "another case manager's case");
    // Every exported client has an audit entry of the export.
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT subject) FROM audit_log WHERE record = 'caseload-export' AND action = 'export'",
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
        app.open_case(&cookie, client_id).await;
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
