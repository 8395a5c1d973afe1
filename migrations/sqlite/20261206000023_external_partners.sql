-- Partners without accounts (issue 19): referrals to an organisation whose staff do not sign
-- in to Lotse, answered through a link sent by e-mail; and appointment reminders by e-mail to
-- clients who asked for them.
--
-- An external organisation (`external` = 1) has one contact person, kept as an account that
-- cannot sign in (no usable password, inactive): so that their answers show in a referral's
-- history and their reads in the audit log under their organisation like anyone's.
--
-- `external_links`: one per referral to an external organisation. The link's token is kept
-- only as a hash. It shows nothing until the contact has typed a one-time code sent in a
-- second mail (`code_hash`, valid until `code_expires_at`, at most five tries); the browser
-- that typed it gets a session (`session_hash` until `session_expires_at`). It ends at
-- `expires_at` (renewable by the case manager) or when withdrawn.
ALTER TABLE organisations ADD COLUMN external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1));

CREATE TABLE external_links (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    withdrawn_at INTEGER,
    code_hash TEXT,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    codes_sent INTEGER NOT NULL DEFAULT 0,
    codes_since INTEGER NOT NULL DEFAULT 0,
    session_hash TEXT,
    session_expires_at INTEGER,
    last_viewed_at INTEGER,
    created_at INTEGER NOT NULL,
    CONSTRAINT external_links_token_key UNIQUE (token_hash),
    CONSTRAINT external_links_referral_key UNIQUE (referral_id)
);
CREATE INDEX external_links_contact_idx ON external_links (contact_id);

-- A client's agreement to be reminded of appointments by e-mail (to `clients.email`), given
-- in the portal; and the reminders sent, one per appointment.
ALTER TABLE clients ADD COLUMN appointment_reminders INTEGER NOT NULL DEFAULT 0 CHECK (appointment_reminders IN (0, 1));

CREATE TABLE appointment_reminders (
    appointment_id INTEGER PRIMARY KEY REFERENCES appointments (id) ON DELETE CASCADE,
    sent_at INTEGER NOT NULL
);
