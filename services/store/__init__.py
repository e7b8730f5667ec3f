"""store: the persist worker (``persist/``) and the read side (``read``)."""
