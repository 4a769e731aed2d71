#!/usr/bin/env bash
# Library text extraction throughput (issue 11, section 4): pages per second for a mixed set of generated PDFs and
# DOCX files, extracted as the background queue does it (Tika with its limits, language detection, PDF thumbnail).
# Usage: bash bench/library-extraction.sh [FILES_PER_KIND] [PAGES_PER_FILE] [THREADS]   (defaults 40, 10, 1;
#        about a minute; no application or database is started). The machine's load average is printed before and
#        after the measurement: on shared cores it says how much the figure is a low bound.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile
cp_file=target/bench-extraction-classpath.txt
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.crossroads.library.files.ExtractionBenchmark "${1:-40}" "${2:-10}" "${3:-1}" 2>/dev/null | grep -E '^(data|threads)'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
