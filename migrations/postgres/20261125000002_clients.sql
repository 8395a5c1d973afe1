-- Clients (the people case management is for) and the search keys of their names.
-- Dates of birth may be partial: year, month and day are separate and each may be unknown.

CREATE TABLE clients (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    given_names_latin TEXT,
    family_name_latin TEXT,
    birth_year BIGINT,
    birth_month BIGINT CHECK (birth_month BETWEEN 1 AND 12),
    birth_day BIGINT CHECK (birth_day BETWEEN 1 AND 31),
    preferred_language TEXT,
    interpreter_needed BIGINT NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    interpreter_language TEXT,
    phone TEXT,
    email TEXT,
    street TEXT,
    postal_code TEXT,
    city TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX clients_organisation_name_idx ON clients (organisation_id, family_name, given_names, id);

CREATE TABLE client_name_keys (
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    search_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (search_key, client_id)
);
CREATE INDEX client_name_keys_client_idx ON client_name_keys (client_id);
