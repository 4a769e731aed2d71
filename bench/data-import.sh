#!/usr/bin/env bash
# Local migration data benchmark (issue 4): import 1,000,000 data values through the platform's importer
# (upload, streamed check, bulk write, history, computed indicators, marginals) and compare its throughput with
# PostgreSQL's own COPY of the same rows into a table of the same shape and unique key.
# Usage: bash bench/data-import.sh [ROWS]     (default 1000000; loopback traffic only; heap: BENCH_HEAP=1g, default 2g)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-data"
rows=${1:-1000000}
port=18082
dbport=15434
app_pid=""
results="$work/results.txt"
source "$here/common.sh"
need psql postgresql-client
mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }
psqlq() { psql -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
source "$here/data-lib.sh"

( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)
rm -rf "$work/db"
CROSSROADS_DATA_DIR="$work/db" CROSSROADS_DB_PORT=$dbport CROSSROADS_ADMIN_USERNAME=bench CROSSROADS_ADMIN_DISPLAY_NAME="Benchmark Administrator" \
  CROSSROADS_ADMIN_PASSWORD=bench-password-123 java -Xmx"${BENCH_HEAP:-2g}" -jar "$jar" --server.port=$port \
  --crossroads.learning.scheduler-interval=24h > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the application did not start; see $work/app.log"; exit 1; }

report "# Crossroads data import benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), heap ${BENCH_HEAP:-2g}"
report "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. The file: foreign-born residents by sex x age group x region of nationality (40 combinations)
#    for the most populous cities and 25 years: rows = cities x 25 x 40.
synthetic_values "$rows" 'synthetic benchmark' > "$work/body.csv"
{ echo "indicator,place,period,categories,value,source,method_note,quality,confidentiality"; cat "$work/body.csv"; } > "$work/values.csv"
lines=$(wc -l < "$work/body.csv")
report "file: $lines rows, $(du -m "$work/values.csv" | cut -f1) MB"

# 2. Log in and import through the web page (check and write in one go), then wait for the batch.
sign_in bench bench-password-123
import_file "$work/values.csv"
stored=$(psqlq -c "select count(*) from data_value v join indicator i on i.id = v.indicator_id where i.code = 'foreign_born_residents' and v.source = 'synthetic benchmark'")
report "platform import: status $status, $stored values stored in $(printf %.1f "$import_s") s = $(echo "$stored / $import_s" | bc) values/s (upload, streamed parse and check, COPY of new values, corrections with history, computed indicators, marginals)"
report "marginal rows: $(psqlq -c "select count(*) from data_marginal")"

# 3. PostgreSQL's COPY of the same rows into a table of the same shape and unique key.
psqlq -c "drop table if exists copy_target; create table copy_target (like data_value including all)" >/dev/null
psqlq -c "copy (select indicator_id, place_id, period, period_start, combination, categories, value, source, quality, confidentiality, created_by from data_value where source = 'synthetic benchmark') to stdout with (format csv)" > "$work/internal.csv"
t0=$(date +%s.%N)
psqlq -c "\\copy copy_target (indicator_id, place_id, period, period_start, combination, categories, value, source, quality, confidentiality, created_by) from '$work/internal.csv' with (format csv)"
t1=$(date +%s.%N)
copy_s=$(echo "$t1 - $t0" | bc -l)
report "PostgreSQL COPY of the same $stored rows into a table of the same shape: $(printf %.1f "$copy_s") s = $(echo "$stored / $copy_s" | bc) rows/s"
report "ratio (platform import throughput / COPY throughput): $(echo "scale=2; $copy_s / $import_s" | bc -l)   (target >= 0.3)"

# 4. Re-import of the same file: every row unchanged, nothing rewritten.
import_file "$work/values.csv"
report "re-import of the same file (all unchanged): $(printf %.1f "$import_s") s; history rows: $(psqlq -c "select count(*) from data_value_history")"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$app_pid/status) MB"
echo "Figures written to $results"
