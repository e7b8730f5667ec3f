# Stand-in for postgres:15, from Debian bookworm's PostgreSQL 15, honouring the same
# POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB / PGDATA variables as the official image.
ARG DEBIAN_BASE=wirestream-local/debian:bookworm
FROM ${DEBIAN_BASE}
# Stand-ins follow the suite's current packages, as the official images follow their releases.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
    && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql \
    && chmod 3777 /var/run/postgresql
# 3777 as in the official image: Docker fills a tmpfs mounted over the socket folder (compose's
# read-only service) with this folder's mode but not its owner, so it must be writable by all
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
# the user is created by the package, so its id is not known here
# hadolint ignore=DL3066
USER postgres
EXPOSE 5432
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
