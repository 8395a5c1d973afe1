-- Passkeys (WebAuthn) as a second factor for staff accounts (issue 18, third part).
--
-- A passkey is kept as webauthn-rs stores it (`passkey`, JSON: the credential id, its public
-- key and signature counter; nothing secret). `credential_id` (hex) finds it when an
-- authenticator answers; `user_handle` is the random id authenticators know the account by
-- (the same for all of a user's passkeys, never the user's number or address).
CREATE TABLE passkeys (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    user_handle TEXT NOT NULL,
    name TEXT NOT NULL,
    passkey TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_user_idx ON passkeys (user_id);

-- A registration or sign-in under way: the challenge sent to the browser and what checks the
-- answer (webauthn-rs's state, JSON), one per user and kind, taken once, valid five minutes.
-- In the database, so that any `lotse` process can receive the answer.
CREATE TABLE passkey_ceremonies (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'sign-in')),
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
