#!/usr/bin/env bash
# Prints the PostgreSQL URL for tests: LOTSE_TEST_POSTGRES_URL if set, else the local server
# at 127.0.0.1:5432 when it answers; prints nothing when there is none.
if [ -n "${LOTSE_TEST_POSTGRES_URL:-}" ]; then echo "$LOTSE_TEST_POSTGRES_URL"; exit 0; fi
url="postgres://postgres@127.0.0.1:5432/postgres"
if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then echo "$url"; exit 0; fi
if command -v psql >/dev/null && psql "$url" -Atqc 'select 1' >/dev/null 2>&1; then echo "$url"; fi
