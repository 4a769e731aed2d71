#!/usr/bin/env bash
# Upload memory benchmark (issue 9, section 5): five concurrent 200 MB data file uploads to an application
# limited to a 512 MB heap. Uploads are streamed to disk and checked from there, so the heap must stay bounded,
# no import may be left "running", and every other request (a public page, /actuator/health) must be answered
# while they run. Samples the heap with jstat every second.
# Usage: bash bench/upload-memory.sh [MB] [UPLOADS]   (defaults 200 and 5; loopback only; ports 18085 and 15485;
#        about 10 minutes; heap BENCH_HEAP=512m; the uploads are dry runs ("check"), as a coordinator sends them first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-upload"
size_mb=${1:-200}
uploads=${2:-5}
heap=${BENCH_HEAP:-512m}
port=18085
dbport=15485
deadline_s=${BENCH_DEADLINE_S:-1500}
app_pid=""
pids=()
upload_pids=()
results="$work/results.txt"
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
need() { command -v "$1" >/dev/null 2>&1 || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo;
  $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null; }; }
need psql postgresql-client
need bc bc
mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }
psqlq() { psql -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
source "$here/data-lib.sh"

jar=$(ls "$root"/target/crossroads-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  ( cd "$root" && mvn -B -q -o -DskipTests package )
  jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)
fi
rm -rf "$work/db" "$work/uploads"
# the limit of imports per account is raised to the number of uploads, so that all of them are taken in
# (the default, 2, would answer 429 to the others at once and measure nothing)
CROSSROADS_DATA_DIR="$work/db" CROSSROADS_DB_PORT=$dbport CROSSROADS_UPLOADS_DIR="$work/uploads" \
  CROSSROADS_IMPORTS_PER_ACCOUNT=$uploads CROSSROADS_ADMIN_USERNAME=bench CROSSROADS_ADMIN_DISPLAY_NAME="Benchmark Administrator" CROSSROADS_ADMIN_PASSWORD=bench-password-123 \
  CROSSROADS_MAIL_ENABLED=false java -Xmx"$heap" -jar "$jar" --server.port=$port \
  --server.address=127.0.0.1 --crossroads.learning.scheduler-interval=24h > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the application did not start; see $work/app.log"; exit 1; }

report "# Crossroads upload memory benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), heap $heap"
report "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. One data file of SIZE MB: foreign-born residents by sex x age group x region of nationality for the most
#    populous places over 25 years (valid rows, so that every row is checked and kept for the write).
rows=2000000
synthetic_values "$rows" 'synthetic upload memory benchmark' > "$work/body.csv"
# whole rows up to SIZE MB (the upload limit is 250 MB)
{ echo "indicator,place,period,categories,value,source,method_note,quality,confidentiality"; cat "$work/body.csv"; } \
  | awk -v max=$(( size_mb * 1000000 )) '{ n += length($0) + 1; if (n <= max) print }' > "$work/values.csv"
rm -f "$work/body.csv"
report "file: $(( $(wc -l < "$work/values.csv") - 1 )) rows, $(du -m "$work/values.csv" | cut -f1) MB; $uploads concurrent uploads of it (dry run), one account"

# 2. Heap sampler (jstat, every second): used = survivors + eden + old generation; committed likewise.
jstat -gc "$app_pid" 1000 > "$work/jstat.txt" 2>/dev/null &
pids+=($!)

# 3. Other requests while the uploads run: the home page and /actuator/health, every half second.
: > "$work/probe.txt"
( while :; do
    for path in / /actuator/health; do
      curl -s -o /dev/null -m 30 -w "$path %{http_code} %{time_total}\n" "http://127.0.0.1:$port$path" >> "$work/probe.txt" || echo "$path 000 30" >> "$work/probe.txt"
    done
    sleep 0.5
  done ) &
probe_pid=$!
pids+=($probe_pid)

# 4. The uploads, in parallel, signed in as the benchmark administrator.
sign_in bench bench-password-123
token=$(curl -s -b "$jar_cookies" -c "$jar_cookies" "http://127.0.0.1:$port/data/import" | csrf)
t0=$(date +%s.%N)
for i in $(seq 1 "$uploads"); do
  ( curl -s -b "$jar_cookies" -o /dev/null -m "$deadline_s" -w "%{http_code} %{redirect_url} %{time_total}\n" \
      -F "file=@$work/values.csv;type=text/csv;filename=upload-$i.csv" -F "action=check" -F "_csrf=$token" \
      "http://127.0.0.1:$port/data/import" > "$work/upload-$i.txt" ) &
  upload_pids+=($!)
done
for p in "${upload_pids[@]}"; do wait "$p" || true; done
uploaded_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
report "all $uploads uploads answered in $(printf %.1f "$uploaded_s") s: $(cat "$work"/upload-*.txt | awk '{print $1}' | sort | uniq -c | awk '{printf "%s x HTTP %s; ", $1, $2}')"

# 5. Wait until every batch has finished (bounded).
batches=$(cat "$work"/upload-*.txt | awk '{print $2}' | grep -o '[0-9]*$' | paste -sd, -)
if [ -n "$batches" ]; then
  while :; do
    open=$(psqlq -c "select count(*) from data_import_batch where id in ($batches) and status in ('queued', 'running')")
    [ "$open" = "0" ] && break
    if [ "$(echo "$(date +%s.%N) - $t0 > $deadline_s" | bc -l)" = "1" ]; then report "deadline reached with $open batches unfinished"; break; fi
    kill -0 "$app_pid" 2>/dev/null || { report "the application exited (see $work/app.log)"; break; }
    sleep 2
  done
fi
done_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
sleep 3
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
pids=()

report "batches finished $(printf %.1f "$done_s") s after the uploads started:"
[ -n "$batches" ] && psqlq -c "select '  batch ' || id || ': ' || status || ', ' || total_rows || ' rows, '
    || round(extract(epoch from finished_at - created_at)) || ' s, ' || coalesce(problems->0->>'key', problems->0->>'reason', 'no problem')
    from data_import_batch where id in ($batches) order by id" | tee -a "$results"

# 6. Figures.
awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
     $1 ~ /^[0-9.]+$/ { used = ($(col["S0U"]) + $(col["S1U"]) + $(col["EU"]) + $(col["OU"])) / 1024;
                        committed = ($(col["S0C"]) + $(col["S1C"]) + $(col["EC"]) + $(col["OC"])) / 1024;
                        old = $(col["OU"]) / 1024; n++; sum += used; if (used > max) max = used;
                        if (committed > maxc) maxc = committed; if (old > maxold) maxold = old; last = $0 }
     END { if (n == 0) { print "heap: no samples"; exit }
           split(last, f); printf "heap (%d samples, 1 s apart): used max %.0f MB, mean %.0f MB; old generation max %.0f MB; committed max %.0f MB; young GCs %s, full GCs %s, GC time %.1f s\n",
           n, max, sum / n, maxold, maxc, f[col["YGC"]], f[col["FGC"]], f[col["GCT"]] }' "$work/jstat.txt" | tee -a "$results"
for path in / /actuator/health; do
  awk -v p="$path" '$1 == p { printf "%.0f\n", $3 * 1000 }' "$work/probe.txt" | sort -n > "$work/latency.txt"
  n=$(wc -l < "$work/latency.txt")
  bad=$(awk -v p="$path" '$1 == p && $2 != "200"' "$work/probe.txt" | wc -l)
  [ "$n" -gt 0 ] && report "$path while uploading and checking: $n requests, $bad not answered 200; median $(sed -n "$(( n / 2 + 1 ))p" "$work/latency.txt") ms, p95 $(sed -n "$(( n * 95 / 100 + 1 ))p" "$work/latency.txt") ms, max $(tail -1 "$work/latency.txt") ms"
done
report "OutOfMemoryError in the log: $(grep -c 'OutOfMemoryError' "$work/app.log" || true); application still running: $(kill -0 "$app_pid" 2>/dev/null && echo yes || echo no)"
report "upload folder at the end: $(du -sm "$work/uploads" | cut -f1) MB ($(find "$work/uploads" -type f | wc -l) files)"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$app_pid/status 2>/dev/null || echo '?') MB"
rm -f "$work/values.csv"
echo "Figures written to $results"
