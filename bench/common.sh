# What every benchmark script needs, sourced after it sets app_pid="" (the application it starts, if any):
# stopping that application on exit, installing a missing Debian package, and saying what else loads the machine.

# (not "kill && wait": under set -e the application's exit status 143 would become the script's)
cleanup() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# need COMMAND PACKAGE: install PACKAGE with apt-get when COMMAND is missing (as root or through sudo)
need() { command -v "$1" >/dev/null 2>&1 || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo;
  $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null; }; }

# others [NOTE]: the load average and the other JVMs and PostgreSQL servers on the machine (concurrent builds or tests
# skew the figures), NOTE appended
others() {
  local java pg
  java=$(pgrep -x java | grep -vc "^${app_pid:-none}$" || true)
  pg=$(pgrep -f 'bin/postgres -D' | wc -l)
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg), other java processes: $java, PostgreSQL servers: $pg${1:+ $1}"
}
