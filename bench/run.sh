#!/usr/bin/env bash
# Crossroads benchmark: page sizes and memory on the built-in dataset under a 512 MB heap, then faceted
# search latency and page throughput over 100,000 synthetic initiatives on 20,000 cities.
# Usage: bash bench/run.sh          (takes about 10 minutes; loopback traffic only)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench"
port=18080
dbport=15432
app_pid=""
results="$work/results.txt"

source "$here/common.sh"

need wrk wrk
need psql postgresql-client

mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }

( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)

start() { # heap, data dir, extra args...
  local heap=$1 data=$2; shift 2
  CROSSROADS_DATA_DIR="$data" CROSSROADS_DB_PORT=$dbport java "-Xmx$heap" -jar "$jar" --server.port=$port "$@" \
    > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $work/app.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; exit 1
}
stop() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
bytes() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$1"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

report "# Crossroads benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"

# 1. Built-in dataset under a 512 MB heap
rm -rf "$work/builtin"; start 512m "$work/builtin"
report ""
report "## Built-in dataset, -Xmx512m"
for path in / /initiatives "/initiatives?q=migration" /initiatives/1 /cities /css/crossroads.css /js/map.js \
            /webjars/leaflet/1.9.4/dist/leaflet.js /map/countries.geojson /map/cities.geojson; do
  report "transferred bytes (gzip) $path: $(bytes "$path")"
done
BENCH_MAX_ID=78 wrk -t2 -c16 -d15s -s "$here/initiatives.lua" "http://127.0.0.1:$port" > "$work/wrk-builtin.txt"
report "initiative pages, 16 connections: $(awk '/Requests\/sec/ {print $2}' "$work/wrk-builtin.txt") req/s, $(grep 'non-2xx' "$work/wrk-builtin.txt")"
report "peak resident memory of the JVM: $(peak_rss_mb "$app_pid") MB (heap limit 512 MB)"
pm=$(pgrep -f -- "$work/builtin" | grep -v "^$app_pid$" | head -1 || true)
pg_rss=$( { ps -o rss= -p "$pm"; ps -o rss= --ppid "$pm"; } 2>/dev/null | awk '{s+=$1} END {printf "%.0f", s/1024}')
report "embedded PostgreSQL processes, resident: ${pg_rss:-?} MB"
stop

# 2. Synthetic data: 100,000 initiatives over 20,000 cities
rm -rf "$work/synthetic"; start 1g "$work/synthetic" --crossroads.dataset.load=false
t0=$(date +%s)
psql -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$here/synthetic.sql" > "$work/synthetic.txt"
report ""
report "## 100,000 initiatives over 20,000 cities (generated in $(( $(date +%s) - t0 )) s)"
report "$(tail -3 "$work/synthetic.txt" | head -1 | xargs)"
stop

for heap in 1g 512m; do
  start "$heap" "$work/synthetic" --crossroads.dataset.load=false
  curl -s "http://127.0.0.1:$port/api/initiatives?pageSize=1" > /dev/null
  report ""
  report "### heap $heap"
  report "$(grep -o 'Indexed [0-9]* published initiatives for search in [0-9]* ms' "$work/app.log" | tail -1)"
  for path in "/api/initiatives" "/initiatives"; do
    report "$(java "$here/SearchLatency.java" "http://127.0.0.1:$port" "$path" 2000 1)"
    report "$(java "$here/SearchLatency.java" "http://127.0.0.1:$port" "$path" 2000 4)"
  done
  if [ "$heap" = 1g ]; then
    BENCH_MAX_ID=100000 wrk -t2 -c32 -d30s --latency -s "$here/initiatives.lua" "http://127.0.0.1:$port" > "$work/wrk-pages.txt"
    report "initiative pages, 32 connections, 30 s: $(awk '/Requests\/sec/ {print $2}' "$work/wrk-pages.txt") req/s; latency $(awk '/50%/ {p50=$2} /99%/ {p99=$2} END {print "p50 " p50 ", p99 " p99}' "$work/wrk-pages.txt"); $(grep 'non-2xx' "$work/wrk-pages.txt")"
    wrk -t2 -c32 -d20s --latency "http://127.0.0.1:$port/initiatives?type=peer_exchange&route=central_med" > "$work/wrk-search.txt"
    report "search page (two facets), 32 connections, 20 s: $(awk '/Requests\/sec/ {print $2}' "$work/wrk-search.txt") req/s; latency $(awk '/50%/ {p50=$2} /99%/ {p99=$2} END {print "p50 " p50 ", p99 " p99}' "$work/wrk-search.txt")"
    report "transferred bytes (gzip) /initiatives on 100,000 initiatives: $(bytes /initiatives)"
  fi
  report "peak resident memory of the JVM: $(peak_rss_mb "$app_pid") MB"
  stop
done
report ""
report "Targets: faceted search p95 <= 150 ms; initiative pages >= 500 req/s; built-in dataset within a 512 MB heap."
echo "Figures written to $results"
