"""German: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "de",
    cldr_months("de", "jänner|jan", "feb", "maerz", "apr", "", "", "", "aug", "sept|sep", "okt", "nov", "dez"),
    weekday_forms(r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag|sonnabend", r"sonntag"),
    {"vorgestern": -2, "gestern": -1, "heute": 0, "übermorgen": 2},
    ("kommend", "nächst", "naechst"),
    night_before=r"in\s+der\s+nacht\s+(?:zum|zu|auf\s+den)",
    future_cues=r"(?<!\w)(?:wird|werden|soll|sollen|will|wollen|geplant|plant|planen|bevorstehend\w*|"
    r"bis\s+zum|bis)(?!\w)",
    past_cues=r"(?<!\w)(?:vergangenen?|letzten?|vorigen?|hatte|hatten|war|waren|wurde|wurden|sagte|erklärte)(?!\w)",
    numbers=number_words(
        "ein|eine|einer|einem|einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"
    ),
    units={r"tag(?:e|en)?": DAY, r"wochen?": WEEK, r"monat(?:e|en)?": MONTH, r"jahr(?:e|en)?": YEAR},
    ago=(r"vor\s+{q}",),
    ahead=(r"in\s+{q}",),
    later={r"{q}\s+(?:später|danach|darauf)": 1, r"{q}\s+(?:früher|zuvor|vorher)": -1},
    periods={
        r"(?:in\s+der\s+)?(?:vergangenen?|letzten?|vorigen?)\s+woche": (WEEK, -1),
        r"(?:diese|in\s+dieser)\s+woche": (WEEK, 0),
        r"(?:in\s+der\s+)?(?:nächsten?|kommenden?)\s+woche": (WEEK, 1),
        r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+monat": (MONTH, -1),
        r"(?:diesen|in\s+diesem)\s+monat": (MONTH, 0),
        r"(?:im\s+)?(?:nächsten|kommenden)\s+monat": (MONTH, 1),
        r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+jahr|(?:vergangenes|letztes|voriges)\s+jahr|im\s+vorjahr": (
            YEAR,
            -1,
        ),
        r"(?:dieses|in\s+diesem)\s+jahr": (YEAR, 0),
        r"(?:im\s+)?(?:nächsten|kommenden)\s+jahr|(?:nächstes|kommendes)\s+jahr": (YEAR, 1),
        r"(?:bis\s+)?(?:zum\s+)?(?:jahresende|ende\s+des\s+jahres)": (YEAR, "end"),
    },
    anaphora={
        r"am\s+vortag|tags\s+zuvor|einen\s+tag\s+(?:zuvor|vorher|früher)": -1,
        r"am\s+(?:nächsten|folgenden)\s+(?:tag|morgen)|am\s+folgetag|tags\s+darauf|einen\s+tag\s+später": 1,
        r"am\s+(?:selben|gleichen)\s+tag": 0,
    },
    holidays={
        r"Heiligabend|Heiligen\s+Abend": fixed(12, 24),
        r"(?:(?:ersten?|1\.)\s+)?Weihnachts(?:feier)?tag|\b(?:an|zu)\s+Weihnachten": fixed(12, 25),
        r"Silvester": fixed(12, 31),
        r"Neujahr(?:stag)?": fixed(1, 1),
        r"Tag\s+der\s+(?:Deutschen\s+)?Einheit": fixed(10, 3),
        r"Tag\s+der\s+Befreiung": fixed(5, 8),
        r"Tag\s+des\s+Sieges|Siegestag": fixed(5, 9),
        r"Karfreitag": easter(-2),
        r"Ostermontag": easter(1),
        r"Ostersonntag|\b(?:an|zu)\s+Ostern": easter(0),
        r"Pfingstsonntag": easter(49),
        r"Pfingstmontag": easter(50),
    },
    years=r"(?<!\w)(?:im\s+jahre?|seit|bis|anfang|ende|mitte)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
)
