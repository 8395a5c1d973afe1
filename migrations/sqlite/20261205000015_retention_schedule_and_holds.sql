-- The schedule that applies the retention rules, and holds that keep a client's data from it.
-- Each run of the schedule leaves a deletion record that holds no personal data: when it ran
-- and, per rule, the period in force, the cutoff and how many records went.
CREATE TABLE retention_runs (
    id INTEGER PRIMARY KEY,
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX retention_runs_started_idx ON retention_runs (started_at);

CREATE TABLE retention_run_kinds (
    run_id INTEGER NOT NULL REFERENCES retention_runs (id),
    data_kind TEXT NOT NULL REFERENCES retention_rules (data_kind),
    period_amount INTEGER NOT NULL,
    period_unit TEXT NOT NULL,
    cutoff_at BIGINT NOT NULL,
    deleted BIGINT NOT NULL,
    PRIMARY KEY (run_id, data_kind)
);

-- The audit log loses its oldest entries under its own retention rule. The chain then
-- continues from the anchor: the sequence number and hash of the last entry deleted, so
-- `lotse audit-verify` checks the kept entries from there. Only entries up to the anchor can
-- be deleted, and the anchor only moves forward.
CREATE TABLE audit_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_anchor (id, seq, hash) VALUES (1, 0, 'lotse-audit-genesis');

DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only entries up to the anchor may be deleted'); END;

CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
WHEN NEW.seq < OLD.seq OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'the audit anchor moves only forward, to an entry of the log'); END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be deleted'); END;

-- Holds (restriction of processing, GDPR Art. 18, SGB X section 84): while a hold is in force
-- (not ended, its last day `until` not passed), the schedule deletes none of the client's data
-- and no partner or volunteer sees any of it; staff see it marked as restricted.
CREATE TABLE client_holds (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    note TEXT,
    until TEXT NOT NULL,
    placed_by INTEGER NOT NULL REFERENCES users (id),
    placed_at BIGINT NOT NULL,
    ended_by INTEGER REFERENCES users (id),
    ended_at BIGINT
);
CREATE INDEX client_holds_client_idx ON client_holds (client_id, ended_at, until);
