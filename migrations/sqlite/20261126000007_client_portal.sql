-- Client portal: a client's access (the access code from the letter, stored hashed, and the
-- PIN or passphrase chosen on first use), client sessions (separate from staff sessions),
-- translations of staff free text for the portal, and what the portal needs on existing
-- records. Calendar dates are 'YYYY-MM-DD' text, instants ms, flags 0/1.

CREATE TABLE portal_access (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    -- SHA-256 of the normalised access code; a new letter replaces it.
    code_hash TEXT NOT NULL,
    -- Argon2 hash of the PIN or passphrase; empty until the client chose one.
    secret_hash TEXT,
    issued_by INTEGER NOT NULL REFERENCES users (id),
    issued_at INTEGER NOT NULL,
    activated_at INTEGER,
    last_sign_in_at INTEGER,
    blocked INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    CONSTRAINT portal_access_code_key UNIQUE (code_hash)
);

CREATE TABLE portal_sessions (
    token_hash TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX portal_sessions_client_idx ON portal_sessions (client_id);
CREATE INDEX portal_sessions_last_seen_idx ON portal_sessions (last_seen_at);

-- A translation of a staff-written text for the client ('goal:5' / 'plain_wording' / 'ar').
CREATE TABLE text_translations (
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (record, field, language)
);

ALTER TABLE appointments ADD COLUMN bring TEXT;
ALTER TABLE appointments ADD COLUMN interpreter_arranged INTEGER NOT NULL DEFAULT 0;
-- The client revoked the consent in the portal (revoked_by stays empty: no staff member).
ALTER TABLE consents ADD COLUMN revoked_by_client INTEGER NOT NULL DEFAULT 0;
-- What a correction request from the portal is about (personal, plan, appointments, other).
ALTER TABLE follow_ups ADD COLUMN topic TEXT;
