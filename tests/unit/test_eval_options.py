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
