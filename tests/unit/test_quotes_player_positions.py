"""A team's name before a player's position and name only qualifies the position (round s41): "Wild defenseman Ryan
Suter, who …, could see …" has Suter as its subject, so the next "he said" is his, not the team's (nobody) or the
player named before. The passages are the developers' own: each pins one behaviour, none is a score."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes_registered_roles import speakers
from wirestream.services.enrich.entities.quotes.language import for_text


def test_a_teams_position_before_a_name_leaves_the_player_the_subject(toolkit):
    text = (
        "Hours before the game, Wild coach Bruce Boudreau praised the veteran winger Zach Parise.\n\n"
        "A week ago, Parise, 35, had scored once in ten games. Wild defenseman Ryan Suter, who joked about "
        "Parise’s sticks, could see the frustration on his friend’s face.\n\n"
        "“He’s used to scoring goals, getting points,” he said."
    )
    assert speakers(toolkit, text) == ["Ryan Suter"]


def test_a_position_without_an_agent_ending_is_a_role_too(toolkit):
    text = (
        "The Chiefs won again. Chiefs quarterback Patrick Mahomes threw three touchdowns against the Bills.\n\n"
        "“We just kept going,” he said."
    )
    assert speakers(toolkit, text) == ["Patrick Mahomes"]


@pytest.mark.parametrize("word", ["defenseman", "quarterback", "goalie", "teammate", "rookie", "batsman"])
def test_player_positions_are_roles(word):
    assert for_text("en", "").title_gender(word)[0]


@pytest.mark.parametrize("word", ["forward", "guard", "center"])
def test_positions_that_are_other_words_too_are_not(word):
    assert not for_text("en", "").title_gender(word)[0]
