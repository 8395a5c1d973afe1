//! Running Lotse: the health check, the `lotse` binary as a process (clean shutdown on
//! SIGTERM, no transparent huge pages, sessions shared by two processes on one PostgreSQL
//! database) and `create-admin`.

use std::net::SocketAddr;
use std::time::Duration;

use app::server::infra::context::SessionSettings;
use app::server::Db;
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE};
use reqwest::{Client, StatusCode};

use crate::helpers::{browser, session_cookie, spawn_app, FORM, PASSWORD};

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
    let http = browser();
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

/// `lotse serve` as a process on a SQLite database in `data`, listening at `listen`.
fn serve_on_sqlite(data: &std::path::Path, listen: &str) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .env("LOTSE_DATA_DIR", data)
        .env("LOTSE_LISTEN", listen)
        .env_remove("DATABASE_URL")
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

#[tokio::test]
async fn sigterm_shuts_the_server_down_cleanly() {
    let data = std::env::temp_dir().join(format!("lotse-sigterm-{}", std::process::id()));
    let port = free_port();
    let mut child = serve_on_sqlite(&data, &format!("http://127.0.0.1:{port}"));
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

/// The server's heap stays off transparent huge pages (each touched 2 MiB would stay
/// resident whole; see `server/src/main.rs`), whatever the machine's THP setting.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn the_serving_process_has_transparent_huge_pages_turned_off() {
    let data = std::env::temp_dir().join(format!("lotse-thp-{}", std::process::id()));
    let port = free_port();
    let child = serve_on_sqlite(&data, &format!("127.0.0.1:{port}"));
    wait_until_healthy(&Client::new(), &format!("http://127.0.0.1:{port}")).await;
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id().unwrap())).unwrap();
    let thp = status
        .lines()
        .find_map(|line| line.strip_prefix("THP_enabled:"))
        .map(str::trim);
    drop(child);
    let _ = std::fs::remove_dir_all(&data);
    assert_eq!(thp, Some("0"), "{status}");
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

/// `lotse retention` prints every rule in force: the kind of data, its period and start, and
/// where Lotse keeps it, in English without Fluent's invisible direction marks.
#[tokio::test]
async fn lotse_retention_prints_the_rules_in_force() {
    let data = std::env::temp_dir().join(format!("lotse-retention-{}", uuid_like()));
    // What `lotse` prints with these arguments on the SQLite database in `data`.
    let printed = |args: &'static [&'static str]| {
        let data = data.clone();
        async move {
            let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
                .args(args)
                .env("LOTSE_DATA_DIR", &data)
                .env_remove("DATABASE_URL")
                .output()
                .await
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        }
    };
    let text = printed(&["retention"]).await;
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text}");
    for expected in [
        "Notes on health (health-notes)\n  6 months after: the person's last case is closed\n  kept in: client_notes (health)\n",
        "Log of data access (audit-log)\n  2 years after: the entry was written\n",
        "not legal advice",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
    assert_eq!(
        text.matches(" after: ").count(),
        app::models::retention::DataKind::ALL.len()
    );
    assert!(!text.contains("due now"), "{text}");
    // The dry run adds what is due per rule: nothing, in a database created a moment ago.
    let dry = printed(&["retention", "--dry-run"]).await;
    assert!(dry.contains("Nothing is deleted"), "{dry}");
    assert_eq!(
        dry.matches("  due now (a run would delete): 0 records\n")
            .count(),
        app::models::retention::DataKind::ALL.len(),
        "{dry}"
    );
    assert!(
        dry.contains("Case and phases (case)\n  3 years after: the person's last case is closed\n  kept in: cases, case_phase_changes, case_assignments, case_facts, case_consents\n  deleted by the schedule once a day when due"),
        "{dry}"
    );
    let _ = std::fs::remove_dir_all(&data);
}
