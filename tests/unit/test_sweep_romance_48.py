"""Romance-language coverage of the Kremlin drone incident, round s48's construction sweep (French, Spanish, Portuguese,
Italian): one self-written passage per construction that failed on 0c6b9030, through the full product.

Constructions fixed:

* wire copy's speech verbs after a short quote that the lexicons lacked: Portuguese "reagiu", "recordou",
  "assinalou", "vincou", "rebateu", "retorquiu" (and "considerou", "notou", "avançou" after a quote only), Spanish
  "reaccionó", "desmintió", "espetó" ("lanzó" after a quote only), Italian "ha reagito", "ha ironizzato", "ha
  garantito", "replica", French "a répliqué" ("a lâché", "lâche" after a quote only): "“È ridicolo”, ha reagito
  John Kirby" had been no quote at all;
* French "X a estimé que « … »", "a jugé que" (weak verbs, speech alone only after a quote) report with their
  complementiser (``verbs_with_object``), as Spanish "estimó que" and Italian "ha ritenuto che" already did;
* Italian "a", "da", "in", "su" fused with the elided article ("all'", "dall'") and "ad" are prepositions: "“…”, ha
  detto all'ANSA un alto funzionario" had given the quote to ANSA, the agency told; an unnamed official now speaks
  (no speaker), a name after the agency still does.

* French "« Poutine va bien », a-t-il dit": the pronoun an inverted auxiliary carries after a hyphen is no word
  between a short quote and its verb (``hyphen_pronouns``, quotes/__init__.py): it had been no quote at all;
* French "« … », juge le porte-parole …" and "X juge que « … »" ("juge", the present of the weak "juger", had been
  read as the noun only), Italian "ha reso noto il portavoce" (``light_verbs``: "noto" after "reso");
* Italian "“…”, fa sapere il Cremlino", "ha fatto sapere Peskov", French "fait savoir le Kremlin": a light verb's
  word after a short quote makes it a quote (``light_verbs``, now read by the short-quote gate too; French gains
  "savoir" after "faire");
* a plural speech verb with no subject is impersonal in Spanish, Portuguese and Italian, as in Russian: the body
  after "desde" (past its article), "no", "na", "dal", "al" said it ("“…”, señalaron desde el Kremlin", "afirmaram no
  Kremlin", "spiegano dal Cremlino"); a town there is only where it was said (``impersonal_bodies``: no speaker).

Near misses keep their reading: those verbs used for anything else near a scare quote give no speaker, and a noun
"la replica" after its article stays a noun.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    """The speakers the whole product gives a passage's quotes (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


# 1. speech verbs after a short quote -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"É ridículo", reagiu John Kirby.', "pt", "John Kirby"),
        ('"Nada mudou", recordou Dmitri Peskov.', "pt", "Dmitry Peskov"),
        ('"É uma provocação", assinalou Mykhailo Podolyak.', "pt", "Mykhailo Podolyak"),
        ('"Não fomos nós", vincou Volodymyr Zelensky.', "pt", "Volodymyr Zelensky"),
        ('"É absurdo", rebateu Mykhailo Podolyak.', "pt", "Mykhailo Podolyak"),
        ('"É falso", retorquiu Mykhailo Podolyak.', "pt", "Mykhailo Podolyak"),
        ('"É um pretexto", considerou o analista Carlos Branco.', "pt", "Carlos Branco"),
        ('"Es un montaje", reaccionó Mijailo Podoliak.', "es", "Mykhailo Podolyak"),
        ('"Es absurdo", desmintió Mijailo Podoliak.', "es", "Mykhailo Podolyak"),
        ('"Es una farsa", espetó Mijailo Podoliak.', "es", "Mykhailo Podolyak"),
        ('"Es una farsa", lanzó Mijailo Podoliak.', "es", "Mykhailo Podolyak"),
        ('"È ridicolo", ha reagito John Kirby.', "it", "John Kirby"),
        ('"È una farsa", ha ironizzato Mykhailo Podolyak.', "it", "Mykhailo Podolyak"),
        ('"Putin sta bene", ha garantito Dmitri Peskov.', "it", "Dmitry Peskov"),
        ('"È una farsa", replica Mykhailo Podolyak.', "it", "Mykhailo Podolyak"),
        ("« C'est absurde », a répliqué Mykhaïlo Podoliak.", "fr", "Mykhailo Podolyak"),
        ("« C'est absurde », a lâché Mykhaïlo Podoliak.", "fr", "Mykhailo Podolyak"),
    ],
)
def test_a_wire_speech_verb_after_a_short_quote_names_its_speaker(toolkit, text: str, lang: str, speaker: str) -> None:
    assert speakers(toolkit, text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same verbs in their other senses, near a scare quote: no speaker
        ('As tropas russas avançaram sobre a "zona de segurança" criada por Moscovo.', "pt"),
        ('A polícia notou "movimentos suspeitos" perto do Kremlin.', "pt"),
        ('O exército considerou a "operação especial" um êxito.', "pt"),
        ('Rusia lanzó una "operación militar especial" contra Ucrania.', "es"),
        ('Mosca ha rilanciato l\'"operazione militare speciale" con nuovi attacchi.', "it"),
        ('Il governo ha garantito "massima sicurezza" per la parata.', "it"),
        ("Les drones ont lâché des « charges explosives » sur le dôme.", "fr"),
    ],
)
def test_those_verbs_in_another_sense_give_no_speaker(toolkit, text: str, lang: str) -> None:
    assert not [s for s in speakers(toolkit, text, lang) if s is not None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # after a quote, a weak verb's unnamed subject is no one, not the last name in view
        ("« C'est absurde », lâche un diplomate.", "fr"),
        ("« C'est ridicule », juge un diplomate.", "fr"),
        ('"Es absurdo", lanzó un diplomático europeo.', "es"),
        # the noun after its article stays a noun: not Podolyak through a verb "replica"
        ('"È una farsa", la replica di Podolyak.', "it"),
    ],
)
def test_an_unnamed_or_nominal_cue_gives_no_speaker(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) in ([], [None])


# 2. Italian fused prepositions: the agency told is no speaker ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\"L'Ucraina non ha nulla a che fare con questo\", ha detto all'ANSA un alto funzionario ucraino.",
        '"L\'Ucraina non ha nulla a che fare con questo", ha detto ad ANSA un funzionario ucraino.',
    ],
)
def test_an_agency_after_all_is_told_not_the_speaker(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "it") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after the agency is still the inverted subject; the agency as the subject still speaks
        ("\"L'Ucraina non ha nulla a che fare con questo\", ha detto all'ANSA Mykhailo Podolyak.", "Mykhailo Podolyak"),
        ("\"L'Ucraina non ha nulla a che fare con questo\", ha detto l'ANSA.", "ANSA"),
        ("\"L'Ucraina non ha nulla a che fare con questo\", riferisce l'ANSA.", "ANSA"),
    ],
)
def test_a_name_after_the_agency_told_or_the_agency_as_subject_keeps_its_reading(toolkit, text, speaker) -> None:
    assert speakers(toolkit, text, "it") == [speaker]


# 3. French "a estimé que « … »": a weak verb with its complementiser reports before the quote ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dmitri Peskov a estimé que « les décisions de ce genre sont prises à Washington ».", "Dmitry Peskov"),
        (
            "Interrogé par la presse, Dmitri Peskov a estimé que « les décisions de ce genre sont prises à Washington ».",
            "Dmitry Peskov",
        ),
        ("Dmitri Peskov a jugé que « les décisions de ce genre sont prises à Washington ».", "Dmitry Peskov"),
    ],
)
def test_estimer_que_before_a_quote_names_its_speaker(toolkit, text: str, speaker: str) -> None:
    assert speakers(toolkit, text, "fr") == [speaker]


def test_estimer_with_another_object_names_no_one_for_a_later_quote(toolkit) -> None:
    text = "Dmitri Peskov a estimé que la situation était calme. « J'ai eu peur », a dit un habitant."
    assert speakers(toolkit, text, "fr") == [None]


# 4. a plural speech verb with no subject, then the body it was said in ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"Se trata de un intento de atentado contra el presidente", subrayaron desde el Kremlin.', "es"),
        ('Desde el Kremlin señalaron: "Se trata de un intento de atentado".', "es"),
        ('"Trata-se de uma tentativa de atentado", afirmaram no Kremlin.', "pt"),
        ('No Kremlin, afirmaram: "Trata-se de uma tentativa de atentado".', "pt"),
        ('"Si tratta di un tentato attentato", spiegano dal Cremlino.', "it"),
        ('"Si tratta di un tentato attentato", dicono al Cremlino.', "it"),
    ],
)
def test_a_plural_speech_verb_with_no_subject_gives_the_body_after_it(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == ["Kremlin"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a town after the preposition is where those who spoke were, not who spoke
        ('Los vecinos salieron a la calle. "Fue aterrador", contaron desde Moscú.', "es"),
        ('"Es un montaje", aseguran desde Kiev.', "es"),
        ('"É uma encenação", dizem em Kiev.', "pt"),
        ('"È una messinscena", dicono a Kiev.', "it"),
        # a day or a common noun after the preposition names no body
        ('"Foi assustador", disseram na quarta-feira.', "pt"),
        ('"È stato terribile", raccontano al telefono.', "it"),
        # a plural subject the sentence before named is no body either
        ('Las autoridades rusas hablaron el miércoles. "Es un atentado", subrayaron.', "es"),
    ],
)
def test_a_place_or_no_body_after_the_plural_verb_gives_no_speaker(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == [None]


# 5. French "« … », a-t-elle ajouté": the hyphen's pronoun is no word between a short quote and its verb -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dmitri Peskov s'est adressé aux journalistes. « Poutine va bien », a-t-il dit.", "Dmitry Peskov"),
        (
            "La porte-parole de la diplomatie russe, Maria Zakharova, a évoqué une attaque. « Kiev paiera », a-t-elle "
            "ajouté.",
            "Maria Zakharova",
        ),
    ],
)
def test_a_short_quote_before_an_inverted_auxiliary_and_its_pronoun_is_a_quote(toolkit, text, speaker) -> None:
    assert speakers(toolkit, text, "fr") == [speaker]


def test_a_short_quote_before_an_impersonal_inversion_stays_no_quote(toolkit) -> None:
    # "a-t-on appris": "on" is no pronoun of a speaker; the quoted words stay a title
    assert speakers(toolkit, "Le journal titrait « Kiev paiera », a-t-on appris.", "fr") == []


# 6. a light verb's word after a short quote: "fa sapere", "fait savoir" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"Putin sta bene", fa sapere il Cremlino.', "it", "Kremlin"),
        ('"Putin sta bene", ha fatto sapere Dmitri Peskov.', "it", "Dmitry Peskov"),
        ("« Poutine va bien », fait savoir le Kremlin.", "fr", "Kremlin"),
        ("« Poutine va bien », a fait savoir Dmitri Peskov.", "fr", "Dmitry Peskov"),
    ],
)
def test_a_light_verb_after_a_short_quote_makes_it_a_quote(toolkit, text: str, lang: str, speaker: str) -> None:
    assert speakers(toolkit, text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Il Cremlino vuole "fare sapere" a tutti la verità.', "it"),
        ("Le Kremlin veut « faire savoir » la vérité.", "fr"),
    ],
)
def test_the_light_verb_quoted_itself_stays_no_quote(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == []


# 7. French "juge" (the present of "juger", read as the noun) and Italian "ha reso noto" ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("« C'est ridicule », juge le porte-parole du Conseil de sécurité nationale, John Kirby.", "fr", "John Kirby"),
        (
            "« La Russie cherche un prétexte pour intensifier les frappes », juge le porte-parole de l'armée de l'air "
            "ukrainienne, Iouri Ignat.",
            "fr",
            "Iouri Ignat",
        ),
        ("Mykhaïlo Podoliak juge que « c'est une provocation du Kremlin ».", "fr", "Mykhailo Podolyak"),
        ('"Putin sta bene", ha reso noto il portavoce del Cremlino Dmitri Peskov.', "it", "Dmitry Peskov"),
        ('"Putin sta bene", rende noto il Cremlino.', "it", "Kremlin"),
    ],
)
def test_juge_and_reso_noto_report_a_quote(toolkit, text: str, lang: str, speaker: str) -> None:
    assert speakers(toolkit, text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the judge after his article is a title, not the verb
        ("« C'est un acte terroriste », a dit le juge Pierre Martin.", "fr", ["Pierre Martin"]),
        ('Il Cremlino ha reso noto il "piano di pace" ieri.', "it", []),
    ],
)
def test_the_noun_juge_and_a_scare_quote_after_reso_noto_keep_their_reading(toolkit, text, lang, expected) -> None:
    assert speakers(toolkit, text, lang) == expected
