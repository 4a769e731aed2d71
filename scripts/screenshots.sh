#!/usr/bin/env bash
# Screenshots for the README, taken from the running application so they stay current: the home page, a
# demonstration event's dashboard, the data map of a demonstration indicator, and the home page in Arabic
# on a phone (right to left). Starts the jar (built first when missing or older than the sources) with
# the demonstration dataset on a throw-away database, photographs it with headless Chromium, writes
# docs/screenshots/*.png and stops the application.
# Usage: bash scripts/screenshots.sh     (the first start takes a few minutes: the gazetteer loads)
# Environment: SCREENSHOTS_PORT (first HTTP port tried, default 18080), SCREENSHOTS_OFFLINE=1 (mvn -o),
# SCREENSHOTS_TIMEOUT (seconds to wait for the application, default 900).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/docs/screenshots"
jar="$root/target/crossroads-0.1.0-SNAPSHOT.jar"
timeout_s=${SCREENSHOTS_TIMEOUT:-900}
app_pid=""
work=""

command -v chromium >/dev/null 2>&1 || {
  echo "chromium is missing: install Debian's headless browser with 'sudo apt-get install chromium'" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || { echo "curl is missing: 'sudo apt-get install curl'" >&2; exit 1; }

# Always stop the application and remove the throw-away data, however the script ends
# (not "kill && wait": under set -e the application's exit status 143 would become the script's).
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
work="$(mktemp -d)"

# 1. Build the jar when it is missing or any source is newer than it.
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building $jar"
  mvn -B -q -DskipTests ${SCREENSHOTS_OFFLINE:+-o} package
fi

# 2. Start it on a free port with the demonstration dataset, a throw-away database and no mail delivery.
port=${SCREENSHOTS_PORT:-18080}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
echo "Starting the application on $base (log: $work/app.log)"
java -jar "$jar" --server.port="$port" \
  --crossroads.database.embedded.data-directory="$work/postgres" \
  --crossroads.demo=true --crossroads.mail.enabled=false > "$work/app.log" 2>&1 &
app_pid=$!

# Ready once / answers 200 and the demonstration events are listed (they are added just after the web
# server starts). Poll every 5 s, up to $timeout_s seconds.
started=$(date +%s)
event=""
while :; do
  elapsed=$(( $(date +%s) - started ))
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "The application stopped; its last lines:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
  fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = 200 ]; then
    event=$(curl -s "$base/events?q=Demonstration" | grep -o 'href="/events/[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
    [ -n "$event" ] && break
    echo "  ${elapsed}s: up, waiting for the demonstration data"
  else
    echo "  ${elapsed}s: starting ($(tail -n 1 "$work/app.log" | cut -c1-100))"
  fi
  if [ "$elapsed" -ge "$timeout_s" ]; then
    echo "The application was not ready within ${timeout_s}s; its last lines:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
  fi
  sleep 5
done
echo "Ready after $(( $(date +%s) - started ))s; demonstration event $event"

# 3. Screenshots: a fresh browser profile each time (so no language cookie carries over), and virtual
# time for the scripts to draw the maps.
shot() { # name width height path
  local file="$work/$1.png" url="$base$4" status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
  [ "$status" = 200 ] || { echo "$url answered $status" >&2; exit 1; }
  rm -rf "$work/profile"
  timeout 180 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/profile" --lang=en-GB --window-size="$2,$3" --virtual-time-budget=5000 \
    --screenshot="$file" "$url" >> "$work/chromium.log" 2>&1 || true
  [ -s "$file" ] || { echo "chromium took no screenshot of $url; see below" >&2; tail -n 20 "$work/chromium.log" >&2; exit 1; }
  echo "  $1: $url"
}
echo "Taking screenshots"
shot home 1280 900 "/"
shot event-dashboard 1280 900 "/events/$event/dashboard"
shot data-map 1280 1080 "/data/map?indicator=demo.new_arrivals"
shot arabic-phone 390 844 "/?lang=ar"

# 4. Shrink them when a PNG optimiser is installed (neither is required), then put them in place.
for f in "$work"/*.png; do
  if command -v pngquant >/dev/null 2>&1; then pngquant --force --skip-if-larger --quality=70-95 --output "$f" "$f" || true; fi
  if command -v optipng >/dev/null 2>&1; then optipng -quiet -o2 "$f" || true; fi
done
mkdir -p "$out"
for name in home event-dashboard data-map arabic-phone; do
  mv "$work/$name.png" "$out/$name.png"
  echo "$(du -k "$out/$name.png" | cut -f1) KB  docs/screenshots/$name.png"
done
echo "Done in $(( $(date +%s) - started ))s after the build"
