#!/usr/bin/env bash
# Benchmark (not a test): application submissions through the gateway at fixed rates, with throughput
# and p50/p99 latency, beside pgbench running the same inserts at the same rates and concurrency, and
# their ratio. Starts its own platform on a fresh data folder and stops it afterwards.
# Usage: bench/submissions.sh [RATES=10,25,50] [CLIENTS=8] [SECONDS=20]
#   (needs ports 8080-8084, 9000, 15432, 19092-19093, 16379 free; pgbench and psql from a PostgreSQL
#    client install, found on PATH, in $PGBIN or /usr/lib/postgresql/*/bin; without them, the gateway side only)
set -euo pipefail
cd "$(dirname "$0")/.."
export ASCEND_HOME="${TMPDIR:-/tmp}/ascend-bench-submissions"
trap './ascend down >/dev/null' EXIT
./ascend up --detach --wipe >/dev/null
echo "Platform up (data in $ASCEND_HOME)."
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
"${JAVA_HOME:-$java_home}/bin/java" bench/SubmissionBenchmark.java "$@"
