"""Errors a stage's logic may raise, with what the runtime does about them."""


class PermanentError(ValueError):
    """This input will fail the same way every time: park it as a dead letter at once.

    Anything else a stage raises is taken as transient and retried (up to
    ``WIRESTREAM_MAX_DELIVERIES`` deliveries) before it is parked.
    """
