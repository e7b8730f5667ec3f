"""entity-enrich: mentions grouped per real-world entity; the real model on the seeds."""

from __future__ import annotations

import pytest

from tests.factories import present
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.enrich.entities.grouping import group_entities, surface
from wirestream.services.enrich.entities.logic import RawEntity, Recognizer, enrich
from wirestream.services.ingest.fetch.formats import read_article


def ents(*items: tuple[str, str]) -> list[RawEntity]:
    out, pos = [], 0
    for text, label in items:
        out.append(RawEntity(text, label, pos, pos + len(text)))
        pos += len(text) + 10
    return out


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("President Vladimir Putin", "PERSON", "Vladimir Putin"),
        ("Putin’s", "PERSON", "Putin"),
        ("Dmitri S Peskov", "PERSON", "Dmitri Peskov"),
        ("Dmitri S. Peskov", "PERSON", "Dmitri Peskov"),
        ("the United States", "GPE", "United States"),
        ("Mr. Kirby's", "PERSON", "Kirby"),
    ],
)
def test_surface_forms(text, label, name):
    assert surface(text, label) == name


def test_surnames_titles_and_case_variants_join_one_entity():
    found = ents(
        ("Vladimir Putin", "PERSON"),
        ("President Putin", "PERSON"),
        ("Putin’s", "PERSON"),
        ("Dmitri S Peskov", "PERSON"),
        ("Peskov", "PERSON"),
        ("MOSCOW", "GPE"),
        ("Moscow", "GPE"),
        ("Kremlin", "ORG"),
        ("Kremlin", "FAC"),
        ("Kremlin", "ORG"),
        ("Tuesday", "DATE"),
    )
    result = {e.name: (e.label, e.count) for e in group_entities(found)}
    assert result == {
        "Vladimir Putin": ("PERSON", 3),
        "Dmitri Peskov": ("PERSON", 2),
        "Moscow": ("GPE", 2),
        "Kremlin": ("ORG", 3),
    }


def test_an_ambiguous_surname_stays_apart():
    found = ents(("John Smith", "PERSON"), ("Anna Smith", "PERSON"), ("Smith", "PERSON"))
    assert sorted(e.name for e in group_entities(found)) == ["Anna Smith", "John Smith", "Smith"]


def test_mentions_keep_their_spans():
    found = ents(("Vladimir Putin", "PERSON"), ("Putin", "PERSON"))
    (putin,) = group_entities(found)
    assert [(m.text, m.start, m.end) for m in putin.mentions] == [("Vladimir Putin", 0, 14), ("Putin", 24, 29)]


def test_seed_entities_with_the_real_model(seed_paths, now, toolkit):
    by_seed = []
    for path in seed_paths:
        article = date_parse(clean(read_article(path.read_bytes(), name=path.name, uri="file:///x", received_at=now)))
        enriched = enrich(article, toolkit)
        by_seed.append({e.name: e for e in enriched.entities})
        for entity in enriched.entities:
            for m in entity.mentions:
                assert enriched.text[m.start : m.end] == m.text
    for people in by_seed:
        assert people["Vladimir Putin"].label == "PERSON"
    first, second = by_seed
    peskov = first["Dmitry Peskov"]  # "Dmitri S Peskov", "Peskov", "Peskov’s": the registry's name and id
    assert (peskov.label, peskov.count, peskov.id) == ("PERSON", 3, "person/dmitry-peskov")
    assert first["John Kirby"].label == "PERSON"
    assert "Dmitry Peskov" not in second and "John Kirby" not in second
    assert first["Kyiv"].label == "GPE" and second["Kyiv"].label == "GPE"  # corrected by the registry
    assert first["Krasnodar"].label == "GPE"
    assert first["Kremlin"].label == second["Kremlin"].label == "FAC"
    assert present(first["Kremlin"].geo).country_code == "RU"
    assert not any("Shutter" in name for name in second)  # the photo credit was cleaned away first


def test_missing_model_is_a_clear_error():
    with pytest.raises(RuntimeError, match="not installed"):
        Recognizer("no_such_model_xyz")


def test_a_text_longer_than_the_recognizer_takes_is_refused_plainly(recognizer):
    from wirestream.errors import PermanentError

    with pytest.raises(PermanentError, match="more than the 1,000,000 the entity recognizer takes"):
        recognizer("word " * 200_001)


def test_the_recognizer_drops_the_shared_tok2vec_only_when_nothing_kept_listens(recognizer, seed_paths):
    """The NER has its own embeddings: the shared tok2vec (the tagger's and parser's) is dead weight."""
    import spacy

    from wirestream.services.enrich.entities.models import SPACY_EXCLUDE, drop_unheard

    model = recognizer.nlp.meta["lang"] + "_" + recognizer.nlp.meta["name"]
    assert "ner" in recognizer.nlp.pipe_names
    assert "tok2vec" not in recognizer.nlp.pipe_names
    with_it = spacy.load(model, exclude=SPACY_EXCLUDE)
    assert "tok2vec" in with_it.pipe_names  # the model has one: the drop is not vacuous
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        expected = [(e.text, e.label_, e.start_char, e.end_char) for e in with_it(text).ents]
        assert expected
        assert [(e.text, e.label_, e.start_char, e.end_char) for e in recognizer.nlp(text).ents] == expected
    heard = spacy.load(model, exclude=["ner", "lemmatizer"])  # the tagger and parser listen to it
    assert drop_unheard(heard) == []
    assert "tok2vec" in heard.pipe_names


def test_a_long_run_of_punctuation_is_cut_for_the_tokenizer_in_place():
    """spaCy strips suffixes one by one, each time searching the rest: a run of marks was quadratic."""
    from wirestream.services.enrich.entities.models import tokenizable

    text = "Putin said " + "“" * 450 + " then Peskov, «(...)» and 東京都 " + "x" * 150
    cut = tokenizable(text)
    assert len(cut) == len(text)
    run = cut[11:461]
    assert run.count(" ") == 4 and run[99] == run[199] == " " and set(run.replace(" ", "")) == {"“"}
    assert cut[:11] == text[:11] and cut[461:] == text[461:]  # words, short runs and CJK untouched
    assert tokenizable("“" * 199) == "“" * 199


@pytest.mark.parametrize(
    "run",
    ["_" * 1_000, "'s" * 500, "a:" * 500, "http://a" * 125, "x" * 1_000],
    ids=["underscores", "possessives", "colons", "addresses", "one letter"],
)
def test_any_long_run_without_a_space_is_cut_for_the_tokenizer_in_place(run):
    """Stop 43: runs of word characters the tokenizer strips as affixes ("____", "'s's's") were quadratic too
    (10,000 underscores took 6.7 s, 100,000 over 60 s): every run of 200 characters without a space is cut."""
    from wirestream.services.enrich.entities.models import tokenizable

    cut = tokenizable(f"Putin said {run} then")
    assert len(cut) == len(run) + 16 and cut[:11] == "Putin said " and cut[-5:] == " then"
    assert all(c in (r, " ") for c, r in zip(cut[11:-5], run, strict=True))  # a character for a character
    pieces = cut[11:-5].split(" ")
    assert len(pieces) >= len(run) // 100 and max(map(len, pieces)) <= 100


def test_a_long_run_is_cut_at_its_marks_so_its_words_stay_whole():
    from wirestream.services.enrich.entities.models import tokenizable

    pieces = tokenizable("Kremlin,Putin,Moscow," * 20).split(" ")
    assert len(pieces) > 2 and {w for p in pieces for w in p.split(",") if w} == {"Kremlin", "Putin", "Moscow"}
    assert tokenizable("x" * 199 + " " + "y" * 199) == "x" * 199 + " " + "y" * 199  # long words under 200 untouched


@pytest.mark.parametrize(
    "text",
    [
        "Короткая статья о Кремле.",
        ("Абзац о Кремле и Москве. " * 60 + "\n") * 8,  # paragraphs of 1,500 characters
        "Предложение о Москве. " * 700,  # sentences, no line break
        "слово " * 2_000,  # words only
        "#" * 12_345,  # no space at all
    ],
    ids=["short", "paragraphs", "sentences", "words", "one run"],
)
def test_natasha_reads_a_long_text_in_pieces_that_cover_it_in_order(text):
    """Round s44: Natasha's cost per word grows with a text's length; it reads pieces of at most NATASHA_PIECE
    characters, cut at a line break, else a sentence's end, else a space; together they are the text."""
    from wirestream.services.enrich.entities.models import NATASHA_PIECE, natasha_pieces

    pieces = natasha_pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[at : at + len(p)] == p for at, p in pieces)
    assert max(len(p) for _, p in pieces) <= NATASHA_PIECE
    if len(text) <= NATASHA_PIECE:
        assert pieces == [(0, text)]
    elif "\n" in text:
        assert all(p.endswith("\n") for _, p in pieces[:-1])
    elif ". " in text:
        assert all(p.endswith(".") for _, p in pieces[:-1])
    elif " " in text:
        assert all(p.endswith(" ") for _, p in pieces[:-1])


@pytest.mark.parametrize("run", ["“" * 1_000, "_" * 1_000, "'s" * 500], ids=["marks", "underscores", "possessives"])
def test_entities_after_a_run_of_punctuation_keep_the_articles_offsets(recognizer, run):
    text = run + " Vladimir Putin met Joe Biden in Geneva."
    found = {(e.text, e.start) for e in recognizer(text)}
    assert ("Vladimir Putin", 1_001) in found
    assert all(text[e.start : e.end] == e.text for e in recognizer(text))


def test_a_model_persons_span_keeps_every_languages_name_particles():
    # one list of name particles (the lexicons' name_particles): Dutch "den" too, and a lower-case word that is no
    # particle still ends the name
    from wirestream.services.enrich.entities.correction import _person_span

    text = "premier Joop den Uyl zei"
    assert text[slice(*_person_span(text, 0, len("premier Joop den Uyl")))] == "Joop den Uyl"
    text = "Ursula von der Leyen said"
    assert text[slice(*_person_span(text, 0, len("Ursula von der Leyen")))] == "Ursula von der Leyen"
    text = "Kurt Volker told reporters"
    assert text[slice(*_person_span(text, 0, len("Kurt Volker told")))] == "Kurt Volker"
