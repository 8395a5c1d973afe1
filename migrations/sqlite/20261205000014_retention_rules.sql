-- The deletion concept (DIN 66398): one retention rule per kind of personal data. The kinds and
-- when each period begins are fixed in the code (models/retention.rs); the periods below are
-- shipped as examples, not legal advice, and the data-protection officer sets them on the
-- retention page. Every change is kept in retention_rule_changes and in the audit log.
CREATE TABLE retention_rules (
    data_kind TEXT PRIMARY KEY,
    period_amount INTEGER NOT NULL CHECK (period_amount > 0),
    period_unit TEXT NOT NULL CHECK (period_unit IN ('days', 'months', 'years')),
    version INTEGER NOT NULL DEFAULT 1
);

INSERT INTO retention_rules (data_kind, period_amount, period_unit) VALUES
    ('client-record', 3, 'years'),
    ('contact', 1, 'years'),
    ('household', 3, 'years'),
    ('residence', 1, 'years'),
    ('health-notes', 6, 'months'),
    ('youth-welfare-notes', 6, 'months'),
    ('private-notes', 3, 'months'),
    ('case', 3, 'years'),
    ('assessment', 3, 'years'),
    ('plan', 3, 'years'),
    ('appointments', 1, 'years'),
    ('consents', 3, 'years'),
    ('referrals', 3, 'years'),
    ('volunteer-tasks', 1, 'years'),
    ('portal-access', 90, 'days'),
    ('correction-requests', 1, 'years'),
    ('structural-issue-links', 1, 'years'),
    ('staff-sessions', 30, 'days'),
    ('audit-log', 2, 'years');

-- Each change of a period: the one before it, who changed it and when (ms since the epoch).
CREATE TABLE retention_rule_changes (
    id INTEGER PRIMARY KEY,
    data_kind TEXT NOT NULL REFERENCES retention_rules (data_kind),
    old_amount INTEGER NOT NULL,
    old_unit TEXT NOT NULL,
    new_amount INTEGER NOT NULL,
    new_unit TEXT NOT NULL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at BIGINT NOT NULL
);
CREATE INDEX retention_rule_changes_kind_idx ON retention_rule_changes (data_kind, changed_at);
