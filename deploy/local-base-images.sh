#!/usr/bin/env bash
# Build the base images deploy/Dockerfile and docker-compose.yml use (python:3.11-slim, redis:7,
# postgres:15, and prom/prometheus:v2.42.0 for the optional metrics profile) from Debian
# packages, for machines that reach a Debian mirror but no container registry (air-gapped networks). The stand-ins are tagged with the official names, so the
# Dockerfile and compose file stay standard; a machine with registry access simply pulls them.
#
#   deploy/local-base-images.sh            build what is missing
#   deploy/local-base-images.sh --force    rebuild all
#
# Needs root, debootstrap and a running Docker engine. The Debian mirror is the one this
# machine's apt uses, unless DEBIAN_MIRROR is set.
set -euo pipefail
cd "$(dirname "$0")"

SUITE=${DEBIAN_SUITE:-bookworm}
BASE=wirestream-local/debian:$SUITE
force=${1:-}

host_mirror() {
  local uri
  uri=$(grep -hE '^\s*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(grep -hE '^\s*deb\s' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1 || true)
  [ -n "$uri" ] || { echo "cannot find this machine's Debian mirror; set DEBIAN_MIRROR" >&2; exit 2; }
  echo "$uri"
}

have() { [ "$force" != "--force" ] && docker image inspect "$1" >/dev/null 2>&1; }

if ! have "$BASE"; then
  mirror=${DEBIAN_MIRROR:-$(host_mirror)}
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  echo "debootstrap $SUITE from $mirror"
  debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$rootfs" "$mirror" >/dev/null
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
  tar -C "$rootfs" -c . | docker import - "$BASE" >/dev/null
  echo "built $BASE"
fi

for spec in "python:3.11-slim python" "redis:7 redis" "postgres:15 postgres" "prom/prometheus:v2.42.0 prometheus"; do
  set -- $spec
  if ! have "$1"; then
    docker build -q --build-arg "DEBIAN_BASE=$BASE" -t "$1" -f "base/$2.Dockerfile" base >/dev/null
    echo "built $1 (local stand-in from Debian packages)"
  fi
done
