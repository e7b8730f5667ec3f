"""clean: readable article text out of whatever was fetched (``logic``), run by ``worker``."""
