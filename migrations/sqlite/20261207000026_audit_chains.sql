-- Sixteen audit chains instead of one, for PostgreSQL (see its migration 26): there an
-- audited transaction holds a chain head from its entry to its flushed commit, and with one
-- head every audited page waited for the previous one's flush. SQLite has one writer at a
-- time, so it keeps to chain 1; the schema is the same, entries say their chain, and
-- `lotse audit-verify` checks each chain from its own anchor.
ALTER TABLE audit_log ADD COLUMN chain INTEGER NOT NULL DEFAULT 1;

-- The triggers that name the heads and anchors are made anew below.
DROP TRIGGER audit_log_moves_chain_head;
DROP TRIGGER audit_log_no_delete;

CREATE TABLE audit_chain_new (
    id INTEGER PRIMARY KEY CHECK (id >= 1 AND id <= 16),
    seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_new (id, seq, last_hash) SELECT id, seq, last_hash FROM audit_chain;
DROP TABLE audit_chain;
ALTER TABLE audit_chain_new RENAME TO audit_chain;

CREATE TABLE audit_anchor_new (
    id INTEGER PRIMARY KEY CHECK (id >= 1 AND id <= 16),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_anchor_new (id, seq, hash) SELECT id, seq, hash FROM audit_anchor;
DROP TABLE audit_anchor;
ALTER TABLE audit_anchor_new RENAME TO audit_anchor;

CREATE TRIGGER audit_log_moves_chain_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_chain SET last_hash = NEW.hash WHERE id = NEW.chain AND seq = NEW.seq;
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > (SELECT seq FROM audit_anchor WHERE id = OLD.chain)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: only entries up to the anchor may be deleted'); END;
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
WHEN NEW.id <> OLD.id OR NEW.seq < OLD.seq
  OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq AND chain = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit anchor moves only forward, to an entry of its chain'); END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be deleted'); END;
