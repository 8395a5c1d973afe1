-- The programme figures' compact table: the live records counted as the figures count them,
-- grouped (cases by the hour they were opened, steps by their due day, ...), without any
-- person. The server's tick writes a new generation of it every few minutes and the figures
-- of any filter read it beside `figure_inputs` (the kept inputs of deleted records) instead
-- of aggregating a million plan steps per request (see app/src/server/coordination/figure_facts.rs).
CREATE TABLE figure_facts (
    generation BIGINT NOT NULL,
    kind TEXT NOT NULL,
    at BIGINT,
    on_day TEXT,
    district TEXT,
    organisation_id BIGINT,
    label TEXT,
    label2 TEXT,
    partner_id BIGINT,
    days BIGINT,
    days2 BIGINT,
    -- How many records of the group are flagged (steps done on time, interpreters arranged).
    flag BIGINT,
    -- How many records the group holds.
    n BIGINT NOT NULL,
    -- How many people (cases) the group's steps belong to.
    people BIGINT
);
CREATE INDEX figure_facts_at_idx ON figure_facts (generation, kind, at);
CREATE INDEX figure_facts_day_idx ON figure_facts (generation, kind, on_day);

-- The generation the figures read, when it was read from the live records, and the last kept
-- input it already saw deleted (later inputs are still counted among its live records).
CREATE TABLE figure_facts_state (
    id BIGINT PRIMARY KEY,
    generation BIGINT NOT NULL,
    built_at BIGINT NOT NULL,
    inputs_upto BIGINT NOT NULL
);
