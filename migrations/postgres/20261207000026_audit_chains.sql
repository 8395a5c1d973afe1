-- Sixteen audit chains instead of one. An audited transaction takes a chain head's row lock
-- when it writes its entry and keeps it until its commit is on disk, so with one head every
-- audited page in every lotse process waited for the previous one's flush, whatever the
-- number of processes or cores (pgbench, such a transaction from 16 clients on 2 cores: 400
-- a second on one head, 1,440 on sixteen). An entry now goes to the first
-- head no other transaction holds; up to sixteen transactions commit at once, and PostgreSQL
-- flushes their commits together. Each chain links its own entries (`chain`), in the order
-- of their numbers, which one sequence hands out. `lotse audit-verify` checks every chain,
-- each from its own anchor. SQLite has one writer at a time and keeps to chain 1.
ALTER TABLE audit_log ADD COLUMN chain BIGINT NOT NULL DEFAULT 1;

ALTER TABLE audit_chain DROP CONSTRAINT audit_chain_id_check;
ALTER TABLE audit_chain ADD CONSTRAINT audit_chain_id_check CHECK (id >= 1 AND id <= 16);
INSERT INTO audit_chain (id, seq, last_hash)
SELECT g, 0, 'lotse-audit-genesis' FROM generate_series(2, 16) g;

ALTER TABLE audit_anchor DROP CONSTRAINT audit_anchor_id_check;
ALTER TABLE audit_anchor ADD CONSTRAINT audit_anchor_id_check CHECK (id >= 1 AND id <= 16);
INSERT INTO audit_anchor (id, seq, hash)
SELECT g, 0, 'lotse-audit-genesis' FROM generate_series(2, 16) g;

-- The next entry's number, whichever chain it goes to.
CREATE SEQUENCE audit_seq;
SELECT setval('audit_seq', GREATEST(seq, 1), seq > 0) FROM audit_chain WHERE id = 1;

CREATE OR REPLACE FUNCTION audit_log_move_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_chain h SET last_hash = added.hash
    FROM (SELECT chain, seq, hash FROM new_entries ORDER BY seq DESC LIMIT 1) added
    WHERE h.id = added.chain AND h.seq = added.seq;
    RETURN NULL;
END; $$;

CREATE OR REPLACE FUNCTION audit_log_delete_up_to_anchor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.seq > (SELECT seq FROM audit_anchor WHERE id = OLD.chain) THEN
        RAISE EXCEPTION 'the audit log is append-only: only entries up to the anchor may be deleted';
    END IF;
    RETURN OLD;
END; $$;

CREATE OR REPLACE FUNCTION audit_anchor_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the audit anchor cannot be deleted';
    END IF;
    IF NEW.id <> OLD.id OR NEW.seq < OLD.seq
       OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_log
                                     WHERE seq = NEW.seq AND chain = NEW.id) THEN
        RAISE EXCEPTION 'the audit anchor moves only forward, to an entry of its chain';
    END IF;
    RETURN NEW;
END; $$;
