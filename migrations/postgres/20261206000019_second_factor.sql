-- Sign-in for municipal IT (issue 18): a second factor for staff accounts, required per
-- organisation, and sessions a user can see and end on "Mein Konto".
--
-- Sessions gain a public id (what "Mein Konto" names a session by; the token's hash never
-- leaves the server), the browser it was started in, how it was signed in, and its stage:
-- 'full'; 'second-factor' (the password was right, the code is still to come); 'setup' (the
-- organisation requires a second factor that the user has yet to set up). Only a full session
-- reaches any data. The sessions of the previous release end: they have no public id.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN signed_in_with TEXT NOT NULL DEFAULT 'password';
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
CREATE UNIQUE INDEX sessions_public_id_idx ON sessions (public_id);

ALTER TABLE organisations ADD COLUMN require_second_factor BIGINT NOT NULL DEFAULT 0 CHECK (require_second_factor IN (0, 1));

-- An authenticator app's shared secret (base32, RFC 6238: SHA-1, 6 digits, 30 s), in use once
-- confirmed (`confirmed_at`). `pending_secret` is one being set up (a first app, or a new
-- phone), which replaces `secret` when a code from it is confirmed. `last_step` is the time
-- step of the last code accepted, so that no code is accepted twice.
CREATE TABLE totp_factors (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    pending_secret TEXT,
    confirmed_at BIGINT,
    last_step BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- One-time recovery codes, stored as SHA-256 hashes (they are random, 50 bits each).
CREATE TABLE recovery_codes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id, code_hash);
