"""Loops of the clean stage that went quadratic on a crafted page or text (stop 56, helper sw56c).

* ``furniture.html.extractor_flags`` searched every visible line in each extractor's whole text, and ``verdicts``
  compared every paragraph that is no line with every long line: lines times text (5,000 menu lines and 465 kB of
  text: 4.2 s of a 6.9 s clean). Lines met again are answered once, whole paragraphs and words need no search, a
  line with an inner word the text lacks is not searched for, and the searches stop after ``SEARCH_BUDGET``
  characters, what is left counted in a removal note.
* ``logic._extract_paragraphs`` grew a table's paragraph a row at a time, copying it for each row (500,000
  characters of rows: 2.8 s).
* ``embeds.cut_text`` walked back over every line already taken out for each attribution line (500,000 characters
  of attribution lines: 4.7 s).

And in entity-enrich:

* ``names._set_bodies`` compared each set phrase ("Bund und Länder") with every one named before it;
* ``frames._unread_surnames`` compared each surname before a speech verb with every name found;
* ``place_names`` copied every name for each town given its qualifier ("Frankfurt (Oder)"), and compared each
  dateline's place with every name found (and, in German, each place added for a dateline word placed again all
  through the text: cubic, 80,000 characters 120 s).

The growth tests compare CPU times for ten times the input (``tests.adversarial.timing``), never a duration.
"""

from __future__ import annotations

import numpy as np

from tests.adversarial.inputs import _letters
from tests.adversarial.targets import FakeRecognizer, name_finder
from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.clean import embeds, logic
from wirestream.services.enrich.clean.furniture import html
from wirestream.services.enrich.entities import frames, names
from wirestream.services.enrich.entities.name_data import Found

TEXT = "Two drones flew over the Kremlin at night.\nThe Kremlin called it a terrorist act."


def _searched(lines: list[str], text: str) -> list[float]:
    """The flags as every line searched in the whole text reads them (the code before stop 56)."""
    kept = " " + html._norm(text.replace("\n", " ")) + " "
    return [float(html._norm(line) in kept) for line in lines]


def test_the_flags_are_those_of_a_search_of_the_whole_text() -> None:
    lines = [
        "Home",
        "Two drones flew over the Kremlin at night.",  # a whole paragraph
        "the kremlin called it",  # inside one
        "night. The Kremlin",  # across two
        "ones flew over the Krem",  # pieces of words at both ends
        "the Kremlin flew over two drones",  # every word the text's, not as written
        "Kremlin",
        "  Share   this  ",
        "",
        "Home",
    ]
    assert html.extractor_flags(lines, TEXT).tolist() == _searched(lines, TEXT)


def test_lines_past_the_budget_are_found_only_whole_and_counted(monkeypatch) -> None:
    monkeypatch.setattr(html, "SEARCH_BUDGET", 0)
    lines = ["Two drones flew over the Kremlin at night.", "Kremlin", "the kremlin called it", "menu"]
    flags, unchecked = html._flags(lines, TEXT)
    assert flags.tolist() == [1.0, 1.0, 0.0, 0.0]  # a paragraph and a word still found; the rest not searched
    assert unchecked == 2


def test_many_distinct_lines_and_a_long_text_flag_linearly(monkeypatch) -> None:
    monkeypatch.setattr(html, "SEARCH_BUDGET", 20_000_000)  # reached by the larger page only, as a hostile page would

    def page(k: int) -> tuple[list[str], str]:
        return [f"item{i}" for i in range(k)], " ".join(f"word{i}" for i in range(5 * k))

    ratio = growth_ratio(page, lambda a: html.extractor_flags(*a), 1000)
    assert ratio <= MAX_GROWTH, (
        f"{ratio:.1f}x for 10x the lines and text (linear is about 10; the code before: 50x, stopped)"
    )


def test_the_verdicts_hold_on_a_normal_page() -> None:
    lines = ["Home", "Two drones flew over the Kremlin at night.", "The Kremlin called it a terrorist act."]
    probability = np.array([0.1, 0.9, 0.8])
    text = "Home\nTwo drones flew over the Kremlin at night. The Kremlin called it a terrorist act.\nflew over"
    assert html.verdicts(lines, probability, text) == [0.1, 0.9, 0.9]  # a line, two lines in one, inside one


def test_paragraphs_past_the_budget_are_kept_and_counted(monkeypatch) -> None:
    monkeypatch.setattr(html, "SEARCH_BUDGET", 0)
    lines = ["Home", "Two drones flew over the Kremlin at night."]
    judged, unread = html._verdicts(lines, np.array([0.1, 0.9]), "Home\nflew over the Kremlin")
    assert judged == [0.1, None]  # the line still read; the paragraph no line is, not compared: kept
    assert unread == 1


def test_many_paragraphs_that_are_no_line_are_judged_linearly(monkeypatch) -> None:
    # reached at the large size only (raising=False: the code before has no budget, and grows quadratically)
    monkeypatch.setattr(html, "SEARCH_BUDGET", 2_000_000, raising=False)

    def page(k: int) -> tuple[list[str], np.ndarray, str]:
        lines = [f"menu entry {_letters(i)} here" for i in range(k)]
        return lines, np.zeros(k), "\n".join(f"paragraph {_letters(i)} nowhere seen" for i in range(k))

    ratio = growth_ratio(page, lambda a: html.verdicts(*a), 100)
    assert ratio <= MAX_GROWTH, (
        f"{ratio:.1f}x for 10x the lines and paragraphs (linear is about 10; the code before: ~70x)"
    )


def test_a_table_stays_one_paragraph() -> None:
    text = "Intro line\n| Kyiv | 3 |\n| Lviv | 4 |\nOutro line\n| a | b |"
    assert logic._extract_paragraphs(text) == "Intro line\n\n| Kyiv | 3 |\n| Lviv | 4 |\n\nOutro line\n\n| a | b |"


def test_a_long_table_is_joined_linearly() -> None:
    ratio = growth_ratio(lambda k: "| a | b |\n" * k, logic._extract_paragraphs, 5000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the rows (linear is about 10; the code before: ~78x)"


def test_an_attribution_line_still_takes_the_post_above_it() -> None:
    # the second line looks back past the two taken out to the article's paragraph, too long to be a post
    article = "The article's own paragraph. " * 20
    text = f"{article}\n\nDrones over Moscow tonight.\n— Anna Smith (@anna) May 3, 2023\n— Bob Jones (@bob) May 4"
    cut = embeds.cut_text(text)
    assert [(e.handle, e.text) for e in cut.embeds] == [("anna", "Drones over Moscow tonight."), ("bob", None)]
    assert cut.text == f"{article}\n"


def test_a_run_of_attribution_lines_is_cut_linearly() -> None:
    unit = "—a (@b)\n"
    ratio = growth_ratio(lambda k: "word " * 100 + "\n" + unit * k, embeds.cut_text, 600)
    assert ratio <= MAX_GROWTH, (
        f"{ratio:.1f}x for 10x the attribution lines (linear is about 10; the code before: ~67x)"
    )


def _spans(found) -> list[tuple[str, str, int, int]]:
    return [(f.text, f.label, f.start, f.end) for f in found]


def test_set_phrases_of_bodies_are_still_named() -> None:
    text = "Bund und Länder und Bund und Ländern, Bund und Länderkammern"
    assert _spans(names._set_bodies([], text, "de")) == [
        ("Bund und Länder", "ORG", 0, 15),
        ("Bund und Ländern", "ORG", 20, 36),  # not the shorter form inside it; not inside "Länderkammern"
    ]


def test_a_repeated_set_phrase_is_named_linearly() -> None:
    ratio = growth_ratio(lambda k: "Bund und Länder. " * k, lambda text: names._set_bodies([], text, "de"), 600)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the phrases (linear is about 10; the code before: quadratic)"


def test_an_unread_surname_is_read_unless_a_name_covers_it() -> None:
    text = "Kovalchuk said it. Shevchenko told reporters."
    assert [e.text for e in frames._unread_surnames([], text, "en", None)] == ["Kovalchuk", "Shevchenko"]
    covered = FakeRecognizer()(text)[:1]  # the model read "Kovalchuk"
    assert [e.text for e in frames._unread_surnames(covered, text, "en", None)] == ["Shevchenko"]


def test_surnames_before_speech_verbs_are_checked_linearly() -> None:
    def article(k: int):
        text = "Kovalchuk said it. " * k
        return FakeRecognizer()(text), text

    ratio = growth_ratio(article, lambda a: frames._unread_surnames(a[0], a[1], "en", None), 1000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the surnames (linear is about 10; the code before: quadratic)"


def test_a_datelines_place_is_still_read_there_and_after_a_preposition() -> None:
    found = name_finder()("ERDEN. Wie berichtet, kam es in Erden zu einem Unfall. Anna Schmidt fuhr nach Erden.", "de")
    assert _spans(found) == [
        ("ERDEN", "GPE", 0, 5),
        ("Erden", "GPE", 32, 37),
        ("Anna Schmidt", "PERSON", 55, 67),
        ("Erden", "GPE", 78, 83),
    ]
    found = name_finder()("MOSCÚ, 3 may (EFE).- Dijo Pedro Sánchez.\nROMA - El papa habló.", "es")
    assert _spans(found) == [("MOSCÚ", "GPE", 0, 5), ("Pedro Sánchez", "PERSON", 26, 39), ("ROMA", "GPE", 41, 45)]


def test_a_dateline_word_placed_all_through_the_text_is_read_linearly() -> None:
    finder = name_finder()
    unit = "ERDEN. Wie berichtet, kam es in Erden zu einem Unfall.\n"
    ratio = growth_ratio(lambda k: unit * k, lambda text: finder(text, "de"), 40)
    assert ratio <= MAX_GROWTH, (
        f"{ratio:.1f}x for 10x the datelines (linear is about 10; the code before: 50x, stopped)"
    )


def test_wire_datelines_are_checked_against_the_names_linearly() -> None:
    finder = name_finder()
    unit = "MOSCÚ, 3 may (EFE).- Dijo Pedro Sánchez.\n"

    def article(k: int) -> tuple[list[Found], str]:
        text = unit * k
        at = [i for i in range(len(text)) if text.startswith("Pedro Sánchez", i)]
        return [Found("Pedro Sánchez", "ORG", i, i + 13) for i in at], text

    ratio = growth_ratio(article, lambda a: finder._wire_datelines(a[0], a[1], "es"), 200)
    assert ratio <= MAX_GROWTH, (
        f"{ratio:.1f}x for 10x the datelines (linear is about 10; the code before: 98x, stopped)"
    )


def test_a_town_and_its_qualifier_are_still_one_place() -> None:
    found = name_finder()("In Frankfurt (Oder) regnet es. FRANKFURT/ODER. Frankfurt an der Oder", "de")
    assert _spans(found) == [
        ("Frankfurt (Oder)", "GPE", 3, 19),
        ("FRANKFURT/ODER", "GPE", 31, 45),
        ("Frankfurt an der Oder", "GPE", 47, 68),
    ]


def test_towns_with_qualifiers_are_read_linearly() -> None:
    finder = name_finder()
    unit = "In Frankfurt (Oder) regnet es. "

    def article(k: int) -> tuple[list[Found], str]:
        text = unit * k
        return [Found("Frankfurt", "GPE", i + 3, i + 12) for i in range(0, len(text), len(unit))], text

    ratio = growth_ratio(article, lambda a: finder._qualified_towns(a[0], a[1], "de"), 300)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the towns (linear is about 10; the code before: 73x-118x)"
