# Shared by the data benchmarks (sourced): start the built jar on an empty data directory, write a synthetic values file, sign in as the benchmark
# administrator and import a file through /data/import, waiting for its batch. Needs $port, $work and a psqlq function that queries the database.

# synthetic_values ROWS SOURCE: CSV rows (no header) of foreign-born residents by sex x age group x region of
# nationality (40 combinations) for the most populous places over 25 years: rows = places x 25 x 40
synthetic_values() {
  local cities=$(( ($1 + 999) / 1000 ))
  psqlq -c "copy (
    with c as (select geonames_id from place where geonames_id is not null order by population desc nulls last limit $cities),
         y as (select generate_series(1999, 2023) as year),
         s as (select unnest(array['female','male']) as sex),
         a as (select unnest(array['0_14','15_24','25_64','65_plus']) as age),
         r as (select unnest(array['northern_africa','sub_saharan_africa','western_asia','europe','other']) as region)
    select 'foreign_born_residents', 'geonames:' || c.geonames_id, y.year, 'sex=' || s.sex || '; age_group=' || a.age || '; region_of_nationality=' || r.region,
           (abs(hashtext(c.geonames_id || s.sex || a.age || r.region || y.year)) % 5000)::text, '$2', '', 'good', 'public'
    from c, y, s, a, r limit $1) to stdout with (format csv, header false)"
}

# start_app DATA_DIR LOG: the built jar ($jar) on $port with its embedded database on $dbport in DATA_DIR, without the
# built-in dataset; waits for its health check and sets $app_pid
start_app() {
  CROSSROADS_DATA_DIR="$1" CROSSROADS_DB_PORT=$dbport java -Xmx1g -jar "$jar" --server.port=$port \
    --crossroads.dataset.load=false > "$2" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $2"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; exit 1
}

# settle: waits (at most 5 minutes) until the application's own work after start is done, such as the cooperation
# graph over 100,000 initiatives (a minute on 2 cores): measured beside it, requests share the cores with it
settle() {
  local before after
  for _ in $(seq 1 100); do
    before=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
    sleep 3
    after=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
    [ $(( after - before )) -lt 30 ] && return 0  # under 10 % of one core (clock ticks of 10 ms)
  done
}

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# sign_in USER PASSWORD: keeps the session in $work/cookies.txt
sign_in() {
  jar_cookies="$work/cookies.txt"; rm -f "$jar_cookies"
  local token; token=$(curl -s -c "$jar_cookies" "http://127.0.0.1:$port/login" | csrf)
  curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=$1&password=$2&_csrf=$token" "http://127.0.0.1:$port/login"
}

# import_file FILE: uploads and imports it, waits for the batch; sets $status and $import_s (seconds, upload included)
import_file() {
  local token location batch t0
  token=$(curl -s -b "$jar_cookies" -c "$jar_cookies" "http://127.0.0.1:$port/data/import" | csrf)
  t0=$(date +%s.%N)
  location=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{redirect_url}' \
    -F "file=@$1;type=text/csv" -F "action=import" -F "_csrf=$token" "http://127.0.0.1:$port/data/import")
  batch=${location##*/}
  while :; do
    status=$(psqlq -c "select status from data_import_batch where id = $batch")
    case "$status" in committed|checked|failed) break;; esac
    sleep 1
  done
  import_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
}
