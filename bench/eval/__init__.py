"""``make eval``: the product scored on third-party benchmark sets, side by side with peers.

Each suite module scores one task on development splits of public sets found in
``../shared/corpora/`` (or ``WIRESTREAM_CORPORA``), with the upstream metric, and
runs the peer tools the same way. The self-written ``tests/devset/`` is a regression
set, not a measure; it runs as its own suite (``devset``) for reference.

Suites: see :data:`bench.eval.__main__.SUITES`.
"""
