#!/usr/bin/env bash
# Benchmark (not a test): the gateway against nginx proxying the same backend, on a cheap authenticated GET
# (/api/recruitment/schemes), with wrk. Targets alternate within one run (recruitment directly, nginx, the gateway),
# ROUNDS times, so each meets the same machine state. Rate limits are raised; every filter stays on. Prints requests/s,
# p50 and p99 per target and the gateway/nginx ratios. Starts its own platform on a fresh data folder and nginx
# (Debian's, on port 18080), and stops both afterwards. The JVMs run both JIT compilers, as deployed.
# Usage: bench/gateway.sh [ROUNDS=2] [SECONDS=20]   (needs wrk and nginx: apt-get install wrk nginx-light)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
SECONDS_EACH=${2:-20}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing: apt-get install wrk nginx-light"; exit 1; }
done
export ASCEND_HOME="${TMPDIR:-/tmp}/ascend-bench-gateway"
export ASCEND_RATE_PER_SECOND=1000000 ASCEND_RATE_BURST=1000000
# Steady-state speed as deployed: both JIT compilers (./ascend up stops at C1 by default, for a quicker start).
export ASCEND_JAVA_OPTS="${ASCEND_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
work=$(mktemp -d)
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream recruitment { server 127.0.0.1:8081; keepalive 32; }
  server {
    listen 127.0.0.1:18080;
    location / { proxy_pass http://recruitment; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
trap 'nginx_bin -s stop 2>/dev/null || true; ./ascend down >/dev/null; rm -rf "$work"' EXIT
nginx_bin() { "$(command -v nginx || echo /usr/sbin/nginx)" -c "$work/nginx.conf" "$@"; }
./ascend up --detach --wipe >/dev/null
nginx_bin
echo "Platform and nginx up. $(nproc) cores; JVM options $ASCEND_JAVA_OPTS; wrk -t2 -c16 -d${SECONDS_EACH}s, $ROUNDS rounds."
token=$(./ascend token programme-manager)
path=/api/recruitment/schemes
for target in "recruitment http://127.0.0.1:8081" "nginx http://127.0.0.1:18080" "gateway http://127.0.0.1:8080"; do
  set -- $target
  wrk -t2 -c16 -d15s -H "Authorization: Bearer $token" "$2$path" >/dev/null # warm up: C2 compiles the hot paths
done
results="$work/results"
for round in $(seq 1 "$ROUNDS"); do
  for target in "recruitment http://127.0.0.1:8081" "nginx http://127.0.0.1:18080" "gateway http://127.0.0.1:8080"; do
    set -- $target
    out=$(wrk -t2 -c16 -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $token" "$2$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    printf '%s %s %s %s %s %s\n' "$round" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" >> "$results"
  done
done
echo
printf '%-6s %-12s %12s %10s %10s %8s\n' round path requests/s p50 p99 non-2xx
while read -r round name rps p50 p99 non2xx; do
  printf '%-6s %-12s %12s %10s %10s %8s\n' "$round" "$name" "$rps" "$p50" "$p99" "$non2xx"
done < "$results"
echo
awk '{ sum[$2] += $3; n[$2]++ } END {
  g = sum["gateway"] / n["gateway"]; x = sum["nginx"] / n["nginx"]; r = sum["recruitment"] / n["recruitment"];
  printf "mean requests/s: recruitment %.0f, nginx %.0f, gateway %.0f\n", r, x, g;
  printf "gateway / nginx throughput: %.2fx (target 0.75x); nginx / direct: %.2fx; gateway / direct: %.2fx\n", g / x, x / r, g / r
}' "$results"
