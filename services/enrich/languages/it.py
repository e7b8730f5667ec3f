"""Italian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "it",
    cldr_months("it"),
    weekday_forms(r"luned[ìi]", r"marted[ìi]", r"mercoled[ìi]", r"gioved[ìi]", r"venerd[ìi]", r"sabato", r"domenica"),
    {
        "l'altro ieri": -2,
        "l’altro ieri": -2,
        "ieri": -1,
        "oggi": 0,
        "domani": 1,
        "stanotte": 0,
        "dopodomani": 2,
    },
    ("prossim",),
    future_cues=r"(?<!\w)(?:sarà|saranno|si\s+terrà|si\s+terranno|dovrà|dovranno|dovrebbe|previst[oaie]|"
    r"andrà|fino\s+a)(?!\w)"
    r"|(?<!\w)\w{3,}(?:erà|irà|eranno|iranno)(?!\w)",
    past_cues=r"(?<!\w)(?:scors[oa]|passat[oa]|precedente|aveva|avevano|era|erano|fu|(?:ha|hanno|è|sono)\s+(?:stat[oaie]|\w{2,}(?:ato|uto|ito|ata|uta|ita)))(?!\w)",
    numbers=number_words("un|uno|una|un'", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci")
    | {"quindici": 15},
    units={r"giorn[oi]": DAY, r"settiman[ae]": WEEK, r"mes[ei]": MONTH, r"ann[oi]": YEAR},
    ago=(r"{q}\s+fa",),
    ahead=(r"(?:tra|fra)\s+{q}",),
    later={r"{q}\s+(?:dopo|più\s+tardi)" + END: 1, r"{q}\s+prima" + END: -1},
    periods={
        r"la\s+settimana\s+scorsa|la\s+scorsa\s+settimana": (WEEK, -1),
        r"questa\s+settimana": (WEEK, 0),
        r"la\s+prossima\s+settimana|la\s+settimana\s+prossima": (WEEK, 1),
        r"il\s+mese\s+scorso|lo\s+scorso\s+mese": (MONTH, -1),
        r"questo\s+mese": (MONTH, 0),
        r"il\s+prossimo\s+mese|il\s+mese\s+prossimo": (MONTH, 1),
        r"l['’]anno\s+scorso|lo\s+scorso\s+anno": (YEAR, -1),
        r"quest['’]anno": (YEAR, 0),
        r"il\s+prossimo\s+anno|l['’]anno\s+prossimo": (YEAR, 1),
    },
    anaphora={
        r"il\s+giorno\s+(?:prima|precedente)(?!\s+(?:di|del|della|dell['’]))": -1,
        r"la\s+vigilia(?!\s+(?:di|del|della|dell['’]))": -1,
        r"il\s+giorno\s+(?:dopo|seguente|successivo)(?!\s+(?:il|la|lo|l['’]|di|del|della))": 1,
        r"l['’]indomani(?!\s+(?:di|del|della|dell['’]))": 1,
        r"lo\s+stesso\s+giorno": 0,
    },
    holidays={
        r"(?:la\s+)?[Vv]igilia\s+di\s+Natale": fixed(12, 24),
        r"\ba\s+Natale|(?:il\s+)?giorno\s+di\s+Natale": fixed(12, 25),
        r"Capodanno": fixed(1, 1),
        r"San\s+Silvestro": fixed(12, 31),
        r"(?:la\s+)?Festa\s+della\s+Liberazione": fixed(4, 25),
        r"(?:la\s+)?Festa\s+della\s+Repubblica": fixed(6, 2),
        r"(?:il\s+)?Giorno\s+della\s+Vittoria": fixed(5, 9),
        r"Venerd[ìi]\s+Santo": easter(-2),
        r"Pasquetta|[Ll]uned[ìi]\s+dell['’]Angelo": easter(1),
        r"\ba\s+Pasqua|(?:la\s+)?domenica\s+di\s+Pasqua": easter(0),
    },
    years=r"(?<!\w)(?:nel|dal|entro\s+il|fino\s+al)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
