#!/usr/bin/env bash
# Serves the release build on port $1 with the demo world in a fresh SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
port="$1"
bin="${LOTSE_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/lotse-target}/release/lotse}"
data="$(mktemp -d)"
export LOTSE_DATA_DIR="$data" LOTSE_SITE_ROOT=target/site LOTSE_LISTEN="127.0.0.1:$port"
"$bin" demo-data >/dev/null
"$bin" serve &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT INT TERM
wait "$pid"
