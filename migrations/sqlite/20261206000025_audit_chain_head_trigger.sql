-- The chain head's hash follows the newest audit entry inside the database, so appending an
-- entry is two statements (take the next number, insert the row) instead of three: one round
-- trip less on every audited page. Only the row whose number is the head's moves it, so the
-- rows of a multi-row insert may fire in any order.
CREATE TRIGGER audit_log_moves_chain_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_chain SET last_hash = NEW.hash WHERE id = 1 AND seq = NEW.seq;
END;
