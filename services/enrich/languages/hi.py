"""Hindi: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True

# Names in a script without capital letters (services/enrich/entities/uncased.py describes each table).
SCRIPT = "uncased"
NAME_LOCALES = ("hi_IN",)
# Hindi writes its postpositions as words of their own (दिल्ली में, मोदी ने): nothing is read off a word.
NAME_PREFIXES: tuple[tuple[str, str], ...] = ()
NAME_SUFFIXES: tuple[tuple[str, str], ...] = ()
NAME_TITLES_BEFORE = (
    "प्रधानमंत्री", "राष्ट्रपति", "उपराष्ट्रपति", "मुख्यमंत्री", "उपमुख्यमंत्री", "मंत्री", "केंद्रीय मंत्री",
    "गृहमंत्री", "गृह मंत्री", "विदेश मंत्री", "रक्षा मंत्री", "राज्यपाल", "सांसद", "विधायक", "अध्यक्ष",
    "प्रवक्ता", "श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "डॉक्टर", "प्रोफेसर", "जिलाधिकारी", "महापौर", "मेयर",
    "न्यायाधीश", "जज", "कप्तान", "कोच", "अभिनेता", "अभिनेत्री", "निदेशक", "राजदूत", "प्रभारी", "इंस्पेक्टर",
    "थानाध्यक्ष", "दरोगा",
)  # fmt: skip
# Speech verbs: the speaker comes before them, marked by "ने" ("मोदी ने कहा").
NAME_SPEECH_PHRASES = ("कहा", "बताया", "बोले", "बोलीं", "कहते", "कहती")
# An honorific written after a name ("मोदी जी"): the name ends before it.
NAME_HONORIFICS_AFTER = ("जी",)
NAME_JOINERS: tuple[str, ...] = ()
# The ergative "ने" marks the speaker before a speech verb ("मोदी ने कहा").
NAME_AGENT_MARK = ("ने",)
# A title and two words that a postposition closes ("प्रधानमंत्री नरेंद्र मोदी ने") are a person: Hindi names an
# office's institution with a genitive before the title ("भारत के प्रधानमंत्री"), not as words after it.
NAME_TITLED_PAIRS = True
# Places: nouns before a place (the city, district, state, country, village of): after one, a town of any size;
# and postpositions after one.
NAME_PLACE_NOUNS = ("शहर", "जिले", "जिला", "राज्य", "देश", "गांव")
NAME_PLACE_AFTER = ("में", "से", "के", "की", "का", "को", "तक", "स्थित")
# "And" between the places of a list: a town after it is a place too.
NAME_AND_WORDS = ("और", "व", "एवं")
# Short names of countries CLDR does not give as their names (geo.py): America, Britain.
COUNTRY_SHORT = {"अमेरिका": "US", "अमरीका": "US", "ब्रिटेन": "GB"}
