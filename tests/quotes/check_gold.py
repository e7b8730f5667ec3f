"""Validate the quote-attribution gold (``tests/quotes/gold.jsonl``) and print its counts.

    python -m tests.quotes.check_gold [-v]

Two checks. The schema of every line needs nothing but this file. The second re-opens each article
(AEB ``main_text``; the visible text of a trafilatura_eval or htmldate_eval page; MEANTIME's text file; the seed file) and
checks that each quote's ``opening`` occurs there exactly once after whitespace normalisation, because
the scorer finds quotes by that substring. The pages stay in ``../shared/corpora``: when they are
absent that part is skipped with a message, never failed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
SEEDS = HERE.parent.parent / "seeds"

CORPORA = ("aeb", "trafilatura_eval", "htmldate_eval", "meantime_en", "seeds")
KINDS = ("person", "organisation", "place", "none")
FIELDS: dict[str, type | tuple[type, ...]] = {
    "corpus": str,
    "case": str,
    "lang": str,
    "opening": str,
    "speaker": (str, type(None)),
    "aliases": list,
    "speaker_kind": str,
    "attribution": str,
    "pronoun": bool,
    "multi_paragraph": bool,
    "note": str,
}
QUOTE_MARKS = "\"'“”„‟«»‚‘’‹›「」『』"
# Scripts written without spaces between words: the opening is counted in characters there.
UNSPACED = frozenset({"zh", "ja"})


def normalise(text: str) -> str:
    """One space for every run of whitespace: how the scorer compares text."""
    return " ".join(text.split())


def load(path: Path = GOLD) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def schema_errors(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Everything wrong with the lines' shape, one message each (empty when the file is sound)."""
    errors: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for n, row in enumerate(rows, 1):
        where = f"line {n} ({row.get('corpus')} {str(row.get('case'))[:16]} {str(row.get('opening'))[:30]!r})"
        if set(row) != set(FIELDS):
            errors.append(f"{where}: fields {sorted(set(row) ^ set(FIELDS))} missing or unknown")
            continue
        wrong = [k for k, t in FIELDS.items() if not isinstance(row[k], t)]
        if wrong:
            errors.append(f"{where}: wrong type for {wrong}")
            continue
        if row["corpus"] not in CORPORA:
            errors.append(f"{where}: corpus must be one of {CORPORA}")
        if row["corpus"] == "seeds" and not (SEEDS / row["case"]).is_file():
            errors.append(f"{where}: no seed file {row['case']}")
        if len(row["lang"]) != 2 or not row["lang"].isalpha() or not row["lang"].islower():
            errors.append(f"{where}: lang must be an ISO 639-1 code")
        opening = row["opening"]
        if opening != opening.strip() or normalise(opening) != opening:
            errors.append(f"{where}: opening has stray whitespace")
        if opening[:1] in QUOTE_MARKS:
            errors.append(f"{where}: opening starts with a quotation mark")
        size = len(opening.replace(" ", "")) if row["lang"] in UNSPACED else len(opening.split())
        low, high = (12, 30) if row["lang"] in UNSPACED else (4, 10)
        if not low <= size <= high:
            errors.append(f"{where}: opening has {size} words or characters, not {low}-{high}")
        if row["speaker_kind"] not in KINDS:
            errors.append(f"{where}: speaker_kind must be one of {KINDS}")
        if (row["speaker"] is None) != (row["speaker_kind"] == "none"):
            errors.append(f"{where}: speaker null exactly when speaker_kind is 'none'")
        if row["speaker"] is not None and (not row["speaker"].strip() or row["speaker"] in row["aliases"]):
            errors.append(f"{where}: speaker empty or repeated among aliases")
        if row["speaker"] is None and row["aliases"]:
            errors.append(f"{where}: aliases without a speaker")
        if not all(isinstance(a, str) and a.strip() for a in row["aliases"]):
            errors.append(f"{where}: aliases must be non-empty strings")
        if len(row["attribution"].split()) > 12:
            errors.append(f"{where}: attribution cue longer than 12 words")
        if row["pronoun"] and row["speaker"] is None:
            errors.append(f"{where}: a pronoun attribution needs the speaker it stands for")
        key = (row["corpus"], row["case"], normalise(opening))
        if key in seen:
            errors.append(f"{where}: the same opening twice in one article")
        seen.add(key)
    return errors


def article_text(corpus: str, case: str) -> str:
    """The text an opening must be found in: the gold body, the page's visible text, or the seed."""
    if corpus == "seeds":
        return (SEEDS / case).read_text(encoding="utf-8")
    from bench.eval import corpora

    found = [c for c in corpora.cases(corpus) if c["id"] == case]
    if not found:
        raise KeyError(f"no case {case} in {corpus}")
    if corpus == "aeb":
        return found[0]["main_text"]
    return corpora.readable_text(corpus, found[0])


def corpora_available() -> bool:
    from bench.eval import corpora

    return corpora.available()


@dataclass
class Placement:
    """How often each opening occurs in its article (the right answer is always one)."""

    counts: dict[int, int] = field(default_factory=dict)
    missing_cases: list[str] = field(default_factory=list)

    def errors(self, rows: list[dict[str, Any]]) -> list[str]:
        out = [f"case not found: {c}" for c in self.missing_cases]
        for n, count in sorted(self.counts.items()):
            if count != 1:
                row = rows[n]
                out.append(f"line {n + 1} ({row['corpus']} {row['case'][:16]}): {row['opening']!r} found {count} times")
        return out


def place(rows: list[dict[str, Any]], corpora: bool = True) -> Placement:
    """Count each opening in its article; without the corpora only the seeds are checked."""
    result = Placement()
    texts: dict[tuple[str, str], str | None] = {}
    for n, row in enumerate(rows):
        key = (row["corpus"], row["case"])
        if key[0] != "seeds" and not corpora:
            continue
        if key not in texts:
            try:
                texts[key] = normalise(article_text(*key))
            except KeyError:
                texts[key] = None
                result.missing_cases.append(f"{key[0]} {key[1]}")
        text = texts[key]
        if text is not None:
            result.counts[n] = text.count(normalise(row["opening"]))
    return result


def counts(rows: list[dict[str, Any]]) -> str:
    """The composition of the set, as printed by the command and quoted in the README."""
    lines = [f"{len(rows)} quotes in {len({(r['corpus'], r['case']) for r in rows})} articles"]
    for title, key in (("language", "lang"), ("corpus", "corpus"), ("speaker kind", "speaker_kind")):
        tally = Counter(r[key] for r in rows)
        lines.append(f"by {title}: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))
    per_lang_articles = Counter(lang for lang, _ in {(r["lang"], r["case"] + r["corpus"]) for r in rows})
    lines.append("articles by language: " + ", ".join(f"{k} {v}" for k, v in per_lang_articles.most_common()))
    flags = {
        "pronoun attribution": sum(r["pronoun"] for r in rows),
        "multi-paragraph": sum(r["multi_paragraph"] for r in rows),
        "no attribution cue": sum(not r["attribution"] for r in rows),
        "with a note": sum(bool(r["note"]) for r in rows),
    }
    lines.append("flags: " + ", ".join(f"{k} {v}" for k, v in flags.items()))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    rows = load()
    errors = schema_errors(rows)
    have_corpora = corpora_available()
    if not have_corpora:
        print("no benchmark sets (../shared/corpora, or WIRESTREAM_CORPORA): only the seeds' openings are checked")
    errors += place(rows, corpora=have_corpora).errors(rows)
    print(counts(rows))
    for error in errors:
        print("ERROR", error)
    if "-v" in argv:
        for row in rows:
            print(f"{row['lang']} {row['corpus'][:4]} {row['case'][:10]} | {row['speaker']} | {row['opening']}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
