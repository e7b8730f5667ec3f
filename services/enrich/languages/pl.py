"""Polish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.calendar import (
    DAY,
    MONTH,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    easter,
    fixed,
    number_words,
    weekday_forms,
)

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "pl",
    cldr_months("pl"),
    weekday_forms(
        r"poniedziałek|poniedziałku",
        r"wtorek|wtorku",
        r"środ[aęy]",
        r"czwartek|czwartku",
        r"piąt(?:ek|ku)",
        r"sobot[aęy]",
        r"niedziel[aęi]",
    ),
    {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2},
    ("przyszł", "następn"),
    night_before=r"w\s+nocy\s+z\s+\w+\s+na",
    future_cues=r"(?<!\w)(?:będzie|będą|odbędzie\s+się|odbędą\s+się|ma\s+się|mają\s+się|planuje\w*|"
    r"zaplanowan\w*|do)(?!\w)",
    past_cues=r"(?<!\w)(?:zeszł\w+|ubiegł\w+|ostatni\w*)(?!\w)",
    numbers=number_words(
        "jeden|jedną|jednego",
        "dwa|dwie|dwóch",
        "trzy",
        "cztery",
        "pięć",
        "sześć",
        "siedem",
        "osiem",
        "dziewięć",
        "dziesięć",
    ),
    units={
        r"dzień|dni|dnia": DAY,
        r"tydzień|tygodni(?:e|a)?": WEEK,
        r"miesiąc(?:e|a)?|miesięcy": MONTH,
        r"rok(?:u)?|lata|lat": YEAR,
    },
    one_unit={r"tydzień": WEEK, r"miesiąc": MONTH, r"rok": YEAR},
    ago=(r"{q}\s+temu",),
    ahead=(r"za\s+{q}",),
    later={r"{q}\s+później": 1, r"{q}\s+wcześniej": -1},
    periods={
        r"w\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\s+tygodniu": (WEEK, -1),
        r"w\s+tym\s+tygodniu": (WEEK, 0),
        r"w\s+(?:przyszłym|następnym)\s+tygodniu": (WEEK, 1),
        r"w\s+(?:zeszłym|ubiegłym|minionym)\s+miesiącu": (MONTH, -1),
        r"w\s+tym\s+miesiącu": (MONTH, 0),
        r"w\s+(?:przyszłym|następnym)\s+miesiącu": (MONTH, 1),
        r"w\s+(?:zeszłym|ubiegłym|minionym)\s+roku": (YEAR, -1),
        r"w\s+tym\s+roku": (YEAR, 0),
        r"w\s+(?:przyszłym|następnym)\s+roku": (YEAR, 1),
    },
    anaphora={
        r"dzień\s+wcześniej|poprzedniego\s+dnia|dzień\s+przed\s+tym": -1,
        r"dzień\s+później|następnego\s+dnia|nazajutrz": 1,
        r"tego\s+samego\s+dnia": 0,
    },
    holidays={
        r"Wigili[aięą]": fixed(12, 24),
        r"Boże(?:go)?\s+Narodzeni[ae]": fixed(12, 25),
        r"Nowy\s+Rok|Nowego\s+Roku": fixed(1, 1),
        r"Sylwester\w*": fixed(12, 31),
        r"Dzie[ńn]\s+Zwycięstwa|Dnia\s+Zwycięstwa": fixed(5, 9),
        r"Święt\w+\s+Niepodległości": fixed(11, 11),
        r"Wielk\w+\s+Piąt\w+": easter(-2),
        r"Wielkanoc\w*": easter(0),
    },
    years=r"(?<![\d.])(?P<core>{year})\s*(?:roku|r\.)(?!\w)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
