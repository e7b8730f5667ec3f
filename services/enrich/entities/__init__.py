"""entity-enrich: named entities grouped per real-world entity (``logic``), run by ``worker``."""
