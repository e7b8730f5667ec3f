"""The schema as ``metadata.create_all`` made it before migrations: articles and story bands.

A database created that way has no ``alembic_version`` table; ``create_schema`` stamps
it at this revision instead of creating the tables again.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("published_at", sa.Date),
        sa.Column("source_uri", sa.Text, nullable=False),
        sa.Column("doc", sa.JSON, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_table(
        "story_bands",
        sa.Column("band", sa.String(40), primary_key=True),
        sa.Column("story_id", sa.String(64), nullable=False),
    )
    op.create_index("ix_story_bands_story_id", "story_bands", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_story_bands_story_id", table_name="story_bands")
    op.drop_table("story_bands")
    op.drop_index("ix_articles_published_at", table_name="articles")
    op.drop_table("articles")
