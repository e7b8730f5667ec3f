"""Least privilege on Redis: one ACL user per service, allowed only its commands and keys.

A stage may read and acknowledge its own input stream, append to its output stream
and to the dead letters, and keep its own heartbeat. It cannot read another
stage's input or write anywhere else. ``subscriber`` may only read
``wirestream:enriched``; ``default`` is the operators' user (the CLI's status,
dead letters, ingest).

``wirestream acl`` writes these rules as an ACL file, with SHA-256 password hashes
(never the passwords themselves), for ``redis-server --aclfile``.
"""

from __future__ import annotations

import hashlib

from wirestream import contracts, health

# Every client: handshake (CLIENT SETINFO is left out: Redis 7.0 does not know it, and redis-py
# ignores its refusal), liveness, its heartbeat, and reading anyone's (for `wirestream health`).
_BASE = "resetkeys resetchannels -@all +ping +hello +auth +client|setname +select +scan +exists +get"
_CONSUME = "+xreadgroup +xack +xautoclaim +xclaim +xgroup|create +xpending +xinfo|groups +xinfo|consumers +xtrim +xlen"
SUBSCRIBER = "subscriber"


def _heartbeat(stage: str) -> str:
    return f"%R~{health.PREFIX}:* ~{health.PREFIX}:{stage}:* +set +del"


def rules(user: str) -> str:
    """The ACL rules of ``user`` (a stage name, ``subscriber`` or ``default``), without the password."""
    if user == "default":
        return "~* &* +@all"
    if user == SUBSCRIBER:
        return (
            f"resetkeys resetchannels -@all +ping +hello +auth +client|setname +select "
            f"%R~{contracts.ENRICHED} %R~{contracts.INCIDENT_PREFIX}* +xread +xrange +xrevrange +xlen +xinfo|stream"
        )
    spec = contracts.stage_streams(user)
    parts = [_BASE, _heartbeat(user)]
    if spec.input:
        parts.append(f"~{spec.input} {_CONSUME}")
        parts.append(f"%W~{contracts.DEAD}")
    parts.append(f"%W~{spec.output} +xadd")
    if spec.output == contracts.ENRICHED:  # persist: publish once, and keep the subscriber stream bounded
        parts.append(
            f"~{contracts.PUBLISHED} %RW~{contracts.ENRICHED} %RW~{contracts.INCIDENT_PREFIX}* +hget +hset +evalsha +eval +script|load "
            "+xtrim +xinfo|groups +xpending +xlen"
        )
    return " ".join(parts)


USERS = ("default", *contracts.STAGE_NAMES, SUBSCRIBER)


def password_hash(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def acl_file(passwords: dict[str, str]) -> str:
    """An ACL file for every user in ``passwords``; users without a password are switched off."""
    lines = []
    for user in USERS:
        password = passwords.get(user)
        state = f"on #{password_hash(password)}" if password else "off"
        lines.append(f"user {user} {state} {rules(user)}")
    return "\n".join(lines) + "\n"
