"""How an enriched article reads on a terminal."""

from __future__ import annotations

from typing import Any


def one_line(doc: dict[str, Any], top: int = 5) -> str:
    """``2023-05-03  Title…  [en]  Vladimir Putin (PERSON ×4), Kremlin (ORG ×7), …``"""
    published = (doc.get("published_at") or {}).get("value") or "date unknown"
    title = (doc.get("title") or "(untitled)").replace("\n", " ")
    if len(title) > 90:
        title = title[:89] + "…"
    entities = ", ".join(f"{e['name']} ({e['label']} ×{e['count']})" for e in (doc.get("entities") or [])[:top])
    lang = doc.get("language") or "?"
    return f"{published}  {title}  [{lang}]\n            {entities or 'no entities'}   id={doc.get('id')}"
