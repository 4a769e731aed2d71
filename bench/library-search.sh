#!/usr/bin/env bash
# Library search benchmark (issue 11 §4): 20,000 documents with about 400 MB of extracted text (in passages, as the
# extraction queue leaves them) plus 100,000 initiatives (bench/synthetic.sql), then the one search (/api/search and
# /search) measured with 4 concurrent clients for a fixed time per set of queries in English, French, Spanish and
# Arabic, anonymous and signed in. Prints p50/p95/p99 and requests/s per set.
# Usage: bash bench/library-search.sh [DOCUMENTS] [SECONDS_PER_SET]   (defaults 20000 and 20; about 40 minutes on
#        2 busy shared cores, most of it computing the passages' four-language search vectors)
#   BENCH_SEEDS     directory of the seed reports whose sentences make the English text (default ../shared/seeds)
#   BENCH_KEEP_DATA=1  measure again on the database the previous run generated (skips generation)
#   BENCH_PORT / BENCH_DB_PORT  (default 18083 / 15435, so it can run beside the other benchmarks)
#   BENCH_PATHS / BENCH_READERS  the sets to measure (default "/api/search /search" and "anonymous signed-in")
#   BENCH_WARMUP    seconds of untimed requests after each start, once the start-up work is done (default 30: the
#                   JIT compiler is still at work for the first sets otherwise)
#   BENCH_ANSWERS   "kept computed" (default): anonymous sets with answers kept as configured, then again with the
#                   application restarted to keep none (every request computed); signed-in answers are never kept
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-library"
docs=${1:-20000}
seconds=${2:-20}
port=${BENCH_PORT:-18083}
dbport=${BENCH_DB_PORT:-15435}
seeds="${BENCH_SEEDS:-$root/../shared/seeds}"
app_pid=""
results="$work/results.txt"
source "$here/common.sh"
need psql postgresql-client
psqlq() { psql -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
source "$here/data-lib.sh"
# the benchmark administrator, created at first start (signed-in measurements)
export CROSSROADS_ADMIN_USERNAME=bench CROSSROADS_ADMIN_DISPLAY_NAME="Benchmark Administrator" CROSSROADS_ADMIN_PASSWORD=bench-password-123
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
warm_up() { java "$here/LibrarySearchLatency.java" "http://127.0.0.1:$port" /api/search en 4 "${BENCH_WARMUP:-30}" warm-up > /dev/null; }

mkdir -p "$work"
[ "${BENCH_KEEP_DATA:-}" = 1 ] && [ -d "$work/data" ] || { ls "$seeds"/*.txt >/dev/null 2>&1 || { echo "no seed reports in $seeds (set BENCH_SEEDS)"; exit 1; }; }
: > "$results"
report() { echo "$*" | tee -a "$results"; }

[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)

report "# Crossroads library search benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), heap 1 GB"
report "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${BENCH_KEEP_DATA:-}" = 1 ] && [ -d "$work/data" ]; then
  report "data: kept from the previous run ($work/data)"
else
  rm -rf "$work/data"
  start_app "$work/data" "$work/app-generate.log"
  t0=$(date +%s)
  psql -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$here/synthetic.sql" > "$work/synthetic.txt"
  t1=$(date +%s)
  report "100,000 initiatives (bench/synthetic.sql) generated in $(( t1 - t0 )) s"
  psqlq -c "create table bench_seed_line (line text)"
  cat "$seeds"/*.txt | tr '\t\r' '  ' | psqlq -c "\\copy bench_seed_line from stdin with (format csv, delimiter e'\\x01', quote e'\\x02')"
  psql -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -v docs="$docs" -v passages=21 \
    -f "$here/library-search.sql" > "$work/library-generate.txt"
  t2=$(date +%s)
  # the passages' generated search vectors (crossroads_search_vector: five text configurations) are most of the time:
  # two sessions, one per core
  inserts=""
  for half in 0 1; do
    psqlq -c "insert into document_passage (document_id, attachment_id, position, start_offset, text)
              select document_id, attachment_id, pos, start_offset, text from bench_passage where document_id % 2 = $half" &
    inserts="$inserts $!"
  done
  wait $inserts  # not a bare wait: the application is a child too
  t3=$(date +%s)
  psqlq <<'SQL'
set maintenance_work_mem = '1GB';
select indexdef from bench_passage_index \gexec
drop table bench_passage, bench_passage_index, bench_seed_line;
vacuum analyze;
SQL
  t4=$(date +%s)
  report "$docs documents generated in $(( t4 - t1 )) s: documents, files and staged passages $(( t2 - t1 )) s, passages with their search vectors $(( t3 - t2 )) s, passage indexes and analyze $(( t4 - t3 )) s"
  stop_app
fi
start_app "$work/data" "$work/app.log"
settle
warm_up
report "documents: $(psqlq -c "select count(*) || ' (' || count(*) filter (where access = 'public' and publication = 'published') || ' public and published, ' || count(*) filter (where access = 'members') || ' members only, ' || count(*) filter (where access = 'chatham_house') || ' Chatham House)' from document")"
report "files: $(psqlq -c "select count(*) || ' (' || count(*) filter (where media_type = 'application/pdf') || ' PDF, ' || count(*) filter (where media_type like '%wordprocessingml%') || ' DOCX), ' || sum(pages) || ' pages' from stored_file")"
report "extracted text: $(psqlq -c "select to_char(sum(length(text)), 'FM999,999,999,999') || ' characters, ' || pg_size_pretty(sum(octet_length(text))::bigint) || ' (UTF-8)' from stored_file_text")"
report "passages: $(psqlq -c "select to_char(count(*), 'FM999,999,999') from document_passage"); initiatives: $(psqlq -c "select to_char(count(*), 'FM999,999') from initiative")"
report "database size: $(psqlq -c "select pg_size_pretty(pg_database_size('postgres'))"); document_passage with indexes: $(psqlq -c "select pg_size_pretty(pg_total_relation_size('document_passage'))"); stored_file_text: $(psqlq -c "select pg_size_pretty(pg_total_relation_size('stored_file_text'))")"
report "$(grep -o 'Indexed [0-9]* published initiatives for search in [0-9]* ms' "$work/app.log" | tail -1)"
report "$(grep -o 'Indexed [0-9]* documents for search.*' "$work/app.log" | tail -1)"
report "$(grep -o 'Cooperation graph computed.*' "$work/app.log" | tail -1) (waited for before measuring)"
# kept data may just have been migrated (rows rewritten, GIN pending lists filled): measure it as it settles
[ "${BENCH_KEEP_DATA:-}" = 1 ] && psqlq -c "vacuum analyze"

sign_in bench bench-password-123
session=$(awk '$6 == "JSESSIONID" {print $7}' "$work/cookies.txt" | tail -1)
report ""
report "4 concurrent clients, ${seconds} s per set (each query of the set once first, to warm up); latency in ms"
# anonymous readers' answers are kept (SearchAnswers) unless the application runs with none kept: "computed" restarts
# it so, and every anonymous request is then computed as a signed-in reader's always is
for answers in ${BENCH_ANSWERS:-kept computed}; do
  if [ "$answers" = computed ]; then
    report "anonymous answers computed for every request (crossroads.library.search.answers.size=0):"
    stop_app
    CROSSROADS_LIBRARY_SEARCH_ANSWERS_SIZE=0 start_app "$work/data" "$work/app-computed.log"
    settle
    warm_up
  fi
  for path in ${BENCH_PATHS:-/api/search /search}; do
    for reader in ${BENCH_READERS:-anonymous signed-in}; do
      # a signed-in reader's answer is never kept: measured once
      [ "$answers" = computed ] && [ "$reader" = signed-in ] && continue
      cookie=""; [ "$reader" = signed-in ] && cookie="JSESSIONID=$session"
      label="$reader"; [ "$reader" = anonymous ] && label="anonymous, answers $answers"
      for lang in en fr es ar; do
        report "$(BENCH_COOKIE="$cookie" java "$here/LibrarySearchLatency.java" "http://127.0.0.1:$port" "$path" "$lang" 4 "$seconds" "$label")"
      done
    done
  done
done
report "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MB"
report ""
report "Target: search p95 <= 150 ms with 4 concurrent clients, for queries in each of the four languages."
echo "Figures written to $results"
