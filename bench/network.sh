#!/usr/bin/env bash
# Crossroads network benchmark (issue 10, section 4): a generated cooperation graph of 20,000 cities,
# 100,000 initiatives, 500 peer-learning events and 100,000 memberships in 40 networks (bench/network.sql)
# on top of the built-in dataset. Measures (a) the full recomputation of the graph's figures in the
# background (the timer crossroads.network.recompute and its phases, read from the actuator), with the
# peak heap from the GC log; (b) the under-connected page, p50/p95/p99 with 4 concurrent clients; (c)
# matching (/api/matches?city=&theme=) the same way when the build has it.
# Usage: bash bench/network.sh      (about 10 minutes; loopback traffic only)
# Environment: BENCH_BUILD=no (use the jar already in target/), BENCH_REQUESTS (per measure, default 2000),
# BENCH_DATA=keep (reuse the generated data of the previous run), BENCH_CLIENTS (default 4), BENCH_HEAP (default 2g), BENCH_PORT (default 18087), BENCH_DB_PORT (default 15487).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench"
port=${BENCH_PORT:-18087}
dbport=${BENCH_DB_PORT:-15487}
requests=${BENCH_REQUESTS:-2000}
clients=${BENCH_CLIENTS:-4}
heap=${BENCH_HEAP:-2g}
app_pid=""
results="$work/network-results.txt"
base="http://127.0.0.1:$port"

source "$here/common.sh"

need psql postgresql-client
need curl curl
need jq jq

for p in $port $dbport; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use (another benchmark?); set BENCH_PORT / BENCH_DB_PORT"; exit 1
  fi
done

mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }
sql() { psql -X -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
value() { sql -tA -c "$1"; }

if [ "${BENCH_BUILD:-yes}" != no ]; then ( cd "$root" && mvn -B -q -DskipTests package ); fi
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)

data="$work/network-data"
start() { # extra arguments for the application
  CROSSROADS_DATA_DIR="$data" CROSSROADS_DB_PORT=$dbport java "-Xmx$heap" "-Xlog:gc:file=$work/network-gc.log" -jar "$jar" \
    --server.port=$port --management.endpoints.web.exposure.include=health,info,metrics \
    --crossroads.network.refresh=PT24H --logging.level.org.crossroads.network.internal=DEBUG "$@" > "$work/network-app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -sf "$base/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $work/network-app.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start within 10 minutes; see $work/network-app.log"; exit 1
}
stop() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
metric() { # name [tag]: total time in seconds of a timer, or nothing while it has not been recorded
  local url="$base/actuator/metrics/$1"; [ -n "${2:-}" ] && url="$url?tag=$2"
  curl -sf "$url" 2>/dev/null | jq -r '.measurements[] | select(.statistic == "TOTAL_TIME") | .value' 2>/dev/null || true; }

report "# Crossroads network benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), heap limit $heap"

# 1. The built-in dataset and the gazetteer, then the generated graph on top
if [ "${BENCH_DATA:-new}" = keep ] && [ -d "$data" ]; then
  report ""; report "## Generated graph: kept from the previous run (BENCH_DATA=keep)"
  cat "$work/network-sql-summary.txt" 2>/dev/null | tee -a "$results" || true
else
rm -rf "$data"
start
report "at start: $(others "(one is ours)")"
t0=$(date +%s.%N)
sql -f "$here/network.sql" > "$work/network-sql.txt"
report ""
report "## Generated graph (bench/network.sql, $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}') s including ANALYZE)"
sed -n '/summary/,$p' "$work/network-sql.txt" | grep -v -- '---' | grep -v '^(' | grep -v '^$' | grep -v summary | sed 's/^ *//' | tee "$work/network-sql-summary.txt" | tee -a "$results"
stop
fi

# 2. The recomputation: the first one after a restart, in the background, on the generated data
: > "$work/network-gc.log"
start
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
total=""
for _ in $(seq 1 900); do
  total=$(metric crossroads.network.recompute)
  [ -n "$total" ] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $work/network-app.log"; exit 1; }
  sleep 1
done
report ""
report "## Full recomputation (background, first run after start; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))"
if [ -z "$total" ]; then report "recomputation: did not finish within 15 minutes (see $work/network-app.log)"; exit 1; fi
report "recomputation: $(awk -v s="$total" 'BEGIN {printf "%.1f", s}') s (target <= 60 s), processor time of its threads $(awk -v s="$(metric crossroads.network.recompute.cpu)" 'BEGIN {printf "%.1f", s}') s"
for phase in read all years; do
  report "  phase $phase: $(awk -v s="$(metric crossroads.network.recompute.phase "phase:$phase")" 'BEGIN {printf "%.1f", s}') s"
done
report "  $(grep -m1 'Cooperation graph computed' "$work/network-app.log" | sed 's/.*Cooperation graph computed/graph computed/')"
report "  processor time per view and step (debug log of ViewComputation):"
grep 'ViewComputation.*View ' "$work/network-app.log" | sed 's/.*: View /    view /' | tee -a "$results"
# Heap from the GC log: the largest heap before a collection (peak use) and after one (live data).
report "  heap (GC log, from start): peak $(grep -o '[0-9]*M->[0-9]*M' "$work/network-gc.log" | cut -dM -f1 | sort -n | tail -1) MB in use, largest live set after a collection $(grep -o '[0-9]*M->[0-9]*M' "$work/network-gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MB"
report "  peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MB"
# What the snapshot keeps: the heap after a full collection, with the snapshot in memory and nothing computing.
jcmd "$app_pid" GC.run >/dev/null 2>&1 || true
sleep 2
report "  heap after a full collection with the snapshot in memory: $(grep 'Pause Full' "$work/network-gc.log" | tail -1 | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//')"
jcmd "$app_pid" GC.class_histogram 2>/dev/null | head -14 > "$work/network-histogram.txt" || true

# 3. The under-connected page: every route, a few countries, pages 0-4, some years
{
  echo "/network/under-connected"
  for route in central_med western_med eastern_med atlantic; do
    for page in 0 1 2 3 4; do echo "/network/under-connected?route=$route&page=$page"; done
  done
  value "select distinct country_code from place p join membership m on m.place_id = p.id order by 1 limit 20" |
    while read -r cc; do echo "/network/under-connected?country=$cc"; done
  for year in 2018 2020 2022 2024; do echo "/network/under-connected?year=$year"; done
} > "$work/network-pages.txt"
# What a page costs in processor time of the application (the page reads the snapshot in memory; no
# database query): much less sensitive than latency to other load on the machine.
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
report ""
report "## Under-connected page ($requests requests, $clients clients; target p95 <= 150 ms)"
t0=$(ticks)
report "$(java "$here/NetworkLatency.java" "$base" "$work/network-pages.txt" "$requests" "$clients" under-connected)"
report "  processor time of the application per page: $(awk -v t="$(( $(ticks) - t0 ))" -v hz="$hz" -v n="$((requests + 100))" 'BEGIN {printf "%.1f", t * 1000 / hz / n}') ms (100 warm-up requests included)"
report "during the pages: $(others "(one is ours)")"

# 4. Matching, when this build has it
value "select '/api/matches?city=' || place_id || '&theme=' || themes[1] from need_statement
       where created_by = 'benchmark' and visibility = 'public' order by id limit 400" > "$work/network-matches.txt"
first=$(head -1 "$work/network-matches.txt")
status=$(curl -s -o /dev/null -w '%{http_code}' "$base$first")
report ""
if [ "$status" = 200 ]; then
  report "## Matching ($requests requests, $clients clients; target p95 <= 200 ms)"
  t0=$(ticks)
  report "$(java "$here/NetworkLatency.java" "$base" "$work/network-matches.txt" "$requests" "$clients" matching)"
  report "  processor time of the application per request: $(awk -v t="$(( $(ticks) - t0 ))" -v hz="$hz" -v n="$((requests + 100))" 'BEGIN {printf "%.1f", t * 1000 / hz / n}') ms (100 warm-up requests included; the database's not counted)"
else
  report "matching: not available in this build ($first answered $status)"
fi
report "at the end: $(others "(one is ours)")"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MB (heap limit $heap)"
echo "Figures written to $results"
