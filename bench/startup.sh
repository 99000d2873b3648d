#!/usr/bin/env bash
# Benchmark (not a test): time from launch to all-healthy, and memory (RSS) per process, for
#   1. the default JDK (java on PATH),
#   2. JDK 25 without an AOT cache, and
#   3. JDK 25 with its AOT cache (./ascend up's default: the first start records it, later ones use it),
# each measured RUNS times (default 3) on a fresh data folder. Prints figures and ratios.
# Usage: bench/startup.sh [RUNS]   (needs ports 8080-8084, 15432, 19092-19093, 16379 free)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
export ASCEND_HOME="${TMPDIR:-/tmp}/ascend-bench"
rm -rf "$ASCEND_HOME"

default_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
jdk25=""
for candidate in /usr/lib/jvm/*/; do
  v=$("${candidate}bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1 || true)
  if [ -n "$v" ] && [ "$v" -ge 25 ]; then jdk25="${candidate%/}"; break; fi
done
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

[ -f gateway/target/gateway.jar ] || JAVA_HOME="$default_jdk" ./mvnw -q -DskipTests install

rss_of() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

rss_table() { # RSS in MiB per process; PostgreSQL as the PSS sum of its processes (RSS would count shared buffers many times)
  local name pid value total=0
  for name in identity recruitment-service assessment-service cohort-service reporting-service gateway; do
    value=$(rss_of "$(pgrep -f -- "/$name.jar" | head -1 || true)"); total=$((total + value))
    printf '%s=%s\n' "$name" "$value"
  done
  value=$(rss_of "$(pgrep -f 'kafka.Kafka' | head -1)"); total=$((total + value)); printf 'kafka=%s\n' "$value"
  value=$(rss_of "$(pgrep -f 'redis-server' | head -1)"); total=$((total + value)); printf 'redis=%s\n' "$value"
  value=$(rss_of "$(pgrep -f 'org.ascend.local.Launcher' | head -1)"); total=$((total + value)); printf 'launcher=%s\n' "$value"
  value=$(for pid in $(pgrep -x postgres); do awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null; done \
    | awk '{s+=$1} END {printf "%.0f", s/1024}'); total=$((total + value))
  printf 'postgres (PSS of all its processes)=%s\n' "$value"
  printf 'whole platform=%s\n' "$total"
}

measure() { # label java_home aot_mode -> prints seconds per run, mean, and RSS of the last run
  local label=$1 home=$2 aot=$3 total=0 start end secs
  echo "== $label ($("$home/bin/java" -version 2>&1 | head -1))"
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$ASCEND_HOME/data"
    start=$(date +%s.%N)
    JAVA_HOME="$home" ASCEND_AOT="$aot" ./ascend up --detach > "$ASCEND_HOME-up.log" 2>&1 \
      || { cat "$ASCEND_HOME-up.log"; exit 1; }
    end=$(date +%s.%N)
    secs=$(calc "$end - $start")
    total=$(calc "$total + $secs")
    echo "   run $run: $(printf '%.1f' "$secs") s to all healthy"
    if [ "$run" = "$RUNS" ]; then rss_table | sed 's/^/   RSS MiB /'; fi
    JAVA_HOME="$home" ./ascend down > /dev/null
  done
  MEAN=$(calc "$total / $RUNS")
  echo "   mean: $MEAN s"
}

measure "default JDK" "$default_jdk" off; default_mean=$MEAN
if [ -z "$jdk25" ]; then
  echo "No JDK 25 under /usr/lib/jvm: AOT cache not measured."
  exit 0
fi
measure "JDK 25" "$jdk25" off; jdk25_mean=$MEAN
echo "== the first start on JDK 25 (./ascend up's default ASCEND_AOT=auto records each service's cache; written as it stops)"
rm -rf "$ASCEND_HOME/data" "$ASCEND_HOME/aot"
start=$(date +%s.%N)
JAVA_HOME="$jdk25" ./ascend up --detach > /dev/null
echo "   first start: $(calc "$(date +%s.%N) - $start") s to all healthy (recording)"
start=$(date +%s.%N)
JAVA_HOME="$jdk25" ./ascend down > /dev/null
echo "   its stop: $(calc "$(date +%s.%N) - $start") s (writing the caches)"
ls -la "$ASCEND_HOME/aot/"*.aot | awk '{printf "   cache %s %.0f MiB\n", $9, $5/1048576}'
measure "JDK 25 + AOT cache (the default from the second start)" "$jdk25" auto; aot_mean=$MEAN

echo
echo "== ratios (mean time to all healthy)"
echo "   JDK 25 / default JDK:            $(calc "$jdk25_mean / $default_mean")"
echo "   JDK 25 + AOT / JDK 25:           $(calc "$aot_mean / $jdk25_mean")"
echo "   JDK 25 + AOT / default JDK:      $(calc "$aot_mean / $default_mean")"
