"""Configuration, read from ``WIRESTREAM_*`` environment variables (and a ``.env`` file)."""

from __future__ import annotations

import os
import socket
from functools import cached_property
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlsplit, urlunsplit

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from wirestream import limits


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIRESTREAM_", env_file=".env", extra="ignore")

    home: Path = Field(Path(".wirestream"), description="state folder: embedded servers, database, logs")
    inbox: Path = Field(Path("inbox"), description="folder watched for new articles")
    redis_url: str | None = Field(
        None, description="Redis URL; unset: the embedded server `wirestream up` started in home"
    )
    redis_password: SecretStr | None = Field(None, description="password for the user in the Redis URL")
    redis_password_file: Path | None = Field(None, description="file holding that password (a secret)")
    database_url: str | None = Field(None, description="SQLAlchemy URL; unset: SQLite in home")
    database_password: SecretStr | None = Field(None, description="password for the user in the database URL")
    database_password_file: Path | None = Field(None, description="file holding that password (a secret)")
    consumer: str | None = Field(None, description="consumer name; unset: <stage>-<host>-<pid>")

    read_batch: int = Field(16, ge=1, le=1000, description="entries one read may take")
    block_ms: int = Field(1000, ge=10, description="how long one read waits for new entries")
    claim_idle_ms: int = Field(
        60_000, ge=100, description="an entry a dead consumer left pending this long is taken over"
    )
    max_deliveries: int = Field(5, ge=1, description="deliveries before an entry is dead-lettered")

    retention_seconds: float = Field(30.0, gt=0, description="how often acknowledged entries are trimmed")
    enriched_maxlen: int = Field(100_000, ge=1, description="entries kept on wirestream:enriched")

    settle_seconds: float = Field(
        5.0, ge=0, description="a dropped file must stay unchanged this long (or be renamed from a .part name)"
    )
    rescan_seconds: float = Field(30.0, gt=0, description="safety sweep of the inbox")
    stale_claim_seconds: float = Field(300.0, ge=0, description="a claimed file left this long is retaken")
    max_file_bytes: int = Field(limits.MAX_FILE_BYTES, ge=1, description="larger files are quarantined")
    max_article_chars: int = Field(limits.MAX_ARTICLE_CHARS, ge=1000, description="longer texts are quarantined")
    max_html_chars: int = Field(limits.MAX_HTML_CHARS, ge=1000, description="larger HTML pages are quarantined")

    shutdown_grace_seconds: float = Field(
        20.0, gt=0, description="a stopping worker exits after this long, whatever it still holds"
    )
    store_retry_max_seconds: float = Field(30.0, gt=0, description="longest wait between store retries")

    # --- bounded work, Redis memory and housekeeping (issue 12, runtime) ---
    stage_timeout_seconds: float = Field(10.0, gt=0, description="wall-clock time any entry may take (the floor)")
    stage_seconds_per_100kb: float = Field(60.0, ge=0, description="more time per 100 KB of an entry's payload")
    stage_timeout_max_seconds: float = Field(300.0, gt=0, description="no entry gets more time than this")
    stage_memory_mb: int = Field(2048, ge=0, description="memory an entry may use beyond the loaded tools (0: no cap)")
    executor_start_method: Literal["forkserver", "spawn"] = Field(
        "forkserver", description="how a stage's work process is started"
    )
    stall_seconds: float = Field(
        120.0, gt=0, description="a worker whose loop or consumption is stuck this long exits (to be restarted)"
    )
    redis_maxmemory_mb: int = Field(512, ge=1, description="memory limit of the embedded Redis server (noeviction)")
    redis_high_water: float = Field(
        0.8, gt=0, le=1, description="above this share of Redis maxmemory, fetch and ingest wait"
    )
    max_backlog: int = Field(
        1000,
        ge=0,
        description="fetch claims no new file while the stages' backlog (unread + pending) is this high (0: no bound)",
    )
    max_inbox_waiting: int = Field(
        1000, ge=1, description="file names the inbox watcher holds at once (more wait on disk for the next sweep)"
    )
    redis_oom_retry_max_seconds: float = Field(10.0, gt=0, description="longest wait while Redis refuses writes")
    dead_maxlen: int = Field(1000, ge=1, description="dead letters kept (the newest)")
    dead_body_bytes: int = Field(65536, ge=1024, description="a dead letter keeps this much of the original payload")
    published_ttl_seconds: int = Field(
        30 * 24 * 3600, ge=3600, description="how long persist remembers the version of an article it published"
    )
    heartbeat_seconds: float = Field(
        5.0,
        gt=0,
        le=5.0,
        description="how often a worker writes its heartbeat; readers count a beat live for 15 s, so never more "
        "than 5 (less: tests that wait for a beat)",
    )
    consumer_idle_seconds: float = Field(
        600.0, gt=0, description="a consumer with nothing pending, silent this long, is removed from its group"
    )

    log_format: Literal["auto", "json", "console"] = "auto"
    log_level: str = "INFO"

    # --- metrics (issue 14) ---
    metrics_port: int | None = Field(
        None,
        ge=0,
        le=65535,
        description="port this process serves Prometheus metrics on; unset or 0: none "
        "(`wirestream up` sets one per process, from this base or 9400: see wirestream.metrics)",
    )
    metrics_address: str = Field("127.0.0.1", description="address the metrics server listens on")

    @property
    def redis_url_file(self) -> Path:
        return self.home / "redis.url"

    @cached_property
    def resolved_redis_url(self) -> str:
        """The configured URL (with the password from the environment or a secret file), else the
        one the local embedded server wrote."""
        if self.redis_url:
            return self._with_password(self.redis_url)
        try:
            return self.redis_url_file.read_text().strip()
        except FileNotFoundError:
            raise RuntimeError(
                "No Redis to talk to: set WIRESTREAM_REDIS_URL, or start the local stack "
                f"with `wirestream up` (it writes {self.redis_url_file})."
            ) from None

    def _with_password(self, url: str) -> str:
        password = _secret(self.redis_password, self.redis_password_file, "WIRESTREAM_REDIS_PASSWORD_FILE")
        if password is None:
            return url
        return _with_password(url, urlsplit(url).username or "default", password)

    @property
    def resolved_database_url(self) -> str:
        """The configured URL, with the password from a secret file (or the environment) when one is set."""
        if not self.database_url:
            return f"sqlite:///{(self.home / 'wirestream.db').resolve()}"
        password = _secret(self.database_password, self.database_password_file, "WIRESTREAM_DATABASE_PASSWORD_FILE")
        if password is None:
            return self.database_url
        user = urlsplit(self.database_url).username
        if not user:
            raise RuntimeError("WIRESTREAM_DATABASE_URL names no user for the password to belong to")
        return _with_password(self.database_url, user, password)

    def consumer_name(self, stage: str) -> str:
        return self.consumer or f"{stage}-{socket.gethostname()}-{os.getpid()}"


def _with_password(url: str, user: str, password: str) -> str:
    """``url`` with ``user`` and ``password`` (quoted) in front of its host and port."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{parts.hostname or 'localhost'}{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _secret(value: SecretStr | None, file: Path | None, setting: str) -> str | None:
    """A password from its secret file (preferred) or its variable; a named file that is missing or empty
    is an error, never a silent fallback to no password."""
    if file:
        try:
            password = file.read_text().strip()
        except OSError as exc:
            raise RuntimeError(f"{setting}: cannot read {file}: {exc.strerror or exc}") from None
        if not password:
            raise RuntimeError(f"{setting}: {file} is empty")
        return password
    return value.get_secret_value() if value else None


def get_settings() -> Settings:
    return Settings()
