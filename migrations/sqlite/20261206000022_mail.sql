-- E-mail (issue 19): the outbox, what each person wants to be told, and what they were told.
--
-- A mail is written to `outbox` in the same transaction as the event that causes it, in the
-- recipient's language, with no personal data about clients in it (only a link). A worker in
-- one of the `lotse` processes claims it (`claimed_by` until `claimed_until`, one
-- conditional update, so two processes never send the same row), sends it over SMTP and
-- marks it sent; a refused or broken attempt is tried again after a growing pause
-- (`next_attempt_at`) and, after too many, marked failed. Without a mail server configured the
-- mails stay waiting, readable by administrators. `message_id` is the Message-ID header, the
-- same on every attempt, so a receiving server can drop a duplicate.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by TEXT,
    claimed_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_due_idx ON outbox (state, next_attempt_at);
CREATE INDEX outbox_user_idx ON outbox (user_id);

-- The language a staff member's mails are written in, and the day their last digest went out.
CREATE TABLE mail_settings (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    last_digest_on TEXT
);

-- Per person and kind of event: at once (`now`, the default where no row is), in a daily
-- digest, or never.
CREATE TABLE notification_preferences (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('now', 'daily', 'never')),
    PRIMARY KEY (user_id, kind)
);

-- What a person was told of (or is to be told in the next digest): once per person, kind and
-- thing (`subject_key`, e.g. `referral:12`), so that a job that looks again does not tell
-- twice. `digested_at` is set when a daily digest took it.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    link TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('now', 'daily')),
    created_at INTEGER NOT NULL,
    digested_at INTEGER,
    CONSTRAINT notifications_once UNIQUE (user_id, kind, subject_key)
);
CREATE INDEX notifications_digest_idx ON notifications (delivery, digested_at, user_id);

-- Referrals past their response date whose sender and recipients were told so (once each).
CREATE TABLE referral_overdue_told (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    at INTEGER NOT NULL
);
