#!/usr/bin/env bash
# Crossroads peer-learning benchmark (issue 3): a synthetic history of 10 years x 50 events with 5,000
# people on top of the built-in dataset; dashboard latency (event, city, network pages; CSV and PDF
# exports) one client at a time and with 4 clients, the CPU time a page costs, and the plans of the
# participation queries; then 1,000 survey answers arriving at once and 1,000 spread over one minute, all
# of which must be stored, and 50 repeated answers that must be refused.
# Usage: bash bench/learning.sh     (about 8 minutes; loopback traffic only)
# Environment: BENCH_PAGES (dashboard pages per pass, default 1000), BENCH_EXPORTS (exports per pass,
# default 150), BENCH_PORT (default 18081), BENCH_DB_PORT (default 15433).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$root/target/bench-learning"
port=${BENCH_PORT:-18081}
dbport=${BENCH_DB_PORT:-15433}
pages=${BENCH_PAGES:-1000}
exports=${BENCH_EXPORTS:-150}
app_pid=""
results="$work/results.txt"

source "$here/common.sh"

need psql postgresql-client
need curl curl

for p in $port $dbport; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use (another benchmark?); set BENCH_PORT / BENCH_DB_PORT"; exit 1
  fi
done

mkdir -p "$work"; : > "$results"
report() { echo "$*" | tee -a "$results"; }
sql() { psql -X -q -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
value() { sql -tA -c "$1"; }

( cd "$root" && mvn -B -q -DskipTests package )
jar=$(ls "$root"/target/crossroads-*.jar | grep -v original | head -1)

data="$work/data"
rm -rf "$data"
CROSSROADS_DATA_DIR="$data" CROSSROADS_DB_PORT=$dbport java -Xmx1g -jar "$jar" --server.port=$port \
  --crossroads.learning.scheduler-interval=24h --crossroads.learning.retention-cron=- > "$work/app.log" 2>&1 &
app_pid=$!
up=""
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && { up=1; break; }
  kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $work/app.log"; exit 1; }
  sleep 1
done
[ -n "$up" ] || { echo "the application did not start within 5 minutes; see $work/app.log"; exit 1; }

report "# Crossroads peer-learning benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), $(value 'show server_version' | cut -d' ' -f1)"
report "at start: $(others "(one is ours)")"

# 1. Synthetic history
t0=$(date +%s.%N)
sql -f "$here/learning.sql" > "$work/learning.txt"
report ""
report "## Synthetic history (bench/learning.sql, $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s including ANALYZE)"
sed -n '/summary/,$p' "$work/learning.txt" | grep -v -- '---' | grep -v '^(' | grep -v '^$' | sed 's/^ *//' | tee -a "$results"

# 2. Dashboard latency
{
  value "select 'event ' || id from learning_event where external_id like 'bench:event:%' order by id"
  value "select distinct 'city ' || place_id from registration where registered_by = 'benchmark' order by 1"
  echo "network all"
  value "select 'network ' || id from organisation where external_id in ('org:mc2cm', 'org:uclg') order by id"
} > "$work/ids.txt"
report ""
report "## Dashboard latency ($pages pages and $exports exports per pass, seeded mix; 110 warm-up requests)"
java "$here/LearningLoad.java" latency "http://127.0.0.1:$port" "$work/ids.txt" "$pages" "$exports" | tee -a "$results"
report "during the dashboards: $(others "(one is ours)")"
# What a page costs, in CPU time of the application and its PostgreSQL (the postmaster is daemonised, so it
# is found by its data directory): much less sensitive than latency to other load on the machine.
pm=$(pgrep -f -- "-D $data" | head -1 || true)
ticks() { # $1: app, pg or both
  local p s=0 pids=""
  [ "$1" != pg ] && pids="$app_pid"
  [ "$1" != app ] && [ -n "$pm" ] && pids="$pids $pm $(pgrep -P "$pm" | tr '\n' ' ')"
  for p in $pids; do [ -r "/proc/$p/stat" ] && s=$((s + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$s"; }
hz=$(getconf CLK_TCK)
ms() { awk -v t="$1" -v hz="$hz" -v n="$2" 'BEGIN {printf "%.0f", t * 1000 / hz / n}'; }
report "CPU time per page, 200 requests one after the other (application JVM + PostgreSQL):"
for kind in event city network; do
  a0=$(ticks app); p0=$(ticks pg)
  line=$(java "$here/LearningLoad.java" sequence "http://127.0.0.1:$port" "$work/ids.txt" "$kind" 200)
  a1=$(ticks app); p1=$(ticks pg)
  report "  $kind: $(ms $((a1 - a0 + p1 - p0)) 200) ms ($(ms $((a1 - a0)) 200) + $(ms $((p1 - p0)) 200)); latency meanwhile: ${line#* clients=1 }"
done
# Where PostgreSQL spends its time: the participation queries behind the three dashboards (ParticipationStatistics)
rows="select r.event_id, r.participant_id, r.place_id, r.position, r.gender, r.attended, p.country_code, p.roles, e.starts_on, e.theme
      from registration r join learning_event e on e.id = r.event_id left join place p on p.id = r.place_id where"
event=$(value "select id from learning_event where external_id = 'bench:event:250'")
city=$(value "select place_id from registration where registered_by = 'benchmark' group by 1 order by count(*) desc, 1 limit 1")
mc2cm=$(value "select id from organisation where external_id = 'org:mc2cm'")
: > "$work/explain.txt"
explained() { # label, query
  echo "## $1" >> "$work/explain.txt"; value "explain (analyze, buffers) $2" >> "$work/explain.txt"
  grep -A0 'Execution Time' "$work/explain.txt" | tail -1 | sed "s/^ *Execution Time: /$1: /"; }
report "PostgreSQL execution time (EXPLAIN ANALYZE, plans in $work/explain.txt):"
report "  $(explained "event $event" "$rows r.event_id = $event order by e.starts_on, e.id, r.id")"
report "  $(explained "city $city" "$rows r.place_id = $city and r.attended is distinct from false order by e.starts_on, e.id, r.id")"
report "  $(explained "network (all)" "$rows r.attended is distinct from false order by e.starts_on, e.id, r.id")"
report "  $(explained "network MC2CM" "$rows r.attended is distinct from false and exists (select 1 from learning_event_organiser o where o.event_id = r.event_id and o.organisation_id = $mc2cm) order by e.starts_on, e.id, r.id")"

# 3. Survey burst
surveys=$(sql -tA -f "$here/learning-survey.sql" | tail -1)
fast=${surveys%% *}; paced=${surveys##* }
questions=$(value "select string_agg('q' || q.id || '=' || case when q.kind = 'choice' then 'choice:' || (q.options -> 0 ->> 'code') else q.kind end, ',' order by q.position)
                   from survey_question q join survey_template t on t.id = q.template_id
                   where t.code = 'feedback-default' and q.retired_at is null")
stored() { value "select (select count(*) from survey_response where survey_id = $1) || ' responses, '
                  || (select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.survey_id = $1) || ' answers, '
                  || (select count(*) from survey_invitation where survey_id = $1 and responded_at is not null) || ' invitations answered'"; }
report ""
report "## Survey burst (POST /respond/{token}, questions $questions)"
status=0
java "$here/LearningLoad.java" burst "http://127.0.0.1:$port" 1 1000 16 0 "$questions" | tee -a "$results" || status=1
report "stored for survey $fast: $(stored "$fast")"
java "$here/LearningLoad.java" burst "http://127.0.0.1:$port" 1001 2000 16 60 "$questions" | tee -a "$results" || status=1
report "stored for survey $paced: $(stored "$paced")"
report "repeat 50 answers through used links (expect 409 each):"
java "$here/LearningLoad.java" burst "http://127.0.0.1:$port" 1 50 16 0 "$questions" 409 | tee -a "$results" || status=1
report "stored for survey $fast after the repeats: $(stored "$fast")"
[ "$(value "select count(*) from survey_response where survey_id in ($fast, $paced)")" = 2000 ] || status=1
report "at the end: $(others "(one is ours)")"
report "peak resident memory of the JVM: $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MB (heap limit 1 GB)"

report ""
report "Targets: dashboard p95 <= 300 ms; 1,000 survey submissions within one minute, all stored."
[ $status = 0 ] && report "survey checks: pass" || report "survey checks: FAIL (see above)"
echo "Figures written to $results"
exit $status
