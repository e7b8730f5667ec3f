"""Alembic environment of the store: migrations run on the connection the caller passes in.

``wirestream.services.store.schema.create_schema`` opens the connection, takes the migration lock
and calls ``alembic upgrade head``; from the command line::

    alembic -x url=postgresql://user@host/db -c /dev/null \
        --config-option script_location=services/store/alembic upgrade head
"""

from __future__ import annotations

from alembic import context

from wirestream.services.store.schema import make_engine, metadata

config = context.config


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database: alembic -x url=... upgrade head")
    engine = make_engine(url)
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
