#!/usr/bin/env bash
# Builds, on this machine, the images Ascend's containers run on (no image registry is reachable here), tagged with
# the names of the official images so the same compose file and Testcontainers code work unchanged where Docker and
# a registry exist. Each is made from Debian packages with mmdebstrap and `podman import`; what each image honours
# of its official namesake is in docs/operations.md. Idempotent: an image already present is kept (--rebuild rebuilds).
#   infra/container-engine/images.sh [--rebuild]
# Needs the engine (infra/container-engine/setup.sh) and the Maven build's local repository (PostgreSQL binaries).
set -euo pipefail
cd "$(dirname "$0")"
say() { echo "[images] $*"; }
rebuild=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Debian 12 with its -updates and -security suites (without them the JDK is an older one).
mirrors=("deb http://deb.debian.org/debian bookworm main" "deb http://deb.debian.org/debian bookworm-updates main"
         "deb http://deb.debian.org/debian-security bookworm-security main")
# Leaving out manuals and docs keeps images small; the OpenJDK post-install needs man1 and man7 to exist, though.
slim=(--dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*'
      --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias'
      --essential-hook='mkdir -p "$1/usr/share/man/man1" "$1/usr/share/man/man7"'
      --customize-hook='rm -rf "$1/var/lib/apt/lists/"* "$1/var/cache/apt/"*')

# An image is kept unless --rebuild, or the files it was built from (second argument, a digest) changed since.
present() {
  [[ -z $rebuild ]] && podman image exists "$1" \
    && [[ -z ${2:-} || $(podman image inspect --format '{{index .Labels "ascend.inputs"}}' "$1") == "$2" ]]
}
inputs() { cat "$@" | sha256sum | cut -c1-16; }

# ascend/jre:17 — the services' base (Jib builds on it): OpenJDK 17 JRE, CA certificates, curl for health checks,
# and the unprivileged user the services run as (uid 10001).
if present ascend/jre:17; then
  say "ascend/jre:17 present"
else
  say "building ascend/jre:17 (Debian 12, OpenJDK 17 JRE; about 40 s)"
  mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates,curl "${slim[@]}" \
    --customize-hook='chroot "$1" useradd --uid 10001 --user-group --no-create-home --home-dir /nonexistent ascend' \
    bookworm "$work/jre.tar" "${mirrors[@]}"
  podman import --quiet --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' --change 'CMD ["java", "-version"]' \
    "$work/jre.tar" ascend/jre:17 >/dev/null
fi
# Jib builds the services on a base saved as a file (tar://…): its docker:// base does not work through podman's shim.
cache=${ASCEND_IMAGE_CACHE:-/var/cache/ascend/images}
if [[ ! -s $cache/ascend-jre-17.tar || -n $rebuild ]]; then
  mkdir -p "$cache"
  rm -f "$cache/ascend-jre-17.tar"
  podman save --quiet --format docker-archive -o "$cache/ascend-jre-17.tar" ascend/jre:17 >/dev/null
  say "saved ascend/jre:17 to $cache/ascend-jre-17.tar (Jib's base)"
fi

# postgres:17 — Debian 13's PostgreSQL 17 packages (Debian 12 ships 15): server, psql, pg_dump and pg_restore of one
# version, so backups taken in the container work. The user postgres is made first with the official image's uid (999);
# the package's own sample cluster is removed (the entrypoint makes one in PGDATA).
postgres_inputs=$(inputs postgres/docker-entrypoint.sh images.sh)
if present postgres:17 "$postgres_inputs"; then
  say "postgres:17 present"
else
  say "building postgres:17 (Debian 13's postgresql-17; about 40 s)"
  mmdebstrap --quiet --variant=apt --include=postgresql-17 "${slim[@]}" \
    --essential-hook='echo "postgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/bash" >> "$1/etc/passwd"' \
    --essential-hook='echo "postgres:x:999:" >> "$1/etc/group"' \
    --essential-hook='mkdir -p "$1/var/lib/postgresql" && chown 999:999 "$1/var/lib/postgresql"' \
    --customize-hook='rm -rf "$1/var/lib/postgresql/17" "$1/etc/postgresql/17"' \
    --customize-hook='mkdir -p "$1/docker-entrypoint-initdb.d"' \
    --customize-hook="install -m 0755 $PWD/postgres/docker-entrypoint.sh \"\$1/usr/local/bin/docker-entrypoint.sh\"" \
    trixie "$work/pg.tar" "deb http://deb.debian.org/debian trixie main" "deb http://deb.debian.org/debian trixie-updates main" \
    "deb http://deb.debian.org/debian-security trixie-security main"
  podman import --quiet --change 'ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV PGDATA=/var/lib/postgresql/data' --change 'ENV PGHOST=/tmp' --change 'EXPOSE 5432' --change 'STOPSIGNAL SIGINT' \
    --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["postgres"]' \
    --change "LABEL ascend.inputs=$postgres_inputs" "$work/pg.tar" postgres:17 >/dev/null
fi

# apache/kafka:4.1.2 — the Kafka 4.1.2 jars the local stack runs (infra/local's runtime classpath), on ascend/jre:17.
kafka_inputs=$(inputs kafka/Containerfile kafka/run)
if present apache/kafka:4.1.2 "$kafka_inputs"; then
  say "apache/kafka:4.1.2 present"
else
  libs=../local/target/lib
  ls "$libs"/kafka_2.13-4.1.2.jar >/dev/null 2>&1 || { echo "[images] no Kafka jars in infra/local/target/lib: run ./mvnw install -DskipTests first" >&2; exit 1; }
  say "building apache/kafka:4.1.2"
  mkdir -p "$work/kafka/libs"
  cp kafka/Containerfile kafka/run "$work/kafka/"
  find "$libs" -name '*.jar' ! -name 'embedded-*' ! -name 'postgresql-*' -exec cp {} "$work/kafka/libs/" \;
  podman build --quiet --pull=never --label "ascend.inputs=$kafka_inputs" -t apache/kafka:4.1.2 "$work/kafka" >/dev/null
fi

# redis:7.0 — Debian 12's Redis 7.0 server (the gateway's rate limiter), run as the package's unprivileged user.
if present redis:7.0; then
  say "redis:7.0 present"
else
  say "building redis:7.0 (Debian 12's redis-server)"
  mmdebstrap --quiet --variant=apt --include=redis-server "${slim[@]}" \
    --customize-hook='mkdir -p "$1/data" && chroot "$1" chown redis:redis /data' \
    bookworm "$work/redis.tar" "${mirrors[@]}"
  # Like the official image: no config file, so protected mode off (the network, not Redis, decides who reaches it).
  podman import --quiet --change 'USER redis' --change 'WORKDIR /data' --change 'EXPOSE 6379' \
    --change 'ENTRYPOINT ["redis-server"]' --change 'CMD ["--protected-mode", "no"]' "$work/redis.tar" redis:7.0 >/dev/null
fi

# The names as Docker clients spell them: through the Docker-compatible API "postgres:17" means
# docker.io/library/postgres:17, which would otherwise send the engine to a registry it cannot reach.
podman tag postgres:17 docker.io/library/postgres:17
podman tag apache/kafka:4.1.2 docker.io/apache/kafka:4.1.2
podman tag redis:7.0 docker.io/library/redis:7.0

podman image prune --force >/dev/null  # the untagged layers of images rebuilt above
say "images: $(podman images --format '{{.Repository}}:{{.Tag}}' | sort | tr '\n' ' ')"
