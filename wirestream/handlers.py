"""A stage's two FastStream handlers: the reader's, given a whole read, and the claimer's, its
body typed as the stage's input model.

The reader's handler takes the batch message as FastStream read it and hands it to the
batch runner (:mod:`wirestream.batching`), which validates each entry on its own. For
the claimer's, FastStream validates a message's body against the annotation of the handler's first
parameter (through fast-depends and pydantic): a body that is not a valid input model
raises a ``ValidationError`` before the stage's code runs, which the dead-letter
middleware parks as ``invalid``. The model is known only when the worker is built, so
the handlers are defined here, in a factory, with ``body: in_model`` evaluated when
``def`` runs. That is why this module must NOT use ``from __future__ import
annotations``: the annotation would stay the string ``"in_model"``, which FastStream
could not resolve. (mypy cannot check an annotation that is a variable; the ignore
below says so, and the test ``tests/unit/test_wiring.py`` checks what FastStream does.)
"""

from collections.abc import Awaitable, Callable
from typing import Any

from faststream import Context
from faststream.redis.message import RedisBatchStreamMessage, RedisStreamMessage
from pydantic import BaseModel

from wirestream.deadletter_middleware import DeliveryLimit

Handler = Callable[..., Awaitable[None]]


def handlers(
    in_model: type[BaseModel],
    work: Callable[[Any, RedisStreamMessage], Awaitable[None]],
    work_batch: Callable[[RedisBatchStreamMessage], Awaitable[None]],
    max_deliveries: int,
) -> tuple[Handler, Handler]:
    """(reader's handler, claimer's handler). The reader's runs ``work_batch(message)`` on the batch a
    read returned; the claimer's runs ``work(body, message)`` on a validated ``in_model`` (``message``:
    the entry as FastStream read it, so that ``work`` may acknowledge it with its output).

    The claimer's refuses (:class:`DeliveryLimit`, parked as ``abandoned``) an entry
    claimed after ``max_deliveries`` deliveries: its consumers died holding it each time.
    """

    async def handle(message: RedisBatchStreamMessage = Context("message")) -> None:  # noqa: B008
        await work_batch(message)

    async def handle_claimed(
        body: in_model,  # type: ignore[valid-type]
        message: RedisStreamMessage = Context("message"),  # noqa: B008
    ) -> None:
        deliveries = await message.get_delivery_count()
        if deliveries > max_deliveries:
            raise DeliveryLimit(
                f"claimed at delivery {deliveries}, over the limit of {max_deliveries} "
                "(WIRESTREAM_MAX_DELIVERIES): the consumers holding it died or hung each time; not run again"
            )
        await work(body, message)

    return handle, handle_claimed
