"""Server-side functions (Redis 7 ``FUNCTION``): the only code any wirestream user runs inside Redis.

No stage may ``EVAL`` (a script can block the whole server, and would be any code
the stage chose). The steps that must be atomic are functions loaded once by the
operator's or housekeeper's user (``FUNCTION LOAD``; Redis keeps them in its
append-only file), and a stage's ACL allows ``FCALL`` of its own function only.

* ``wirestream_publish_once`` (persist): publish an article's stored version on
  ``wirestream:enriched`` (and its incident stream) unless that version was
  published already, remembered under ``wirestream:published:<id>`` for a
  time-to-live (``WIRESTREAM_PUBLISHED_TTL_SECONDS``) longer than any entry waits
  to be redelivered.
* ``wirestream_forget_consumer`` (housekeeper): remove a consumer from its group only
  if it holds no pending entry (those would become unclaimable).
* ``wirestream_replay`` (operators): put a dead letter's payload back on a stream
  and delete the letter in one step, only if the letter is still there, so two
  concurrent replays of one letter add it once.

Commands inside a function are checked against the caller's ACL, so a function
grants nothing its caller could not do; it only makes the steps atomic.
"""

from __future__ import annotations

from typing import Any

from wirestream import replies

LIBRARY_NAME = "wirestream"
PUBLISH_ONCE = "wirestream_publish_once"
REPLAY = "wirestream_replay"
FORGET_CONSUMER = "wirestream_forget_consumer"

LIBRARY = f"""#!lua name={LIBRARY_NAME}
-- version 1
-- KEYS: published marker, wirestream:enriched[, incident stream]; ARGV: digest, document, ttl seconds
redis.register_function('{PUBLISH_ONCE}', function(keys, args)
  if redis.call('GET', keys[1]) == args[1] then return false end
  local id = redis.call('XADD', keys[2], '*', 'data', args[2])
  if keys[3] then redis.call('XADD', keys[3], '*', 'data', args[2]) end
  redis.call('SET', keys[1], args[1], 'EX', args[3])
  return id
end)
-- KEYS: wirestream:dead, the stage's input stream; ARGV: letter id, field, payload
redis.register_function('{REPLAY}', function(keys, args)
  if redis.call('XDEL', keys[1], args[1]) == 0 then return false end
  return redis.call('XADD', keys[2], '*', args[2], args[3])
end)
-- KEYS: a stream; ARGV: group, consumer. Deletes the consumer only if it holds nothing.
redis.register_function('{FORGET_CONSUMER}', function(keys, args)
  if #redis.call('XPENDING', keys[1], args[1], '-', '+', 1, args[2]) > 0 then return 0 end
  return redis.call('XGROUP', 'DELCONSUMER', keys[1], args[1], args[2]) + 1
end)
"""


def _installed_code(reply: Any) -> str | None:
    for library in reply or []:
        entry = library if isinstance(library, dict) else dict(zip(library[::2], library[1::2], strict=False))
        entry = {replies.text(k): v for k, v in entry.items()}
        code = entry.get("library_code")
        if code is not None:
            return replies.text(code)
    return None


def ensure_loaded(client: Any) -> bool:
    """Load (or upgrade) the library with a synchronous client; ``True`` if it had to be written."""
    if _installed_code(client.execute_command("FUNCTION", "LIST", "LIBRARYNAME", LIBRARY_NAME, "WITHCODE")) == LIBRARY:
        return False
    client.execute_command("FUNCTION", "LOAD", "REPLACE", LIBRARY)
    return True


async def ensure_loaded_async(client: Any) -> bool:
    """:func:`ensure_loaded` with an asyncio client."""
    reply = await client.execute_command("FUNCTION", "LIST", "LIBRARYNAME", LIBRARY_NAME, "WITHCODE")
    if _installed_code(reply) == LIBRARY:
        return False
    await client.execute_command("FUNCTION", "LOAD", "REPLACE", LIBRARY)
    return True


def missing(exc: BaseException) -> bool:
    """Whether a Redis error says the library is not loaded (yet)."""
    return "function not found" in str(exc).lower() or "no such function" in str(exc).lower()
