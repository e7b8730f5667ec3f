"""Dutch: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.cues import Cues

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    byline_words=(
        "de",
        "van",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Dutch"

# Name finding (services/enrich/entities/names.py describes each table).
NAME_ROLES = (
    "president", "premier", "minister", "woordvoerder", "woordvoerster", "burgemeester", "ambassadeur",
    "generaal", "chef", "adviseur", "secretaris", "kanselier", "leider", "directeur", "analist", "meneer",
    "mevrouw",
)  # fmt: skip
NAME_INSTITUTIONS = ("ministerie", "regering", "partij", "bank", "agentschap", "universiteit", "instituut", "rechtbank")
NAME_FUNCTION_WORDS = (
    "de het een in op aan van met voor naar bij door over uit tot om als dat die dit en of maar "
    "niet ook zo er hij zij wij ze men volgens"
)
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter"})
NAME_DAY_WORDS = frozenset({"dag"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
