"""The quote code tests no language code: what a language does is data in its module (issue 13)."""

from __future__ import annotations

import ast
from pathlib import Path

from wirestream.services.enrich.entities.quotes.language import load

QUOTES_DIR = Path(__file__).resolve().parents[2] / "services" / "enrich" / "entities" / "quotes"


def _is_code(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "code") or (
        isinstance(node, ast.Name) and node.id == "code"
    )


def _is_literal_code(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.Tuple | ast.List | ast.Set) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    )


def code_tests(source: str) -> list[int]:
    """Lines comparing a language code with a literal (``lang.code == "de"``, ``code in ("en", "zh")``)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_code(s) for s in sides) and any(_is_literal_code(s) for s in sides):
                lines.append(node.lineno)
    return lines


def test_the_check_finds_a_code_test() -> None:
    assert code_tests('if lang.code in ("en", "zh"):\n    pass\n') == [1]
    assert code_tests('x = self.lang.code != "de"\n') == [1]
    assert code_tests('x = code == "id"\n') == [1]
    assert code_tests('x = lang.has("subject_first")\n') == []


def test_no_quote_module_tests_a_language_code() -> None:
    found = {p.name: code_tests(p.read_text(encoding="utf-8")) for p in sorted(QUOTES_DIR.glob("*.py"))}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_traits_and_shapes_come_from_the_module() -> None:
    zh, de, en, id_ = load("zh"), load("de"), load("en"), load("id")
    assert zh.unspaced and not zh.lemmatise and not en.unspaced and en.lemmatise
    assert en.has("subject_first") and zh.has("subject_first") and not de.has("subject_first")
    assert de.nouns_capitalised and not en.nouns_capitalised
    assert de.words("genitive_articles") == {"der", "des"} and not en.words("genitive_articles")
    assert id_.suffixed_pronoun("katanya") and not en.suffixed_pronoun("katanya")


def test_the_english_word_endings_of_roles_are_english_data() -> None:
    # "forecaster", "analyst" end a role between a body and a person's name, "hired" is a verb there: in English
    # only, from its lexicon; another language reads its titles alone (no "-er" agent nouns in German or Spanish).
    english = load("en")
    assert {"er", "ist"} <= english.words("agent_endings") and english.words("past_endings") == {"ed"}
    assert english.words("description_articles") == {"the"}
    for code in ("de", "es", "fr"):
        assert not load(code).words("agent_endings") and not load(code).words("past_endings")
    source = (QUOTES_DIR / "attribution.py").read_text(encoding="utf-8")
    assert 'endswith("ed")' not in source and 'low != "the"' not in source


def test_no_two_languages_group_one_word_differently():
    # role_groups and body_groups are read as one table across languages (speakers.py): a word two languages map
    # to different groups would take whichever module loads last (Bulgarian "президент": "кремъл" once broke
    # Russian's "президент": "кремль")
    from wirestream.services.enrich import languages

    for key in ("role_groups", "body_groups"):
        seen: dict[str, tuple[str, str]] = {}
        for code, data in languages.table("QUOTES").items():
            for word, group in data.get(key, {}).items():
                first = seen.setdefault(word, (code, group))
                assert first[1] == group, f"{key}: {word!r} is {first[1]!r} in {first[0]}, {group!r} in {code}"
