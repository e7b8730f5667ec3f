"""Passwords into URLs (Redis and the database alike) and out of what is printed: one function each."""

from __future__ import annotations

from pathlib import Path

from wirestream.logging import _redact, without_password
from wirestream.settings import Settings


def test_a_secret_files_password_goes_into_either_url_quoted_with_the_port_kept(tmp_path: Path, monkeypatch):
    for name in ("WIRESTREAM_REDIS_URL", "WIRESTREAM_DATABASE_URL", "WIRESTREAM_REDIS_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    secret = tmp_path / "secret"
    secret.write_text("p@ss:w/rd\n")
    settings = Settings(
        redis_url="redis://redis:6380/0",
        redis_password_file=secret,
        database_url="postgresql+psycopg://wirestream@db:5433/wirestream",
        database_password_file=secret,
        _env_file=None,
    )
    assert settings.resolved_redis_url == "redis://default:p%40ss%3Aw%2Frd@redis:6380/0"  # no user: default
    assert settings.resolved_database_url == "postgresql+psycopg://wirestream:p%40ss%3Aw%2Frd@db:5433/wirestream"


def test_what_is_printed_never_holds_the_password():
    assert without_password("postgresql://wirestream:s3cret@db:5432/w") == "postgresql://***@db:5432/w"
    assert without_password("redis://a:b@c@h:1/0") == "redis://***@h:1/0"  # the last @ ends the credentials
    assert without_password("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    assert without_password("no scheme a@b") == "no scheme a@b"
    event = _redact(None, "", {"url": "redis://u:pw@h:6379/0", "redis_password": "pw", "n": 1})
    assert event == {"url": "redis://***@h:6379/0", "redis_password": "***", "n": 1}
