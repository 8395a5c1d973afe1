-- Partner network: assignment of case managers to cases, the service directory (offers with
-- languages and start dates), consents to share data with an organisation, referrals with
-- their events and messages, and the append-only, hash-chained audit log.
-- Calendar dates are 'YYYY-MM-DD' text, instants ms since the epoch, flags 0/1.

-- Case managers who work on a case besides its owner.
CREATE TABLE case_assignments (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    assigned_by BIGINT NOT NULL REFERENCES users (id),
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignments_user_idx ON case_assignments (user_id);

CREATE TABLE offers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    service_type TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    district TEXT NOT NULL,
    address TEXT NOT NULL,
    entry_level TEXT,
    target_level TEXT,
    childcare BIGINT NOT NULL DEFAULT 0,
    accessible BIGINT NOT NULL DEFAULT 0,
    schedule TEXT NOT NULL,
    capacity BIGINT,
    free_seats BIGINT,
    documents TEXT NOT NULL,
    contact TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    next_start TEXT,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX offers_type_idx ON offers (service_type, active, next_start);
CREATE INDEX offers_organisation_idx ON offers (organisation_id);

CREATE TABLE offer_languages (
    offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (offer_id, language)
);

CREATE TABLE offer_starts (
    offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    PRIMARY KEY (offer_id, starts_on)
);

-- Consent to share named categories of a client's data with one organisation for one purpose.
CREATE TABLE consents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    purpose TEXT NOT NULL,
    entrusted_by TEXT,
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    method TEXT NOT NULL,
    interpreter_language TEXT,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES users (id),
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX consents_client_idx ON consents (client_id, organisation_id);

CREATE TABLE consent_categories (
    consent_id BIGINT NOT NULL REFERENCES consents (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (consent_id, category)
);

CREATE TABLE referrals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    step_id BIGINT REFERENCES steps (id) ON DELETE SET NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    offer_id BIGINT REFERENCES offers (id),
    purpose TEXT NOT NULL,
    message TEXT NOT NULL,
    response_due TEXT NOT NULL,
    status TEXT NOT NULL,
    decline_reason TEXT,
    outcome TEXT,
    seat TEXT,
    starts_on TEXT,
    sent_by BIGINT NOT NULL REFERENCES users (id),
    sent_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX referrals_organisation_idx ON referrals (organisation_id, status, response_due, id);
CREATE INDEX referrals_case_idx ON referrals (case_id);
CREATE INDEX referrals_client_idx ON referrals (client_id, organisation_id, status);
CREATE INDEX referrals_sender_idx ON referrals (sent_by, status, response_due);
CREATE INDEX referrals_start_idx ON referrals (seat, starts_on);
CREATE INDEX referrals_recipient_recent_idx ON referrals (organisation_id, status, id);

-- Course access and waiting times read a step's status changes.
CREATE INDEX step_status_changes_step_idx ON step_status_changes (step_id, to_status);

CREATE TABLE referral_categories (
    referral_id BIGINT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (referral_id, category)
);

CREATE TABLE referral_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id BIGINT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    status TEXT,
    note TEXT,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, at);

-- Every read and write of personal data. Rows are chained: `hash` covers the row and the
-- previous row's hash, so a changed or missing row breaks the chain. Triggers refuse
-- updates and deletes.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_role TEXT NOT NULL,
    organisation_id BIGINT,
    client_id BIGINT,
    record TEXT NOT NULL,
    action TEXT NOT NULL,
    purpose TEXT NOT NULL,
    basis TEXT NOT NULL,
    categories TEXT NOT NULL,
    allowed BIGINT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_client_idx ON audit_log (client_id, at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);

CREATE TABLE audit_chain (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, seq, last_hash) VALUES (1, 0, 'lotse-audit-genesis');

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
