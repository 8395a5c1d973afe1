-- The schedule that applies the retention rules, and holds that keep a client's data from it.
-- Each run of the schedule leaves a deletion record that holds no personal data: when it ran
-- and, per rule, the period in force, the cutoff and how many records went.
CREATE TABLE retention_runs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX retention_runs_started_idx ON retention_runs (started_at);

CREATE TABLE retention_run_kinds (
    run_id BIGINT NOT NULL REFERENCES retention_runs (id),
    data_kind TEXT NOT NULL REFERENCES retention_rules (data_kind),
    period_amount BIGINT NOT NULL,
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
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_anchor (id, seq, hash) VALUES (1, 0, 'lotse-audit-genesis');

DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE FUNCTION audit_log_delete_up_to_anchor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1) THEN
        RAISE EXCEPTION 'the audit log is append-only: only entries up to the anchor may be deleted';
    END IF;
    RETURN OLD;
END; $$;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_delete_up_to_anchor();

CREATE FUNCTION audit_anchor_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the audit anchor cannot be deleted';
    END IF;
    IF NEW.seq < OLD.seq
       OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_log WHERE seq = NEW.seq) THEN
        RAISE EXCEPTION 'the audit anchor moves only forward, to an entry of the log';
    END IF;
    RETURN NEW;
END; $$;
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE OR DELETE ON audit_anchor
FOR EACH ROW EXECUTE FUNCTION audit_anchor_forward();
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Holds (restriction of processing, GDPR Art. 18, SGB X section 84): while a hold is in force
-- (not ended, its last day `until` not passed), the schedule deletes none of the client's data
-- and no partner or volunteer sees any of it; staff see it marked as restricted.
CREATE TABLE client_holds (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    note TEXT,
    until TEXT NOT NULL,
    placed_by BIGINT NOT NULL REFERENCES users (id),
    placed_at BIGINT NOT NULL,
    ended_by BIGINT REFERENCES users (id),
    ended_at BIGINT
);
CREATE INDEX client_holds_client_idx ON client_holds (client_id, ended_at, until);
