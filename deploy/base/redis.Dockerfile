# Stand-in for redis:7, from Debian bookworm's redis-server 7.0. Like the official image it
# serves on every interface without protected mode (the compose network is the boundary).
ARG DEBIAN_BASE=wirestream-local/debian:bookworm
FROM ${DEBIAN_BASE}
# Stand-ins follow the suite's current packages, as the official images follow their releases.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends redis-server redis-tools \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown redis:redis /data
COPY redis-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
WORKDIR /data
# the user is created by the package, so its id is not known here
# hadolint ignore=DL3066
USER redis
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
