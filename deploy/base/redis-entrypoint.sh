#!/bin/sh
# `redis-server ARGS` runs with the official image's defaults, which ARGS can override.
set -eu
if [ "${1:-}" = "redis-server" ]; then
  shift
  exec redis-server --bind 0.0.0.0 --protected-mode no "$@"
fi
exec "$@"
