#!/usr/bin/env bash
# Copies each running service's OpenAPI document into web-console/openapi/, from which the console's typed API client
# is generated (tools/generate.mjs). Run it with the platform up (./ascend up) after changing an API, then build
# web-console: the type check shows what the change broke. e2e-tests (ConsoleApiDocumentsTest) fails until it is run.
set -euo pipefail
cd "$(dirname "$0")/.."
for service in recruitment:8081 assessment:8082 cohort:8083 reporting:8084; do
  curl -sf "http://127.0.0.1:${service#*:}/v3/api-docs" -o "openapi/${service%%:*}.json"
  echo "openapi/${service%%:*}.json refreshed"
done
