#!/usr/bin/env bash
# `make bench`: bundle size, and latency/throughput of pages against a static file of the
# same server in the same run (release build, demo data in a fresh SQLite database).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
for tool in wrk brotli; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"; }
done
bin="${CARGO_TARGET_DIR:-$HOME/.cache/lotse-target}/release/lotse"
duration="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-16}"

echo "== WASM + JS bundle (release)"
raw=0; br=0
for f in target/site/pkg/lotse.wasm target/site/pkg/lotse.js; do
  size=$(stat -c %s "$f"); packed=$(brotli -c -q 11 "$f" | wc -c)
  printf '  %-28s %8d bytes raw %8d bytes brotli\n' "$(basename "$f")" "$size" "$packed"
  raw=$((raw + size)); br=$((br + packed))
done
printf '  %-28s %8d bytes raw %8d bytes brotli\n' "total" "$raw" "$br"

data=$(mktemp -d)
port=$(scripts/free-port.sh)
export LOTSE_DATA_DIR="$data" LOTSE_SITE_ROOT=target/site LOTSE_LISTEN="127.0.0.1:$port" RUST_LOG=warn
"$bin" demo-data >/dev/null
"$bin" serve >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

cookie=$(curl -fs -D - -o /dev/null -H 'Accept: application/json' \
  --data 'email=fallmanager@lotse.example&password=lotse-demo' "$base/api/sign_in" \
  | awk -F'[:;]' 'tolower($1) == "set-cookie" && $2 ~ /lotse_session=/ { gsub(/^ /, "", $2); print $2 }')
[ -n "$cookie" ] || { echo "could not sign in"; exit 1; }

report=$(mktemp)
cat > "$report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
measure() { # name path [cookie]
  local header=()
  [ -n "${3:-}" ] && header=(-H "Cookie: $3; lotse_lang=de")
  [ -z "${3:-}" ] && header=(-H "Cookie: lotse_lang=de")
  wrk -t2 -c"$connections" -d"${duration}s" "${header[@]}" -s "$report.lua" "$base$2" 2>/dev/null | tail -n 1 > "$report"
  read -r rps p50 p95 errors < "$report"
  printf '  %-26s %9s req/s   p50 %7s ms   p95 %7s ms   errors %s\n' "$1" "$rps" "$p50" "$p95" "$errors"
  eval "rps_$4=$rps"
}
echo "== HTTP, ${connections} keep-alive connections, ${duration}s each (wrk)"
measure "static file (/pkg/lotse.css)" /pkg/lotse.css "" static
measure "sign-in page" /sign-in "" signin
measure "start page (signed in)" / "$cookie" start
echo "== budget: each page at least half the static file's throughput"
for page in signin start; do
  rps_page=$(eval echo "\$rps_$page")
  verdict=$(awk -v p="$rps_page" -v s="$rps_static" 'BEGIN { printf "%.0f%% of static: %s", 100 * p / s, (p >= s / 2 ? "within budget" : "OVER BUDGET") }')
  echo "  $page: $verdict"
done
rm -f "$report" "$report.lua"
