"""The measure of the issue's criterion for pages saved as text (bench.eval.extraction): clear-cut furniture
lines removed, body sentences kept. Self-written lines, one behaviour each."""

from __future__ import annotations

from bench.eval.extraction import aeb_line_gold, furniture_counts, furniture_scores, segment_line_gold

GOLD = (
    "Two drones were shot down over the Moscow region overnight, the defence ministry said.\n"
    "Flights at Vnukovo airport were briefly suspended. Nobody was hurt, the mayor wrote on Telegram."
)
LINES = [
    "Drones shot down near Moscow | Daily Courier",  # the page's title line: where the title is read
    "Home",
    "Sign in to keep reading and get unlimited access",
    "Drones shot down near Moscow",  # the headline over the article: the title's words
    "Two drones were shot down over the Moscow region overnight, the defence ministry said.",
    "Flights at Vnukovo airport were briefly suspended. Nobody was hurt, the mayor wrote on Telegram.",
    "Moscow region",  # a short line whose words the body holds in that order: not clear-cut
    "Share this story with a friend today",
]


def test_aeb_furniture_is_what_the_gold_body_has_none_of():
    furniture, sentences = aeb_line_gold(LINES, GOLD)
    assert [LINES[i] for i in furniture] == [
        "Home",
        "Sign in to keep reading and get unlimited access",
        "Share this story with a friend today",
    ]
    assert len(sentences) == 3


def test_a_body_sentence_the_page_never_showed_is_not_counted():
    _, sentences = aeb_line_gold(LINES[:5], GOLD)
    assert [" ".join(words) for words in sentences] == [
        "two drones were shot down over the moscow region overnight the defence ministry said"
    ]


def test_no_cleaning_removes_nothing_and_keeps_everything():
    assert furniture_counts(LINES, aeb_line_gold(LINES, GOLD), "\n".join(LINES)) == (3, 0, 3, 0 + 3)


def test_a_clean_text_removes_the_furniture_and_keeps_the_body():
    output = "\n".join(LINES[3:7])
    assert furniture_scores(furniture_counts(LINES, aeb_line_gold(LINES, GOLD), output)) == (1.0, 1.0)


def test_a_lost_sentence_counts_and_a_short_furniture_line_inside_a_sentence_is_still_removed():
    output = "Two drones were shot down over the Moscow region overnight, the defence ministry said. Home"
    # "Home" is not a line of its own in the output, so it was removed; two sentences of three are lost.
    assert furniture_counts(LINES, aeb_line_gold(LINES, GOLD), output) == (3, 3, 3, 1)


def test_a_long_furniture_line_held_inside_an_output_line_is_kept():
    output = "Sign in to keep reading and get unlimited access now"
    assert furniture_counts(LINES, aeb_line_gold(LINES, GOLD), output)[:2] == (3, 2)


def test_trafilatura_furniture_is_a_line_of_must_not_have_segments_only():
    case = {"with": ["Flights at Vnukovo airport were briefly suspended."], "without": ["Sign in", "Home"]}
    lines = ["Home", "Sign in to keep reading", "Flights at Vnukovo airport were briefly suspended. Home", "Other"]
    furniture, sentences = segment_line_gold(lines, case)
    assert furniture == [0, 1]
    assert sentences == [["flights", "at", "vnukovo", "airport", "were", "briefly", "suspended"]]


def test_body_kept_is_measured_in_the_text_and_with_the_posts_moved_to_embeds():
    from bench.eval.systems import with_embeds

    post = "Footage shows a flash over the Senate Palace dome overnight pic.twitter.com/Xk2LmQ7a"
    signature = "— Moscow Watcher (@moscowwatch) May 3, 2023"
    body = [
        "Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of "
        "President Vladimir Putin.",
        "Ukraine denied any involvement, and officials in Kyiv suggested the incident had been staged.",
    ]
    lines = [body[0], post, signature, body[1]]
    gold = aeb_line_gold(lines, "\n".join(lines))
    text, embedded = with_embeds("\n\n".join(lines), "a.txt")
    assert furniture_counts(lines, gold, text)[2:] == (4, 2)  # the post and its signature left the text
    assert furniture_counts(lines, gold, embedded)[2:] == (4, 4)  # and are on the article
    assert embedded.startswith(text)
