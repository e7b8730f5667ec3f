"""The audit of a page's lines the extractor left out (``clean.logic.outside_main_content``, stop 56).

Every visible line was searched for in the whole main text: lines times text. A page of 40,000 distinct menu lines
and 2 MB of article text took 44 s in the clean stage. Lines met again are now answered once, a line with an inner
word the text lacks is not searched for, and the search stops after ``COMPARE_BUDGET`` characters of text, the lines
left counted as not compared (never reported as cut). The growth test compares CPU times for ten times the input,
never a duration."""

from __future__ import annotations

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.clean import logic
from wirestream.services.enrich.clean.logic import outside_main_content

TEXT = "Two drones flew over the Kremlin at night.\nThe Kremlin called it a terrorist act."


def _cut(removed) -> list[str]:
    return [r.text for r in removed]


def test_the_lines_the_main_text_holds_are_not_reported() -> None:
    lines = ["Home", "Two drones flew over the Kremlin", "the kremlin called it", "Share this article", "Home"]
    assert _cut(outside_main_content(lines, TEXT)) == ["Home", "Share this article"]


def test_a_line_with_every_word_in_the_text_but_not_as_written_is_reported() -> None:
    # the inner words are all the text's, so the text is searched: the line is not there as written
    assert _cut(outside_main_content(["the Kremlin flew over two drones"], TEXT)) == [
        "the Kremlin flew over two drones"
    ]


def test_a_line_ending_inside_a_word_of_the_text_is_part_of_it() -> None:
    # the first and last words may be pieces of the text's words; only the inner ones must be whole
    assert _cut(outside_main_content(["ones flew over the Krem"], TEXT)) == []


def test_lines_past_the_budget_are_counted_as_not_compared(monkeypatch) -> None:
    monkeypatch.setattr(logic, "COMPARE_BUDGET", 2 * len(TEXT))  # two searches
    lines = ["menu one", "menu two", "menu three", "menu four"]
    cut = _cut(outside_main_content(lines, TEXT))
    assert cut[:2] == ["menu one", "menu two"]
    assert cut[2:] == ["... and 2 lines not compared with the main content (the page is too large)"]


def test_many_distinct_lines_and_a_long_text_grow_linearly() -> None:
    def page(k: int) -> tuple[list[str], str]:
        return [f"item{i}" for i in range(k)], " ".join(f"word{i}" for i in range(5 * k))

    ratio = growth_ratio(page, lambda a: outside_main_content(*a), 1000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the lines and text (linear is about 10; stop 55's code: ~100x)"
