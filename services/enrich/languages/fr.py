"""French: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "fr",
    cldr_months("fr", "", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"),
    weekday_forms(r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"),
    {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2},
    ("prochain",),
    future_cues=r"(?<!\w)(?:sera|seront|aura\s+lieu|auront\s+lieu|doit|doivent|devrait|devraient|va|vont|"
    r"prévue?s?|se\s+tiendra|se\s+tiendront|jusqu['’]à)(?!\w)"
    r"|(?<!\w)\w{3,}(?:era|eront|ira|iront)(?!\w)",
    past_cues=r"(?<!\w)(?:derni[eè]re?|passée?|précédente?|avait|avaient|était|étaient|fut|furent|(?:a|ont)\s+(?:été|\w{2,}(?:é|ée|és|ées|is|it)))(?!\w)",
    numbers=number_words("un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
    | {"quinze": 15},
    units={r"jours?": DAY, r"semaines?": WEEK, r"mois": MONTH, r"ans?|années?": YEAR},
    ago=(r"il\s+y\s*a\s+{q}",),
    ahead=(r"dans\s+{q}",),
    later={r"{q}\s+plus\s+tard": 1, r"{q}\s+(?:plus\s+tôt|auparavant)": -1},
    periods={
        r"la\s+semaine\s+(?:dernière|passée)": (WEEK, -1),
        r"cette\s+semaine": (WEEK, 0),
        r"la\s+semaine\s+prochaine": (WEEK, 1),
        r"le\s+mois\s+(?:dernier|passé)": (MONTH, -1),
        r"ce\s+mois-ci": (MONTH, 0),
        r"le\s+mois\s+prochain": (MONTH, 1),
        r"l['’](?:an|année)\s+(?:dernier|dernière|passé|passée)": (YEAR, -1),
        r"cette\s+année": (YEAR, 0),
        r"l['’](?:an|année)\s+prochaine?": (YEAR, 1),
        r"(?:d['’]ici\s+(?:la\s+)?|à\s+la\s+)?fin\s+(?:de\s+l['’]année|d['’]année)": (YEAR, "end"),
    },
    anaphora={
        r"l['’]avant-veille(?!\s+(?:de|du|des|d['’]))": -2,
        r"la\s+veille(?!\s+(?:de|du|des|d['’]))": -1,
        r"le\s+lendemain(?!\s+(?:de|du|des|d['’]))": 1,
        r"le\s+surlendemain(?!\s+(?:de|du|des|d['’]))": 2,
        r"le\s+jour\s+même|le\s+même\s+jour|ce\s+jour-là": 0,
    },
    holidays={
        r"(?:la\s+)?veille\s+de\s+Noël|réveillon\s+de\s+Noël": fixed(12, 24),
        r"(?:le\s+jour\s+de\s+|à\s+)Noël": fixed(12, 25),
        r"(?:le\s+)?jour\s+de\s+l['’]An|(?:le\s+)?Nouvel\s+An": fixed(1, 1),
        r"(?:la\s+)?Saint-Sylvestre": fixed(12, 31),
        r"(?:la\s+)?Toussaint": fixed(11, 1),
        r"(?:le\s+)?lundi\s+de\s+Pâques": easter(1),
        r"(?:le\s+)?[Vv]endredi\s+saint": easter(-2),
        r"(?:le\s+jour\s+de\s+|à\s+)Pâques|(?:le\s+)?dimanche\s+de\s+Pâques": easter(0),
    },
    years=r"(?<!\w)(?:en|depuis|jusqu['’]en|début|fin|mi-)\s*(?P<core>{year})(?![\w%]|[.,]\d)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
