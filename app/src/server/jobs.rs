//! Scheduled work: session clean-up, course starts on their date, the coordinators' default
//! figures computed ahead, the retention rules applied once a day, overdue referrals and daily
//! digests mailed. Several Lotse processes
//! may share one database (two servers behind a proxy, a restart overlapping the old
//! process), so each job runs only in the process that
//! holds its lease in `job_leases`; the lease is taken with one conditional upsert, which is
//! atomic on both backends.

use std::time::Duration;

use crate::error::AppError;
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{now_ms, Db};
use crate::server::{
    admin::{accounts, retention},
    coordination::figures,
    mail::{notifications, outbox},
    network::referrals,
    portal,
};

/// How often the server looks for due work.
pub const TICK: Duration = Duration::from_secs(300);

/// How long a job stays with the process that took it: less than a tick, so the holder takes
/// it again on its next tick, and another process takes over within two ticks once the
/// holder is gone. Work that outlasts its lease is still safe: the sweep's writes are
/// conditional, the clean-up and the figures idempotent.
pub const LEASE: Duration = Duration::from_secs(240);

/// A scheduled job; its name is the key of its lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// Expired staff and portal sessions, old sign-in failures.
    SessionCleanUp,
    /// Steps whose confirmed course has begun move to started.
    CourseStarts,
    /// The coordinators' default figures, computed ahead of their first view.
    DefaultFigures,
    /// The retention rules: what is past its period is deleted (once a day).
    Retention,
    /// E-mail: overdue referrals told of, daily digests written, old mails deleted.
    Mail,
}

impl Job {
    pub const ALL: [Job; 5] = [
        Job::SessionCleanUp,
        Job::CourseStarts,
        Job::DefaultFigures,
        Job::Retention,
        Job::Mail,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Job::SessionCleanUp => "session-clean-up",
            Job::CourseStarts => "course-starts",
            Job::DefaultFigures => "default-figures",
            Job::Retention => "retention",
            Job::Mail => "mail",
        }
    }

    async fn run(self, db: &Db, settings: &SessionSettings) -> Result<(), AppError> {
        match self {
            Job::SessionCleanUp => {
                accounts::purge_expired(db, settings).await?;
                portal::purge_sessions(db, settings).await
            }
            Job::CourseStarts => referrals::start_due_courses(db).await,
            Job::DefaultFigures => figures::refresh_default(db).await,
            Job::Retention => retention::run_scheduled(db, now_ms()).await.map(|_| ()),
            Job::Mail => {
                notifications::overdue_referrals(db).await?;
                notifications::send_digests(db, now_ms()).await?;
                crate::server::portal::reminders::send_due(db, now_ms()).await?;
                outbox::purge_old(db).await
            }
        }
    }
}

/// A name for this process as a lease holder, different for every process (and every start).
pub fn holder_name() -> String {
    format!("{}-{}", std::process::id(), uuid::Uuid::new_v4().simple())
}

/// Takes the lease of the job `name` for `holder` until `until`, if at `now` it is free:
/// never taken, expired, or already `holder`'s. True when taken. One statement: on
/// PostgreSQL the conflict check and the condition run under the row's lock, on SQLite under
/// its single writer, so of two processes asking at once exactly one gets the lease.
pub async fn take_lease(
    db: &Db,
    name: &str,
    holder: &str,
    now: i64,
    until: i64,
) -> Result<bool, AppError> {
    let taken = sqlx::query(
        "INSERT INTO job_leases (name, holder, lease_until) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
         WHERE job_leases.lease_until <= $4 OR job_leases.holder = excluded.holder",
    )
    .bind(name)
    .bind(holder)
    .bind(until)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(taken == 1)
}

/// One tick of the server: runs each job whose lease `holder` takes now, and returns the jobs
/// it ran. A failing job is logged and does not keep the others from running.
pub async fn run_due(db: &Db, settings: &SessionSettings, holder: &str) -> Vec<Job> {
    let mut ran = Vec::new();
    for job in Job::ALL {
        let now = now_ms();
        match take_lease(db, job.name(), holder, now, now + LEASE.as_millis() as i64).await {
            Ok(true) => {
                if let Err(error) = job.run(db, settings).await {
                    tracing::warn!(job = job.name(), ?error, "scheduled job failed");
                }
                ran.push(job);
            }
            Ok(false) => {}
            Err(error) => tracing::warn!(job = job.name(), ?error, "cannot take job lease"),
        }
    }
    ran
}
