"""The quote scorer's name comparison (bench/eval/quotes.py): a gold alias written with its article is the same name."""

from __future__ import annotations

from bench.eval.quotes import Said, norm, speaker_right


def _gold(speaker: str, aliases: list[str], kind: str = "organisation") -> dict:
    return {"speaker": speaker, "aliases": aliases, "speaker_kind": kind}


def test_an_alias_written_with_the_matches_the_name_without_it():
    gold = _gold("California's 4th District Court of Appeal", ["The Appellate Court"])
    assert speaker_right(Said("…", "Appellate Court"), gold)


def test_another_body_is_still_wrong():
    gold = _gold("California's 4th District Court of Appeal", ["The Appellate Court"])
    assert not speaker_right(Said("…", "Superior Court"), gold)
    assert not speaker_right(Said("…", "The"), gold)


def test_an_opening_with_zero_width_non_joiners_matches_the_text_clean_publishes():
    # clean drops zero-width characters; a Persian opening copied from the page keeps its ZWNJ
    assert norm("اصلاح\u200cطلبان با آسیب\u200cشناسی") == norm("اصلاحطلبان با آسیبشناسی")
