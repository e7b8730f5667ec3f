"""The store's schema migrations (Alembic): ``env.py`` and ``versions/``; run by ``wirestream.services.store.schema.create_schema``."""
