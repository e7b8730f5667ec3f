"""The store's schema migrations (Alembic): ``env.py`` and ``versions/``; run by ``services.store.schema.create_schema``."""
