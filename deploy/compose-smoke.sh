#!/usr/bin/env bash
# The compose stack for real: build, start healthy, ingest the seeds through ./inbox, check
# PostgreSQL and wirestream:enriched, scale entity-enrich to 2 and check both replicas
# consume, then tear everything down and check nothing is left behind.
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

psql_count() {
  dc exec -T -e PGPASSWORD="${POSTGRES_PASSWORD:-wirestream}" postgres \
    psql -h 127.0.0.1 -U wirestream -d wirestream -tAc "select count(*) from articles" 2>/dev/null | tr -d '[:space:]'
}
# redis-cli as the operators' user, whose password is the redis_default secret
rcli() { dc exec -T redis sh -c 'redis-cli --no-auth-warning --user default --pass "$(cat /run/secrets/redis_default)" "$@"' rcli "$@"; }
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

log "drop the seeds into ./inbox"
cp seeds/*.txt "$inbox"/
wait_until 180 "both seeds in PostgreSQL" stored_at_least 2
wait_until 60 "both seeds on wirestream:enriched" published_at_least 2
incident=$(rcli XLEN wirestream:incident:kremlin-drone-attack-2023 | tr -d '[:space:]')
[ "$incident" = 2 ] || fail "expected both seeds on wirestream:incident:kremlin-drone-attack-2023, found $incident"
dc exec -T -e PGPASSWORD="${POSTGRES_PASSWORD:-wirestream}" postgres psql -h 127.0.0.1 -U wirestream -d wirestream \
  -tAc "select published_at, left(title, 60) from articles order by published_at"

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
denied=$(dc exec -T redis sh -c 'redis-cli --no-auth-warning --user clean --pass "$(cat /run/secrets/redis_default)" XLEN wirestream:enriched 2>&1' || true)
echo "$denied" | grep -q -E "WRONGPASS|NOPERM" || fail "a wrong user or password was accepted: $denied"
log "logs of one worker"
dc logs --tail 3 persist

teardown
trap - EXIT
left=$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT"; docker network ls -q --filter "label=com.docker.compose.project=$PROJECT"; docker volume ls -q --filter "label=com.docker.compose.project=$PROJECT")
[ -z "$left" ] || fail "left behind after down -v: $left"
rm -rf "$inbox"
log "compose smoke test passed: healthy stack, seeds stored and published, 2 replicas consuming, clean teardown"
