"""persist's store on real SQLite and real PostgreSQL: one code path, idempotent, migrated by Alembic,
and never overwriting a newer version with an older one."""

from __future__ import annotations

import json
import threading
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import RECEIVED, enriched_article
from wirestream import contracts
from wirestream.contracts import EnrichedArticle
from wirestream.services.store.persist.repository import upsert
from wirestream.services.store.read import count, iter_documents
from wirestream.services.store.schema import (
    INITIAL_REVISION,
    alembic_config,
    create_schema,
    current_revision,
    make_engine,
    metadata,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


def test_upsert_is_idempotent(engine):
    article = enriched_article("a1")
    first = upsert(engine, article)
    again = upsert(
        engine, article.model_copy(update={"source": article.source.model_copy(update={"name": "copy.txt"})})
    )
    assert first.changed and not again.changed
    assert again.article == first.article  # the first stored version, stored_at included
    assert again.article.source.name == article.source.name
    assert count(engine) == 1


def read_later(article: EnrichedArticle, hours: int) -> EnrichedArticle:
    """The same article as fetch read it again ``hours`` later."""
    return article.model_copy(
        update={"source": article.source.model_copy(update={"received_at": RECEIVED + timedelta(hours=hours)})}
    )


def test_a_newer_version_updates_the_row(engine):
    article = enriched_article("a2")
    first = upsert(engine, article)
    changed = upsert(engine, read_later(article, 1).model_copy(update={"title": "A better title"}))
    assert changed.changed and changed.digest != first.digest and not changed.superseded
    (doc,) = list(iter_documents(engine))
    assert doc["title"] == "A better title"


def test_an_older_redelivery_never_overwrites_a_newer_row(engine):
    old = enriched_article("a4")
    new = read_later(old, 1).model_copy(update={"title": "Re-dropped after the pipeline improved"})
    assert upsert(engine, new).changed
    late = upsert(engine, old)  # the old message, claimed from a dead consumer long after
    assert not late.changed and late.superseded
    (doc,) = list(iter_documents(engine))
    assert doc["title"] == new.title


def test_one_read_derived_twice_ends_with_the_same_row_in_any_order(database_url):
    """Same schema version and read time, different derivations: a fixed rule, not the arrival order."""
    a = enriched_article("a5").model_copy(update={"title": "Derived by one release"})
    b = enriched_article("a5").model_copy(update={"title": "Derived by the next release"})
    results = []
    for order in ((a, b), (b, a), (a, b, a), (b, a, b)):
        engine = make_engine(database_url)
        with engine.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        create_schema(engine)
        for article in order:
            upsert(engine, article)
        results.append(next(iter_documents(engine))["title"])
        engine.dispose()
    assert len(set(results)) == 1


def test_a_newer_schema_version_is_not_replaced_by_an_older_one(engine, monkeypatch):
    monkeypatch.setattr(EnrichedArticle, "accepted_schema_versions", (1, 2))
    v1 = enriched_article("a6")
    v2 = v1.model_copy(update={"schema_version": 2, "title": "Written by the next format"})
    assert upsert(engine, v2).changed
    monkeypatch.setattr(EnrichedArticle, "accepted_schema_versions", (1, 1))  # an older persist replica
    late = upsert(engine, read_later(v1, 5))  # read later, but in the older format
    assert late.superseded and not late.changed
    (doc,) = list(iter_documents(engine))
    assert doc["schema_version"] == 2 and doc["title"] == v2.title


def test_lone_surrogates_are_stored_as_publishable_text(engine):
    """A producer may send JSON escapes of lone surrogates; the row must still publish as UTF-8."""
    article = enriched_article("a7").model_copy(update={"title": "Kremlin \ud800 drones", "text": "x\udfff y"})
    stored = upsert(engine, article)
    assert stored.article.title == "Kremlin \ufffd drones" and stored.article.text == "x\ufffd y"
    contracts.dumps(stored.article).encode("utf-8")  # what persist publishes
    (doc,) = list(iter_documents(engine))
    assert doc["title"] == "Kremlin \ufffd drones"


def test_export_documents_have_the_published_fields(engine):
    upsert(engine, enriched_article("a3"))
    (doc,) = list(iter_documents(engine))
    assert doc["id"] == "a3"
    assert doc["source"]["uri"].startswith("file://")
    assert doc["published_at"]["value"] == date(2023, 5, 3).isoformat()
    assert doc["entities"][0]["name"] == "Vladimir Putin"
    assert doc["stored_at"]


WIRE = (
    "MOSCOW, May 3 (Reuters) - The Kremlin said on Wednesday that Ukraine had tried to kill President Vladimir "
    "Putin overnight with a drone attack on his residence in the Kremlin, and that Russia reserved the right to "
    "respond. In a statement, the presidential administration said two drones had been aimed at the Kremlin late "
    "on Tuesday and were disabled by the military and special services using electronic warfare systems. "
    "Putin was not in the Kremlin at the time of the attack and was working at his residence outside Moscow."
)


def test_near_duplicates_share_a_story_id(engine):
    """The same wire story on another site (furniture added, a word changed) joins the first one's story."""
    first = enriched_article("a" * 32).model_copy(update={"text": WIRE})
    syndicated = enriched_article("b" * 32).model_copy(
        update={"text": "Share this article\n\n" + WIRE.replace("overnight", "in the night") + "\n\nAdvertisement"}
    )
    other = enriched_article("c" * 32).model_copy(
        update={"text": "Residents of Balbriggan can now order coffee, books and medicine by drone, as a delivery "
                        "company expands a trial that began last year across the commuter town north of Dublin."}
    )  # fmt: skip
    assert upsert(engine, first).article.story_id == first.id
    assert upsert(engine, syndicated).article.story_id == first.id
    assert upsert(engine, other).article.story_id == other.id
    assert upsert(engine, syndicated).article.story_id == first.id  # stored again: the same story
    assert upsert(engine, enriched_article("d" * 32)).article.story_id == "d" * 32  # too short to compare


# --- schema evolution -------------------------------------------------------------------


def test_the_migrations_make_exactly_the_tables_the_code_uses(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    assert current_revision(engine) == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_database_made_before_migrations_is_stamped_and_upgraded(database_url):
    """The schema create_all made (revision 0001, no alembic_version table) with a row in it."""
    from alembic import command

    engine = make_engine(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), INITIAL_REVISION)
        conn.execute(sa.text("DROP TABLE alembic_version"))
        doc = enriched_article("old").model_dump(mode="json")
        conn.execute(
            sa.text(
                "INSERT INTO articles (id, digest, source_uri, doc, stored_at, updated_at) "
                "VALUES ('old', 'd', 'file:///old.txt', :doc, :now, :now)"
            ),
            {"doc": json.dumps(doc), "now": RECEIVED},
        )
    create_schema(engine)
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT schema_version, received_at FROM articles WHERE id = 'old'")).one()
    assert row.schema_version == 1 and row.received_at is not None
    assert count(engine) == 1
    # the backfilled read time takes part in the rule: an older read is refused, a newer one stored
    article = enriched_article("old")
    assert upsert(engine, read_later(article, -1)).superseded
    assert upsert(engine, read_later(article, 1)).changed
    engine.dispose()


def test_replicas_starting_at_once_migrate_once(database_url):
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def replica() -> None:
        engine = make_engine(database_url)
        try:
            start.wait()
            create_schema(engine)
        except BaseException as exc:
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=replica) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = make_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    assert upsert(engine, enriched_article("r1")).changed
    engine.dispose()


def test_the_compose_database_role_is_no_superuser_and_can_migrate_and_store(postgres_url, tmp_path):
    """deploy/postgres/initdb makes the role persist uses in compose: not a superuser, owner of its own
    database only, with the password of a secret file (quotes and all); migrations and upserts work as it."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    from sqlalchemy.engine import make_url

    if not shutil.which("psql"):
        pytest.skip("psql is not installed")
    admin = make_url(postgres_url)
    secret = tmp_path / "postgres_wirestream"
    secret.write_text('it\'s a "secret"')

    def as_admin(*statements: str) -> None:
        engine = make_engine(postgres_url)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for statement in statements:
                conn.execute(sa.text(statement))
        engine.dispose()

    drop = (
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'wirestream'",
        "DROP DATABASE IF EXISTS wirestream",
        "DROP ROLE IF EXISTS wirestream",
    )
    as_admin(*drop)
    script = Path(__file__).resolve().parents[2] / "deploy" / "postgres" / "initdb" / "10-wirestream-role.sh"
    env = {
        **os.environ,
        "PGHOST": admin.host or "127.0.0.1",
        "PGPORT": str(admin.port or 5432),
        "PGPASSWORD": admin.password or "",
        "POSTGRES_USER": admin.username or "postgres",
        "WIRESTREAM_DB_PASSWORD_FILE": str(secret),
    }
    subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True, timeout=60)
    try:
        url = admin.set(username="wirestream", password=secret.read_text(), database="wirestream")
        engine = make_engine(url.render_as_string(hide_password=False))
        create_schema(engine)
        assert upsert(engine, enriched_article("role")).changed
        with engine.connect() as conn:
            row = conn.execute(
                sa.text("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")
            ).one()
            assert tuple(row) == (False, False, False)
            owner = conn.execute(
                sa.text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
            ).scalar_one()
            assert owner == "wirestream"
        with engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            conn.execute(sa.text("CREATE ROLE intruder"))
        engine.dispose()
    finally:
        as_admin(*drop)
