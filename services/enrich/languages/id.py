"""Indonesian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "id",
    cldr_months("id", "jan", "feb", "mar", "apr", "", "jun", "jul", "agu|agt", "sep", "okt", "nov", "des"),
    weekday_forms(
        r"senin",
        r"selasa",
        r"rabu",
        r"kamis",
        r"jum['’]?at",
        r"sabtu",
        r"minggu(?!\s+(?:lalu|depan|ini|ke|pertama|kedua|terakhir))",
    ),
    {"kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2},
    ("depan",),
    future_cues=r"(?<!\w)(?:akan|direncanakan|dijadwalkan|rencananya|hingga)(?!\w)",
    past_cues=r"(?<!\w)(?:lalu|kemarin)(?!\w)",
    numbers=number_words("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"),
    units={r"hari": DAY, r"minggu|pekan": WEEK, r"bulan|bln": MONTH, r"tahun|thn": YEAR},
    one_unit={r"sehari": DAY, r"seminggu|sepekan": WEEK, r"sebulan": MONTH, r"setahun": YEAR},
    ago=(r"{q}\s+(?:yang\s+)?lalu",),
    ahead=(r"dalam\s+{q}\s+(?:ke\s+depan|mendatang)", r"{q}\s+(?:ke\s+depan|mendatang)"),
    later={r"{q}\s+kemudian": 1, r"{q}\s+sebelumnya": -1},
    periods={
        r"(?:minggu|pekan)\s+lalu": (WEEK, -1),
        r"(?:minggu|pekan)\s+ini": (WEEK, 0),
        r"(?:minggu|pekan)\s+depan": (WEEK, 1),
        r"bulan\s+lalu": (MONTH, -1),
        r"bulan\s+ini": (MONTH, 0),
        r"bulan\s+depan": (MONTH, 1),
        r"tahun\s+lalu": (YEAR, -1),
        r"tahun\s+ini": (YEAR, 0),
        r"tahun\s+depan": (YEAR, 1),
    },
    anaphora={
        r"sehari\s+sebelumnya": -1,
        r"keesokan\s+harinya|hari\s+berikutnya": 1,
        r"(?:pada\s+)?hari\s+yang\s+sama": 0,
    },
    holidays={
        r"Hari\s+Kemerdekaan": fixed(8, 17),
        r"\b[Hh]ari\s+Natal": fixed(12, 25),
        r"\b[Mm]alam\s+Tahun\s+Baru": fixed(12, 31),
        r"Jumat\s+Agung": easter(-2),
        r"\b[Hh]ari\s+Paskah": easter(0),
    },
    years=r"(?<!\w)(?:pada|sejak|tahun)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
)
