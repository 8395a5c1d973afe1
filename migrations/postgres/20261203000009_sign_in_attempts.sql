-- Throttling counts attempts per key in one row, so counting and checking are one atomic
-- upsert (issue 22): the event rows of sign_in_failures had to be counted in a second step,
-- which parallel guesses raced past.
DROP TABLE sign_in_failures;

CREATE TABLE sign_in_attempts (
    -- 'account:<e-mail>', 'portal:<code hash>', 'password:<user id>', 'address:<door>:<ip>'
    throttle_key TEXT PRIMARY KEY,
    window_started_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL
);
CREATE INDEX sign_in_attempts_window_idx ON sign_in_attempts (window_started_at);
