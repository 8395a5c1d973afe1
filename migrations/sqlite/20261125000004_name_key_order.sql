-- Name keys carry the client's organisation and sort name, so that a search chooses its page
-- of results from the key index alone and reads only those clients.
ALTER TABLE client_name_keys ADD COLUMN organisation_id INTEGER;
ALTER TABLE client_name_keys ADD COLUMN sort_name TEXT;
UPDATE client_name_keys SET
    organisation_id = (SELECT c.organisation_id FROM clients c WHERE c.id = client_name_keys.client_id),
    sort_name = (SELECT c.family_name || ' ' || c.given_names FROM clients c WHERE c.id = client_name_keys.client_id);
CREATE INDEX client_name_keys_search_idx ON client_name_keys (search_key, organisation_id, sort_name, client_id);
