#!/usr/bin/env bash
# A real container engine on a Debian 12 machine with no Docker daemon and no systemd (docs/operations.md):
# rootful Podman with runc, its Docker-compatible API socket (Testcontainers and docker-compose talk to it),
# docker-compose, and a loop that runs containers' health checks, which Podman leaves to systemd timers.
# Idempotent: each step says what it does, and skips what is already done. Run as root.
#   infra/container-engine/setup.sh          set up and start
#   infra/container-engine/setup.sh --stop   stop the API socket and the health-check loop
set -euo pipefail

SOCKET=/run/podman/podman.sock
HEALTH_LOOP_PID=/run/ascend-healthcheck-loop.pid
SERVICE_PID=/run/ascend-podman-service.pid
say() { echo "[engine] $*"; }

if [[ $(id -u) -ne 0 ]]; then
  echo "[engine] Run this as root: it installs packages and starts the engine's API socket." >&2
  exit 1
fi

stop() {
  for pidfile in "$HEALTH_LOOP_PID" "$SERVICE_PID"; do
    if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")" && say "stopped $(basename "$pidfile" .pid)"
    fi
    rm -f "$pidfile"
  done
}
if [[ ${1:-} == --stop ]]; then
  stop
  exit 0
fi

# 1. Packages. crun, Podman's default runtime, fails here ("cgroups in hybrid mode"): runc instead. The CNI dnsname
#    plugin lets containers on a network find each other by name (compose services, the platform's hosts).
packages=(podman runc podman-docker docker-compose mmdebstrap golang-github-containernetworking-plugin-dnsname)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  say "installing ${missing[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "packages present: ${packages[*]}"
fi

# 2. Configuration: runc, cgroupfs and a file event log (no systemd), ulimits within the shell's hard limits, and
#    short image names resolved locally only: no registry is reachable, every image is built here.
mkdir -p /etc/containers
conf=$(cat <<'CONF'
# Written by infra/container-engine/setup.sh (docs/operations.md).
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"

[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
CONF
)
if [[ "$(cat /etc/containers/containers.conf 2>/dev/null)" != "$conf" ]]; then
  say "writing /etc/containers/containers.conf (runc, cgroupfs, file events, ulimits)"
  printf '%s\n' "$conf" > /etc/containers/containers.conf
else
  say "/etc/containers/containers.conf already set"
fi
registries='unqualified-search-registries = []
short-name-mode = "permissive"'
if [[ "$(cat /etc/containers/registries.conf.d/00-ascend.conf 2>/dev/null)" != "$registries" ]]; then
  say "writing /etc/containers/registries.conf.d/00-ascend.conf (no registries: images are built locally)"
  mkdir -p /etc/containers/registries.conf.d
  printf '%s\n' "$registries" > /etc/containers/registries.conf.d/00-ascend.conf
fi

# 3. The Docker-compatible API on a socket, linked where Docker clients look for it.
if curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; then
  say "API socket already answering at $SOCKET"
else
  say "starting the API socket at $SOCKET"
  mkdir -p "$(dirname "$SOCKET")"
  nohup podman system service --time=0 "unix://$SOCKET" >/var/log/ascend-podman-service.log 2>&1 &
  echo $! > "$SERVICE_PID"
  for _ in $(seq 1 50); do
    curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -sf --unix-socket "$SOCKET" http://d/_ping >/dev/null || { echo "[engine] the API did not start: see /var/log/ascend-podman-service.log" >&2; exit 1; }
fi
ln -sf "$SOCKET" /run/docker.sock
[[ -e /var/run/docker.sock ]] || ln -sf "$SOCKET" /var/run/docker.sock

# 4. Health checks: Podman runs them from systemd timers, which do not exist here, so compose's
#    `condition: service_healthy` would wait forever. A loop runs the checks of starting and running containers.
if [[ -f $HEALTH_LOOP_PID ]] && kill -0 "$(cat "$HEALTH_LOOP_PID")" 2>/dev/null; then
  say "health-check loop already running"
else
  say "starting the health-check loop (every 2 s)"
  # One `podman ps` a round (filters on the same key are either-or); niced, so that on a small machine the checks
  # wait for the services they check rather than slow their start.
  nohup nice -n 10 bash -c 'while true; do
      for id in $(podman ps -q --filter health=starting --filter health=healthy --filter health=unhealthy); do
        podman healthcheck run "$id" >/dev/null 2>&1 || true
      done
      sleep 2
    done' >/dev/null 2>&1 &
  echo $! > "$HEALTH_LOOP_PID"
fi

say "ready: $(podman --version), runtime $(podman info --format '{{.Host.OCIRuntime.Name}}'), socket $SOCKET (also /run/docker.sock)"
