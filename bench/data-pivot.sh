#!/usr/bin/env bash
# Pivot latency over generated analytics marginals (issue 4); see docs/benchmarks.md.
# Usage: bash bench/data-pivot.sh [VALUES] [REQUESTS]   (defaults: 10000000 values, 2000 requests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench"
values=${1:-10000000}
requests=${2:-2000}
port=18481
dbport=15481
app_pid=""
source "$here/common.sh"
command -v psql >/dev/null 2>&1 || { echo "needs psql (postgresql-client)"; exit 1; }
mkdir -p "$work"
( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)
source "$here/data-lib.sh"
rm -rf "$work/data-pivot"; start_app "$work/data-pivot" "$work/data-pivot-app.log"
t0=$(date +%s)
psql -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -v values="$values" -f "$here/data-pivot.sql"
echo "generated in $(( $(date +%s) - t0 )) s"
java "$here/DataPivotLatency.java" "http://127.0.0.1:$port" "$requests" 1
java "$here/DataPivotLatency.java" "http://127.0.0.1:$port" "$requests" 4
