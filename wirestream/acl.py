"""Least privilege on Redis: one ACL user per service, each command tied to the keys it is for.

Redis 7 selectors (``(...)``) give a user several sets of commands, each allowed
only on its own key patterns; a command runs when one set (the root rules or a
selector) allows it with all its keys. That is what ties "acknowledge" to the
stage's own input and "append" to its output, where plain rules would allow every
granted command on every granted key. Rules used here work on Redis 7.0 and Valkey.

A stage user (``clean`` shown; every stage alike) may:

* append to its output stream and to the dead letters (``XADD``);
* consume its own input with its group: read, acknowledge, claim, see what is
  pending, create its group (``XREADGROUP XACK XAUTOCLAIM XCLAIM XPENDING XGROUP CREATE``),
  on the input stream only;
* wrap its output's ``XADD`` and its input's ``XACK`` in one transaction (``MULTI EXEC
  DISCARD``, which name no key: each command queued inside is checked as above);
* write its own heartbeat and registration, and read everyone's (health checks).

It may not delete or trim anything (``DEL``, ``XTRIM``, ``XDEL``), set or read other
keys, acknowledge another stage's group, run Lua (``EVAL``, ``FUNCTION``), list
keys (``SCAN``, ``KEYS``), or touch the server (``CONFIG``, ``FLUSHALL``, ``SHUTDOWN``).
``fetch`` may also read ``INFO`` (it pauses while Redis memory is high) and
``XINFO GROUPS`` of the stages' input streams, read-only (it claims no file while the
pipeline's backlog is over its bound, :mod:`wirestream.backpressure`); no other
``XINFO`` form (``XINFO STREAM`` returns entries) and no other key.
``persist`` publishes through the function ``wirestream_publish_once`` only
(``FCALL`` of that one function; commands inside a function are checked against
the caller's ACL too, so it also holds the ``GET``/``SET``/``XADD`` the function
runs, on those keys only).

What moved: trimming streams, capping the dead letters and removing dead consumers
need ``XTRIM``, ``XGROUP DELCONSUMER`` and ``SCAN``, which no stage holds any more;
the ``housekeeper`` user runs them (:mod:`wirestream.housekeeping`) and loads the
server-side functions. ``subscriber`` may only read ``wirestream:enriched`` and the
incident streams; ``default`` is the operators' user (status, dead letters, ingest).

Not closable with ACLs: ``XADD`` accepts ``MAXLEN``/``MINID`` options, so a user that
may append to a stream may also trim it (``XADD s MAXLEN 0 * f v``); Redis has no
per-argument rules. A stage could thus drop its output's backlog or the dead
letters; the housekeeper cannot tell such a trim from its own.

The stages, and what each may do beyond the above (persist's function, fetch's ``INFO``,
the streams a stage writes for subscribers), come from the stage registry
(:mod:`wirestream.services.registry`), passed in as a :class:`~wirestream.stages.Pipeline`.

``wirestream acl`` writes these rules as an ACL file, with SHA-256 password hashes
(never the passwords themselves), for ``redis-server --aclfile``.
"""

from __future__ import annotations

import hashlib

from wirestream import contracts, functions, health
from wirestream.stages import HOUSEKEEPER, Pipeline

SUBSCRIBER = "subscriber"

# Every client: handshake (CLIENT SETINFO is left out: Redis 7.0 does not know it, and redis-py
# ignores its refusal) and liveness.
_HANDSHAKE = "resetkeys resetchannels -@all +ping +hello +auth +client|setname +select"
_CONSUME = "+xreadgroup +xack +xautoclaim +xclaim +xpending +xgroup|create"
_READ_HEALTH = f"%R~{health.PREFIX}:* %R~{health.REGISTRY_PREFIX}:* +get +mget +zrangebyscore"


def _own_health(name: str) -> str:
    return f"(%RW~{health.PREFIX}:{name}:* %RW~{health.registry(name)} +set +del +zadd)"


def _pipeline_streams(pipeline: Pipeline) -> list[str]:
    return [s.streams.input for s in pipeline.stages if s.streams.input]


def rules(user: str, pipeline: Pipeline) -> str:
    """The ACL rules of ``user`` (a stage, ``housekeeper``, ``subscriber`` or ``default``), without the password."""
    if user == "default":
        return "~* &* +@all"
    published = pipeline.subscriber_streams
    if user == SUBSCRIBER:
        return f"{_HANDSHAKE} {' '.join(f'%R~{p}' for p in published)} +xread +xrange +xrevrange +xlen +xinfo|stream"
    if user == HOUSEKEEPER:
        named = [p for p in published if not p.endswith("*")]
        patterns = [p for p in published if p.endswith("*")]
        streams = " ".join(f"~{s}" for s in [*_pipeline_streams(pipeline), *named, contracts.DEAD, *patterns])
        return " ".join(
            [
                f"{_HANDSHAKE} +info +scan +function|load +function|list",
                f"({streams} +exists +xlen +xtrim +xinfo|groups +xinfo|consumers "
                f"+xpending +xgroup|delconsumer +fcall|{functions.FORGET_CONSUMER})",
                f"(%RW~{health.REGISTRY_PREFIX}:* +zremrangebyscore)",
                _own_health(HOUSEKEEPER),
                f"({_READ_HEALTH})",
            ]
        )
    stage = pipeline.stage(user)
    spec = stage.streams
    parts = [_HANDSHAKE, f"%W~{spec.output}"]
    parts += [f"%W~{p}" for p in stage.subscriber_streams if p != spec.output]
    if spec.input:
        parts.append(f"%W~{contracts.DEAD}")
    parts.append("+xadd")
    parts += [x for x in stage.acl_extras if not x.startswith("(")]  # commands on the keys above
    if spec.input:
        parts.append("+multi +exec +discard")  # publish and acknowledge in one transaction (wirestream.runtime)
        parts.append(f"(~{spec.input} {_CONSUME})")
    parts += [x for x in stage.acl_extras if x.startswith("(")]  # selectors of their own
    parts.append(_own_health(user))
    parts.append(f"({_READ_HEALTH})")
    return " ".join(parts)


def users(pipeline: Pipeline) -> tuple[str, ...]:
    return ("default", *pipeline.names, HOUSEKEEPER, SUBSCRIBER)


def password_variable(user: str) -> str:
    """The environment variable holding ``user``'s password (``..._FILE``: a file holding it)."""
    return f"WIRESTREAM_ACL_{user.upper().replace('-', '_')}_PASSWORD"


def password_hash(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def acl_file(passwords: dict[str, str], pipeline: Pipeline) -> str:
    """An ACL file for every user in ``passwords``; users without a password are switched off."""
    lines = []
    for user in users(pipeline):
        password = passwords.get(user)
        state = f"on #{password_hash(password)}" if password else "off"
        lines.append(f"user {user} {state} {rules(user, pipeline)}")
    return "\n".join(lines) + "\n"
