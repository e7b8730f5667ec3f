"""Turkish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "tr",
    cldr_months("tr"),
    weekday_forms(r"pazartesi", r"salı", r"çarşamba", r"perşembe", r"cuma(?!rtesi)", r"cumartesi", r"pazar(?!tesi)"),
    {"dün": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2, "öbür gün": 2},
    ("gelecek", "önümüzdeki"),
    year_words=r"(?:\s*yılı)?",
    future_cues=r"(?<!\w)(?:\w+(?:ecek|acak)\w*|planlan\w+|bekleniyor)(?!\w)",
    past_cues=r"(?<!\w)(?:geçen|geçtiğimiz)(?!\w)",
    numbers=number_words("bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on") | {"on beş": 15},
    units={r"gün": DAY, r"hafta": WEEK, r"ay": MONTH, r"yıl|sene": YEAR},
    ago=(r"{q}\s+önce",),
    ahead=(r"{q}\s+(?:içinde|içerisinde)",),
    later={r"{q}\s+sonra": 1},
    periods={
        r"geçen\s+hafta\w*": (WEEK, -1),
        r"bu\s+hafta\w*": (WEEK, 0),
        r"(?:gelecek|önümüzdeki)\s+hafta\w*|haftaya": (WEEK, 1),
        r"geçen\s+ay\w*": (MONTH, -1),
        r"bu\s+ay\w*": (MONTH, 0),
        r"(?:gelecek|önümüzdeki)\s+ay\w*": (MONTH, 1),
        r"geçen\s+(?:yıl|sene)\w*": (YEAR, -1),
        r"bu\s+(?:yıl|sene)\w*": (YEAR, 0),
        r"(?:gelecek|önümüzdeki)\s+(?:yıl|sene)\w*": (YEAR, 1),
    },
    anaphora={r"ertesi\s+gün\w*": 1, r"aynı\s+gün\w*": 0},
    holidays={
        r"Zafer\s+Bayram\w*": fixed(8, 30),
        r"Cumhuriyet\s+Bayram\w*": fixed(10, 29),
        r"Yılbaşı\s+gecesi\w*": fixed(12, 31),
        r"Noel\w*": fixed(12, 25),
        r"Paskalya\w*": easter(0),
    },
    years=r"(?<![\d.])(?P<core>{year})(?:\s*(?:yılı\w*|senesi\w*)|['’](?:de|da|te|ta|den|dan|ten|tan)\b)",
)
