"""Dead letters: what stages parked on ``wirestream:dead``, and putting them back.

A letter keeps at most ``WIRESTREAM_DEAD_BODY_BYTES`` of the original payload (an
HTML page may be megabytes); a cut letter says so (``body_truncated``) and keeps
the size and SHA-256 of the whole, and cannot be replayed (drop the source file
again instead). The housekeeper keeps the newest ``WIRESTREAM_DEAD_MAXLEN`` letters.

A replay goes to the input stream of the letter's stage, looked up from the stage
name, never to a stream named inside the letter (anyone who can write a letter
could name any stream). The payload is added and the letter deleted by one
server-side function that adds only if the delete removed the letter, so two
concurrent replays of one letter put it back once.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from wirestream import contracts, functions, replies
from wirestream.contracts import DeadLetter

# FastStream's subscribers accept a plain JSON body in this field.
BODY_FIELD = "__data__"
PAGE = 200


class NotReplayable(ValueError):
    """A letter that cannot be put back as it is; the message says why and what to do."""


def make_letter(
    *,
    stage: str,
    stream: str,
    entry_id: str,
    error_type: str,
    error: str,
    deliveries: int,
    body: bytes | str,
    reason: contracts.DeadReason,
    max_body_bytes: int,
) -> DeadLetter:
    """A letter with the body cut to ``max_body_bytes`` (on a character boundary), described whole."""
    raw = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
    truncated = len(raw) > max_body_bytes
    kept = raw[:max_body_bytes].decode("utf-8", "ignore") if truncated else raw.decode("utf-8", "replace")
    return DeadLetter(
        stage=stage,
        stream=stream,
        entry_id=entry_id,
        error_type=error_type,
        error=error[:4000],
        deliveries=deliveries,
        body=kept,
        failed_at=datetime.now(UTC),
        reason=reason,
        body_bytes=len(raw),
        body_sha256=hashlib.sha256(raw).hexdigest(),
        body_truncated=truncated,
    )


def _decode(entry_id: bytes | str, fields: dict[bytes, bytes]) -> tuple[str, DeadLetter]:
    return replies.text(entry_id), DeadLetter.model_validate_json(fields[b"data"])


def iter_letters(client: Any, stage: str | None = None) -> Iterator[tuple[str, DeadLetter]]:
    """Every letter, oldest first, read a page at a time."""
    start = "-"
    while True:
        page = client.xrange(contracts.DEAD, min=start, max="+", count=PAGE)
        for entry_id, fields in page:
            eid, letter = _decode(entry_id, fields)
            if stage is None or letter.stage == stage:
                yield eid, letter
        if len(page) < PAGE:
            return
        start = "(" + replies.text(page[-1][0])


def list_letters(client: Any, stage: str | None = None) -> list[tuple[str, DeadLetter]]:
    return list(iter_letters(client, stage))


def get_letter(client: Any, entry_id: str) -> DeadLetter | None:
    found = client.xrange(contracts.DEAD, min=entry_id, max=entry_id)
    return _decode(*found[0])[1] if found else None


def replay_target(letter: DeadLetter) -> str:
    """The stream a letter goes back to: its stage's input, whatever the letter says."""
    if letter.stage not in contracts.STAGE_NAMES:
        raise NotReplayable(f"unknown stage {letter.stage!r}")
    target = contracts.stage_streams(letter.stage).input
    if target is None:
        raise NotReplayable(f"stage {letter.stage!r} reads no stream")
    if letter.body_truncated:
        raise NotReplayable(
            f"only the first {len(letter.body.encode('utf-8')):,} of {letter.body_bytes:,} bytes were kept "
            "(WIRESTREAM_DEAD_BODY_BYTES): drop the source file again instead"
        )
    return target


def replay(client: Any, entry_id: str) -> str | None:
    """Put one letter's payload back on its stage's input; returns the new entry id, or ``None``
    when another replay took the letter first."""
    letter = get_letter(client, entry_id)
    if letter is None:
        raise KeyError(f"no dead letter {entry_id}")
    target = replay_target(letter)
    args = [contracts.DEAD, target, entry_id, BODY_FIELD, letter.body.encode("utf-8")]
    try:
        new_id = client.execute_command("FCALL", functions.REPLAY, 2, *args)
    except Exception as exc:
        if not functions.missing(exc):
            raise
        functions.ensure_loaded(client)
        new_id = client.execute_command("FCALL", functions.REPLAY, 2, *args)
    if new_id is None:
        return None
    return replies.text(new_id)


def summary(letter: DeadLetter) -> dict[str, Any]:
    try:
        article_id = json.loads(letter.body).get("id")
    except (ValueError, AttributeError):  # a cut body is not JSON; its id is near the start
        found = re.search(r'"id"\s*:\s*"([^"]{1,128})"', letter.body[:4096])
        article_id = found.group(1) if found else None
    return {
        "stage": letter.stage,
        "article_id": article_id,
        "reason": letter.reason,
        "error_type": letter.error_type,
        "error": letter.error.splitlines()[0][:160] if letter.error else "",
        "deliveries": letter.deliveries,
        "failed_at": letter.failed_at.isoformat(timespec="seconds"),
        "body_truncated": letter.body_truncated,
    }
