#!/usr/bin/env bash
# All the benchmarks, one after another, each printing its figures and ratios (docs/performance.md says what each
# measures and what limits it). Each starts and stops its own platform, so nothing else may hold its ports.
# Usage: bench/run.sh   (needs wrk, nginx and pgbench: apt-get install wrk nginx-light postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo; echo "== Gateway against nginx (bench/gateway.sh)"; bench/gateway.sh 2 15
echo; echo "== Submissions against pgbench (bench/submissions.sh)"; bench/submissions.sh 10,25 8 20
echo; echo "== Read-model rebuild against a bare bulk upsert (reporting-service -Pbench)"
./mvnw -B -q -pl reporting-service -Pbench verify
echo; echo "== Outbox relay against kafka-producer-perf-test (bench/outbox.sh)"; bench/outbox.sh 20000
echo; echo "== Submission to visible in reporting (bench/visible.sh)"; bench/visible.sh 10 60
echo; echo "== Start and memory (bench/startup.sh)"; bench/startup.sh 1
