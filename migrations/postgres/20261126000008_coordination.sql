-- Coordination: the district a client lives in (figures can be filtered by it), structural
-- issues flagged by case managers (no personal data; the case they came from is kept for the
-- case manager alone), working groups of several organisations with their meetings and
-- minutes, and the measures they agree, with responsible organisations and status history.
-- Calendar dates are 'YYYY-MM-DD' text, instants ms, flags 0/1.

ALTER TABLE clients ADD COLUMN district TEXT;
CREATE INDEX clients_district_idx ON clients (district);

-- Figures read cases by when they were opened and steps by their due date.
CREATE INDEX cases_opened_idx ON cases (opened_at);
CREATE INDEX plan_versions_case_agreed_idx ON plan_versions (case_id, agreed, agreed_on);
CREATE INDEX steps_due_idx ON steps (due_date);
CREATE INDEX case_phase_changes_to_idx ON case_phase_changes (to_phase, changed_at);
CREATE INDEX appointments_date_idx ON appointments (on_date);
CREATE INDEX referrals_sent_idx ON referrals (sent_at);

CREATE TABLE working_groups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    topic TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);

-- Members: a person named by their organisation (no account needed).
CREATE TABLE working_group_members (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    person TEXT NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX working_group_members_group_idx ON working_group_members (group_id);

CREATE TABLE meetings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    minutes TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX meetings_group_idx ON meetings (group_id, held_on);

-- A structural issue. `case_id` and `flagged_by` never leave the flagging case manager's
-- own views; coordinators read domain, district, description, organisations and counts.
CREATE TABLE structural_issues (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain TEXT NOT NULL,
    district TEXT,
    description TEXT NOT NULL,
    cases_affected BIGINT NOT NULL,
    case_id BIGINT REFERENCES cases (id) ON DELETE SET NULL,
    flagged_by BIGINT NOT NULL REFERENCES users (id),
    group_id BIGINT REFERENCES working_groups (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX structural_issues_domain_idx ON structural_issues (domain, district);
CREATE INDEX structural_issues_case_idx ON structural_issues (case_id, flagged_by);
CREATE INDEX structural_issues_group_idx ON structural_issues (group_id);

CREATE TABLE structural_issue_organisations (
    issue_id BIGINT NOT NULL REFERENCES structural_issues (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (issue_id, organisation_id)
);

CREATE TABLE measures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    issue_id BIGINT REFERENCES structural_issues (id) ON DELETE SET NULL,
    topic TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    due_on TEXT,
    status_on TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX measures_group_idx ON measures (group_id);
CREATE INDEX measures_topic_idx ON measures (topic, status);

CREATE TABLE measure_organisations (
    measure_id BIGINT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (measure_id, organisation_id)
);

-- Every status a measure has had and the date it took effect.
CREATE TABLE measure_status_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    on_date TEXT NOT NULL,
    changed_by BIGINT NOT NULL REFERENCES users (id),
    changed_at BIGINT NOT NULL
);
CREATE INDEX measure_status_changes_measure_idx ON measure_status_changes (measure_id, id);
CREATE INDEX step_status_changes_to_idx ON step_status_changes (to_status, changed_at);

-- Computed figures, kept a few minutes per filter: the figures page at 100,000 clients reads
-- a snapshot instead of aggregating a million plan steps on every view. In the database, so
-- every server process shares them.
CREATE TABLE figure_snapshots (
    filter_key TEXT PRIMARY KEY,
    computed_at BIGINT NOT NULL,
    body TEXT NOT NULL
);
