#!/usr/bin/env bash
# Benchmark (not a test): applications submitted through the gateway at a fixed offered rate, and the time from each
# acknowledgement until reporting counts it, as p50/p95/p99/max (e2e-tests' SubmissionToVisibleBenchmark; it starts
# the platform as the end-to-end tests do, demo data included, and stops it afterwards).
# Usage: bench/visible.sh [RATE=10 a second] [SECONDS=60]   (after ./mvnw install -DskipTests; ports as ./ascend up)
set -euo pipefail
cd "$(dirname "$0")/.."
log=e2e-tests/target/submission-to-visible.log
mkdir -p e2e-tests/target
echo "Starting the platform and submitting (about 5 minutes; log: $log)..."
if ! ./mvnw -B -q -pl e2e-tests test -Dtest=SubmissionToVisibleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.rate="${1:-10}" -Dbench.seconds="${2:-60}" > "$log" 2>&1; then tail -40 "$log"; exit 1; fi
sed -n '/^Submission to visible/,/p99/p' "$log"
