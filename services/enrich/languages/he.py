"""Hebrew: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True

# Names in a script without capital letters (services/enrich/entities/uncased.py describes each table).
SCRIPT = "uncased"
NAME_LOCALES = ("he_IL",)
# One or two letters written onto the next word: "the" ה, "in" ב, "to" ל, "from" מ, "and" ו, "that" ש,
# "like" כ ("ובירושלים", "מהעיר"). Longest first.
_LETTERS = "הבלמושכ"
NAME_PREFIXES = tuple(
    sorted({(a + b, "") for a in _LETTERS for b in ("", *_LETTERS) if a != b}, key=lambda pair: -len(pair[0]))
)
NAME_SUFFIXES: tuple[tuple[str, str], ...] = ()
NAME_TITLES_BEFORE = (
    "ראש הממשלה", "נשיא", "הנשיא", "נשיא המדינה", "שר", "שרת", "השר", "השרה", "שר החוץ", "שר הביטחון",
    "דובר", "דוברת", "ח\"כ", "ח״כ", "ד\"ר", "ד״ר", "פרופ'", "פרופסור", "מר", "גב'", "הרב", "אלוף", "תא\"ל",
    "רב-אלוף", "השגריר", "שגריר", "ראש העיר", "יו\"ר", "יו״ר", "מנכ\"ל", "מנכ״ל", "השופט", "השופטת",
    "הזמר", "הזמרת", "השחקן", "השחקנית", "המאמן",
)  # fmt: skip
# Speech verbs (past): Hebrew often puts the verb before its subject ("אמר נתניהו").
NAME_SPEECH_PHRASES = ("אמר", "אמרה", "הוסיף", "הוסיפה", "מסר", "מסרה", "ציין", "ציינה", "הודיע", "הודיעה")
NAME_JOINERS = ("בן", "בת", "אבו", "אבן")
# The most words of a name: a word after two is more often the next word of the sentence, a prefix written on.
NAME_MOST_WORDS = 2
# "And" written onto the next word: a word so opened (not a known name) starts the next clause, not a name.
NAME_CONJUNCTIONS = ("ו",)
# Places: words before a place that say it is one (the city of, the state of, the area of); "in", "from", "to"
# are written on (ב מ ל) and read off as prefixes.
NAME_PLACE_NOUNS = ("העיר", "עיר", "מדינת", "אזור", "בירת", "כפר")
# Short names of countries CLDR does not give as their names (geo.py): the USA, America, Britain.
COUNTRY_SHORT = {'ארה"ב': "US", "ארה״ב": "US", "אמריקה": "US", "בריטניה": "GB"}
