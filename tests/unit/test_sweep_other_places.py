"""Places in the news of the other languages (Spanish, French, Portuguese, Italian, Polish, Russian, Czech, Danish,
Ukrainian), construction by construction (the sweep of round s39, each passage written for the test): a wire
dateline in capitals of any alphabet; regions, seas and disputed lands of the language's own table (``PLACE_NAMES``),
found where the model missed them and through the lower-case words of their names; a sea after its adjective; a
name in -ś or after an adjective declined; a region noun after a hyphen; historical states; a town of Ukraine or
Russia in the national romanisation (no stray other name of it) or in Czech and Danish spelling, after a preposition
of going; Russia's republics; the Czech instrumental, the Ukrainian -сь."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PLACES = ("GPE", "LOC", "FAC")


def places(toolkit, text: str, lang: str) -> set[str]:
    """Every mention's text of the places found."""
    article = enrich(dated(text, lang), toolkit)
    return {m.text for e in article.entities if e.label in PLACES for m in e.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "MOSCÚ, 3 may (EFE).- El portavoz del Gobierno habló con la prensa este miércoles.", "MOSCÚ"),
        ("es", "SAN PETERSBURGO, 4 may (EFE).- Las autoridades locales cerraron el aeropuerto.", "SAN PETERSBURGO"),
        ("pt", "LISBOA — O primeiro-ministro anunciou novas medidas esta quinta-feira.", "LISBOA"),
        ("it", "ROMA - Il governo ha approvato il decreto nella notte.", "ROMA"),
        ("fr", "PARIS (AFP) - Le ministre a annoncé une hausse des prix de l'énergie.", "PARIS"),
        ("ru", "МОСКВА, 3 мая. /ТАСС/. Представитель ведомства прокомментировал происшествие.", "МОСКВА"),
    ],
)  # fmt: skip
def test_a_wire_dateline_in_capitals_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "VÍDEO - Las imágenes del incendio.\nDIRECTO - Sigue la sesión del Congreso."),
        ("fr", "VIDÉO - Les images de l'incendie.\nEN DIRECT, la séance du Parlement."),
    ],
)  # fmt: skip
def test_a_rubric_in_capitals_is_no_dateline(toolkit, lang, text):
    assert places(toolkit, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "La ayuda llegó a la Franja de Gaza tras semanas de espera.", "Franja de Gaza"),
        ("pt", "A ajuda chegou à Faixa de Gaza e à Cisjordânia.", "Faixa de Gaza"),
        ("pt", "A ajuda chegou à Faixa de Gaza e à Cisjordânia.", "Cisjordânia"),
        ("fr", "L'aide humanitaire est entrée dans la bande de Gaza.", "bande de Gaza"),
        ("fr", "La tournée au Moyen-Orient passera par Amman.", "Moyen-Orient"),
        ("pl", "Na Bliskim Wschodzie i na Zachodnim Brzegu rośnie napięcie.", "Bliskim Wschodzie"),
        ("pl", "Na Bliskim Wschodzie i na Zachodnim Brzegu rośnie napięcie.", "Zachodnim Brzegu"),
        ("cs", "Ve Spojených státech sledují vývoj na Blízkém východě.", "Blízkém východě"),
        ("da", "Kampene i Gazastriben præger Mellemøsten.", "Gazastriben"),
        ("da", "Kampene i Gazastriben præger Mellemøsten.", "Mellemøsten"),
        ("da", "Skibene sejlede ud i Sortehavet fra Sevastopol.", "Sortehavet"),
    ],
)  # fmt: skip
def test_a_region_of_the_languages_own_table_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("cs", "Lodě vypluly do Černého moře z Oděsy.", "Černého moře"),
        ("uk", "Кораблі вийшли в Чорне море з Одеси.", "Чорне море"),
        ("uk", "Кораблі пройшли до Азовського моря.", "Азовського моря"),
    ],
)  # fmt: skip
def test_a_sea_after_its_adjective_is_one_place(toolkit, lang, text, place):
    found = places(toolkit, text, lang)
    assert place in found
    assert place.split()[0] not in found  # not the adjective alone


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("pl", "Na Białorusi trwają ćwiczenia wojskowe.", "Białorusi"),
        ("pl", "Delegacja poleciała do Nowego Jorku.", "Nowego Jorku"),
        ("da", "Droner blev skudt ned over Kursk-regionen i nat.", "Kursk-regionen"),
    ],
)  # fmt: skip
def test_a_declined_or_compounded_place_is_found(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Tras la caída de la Unión Soviética, Yugoslavia también se desintegró.", "Unión Soviética"),
        ("es", "Tras la caída de la Unión Soviética, Yugoslavia también se desintegró.", "Yugoslavia"),
        ("it", "Dopo il crollo dell'Unione Sovietica e della Jugoslavia.", "Unione Sovietica"),
        ("pt", "Depois do fim da União Soviética, a Ucrânia tornou-se independente.", "União Soviética"),
        ("pl", "Po rozpadzie Związku Radzieckiego i Jugosławii powstały nowe państwa.", "Związku Radzieckiego"),
        ("cs", "Po rozpadu Sovětského svazu a Jugoslávie vznikly nové státy.", "Sovětského svazu"),
        ("da", "Efter Sovjetunionens sammenbrud blev Ukraine selvstændigt.", "Sovjetunionens"),
        ("fr", "L'URSS et la Yougoslavie ont disparu au début des années 1990.", "URSS"),
        ("es", "La URSS se disolvió en 1991.", "URSS"),
        ("pl", "Po upadku ZSRR Ukraina ogłosiła niepodległość.", "ZSRR"),
    ],
)  # fmt: skip
def test_a_historical_state_and_its_acronym_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


def test_a_heading_in_capitals_is_no_region_of_the_table(toolkit):
    assert "ALPES Y PIRINEOS" not in places(toolkit, "ALPES Y PIRINEOS\nLa nieve cubre los Alpes.", "es")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("it", "Ci sono stati attacchi a Mykolaiv nella notte.", "Mykolaiv"),
        ("it", "Le truppe avanzano verso Izium.", "Izium"),
        ("pl", "Doszło do ataków na Mikołajów.", "Mikołajów"),
        ("cs", "Útoky zasáhly Slovjansk a Kupjansk.", "Slovjansk"),
        ("cs", "Útoky zasáhly Slovjansk a Kupjansk.", "Kupjansk"),
        ("cs", "Raketa dopadla na Mykolajiv.", "Mykolajiv"),
        ("da", "Der var angreb på Lysytjansk og Voronezj.", "Lysytjansk"),
        ("da", "Der var angreb på Lysytjansk og Voronezj.", "Voronezj"),
        ("da", "Tropperne rykkede mod Tjernihiv.", "Tjernihiv"),
    ],
)  # fmt: skip
def test_a_town_of_the_war_in_the_languages_spelling_is_found(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("it", "La Cecenia e il Daghestan sono repubbliche russe.", "Cecenia"),
        ("pl", "Czeczenia i Dagestan to republiki Rosji.", "Dagestan"),
        ("cs", "Čečensko a Dagestán jsou ruské republiky.", "Čečensko"),
        ("da", "Tjetjenien og Dagestan er russiske republikker.", "Tjetjenien"),
        ("cs", "Hranice s Ruskem a Běloruskem je uzavřena.", "Ruskem"),
        ("cs", "Hranice s Ruskem a Běloruskem je uzavřena.", "Běloruskem"),
        ("uk", "Кордон з Білоруссю закрито, а в Білорусі тривають навчання.", "Білоруссю"),
        ("uk", "Кордон з Білоруссю закрито, а в Білорусі тривають навчання.", "Білорусі"),
        ("da", "Grænsen til Hviderusland er lukket.", "Hviderusland"),
    ],
)  # fmt: skip
def test_a_republic_or_a_declined_neighbour_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Marioupol a été visée par des drones, selon les autorités.", "Marioupol"),
        ("Soumy a été visée par des drones.", "Soumy"),
        ("Des explosions ont été entendues à Nova Kakhovka dans la nuit.", "Nova Kakhovka"),
    ],
)  # fmt: skip
def test_a_french_town_of_the_war_the_model_missed_or_called_an_organisation(toolkit, text, place):
    assert place in places(toolkit, text, "fr")


def test_a_french_cue_before_a_word_or_a_magazine_adds_no_place(toolkit):
    assert places(toolkit, "Il l'a dit à Paris Match, puis à Noël.", "fr") == set()


def test_a_given_name_after_the_italian_to_is_no_town(toolkit):
    assert places(toolkit, "Il ministro ha scritto a Harper e a Mary, poi ha parlato a Lima.", "it") == {"Lima"}


def test_a_polish_feature_head_in_the_accusative(toolkit):
    assert "Cieśninę Kerczeńską" in places(toolkit, "Okręty przepłynęły przez Cieśninę Kerczeńską.", "pl")


def test_the_gaza_strip_before_an_inverted_italian_cue_is_no_speaker(toolkit):
    text = (
        "Lo ha detto il ministro Antonio Tajani. I 4 italiani che hanno lasciato ieri la Striscia di Gaza, ha aggiunto "
        'Tajani, "erano su di morale e in buone condizioni di salute".'
    )
    article = enrich(dated(text, "it"), toolkit)
    assert [q.speaker for q in article.quotes] == ["Antonio Tajani"]
