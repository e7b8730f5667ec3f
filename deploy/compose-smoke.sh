#!/usr/bin/env bash
# The compose stack for real: build, start healthy, check the least-privilege setup (database
# credentials and network for persist only, a role that is not a superuser, read-only containers
# without capabilities, rotated logs, no password in a healthcheck's arguments), ingest the seeds
# through ./inbox, check PostgreSQL and wirestream:enriched, scale entity-enrich to 2 and check both
# replicas consume, then tear everything down and check nothing is left behind.
#
#   deploy/compose-smoke.sh        (needs a running Docker engine and the base images)
# COMPOSE (default: docker compose, else docker-compose) and PROJECT may be set.
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECT=${PROJECT:-wirestream-smoke}
export WIRESTREAM_REDIS_PORT=${WIRESTREAM_REDIS_PORT:-16379}
if [ -z "${COMPOSE:-}" ]; then
  if docker compose version >/dev/null 2>&1; then COMPOSE="docker compose"; else COMPOSE=docker-compose; fi
fi
dc() { $COMPOSE -p "$PROJECT" "$@"; }
log() { printf '== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "FAILED: $*" >&2; dc ps >&2 || true; dc logs --tail 40 >&2 || true; exit 1; }

# psql as persist's role "wirestream", whose password is the postgres_wirestream secret (read inside the container)
psql_ws() {
  dc exec -T postgres sh -c 'PGPASSWORD="$(cat /run/secrets/postgres_wirestream)" psql -h 127.0.0.1 -U wirestream -d wirestream -tA "$@"' psql "$@"
}
psql_count() { psql_ws -c "select count(*) from articles" 2>/dev/null | tr -d '[:space:]'; }
# redis-cli as the operators' user, whose password is the redis_default secret (in REDISCLI_AUTH, not in arguments)
rcli() { dc exec -T redis sh -c 'REDISCLI_AUTH="$(cat /run/secrets/redis_default)" redis-cli --no-auth-warning --user default "$@"' rcli "$@"; }
xlen() { rcli XLEN wirestream:enriched | tr -d '[:space:]'; }
wait_until() {  # wait_until SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || fail "timed out after ${limit}s waiting for $what"
    sleep 2
  done
}
stored_at_least() { [ "$(psql_count || echo 0)" -ge "$1" ]; }
published_at_least() { [ "$(xlen || echo 0)" -ge "$1" ]; }

teardown() {
  log "tear down"
  dc down -v --remove-orphans --timeout 30 >/dev/null 2>&1 || true
}
trap teardown EXIT

inbox=./inbox
if [ -e "$inbox" ] && [ -n "$(ls -A "$inbox" 2>/dev/null)" ]; then
  fail "./inbox is not empty; the smoke test needs a fresh one"
fi
mkdir -p "$inbox"
# as root, hand the inbox to the image's own non-root user instead of running fetch as root
[ "$(id -u)" != 0 ] || chown 10001:10001 "$inbox"
export WIRESTREAM_UID=${WIRESTREAM_UID:-$(stat -c %u "$inbox")} WIRESTREAM_GID=${WIRESTREAM_GID:-$(stat -c %g "$inbox")}

log "build and start"
dc build -q
dc up -d --wait --wait-timeout 300 || fail "the stack did not become healthy"
dc ps --format '{{.Service}} {{.Status}}'

log "least privilege"
for s in fetch clean date-parse entity-enrich; do
  leaked=$(dc exec -T "$s" sh -c 'env | grep -i -E "DATABASE|POSTGRES" ; ls /run/secrets | grep -i postgres' || true)
  [ -z "$leaked" ] || fail "$s holds database settings or secrets: $leaked"
  dc exec -T "$s" python -c "import socket; socket.getaddrinfo('postgres', 5432)" >/dev/null 2>&1 \
    && fail "$s can reach the database's network"
done
dc exec -T persist python -c "import socket; socket.create_connection(('postgres', 5432), 5).close()" \
  || fail "persist cannot reach PostgreSQL"
role=$(psql_ws -c "select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = current_user" | tr -d '[:space:]')
[ "$role" = "f|f|f" ] || fail "the database role wirestream should be neither superuser nor creator of roles or databases: $role"
owner=$(psql_ws -c "select pg_get_userbyid(datdba) from pg_database where datname = 'wirestream'" | tr -d '[:space:]')
[ "$owner" = wirestream ] || fail "the database wirestream should be owned by the role wirestream, not $owner"
for s in redis-acl postgres fetch clean date-parse entity-enrich persist; do
  id=$(dc ps -a -q "$s" | head -1)
  [ -n "$id" ] || fail "no container for $s"
  hardening=$(docker inspect --format 'readonly={{.HostConfig.ReadonlyRootfs}} capdrop={{.HostConfig.CapDrop}} secopt={{.HostConfig.SecurityOpt}} pids={{.HostConfig.PidsLimit}} log={{.HostConfig.LogConfig.Type}}/{{index .HostConfig.LogConfig.Config "max-size"}}/{{index .HostConfig.LogConfig.Config "max-file"}}' "$id")
  for want in "readonly=true" "capdrop=\[[A-Z_]*ALL\]" "no-new-privileges" "pids=[1-9]" "log=json-file/10m/3"; do
    echo "$hardening" | grep -q -E -- "$want" || fail "$s is not hardened ($want): $hardening"
  done
done
dc exec -T clean sh -c 'touch /opt/venv/written 2>/dev/null' && fail "the root file system of a worker is writable"
dc exec -T clean sh -c 'touch /tmp/written' || fail "a worker's /tmp is not writable"
[ "$(dc exec -T clean sh -c 'grep CapEff /proc/self/status' | awk '{print $2}' | tr -d '[:space:]')" = 0000000000000000 ] \
  || fail "a worker has capabilities"
docker inspect --format '{{json .Config.Healthcheck.Test}}' "$(dc ps -q redis)" | grep -qF "$(cat deploy/secrets/redis_default)" \
  && fail "the Redis healthcheck carries the password in its arguments"

log "drop the seeds into ./inbox"
cp seeds/*.txt "$inbox"/
wait_until 180 "both seeds in PostgreSQL" stored_at_least 2
wait_until 60 "both seeds on wirestream:enriched" published_at_least 2
incident=$(rcli XLEN wirestream:incident:kremlin-drone-attack-2023 | tr -d '[:space:]')
[ "$incident" = 2 ] || fail "expected both seeds on wirestream:incident:kremlin-drone-attack-2023, found $incident"
psql_ws -c "select published_at, left(title, 60) from articles order by published_at"

log "scale entity-enrich to 2"
dc up -d --wait --wait-timeout 300 --no-recreate --scale entity-enrich=2 || fail "scaling failed"
replicas=$(dc ps -q entity-enrich | wc -l)
[ "$replicas" -eq 2 ] || fail "expected 2 entity-enrich replicas, found $replicas"
python3 - "$inbox" <<'PY'
import random, sys
from pathlib import Path
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
rng = random.Random(3)
for i in range(40):
    header, _, body = seeds[i % 2].partition("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    rng.shuffle(paragraphs)
    tmp = Path(sys.argv[1]) / f".scale-{i:02}.txt"
    tmp.write_text("\n".join([header, "", *paragraphs, f"Report {i} from the compose smoke test."]), encoding="utf-8")
    tmp.rename(tmp.with_name(tmp.name[1:]))
PY
wait_until 300 "42 articles stored" stored_at_least 42
# Each replica reports its count in its heartbeat, every few seconds: wait for the reports to catch up.
replicas_consumed() {
  consumed=$(for k in $(rcli --scan --pattern "wirestream:health:entity-enrich:*"); do rcli GET "$k"; echo; done |
    python3 -c 'import json,sys; print(sum(1 for l in sys.stdin if l.strip() and json.loads(l)["processed"] > 0))')
  [ "$consumed" -eq 2 ]
}
wait_until 30 "both entity-enrich replicas reporting articles processed" replicas_consumed
echo "entity-enrich replicas that processed articles: $consumed"

log "Redis accepts a user only with its own password"
denied=$(dc exec -T redis sh -c 'REDISCLI_AUTH="$(cat /run/secrets/redis_default)" redis-cli --no-auth-warning --user clean XLEN wirestream:enriched 2>&1' || true)
echo "$denied" | grep -q -E "WRONGPASS|NOPERM" || fail "a wrong user or password was accepted: $denied"
log "logs of one worker"
dc logs --tail 3 persist

teardown
trap - EXIT
left=$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT"; docker network ls -q --filter "label=com.docker.compose.project=$PROJECT"; docker volume ls -q --filter "label=com.docker.compose.project=$PROJECT")
[ -z "$left" ] || fail "left behind after down -v: $left"
rm -rf "$inbox"
log "compose smoke test passed: healthy hardened stack, least privilege, seeds stored and published, 2 replicas consuming, clean teardown"
