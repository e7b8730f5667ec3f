"""``python -m bench.eval``'s options follow the suites' own lists, so a new quote set is a choice at once."""

from __future__ import annotations

import pytest

from bench.eval.__main__ import build_parser
from bench.eval.quotes import LISTED


def test_half_takes_every_set_the_quote_eval_lists():
    parser = build_parser()
    assert {"k", "l", "m"} <= set(LISTED)  # the sets the hand-written choices had left out
    for half in ("a", "b", *LISTED, "abcde"):
        assert parser.parse_args(["quotes", "--half", half]).half == half


def test_half_refuses_a_set_that_does_not_exist(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["quotes", "--half", "z"])
    assert "invalid choice: 'z'" in capsys.readouterr().err


def test_dev_only_leaves_every_check_article_out(monkeypatch: pytest.MonkeyPatch):
    """``--dev-only`` runs no check article of the names and quote evals: no row, count or reason of one is printed."""
    from bench.eval import corpora, names, quotes

    monkeypatch.setenv(corpora.DEV_ONLY_ENV, "0")  # recorded, so what main() sets is undone after the test
    assert not corpora.dev_only()
    build_parser().parse_args(["names", "--dev-only"])  # parsing alone sets nothing
    assert not corpora.dev_only()

    check = sorted(names.check_set())
    assert check, "the names gold has a check set"
    development = [{"corpus": "aeb", "case": "not-in-any-check"}]
    kept = names.development_only([{"corpus": c, "case": k} for c, k in check[:3]] + development)
    assert kept == development

    gold = quotes.load_gold()
    by_article: dict[tuple[str, str], list] = {}
    for g in gold:
        by_article.setdefault((g["corpus"], g["case"]), []).append(g)
    sets = {quotes.half_of(*key) for key in by_article}
    assert sets >= quotes.CHECK_SETS, "every quote check set has articles"
    left = quotes.development_only(by_article)
    assert left and all(quotes.half_of(*key) not in quotes.CHECK_SETS for key in left)
    assert len(left) < len(by_article)


def test_dev_only_is_set_by_the_option_and_refuses_a_baseline(monkeypatch: pytest.MonkeyPatch):
    from bench.eval import __main__ as cli
    from bench.eval import corpora

    monkeypatch.setenv(corpora.DEV_ONLY_ENV, "0")  # recorded, so what main() sets is undone after the test
    monkeypatch.setattr(corpora, "available", lambda: False)  # stop after the options are applied
    assert cli.main(["names", "--dev-only"]) == 0
    assert corpora.dev_only()
    with pytest.raises(SystemExit):
        cli.main(["names", "--dev-only", "--save-baseline"])
