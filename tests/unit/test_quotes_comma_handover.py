"""A speech verb with its object, or an "according to" cue with its name, and a comma hand a closed quote over as a
colon does: the next sentence's subject is not its speaker ("Peskov told reporters, “….” Zakharova said …" and
"According to Peskov, “….” Zakharova said …" had given Peskov's words to Zakharova)."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers

NAMES = {"Peskov": "PERSON", "Zakharova": "PERSON"}


@pytest.mark.parametrize(
    "lead",
    ["Peskov told reporters,", "Peskov said on Wednesday,", "According to Peskov,", "Peskov said,"],
)
def test_the_quote_after_a_cue_and_its_comma_stays_the_cues(lead):
    text = f'{lead} "We will respond to this attack in due course." Zakharova said the West was to blame.'
    assert rules_speakers(text, "en", **NAMES) == ["Peskov"]
