"""The furniture model: features of real-looking lines, the shipped trees, and what clean cuts with them."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from wirestream.services.enrich.clean import furniture
from wirestream.services.enrich.clean.furniture.features import NAMES, page_features, page_language
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.ingest.fetch.formats import read_article

COLUMN = {name: i for i, name in enumerate(NAMES)}


def feature(lines: list[str], name: str) -> list[float]:
    return page_features(lines)[:, COLUMN[name]].tolist()


def cleaned(text: str, now: datetime, name: str = "page.txt"):
    return clean(read_article(text.encode(), name=name, uri=f"file:///{name}", received_at=now))


# --- features ---------------------------------------------------------------------------------


LINES = [
    "Drones over the Kremlin - The Daily Courier",
    "Show More",
    "Officials said the president was not in the building at the time and was working outside the capital.",
    "— Rob Lee (@RALee85) May 3, 2023",
    "Home | World | Europe",
    "Read the full story at www.example.com/news...",
]


def test_features_describe_each_line_in_order():
    x = page_features(LINES)
    assert x.shape == (len(LINES), len(NAMES))
    assert np.isfinite(x).all()
    assert feature(LINES, "ends_sentence") == [0, 0, 1, 0, 0, 1]
    assert feature(LINES, "prose") == [0, 0, 1, 0, 0, 0]
    assert feature(LINES, "handle") == [0, 0, 0, 1, 0, 0]
    assert feature(LINES, "year") == [0, 0, 0, 1, 0, 0]
    assert feature(LINES, "url") == [0, 0, 0, 0, 0, 1]
    assert feature(LINES, "ends_ellipsis") == [0, 0, 0, 0, 0, 1]
    assert feature(LINES, "separators")[4] > 0 == feature(LINES, "separators")[2]
    assert feature(LINES, "interface_share")[1] == 1.0  # "show", "more"
    assert feature(LINES, "interface_share")[2] < 0.1
    assert feature(LINES, "stop_share")[2] > 0.5 > feature(LINES, "stop_share")[3]
    assert feature(LINES, "rel_index")[0] == 0.0 and feature(LINES, "rel_index")[-1] == 1.0
    # the prose line's neighbours: "Show More" above it, the embedded post's attribution below
    assert feature(LINES, "prose@-1")[3] == 1.0 and feature(LINES, "prose@+1")[1] == 1.0
    assert feature(LINES, "log_chars@-1")[0] == -1.0  # nothing above the first line


def test_text_without_spaces_is_measured_in_characters():
    lines = ["首页", "俄罗斯总统府周三表示，两架无人机在夜间试图袭击克里姆林宫，已被军方击落。"]
    words = np.expm1(feature(lines, "log_words"))
    assert words[0] == pytest.approx(1.0)  # two characters: one word
    assert words[1] == pytest.approx(len(lines[1]) // 2, abs=2)  # not one long word
    assert feature(lines, "cjk_share")[1] > 0.8
    assert feature(lines, "prose") == [0, 1]
    assert feature(lines, "interface_share")[0] == 1.0  # 首页: the home link


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("The Kremlin said on Wednesday that the drones had been shot down over the residence.", "en"),
        ("Nach Angaben des Kreml sind in der Nacht zum Mittwoch zwei Drohnen abgeschossen worden.", "de"),
        ("Le Kremlin a affirmé mercredi que deux drones avaient visé la résidence du président.", "fr"),
        ("В Кремле заявили, что в ночь на среду два беспилотника пытались атаковать резиденцию.", "ru"),
        ("Rusia menyebut serangan itu sebagai aksi teroris yang direncanakan menjelang parade.", "id"),
        ("俄罗斯总统府周三表示，两架无人机在夜间试图袭击克里姆林宫。", "zh"),
    ],
)
def test_page_language_from_stop_words(line, language):
    assert page_language(["Menu", line]) == language


# --- the trees and the decoding -----------------------------------------------------------------


def test_forest_walks_each_row_to_its_leaves():
    # tree 1: x0 <= 0.5 ? -1 : (x1 <= 2 ? 1 : 3); tree 2: a single leaf 0.25
    forest = furniture.Forest(
        feature=np.array([0, 0, 1, 0, 0, 0], dtype=np.int32),
        threshold=np.array([0.5, 0, 2.0, 0, 0, 0]),
        left=np.array([1, 1, 3, 3, 4, 5], dtype=np.int32),
        right=np.array([2, 1, 4, 3, 4, 5], dtype=np.int32),
        value=np.array([0, -1.0, 0, 1.0, 3.0, 0.25]),
        roots=np.array([0, 5], dtype=np.int32),
        depth=2,
        bias=0.0,
    )
    x = np.array([[0.0, 9.0], [1.0, 2.0], [1.0, 2.5]])
    assert forest.raw(x).tolist() == [-0.75, 1.25, 3.25]
    assert forest.predict(np.zeros((0, 2))).shape == (0,)


def test_exported_trees_predict_what_lightgbm_predicts():
    lightgbm = pytest.importorskip("lightgbm")
    from bench.train import export

    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 5))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(float)
    params = {"objective": "binary", "num_leaves": 7, "max_depth": 3, "verbose": -1, "seed": 7, "num_threads": 1}
    booster = lightgbm.train(params, lightgbm.Dataset(x, y), 20)
    forest = furniture.Forest.from_json(export(booster))
    assert np.abs(forest.predict(x) - booster.predict(x)).max() < 1e-6  # leaf values are stored to 8 digits


def test_body_is_one_region_kept_on_weaker_evidence_than_lines_outside_it():
    model = furniture.model()
    lines = ["Menu"] * 4 + ["A line of the article that runs on for a good many words here."] * 5 + ["Footer"] * 4
    decoding = model.decoding
    assert decoding["keep_inside"] < decoding["span_cost"] < decoding["keep_outside"]
    weak = (decoding["keep_inside"] + decoding["span_cost"]) / 2  # kept inside the body, not enough outside it
    p = np.array([0.95, 0.01, 0.01, 0.01, 0.9, 0.9, weak, 0.9, 0.9, 0.01, weak, 0.01, 0.01])
    keep = furniture.decode(p, lines, model).tolist()
    assert keep[4:9] == [True] * 5  # the weak line inside the body stays
    assert keep[0] is True  # strong enough anywhere
    assert keep[10] is False  # as strong as that, but outside the body


def test_a_list_that_ends_the_body_runs_on_while_its_items_keep_their_shape():
    model = furniture.model()
    lists = furniture.Model(model.forest, model.version, model.decoding | {"lists": 1.0}, {})
    prose = "Twenty teams have qualified for next summer's tournament, and four more will join them in March."
    items = [
        f"{team} (Group {group}): {rank} appearance"
        for team, group, rank in (
            ("England", "A", "10th"),
            ("Spain", "F", "11th"),
            ("France", "H", "10th"),
            ("Italy", "J", "10th"),
            ("Finland", "J", "First"),
            ("Croatia", "E", "Sixth"),
            ("Wales", "E", "Second"),
        )
    ]
    lines = ["Menu", "Scores", prose, prose, *items, "Related Topics:", "Soccer", "Login"]
    strong, weak = 0.9, model.decoding["span_cost"] / 3
    p = np.array([0.01, 0.01, strong, strong, strong, strong, strong, strong, weak, weak, weak, 0.01, 0.01, 0.01])
    without = furniture.decode(
        p, lines, furniture.Model(model.forest, model.version, model.decoding | {"lists": 0.0}, {})
    )
    assert without[8:11].tolist() == [False] * 3  # the model's later items fall outside the region
    keep = furniture.decode(p, lines, lists).tolist()
    assert keep[2:11] == [True] * 9  # the whole list
    assert keep[11:] == [False] * 3 and keep[:2] == [False] * 2  # not the heading or the menu after it
    # A body ending in prose does not pull in a list of links after it, however regular.
    links = ["Mobility", "Samsung's Galaxy Watch Active is getting a big update"] * 3
    p = np.array([0.01, strong, strong, strong, strong] + [0.01] * 6)
    keep = furniture.decode(p, ["Menu", prose, prose, prose, prose, *links], lists).tolist()
    assert keep == [False] + [True] * 4 + [False] * 6
    teasers = ["Officials say the talks will resume in Geneva next week after a pause."] * 6
    keep = furniture.decode(p, ["Menu", prose, prose, prose, prose, *teasers], lists).tolist()
    assert keep == [False] + [True] * 4 + [False] * 6


def test_a_list_may_run_on_past_an_item_with_one_line_of_another_shape_when_the_decoding_says_so():
    model = furniture.model()
    prose = "These are the gadgets we liked best this year, and where to find them at a good price now."
    items = ["Jason Cipriani/ZDNet", "Apple AirPods Pro for $235", "See it now: Amazon"]  # a credit, not a name
    items += ["Sony", "Sony headphones for $278", "See it now: Amazon"]
    later = ["Nintendo", "Nintendo Switch Lite for $200", "See it now: Target"]
    lines = ["Menu", prose, prose, *items, *later, "Related Topics:", "Login"]
    strong, weak = 0.9, model.decoding["span_cost"] / 3
    p = np.array([0.01, strong, strong] + [strong] * 6 + [weak] * 3 + [0.01, 0.01])

    def kept(lists: float) -> list[bool]:
        decoding = model.decoding | {"lists": lists}
        return furniture.decode(p, lines, furniture.Model(model.forest, model.version, decoding, {})).tolist()

    assert kept(1.0)[9:12] == [False] * 3  # the items differ in a line: no list to carry on
    assert kept(2.0) == [False] + [True] * 11 + [False] * 2
    for n in range(1, 9):  # a region shorter than two items of any length, at the start of the text
        for lists in (1.0, 2.0):
            decoding = model.decoding | {"lists": lists}
            short = furniture.Model(model.forest, model.version, decoding, {})
            assert furniture.decode(np.full(n, strong), lines[3 : 3 + n], short).tolist() == [True] * n


def test_the_body_runs_on_over_the_running_text_after_it_while_the_model_does_not_rule_it_out():
    model = furniture.model()
    prose = "The committee will publish its findings in the spring, a spokeswoman for the council said."
    question = "Q: Favourite city you have lived in"  # no question mark: not a sentence
    answer = "A: Lisbon, because the light there is unlike anywhere else and the food is wonderful too."
    teaser = "Residents say the new bridge has cut their commute by half since it opened in March."
    lines = ["Menu", prose, prose, prose, question, answer, "Thanks!", "Most read", teaser, "Login"]
    strong, floor = 0.9, 0.15
    p = np.array([0.01, strong, strong, strong, 0.06, 0.2, 0.1, 0.01, 0.2, 0.01])

    def kept(**decoding: float) -> list[bool]:
        using = furniture.Model(model.forest, model.version, model.decoding | {"lists": 0.0} | decoding, {})
        return furniture.decode(p, lines, using).tolist()

    off = kept(span_cost=0.175, keep_inside=0.05, keep_outside=0.7, prose_floor=2.0)  # above 1: the span alone
    assert off == [False, True, True, True, False, False, False, False, False, False]  # the span stops at the prose
    on = kept(span_cost=0.175, keep_inside=0.05, keep_outside=0.7, prose_floor=floor, prose_gap=1.0)
    # the question (one line before the answer) and the answer join the body; "Thanks!" is not running text,
    # and the teaser lies two lines further on, past the gap
    assert on == [False, True, True, True, True, True, False, False, False, False]
    assert kept(span_cost=0.175, keep_inside=0.05, keep_outside=0.7, prose_floor=floor, prose_gap=0.0) == off
    assert kept(span_cost=0.175, keep_inside=0.05, keep_outside=0.7, prose_floor=0.3, prose_gap=1.0) == off
    # far enough: the gap reaches the teaser over "Thanks!" and "Most read", which are kept on weak evidence
    wide = kept(span_cost=0.175, keep_inside=0.05, keep_outside=0.7, prose_floor=floor, prose_gap=2.0)
    assert wide == [False, True, True, True, True, True, True, False, True, False]


def test_shipped_model_loads_and_matches_the_features():
    model = furniture.model()
    assert model.version == "1"
    assert len(model.forest.roots) >= 10
    assert furniture.body_lines([]).tolist() == []
    with pytest.raises(ValueError, match="make train"):
        furniture.load({"features": ["something else"], "decoding": {}, "forest": {}, "version": "1"})


# --- what clean cuts ----------------------------------------------------------------------------

FURNITURE = [
    "Home / World / Europe / Russia",
    "Sign In",
    "Watch Now",
    "WORLD",
    "File Photo",
    "Show More",
    "Support The Moscow Times!",
    "Related stories",
    "Moscow bans drone flights ahead of Victory Day",
    "Putin to attend parade despite security fears",
    "More Videos",
    "This article was originally published by Reuters.",
    "Back to top button",
    "Sign in to your account",
    "Don't have an account? Register now",
    "Published By: Maria Lopez",
    "Drone over the Kremlin this night pic.twitter.com/AbCdEf123",
    "— Rob Lee (@RALee85) May 3, 2023",
    "A view of the Kremlin in Moscow on May 3, 2023. (Photo: Reuters)",
]
BODY = [
    "MOSCOW — The Kremlin said on Wednesday that two drones had been shot down over the presidential "
    "residence overnight, calling the incident a planned terrorist act.",
    "Officials said President Vladimir Putin was not in the building at the time and was working from his "
    "residence outside the capital.",
    "Spokesman Dmitry Peskov told reporters that Moscow reserved the right to respond at a time and place of "
    "its choosing.",
    "Video posted on social media appeared to show a small explosion above the dome of the Senate building "
    "shortly after 2:30 a.m.",
    "Kyiv denied any involvement, with a presidential adviser saying Ukraine fights only on its own territory.",
]
SAVED_PAGE = "\n".join(
    [
        "Kremlin says drones targeted Putin's residence - The Daily Courier",
        *FURNITURE[:5],
        "Kremlin says drones targeted Putin's residence",
        FURNITURE[15],
        "Updated May 3, 2023 14:20 GMT",
        FURNITURE[18],
        *BODY[:4],
        *FURNITURE[16:18],
        BODY[4],
        *FURNITURE[5:15],
    ]
)


def test_a_page_saved_as_text_loses_its_furniture_and_keeps_its_body(now):
    article = cleaned(SAVED_PAGE, now)
    for line in BODY:
        assert line in article.text
    for line in FURNITURE:
        assert line not in article.text, line
    removed = {r.text: r.reason for r in article.removed}
    assert removed["WORLD"] == furniture.REASON  # a section label no rule lists: the model's
    # a rule that recognises a line gives its own reason
    assert removed["— Rob Lee (@RALee85) May 3, 2023"] == "embedded social post"
    assert removed["This article was originally published by Reuters."] == "syndication note"
    assert removed["Related stories"] == "read also"
    assert removed["Updated May 3, 2023 14:20 GMT"] == "publication stamp"
    assert article.title.startswith("Kremlin says drones targeted Putin's residence")


def test_a_german_page_saved_as_text(now):
    body = [
        "Nach Angaben des Kreml sind in der Nacht zum Mittwoch zwei Drohnen über dem Amtssitz des Präsidenten "
        "abgeschossen worden.",
        "Die Regierung in Moskau sprach von einem geplanten Terrorakt und kündigte eine Reaktion an.",
        "Präsident Putin sei zum Zeitpunkt des Vorfalls nicht im Gebäude gewesen, teilte ein Sprecher mit.",
        "Die ukrainische Regierung wies jede Beteiligung zurück und sprach von einer Inszenierung.",
    ]
    chrome = ["Startseite", "Politik", "Ausland", "Anmelden", "Kommentare anzeigen", "Nach oben", "Impressum"]
    page = "\n".join(["Drohnen über dem Kreml | Nachrichtenportal", *chrome[:4], *body, *chrome[4:]])
    article = cleaned(page, now)
    assert all(line in article.text for line in body)
    assert not any(line in article.text.split("\n") for line in chrome)
    assert {r.reason for r in article.removed if r.text in chrome} == {furniture.REASON}


def test_a_chinese_page_saved_as_text_is_cut_not_refused(now):
    body = [
        "俄罗斯总统府周三表示，两架无人机在夜间试图袭击克里姆林宫，已被军方和特种部门使用电子战系统击落。",
        "克宫发言人表示，总统普京当时并不在克里姆林宫内，他正在莫斯科郊外的官邸办公，没有受到任何影响。",
        "乌克兰方面否认与此事有任何关联，并表示乌克兰只在本国领土上作战。",
    ]
    chrome = ["首页", "国际", "视频", "登录", "注册", "返回顶部"]
    page = "\n".join(["克里姆林宫称遭无人机袭击_国际新闻", *chrome[:5], *body, chrome[5]])
    article = cleaned(page, now)
    assert all(line in article.text for line in body)
    assert not any(line in article.text.split("\n") for line in chrome)


def test_a_clean_article_loses_nothing_to_the_model(now):
    text = "Kremlin says drones targeted Putin's residence\n\n" + "\n\n".join(BODY)
    article = cleaned(text, now)
    assert not [r for r in article.removed if r.reason == furniture.REASON]
    assert all(line in article.text for line in BODY)


def test_a_short_note_is_left_alone():
    text = "Drones over Moscow\n\nTwo drones were shot down overnight, officials said."
    assert furniture.prune(text) == (text, [])


def _decoded(p: np.ndarray, lines: list[str], **decoding: float) -> list[bool]:
    """``decode`` with the shipped decoding's thresholds changed as given (the rules switched off unless asked)."""
    model = furniture.model()
    base = {"span_cost": 0.175, "keep_inside": 0.05, "keep_outside": 0.7, "lists": 0.0, "prose_floor": 2.0}
    using = furniture.Model(model.forest, model.version, base | {"list_keep": 0.0} | decoding, {})
    return furniture.decode(p, lines, using).tolist()


PROSE = [
    "The city council approved the new budget on Tuesday after a long debate about the cost of the plan.",
    "Most of the money goes to schools and roads, and the rest is set aside for the next winter.",
    "Residents can comment on the spending until the end of the month, the council said in a statement.",
]
STEPS = [  # a list of the body: numbered steps of the same shape, which the model reads like a link list
    "1. Soak the beans: 8 hours",
    "2. Boil the beans: 40 minutes",
    "3. Fry the onions: 5 minutes",
    "4. Mix and season: 2 minutes",
]


def test_a_list_between_paragraphs_of_the_body_is_kept_whole_when_the_decoding_says_so():
    lines = ["Menu", *PROSE[:2], *STEPS, PROSE[2], "Login"]
    strong, under = 0.9, 0.02  # the items: under keep_inside, so cut one by one inside the region
    p = np.array([0.01, strong, strong, under, 0.3, under, under, strong, 0.01])
    assert _decoded(p, lines)[3:7] == [False, True, False, False]
    keep = _decoded(p, lines, list_keep=1.0)
    assert keep == [False, True, True, True, True, True, True, True, False]
    # the same lines with bare words (a menu, a row of tags) are no list to keep
    tags = ["Politics", "Budget", "Schools", "Roads"]
    assert _decoded(p, ["Menu", *PROSE[:2], *tags, PROSE[2], "Login"], list_keep=1.0)[3:7] == [
        False,
        True,
        False,
        False,
    ]


def test_a_list_that_the_article_runs_on_after_joins_the_body():
    lines = ["Menu", *PROSE[:2], *STEPS, PROSE[2], "Most read", "Login"]
    strong, weak = 0.9, 0.02
    p = np.array([0.01, strong, strong, weak, weak, weak, weak, 0.3, 0.01, 0.01])
    off = _decoded(p, lines, prose_floor=0.15, prose_gap=1.0)
    assert off == [False, True, True] + [False] * 7  # the span stops before the list: the prose past it is lost
    on = _decoded(p, lines, prose_floor=0.15, prose_gap=1.0, list_keep=1.0)
    assert on == [False, True, True, True, True, True, True, True, False, False]
    # the running text after the list must be something the model does not rule out
    p[7] = 0.1
    assert _decoded(p, lines, prose_floor=0.15, prose_gap=1.0, list_keep=1.0) == off
    # a list after the body with nothing of the article after it stays out in mode 1
    p = np.array([0.01, strong, strong, weak, weak, weak, weak, 0.01, 0.01])
    lines = ["Menu", *PROSE[:2], *STEPS, "Most read", "Login"]
    assert _decoded(p, lines, prose_floor=0.15, prose_gap=1.0, list_keep=1.0) == [False, True, True] + [False] * 6


def test_a_list_whose_first_item_ends_the_body_runs_to_its_end_in_mode_2():
    lines = ["Menu", *PROSE, "Qualified teams", *STEPS, "Related Topics:", "Login"]
    strong, weak = 0.9, 0.02
    p = np.array([0.01, strong, strong, strong, 0.4, 0.4, weak, weak, weak, 0.01, 0.01])
    assert _decoded(p, lines, list_keep=1.0) == [False] + [True] * 5 + [False] * 5
    assert _decoded(p, lines, list_keep=2.0) == [False] + [True] * 8 + [False] * 2
    # a list that only begins after the body does not
    p[5] = weak
    assert _decoded(p, lines, list_keep=2.0) == [False] + [True] * 4 + [False] * 6


TEAMS = [  # rows of a table the article closes on: one line each, one punctuated shape
    "England (Group A): 10th appearance",
    "Czech Republic (Group A): Seventh appearance",
    "Ukraine (Group B): Third appearance",
    "Spain (Group F): 11th appearance",
    "Sweden (Group F): Seventh appearance",
    "Poland (Group G): Fourth appearance",
]


def test_a_table_that_closes_the_article_runs_to_its_end_in_mode_3():
    lines = ["Menu", *PROSE, "Qualified teams", *TEAMS, "Roger Gonzalez", "CBS Sports Writer"]
    strong, weak = 0.9, 0.05
    p = np.array([0.01, strong, strong, strong, 0.45, 0.4] + [weak] * 5 + [0.03, 0.04])
    assert _decoded(p, lines, list_keep=1.0) == [False] + [True] * 5 + [False] * 7
    assert _decoded(p, lines, list_keep=3.0) == [False] + [True] * 10 + [False] * 2
    # the region may end on the table's heading: the rows after it are the same table
    p[5] = weak
    assert _decoded(p, lines, list_keep=3.0) == [False] + [True] * 10 + [False] * 2


def test_a_list_under_the_article_is_no_table():
    strong, weak = 0.9, 0.05
    p = np.array([0.01, strong, strong, strong] + [weak] * 6 + [0.01])
    # teasers are headlines (bare words or running text), and a list of mixed shapes is no table
    teasers = ["Budget vote delayed again", "Schools close early", "Roads to reopen", "Winter plan", "Mayor resigns"]
    assert (
        _decoded(p[:-1], ["Menu", *PROSE, "More news", *teasers], list_keep=3.0) == [False] + [True] * 3 + [False] * 6
    )
    mixed = ["Share this:", "Facebook (opens in a new window)", "Twitter", "Email:", "Print (opens)", "Like this:"]
    assert _decoded(p, ["Menu", *PROSE, *mixed, "Login"], list_keep=3.0) == [False] + [True] * 3 + [False] * 7
    # and four rows are too few to tell a table from a run of links
    lines = ["Menu", *PROSE, "Qualified teams", *TEAMS[:4], "Login"]
    p = np.array([0.01, strong, strong, strong, 0.45, 0.4, weak, weak, weak, 0.01])
    assert _decoded(p, lines, list_keep=3.0) == [False] + [True] * 5 + [False] * 4


def test_table_run_is_linear_on_a_hostile_page():
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    # a page that is one endless table: every line of one punctuated shape
    ratio = growth_ratio(lambda k: ["w (w): w"] * k, lambda shapes: furniture._table_run(shapes, 0), 20_000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the rows (linear is about 10)"
    shapes = ["w (w): w"] * 100_000
    assert furniture._table_run(shapes, 0) == len(shapes) - 1
    assert furniture._table_run(["w"] * 10, 0) == -1


# --- the shipped model's development scores -------------------------------------------------------

# Floors under the figures recorded by `make train` (cross-validated by page: each page scored by a
# model that never saw it; the lines the model keeps, scored with the evaluation's metrics; the mean of three
# cross-validations, each its own deal of pages to folds and seed). The decoding is chosen on that mean for the
# issue's targets on AEB saved as text (bench.train.TEXT_TARGETS): recorded F1 0.9001 (0.899-0.902), body
# sentences kept 0.995 (0.994-0.9965), clear-cut furniture lines removed 0.935 (0.933-0.937).
CROSS_VALIDATED_FLOOR = {
    "aeb_f1": 0.895,
    "trafilatura_eval_f1": 0.85,
    "long_body_lines_kept": 0.97,
    "aeb_body_kept": 0.993,
    "aeb_furniture_removed": 0.93,
}
# Floors for the shipped model on every fourth development page (pages it was trained on).
DEVELOPMENT_FLOOR = {"aeb_f1": 0.92, "trafilatura_eval_f1": 0.84, "long_body_lines_kept": 0.97, "aeb_body_kept": 0.99}


def test_recorded_cross_validated_scores_hold_the_floor():
    scores = furniture.model().scores
    recorded, spread = scores["cross_validated"], scores["cross_validated_spread"]
    assert scores["cv_repeats"] >= 3  # the mean of several draws, never one
    for name, floor in CROSS_VALIDATED_FLOOR.items():
        assert recorded[name] >= floor, f"{name} {recorded[name]} < {floor}: retrain or fix the model"
        assert spread[name]["low"] <= recorded[name] <= spread[name]["high"]


def test_the_whole_clean_stage_on_text_holds_the_floor_cross_validated():
    """make train's by-page CV of the clean stage on AEB saved as text, the mean of three draws (recorded 0.9906
    of the body sentences kept in the text, lowest draw 0.9896; 0.9946 with the embedded posts moved to ``embeds``;
    0.950 of the clear-cut furniture lines removed; F1 0.907): floors a little under them. The issue asks 0.99
    of the body kept in the text, and 0.992 with margin: the mean meets the first, not the second (the rest are
    embedded posts moved to ``embeds``, syndication notes and credits the gold counts as body, and teasers)."""
    scores = furniture.model().scores
    recorded, spread = scores["clean_stage_cross_validated"], scores["clean_stage_cross_validated_spread"]
    assert recorded["aeb_text_body_kept"] >= 0.989
    assert recorded["aeb_text_body_kept_with_embeds"] >= 0.993
    assert recorded["aeb_text_furniture_removed"] >= 0.945
    assert recorded["aeb_text_f1"] >= 0.90
    for name, mean in recorded.items():
        assert spread[name]["low"] <= mean <= spread[name]["high"]


def test_a_repeated_cross_validation_is_another_draw_and_repeat_0_is_the_recorded_one():
    """``make train --spread N``: repeat 0 trains with the shipped parameters on the shipped deal of pages to
    folds (so it reproduces the recorded figures); every other repeat changes the seed and the deal, nothing else."""
    from bench.train import HTML_PARAMS, PARAMS, SEED, Page, _reseeded, folds

    assert _reseeded(PARAMS, 0) is PARAMS and _reseeded(HTML_PARAMS, 0) is HTML_PARAMS
    other = _reseeded(PARAMS, 2)
    assert other["seed"] == SEED + 2 and {k: v for k, v in other.items() if k != "seed"} == {
        k: v for k, v in PARAMS.items() if k != "seed"
    }
    pages = [
        Page("aeb" if i % 3 else "trafilatura_eval", {}, [], np.zeros(0), np.zeros(0), np.zeros(0)) for i in range(40)
    ]
    first, again, second = folds(pages, 5, 0), folds(pages, 5, 0), folds(pages, 5, 1)
    assert first == again and first != second
    for deal in (first, second):  # each set is dealt evenly over the folds in every repeat
        for corpus in ("aeb", "trafilatura_eval"):
            sizes = [
                sum(1 for p, f in zip(pages, deal, strict=True) if p.corpus == corpus and f == k) for k in range(5)
            ]
            assert max(sizes) - min(sizes) <= 1


def test_the_text_decoding_is_chosen_on_the_mean_of_several_draws_not_on_one(monkeypatch):
    """A decoding that wins one draw by luck loses to one that is better on the mean of the draws."""
    import bench.train as train

    def out_of_fold(pages, extra, k, repeat=0):
        return [np.full(1, float(repeat))]  # each draw's probabilities, marked with the draw

    def scores(pages, probabilities, decoding, memo=None):
        draw = int(probabilities[0][0])
        lucky = decoding["span_cost"] == 0.1 and decoding.get("list_keep", 0.0) == 0.0
        steady = decoding["span_cost"] == 0.2
        f1 = 0.95 if (lucky and draw == 0) else 0.91 if steady else 0.85
        figures = dict.fromkeys(train.TEXT_TARGETS, 0.0) | {"trafilatura_eval_f1": 0.0}
        figures |= {name: target + f1 - 0.85 for name, target in train.TEXT_TARGETS.items()}
        return figures

    monkeypatch.setattr(train, "out_of_fold", out_of_fold)
    monkeypatch.setattr(train, "scores", scores)
    decoding, mean, bounds = train.cross_validate([], [], 5, repeats=3)
    assert decoding["span_cost"] == 0.2  # draw 0 alone would choose 0.1
    assert mean["aeb_f1"] == round(0.90 + 0.06, 4)
    assert bounds["aeb_f1"] == {"low": mean["aeb_f1"], "high": mean["aeb_f1"]}
    decoding, mean, bounds = train.cross_validate([], [], 5, repeats=1)
    assert decoding["span_cost"] == 0.1 and mean["aeb_f1"] == 1.0


def test_a_cross_validation_by_site_keeps_a_sites_pages_in_one_fold():
    from bench.train import Page, folds, site

    def page(corpus: str, url: str | None, name: str) -> Page:
        return Page(corpus, {"url": url, "id": name}, [], np.zeros(0), np.zeros(0), np.zeros(0))

    pages = [page("aeb", f"https://www.site{i % 12}.example/story/{i}", str(i)) for i in range(36)]
    pages += [page("trafilatura_eval", None, f"t{i}") for i in range(20)]
    pages.append(page("trafilatura_eval", "http://site3.example/other", "t-site3"))  # a site of both sets
    assert site(pages[3]) == site(pages[15]) == site(pages[-1]) == "site3.example"
    assert site(pages[40]) == "trafilatura_eval:t4"
    by_page, by_site = folds(pages, 5, 0), folds(pages, 5, 0, by_site=True)
    where: dict[str, set[int]] = {}
    for p, f in zip(pages, by_site, strict=True):
        where.setdefault(site(p), set()).add(f)
    assert all(len(spots) == 1 for spots in where.values())
    assert any(len({f for p, f in zip(pages, by_page, strict=True) if site(p) == name}) > 1 for name in where)
    for corpus in ("aeb", "trafilatura_eval"):  # still every set in every fold, about evenly
        sizes = [sum(1 for p, f in zip(pages, by_site, strict=True) if p.corpus == corpus and f == k) for k in range(5)]
        assert min(sizes) > 0 and max(sizes) - min(sizes) <= 3


def test_development_scores_hold_the_floor():
    from bench.eval import corpora

    if not corpora.available():
        pytest.skip("the development corpora are not in ../shared/corpora (or WIRESTREAM_CORPORA)")
    from bench.train import development_scores

    scores = development_scores(every=4)
    for name, floor in DEVELOPMENT_FLOOR.items():
        assert scores[name] >= floor, f"{name} {scores[name]} < {floor}"


# --- the second opinion on HTML -------------------------------------------------------------------

PAGE = (
    """<html><head><title>Kremlin says drones targeted Putin's residence | Daily Courier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/video">Videos</a></li>
<li><a href="/login">Sign in</a></li></ul></nav>
<article><h1>Kremlin says drones targeted Putin's residence</h1>
"""
    + "".join(f"<p>{line}</p>\n" for line in BODY)
    + """
<div class="share"><a>Share on Facebook</a> <a>Share on X</a></div>
<aside><h3>More Videos</h3><ul><li><a>Moscow bans drone flights ahead of Victory Day</a></li>
<li><a>Putin to attend parade despite security fears</a></li></ul></aside></article>
<footer><p>Back to top</p><p>Support The Moscow Times!</p><p>© 2023 Daily Courier</p></footer></body></html>"""
)


def test_page_lines_are_the_text_the_model_was_trained_on():
    from bench.eval.corpora import visible_text
    from wirestream.services.enrich.clean.furniture.html import light, page_lines

    assert page_lines(PAGE) == light(visible_text(PAGE)).split("\n")
    assert light("  a\u200b b \n\n\n c\u00a0 ") == "a b\nc"
    assert page_lines("") == []


def test_marked_lines_are_the_page_lines_with_where_each_sits_in_the_markup():
    from wirestream.services.enrich.clean.furniture.html import DOM_NAMES, marked_lines, page_lines

    lines, dom = marked_lines(PAGE)
    assert lines == page_lines(PAGE)
    assert dom.shape == (len(lines), len(DOM_NAMES))
    column = {name: i for i, name in enumerate(DOM_NAMES)}
    at = {line: row for line, row in zip(lines, dom.tolist(), strict=True)}
    assert at["Sign in"][column["dom_a"]] == 1.0 and at["Sign in"][column["dom_li"]] == 1.0
    assert at["Share on Facebook Share on X"][column["dom_promo"]] == 1.0  # class="share"
    assert at["Back to top"][column["dom_semantic"]] == 1.0  # in <footer>
    assert at[BODY[0]][column["dom_p"]] == 1.0 and at[BODY[0]][column["dom_a"]] == 0.0
    assert at["Kremlin says drones targeted Putin's residence"][column["dom_heading"]] == 1.0
    assert marked_lines("")[0] == []


def test_sure_body_lines_no_extractor_kept_are_put_back_in_page_order():
    from wirestream.services.enrich.clean.furniture.html import cut

    lines = ["Home", BODY[0], "Subscribe", BODY[1], BODY[2], "Back to top"]
    recall = "\n".join(["Home", BODY[0], BODY[2], "Back to top"])  # the extractor missed BODY[1]
    probability = np.array([0.05, 0.99, 0.97, 0.95, 0.98, 0.1])
    text, removed = cut(lines, probability, BODY[0], recall, below=0.4, above=0.9)
    assert text.split("\n") == [BODY[0], BODY[1], BODY[2]]  # "Subscribe" is too short to be put back
    assert [r.text for r in removed] == ["Home", "Back to top"]
    text, _ = cut(lines, probability, BODY[0], recall, below=0.4)  # no threshold: nothing put back
    assert text.split("\n") == [BODY[0], BODY[2]]


def test_a_lead_in_left_at_the_end_of_the_cut_text_goes_with_what_it_led_to():
    from wirestream.services.enrich.clean.furniture.html import cut

    lines = [BODY[0], BODY[1], "More from this column:", "Why offices are empty on Fridays", "Back to top"]
    recall = "\n".join(lines)
    probability = np.array([0.99, 0.98, 0.6, 0.1, 0.05])
    text, removed = cut(lines, probability, BODY[0], recall, below=0.4)
    assert text.split("\n") == [BODY[0], BODY[1]]
    assert [r.text for r in removed] == ["Why offices are empty on Fridays", "Back to top", "More from this column:"]
    # a lead-in with what it introduces still after it stays, and so does a long line ending in a colon
    kept, _ = cut(lines, np.array([0.99, 0.98, 0.6, 0.9, 0.05]), BODY[0], recall, below=0.4)
    assert "More from this column:" in kept.split("\n")
    online = "Residents were quick to share their reaction online:"  # leads in to an embedded post: body
    kept, _ = cut([BODY[0], online], np.array([0.99, 0.9]), BODY[0], "\n".join([BODY[0], online]), below=0.4)
    assert kept.split("\n") == [BODY[0], online]
    said = "The minister listed the three conditions the government would set for any agreement with the rebels:"
    kept, _ = cut([BODY[0], said], np.array([0.99, 0.9]), BODY[0], "\n".join([BODY[0], said]), below=0.4)
    assert kept.split("\n") == [BODY[0], said]


def test_a_call_to_action_is_cut_whatever_the_model_says():
    from wirestream.services.enrich.clean.furniture.html import cut

    paywall = (
        "To read the whole story, please subscribe to the Courier. You can choose an annual subscription "
        "or a weekly pass and cancel at any time."
    )
    signup = "Sign up for our daily newsletter and get the top stories delivered to your inbox every morning."
    lines = [BODY[0], paywall, BODY[1], signup]
    text, removed = cut(lines, np.array([0.99, 0.95, 0.98, 0.9]), BODY[0], "\n".join(lines), below=0.4)
    assert text.split("\n") == [BODY[0], BODY[1]]
    assert [r.text for r in removed] == [paywall, signup]
    # nor is a call to action no extractor kept put back, however sure the model is
    text, _ = cut(lines, np.array([0.99, 0.95, 0.98, 0.9]), BODY[0], "\n".join([BODY[0], BODY[1]]), 0.4, 0.8)
    assert text.split("\n") == [BODY[0], BODY[1]]
    # a long paragraph that happens to hold the words stays with the model's verdict
    long = " ".join([BODY[0], "Most households subscribe to the service,", BODY[1]])
    kept, _ = cut([long], np.array([0.9]), long, long, below=0.4)
    assert kept == long


def test_html_second_opinion_keeps_the_article(now):
    from wirestream.services.enrich.clean.furniture.html import extractor_flags, second_opinion

    text, removed = second_opinion(PAGE, "\n".join(BODY))
    assert all(line in text for line in BODY)
    assert all(r.reason == furniture.REASON for r in removed)
    assert not [r for r in removed if any(r.text in line for line in BODY)]
    assert extractor_flags(["Home", BODY[0]], BODY[0]).tolist() == [0.0, 1.0]
    article = cleaned(PAGE, now, "page.html")
    assert all(line in article.text for line in BODY)
    for line in ("Sign in", "More Videos", "Back to top", "Support The Moscow Times!", "Share on Facebook"):
        assert line not in article.text


def test_html_second_opinion_falls_back_to_the_precise_text():
    from wirestream.services.enrich.clean.furniture.html import second_opinion

    precise = "\n".join(BODY)
    assert second_opinion("<html><body></body></html>", precise) == (precise, [])


# Recorded by `make train` (mean of three by-page cross-validations): AEB 0.968, trafilatura's set 0.933.
HTML_CROSS_VALIDATED_FLOOR = {"aeb_f1": 0.965, "trafilatura_eval_f1": 0.925}
# The shipped HTML model on every fourth development page (trained on them; measured 0.983 / 0.968).
HTML_DEVELOPMENT_FLOOR = {"aeb_f1": 0.97, "trafilatura_eval_f1": 0.94}


def test_recorded_html_scores_hold_the_floor_and_beat_the_extractor_alone():
    from wirestream.services.enrich.clean.furniture.html import html_model

    scores = html_model().scores
    for name, floor in HTML_CROSS_VALIDATED_FLOOR.items():
        assert scores["cross_validated"][name] >= floor, f"{name} {scores['cross_validated'][name]} < {floor}"
    assert scores["cross_validated"]["aeb_f1"] > scores["precision_mode_alone"]["aeb_f1"]


def test_the_whole_clean_stage_on_html_holds_the_floor_cross_validated():
    """make train's by-page CV of the clean stage on the HTML pages, the mean of its three draws (recorded AEB
    0.9666, lowest draw 0.9655; trafilatura's set 0.9310, lowest 0.9301): floors a little under them. The
    issue's targets are 0.965 and 0.93; trafilatura's set meets its target on every draw, by 0.0001 at worst."""
    from wirestream.services.enrich.clean.furniture.html import html_model

    scores = html_model().scores
    recorded, spread = scores["clean_stage_cross_validated"], scores["clean_stage_cross_validated_spread"]
    assert scores["clean_stage_cv_repeats"] >= 3
    assert recorded["aeb_html_f1"] >= 0.964
    assert recorded["trafilatura_eval_html_f1"] >= 0.929
    for name, mean in recorded.items():
        assert spread[name]["low"] <= mean <= spread[name]["high"]


def test_html_development_scores_hold_the_floor():
    from bench.eval import corpora

    if not corpora.available():
        pytest.skip("the development corpora are not in ../shared/corpora (or WIRESTREAM_CORPORA)")
    from bench.train import html_development_scores

    scores = html_development_scores(every=4)
    for name, floor in HTML_DEVELOPMENT_FLOOR.items():
        assert scores[name] >= floor, f"{name} {scores[name]} < {floor}"


def test_prune_takes_out_the_lines_another_step_removed_without_recording_them_again():
    text = "\n".join(["Kremlin says drones targeted Putin's residence | Daily Courier", "Home", *BODY])
    pruned, removed = furniture.prune(text, drop=frozenset({0}))
    assert pruned.split("\n") == BODY
    assert [r.text for r in removed] == ["Home"]
    short = "Kremlin says drones targeted Putin's residence | Daily Courier\nOne line."
    assert furniture.prune(short, drop=frozenset({0})) == ("One line.", [])  # too short for the model, not for drop


def test_a_hidden_element_is_never_put_back():
    """A page's hidden microdata block (headline and description in adjacent spans) reads as one line with the
    headline glued to the first sentence: the model may call it body, but it is not put back."""
    from wirestream.services.enrich.clean.furniture.html import cut, hidden_lines

    glued = "Drones hit the Kremlin overnight" + BODY[0]
    page = (
        f'<html><body><div style="display: none"><span>Drones hit the Kremlin overnight</span><span>{BODY[0]}'
        f"</span><p>{BODY[2]}</p></div><div hidden><p>{BODY[1]} Hidden.</p></div><h1>Drones</h1><p>{BODY[0]}</p>"
        "</body></html>"
    )
    hidden = hidden_lines(page)
    assert " ".join(glued.split()).casefold() in hidden
    assert " ".join(f"{BODY[1]} Hidden.".split()).casefold() in hidden
    assert " ".join(BODY[0].split()).casefold() not in hidden  # glued in its span, not a line of its own
    lines = [glued, "Drones", BODY[0]]
    probability = np.array([0.9, 0.1, 0.95])
    text, _ = cut(lines, probability, BODY[0], BODY[0], below=0.4, above=0.6, hidden=hidden)
    assert text.split("\n") == [BODY[0]]
    text, _ = cut(lines, probability, BODY[0], BODY[0], below=0.4, above=0.6)  # without: glued and put back
    assert text.split("\n") == [glued, BODY[0]]
    assert hidden_lines("") == frozenset()


@pytest.mark.parametrize(
    ("make", "n"),
    [
        # one nest 20,000 deep (lxml stops reading at 256 levels: this holds what reads the page before it)
        (lambda k: '<div style="display:none">' * k + "word " * (k // 20) + "</div>" * k, 2_000),
        # nests 100 deep side by side: every element of a long page walked, each nest's outermost one read
        (lambda k: ('<div style="display:none">' * 100 + "word " + "</div>" * 100) * (k // 100), 2_000),
    ],
    ids=["one-deep-nest", "many-nests"],
)
def test_hidden_lines_is_linear_on_deeply_nested_hidden_elements(make, n):
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from wirestream.services.enrich.clean.furniture.html import hidden_lines

    ratio = growth_ratio(make, hidden_lines, n)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the page (linear is about 10)"
