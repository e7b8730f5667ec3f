"""English speakers named by a description or a pronoun (round s23, issue 11): "the duchess said", "said the
actor", "he said" after "her son, filmmaker X", a person the recogniser read as an organisation, a participle's
subject after an opening subordinate clause. Each line is written for its test."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers
from wirestream.contracts import Entity, Mention
from wirestream.services.enrich.entities.quotes import attribute


def _mentions(text: str, form: str, skip_inside: str = "") -> list[Mention]:
    out, start = [], 0
    while (i := text.find(form, start)) >= 0:
        start = i + 1
        if skip_inside and any(
            j <= i < j + len(skip_inside) for j in range(len(text)) if text.startswith(skip_inside, j)
        ):
            continue
        out.append(Mention(text=form, start=i, end=i + len(form)))
    return out


def _rules(text: str, entities: list[Entity]) -> list[str | None]:
    _, results = attribute(text, entities, "en")
    return [speaker.name if speaker else None for _, speaker, _ in results]


# --- a person the recogniser read as an organisation ------------------------------------------------------


def test_a_full_name_read_as_an_organisation_is_the_person_of_that_surname():
    text = (
        "Her son, director Charlie Walcott, also remembers the night.\n\n"
        "“All of a sudden the whole house was full of music,” Walcott laughed.\n\n"
        "Doctors later told the family that such cases are rare. “Nobody expected her to play again,” Walcott said."
    )
    entities = [
        Entity(name="Charlie Walcott", label="ORG", count=1, mentions=_mentions(text, "Charlie Walcott")),
        Entity(name="Walcott", label="PERSON", count=2, mentions=_mentions(text, "Walcott", "Charlie Walcott")),
    ]
    assert _rules(text, entities) == ["Charlie Walcott", "Charlie Walcott"]


def test_a_company_of_two_words_stays_a_company_without_a_person_of_that_surname():
    text = "“We will keep the plant open through the winter,” Morgan Stanley said in a note on Monday."
    entities = [Entity(name="Morgan Stanley", label="ORG", count=1, mentions=_mentions(text, "Morgan Stanley"))]
    assert _rules(text, entities) == ["Morgan Stanley"]


def test_a_body_opening_with_a_function_word_faker_lists_as_a_name_stays_a_body():
    # "Al" is a given name in Faker's lists but a name particle (the Arabic article of "Al Hilal"): names.given_name
    # leaves it out, so the club is not taken for the player of the surname the article also names
    text = (
        "Ahmed Hilal scored twice on Friday.\n\n"
        "“We will not sell any of our players this winter,” Al Hilal said in a statement on Monday."
    )
    entities = [
        Entity(name="Ahmed Hilal", label="PERSON", count=1, mentions=_mentions(text, "Ahmed Hilal")),
        Entity(name="Al Hilal", label="ORG", count=1, mentions=_mentions(text, "Al Hilal")),
    ]
    assert _rules(text, entities) == ["Al Hilal"]


# --- a title phrase apposed to the name that follows it -----------------------------------------------------


def test_a_relative_apposed_to_a_name_makes_the_name_the_subject_and_gives_its_gender():
    text = (
        "Oscar-winning actress Mary Holloway lost her hearing in 2007.\n\n"
        "Holloway’s son, filmmaker Charlie Walcott, also remembers it as a trying time. “If your mom comes to you "
        "after surgery and says her head is full of music, you worry,” he said.\n\n"
        "“I had been somebody who really liked music,” she said."
    )
    assert rules_speakers(text, Mary_Holloway="PERSON", Charlie_Walcott="PERSON") == [
        "Charlie Walcott",
        "Mary Holloway",
    ]


# --- "the duchess", "said the actor": a description of someone the article named ---------------------------------


def test_the_duchess_is_the_person_named_with_that_title_before():
    text = (
        "Prince Harry and Meghan, Duchess of Sussex, spoke to a talk show host on Sunday.\n\n"
        "The duchess also revealed that she reached out to a friend. “I didn't know who to even turn to in that,” "
        "she told the host."
    )
    assert rules_speakers(text, Prince_Harry="PERSON", Meghan="PERSON") == ["Meghan"]


def test_the_former_mayor_is_the_person_the_article_is_about():
    text = (
        "Michael Bloomberg spent heavily in the primaries. Bloomberg entered late. Critics of Bloomberg were loud.\n\n"
        "Jane Porter, an adviser, was unimpressed.\n\n"
        "Bloomberg later spoke in Colorado, where the former mayor argued that “most violent crime is committed by "
        "young men of colour.”"
    )
    assert rules_speakers(text, Michael_Bloomberg="PERSON", Jane_Porter="PERSON") == ["Michael Bloomberg"]


def test_a_description_with_two_people_equally_in_the_story_has_no_speaker():
    text = (
        "Michael Bloomberg and Tom Steyer both spent heavily. Bloomberg entered late; Steyer entered early.\n\n"
        "In Colorado, the former mayor argued that “most violent crime is committed by young men of colour.”"
    )
    assert rules_speakers(text, Michael_Bloomberg="PERSON", Tom_Steyer="PERSON") == [None]


def test_a_description_whose_gender_does_not_fit_the_person_named_so_has_no_speaker():
    text = (
        "Actor James Dalton was eliminated on Monday. Dalton thanked the fans. Dalton left the stage.\n\n"
        "“It was the hardest week of my life, and I will not forget it,” said the actress."
    )
    assert rules_speakers(text, James_Dalton="PERSON") == [None]


# --- a participle after a subordinate clause: the main clause's subject -------------------------------------------


def test_a_participle_after_an_opening_subordinate_clause_is_the_main_subjects():
    text = (
        "“That conversation, I am never going to share,” Prince Harry added.\n\n"
        "When Mary Winfrey asked if he could share the questions, he declined, saying “I'm not comfortable with that.”"
    )
    assert rules_speakers(text, Prince_Harry="PERSON", Mary_Winfrey="PERSON")[1] == "Prince Harry"


# --- an organisation that only qualifies a person's role -----------------------------------------------------------


def test_an_organisation_before_a_role_and_a_name_is_no_subject_the_person_is():
    text = (
        "April is a hard month for forecasts, but Weatherline lead hurricane forecaster Dan Okafor is sure of his.\n\n"
        "“It’s going to be a busy season, no doubt, especially in August,” he said."
    )
    assert rules_speakers(text, Weatherline="ORG", Dan_Okafor="PERSON") == ["Dan Okafor"]


def test_an_organisation_that_hired_a_person_stays_the_subject():
    text = (
        "Weatherline hired Dan Okafor last spring, and the company is sure of its forecast.\n\n"
        "“It’s going to be a busy season, no doubt, especially in August,” it said."
    )
    assert rules_speakers(text, Weatherline="ORG", Dan_Okafor="PERSON") == ["Weatherline"]
