"""A construction sweep of Polish, Turkish and Indonesian wire copy about one incident, through the full product: each
test one construction on a short passage of its own, and a near miss that keeps its old reading.

Constructions fixed:

* Turkish: the deputy's word after its office's title ("Başkan Yardımcısı Dmitriy Medvedev, „…“ dedi") is part of
  the title, not the speaker's name ("Yardımcısı" spoke);
* Turkish: the quote as the answer given or the assessment made ("„…“ yanıtını verdi", "„…“ cevabını verdi",
  "„…“ değerlendirmesinde bulundu"); "X'in raporuna göre" names its source;
* a short quote closing its sentence after a cue written after its source ("Peskov'a göre, „…“.", "Kremlin
  Sözcüsü Peskov'un açıklamasına göre, „…“") is a quote; one quoted word there stays a scare quote;
* Polish: the present third person plural of a speech verb with no subject is the impersonal "they say"
  ("„…” – mówią na Kremlu", "W Kijowie zapewniają, że „…”"); the past plural stays a named group's;
* Polish: the agency told after a verbal cue ("Jak powiedział PAP politolog Marek Budzisz, „…”") is not the speaker;
  "Jak poinformował/podała/przekazał… X, „…”" are cues;
* a short quote after a speech verb and its comma, closing its sentence ("Peskov mengatakan, “Putin tidak
  terluka.”"), is a quote, as after a colon; not after a framing verb, not one word;
* a short quote after a speech verb and phrases of when and where before its colon ("Zełenski powiedział w czwartek
  w Hadze: „…”") is a quote;
* Polish: "uważać" (to think) reports an opinion ("„…” – uważa ISW", "„…” – uważają na Kremlu");
* Indonesian: "„…“, bunyi pernyataan Kremlin" is the Kremlin's ("Bunyi pernyataan Kremlin" spoke); "menilai"
  (assessed) reports; "Seperti dikatakan X", "Sebagaimana disampaikan X" are cues.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def quotes(toolkit, text: str, lang: str) -> list[tuple[str, str | None]]:
    article = enrich(dated(text, lang), toolkit)
    return [(q.text, q.speaker) for q in article.quotes]


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [speaker for _, speaker in quotes(toolkit, text, lang)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Rusya Güvenlik Konseyi Başkan Yardımcısı Dmitriy Medvedev, "Başka seçenek kalmadı" dedi.', "Dmitry Medvedev"),
        ('Rusya Dışişleri Bakan Yardımcısı Sergey Ryabkov, "ABD sorumlu" dedi.', "Sergey Ryabkov"),
    ],
)
def test_turkish_deputy_after_its_office_title_is_a_title_word(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "tr") == [name]


def test_turkish_deputy_word_elsewhere_keeps_its_reading(toolkit) -> None:
    assert speakers(toolkit, 'Peskov, "Bir yardımcısı geldi" dedi.', "tr") == ["Dmitry Peskov"]
    assert speakers(toolkit, 'Medvedev ve yardımcısı, "Başka seçenek kalmadı" dedi.', "tr") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Kirby, "Bu gülünç" yanıtını verdi.', "John Kirby"),
        ('Kirby, "Bu gülünç" cevabını verdi.', "John Kirby"),
        (
            'Ukrayna Devlet Başkanlığı Ofisi Danışmanı Mihaylo Podolyak, "Ukrayna\'nın bununla hiçbir ilgisi yok" '
            "değerlendirmesinde bulundu.",
            "Mykhailo Podolyak",
        ),
    ],
)
def test_turkish_answer_and_assessment_nouns_report_a_quote(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "tr") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Peskov\'a göre, "Cumhurbaşkanı yara almadı".', "Dmitry Peskov"),
        ('Kremlin Sözcüsü Peskov\'un açıklamasına göre, "Cumhurbaşkanı yara almadı".', "Dmitry Peskov"),
        ('Kremlin\'in açıklamasına göre, "Cumhurbaşkanı yara almadı".', "Kremlin"),
        ('ISW\'nin raporuna göre, "Rusya saldırıyı düzenledi".', "Institute for the Study of War"),
    ],
)
def test_turkish_short_quote_after_a_source_and_gore_is_its_sources(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "tr") == [name]


@pytest.mark.parametrize(
    "text",
    [
        'Plana göre, "bayram" kutlanacak.',
        'Kiev\'e göre, "iki" drone düşürüldü.',
        'Rus medyasına göre, "terör saldırısı" gece gerçekleşti.',
    ],
)
def test_turkish_scare_quote_after_gore_stays_no_quote(toolkit, text: str) -> None:
    assert quotes(toolkit, text, "tr") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„To prowokacja” – mówią na Kremlu.", "Kremlin"),
        ("„To prowokacja” – twierdzą w Kijowie.", "Kyiv"),
        ("Na Kremlu podkreślają: „Odpowiedź będzie stanowcza”.", "Kremlin"),
        ("W Kijowie zapewniają, że „Ukraina nie ma z tym nic wspólnego”.", "Kyiv"),
    ],
)
def test_polish_present_plural_with_no_subject_is_the_body_after_it(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "pl") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Pieskow i Zacharowa zabrali głos. „To prowokacja” – mówili w Moskwie.",
        "Eksperci są zgodni. „To prowokacja” – mówią.",
    ],
)
def test_polish_past_plural_or_no_place_stays_no_speaker(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "pl") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jak powiedział PAP politolog Marek Budzisz, „Rosja szuka pretekstu do eskalacji”.", "Marek Budzisz"),
        ("Jak poinformował TASS rzecznik Kremla Dmitrij Pieskow, „Putin nie ucierpiał”.", "Dmitry Peskov"),
        ("Jak podała PAP, „drony zostały zestrzelone nad Kremlem”.", "PAP"),
    ],
)
def test_polish_verbal_cue_names_its_subject_not_the_one_told(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "pl") == [name]


def test_polish_cue_source_and_clause_after_it_keep_their_readings(toolkit) -> None:
    assert speakers(toolkit, "Według PAP, „drony zostały zestrzelone nad Kremlem”.", "pl") == ["PAP"]
    assert speakers(toolkit, "Jak podała PAP, Pieskow powiedział: „Parada się odbędzie”.", "pl") == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('Peskov mengatakan, "Putin tidak terluka."', "id", "Dmitry Peskov"),
        ('Seperti dikutip Reuters, Peskov mengatakan, "Putin tidak terluka."', "id", "Dmitry Peskov"),
        ('Peskov said, "Putin is fine."', "en", "Dmitry Peskov"),
    ],
)
def test_short_quote_after_a_speech_verb_and_its_comma(toolkit, text: str, lang: str, name: str) -> None:
    assert speakers(toolkit, text, lang) == [name]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Peskov mengatakan, "Tidak."', "id"),
        ('The Kremlin called it, "a terror act."', "en"),
        ('He said the attack was, "a terror act."', "en"),
    ],
)
def test_one_word_or_a_framing_verb_before_a_comma_stays_no_quote(toolkit, text: str, lang: str) -> None:
    assert quotes(toolkit, text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zełenski powiedział w czwartek w Hadze: „Nie atakowaliśmy Putina”.",
        "Zełenski mówił w czwartek w Helsinkach: „Nie atakowaliśmy Putina”.",
    ],
)
def test_polish_short_quote_after_verb_and_places_before_colon(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "pl") == ["Volodymyr Zelensky"]


def test_polish_no_speech_verb_before_places_and_colon_stays_no_quote(toolkit) -> None:
    assert quotes(toolkit, "Zełenski przyjechał w czwartek do Hagi: „Nie atakowaliśmy Putina”.", "pl") == []


def test_indonesian_bunyi_pernyataan_is_the_issuers(toolkit) -> None:
    assert speakers(toolkit, '"Ini serangan teroris," bunyi pernyataan Kremlin.', "id") == ["Kremlin"]
    # the statement of no one named: no speaker (not "Bunyi pernyataan itu")
    assert speakers(toolkit, '"Ini serangan teroris," bunyi pernyataan itu.', "id") == [None]


def test_indonesian_bunyi_as_a_noun_stays_no_speaker(toolkit) -> None:
    assert speakers(toolkit, 'Bunyi ledakan terdengar. "Ini serangan teroris," kata seorang warga.', "id") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Pengamat politik Budi Santoso menilai, "Rusia mencari dalih untuk eskalasi."', "Budi Santoso"),
        ('Sebagaimana disampaikan Peskov, "Putin tidak terluka."', "Dmitry Peskov"),
        ('Seperti dikatakan Peskov, "Putin tidak terluka."', "Dmitry Peskov"),
    ],
)
def test_indonesian_assessed_and_as_said_by(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "id") == [name]


def test_indonesian_partial_assessment_and_as_said_before_stay_unattributed(toolkit) -> None:
    assert quotes(toolkit, 'Pengamat menilai serangan itu "sangat mencurigakan".', "id") == []
    assert speakers(toolkit, 'Seperti dikatakan sebelumnya, "Putin tidak terluka dan tetap bekerja."', "id") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Atak był inscenizacją” – uważa ISW.", "Institute for the Study of War"),
        ("Marek Budzisz uważa: „Rosja szuka pretekstu”.", "Marek Budzisz"),
        ("„To prowokacja” – uważają na Kremlu.", "Kremlin"),
    ],
)
def test_polish_uwazac_reports_an_opinion(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "pl") == [name]


def test_polish_uwazac_with_an_object_and_a_partial_quote_stays_no_quote(toolkit) -> None:
    assert quotes(toolkit, "Pieskow uważa atak za „akt terroru”.", "pl") == []
    assert quotes(toolkit, "Kreml uważa, że to był „zamach”.", "pl") == []
