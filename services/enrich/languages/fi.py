"""Finnish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Finnish articles only ("Venäjä", "Ruotsi", "Saksa").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name), the stem changes
# first. The cases a place is written in (genitive -n; inessive -ssa, elative -sta, illative -Vn; adessive -lla,
# ablative -lta, allative -lle; essive -na, translative -ksi; partitive -a, -ta), in both vowel harmonies: on the
# stem with the gradations nk -> ng, t -> d, k -> none ("Helsingissä": Helsinki, "Lahdessa": Lahti, "Turussa":
# Turku), on the stem in -e of a name in -i ("Suomessa", "Suomen": Suomi) or in -ee of a name in -e
# ("Tampereella", "Tampereen": Tampere), and on the name itself.
PLACE_CASE_ENDINGS = (
    ("ngissa", "nki"), ("ngissä", "nki"), ("ngista", "nki"), ("ngistä", "nki"), ("ngilla", "nki"),
    ("ngillä", "nki"), ("ngilta", "nki"), ("ngiltä", "nki"), ("ngille", "nki"), ("ngiksi", "nki"),
    ("ngin", "nki"),
    ("essa", "i"), ("essä", "i"), ("esta", "i"), ("estä", "i"), ("ella", "i"), ("ellä", "i"), ("elta", "i"),
    ("eltä", "i"), ("elle", "i"), ("eksi", "i"), ("ena", "i"), ("enä", "i"), ("en", "i"), ("een", "i"),
    ("ea", "i"), ("eä", "i"),
    ("dessa", "ti"), ("dessä", "ti"), ("desta", "ti"), ("destä", "ti"), ("della", "ti"), ("dellä", "ti"),
    ("delle", "ti"), ("den", "ti"),
    ("ussa", "ku"), ("usta", "ku"), ("ulla", "ku"), ("ulle", "ku"), ("ulta", "ku"), ("un", "ku"),
    ("essa", ""), ("essä", ""), ("esta", ""), ("estä", ""), ("ella", ""), ("ellä", ""), ("elta", ""),
    ("eltä", ""), ("elle", ""), ("eksi", ""), ("ena", ""), ("enä", ""),
    ("ssa", ""), ("ssä", ""), ("sta", ""), ("stä", ""), ("lla", ""), ("llä", ""), ("lta", ""), ("ltä", ""),
    ("lle", ""), ("ksi", ""), ("na", ""), ("nä", ""), ("n", ""), ("a", ""), ("ä", ""), ("ta", ""), ("tä", ""),
    ("an", ""), ("än", ""), ("en", ""), ("in", ""), ("on", ""), ("ön", ""), ("un", ""), ("yn", ""),
)  # fmt: skip
