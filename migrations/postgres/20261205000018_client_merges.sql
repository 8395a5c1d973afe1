-- Merging two records of one person (registered twice, in different spellings). The record
-- that goes hands everything over to the record that stays (cases, household, notes,
-- consents, referrals, tasks, holds, erasure requests, the subjects that name it in the audit
-- log) and is deleted. This table keeps, on the record that stays, what was merged into it:
-- the number and the name the other record had (the same person), which parts of the record
-- were taken from it, who merged and when. It goes with the record that stays.
CREATE TABLE client_merges (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    merged_number BIGINT NOT NULL,
    merged_name TEXT NOT NULL,
    -- The parts taken from the merged record, comma-separated: name, latin, birth, language,
    -- interpreter, phone, email, address, residence. Empty: all kept.
    taken TEXT NOT NULL,
    merged_by BIGINT NOT NULL REFERENCES users (id),
    merged_at BIGINT NOT NULL
);
CREATE INDEX client_merges_client_idx ON client_merges (client_id, merged_at);
