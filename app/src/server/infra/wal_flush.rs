//! Group commit for SQLite. Under WAL with `synchronous = NORMAL` a commit hands its pages to
//! the operating system (the WAL file) without flushing them to disk: it survives a crash of
//! Lotse, not a power loss. Every transaction opened by [`super::db::begin`] (the ones audit
//! entries are written in) waits after its commit until the WAL file has been flushed, so the
//! audit entry is on disk before the page leaves the server.
//!
//! `synchronous = FULL` would flush inside each commit, holding the writer turn for the
//! flush (about 2 ms here), which caps audited pages at about 500 a second. Here one flush
//! runs at a time, outside the writer turn, and covers every commit made before it began:
//! under load many commits share one `fsync`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use tokio::sync::watch;

#[derive(Debug, Clone, Copy, Default)]
struct Flushed {
    /// Commits up to this number are on disk.
    upto: u64,
    /// A flush covering commits up to this number failed.
    failed_upto: u64,
}

#[derive(Debug)]
pub struct WalFlush {
    wal: PathBuf,
    /// How many commits asked to be flushed; a commit's number is its place in this count.
    asked: AtomicU64,
    flushing: AtomicBool,
    flushed: watch::Sender<Flushed>,
    /// How many flushes ran (for the test that commits share them).
    flushes: AtomicU64,
}

impl WalFlush {
    /// Flushes the WAL file that belongs to the database file `database`.
    pub fn new(database: PathBuf) -> Arc<WalFlush> {
        let mut wal = database.into_os_string();
        wal.push("-wal");
        Arc::new(WalFlush {
            wal: wal.into(),
            asked: AtomicU64::new(0),
            flushing: AtomicBool::new(false),
            flushed: watch::Sender::new(Flushed::default()),
            flushes: AtomicU64::new(0),
        })
    }

    /// Returns once everything committed before the call is on disk.
    pub async fn wait(self: &Arc<Self>) -> Result<(), sqlx::Error> {
        let mut seen = self.flushed.subscribe();
        let mine = self.asked.fetch_add(1, Ordering::SeqCst) + 1;
        loop {
            let flushed = *seen.borrow_and_update();
            if flushed.upto >= mine {
                return Ok(());
            }
            if flushed.failed_upto >= mine {
                return Err(sqlx::Error::Io(std::io::Error::other(
                    "the database's write-ahead log could not be flushed to disk",
                )));
            }
            if !self.flushing.swap(true, Ordering::SeqCst) {
                // In a task of its own: a request that stops waiting does not stop the flush
                // the others wait for.
                tokio::spawn(Arc::clone(self).flush());
            }
            // The running flush announces its end (clearing `flushing` first), so this wakes.
            let _ = seen.changed().await;
        }
    }

    async fn flush(self: Arc<Self>) {
        let upto = self.asked.load(Ordering::SeqCst);
        let wal = self.wal.clone();
        let flushed = tokio::task::spawn_blocking(move || match std::fs::File::open(&wal) {
            Ok(file) => file.sync_data(),
            // No WAL file: nothing was written since the last checkpoint removed it.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        })
        .await;
        self.flushes.fetch_add(1, Ordering::SeqCst);
        let ok = matches!(flushed, Ok(Ok(())));
        if !ok {
            tracing::error!(wal = %self.wal.display(), result = ?flushed, "could not flush the WAL file");
        }
        self.flushing.store(false, Ordering::SeqCst);
        self.flushed.send_modify(|f| {
            if ok {
                f.upto = f.upto.max(upto);
            } else {
                f.failed_upto = f.failed_upto.max(upto);
            }
        });
    }

    #[cfg(test)]
    fn flushes(&self) -> u64 {
        self.flushes.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn commits_waiting_at_once_share_flushes_and_all_return() {
        let dir = std::env::temp_dir().join(format!("lotse-wal-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let database = dir.join("lotse.sqlite3");
        std::fs::write(dir.join("lotse.sqlite3-wal"), b"frames").unwrap();
        let flush = WalFlush::new(database);
        let waits: Vec<_> = (0..200)
            .map(|_| {
                let flush = Arc::clone(&flush);
                tokio::spawn(async move { flush.wait().await })
            })
            .collect();
        for wait in waits {
            wait.await.unwrap().unwrap();
        }
        let shared = flush.flushes();
        assert!(shared >= 1, "at least one flush ran");
        assert!(shared < 200, "200 commits at once took {shared} flushes");
        // A commit after all of them is flushed anew, not covered by an old flush.
        flush.wait().await.unwrap();
        assert!(flush.flushes() > shared);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn a_flush_that_fails_fails_the_commits_it_covered() {
        // A directory cannot be opened for syncing as a file on every system; a path under
        // a file cannot be opened anywhere.
        let file =
            std::env::temp_dir().join(format!("lotse-wal-{}", uuid::Uuid::new_v4().simple()));
        std::fs::write(&file, b"not a directory").unwrap();
        let flush = WalFlush::new(file.join("lotse.sqlite3"));
        assert!(flush.wait().await.is_err());
        std::fs::remove_file(file).unwrap();
    }
}
