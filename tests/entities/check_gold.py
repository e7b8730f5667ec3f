"""Validate the people-and-places gold (``tests/entities/``) and print its counts.

    python -m tests.entities.check_gold [-v]

The schema of ``articles.jsonl``, ``gold.jsonl`` and ``check.txt`` needs nothing but these files.
The second part re-opens each article in ``../shared/corpora`` (AEB ``main_text``; a page's visible
text from the first ``body_start`` to the first ``body_end`` after it), checks that the body can be
cut and that every surface form of every entity occurs in that body as whole words. Without the
corpora that part is skipped with a message, never failed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.eval import names

HERE = Path(__file__).resolve().parent
CORPORA = ("aeb", "trafilatura_eval", "htmldate_eval", "meantime_en")
ARTICLE_FIELDS: dict[str, type] = {"corpus": str, "case": str, "lang": str, "body_start": str, "body_end": str}
ENTITY_FIELDS: dict[str, type] = {
    "corpus": str,
    "case": str,
    "lang": str,
    "class": str,
    "name": str,
    "forms": list,
    "optional": bool,
    "note": str,
}


def schema_errors(articles: list[dict[str, Any]], gold: list[dict[str, Any]], check: set[tuple[str, str]]) -> list[str]:
    """Everything wrong with the files' shape, one message each (empty when they are sound)."""
    errors: list[str] = []
    keys: dict[tuple[str, str], str] = {}
    for n, a in enumerate(articles, 1):
        where = f"articles line {n} ({a.get('corpus')} {str(a.get('case'))[:12]})"
        if set(a) != set(ARTICLE_FIELDS) or any(not isinstance(a[k], t) for k, t in ARTICLE_FIELDS.items()):
            errors.append(f"{where}: fields must be exactly {sorted(ARTICLE_FIELDS)} as strings")
            continue
        if a["corpus"] not in CORPORA:
            errors.append(f"{where}: corpus must be one of {CORPORA}")
        if len(a["lang"]) != 2 or not a["lang"].isalpha() or not a["lang"].islower():
            errors.append(f"{where}: lang must be an ISO 639-1 code")
        page = a["corpus"] != "aeb"
        if page != bool(a["body_start"] and a["body_end"]):
            errors.append(f"{where}: a page needs body_start and body_end, an AEB case neither")
        if (a["corpus"], a["case"]) in keys:
            errors.append(f"{where}: the article twice")
        keys[(a["corpus"], a["case"])] = a["lang"]
    seen: set[tuple[str, str, str]] = set()
    for n, g in enumerate(gold, 1):
        where = f"gold line {n} ({g.get('corpus')} {str(g.get('case'))[:12]} {g.get('name')!r})"
        if set(g) != set(ENTITY_FIELDS) or any(not isinstance(g[k], t) for k, t in ENTITY_FIELDS.items()):
            errors.append(f"{where}: fields must be exactly {sorted(ENTITY_FIELDS)} with the right types")
            continue
        if (g["corpus"], g["case"]) not in keys:
            errors.append(f"{where}: no such article in articles.jsonl")
        elif keys[(g["corpus"], g["case"])] != g["lang"]:
            errors.append(f"{where}: lang differs from the article's")
        if g["class"] not in names.CLASSES:
            errors.append(f"{where}: class must be one of {sorted(names.CLASSES)}")
        if not g["name"].strip() or not g["forms"]:
            errors.append(f"{where}: a name and at least one form are needed")
        if not all(isinstance(f, str) and f.strip() and f == names.norm(f) for f in g["forms"]):
            errors.append(f"{where}: forms must be non-empty strings without stray whitespace")
        if len(set(g["forms"])) != len(g["forms"]):
            errors.append(f"{where}: a form twice")
        entity = (g["corpus"], g["case"], names.key(g["name"]))
        if entity in seen:
            errors.append(f"{where}: the same entity twice in one article")
        seen.add(entity)
    for corpus, case in sorted(check - set(keys)):
        errors.append(f"check.txt: {corpus} {case} is not an annotated article")
    return errors


def placement_errors(articles: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Each body can be cut, and each form occurs in its body as whole words."""
    errors: list[str] = []
    bodies: dict[tuple[str, str], str | None] = {}
    for a in articles:
        try:
            bodies[(a["corpus"], a["case"])] = names.body(a)
        except (KeyError, ValueError) as e:
            bodies[(a["corpus"], a["case"])] = None
            errors.append(f"{a['corpus']} {a['case'][:12]}: {e}")
    for g in gold:
        text = bodies.get((g["corpus"], g["case"]))
        if text is None:
            continue
        for form in g["forms"]:
            if not names.occurs(form, text, g["lang"]):
                errors.append(f"{g['corpus']} {g['case'][:12]}: form {form!r} of {g['name']!r} not in the body")
    return errors


def counts(articles: list[dict[str, Any]], gold: list[dict[str, Any]], check: set[tuple[str, str]]) -> str:
    """The composition of the set, as printed by the command and quoted in the README."""
    required = [g for g in gold if not g["optional"]]
    lines = [
        f"{len(articles)} articles ({sum((a['corpus'], a['case']) in check for a in articles)} in the check set), "
        f"{len(gold)} entities ({len(required)} required, {len(gold) - len(required)} optional)"
    ]
    per_lang: dict[str, Counter[str]] = {}
    for a in articles:
        per_lang.setdefault(a["lang"], Counter())["articles"] += 1
    for g in required:
        per_lang[g["lang"]][g["class"]] += 1
    order = sorted(per_lang, key=lambda lang: (lang != "en", -per_lang[lang]["articles"], lang))
    for lang in order:
        c = per_lang[lang]
        lines.append(f"  {lang}: {c['articles']} articles, {c['person']} people, {c['place']} places")
    by_class = Counter(g["class"] for g in required)
    lines.append("required by class: " + ", ".join(f"{k} {v}" for k, v in sorted(by_class.items())))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    articles, gold = names.load_articles(), names.load_gold()
    check = set(names.check_set())
    errors = schema_errors(articles, gold, check)
    if names.corpora.available():
        errors += placement_errors(articles, gold)
    else:
        print("no benchmark sets (../shared/corpora, or WIRESTREAM_CORPORA): the bodies are not checked")
    print(counts(articles, gold, check))
    for error in errors:
        print("ERROR", error)
    if "-v" in argv:
        for g in gold:
            if (g["corpus"], g["case"]) not in check:
                flag = "?" if g["optional"] else " "
                print(f"{g['lang']} {g['case'][:10]} {g['class'][:2]}{flag} {g['name']} = {' ; '.join(g['forms'])}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
