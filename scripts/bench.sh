#!/usr/bin/env bash
# `make bench`: bundle size, and latency/throughput of pages against a static file of the
# same server in the same run (release build, demo data in a fresh SQLite database); pages at
# scale (BENCH_CLIENTS synthetic clients) and the mixed workload of many users at once, on
# SQLite and PostgreSQL. BENCH_ONLY names the parts to run, alone or with others
# ("pages mixed"): demo (the demo municipality's pages against the static file), pages (the
# pages at scale), mixed (the mixed workload, with its database), export (the retention run
# and the caseload export). BENCH_BACKENDS ("sqlite postgres") limits the backends, BENCH_BIN
# measures another build of the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
for tool in wrk brotli sqlite3; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"; }
done
bin="${BENCH_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/lotse-target}/release/lotse}"
duration="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-16}"
only="${BENCH_ONLY:-}"
full() { [ -z "$only" ]; }
# True when the whole bench runs or BENCH_ONLY names the part `$1`.
wants() { full || [[ " $only " == *" $1 "* ]]; }
backends="${BENCH_BACKENDS:-sqlite postgres}"
on() { [[ " $backends " == *" $1 "* ]]; }
# A process's peak resident memory so far, in MB.
peak_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# Release builds give the files content-hashed names (lotse.<hash>.wasm, lotse-tasks.<hash>.wasm).
pkg() { find target/site/pkg -maxdepth 1 -name "$1.*.$2" | head -n 1; }

if full; then
  target="${CARGO_TARGET_DIR:-$HOME/.cache/lotse-target}"
  bundle() { # title name
    echo "== $1"
    local raw=0 br=0 f size packed
    for f in "$(pkg "$2" wasm)" "$(pkg "$2" js)"; do
      size=$(stat -c %s "$f"); packed=$(brotli -c -q 11 "$f" | wc -c)
      printf '  %-36s %8d bytes raw %8d bytes brotli\n' "$(basename "$f")" "$size" "$packed"
      raw=$((raw + size)); br=$((br + packed))
    done
    printf '  %-36s %8d bytes raw %8d bytes brotli\n' "total" "$raw" "$br"
  }
  bundle "light bundle (staff pages)" lotse
  bundle "client portal's bundle" lotse-portal
  bundle "volunteer's bundle (their task list)" lotse-tasks

  # Where the WASM's bytes go: the largest items of the unstripped modules (twiggy).
  command -v twiggy >/dev/null || cargo install twiggy --locked
  for which in "light:$target/front/wasm32-unknown-unknown/wasm-release/frontend.wasm" \
    "portal:$target/light/lotse-portal.wasm" "volunteer:$target/light/lotse-tasks.wasm"; do
    unstripped="${which#*:}"
    if [ -f "$unstripped" ]; then
      echo "== ${which%%:*} WASM by item (twiggy top, unstripped, before wasm-bindgen and wasm-opt)"
      twiggy top -n 25 "$unstripped" | sed 's/^/  /'
    fi
  done
fi

export LOTSE_SITE_ROOT=target/site RUST_LOG=warn

# The session cookie (name=value) that signing in at a server sets: `signed_in BASE FORM
# [PATH] [COOKIE]`; by default a staff sign-in and its lotse_session cookie.
signed_in() {
  local at=$1 form=$2 path=${3:-/api/sign_in} name=${4:-lotse_session}
  curl -fs -D - -o /dev/null -H 'Accept: application/json' --data "$form" "$at$path" \
    | awk -F'[:;]' -v name="$name=" 'tolower($1) == "set-cookie" && index($2, name) { gsub(/^ /, "", $2); print $2 }'
}
# A demo staff account's session cookie: `staff_cookie BASE EMAIL`.
staff_cookie() { signed_in "$1" "email=$2&password=lotse-demo"; }

report=$(mktemp)
cat > "$report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
# The machine's CPU time so far (busy and all, in ticks) and its context switches, from
# /proc/stat: a page that leaves the cores idle waits on something other than CPU.
machine() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; all = busy + $5 + $6 } /^ctxt/ { c = $2 } END { print busy, all, c }' /proc/stat; }
measure() { # name path [cookie]
  local header=() before after
  [ -n "${3:-}" ] && header=(-H "Cookie: $3; lotse_lang=de")
  [ -z "${3:-}" ] && header=(-H "Cookie: lotse_lang=de")
  before=$(machine)
  wrk -t2 -c"$connections" -d"${duration}s" "${header[@]}" -s "$report.lua" "$base$2" 2>/dev/null | tail -n 1 > "$report"
  after=$(machine)
  read -r rps p50 p95 errors < "$report"
  printf '  %-26s %9s req/s   p50 %7s ms   p95 %7s ms   errors %s   %s\n' "$1" "$rps" "$p50" "$p95" "$errors" \
    "$(echo "$before $after" | awk -v rps="$rps" -v s="$duration" '{
      printf "CPU busy %.0f%%, %.0f context switches per request", 100 * ($4 - $1) / ($5 - $2 + 1e-9), ($6 - $3) / (rps * s + 1e-9) }')"
  eval "rps_$4=$rps"
}
share() { # page share-needed label
  local rps_page; rps_page=$(eval echo "\$rps_$1")
  awk -v p="$rps_page" -v s="$rps_static" -v need="$2" -v name="$3" 'BEGIN {
    printf "  %-26s %.0f%% of static: %s\n", name, 100 * p / s, (p >= s * need ? "within budget" : "OVER BUDGET") }'
}
# The case manager's dashboard and the plan page of a demo case, against the static file of
# the same server: SQLite here, PostgreSQL below when it is available.
data_pages() { # cookie
  local plan
  plan=$(curl -fs -H "Cookie: $1; lotse_lang=de" "$base/" | grep -o '/cases/[0-9]*/plan' | head -n 1)
  measure "start page (dashboard)" / "$1" start
  measure "plan page ($plan)" "$plan" "$1" plan
}

# The demo municipality: its pages against a static file of the same server.
if wants demo; then
  data=$(mktemp -d)
  port=$(scripts/free-port.sh)
  export LOTSE_DATA_DIR="$data" LOTSE_LISTEN="127.0.0.1:$port"
  "$bin" demo-data >/dev/null
  "$bin" retention --apply >/dev/null # the day's run done before measuring
  "$bin" serve >/dev/null 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

  cookie=$(staff_cookie "$base" fallmanager@lotse.example)
  [ -n "$cookie" ] || { echo "could not sign in"; exit 1; }

  if full; then
    echo "== page weight in Chromium (first and second visit)"
    (cd end2end && node bench/page-weight.mjs "$base")
  fi

  css="/pkg/$(basename "$(pkg lotse css)")"
  if on sqlite; then
    echo "== HTTP, ${connections} keep-alive connections, ${duration}s each (wrk), demo data on SQLite"
    measure "static file ($css)" "$css" "" static
    measure "sign-in page" /sign-in "" signin
    data_pages "$cookie"
    echo "== budget: the sign-in page at least half the static file's throughput, dashboard and plan page a third"
    share signin 0.5 "sign-in page"
    share start 0.3333 "dashboard (SQLite)"
    share plan 0.3333 "plan page (SQLite)"
    echo "  server's peak resident memory: $(peak_mb "$pid") MB"
  fi
  pg=$(scripts/postgres-url.sh)
  if [ -n "$pg" ] && on postgres; then
    demo_db="lotse_bench_demo_$$"
    psql "$pg" -qc "CREATE DATABASE $demo_db" >/dev/null
    pg_data=$(mktemp -d)
    pg_port=$(scripts/free-port.sh)
    pg_env=(LOTSE_DATA_DIR="$pg_data" LOTSE_LISTEN="127.0.0.1:$pg_port" DATABASE_URL="${pg%/*}/$demo_db")
    env "${pg_env[@]}" "$bin" demo-data >/dev/null
    env "${pg_env[@]}" "$bin" retention --apply >/dev/null
    env "${pg_env[@]}" "$bin" serve >/dev/null 2>&1 &
    pg_pid=$!
    sqlite_base="$base"
    base="http://127.0.0.1:$pg_port"
    for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
    pg_cookie=$(staff_cookie "$base" fallmanager@lotse.example)
    echo "== HTTP, demo data on PostgreSQL (one lotse process)"
    measure "static file ($css)" "$css" "" static
    data_pages "$pg_cookie"
    share start 0.3333 "dashboard (PostgreSQL)"
    share plan 0.3333 "plan page (PostgreSQL)"
    echo "  server's peak resident memory: $(peak_mb "$pg_pid") MB"
    kill "$pg_pid" 2>/dev/null; wait "$pg_pid" 2>/dev/null || true
    psql "$pg" -qc "DROP DATABASE $demo_db" >/dev/null
    rm -rf "$pg_data"
    base="$sqlite_base"
  fi
fi

# Case management at scale: dashboard (start page), client search, plan page, on SQLite and
# on PostgreSQL, with BENCH_CLIENTS synthetic clients (cases, plans of ten steps, history).
clients="${BENCH_CLIENTS:-100000}"
few="${BENCH_CASE_CONNECTIONS:-4}"
search_script() { # file text
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.body = "text=$2&birth_year=&page=1"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
LUA
  cat "$report.lua" >> "$1"
}
search_script "$report.search.lua" "olena+kovalenko"
search_script "$report.search1.lua" "olena"

# The pages of case management at scale, in `scale` (its env, sbase, scookie).
pages_at_scale() {
  local case_id
  case_id=$(curl -fs -H "Cookie: $scookie; lotse_lang=de" "$sbase/" | grep -o '/cases/[0-9]*/plan' | head -n 1 | grep -o '[0-9]*')
  # Course search: Reza Ahmadi's (demo case 2) integration-course step, as its API call.
  local step_id
  step_id=$(curl -fs -H "Cookie: $scookie; lotse_lang=de" "$sbase/cases/2/plan" | grep -o 'network?step=[0-9]*' | head -n 1 | grep -o '[0-9]*$')
  cat > "$report.courses.lua" <<LUA
wrk.method = "POST"
wrk.body = "case_id=2&step_id=$step_id&any_type=false"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
LUA
  cat "$report.lua" >> "$report.courses.lua"
  # The course provider's inbox: a referral for every second synthetic case goes there.
  local pcookie
  pcookie=$(staff_cookie "$sbase" kurstraeger@lotse.example)
  # The programme coordinator (figures over all cases).
  local kcookie
  kcookie=$(staff_cookie "$sbase" koordination@lotse.example)
  # Amira Haddad in the client portal (her own session).
  local ccookie
  ccookie=$(signed_in "$sbase" "code=DEMO-AMIRA&pin=246810" /api/portal_sign_in lotse_portal)
  for what in "dashboard (start page)|/|" "search 'olena kovalenko'|/api/search_clients|$report.search.lua" \
      "search 'olena' (one word)|/api/search_clients|$report.search1.lua" "plan page (case $case_id)|/cases/$case_id/plan|" \
      "course search (step $step_id)|/api/load_network|$report.courses.lua" "partner inbox (course provider)|/inbox||partner" \
      "portal: my plan (Amira)|/portal||client" "portal: who saw my data|/portal/access||client" \
      "figures page (12 months, all)|/coordination||coordinator" \
      "figures page (district Kalk)|/coordination?district=kalk||coordinator"; do
    IFS='|' read -r name path script who <<< "$what"
    local wcookie="$scookie"
    [ "${who:-}" = partner ] && wcookie="$pcookie"
    [ "${who:-}" = client ] && wcookie="$ccookie"
    [ "${who:-}" = coordinator ] && wcookie="$kcookie"
    local budget=25
    [ "${who:-}" = coordinator ] && budget=200
    # Server time: one connection, so the latency is the server's, not queueing on 2 cores.
    wrk -t1 -c1 -d"${duration}s" -H "Cookie: $wcookie; lotse_lang=de" -s "${script:-$report.lua}" "$sbase$path" 2>/dev/null | tail -n 1 > "$report"
    read -r _ p50 p95 errors < "$report"
    # Throughput: several connections.
    wrk -t2 -c"$few" -d"${duration}s" -H "Cookie: $wcookie; lotse_lang=de" -s "${script:-$report.lua}" "$sbase$path" 2>/dev/null | tail -n 1 > "$report"
    read -r rps loaded_p50 loaded_p95 loaded_errors < "$report"
    printf '  %-30s p50 %6s ms  p95 %6s ms  %s | %s connections: %5s req/s, p95 %6s ms, errors %s\n' "$name" "$p50" "$p95" \
      "$(awk -v p="$p95" -v b="$budget" 'BEGIN { print (p < b ? "(p95 within " b " ms)" : "(p95 OVER " b " ms)") }')" "$few" "$rps" "$loaded_p95" "$((errors + loaded_errors))"
  done
  # Figures of a filter nobody asked for yet: computed on this request (then kept 10 minutes).
  local cold
  cold=$(curl -fs -o /dev/null -w '%{time_total}' -H "Cookie: $kcookie; lotse_lang=de" "$sbase/coordination?district=porz&from=2025-06-01")
  printf '  %-30s %s s (summed from the compact table on the request; the page above reads the kept snapshot)\n' "figures, first view of a filter" "$cold"
}

# The retention run and the caseload export at scale, in `scale` (its env, sbase, spid, scookie).
retention_and_export() {
  # The retention run with 10 % of the clients due (cases closed and a consent ended four years ago):
  # its run time, and the dashboard's server time while it runs (one connection, as above;
  # wrk stops when the run has ended).
  env "${env[@]}" "$bin" demo-data --due-share 10 | tail -n 1 | sed 's/^/  /'
  local runlog; runlog=$(mktemp)
  wrk -t1 -c1 -d120s -H "Cookie: $scookie; lotse_lang=de" -s "$report.lua" "$sbase/" > "$runlog.wrk" 2>/dev/null &
  local wpid=$!
  sleep 1 # wrk under way
  env "${env[@]}" RUST_LOG=error "$bin" retention --apply > "$runlog"
  kill -INT "$wpid" 2>/dev/null; wait "$wpid" 2>/dev/null || true
  tail -n 1 "$runlog.wrk" > "$report"
  read -r _ p50 p95 errors < "$report"
  printf '  %-30s %s; dashboard meanwhile: p50 %s ms, p95 %s ms, errors %s\n' "retention run (10 % due)" \
    "$(head -n 1 "$runlog" | sed 's/^Retention run [0-9]*: //')" "$p50" "$p95" "$errors"
  rm -f "$runlog" "$runlog.wrk"
  # Export: every case assigned to the demo case manager, downloaded as CSV once; the
  # server's resident memory before and its peak after show whether the export streams.
  env "${env[@]}" "$bin" demo-data --assign-all-to fallmanager@lotse.example | tail -n 1 | sed 's/^/  /'
  local rss_before; rss_before=$(awk '/VmRSS/ { print $2 }' "/proc/$spid/status")
  local peak_before; peak_before=$(awk '/VmHWM/ { print $2 }' "/proc/$spid/status")
  local out; out=$(mktemp)
  local timing
  timing=$(curl -fs -o "$out" -w '%{time_total}' -H "Cookie: $scookie; lotse_lang=de" "$sbase/clients/export.csv")
  local rows; rows=$(($(wc -l < "$out") - 1))
  local peak; peak=$(awk '/VmHWM/ { print $2 }' "/proc/$spid/status")
  printf '  %-30s %s cases in %s s (%s); %s bytes; server RSS %s MB before (peak so far %s MB), peak after %s MB\n' "caseload CSV export" "$rows" "$timing" \
    "$(awk -v t="$timing" 'BEGIN { print (t < 10 ? "within 10 s" : "OVER 10 s") }')" "$(stat -c %s "$out")" \
    "$((rss_before / 1024))" "$((peak_before / 1024))" "$((peak / 1024))"
  rm -f "$out"
}

# The mixed workload (issue 21), in `scale` (its env, sbase, spid, dir) on the database whose
# pages were measured above: the workload's users are made (`demo-data --load-users`), then
# they work at once for BENCH_MIXED_SECONDS (end2end/bench/mixed-load.mjs, which also reports
# the servers' peak resident memory). SQLite is served by one lotse process; PostgreSQL by
# two on two ports, the users split across them.
mixed() { # database-url (empty: SQLite)
  local users="$dir/load-users.json"
  env "${env[@]}" "$bin" demo-data --load-users "$users" | tail -n 1 | sed 's/^/  /'
  local pids=("$spid") bases="$sbase" count=(--sqlite "$dir/lotse.sqlite3")
  if [ -n "$1" ]; then
    local port3; port3=$(scripts/free-port.sh)
    env "${env[@]}" LOTSE_LISTEN="127.0.0.1:$port3" "$bin" serve >>"${BENCH_SERVER_LOG:-/dev/null}" 2>&1 &
    pids+=($!)
    bases+=",http://127.0.0.1:$port3"
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port3/healthz" >/dev/null && break; sleep 0.1; done
    count=(--postgres "$1")
  fi
  (cd end2end && node bench/mixed-load.mjs --users "$users" --base "$bases" --pids "$(IFS=,; echo "${pids[*]}")" "${count[@]}") \
    || echo "  MIXED WORKLOAD FAILED: errors or lost writes (see above)"
  if [ -n "$1" ]; then
    kill "${pids[1]}" 2>/dev/null; wait "${pids[1]}" 2>/dev/null || true
  fi
  rm -f "$users"
}

# 1 once the figures' compact table has been written (figure_facts_state has its row).
facts_built() { # database-url (empty: SQLite) data-dir
  if [ -n "$1" ]; then
    psql "$1" -Atc "SELECT COUNT(*) FROM figure_facts_state" 2>/dev/null || true
  else
    sqlite3 "$2/lotse.sqlite3" "SELECT COUNT(*) FROM figure_facts_state" 2>/dev/null || true
  fi
}

scale() { # backend database-url
  local dir; dir=$(mktemp -d)
  local port2; port2=$(scripts/free-port.sh)
  local env=(LOTSE_DATA_DIR="$dir" LOTSE_LISTEN="127.0.0.1:$port2")
  [ -n "$2" ] && env+=(DATABASE_URL="$2")
  echo "== $1: ${clients} synthetic clients"
  env "${env[@]}" "$bin" demo-data --clients "$clients" | tail -n 1 | sed 's/^/  /'
  # The day's retention run before serving, so that it is measured here and not inside the
  # page latencies below (the server's schedule then finds the day's run done).
  env "${env[@]}" RUST_LOG=error "$bin" retention --apply | sed -n '1s/^/  /p'
  # The load's last writes flushed to the data files now: otherwise PostgreSQL's checkpoint
  # writes back its gigabytes while the first pages are measured (their commits' fsyncs
  # then wait: dashboard p95 57-60 ms instead of 16), and SQLite's WAL stays long.
  if [ -n "$2" ]; then
    psql "$2" -qc "CHECKPOINT"
  else
    sqlite3 "$dir/lotse.sqlite3" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  fi
  env "${env[@]}" "$bin" serve >"${BENCH_SERVER_LOG:-/dev/null}" 2>&1 &
  local spid=$!
  local sbase="http://127.0.0.1:$port2"
  for _ in $(seq 1 100); do curl -fs "$sbase/healthz" >/dev/null && break; sleep 0.1; done
  # The server's first tick writes the figures' compact table (seconds of work at this
  # scale, again every five minutes): the pages are measured after it, as users meet them
  # most of the time, not while it runs.
  local waited=0
  until [ "$(facts_built "$2" "$dir")" = 1 ] || [ "$waited" -ge 300 ]; do sleep 1; waited=$((waited + 1)); done
  echo "  the server's first tick wrote the figures' compact table within ${waited} s of starting"
  local scookie
  scookie=$(staff_cookie "$sbase" fallmanager@lotse.example)
  if wants pages; then pages_at_scale; fi
  if wants mixed; then mixed "$2"; fi
  if wants export; then retention_and_export; fi
  kill "${spid:-}" 2>/dev/null; wait "${spid:-}" 2>/dev/null || true
  rm -rf "$dir"
}
if wants pages || wants mixed || wants export; then
  if on sqlite; then scale "SQLite" ""; fi
  pg=$(scripts/postgres-url.sh)
  if on postgres && [ -n "$pg" ]; then
    bench_db="lotse_bench_$$"
    psql "$pg" -qc "CREATE DATABASE $bench_db" >/dev/null
    scale "PostgreSQL" "${pg%/*}/$bench_db"
    psql "$pg" -qc "DROP DATABASE $bench_db" >/dev/null
  elif on postgres; then
    echo "== PostgreSQL: not available, skipped"
  fi
fi
rm -f "$report" "$report.lua" "$report.search.lua" "$report.search1.lua"
