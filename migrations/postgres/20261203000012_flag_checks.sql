-- Keeps the two migration directories in step: the SQLite migration of this number adds the
-- CHECKs on users.active and clients.interpreter_needed that PostgreSQL has had since
-- 20261125000001 and 20261125000002.
SELECT 1;
