-- Single sign-on through an organisation's OpenID Connect provider (issue 18).
--
-- One provider per organisation: its issuer (discovery at
-- `{issuer}/.well-known/openid-configuration`), the client Lotse is registered as, and the
-- claim of the ID token that identifies a person (`sub` unless the city's IT says otherwise).
-- The secret is kept readable: Lotse sends it to the provider. `end_session_endpoint` is the
-- provider's sign-out page if its discovery document names one (read again at every sign-in).
CREATE TABLE sign_in_providers (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    subject_claim TEXT NOT NULL DEFAULT 'sub',
    end_session_endpoint TEXT,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at INTEGER NOT NULL
);

-- A sign-in on its way through the provider: the `state` sent along (its SHA-256), the
-- browser that started it (SHA-256 of a random value in a short-lived cookie), the nonce the
-- ID token must carry and the PKCE verifier. A row is taken (deleted) when the provider sends
-- the browser back, so a state is used once; rows older than ten minutes are worth nothing.
CREATE TABLE provider_sign_ins (
    state_hash TEXT PRIMARY KEY,
    browser_hash TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- The person at a provider an account is bound to: bound at the first sign-in through the
-- verified e-mail address, found by the subject afterwards.
CREATE TABLE user_identities (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    bound_at INTEGER NOT NULL,
    UNIQUE (issuer, subject)
);
