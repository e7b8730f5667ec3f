"""Hebrew: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

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
# Speech verbs (past): Hebrew often puts the verb before its subject ("אמר נתניהו"); and "לדברי" (in the words
# of), a name right after it too.
NAME_SPEECH_PHRASES = ("אמר", "אמרה", "הוסיף", "הוסיפה", "מסר", "מסרה", "ציין", "ציינה", "הודיע", "הודיעה", "לדברי")
NAME_JOINERS = ("בן", "בת", "אבו", "אבן")
# The most words of a name: a word after two is more often the next word of the sentence, a prefix written on.
NAME_MOST_WORDS = 2
# A title in the construct state governs a noun with the article ("יו"ר הדומה", "דובר הקרמלין"): that noun is the
# title's, and the name comes after it.
NAME_TITLE_COMPLEMENT = "ה"
# An adjective after a title, before the name ("שר החוץ הטורקי מבלוט צ'בושאולו"): the article, then a relational
# ending (masculine, feminine), the whole word.
NAME_ADJECTIVE = r"^ה.{2,}(?:י|ית)$"
# "And" written onto the next word: a word so opened (not a known name) starts the next clause, not a name.
NAME_CONJUNCTIONS = ("ו",)
# Places: words before a place that say it is one (the city of, the state of, the area of); "in", "from", "to"
# are written on (ב מ ל) and read off as prefixes.
NAME_PLACE_NOUNS = ("העיר", "עיר", "מדינת", "אזור", "בירת", "כפר")
# Short names of countries CLDR does not give as their names (geo.py): the USA, America, Britain.
COUNTRY_SHORT = {'ארה"ב': "US", "ארה״ב": "US", "אמריקה": "US", "בריטניה": "GB"}

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Hebrew has no lemmatiser here:
# verbs are listed as written (past, masculine and feminine, and the present); "and" (ו) written onto a verb or a
# title is read off ("ואמר"). The verb often comes before its subject ("אמר דובר הקרמלין דמיטרי פסקוב").
QUOTES: dict[str, Any] = {
    "verbs": {
        "אמר", "אמרה", "אומר", "אומרת", "הוסיף", "הוסיפה", "מסר", "מסרה", "ציין", "ציינה", "הודיע", "הודיעה",
        "הבהיר", "הבהירה", "הדגיש", "הדגישה", "טען", "טענה", "כתב", "כתבה", "הצהיר", "הצהירה", "סיפר", "סיפרה",
        "השיב", "השיבה", "הגיב", "הגיבה", "הזהיר", "הזהירה", "הסביר", "הסבירה", "התריע", "התריעה",
        "נמסר", "נאמר",
    },
    # "נמסר מהקרמלין: …" (it was reported from the Kremlin), "נאמר בהודעה" (it was said in the statement): the
    # passive has no subject; the body named after it speaks, no person
    "impersonal_verbs": {"נמסר", "נאמר"},
    "forms": set(),
    # "כתב" writes, "סיפר" tells: a speech verb only with a quote near
    "weak": {"כתב", "כתבה", "סיפר", "סיפרה"},
    "framing": set(),
    "addressee": set(),
    "cues": ["לדברי", "לפי", "על פי"],
    "cues_after": [],
    "pronouns": {"הוא": "m", "היא": "f", "הם": "p", "הן": "p"},
    "relative": set(),
    "honorifics": {"מר": "m", "גב'": "f"},
    "titles": {
        "דובר": None, "דוברת": "f", "הדובר": None, "הדוברת": "f", "נשיא": None, "הנשיא": None, "נשיאת": "f",
        "שר": None, "השר": None, "שרת": "f", "השרה": "f", "יועץ": None, "היועץ": None, "יועצת": "f", "ראש": None,
        "שגריר": None, "השגריר": None, "מזכיר": None, "מזכירת": "f", "יו\"ר": None, "יו״ר": None,
        # the plural's construct state ("דוברי הקרמלין": the Kremlin's spokesmen): a group, no one person
        "דוברי": "p",
    },
    "title_suffixes": [],
    "institutions": {"משרד", "ממשלת", "הממשלה", "המשטרה", "משטרת", "צבא", "הצבא", "לשכת", "מועצת", "המועצה"},
    "skip": set(),
    "prepositions": {"על", "עם", "את", "אל", "של", "אצל", "נגד", "בין", "מול"},
    "abbreviations": set(),
    "pro_drop": True,
    "verb_final": False,
    # the past tense's feminine ending ("אמרה", "הוסיפה")
    "verb_gender": [("ה", "f")],
    "proclitics": ["ו"],
    # "אמר כי …": what follows is what was said
    "complementisers": {"כי"},
    # the article opening the noun a title in the construct state governs ("יו"ר הדומה", "דובר הקרמלין")
    "title_complement": {"ה"},
    "spokesperson": {"דובר", "דוברת", "הדובר", "הדוברת"},
    "conjunctions": {"ו"},
}  # fmt: skip
