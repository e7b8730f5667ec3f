"""clean: what must survive cleaning whatever came before (tables, repeats, scripts without spaces)."""

from __future__ import annotations

from datetime import datetime

from trafilatura.deduplication import LRU_TEST

from wirestream.services.enrich.clean.logic import clean, remove_boilerplate
from wirestream.services.enrich.clean.rules import word_count
from wirestream.services.ingest.fetch.formats import read_article

WIRE = [
    "Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of "
    "President Vladimir Putin, and that both had been brought down.",
    "The Kremlin press service said the drones were disabled by electronic warfare systems and that no one was hurt "
    "in the incident, which it called a planned terrorist act.",
    "Ukraine denied any involvement, and officials in Kyiv suggested that the incident had been staged to justify "
    "further strikes on Ukrainian cities.",
]


def page(headline: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>{body}</article></body></html>"
    )


def cleaned(raw: str, name: str, now: datetime):
    return clean(read_article(raw.encode(), name=name, uri=f"file:///{name}", received_at=now))


def test_an_article_cleans_the_same_whatever_was_cleaned_before(now):
    # Syndicated copies of one wire story: the same paragraphs on two sites. A process-wide
    # duplicate cache (trafilatura's deduplicate=True) would drop them from the third page it sees.
    a = page("Drones over the Kremlin", [*WIRE, "Our correspondent in Moscow saw smoke rise above the dome."])
    b = page("Kremlin says it downed two drones", ["Moscow (Wire) -- Russia's account of the night follows.", *WIRE])
    shared = dict(LRU_TEST.cache)
    first = cleaned(a, "a.html", now)
    for raw in (b, a, b, a):
        cleaned(raw, "other.html", now)
    again = cleaned(a, "a.html", now)  # the fourth time trafilatura's own cache would have dropped the page
    assert again.text == first.text
    assert again.removed == first.removed
    assert all(p in again.text for p in WIRE)
    assert dict(LRU_TEST.cache) == shared  # no state left behind in the extractor's process-wide cache


def test_an_html_table_is_kept_row_by_row(now):
    html = page(
        "Casualties by region",
        [WIRE[0], "</p><table><tr><th>Region</th><th>Killed</th></tr><tr><td>Kyiv</td><td>3</td></tr>"
         "<tr><td>Odesa</td><td>1</td></tr></table><p>" + WIRE[2]],
    )  # fmt: skip
    article = cleaned(html, "t.html", now)
    assert "| Kyiv | 3 |" in article.text
    assert "| Odesa | 1 |" in article.text
    assert not any("Kyiv" in r.text and r.reason != "outside the main content" for r in article.removed)


def test_a_lede_printed_twice_is_cut_but_short_repeated_lines_stay():
    lede = WIRE[0]
    text = "\n\n".join([lede, lede + " Officials gave no further detail.", WIRE[1]])
    result = remove_boilerplate(text)
    assert [r.reason for r in result.removed] == ["duplicated lede"]
    recipe = "\n\n".join(
        [
            "Ingredients for the dough",
            "200 g flour",
            "Stir well and leave to rest.",
            "Ingredients for the filling",
            "200 g flour",
            "Stir well and leave to rest.",
        ]
    )
    assert remove_boilerplate(recipe).text == recipe
    assert remove_boilerplate(recipe).removed == []


def test_a_long_line_the_article_repeats_three_times_stays_each_time_but_a_lede_printed_twice_goes():
    breakfast = "Oat porridge (1 cup rolled oats, 1 cup milk, 1 tsp. honey, ½ cup blueberries, 1 tbsp. walnuts)"
    lunch = "Lentil soup with carrots, celery and onion, a slice of rye bread and 1 apple for afterwards"
    days = [f"Day {n}" for n in range(1, 4)]
    plan = "\n\n".join(part for day in days for part in (day, breakfast, lunch))
    result = remove_boilerplate(plan)
    assert result.text == plan  # every day's meals, though each line is long enough to be a copy
    assert result.removed == []
    twice = "\n\n".join([WIRE[0], WIRE[1], WIRE[0], WIRE[2]])
    assert [r.reason for r in remove_boilerplate(twice).removed] == ["duplicated lede"]
    # the same long line three times among other paragraphs: the text's own refrain, kept
    thrice = "\n\n".join([WIRE[0], WIRE[1], WIRE[0], WIRE[2], WIRE[0]])
    assert remove_boilerplate(thrice).text == thrice


def test_text_without_spaces_is_measured_in_characters(now):
    assert word_count("克里姆林宫遭无人机袭击") == 11
    assert word_count("ทำเนียบเครมลิน ถูกโจมตี") == len("ทำเนียบเครมลิน") + len("ถูกโจมตี")
    assert word_count("Kremlin 克里姆林宫 says") == 7
    assert word_count("Кремль заявил о нападении") == 4
    # A short Chinese dispatch is an article, not "1 word".
    article = cleaned("俄罗斯总统新闻局称，两架无人机夜间试图袭击克里姆林宫，均被击落。", "zh.txt", now)
    assert article.text.startswith("俄罗斯总统新闻局称")
    thai = cleaned("ทำเนียบเครมลินระบุว่าโดรนสองลำพยายามโจมตีเมื่อคืนนี้และถูกยิงตก", "th.txt", now)
    assert thai.text
