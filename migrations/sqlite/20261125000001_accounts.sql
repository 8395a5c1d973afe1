-- Organisations, staff accounts, database-held sessions, sign-in throttling, settings.
-- Portable types (see app/src/server/db.rs): INTEGER ids and instants (ms since epoch, UTC),
-- 0/1 integers for flags.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CONSTRAINT organisations_name_key UNIQUE (name)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER,
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_organisation_idx ON users (organisation_id);
CREATE INDEX users_listing_idx ON users (display_name, id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_last_seen_idx ON sessions (last_seen_at);

CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_key_idx ON sign_in_failures (throttle_key, failed_at);
CREATE INDEX sign_in_failures_time_idx ON sign_in_failures (failed_at);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
