-- "Who saw my data" reads the entries about one client written by someone else. They are a
-- few among the client's own portal views, and far fewer than the log's newest entries, which
-- PostgreSQL's planner walked backwards instead when its estimate was off (0.25 s at 275,000
-- entries). This index holds exactly those entries, in the order the page lists them.
CREATE INDEX audit_log_seen_by_others_idx ON audit_log (client_id, at)
    WHERE allowed = 1 AND actor_role <> 'client';
