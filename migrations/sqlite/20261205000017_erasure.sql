-- Erasure and the audit log. The log must outlive the people it names (it is evidence of who
-- saw what), yet after an erasure nothing in the database may point to the person. So the log
-- no longer holds the client's number: each entry names the client by a subject, a random
-- string kept in client_subjects. Erasing the client deletes their subjects (the foreign key
-- cascades), and their entries stay in the chain, verifiable and pointing to no one. Merging
-- two records moves the subjects of the record that goes to the record that stays.
-- Entries written before this migration keep their client_id column (their hash covers it).
CREATE TABLE client_subjects (
    subject TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE
);
CREATE INDEX client_subjects_client_idx ON client_subjects (client_id);
INSERT INTO client_subjects (subject, client_id) SELECT lower(hex(randomblob(16))), id FROM clients;
CREATE TRIGGER clients_subject AFTER INSERT ON clients
BEGIN
    INSERT INTO client_subjects (subject, client_id) VALUES (lower(hex(randomblob(16))), NEW.id);
END;

ALTER TABLE audit_log ADD COLUMN subject TEXT;
CREATE INDEX audit_log_subject_idx ON audit_log (subject, at);
CREATE INDEX audit_log_subject_seen_by_others_idx ON audit_log (subject, at)
    WHERE allowed = 1 AND actor_role <> 'client';

-- Erasure requests (GDPR Art. 17): from the client in the portal, or recorded by a case
-- manager. The case manager or the data-protection officer decides: erased, or refused with a
-- reason from a fixed list the client reads in their language. After an erasure the row stays
-- as the record that it happened, pointing to no one (client_id is set to NULL).
CREATE TABLE erasure_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    requested_at INTEGER NOT NULL,
    -- NULL: the client asked in the portal.
    recorded_by INTEGER REFERENCES users (id),
    -- open, erased, refused
    status TEXT NOT NULL DEFAULT 'open',
    refusal TEXT,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES users (id)
);
CREATE INDEX erasure_requests_client_idx ON erasure_requests (client_id, status);
CREATE INDEX erasure_requests_open_idx ON erasure_requests (organisation_id, status, requested_at);
