#!/usr/bin/env bash
# Benchmark (not a test): the outbox relay's events per second against kafka-producer-perf-test on the same broker,
# as a ratio (recruitment-service's OutboxRelayBenchmark: a broker of its own and the tests' PostgreSQL; no platform).
# Usage: bench/outbox.sh [EVENTS=20000]   (after ./mvnw install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl recruitment-service test -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="${1:-20000}"
sed -n '/^Outbox relay against/,/ratio/p' recruitment-service/target/surefire-reports/org.ascend.recruitment.OutboxRelayBenchmark-output.txt
