# Stand-in for python:3.11-slim, from Debian bookworm's own Python 3.11.
ARG DEBIAN_BASE=wirestream-local/debian:bookworm
FROM ${DEBIAN_BASE}
# Stand-ins follow the suite's current packages, as the official images follow their releases.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv python-is-python3 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
CMD ["python3"]
