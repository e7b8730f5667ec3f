"""Dead letters: what stages parked on ``wirestream:dead``, and putting them back.

A replay re-adds the original payload to the stream the stage reads and removes the
dead letter in one transaction, so a letter is never both lost and never doubled.
"""

from __future__ import annotations

import json
from typing import Any

from wirestream import contracts
from wirestream.contracts import DeadLetter

# FastStream's subscribers accept a plain JSON body in this field.
BODY_FIELD = "__data__"


def _decode(entry_id: bytes | str, fields: dict[bytes, bytes]) -> tuple[str, DeadLetter]:
    eid = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    return eid, DeadLetter.model_validate_json(fields[b"data"])


def list_letters(client: Any, stage: str | None = None) -> list[tuple[str, DeadLetter]]:
    letters = [_decode(i, f) for i, f in client.xrange(contracts.DEAD)]
    return [(i, d) for i, d in letters if stage is None or d.stage == stage]


def get_letter(client: Any, entry_id: str) -> DeadLetter | None:
    found = client.xrange(contracts.DEAD, min=entry_id, max=entry_id)
    return _decode(*found[0])[1] if found else None


def replay(client: Any, entry_id: str) -> str:
    """Put one letter's payload back on its stream; returns the new entry id."""
    letter = get_letter(client, entry_id)
    if letter is None:
        raise KeyError(f"no dead letter {entry_id}")
    pipe = client.pipeline(transaction=True)
    pipe.xadd(letter.stream, {BODY_FIELD: letter.body.encode("utf-8")})
    pipe.xdel(contracts.DEAD, entry_id)
    new_id, _ = pipe.execute()
    return new_id.decode() if isinstance(new_id, bytes) else new_id


def summary(letter: DeadLetter) -> dict[str, Any]:
    try:
        article_id = json.loads(letter.body).get("id")
    except (ValueError, AttributeError):
        article_id = None
    return {
        "stage": letter.stage,
        "article_id": article_id,
        "error_type": letter.error_type,
        "error": letter.error.splitlines()[0][:160] if letter.error else "",
        "deliveries": letter.deliveries,
        "failed_at": letter.failed_at.isoformat(timespec="seconds"),
    }
