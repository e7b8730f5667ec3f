"""wirestream: event-driven ingestion of news articles over Redis Streams.

The package holds what every service shares: message contracts
(:mod:`wirestream.contracts`), settings, logging, the worker runtime and the CLI.
Each stage's own logic lives under ``services/``.
"""

__version__ = "0.1.0"
