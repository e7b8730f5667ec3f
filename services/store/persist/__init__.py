"""persist: enriched articles into the database, then onto ``wirestream:enriched``."""
