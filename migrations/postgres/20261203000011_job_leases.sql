-- Scheduled jobs (course starts, session clean-up, figures computed ahead) run in one process
-- at a time, also when several Lotse processes share the database: a process runs a job only
-- while it holds the job's lease, taken with one conditional upsert. `lease_until` is an
-- instant in ms since the Unix epoch; `holder` names the process.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until BIGINT NOT NULL
);
