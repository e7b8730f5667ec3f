"""Each row records which version of the article it holds: ``schema_version`` and ``received_at``.

persist replaces a stored article only by a newer one (higher schema version, then a
later read of the input, then the higher digest as a deterministic tie-break), so an
older redelivery can no longer overwrite a newer row. Existing rows are filled from
their stored document.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _received(doc: object) -> datetime:
    try:
        value = datetime.fromisoformat(doc["source"]["received_at"].replace("Z", "+00:00"))  # type: ignore[index]
    except (KeyError, TypeError, ValueError, AttributeError):
        return datetime(1970, 1, 1, tzinfo=UTC)  # unknown: any version read since is newer
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def upgrade() -> None:
    op.add_column("articles", sa.Column("schema_version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("articles", sa.Column("received_at", sa.DateTime(timezone=True), nullable=True))
    articles = sa.table(
        "articles",
        sa.column("id", sa.String),
        sa.column("doc", sa.JSON),
        sa.column("received_at", sa.DateTime(timezone=True)),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(articles.c.id, articles.c.doc)).all()
    for row in rows:
        conn.execute(
            articles.update().where(articles.c.id == row.id).values(received_at=_received(row.doc)),
        )
    with op.batch_alter_table("articles") as batch:
        batch.alter_column("received_at", existing_type=sa.DateTime(timezone=True), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("received_at")
        batch.drop_column("schema_version")
