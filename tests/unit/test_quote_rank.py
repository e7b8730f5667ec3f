"""The quote ranker: a speaker for quotes the rules leave without one, only when it is sure; and its CV floor."""

from __future__ import annotations

import dataclasses

import pytest

from tests.unit.test_quotes import ents
from wirestream.services.enrich.artefacts import shipped
from wirestream.services.enrich.entities.quotes import attribute, find_quotes, rank


def rules_and_ranker(text: str, language: str, **labels: str) -> tuple[list[str | None], list[str | None]]:
    _, results = attribute(text, ents(text, **labels), language)
    rules = [speaker.name if speaker else None for _, speaker, _ in results]
    return rules, [q.speaker for q in find_quotes(text, ents(text, **labels), language)]


# --- what it adds to the rules --------------------------------------------------------------------


def test_a_quote_opening_the_paragraph_after_the_one_that_names_its_speaker():
    text = (
        "Das Tierheim in Lindenau ist voll. Lena Vogt leitet es seit 2015 und kennt jeden Hund beim Namen.\n"
        "„Wir sind am Limit, jeden Tag kommen neue Hunde zu uns.“"
    )
    att, results = attribute(text, ents(text, Lena_Vogt="PERSON"), "de")
    assert att is not None and [speaker for _, speaker, _ in results] == [None]  # the rules leave it: no cue
    shipped = rank.model()
    assert shipped is not None
    options = rank.options(att, results, 0)
    assert [o.speaker.name for o in options] == ["Lena Vogt"]
    # the model leans to her (the retrained model of round s20 scores her 0.60, under its threshold 0.63: the
    # answer is the threshold's, tested below); a model taking answers from 0.5 gives her
    assert shipped.probability(options[0].features) > 0.5
    lenient = dataclasses.replace(shipped, threshold=0.5)
    assert [sp.name if sp else None for _, sp, _ in rank.fill(att, results, lenient)] == ["Lena Vogt"]


def test_a_quote_with_no_cue_before_a_later_quote_of_the_same_speaker():
    text = (
        "Pierre Martin dirige la coopérative depuis vingt ans. Il a vu passer trois crises.\n"
        "« Cette fois, nous ne savons pas comment nous allons tenir. »\n"
        "« Les banques ne nous suivent plus du tout », a déclaré Martin."
    )
    rules, _ = rules_and_ranker(text, "fr", Pierre_Martin="PERSON")
    assert rules == [None, "Pierre Martin"]
    # the model leans to him (round s24's retrained model, with set k's German in its data, scores him 0.578 under
    # its threshold 0.58: whether it answers is the threshold's, which the data chooses); from 0.5 it gives him
    att, results = attribute(text, ents(text, Pierre_Martin="PERSON"), "fr")
    assert att is not None
    shipped = rank.model()
    assert shipped is not None
    options = rank.options(att, results, 0)
    assert [o.speaker.name for o in options] == ["Pierre Martin"]
    assert shipped.probability(options[0].features) > 0.5
    lenient = dataclasses.replace(shipped, threshold=0.5)
    assert [sp.name if sp else None for _, sp, _ in rank.fill(att, results, lenient)] == [
        "Pierre Martin",
        "Pierre Martin",
    ]


def test_a_clause_the_rules_read_as_naming_no_one_is_left_to_them():
    # "erklärt der Werbespot": an article and a noun the lexicon does not know as a person, which the rules read
    # as someone unnamed (like "sagt der Volksmund"): a decision, not a gap, so the model does not answer ("der
    # Filmstar" is a person now: a compound is the kind of its last part, "Star")
    text = (
        "Die Schauspielerin Lena Vogt hat am Montag ein neues Foto gepostet. „Egal wie heiß es ist, du wirst "
        "immer schön sein“, erklärt der Werbespot dazu. „Ich liebe diesen Sommer am Meer sehr“, sagte Vogt später."
    )
    assert rules_and_ranker(text, "de", Lena_Vogt="PERSON") == ([None, "Lena Vogt"], [None, "Lena Vogt"])


def test_two_people_and_no_speaker_of_their_own_is_no_speaker():
    text = (
        "Lena Vogt und Paul Brandt besuchten am Montag die Baustelle. "
        "„Das wird noch viele Monate dauern, leider“, heißt es dort."
    )
    assert rules_and_ranker(text, "de", Lena_Vogt="PERSON", Paul_Brandt="PERSON") == ([None], [None])


def test_a_quote_with_nobody_around_it_has_no_speaker():
    text = '"The water came in faster than anyone expected this year."'
    att, results = attribute(text, [], "en")
    assert att is not None
    assert rank.options(att, results, 0) == []
    assert [q.speaker for q in find_quotes(text, [], "en")] == [None]


# --- how it is wired --------------------------------------------------------------------------------


TEXT = (
    "Das Tierheim in Lindenau ist voll. Lena Vogt leitet es seit 2015 und kennt jeden Hund beim Namen.\n"
    "„Paul Brandt hat uns das alles versprochen, ganz sicher.“"
)


def test_a_name_inside_a_quote_is_no_candidate_and_every_option_has_every_feature():
    att, results = attribute(TEXT, ents(TEXT, Lena_Vogt="PERSON", Paul_Brandt="PERSON"), "de")
    assert att is not None
    opts = rank.options(att, results, 0)
    assert [o.speaker.name for o in opts] == ["Lena Vogt"]
    assert all(len(o.features) == len(rank.FEATURES) for o in opts)


def test_the_threshold_decides_and_the_rules_answers_are_never_replaced():
    att, results = attribute(TEXT, ents(TEXT, Lena_Vogt="PERSON", Paul_Brandt="PERSON"), "de")
    assert att is not None
    shipped = rank.model()
    assert shipped is not None
    never = dataclasses.replace(shipped, threshold=1.01)
    always = dataclasses.replace(shipped, threshold=0.0)
    assert [sp for _, sp, _ in rank.fill(att, results, never)] == [sp for _, sp, _ in results]
    filled = rank.fill(att, results, always)
    assert all(filled[n][1] is results[n][1] for n in range(len(results)) if results[n][1] is not None)
    assert results[0][1] is None and filled[0][1] is not None and filled[0][1].name == "Lena Vogt"


def test_only_the_first_gaps_of_an_endless_text_of_quotes_are_answered(monkeypatch):
    text = (
        "Das Tierheim in Lindenau ist voll. Lena Vogt leitet es seit 2015 und kennt jeden Hund beim Namen.\n"
        "„Wir sind am Limit, jeden Tag kommen neue Hunde zu uns.“\n„Die Stadt muss endlich mehr Geld geben.“"
    )
    att, results = attribute(text, ents(text, Lena_Vogt="PERSON"), "de")
    assert att is not None
    shipped = rank.model()
    assert shipped is not None
    always = dataclasses.replace(shipped, threshold=0.0)
    assert [sp for _, sp, _ in results] == [None, None]
    assert [sp is not None for _, sp, _ in rank.fill(att, results, always)] == [True, True]
    monkeypatch.setattr(rank, "MAX_GAPS", 1)
    assert [sp is not None for _, sp, _ in rank.fill(att, results, always)] == [True, False]


def test_the_model_is_read_once_and_refuses_other_features():
    assert rank.model() is rank.model()
    data = shipped(rank.__package__, rank.MODEL_FILE)
    assert data is not None
    data["features"] = [*data["features"][:-1], "something else"]
    with pytest.raises(ValueError):
        rank.Model.from_json(data)


# --- the shipped model's cross-validated figures ----------------------------------------------------

# Floors under what `make train` recorded (bench/train_quotes.py: GroupKFold by article, five shuffles of
# the gold's development articles but set l, ``NOT_TRAINED``, means). Recorded in round s25b: rules alone right
# 0.9479 / 0.8134 (English / other languages) with 0.0095 / 0.0046 wrong; rules + model 0.9640 / 0.8405 right,
# 0.0095 / 0.0143 wrong.
RIGHT_FLOOR = {"English": 0.89, "other languages": 0.77}
GAIN_FLOOR = {"English": 0.0, "other languages": 0.02}


def test_recorded_cross_validated_figures_hold_the_floor():
    data = shipped(rank.__package__, rank.MODEL_FILE)
    assert data is not None
    cv = data["cv"]
    assert cv["by"].startswith("article (GroupKFold")
    for group, floor in RIGHT_FLOOR.items():
        rules, model = cv["rules"][group], cv["rules_and_model"][group]
        assert model["right"] >= floor, f"{group} {model['right']} < {floor}: retrain or fix the ranker"
        assert model["right"] - rules["right"] >= GAIN_FLOOR[group], f"{group}: no gain over the rules"
        assert model["wrong"] <= rules["wrong"] + 0.01 + 1e-9, f"{group}: more wrong speakers than allowed"
    assert 0.0 < data["threshold"] < 1.0


def test_a_candidate_the_cue_s_gender_contradicts_is_never_chosen():
    shipped = rank.model()
    assert shipped is not None
    sure = dataclasses.replace(shipped, threshold=0.0)
    features = [0.0] * len(rank.FEATURES)
    clash = list(features)
    clash[rank.INDEX["gender_clash"]] = 1.0
    from wirestream.services.enrich.entities.quotes.speakers import Speaker

    him = Speaker(name="Harry", id=None, label="PERSON", key="PERSON:harry")
    her = Speaker(name="Meghan", id=None, label="PERSON", key="PERSON:meghan")
    assert rank.choose([rank.Option(him, clash)], sure) is None
    assert rank.choose([rank.Option(him, clash), rank.Option(her, features)], sure) is her


def test_a_gender_clash_is_only_weighed_not_vetoed_outside_english():
    shipped = rank.model()
    assert shipped is not None
    sure = dataclasses.replace(shipped, threshold=0.0)
    clash = [0.0] * len(rank.FEATURES)
    clash[rank.INDEX["gender_clash"]] = 1.0
    from wirestream.services.enrich.entities.quotes.speakers import Speaker

    him = Speaker(name="Rémy Buisine", id=None, label="PERSON", key="PERSON:buisine")
    assert rank.choose([rank.Option(him, clash)], sure, veto=False) is him
    assert rank.choose([rank.Option(him, clash)], sure, veto=True) is None


def test_a_gendered_pronoun_cue_vetoes_the_other_gender_in_every_language():
    # French: "écrit-elle" and the only person named is a man (his given name and "il" say so); the rules find no
    # woman for the pronoun, and the ranker, however lenient, must not hand her words to him
    text = (
        "Pierre Martin est un architecte. Il reçoit une lettre.\n"
        "« Je pense souvent à ce quartier et à ses rues, écrit-elle. »"
    )
    att, results = attribute(text, ents(text, Pierre_Martin="PERSON"), "fr")
    assert att is not None and [speaker for _, speaker, _ in results] == [None]
    found = results[0][2]
    assert rank._pronoun_veto(found)
    shipped = rank.model()
    assert shipped is not None
    lenient = dataclasses.replace(shipped, threshold=0.0)
    assert [o.speaker.name for o in rank.options(att, results, 0)] == ["Pierre Martin"]
    assert [sp for _, sp, _ in rank.fill(att, results, lenient)] == [None]
