#!/usr/bin/env bash
# Pivot latency over values that went through the importer (issue 4), end to end: generates VALUES synthetic
# data values (bench/data-values.sql) in files of about a million rows, imports each through /data/import
# (check, write, marginals), then measures pivots with bench/DataPivotLatency.java (1 and 4 clients).
# Usage: bash bench/data-pivot-imported.sh [VALUES] [REQUESTS]   (defaults 10000000 and 2000; about half an hour)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-pivot-imported"
values=${1:-10000000}
requests=${2:-2000}
port=18483
dbport=15483
app_pid=""
source "$here/common.sh"
command -v psql >/dev/null 2>&1 || { echo "needs psql (postgresql-client)"; exit 1; }
psqlq() { psql -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
mkdir -p "$work"; results="$work/results.txt"; : > "$results"
report() { echo "$*" | tee -a "$results"; }

( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)
rm -rf "$work/db"
CROSSROADS_DATA_DIR="$work/db" CROSSROADS_DB_PORT=$dbport CROSSROADS_ADMIN_USERNAME=bench CROSSROADS_ADMIN_DISPLAY_NAME="Benchmark Administrator" \
  CROSSROADS_ADMIN_PASSWORD=bench-password-123 java -Xmx2g -jar "$jar" --server.port=$port \
  --crossroads.dataset.load=false --crossroads.learning.scheduler-interval=24h > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the application did not start; see $work/app.log"; exit 1; }
report "# Crossroads pivot benchmark over imported values $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), heap 2 GB, load at start: $(cut -d' ' -f1-3 /proc/loadavg)"

source "$here/data-lib.sh"
sign_in bench bench-password-123

# 126 values per city and year, ten years: cities = values / 1260, about 794 cities (1,000,440 values) per file
cities=$(( (values + 1259) / 1260 ))
per_file=794
total_s=0
for first in $(seq 1 $per_file "$cities"); do
  last=$(( first + per_file - 1 )); [ "$last" -gt "$cities" ] && last=$cities
  { echo "indicator,place,period,categories,value,source,method_note,quality,confidentiality"
    psqlq -v first="$first" -v last="$last" -f "$here/data-values.sql"; } > "$work/values.csv"
  rows=$(( $(wc -l < "$work/values.csv") - 1 ))
  import_file "$work/values.csv"
  total_s=$(echo "$total_s + $import_s" | bc -l)
  report "cities $first-$last: $rows rows, $status in $(printf %.1f "$import_s") s"
  [ "$status" = committed ] || { echo "import failed; see $work/app.log"; exit 1; }
done
report "stored: $(psqlq -c "select count(*) from data_value where source = 'synthetic benchmark'") values, $(psqlq -c "select count(*) from data_marginal") marginal rows, $(psqlq -c "select pg_size_pretty(pg_total_relation_size('data_value'))") values table, imported in $(printf %.0f "$total_s") s"
java "$here/DataPivotLatency.java" "http://127.0.0.1:$port" "$requests" 1 | tee -a "$results"
java "$here/DataPivotLatency.java" "http://127.0.0.1:$port" "$requests" 4 | tee -a "$results"
echo "Figures written to $results"
