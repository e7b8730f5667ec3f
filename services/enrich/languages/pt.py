"""Portuguese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "pt",
    cldr_months("pt", "", "", "marco"),
    weekday_forms(
        r"segunda-feira",
        r"terça-feira",
        r"quarta-feira",
        r"quinta-feira",
        r"sexta-feira",
        r"sábado",
        r"domingo",
    ),
    {"anteontem": -2, "ontem": -1, "hoje": 0, "amanhã": 1, "depois de amanhã": 2},
    ("próxim",),
    future_cues=r"(?<!\w)(?:será|serão|vai|vão|deve|deverá|deverão|previst[oa]s?|terá|terão|acontecerá|"
    r"até)(?!\w)"
    r"|(?<!\w)\w{3,}(?:ará|erá|irá|arão|erão|irão)(?!\w)",
    past_cues=r"(?<!\w)(?:passad[oa]|anterior|havia|foi|foram|disse|\w{3,}(?:ou|aram|eram|iram))(?!\w)",
    numbers=number_words("um|uma", "dois|duas", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez")
    | {"quinze": 15},
    units={r"dias?": DAY, r"semanas?": WEEK, r"m[êe]s|meses": MONTH, r"anos?": YEAR},
    ago=(r"h[áa]\s+{q}", r"{q}\s+atrás"),
    ahead=(r"dentro\s+de\s+{q}", r"daqui\s+a\s+{q}"),
    later={r"{q}\s+(?:depois|mais\s+tarde)": 1, r"{q}\s+antes" + END: -1},
    periods={
        r"(?:na\s+|a\s+)?semana\s+passada": (WEEK, -1),
        r"(?:n?esta)\s+semana": (WEEK, 0),
        r"(?:na\s+)?próxima\s+semana": (WEEK, 1),
        r"(?:no\s+|o\s+)?mês\s+passado": (MONTH, -1),
        r"(?:n?este)\s+mês": (MONTH, 0),
        r"(?:no\s+)?próximo\s+mês": (MONTH, 1),
        r"(?:no\s+|o\s+)?ano\s+passado": (YEAR, -1),
        r"(?:n?este)\s+ano": (YEAR, 0),
        r"(?:no\s+)?próximo\s+ano": (YEAR, 1),
    },
    anaphora={
        r"na\s+véspera(?!\s+(?:de|da|do|dos|das)\b)": -1,
        r"no\s+dia\s+anterior": -1,
        r"no\s+dia\s+seguinte": 1,
        r"no\s+mesmo\s+dia": 0,
    },
    holidays={
        r"[Vv]éspera\s+de\s+Natal": fixed(12, 24),
        r"\b(?:no|do|dia\s+de)\s+Natal": fixed(12, 25),
        r"\b(?:no|dia\s+de)\s+Ano\s+Novo": fixed(1, 1),
        r"Dia\s+da\s+Vitória": fixed(5, 9),
        r"Sexta-feira\s+Santa": easter(-2),
        r"\b(?:na|[Dd]omingo\s+de)\s+Páscoa": easter(0),
    },
    years=r"(?<!\w)(?:em|desde|até)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
