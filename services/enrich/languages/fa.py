"""Persian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True

# Names in a script without capital letters (services/enrich/entities/uncased.py describes each table).
SCRIPT = "uncased"
# Faker's person locales: Persian's own, and Arabic's (most given names are shared: محمد, علی, حسین).
NAME_LOCALES = ("fa_IR", "ar_AA", "ar_SA")
# Persian has no article and few attached prefixes ("به" is written apart): none is read off.
NAME_PREFIXES: tuple[tuple[str, str], ...] = ()
# Endings attached to a name, (in the text, what the name ends with): the plural and the ezafe after the
# zero-width non-joiner, the ezafe "ی" after a long vowel ("اروپای شرقی", "آمریکای لاتین"). A "ی" after a
# consonant is mostly the adjective ("ایرانی", Iranian), not read off.
NAME_SUFFIXES = (("\u200cهای", ""), ("\u200cها", ""), ("\u200cی", ""), ("ای", "ا"), ("وی", "و"))
NAME_TITLES_BEFORE = (
    "رئیس", "رییس", "رئیس جمهور", "رییس جمهور", "رییس\u200cجمهور", "رئیس\u200cجمهور", "رئیس جمهوری", "رئیس\u200cجمهوری", "نخست وزیر", "نخست\u200cوزیر",
    "وزیر", "وزیر امور خارجه", "سخنگوی", "سخنگو", "آقای", "خانم", "دکتر", "مهندس", "سردار", "سرتیپ",
    "سرهنگ", "سرگرد", "سروان", "ستوان", "سرلشکر", "ژنرال", "حجت\u200cالاسلام", "حجت الاسلام", "آیت\u200cالله",
    "آیت الله", "دادستان", "استاندار", "فرماندار", "شهردار", "نماینده", "مدیرکل", "مدیر کل", "فرمانده",
    "رهبر", "سفیر", "مشاور", "معاون", "عضو", "بازیگر", "کارگردان", "خواننده", "نویسنده", "مربی", "بازیکن",
)  # fmt: skip
# Speech verbs: Persian puts the verb last, so a speech verb confirms a name read before it.
NAME_SPEECH_PHRASES = ("گفت", "افزود", "اظهار کرد", "تصریح کرد", "عنوان کرد", "اعلام کرد", "خاطرنشان کرد")
# Words that open or stand inside a name ("سید" Seyyed, a descent, is part of the name as written).
NAME_JOINERS = ("سید", "سیده", "میر", "بن", "عبد")
# Places: prepositions before a place (in, to, from, as far as) ...
NAME_PLACE_BEFORE = ("در", "به", "از", "تا")
# ... and nouns that say what it is (the city, province, county, country, capital, region, port, village of):
# after one, a town of any size the gazetteer has.
NAME_PLACE_NOUNS = ("شهر", "استان", "شهرستان", "کشور", "پایتخت", "منطقه", "بندر", "روستای", "بخش", "ایالت", "جزیره")
# Endings of family names, longest first ("رضایی", "احمدی", "حسین‌زاده", "علی‌پور"): after a given name, a word
# so ending that is no adjective of a known word ("نظام بانکی", the banking system) is a family name.
NAME_SURNAME_ENDINGS = ("\u200cزاده", "زاده", "\u200cپور", "پور", "نژاد", "\u200cنیا", "نیا", "یان", "یی", "ی")
# Words written apart that end a compound family name ("طولابی نژاد", "هاشمی فر", and Faker's "محمد پور", "رضا
# زاده"): after a name word they belong to it and do not count towards the name's words.
NAME_SURNAME_PARTS = ("زاده", "پور", "نژاد", "نیا", "فر", "فرد", "راد")
# The adjective ending: a one-word place so ending needs a cue ("مالی" is financial, and Mali).
NAME_ADJECTIVE_ENDINGS = ("ی",)
# "And" between the places of a list ("در تهران و یزد"): a town after it is a place too.
NAME_AND_WORDS = ("و",)
# Persian puts the verb last: a clause of two or three name words and a speech verb ("قالیباف اصل گفت:") names
# its speaker.
NAME_SPEAKER_BEFORE_VERB = True
# Short names of countries CLDR does not give as their names (geo.py): America, Saudi Arabia, the Emirates, England.
COUNTRY_SHORT = {"آمریکا": "US", "امریکا": "US", "عربستان": "SA", "امارات": "AE", "انگلیس": "GB"}

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Persian puts the subject first
# and the verb after it, then a colon and the quote ("پسکوف گفت: «…»"); many speech verbs are a noun and a light
# verb ("اظهار داشت", "اعلام کرد"): ``light_verbs`` {light verb: the nouns that make it a speech verb before it}.
QUOTES: dict[str, Any] = {
    "verbs": {"گفت", "گفتند", "افزود", "نوشت", "میگوید", "می\u200cگوید", "گفته\u200cاست", "پاسخ"},
    "forms": set(),
    "weak": {"نوشت"},
    "light_verbs": {
        "کرد": ["اظهار", "تصریح", "اعلام", "تاکید", "تأکید", "خاطرنشان", "عنوان", "بیان", "اضافه", "تهدید"],
        "داشت": ["اظهار", "بیان", "اعلام"],
        "نمود": ["اظهار", "تصریح", "اعلام", "تاکید", "تأکید", "خاطرنشان", "عنوان", "بیان"],
    },
    "framing": set(),
    "addressee": set(),
    "cues": ["به گفته", "به نقل از"],
    "cues_after": [],
    "pronouns": {"او": None, "وی": None, "آنها": "p"},
    "relative": set(),
    "honorifics": {"آقای": "m", "خانم": "f"},
    "titles": {
        "سخنگوی": None, "سخنگو": None, "رئیس": None, "رییس": None, "وزیر": None, "مشاور": None, "سفیر": None,
        "نماینده": None, "دبیر": None, "معاون": None, "فرمانده": None,
        # the plural ("سخنگویان کرملین": the Kremlin's spokesmen): a group, no one person
        "سخنگویان": "p",
    },
    "title_suffixes": [],
    "institutions": {"وزارت", "دولت", "پلیس", "ارتش"},
    "skip": set(),
    "prepositions": {"به", "از", "در", "با", "برای", "تا"},
    "abbreviations": set(),
    "pro_drop": True,
    "verb_final": False,
    "subject_first": True,
    "verb_gender": [],
    # "گفت که …": what follows is what was said
    "complementisers": {"که"},
    "document_heads": ["بیانیه", "بیانیه\u200cای"],
    "spokesperson": {"سخنگوی", "سخنگو"},
    # a title governs the body named right after it, its ezafe the "of": "سخنگوی کرملین" (the Kremlin's spokesman)
    "title_governs_next": True,
    "conjunctions": {"و"},
}  # fmt: skip
