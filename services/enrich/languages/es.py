"""Spanish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.calendar import (
    DAY,
    END,
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
    "es",
    cldr_months(
        "es", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre|sept|sep", "oct", "nov", "dic"
    ),
    weekday_forms(r"lunes", r"martes", r"mi[ée]rcoles", r"jueves", r"viernes", r"s[áa]bado", r"domingo"),
    {"anteayer": -2, "anoche": -1, "ayer": -1, "hoy": 0, "pasado mañana": 2},
    ("próximo", "proximo", "que viene"),
    future_cues=r"(?<!\w)(?:será|serán|va\s+a|van\s+a|tendrá|tendrán|prevé|previst[oa]s?|está\s+previsto|"
    r"deberá|deberán|celebrará|se\s+celebrará|hasta)(?!\w)"
    r"|(?<!\w)\w{3,}(?:ará|erá|irá|arán|erán|irán)(?!\w)",
    past_cues=r"(?<!\w)(?:pasad[oa]|anterior|había|habían|fue|fueron|dijo|(?:ha|han)\s+\w{2,}(?:ado|ido)|\w{3,}(?:ó|aron|ieron))(?!\w)",
    numbers=number_words("un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
    | {"quince": 15},
    units={r"d[íi]as?": DAY, r"semanas?": WEEK, r"mes(?:es)?": MONTH, r"años?": YEAR},
    ago=(r"hace\s+{q}",),
    ahead=(r"dentro\s+de\s+{q}",),
    later={r"{q}\s+(?:después|más\s+tarde)": 1, r"{q}\s+antes" + END: -1},
    periods={
        r"la\s+semana\s+pasada": (WEEK, -1),
        r"esta\s+semana": (WEEK, 0),
        r"la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:que\s+viene|próxima)": (WEEK, 1),
        r"el\s+mes\s+pasado": (MONTH, -1),
        r"este\s+mes": (MONTH, 0),
        r"el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+que\s+viene": (MONTH, 1),
        r"el\s+año\s+pasado": (YEAR, -1),
        r"este\s+año": (YEAR, 0),
        r"el\s+(?:próximo|proximo)\s+año|el\s+año\s+que\s+viene": (YEAR, 1),
        r"(?:a\s+)?finales\s+de\s+(?:este\s+)?año": (YEAR, "end"),
    },
    anaphora={
        r"la\s+víspera(?!\s+(?:de|del)\b)": -1,
        r"el\s+día\s+(?:anterior|antes)": -1,
        r"un\s+día\s+antes" + END: -1,
        r"al\s+día\s+siguiente|el\s+día\s+(?:siguiente|después)": 1,
        r"el\s+mismo\s+día|ese\s+mismo\s+día": 0,
    },
    holidays={
        r"Nochebuena": fixed(12, 24),
        r"(?:el\s+día\s+de\s+)?Navidad(?!es)": fixed(12, 25),
        r"Nochevieja": fixed(12, 31),
        r"(?:el\s+día\s+de\s+)?Año\s+Nuevo": fixed(1, 1),
        r"D[íi]a\s+de\s+la\s+Victoria": fixed(5, 9),
        r"Viernes\s+Santo": easter(-2),
        r"Domingo\s+de\s+(?:Pascua|Resurrección)": easter(0),
    },
    years=r"(?<!\w)(?:en|desde|hasta|a\s+finales\s+de|a\s+principios\s+de)\s+(?:el\s+)?(?P<core>{year})(?![\w%]|[.,]\d)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
