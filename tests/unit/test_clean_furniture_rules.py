"""clean's rules for the clear-cut furniture of real pages: buttons, labels, prompts, trails.

Each is decided by a short anchored rule; body sentences that use the same words stay.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.clean.rules import classify, is_nav


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Back to top button", "page chrome"),
        ("Show More", "page chrome"),
        ("More Videos", "page chrome"),
        ("Watch Now", "page chrome"),
        ("Load more", "page chrome"),
        ("VIDEO", "page chrome"),
        ("Weitere Videos", "page chrome"),
        ("Support The Moscow Times!", "promo"),
        ("Support independent journalism", "promo"),
        ("Sign in", "promo"),
        ("Log in to comment", "promo"),
        ("Already have an account? Sign in", "promo"),
        ("Create a free account to keep reading", "promo"),
        ("You have reached your limit of free articles this month.", "promo"),
        ("Published By: Sudeshna Ghosh", "byline"),
        ("Edited by: Mark Ellis", "byline"),
        ("File Photo", "photo credit"),
        ("Representational Image (Reuters)", "photo credit"),
        ("Symbolbild", "photo credit"),
        ("Home / Politics / World", "page chrome"),
        ("Startseite > Politik > Ausland", "page chrome"),
        ("Home » News", "page chrome"),
        (
            "This story has been published from a wire agency feed without modifications to the text.",
            "syndication note",
        ),
        (
            "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
            "syndication note",
        ),
    ],
)
def test_clear_cut_furniture_is_recognised(line, reason):
    assert classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Watch the skies, the mayor told residents on Wednesday evening.",
        "Show trials were held in Moscow in the 1930s, historians recall.",
        "Support for the measure grew among lawmakers in Kyiv.",
        "Sign language interpreters were present at the briefing.",
        "Video footage showed a flash over the dome of the Senate Palace.",
        "Published by the ministry, the statement gave no detail of the damage.",
        "The photo, released by the Kremlin, could not be verified.",
        "Kyiv / Moscow",
        "Russia-Ukraine war: Kremlin says drones downed",
        "The price rose from 3 / 4 of a rouble to a full rouble.",
    ],
)
def test_body_lines_with_the_same_words_stay(line):
    assert classify(line) is None


def test_a_trail_needs_three_crumbs_or_the_home_page():
    assert is_nav("Home / Politics")
    assert is_nav("News / Europe / Russia")
    assert not is_nav("Kyiv / Moscow")
    assert not is_nav("Können Fische Schmerzen spüren / empfinden?")
