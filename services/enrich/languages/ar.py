"""Arabic: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True

# Names in a script without capital letters (services/enrich/entities/uncased.py describes each table).
SCRIPT = "uncased"
# Faker's person locales for this language: given names and family names as written.
NAME_LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "ar_SA")
# Letters written onto the next word: "and", "then" (و ف), then "with/in", "for", "like" (ب ل ك), then the
# article ال; "for the" is written لل. (prefix in the text, what it stands for): longest tried first.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
NAME_PREFIXES = tuple(
    sorted(
        {(c + p, "") for c in _CONJUNCTIONS for p in _PREPOSITIONS if c + p}
        | {(c + "لل", "ال") for c in _CONJUNCTIONS}
        | {(c + p + "ال", "") for c in _CONJUNCTIONS for p in ("", "ب", "ك")},
        key=lambda pair: -len(pair[0]),
    )
)
# Endings attached to a word that a name does not carry: none that a place takes in news text.
NAME_SUFFIXES: tuple[tuple[str, str], ...] = ()
# Titles and roles before a person's name (the article and attached prepositions are read off).
NAME_TITLES_BEFORE = (
    "الرئيس", "رئيس", "نائب الرئيس", "رئيس الوزراء", "رئيس الحكومة", "رئيس الجمهورية", "الملك", "الملكة",
    "الأمير", "الأميرة", "ولي العهد", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "د.",
    "وزير", "وزيرة", "الوزير", "الوزيرة", "المتحدث", "المتحدثة", "المتحدث باسم", "المتحدثة باسم",
    "الناطق باسم", "الناطقة باسم", "السفير", "السفيرة", "النائب", "النائبة", "المستشار", "المستشارة",
    "الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "المشير", "الفنان", "الفنانة", "الممثل", "الممثلة",
    "المطرب", "المطربة", "اللاعب", "اللاعبة", "المدرب", "الكاتب", "الكاتبة", "الصحفي", "الصحفية", "المحامي",
    "القاضي", "البابا", "المدير", "المديرة", "مدير", "مديرة", "محافظ", "عمدة", "زعيم", "قائد", "الأمين العام",
    "المرشد", "الإمام", "الحاكم", "المبعوث", "المبعوثة", "المخرج", "المخرجة",
    # the analysts and experts an analysis quotes ("المحلل العسكري الروسي بافل فيلغنهاور")
    "المحلل", "المحللة", "الخبير", "الخبيرة", "الباحث", "الباحثة", "الأستاذ", "الأستاذة",
)  # fmt: skip
# Speech verbs (third person past): a name right after one, Arabic putting the verb first, is its speaker; and
# "بحسب" (according to), a name right after it too.
NAME_SPEECH_PHRASES = (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "صرح", "صرحت", "أعلن", "أعلنت", "أوضح", "أوضحت",
    "ذكر", "ذكرت", "أشار", "أشارت", "كتب", "كتبت", "أفاد", "أفادت", "اعتبر", "اعتبرت", "بحسب",
)  # fmt: skip
# Words inside or opening a name that are no word of the sentence ("son of", "servant of", "father of", "family of").
NAME_JOINERS = ("بن", "بنت", "ابن", "عبد", "أبو", "أبي", "آل", "أم")
# An adjective after a title, before the name ("الرئيس السوري بشار الأسد"): the article, then a relational ending.
NAME_ADJECTIVE = r"ال.{2,}(?:ي|ية)$"
# "And" written onto the next word: a word so opened (not a known name) starts the next clause, not a name.
NAME_CONJUNCTIONS = ("و",)
# Places: words before a place that say it is one (in, from, to, near, north of) ...
NAME_PLACE_BEFORE = ("في", "من", "إلى", "الى", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي")
# ... and nouns that say what it is (the city, province, capital, state, region, emirate, town, village of): after
# one, a town of any size the gazetteer has.
NAME_PLACE_NOUNS = ("مدينة", "محافظة", "عاصمة", "ولاية", "منطقة", "إمارة", "بلدة", "قرية", "إقليم", "مقاطعة", "جزيرة")
# Pronouns written onto a word ("كتابه", his book): read off before asking the dictionary whether it knows a word.
NAME_CLITIC_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك")
# Endings of a relational adjective: a one-word place so ending needs a cue ("مالي" is financial, and Mali).
NAME_ADJECTIVE_ENDINGS = ("ي", "ية")
# Words of an English newspaper's name after the place it is named for ("نيويورك تايمز", "واشنطن بوست"): the
# newspaper, no place mentioned.
PLACE_MEDIA_AFTER = "تايمز تايم بوست جورنال هيرالد غارديان"
# Short names of countries CLDR does not give as their names (geo.py): America, Saudi Arabia, the Emirates.
COUNTRY_SHORT = {"أمريكا": "US", "أميركا": "US", "السعودية": "SA", "الإمارات": "AE"}

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Arabic has no lemmatiser here:
# verbs are listed as written (third person past, masculine and feminine, and the present "يقول"); "and" and "so"
# (و ف) written onto a verb or a title are read off ("وقال", "فأضاف"). Wire copy puts the verb first ("وقال
# المتحدث باسم الكرملين دميتري بيسكوف: …"), so the subject follows the verb.
QUOTES: dict[str, Any] = {
    "verbs": {
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف", "أضافت", "صرح", "صرحت", "أعلن",
        "أعلنت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أشار", "أشارت", "كتب", "كتبت", "أفاد", "أفادت", "تابع", "تابعت",
        "شدد", "شددت", "حذر", "حذرت", "أردف", "أردفت", "اعتبر", "اعتبرت", "زعم", "زعمت", "لفت", "لفتت", "رد",
        "ردت", "ردّ", "ردّت", "علق", "علقت", "علّق", "علّقت", "نفى", "نفت",
        # "نقلت الوكالة عن بيسكوف قوله: …" (the agency reported from Peskov his saying): the noun "saying" with the
        # pronoun of the one who said it, the name before it its speaker, not the agency
        "قوله", "قولها", "قولهم",
        "جاء",
    },
    "forms": set(),
    # "كتب" writes, "ذكر" mentions, "اعتبر" considers, "نفى" denies: a speech verb only with a quote near
    "weak": {"كتب", "كتبت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "نفى", "نفت"},
    "framing": set(),
    "addressee": set(),
    "cues": ["بحسب", "حسب", "وفقا", "وفقاً", "وبحسب", "نقلا عن", "نقلاً عن"],
    "cues_after": [],
    "pronouns": {"هو": "m", "هي": "f", "هم": "p"},
    "relative": {"الذي", "التي", "الذين"},
    "honorifics": {"السيد": "m", "السيدة": "f"},
    "titles": {
        "المتحدث": None, "المتحدثة": "f", "متحدث": None, "متحدثة": "f", "الناطق": None, "الناطقة": "f",
        "ناطق": None, "الرئيس": None, "رئيس": None, "رئيسة": "f", "الوزير": None, "وزير": None, "وزيرة": "f",
        "الوزيرة": "f", "المستشار": None, "مستشار": None, "مستشارة": "f", "السفير": None, "سفير": None,
        "المبعوث": None, "نائب": None, "النائب": None, "مدير": None, "المدير": None, "الأمين": None,
        "السكرتير": None, "سكرتير": None, "قائد": None, "زعيم": None,
    },
    "title_suffixes": [],
    "institutions": {"وزارة", "الوزارة", "الحكومة", "الرئاسة", "الشرطة", "الجيش", "مجلس", "المجلس", "مكتب"},
    "skip": set(),
    "prepositions": {"في", "من", "إلى", "الى", "على", "عن", "مع", "خلال", "بعد", "قبل", "أمام", "لدى"},
    "abbreviations": set(),
    "pro_drop": True,
    "verb_final": False,
    # the past tense's feminine ending ("قالت", "أكدت")
    "verb_gender": [("ت", "f")],
    "proclitics": ["و", "ف"],
    # "قال إن …", "أكد أن …": what follows is what was said
    "complementisers": {"إن", "أن"},
    # "المتحدث باسم الكرملين": the spokesman "in the name of" the Kremlin
    "title_of": {"باسم"},
    # the article with a preposition or conjunction written onto it, and the article alone: "للمتحدث" (to the
    # spokesman, "وفقا للمتحدث باسم الكرملين") is the registered office "المتحدث"
    "article_prefixes": {"لل": "ال", "ولل": "ال", "فلل": "ال", "بال": "ال", "وبال": "ال", "وال": "ال", "فال": "ال"},
    "document_heads": ["بيان", "البيان", "تصريح", "تصريحات"],
    # "وجاء في بيان الكرملين: …" (and it came in the Kremlin's statement): the body named after the statement speaks;
    # "وجاء في البيان" alone: the statement of the body the sentence before named
    "impersonal_verbs": {"جاء"},
    "impersonal_in": ["في"],
    "impersonal_heads": ["بيان", "البيان", "تصريح", "رسالة", "الرسالة", "منشور"],
    "spokesperson": {"المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق"},
    "conjunctions": {"و"},
    "saying_nouns": {"قوله", "قولها", "قولهم"},
}  # fmt: skip
