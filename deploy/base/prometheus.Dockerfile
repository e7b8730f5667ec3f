# Stand-in for prom/prometheus:v2.42.0, from Debian bookworm's Prometheus 2.42: the same entry point,
# default configuration path, data folder and user (nobody) as the official image.
ARG DEBIAN_BASE=wirestream-local/debian:bookworm
FROM ${DEBIAN_BASE}
# Stand-ins follow the suite's current packages, as the official images follow their releases.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends prometheus \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /prometheus /etc/prometheus \
    && chown 65534:65534 /prometheus
WORKDIR /prometheus
USER 65534:65534
EXPOSE 9090
ENTRYPOINT ["/usr/bin/prometheus"]
CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]
