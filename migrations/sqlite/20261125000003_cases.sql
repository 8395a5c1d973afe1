-- Case management core: household, sensitive compartments, cases and their phases, intake
-- consent, assessment, the integration plan (goals, steps with status history, agreed
-- versions), appointments, and catalogue entries added by administrators.
-- Calendar dates are 'YYYY-MM-DD' text, times 'HH:MM' text, instants ms since the epoch.

CREATE TABLE household_members (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    birth_year INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX household_members_client_idx ON household_members (client_id);

-- Residence status and benefit regime: a compartment of its own.
CREATE TABLE client_residence (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    residence_status TEXT,
    valid_until TEXT,
    benefit_regime TEXT,
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Health notes, youth-welfare information (with who entrusted it) and the case manager's
-- private working notes (only ever shown to their author).
CREATE TABLE client_notes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    compartment TEXT NOT NULL CHECK (compartment IN ('health', 'youth-welfare', 'private')),
    body TEXT NOT NULL,
    entrusted_by TEXT,
    author_id INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX client_notes_client_idx ON client_notes (client_id, compartment, created_at);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    owner_id INTEGER NOT NULL REFERENCES users (id),
    phase TEXT NOT NULL,
    closure_reason TEXT,
    opened_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_owner_phase_idx ON cases (owner_id, phase);
CREATE INDEX cases_owner_updated_idx ON cases (owner_id, updated_at);
CREATE INDEX cases_client_idx ON cases (client_id);

CREATE TABLE case_phase_changes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_phase TEXT,
    to_phase TEXT NOT NULL,
    closure_reason TEXT,
    changed_by INTEGER NOT NULL REFERENCES users (id),
    changed_at INTEGER NOT NULL
);
CREATE INDEX case_phase_changes_case_idx ON case_phase_changes (case_id, changed_at);

-- The client's consent to case management, recorded at intake.
CREATE TABLE case_consents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    given_on TEXT NOT NULL,
    method TEXT NOT NULL,
    interpreter_language TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX case_consents_case_idx ON case_consents (case_id);

CREATE TABLE assessments (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    needs TEXT NOT NULL,
    resources TEXT NOT NULL,
    client_goals TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (case_id, domain)
);

-- Structured facts of the assessment that drive services.
CREATE TABLE case_facts (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    language_level TEXT,
    literacy TEXT,
    schooling TEXT,
    qualifications TEXT,
    recognition_needed INTEGER NOT NULL DEFAULT 0,
    work_experience TEXT,
    housing_situation TEXT,
    health_insurance TEXT,
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Versions of the integration plan. The newest version is the draft being edited or the
-- agreed plan in force; an agreed version keeps a JSON snapshot of its goals and steps.
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    agreed INTEGER NOT NULL DEFAULT 0,
    snapshot TEXT,
    agreed_on TEXT,
    agreed_how TEXT,
    interpreter_language TEXT,
    review_due TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    agreed_by INTEGER REFERENCES users (id),
    UNIQUE (case_id, number)
);
CREATE INDEX plan_versions_review_idx ON plan_versions (review_due);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    level TEXT NOT NULL,
    template TEXT,
    client_words TEXT NOT NULL,
    plain_wording TEXT NOT NULL,
    success_criterion TEXT NOT NULL,
    start_date TEXT,
    target_date TEXT,
    status TEXT NOT NULL,
    status_reason TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX goals_case_idx ON goals (case_id);

CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    service_type TEXT NOT NULL,
    detail TEXT NOT NULL,
    responsible_kind TEXT NOT NULL,
    responsible_organisation_id INTEGER REFERENCES organisations (id),
    due_date TEXT,
    status TEXT NOT NULL,
    status_note TEXT,
    appeal_deadline TEXT,
    status_changed_at INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX steps_case_idx ON steps (case_id);
CREATE INDEX steps_goal_idx ON steps (goal_id);

-- Every status a step has had, with when: access and waiting times are computed from these.
CREATE TABLE step_status_changes (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT,
    appeal_deadline TEXT,
    changed_by INTEGER NOT NULL REFERENCES users (id),
    changed_at INTEGER NOT NULL
);
CREATE INDEX step_status_changes_case_idx ON step_status_changes (case_id, changed_at);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    step_id INTEGER REFERENCES steps (id) ON DELETE SET NULL,
    on_date TEXT NOT NULL,
    at_time TEXT,
    place TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX appointments_case_idx ON appointments (case_id, on_date);

-- Catalogue entries added by administrators, with a text per locale.
CREATE TABLE catalogue_entries (
    id INTEGER PRIMARY KEY,
    catalogue TEXT NOT NULL,
    code TEXT NOT NULL,
    domain TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    UNIQUE (catalogue, code)
);

CREATE TABLE catalogue_texts (
    entry_id INTEGER NOT NULL REFERENCES catalogue_entries (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (entry_id, locale)
);
