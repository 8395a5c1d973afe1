-- The flags users.active and clients.interpreter_needed accept only 0 and 1, as they always
-- have on PostgreSQL (the schema comparison test, app/tests/schema.rs, found the difference).
-- SQLite adds a CHECK only by rebuilding the table: a new table with the check, the rows
-- copied, the old table dropped, the new one renamed, its indexes recreated.
--
-- Foreign keys must be off for this (Db::migrate turns them off on the migrating connection;
-- a pragma inside this migration's transaction would do nothing): with them on, dropping the
-- old table first deletes its rows, cascading into every table that references it. The guard
-- refuses to run otherwise, and the rebuild must leave every reference intact.
CREATE TEMP TABLE rebuild_guard (
    foreign_keys_off INTEGER CHECK (foreign_keys_off = 1),
    references_intact INTEGER CHECK (references_intact = 1)
);
INSERT INTO rebuild_guard (foreign_keys_off) SELECT foreign_keys = 0 FROM pragma_foreign_keys;

CREATE TABLE users_rebuilt (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER,
    CONSTRAINT users_email_key UNIQUE (email)
);
INSERT INTO users_rebuilt (
    id, organisation_id, email, display_name, role, password_hash, active, created_at,
    last_sign_in_at
)
SELECT
    id, organisation_id, email, display_name, role, password_hash, active, created_at,
    last_sign_in_at
FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
CREATE INDEX users_organisation_idx ON users (organisation_id);
CREATE INDEX users_listing_idx ON users (display_name, id);

CREATE TABLE clients_rebuilt (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    given_names_latin TEXT,
    family_name_latin TEXT,
    birth_year INTEGER,
    birth_month INTEGER CHECK (birth_month BETWEEN 1 AND 12),
    birth_day INTEGER CHECK (birth_day BETWEEN 1 AND 31),
    preferred_language TEXT,
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    interpreter_language TEXT,
    phone TEXT,
    email TEXT,
    street TEXT,
    postal_code TEXT,
    city TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    district TEXT
);
INSERT INTO clients_rebuilt (
    id, organisation_id, given_names, family_name, given_names_latin, family_name_latin,
    birth_year, birth_month, birth_day, preferred_language, interpreter_needed,
    interpreter_language, phone, email, street, postal_code, city, created_by, created_at,
    updated_at, version, district
)
SELECT
    id, organisation_id, given_names, family_name, given_names_latin, family_name_latin,
    birth_year, birth_month, birth_day, preferred_language, interpreter_needed,
    interpreter_language, phone, email, street, postal_code, city, created_by, created_at,
    updated_at, version, district
FROM clients;
DROP TABLE clients;
ALTER TABLE clients_rebuilt RENAME TO clients;
CREATE INDEX clients_organisation_name_idx ON clients (organisation_id, family_name, given_names, id);
CREATE INDEX clients_district_idx ON clients (district);

INSERT INTO rebuild_guard (foreign_keys_off, references_intact)
SELECT 1, count(*) = 0 FROM pragma_foreign_key_check;
DROP TABLE rebuild_guard;
