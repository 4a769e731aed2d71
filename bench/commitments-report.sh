#!/usr/bin/env bash
# Commitments benchmark (issue 13 §4): a framework report over 5,000 pledges from 2,000 cities with 10 review cycles
# (bench/commitments.sql, on an empty database with the gazetteer only) renders as a page with p95 <= 300 ms.
# Measures, with CLIENTS concurrent clients for a fixed time each after a warm-up, anonymous and signed in as the
# benchmark administrator (who also sees the restricted pledges and exact figures):
#   - the report page for the latest review and for a middle one (/frameworks/{id}/reports/{cycle}, its first page);
#   - the framework's page (/frameworks/{id}: figures by status now and at each of the 10 reviews);
#   - the pledge list of the framework (/pledges?framework={id}).
# Prints p50/p95/p99/max in ms and requests/s per set as a table, with the machine and its load average.
# Usage: bash bench/commitments-report.sh [SECONDS_PER_SET] [CLIENTS]   (defaults 20 and 4; about 8 minutes)
#   BENCH_SKIP_BUILD=1   use the jar already in target/
#   BENCH_KEEP_DATA=1    measure again on the database the previous run generated (skips generation)
#   BENCH_WARMUP         untimed seconds per set before the first measurement (default 10; the JIT compiler is at work)
#   BENCH_JFR=1          record the measurements with Java Flight Recorder into target/bench-commitments/app.jfr
#   BENCH_PORT / BENCH_DB_PORT  (default 18091 / 15491, so it can run beside the other benchmarks)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-commitments"
seconds=${1:-20}
clients=${2:-4}
warmup=${BENCH_WARMUP:-10}
port=${BENCH_PORT:-18091}
dbport=${BENCH_DB_PORT:-15491}
app_pid=""
results="$work/results.txt"
source "$here/common.sh"
need psql postgresql-client
need curl curl
psqlq() { psql -X -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
source "$here/data-lib.sh"
# the benchmark administrator, created at first start (signed-in measurements)
export CROSSROADS_ADMIN_USERNAME=bench CROSSROADS_ADMIN_DISPLAY_NAME="Benchmark Administrator" CROSSROADS_ADMIN_PASSWORD=bench-password-123
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

for p in $port $dbport; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use (another benchmark?); set BENCH_PORT / BENCH_DB_PORT"; exit 1
  fi
done

mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }

[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)

report "# Crossroads commitments report benchmark $(date -u +%Y-%m-%dT%H:%MZ) ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), heap 1 GB"
report "at start: $(others)"

if [ "${BENCH_KEEP_DATA:-}" = 1 ] && [ -d "$work/data" ]; then
  report "data: kept from the previous run ($work/data)"
  cat "$work/summary.txt" | tee -a "$results"
else
  rm -rf "$work/data"
  start_app "$work/data" "$work/app-generate.log"
  t0=$(date +%s)
  psql -X -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$here/commitments.sql" \
    > "$work/generate.txt"
  sed -n '/^summary$/,$p' "$work/generate.txt" | grep -v '^summary$' > "$work/summary.txt"
  report "data generated in $(( $(date +%s) - t0 )) s (bench/commitments.sql):"
  cat "$work/summary.txt" | tee -a "$results"
  stop_app
fi
jfr=""
[ "${BENCH_JFR:-}" = 1 ] && jfr="-XX:StartFlightRecording=filename=$work/app.jfr,settings=profile,dumponexit=true"
JAVA_TOOL_OPTIONS="$jfr" start_app "$work/data" "$work/app.log"
settle
report "places in the gazetteer: $(psqlq -c "select to_char(count(*), 'FM999,999') from place")"

framework=$(psqlq -c "select id from framework where external_id = 'bench-framework'")
# the latest review and a middle one (the 5th of 10): each compared with the one before it
latest=$(psqlq -c "select c.cycle_id from framework_cycle c join review_cycle r on r.id = c.cycle_id
                   where c.framework_id = $framework order by r.held_from desc limit 1")
middle=$(psqlq -c "select c.cycle_id from framework_cycle c join review_cycle r on r.id = c.cycle_id
                   where c.framework_id = $framework order by r.held_from offset 4 limit 1")
# the stored English name key (V72) must order as the key computed per request does
report "pledges whose stored name key differs from the computed one: $(psqlq -c "select count(*) from pledge p
  where p.name_key_en is distinct from crossroads_normalise(ltrim(case when p.language = 'en' then p.text
    else coalesce(nullif(btrim(p.translations -> 'en' ->> 'text'), ''), p.text) end, ' ¿¡«»\"''“”‘’([-–—.…'))" 2>/dev/null || echo 'not checked (before V72)')"
paths="/frameworks/$framework/reports/$latest /frameworks/$framework/reports/$middle /frameworks/$framework /pledges?framework=$framework"

sign_in bench bench-password-123
session=$(awk '$6 == "JSESSIONID" {print $7}' "$work/cookies.txt" | tail -1)
[ -n "$session" ] || { echo "could not sign in as the benchmark administrator"; exit 1; }
shown() { curl -s ${2:+-b "JSESSIONID=$2"} "http://127.0.0.1:$port$1" | grep -c 'id="report-pledge-' || true; }
report "report for the latest review ($latest): $(shown "/frameworks/$framework/reports/$latest") rows on its first page anonymous, $(shown "/frameworks/$framework/reports/$latest" "$session") signed in"

for path in $paths; do  # warm-up, untimed
  java "$here/CommitmentsLatency.java" "http://127.0.0.1:$port" "$path" "$clients" "$warmup" 3 warm-up > /dev/null
done

report ""
report "$clients concurrent clients, $seconds s per set after a warm-up; latency in ms; bytes: the page's size"
report "before the measurements: $(others)"
report ""
report "| path | reader | clients | requests | errors | p50 | p95 | p99 | max | req/s | bytes |"
report "|---|---|---|---|---|---|---|---|---|---|---|"
for path in $paths; do
  for reader in anonymous signed-in; do
    cookie=""; [ "$reader" = signed-in ] && cookie="JSESSIONID=$session"
    report "| $(BENCH_COOKIE="$cookie" java "$here/CommitmentsLatency.java" "http://127.0.0.1:$port" "$path" "$clients" "$seconds" 3 "$reader") |"
  done
done
report ""
report "after the measurements: $(others)"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MB"
report "Targets: report page p95 <= 300 ms (issue 13 §4); the framework page is aimed at the same."
[ -n "$jfr" ] && { stop_app; report "flight recording: $work/app.jfr (jfr print --events jdk.ExecutionSample ...)"; }
echo "Figures written to $results"
