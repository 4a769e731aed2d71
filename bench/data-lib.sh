# Shared by the data benchmarks (sourced): sign in as the benchmark administrator and import a file through
# /data/import, waiting for its batch. Needs $port, $work and a psqlq function that queries the database.

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
