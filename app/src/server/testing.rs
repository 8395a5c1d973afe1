//! Fresh databases for tests: a new SQLite file, and a new PostgreSQL database when
//! `LOTSE_TEST_POSTGRES_URL` names a server. With `LOTSE_REQUIRE_POSTGRES=1` (CI) a missing
//! PostgreSQL fails the test instead of skipping it.

use crate::error::AppError;
use crate::models::{CurrentUser, OrganisationType};
use crate::server::admin::accounts::{bootstrap_user, NewStaffAccount};
use crate::server::infra::db::Db;

/// A migrated SQLite database in a new temporary directory.
pub async fn sqlite() -> Db {
    let dir = std::env::temp_dir().join(format!("lotse-test-{}", uuid::Uuid::new_v4().simple()));
    let url = crate::server::infra::db::sqlite_url_in(&dir).expect("temporary directory");
    let db = Db::connect(&url, 4).await.expect("open SQLite");
    db.migrate().await.expect("migrate SQLite");
    db
}

/// The URL of a new, empty PostgreSQL database, or `None` (with a notice) when none is
/// configured.
pub async fn postgres_url() -> Option<String> {
    let Some(admin_url) = std::env::var("LOTSE_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        if std::env::var("LOTSE_REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!("LOTSE_REQUIRE_POSTGRES=1 but LOTSE_TEST_POSTGRES_URL is not set");
        }
        eprintln!("notice: PostgreSQL test skipped (set LOTSE_TEST_POSTGRES_URL to run it)");
        return None;
    };
    let name = format!("lotse_test_{}", uuid::Uuid::new_v4().simple());
    let admin = Db::connect(&admin_url, 1)
        .await
        .expect("connect to PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin.pool)
        .await
        .expect("create test database");
    admin.pool.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(base, _)| base)
        .unwrap_or(&admin_url);
    Some(format!("{base}/{name}"))
}

/// A migrated, empty PostgreSQL database, or `None` when none is configured.
pub async fn postgres() -> Option<Db> {
    let url = postgres_url().await?;
    let db = Db::connect(&url, 4)
        .await
        .expect("open PostgreSQL test database");
    db.migrate().await.expect("migrate PostgreSQL");
    Some(db)
}

/// Creates a staff account (and its organisation) and returns its id.
pub async fn staff(db: &Db, email: &str, role: &str, organisation: &str, password: &str) -> i64 {
    let account = NewStaffAccount {
        display_name: format!("Test {role}"),
        email: email.to_owned(),
        organisation_id: 0,
        role: role.to_owned(),
        password: password.to_owned(),
    };
    bootstrap_user(db, organisation, OrganisationType::CityOffice, account)
        .await
        .expect("create staff account")
}

/// A staff account (password `richtig-geheim-1`) as the domain functions take it.
pub async fn user(db: &Db, email: &str, role: &str, organisation: &str) -> CurrentUser {
    staff(db, email, role, organisation, "richtig-geheim-1").await;
    crate::server::admin::accounts::user_by_email(db, email)
        .await
        .expect("read user")
        .expect("user exists")
}

/// Today plus `offset` days, as forms send dates.
pub fn day(offset: i64) -> String {
    (crate::server::infra::input::today() + chrono::Duration::days(offset)).to_string()
}

/// The field and message of a validation error (any other answer fails the test).
pub fn invalid(result: Result<impl std::fmt::Debug, AppError>) -> (String, String) {
    match result {
        Err(AppError::Invalid { field, message_id }) => (field, message_id),
        other => panic!("expected a field error, got {other:?}"),
    }
}

/// Runs each scenario once on SQLite and once on PostgreSQL (when configured):
/// `on_both_backends! { a_name => scenario_fn; }` makes `a_name::sqlite` and `a_name::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident => $scenario:ident;)*) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$scenario($crate::server::testing::sqlite().await).await;
                }
                #[tokio::test]
                async fn postgres() {
                    if let Some(db) = $crate::server::testing::postgres().await {
                        super::$scenario(db).await;
                    }
                }
            }
        )*
    };
}
