#!/usr/bin/env bash
# Runs every test: unit, integration (embedded PostgreSQL) and browser journeys (headless Chromium).
# Installs Debian's chromium and chromium-driver first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the browser tests"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

exec mvn -B -ntp clean verify "$@"
