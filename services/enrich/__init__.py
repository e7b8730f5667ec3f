"""enrich: three stages, each in its own folder: ``clean``, ``dates`` (date-parse), ``entities`` (entity-enrich)."""
