//! The database handle. SQLite (embedded default) and PostgreSQL run the same SQL through
//! sqlx's `Any` driver, so every query is written once and tested on both.
//!
//! Portable column types keep that possible: integers are `BIGINT`/`INTEGER` and read as
//! `i64`, booleans are 0/1 integers, instants are milliseconds since the Unix epoch (UTC),
//! calendar dates are `YYYY-MM-DD` text.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

use crate::error::AppError;
use crate::server::infra::fields::{Catalogue, Code};
use crate::server::infra::wal_flush::WalFlush;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// SQLite has one writer at a time. Audited transactions (every personal-data read
    /// writes its audit entry) queue here, in order, instead of in SQLite's busy handler,
    /// which sleeps in growing steps and makes waiting requests slow under load.
    pub writer: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// SQLite: the one connection audited transactions run on. A connection's page cache
    /// is emptied whenever another connection has written since its last transaction; with
    /// every transaction on one connection, the pages a page render reads stay cached
    /// (about 10-20 % less CPU per dashboard or plan page). Other statements use `pool`.
    writer_pool: Option<AnyPool>,
    /// SQLite in a file: the group commit that makes [`begin`]'s commits durable.
    wal_flush: Option<std::sync::Arc<WalFlush>>,
}

/// Catalogue codes as an SQL list (`'a', 'b'`) for `IN (…)`. Only a [`Code`] goes in: it is
/// built from the catalogue, so it cannot carry a quote.
pub(crate) fn quoted<C: Catalogue>(list: &[Code<C>]) -> String {
    list.iter()
        .map(|c| format!("'{}'", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Codes of a closed catalogue as an SQL list (`'a', 'b'`) for `IN (…)`.
pub(crate) fn code_list<C: crate::models::Code>(list: &[C]) -> String {
    list.iter()
        .map(|c| format!("'{}'", c.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One code of a closed catalogue as an SQL literal (`'a'`).
pub(crate) fn code_literal<C: crate::models::Code>(code: C) -> String {
    format!("'{}'", code.code())
}

/// Record ids as an SQL list (`1,2,3`) for `IN (…)`; numbers only, so nothing can be injected.
pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

tokio::task_local! {
    /// How far the clock runs behind the wall clock (ms); set only inside [`as_of`].
    static BEHIND: i64;
}

/// Milliseconds since the Unix epoch: the one way instants are stored. Inside [`as_of`] the
/// clock runs behind the wall clock.
pub fn now_ms() -> i64 {
    wall_clock_ms() - BEHIND.try_with(|behind| *behind).unwrap_or(0)
}

/// The true time, whatever [`as_of`] says: the audit log records when things really happened.
pub fn wall_clock_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Runs `work` with the clock (and so "today") set back to `instant` (ms), time passing from
/// there as usual. The demo world writes a history of months in seconds with it, through the
/// same domain functions as the screens, so its timestamps and validations agree; nothing
/// else sets the clock.
pub async fn as_of<F: std::future::Future>(instant: i64, work: F) -> F::Output {
    BEHIND.scope(wall_clock_ms() - instant, work).await
}

/// The SQLite URL for the database file in a data directory (created if missing).
pub fn sqlite_url_in(data_dir: &Path) -> std::io::Result<String> {
    std::fs::create_dir_all(data_dir)?;
    Ok(format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("lotse.sqlite3").display()
    ))
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`).
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(sqlx::Error::Configuration(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            ));
        };
        let options = AnyConnectOptions::from_str(url)?;
        let pool_options = |max: u32| {
            let options = AnyPoolOptions::new()
                .max_connections(max)
                .acquire_timeout(Duration::from_secs(5));
            if backend == Backend::Postgres {
                // Plan each statement once per connection. PostgreSQL otherwise keeps planning
                // a prepared statement anew on every run while it guesses a custom plan cheaper:
                // the dashboard's joins took 3-5 ms to plan and 0.3 ms to run (100,000
                // synthetic clients, one connection); with generic plans its p95 fell from 29
                // to 22 ms and no budgeted page got slower.
                return options.after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute("SET plan_cache_mode = force_generic_plan")
                            .await?;
                        Ok(())
                    })
                });
            }
            // WAL lets readers run beside the one writer. NORMAL sync does not flush a commit
            // to disk; the commits that must be durable wait for `wal_flush` instead.
            options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    Ok(())
                })
            })
        };
        let pool = pool_options(max_connections)
            .connect_with(options.clone())
            .await?;
        let writer_pool = match backend {
            Backend::Sqlite => Some(pool_options(1).connect_with(options).await?),
            _ => None,
        };
        let wal_flush = match backend {
            Backend::Sqlite => sqlite_file(url).map(WalFlush::new),
            _ => None,
        };
        Ok(Db {
            pool,
            backend,
            writer: Default::default(),
            writer_pool,
            wal_flush,
        })
    }

    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => {
                // SQLite changes a table's constraints only by rebuilding it, and dropping the
                // old table with foreign keys on would cascade into every table referencing it.
                // Its documented procedure turns them off around the change; inside a migration's
                // transaction the pragma does nothing, so the migrating connection (taken out of
                // the pool and closed afterwards) runs without them. Each rebuild checks that
                // every reference still holds before it commits.
                let mut conn = self.pool.acquire().await?.detach();
                conn.execute("PRAGMA foreign_keys = OFF").await?;
                let migrated = SQLITE_MIGRATIONS.run(&mut conn).await;
                conn.close().await?;
                migrated
            }
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await,
        }
    }

    /// True when the database answers a trivial query within two seconds.
    pub async fn is_healthy(&self) -> bool {
        let ping = sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(&self.pool);
        matches!(
            tokio::time::timeout(Duration::from_secs(2), ping).await,
            Ok(Ok(1))
        )
    }
}

/// True when `err` is a violation of the unique constraint `constraint` (PostgreSQL names it;
/// SQLite names the `table.column` instead, given as `sqlite_columns`).
pub fn is_unique_violation(err: &sqlx::Error, constraint: &str, sqlite_columns: &str) -> bool {
    match err.as_database_error() {
        Some(db_err) if db_err.is_unique_violation() => {
            db_err.constraint() == Some(constraint) || db_err.message().contains(sqlite_columns)
        }
        _ => false,
    }
}

/// The transaction an access happens in (reads, writes and its audit entry). On SQLite it
/// holds the process's writer turn (see [`Db::writer`]) until it ends.
pub struct Tx {
    inner: sqlx::Transaction<'static, sqlx::Any>,
    turn: Option<tokio::sync::OwnedMutexGuard<()>>,
    wal_flush: Option<std::sync::Arc<WalFlush>>,
}

impl Tx {
    /// Commits; returns once the commit is on disk. On SQLite the writer turn is handed on
    /// before waiting for the group commit's flush, so the next transaction runs meanwhile.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.inner.commit().await?;
        drop(self.turn);
        if let Some(flush) = self.wal_flush {
            flush.wait().await?;
        }
        Ok(())
    }
}

/// The database file a SQLite URL names (`sqlite://path?mode=rwc`, `sqlite:path`), or None
/// for an in-memory database.
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:") && !url.contains("mode=memory"))
        .then(|| path.into())
}

impl std::ops::Deref for Tx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

/// Opens a read-only snapshot: every statement in it sees the database as it was when it
/// began, whatever commits meanwhile (REPEATABLE READ on PostgreSQL; a deferred read
/// transaction on SQLite's WAL). It writes nothing and is rolled back when dropped.
pub async fn begin_snapshot(db: &Db) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    let begin = match db.backend {
        Backend::Sqlite => "BEGIN",
        Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    };
    db.pool.begin_with(begin).await
}

/// Opens a transaction. On SQLite it waits for the writer turn and takes the write lock at
/// once (`BEGIN IMMEDIATE`), since every audited transaction writes; a read transaction
/// upgraded later could fail.
pub async fn begin(db: &Db) -> Result<Tx, AppError> {
    Ok(match db.backend {
        Backend::Sqlite => {
            let turn = db.writer.clone().lock_owned().await;
            Tx {
                inner: db
                    .writer_pool
                    .as_ref()
                    .unwrap_or(&db.pool)
                    .begin_with("BEGIN IMMEDIATE")
                    .await?,
                turn: Some(turn),
                wal_flush: db.wal_flush.clone(),
            }
        }
        // PostgreSQL flushes a commit before it answers (`synchronous_commit = on`).
        Backend::Postgres => Tx {
            inner: db.pool.begin().await?,
            turn: None,
            wal_flush: None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn the_group_commit_flushes_the_file_a_sqlite_url_names_and_nothing_for_memory() {
        assert_eq!(
            sqlite_file("sqlite:///var/lib/lotse/lotse.sqlite3?mode=rwc"),
            Some("/var/lib/lotse/lotse.sqlite3".into())
        );
        assert_eq!(
            sqlite_file("sqlite:data/lotse.sqlite3"),
            Some("data/lotse.sqlite3".into())
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("sqlite://lotse?mode=memory"), None);
        assert_eq!(sqlite_file("postgres://localhost/lotse"), None);
    }
}
