"""Turkish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    SECOND,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    easter,
    fixed,
    number_words,
    tens_words,
    weekday_forms,
)
from wirestream.services.enrich.languages.cues import Cues

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
    numbers=number_words("bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on")
    | {"on beş": 15, "yüz": 100}
    | tens_words("yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"),
    units={
        r"gün": DAY,
        r"hafta": WEEK,
        r"ay": MONTH,
        r"yıl|sene": YEAR,
        r"saat|sa\.": HOUR,
        r"dakika|dk\.?": MINUTE,
        r"saniye|sn\.?": SECOND,
    },
    about=r"yaklaşık|yaklasik|tahminen|neredeyse",
    ago=(r"{q}\s+önce",),
    ahead=(r"{q}\s+(?:içinde|içerisinde)",),
    later={r"{q}\s+sonra": 1},
    later_from_now=True,
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
    joiners=("ve",),
)

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "paylaş",
        "reklam",
        "en çok okunanlar",
    ),
    share=("paylaş",),
    cookie_actions=("kabul",),
    promo=(r"bizi\b.*\btakip edin",),
    promo_anywhere=("abone olun",),
    read_also=(
        "ayrıca okuyun",
        "ilgili haber",
    ),
    tags=(
        "etiketler",
        "konular",
    ),
    byline_roles=(
        "muhabir",
        "yazar",
    ),
    and_words=("ve",),
    photo=(r"fotoğraf\s*[:：]",),
    syndication=("tüm hakları saklıdır",),
    stamp=(
        r"yayınlanma\b",
        r"yayın tarihi\b",
        r"güncelleme\b",
    ),
    updated=("güncelleme",),
    stamp_words=("yılı",),
    genres=("analiz",),
    home=(
        "ana sayfa",
        "anasayfa",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Turkish"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "daha fazla göster gör oku izle dinle giriş çıkış kayıt üye abone bülten paylaş yazdır kaydet takip menü "
    "ara arama anasayfa ana sayfa geri yukarı sonraki önceki kapat burada video videolar foto fotoğraf galeri "
    "reklam yorumlar yorum yanıtla hesap şifre gizlilik iletişim ilgili popüler indir uygulama ücretsiz"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    "verbs": {
        "de",
        "demek",
        "söyle",
        "söylemek",
        "açıkla",
        "açıklamak",
        "belirt",
        "belirtmek",
        "ifade",
        "kaydet",
        "kaydetmek",
        "vurgula",
        "vurgulamak",
        "aktar",
        "aktarmak",
        "yaz",
        "yazmak",
        "konuş",
        "konuşmak",
        "bildir",
        "bildirmek",
        "sor",
        "sormak",
        "savun",
        "savunmak",
        "iddia",
        "uyar",
        "uyarmak",
        "yanıtla",
        "yanıtlamak",
        "duyur",
        "duyurmak",
        "değerlendir",
        "paylaş",
        "seslen",
        "dile",
        "ekle",
        "eklemek",
        "hatırlat",
        "hatırlatmak",
        "anlat",
        "anlatmak",
    },
    "forms": {
        "dedi",
        "diyerek",
        "dediler",
        "söyledi",
        "açıkladı",
        "belirtti",
        "belirterek",
        "kaydetti",
        "kaydederek",
        "vurguladı",
        "vurgulayarak",
        "aktardı",
        "yazdı",
        "konuştu",
        "bildirdi",
        "sordu",
        "savundu",
        "uyardı",
        "yanıtladı",
        "duyurdu",
        "değerlendirdi",
        "paylaştı",
        "seslendi",
        "etti",
        "getirdi",
        "kullandı",
        "ifadelerini",
        "ifadesini",
        "dile",
        "diye",
        "göre",
        "söyledi.",
        "iddia",
        "ekledi",
        "ekleyerek",
        "hatırlattı",
        "anlattı",
        "şeklinde",
        "görüşünü",
        "görüşlerini",
        "sözlerini",
        "değerlendirmesini",
        # the quote as the answer given or the assessment made ("„…“ yanıtını verdi", "„…“ değerlendirmesinde bulundu")
        "yanıtını",
        "cevabını",
        "değerlendirmesinde",
    },
    "weak": {
        "paylaş",
        "sor",
        "sormak",
        "konuş",
        "konuşmak",
        "değerlendir",
        "kullandı",
        "etti",
        "getirdi",
        "diye",
        "ifadelerini",
        "ifadesini",
        "dile",
        "şeklinde",
        "görüşünü",
        "görüşlerini",
        "sözlerini",
        "değerlendirmesini",
        "yanıtını",
        "cevabını",
        "değerlendirmesinde",
    },
    "framing": set(),
    "addressee": set(),
    "cues": [],
    "cues_after": ["göre"],
    # what the source said, between it and "göre" ("Kremlin'in açıklamasına göre", "TASS'ın haberine göre")
    "cue_nouns": [
        "açıklamasına",
        "açıklamalarına",
        "sözlerine",
        "ifadesine",
        "ifadelerine",
        "haberine",
        "bilgiye",
        "bilgilere",
        "iddiasına",
        "değerlendirmesine",
        "raporuna",
    ],
    "pronouns": {"o": None, "onlar": "p"},
    "relative": set(),
    "honorifics": {"bay": "m", "bayan": "f"},
    "titles": {
        "sözcüsü": None,
        "sözcü": None,
        "başkanı": None,
        "başkan": None,
        "bakanı": None,
        "bakan": None,
        "cumhurbaşkanı": None,
        "büyükelçisi": None,
        "büyükelçi": None,
        "danışmanı": None,
        "danışman": None,
        "uzmanı": None,
        "uzman": None,
        "generali": None,
        "yetkilisi": None,
        "yetkili": None,
        "temsilcisi": None,
        "müdürü": None,
        "lideri": None,
        "valisi": None,
        "vali": None,
        "komutanı": None,
        "sekreteri": None,
        "analisti": None,
        "kaynak": None,
        "kaynaklar": "p",
        "başbakanı": None,
        "başbakan": None,
        # the deputy after its office's title ("Başkan Yardımcısı", "Bakan Yardımcısı"): a title's word, no name
        "yardımcısı": None,
    },
    "title_suffixes": ["sözcüsü", "başkanı", "bakanı", "yardımcısı"],
    "institutions": {
        "bakanlığı",
        "bakanlık",
        "hükümet",
        "hükümeti",
        "ordu",
        "ordusu",
        "ajans",
        "ajansı",
        "büyükelçiliği",
        "enstitüsü",
        "ofisi",
        "sarayı",
        "kremlin",
        "pentagon",
        "açıklama",
        "karargahı",
        "kurmay",
        "yönetimi",
        "servisi",
        "basın",
        "kuvvetleri",
        "bakanlığından",
        "bakanlığının",
        "bakanlığı'nın",
        "bakanlığı'ndan",
        "başkanlığı",
        "genelkurmay",
    },
    "institution_suffixes": ["bakanlığı", "bakanlığından", "bakanlığının", "ofisi", "servisi"],
    "skip": {
        "da",
        "de",
        "ise",
        "ayrıca",
        "bir",
        "açıklamasında",
        "yaptığı",
        "açıklamada",
        "konuşmasında",
        "sonra",
        "daha",
        "önce",
        "bugün",
        "dün",
    },
    "prepositions": set(),
    "abbreviations": {"dr", "prof", "doç", "vb", "vs", "bkz", "sn", "yy", "st", "av", "org", "gen", "alb"},
    "pro_drop": True,
    "verb_final": True,
    # "Kremlin'den yapılan açıklamada, „…“ denildi": a statement's locative (with the stem of the noun that introduces
    # it) and the passive speech verbs after a quote that make the statement's issuer its speaker (attribution.py)
    "statement_locatives": {
        "açıklamada": "açıklama",
        "açıklamasında": "açıklama",
        "bildiride": "bildiri",
        "bildirisinde": "bildiri",
        "mesajda": "mesaj",
        "mesajında": "mesaj",
        # "ISW'nin raporunda, „…“ ifadeleri yer aldı": a report's, as a statement's
        "raporda": "rapor",
        "raporunda": "rapor",
    },
    # "„…“ ifadeleri yer aldı", "„…“ ifadelerine yer verildi" (the words were included): the noun before the passive
    # verb is what the reader takes for the verb
    "statement_verbs": [
        "denildi",
        "denilmektedir",
        "denildiği",
        "belirtildi",
        "kaydedildi",
        "vurgulandı",
        "ifadesi",
        "ifadeleri",
        "ifadesine",
        "ifadelerine",
    ],
    # a case suffix follows a name after an apostrophe ("Kremlin'in"): a name written with one is governed
    "apostrophe_suffixes": True,
    # names take case endings ("Pieskowa" finds "Pieskow")
    "inflected_names": True,
    "verb_gender": [],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"sözcüsü", "sözcü"},
    "clause_starts": {"ve", "ama"},
    "complementisers": {"ki"},
    "conjunctions": {"ve"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (
    "cumhurbaşkanı", "başbakan", "bakan", "bakanı", "sözcü", "sözcüsü", "büyükelçi", "büyükelçisi", "general",
    "başkan", "başkanı", "danışman", "danışmanı", "lider", "lideri", "müdür", "müdürü", "analist",
    "milletvekili", "sekreter", "sekreteri", "komutan", "komutanı", "profesör", "bay", "bayan", "vali", "valisi",
    "şef", "şefi", "yardımcısı", "temsilcisi", "yetkilisi", "uzman", "uzmanı", "bilimci", "bilimcisi",
    "akademisyen", "gazeteci", "muhabiri", "senatör", "senatörü", "profesörü", "doçent", "albay", "tuğgeneral",
    "korgeneral", "orgeneral", "generali", "elçi", "elçisi", "vekili", "başkanvekili",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "bakanlığı", "bakanlığı'nın", "hükümeti", "partisi", "bankası", "ajansı", "üniversitesi", "enstitüsü",
    "mahkemesi", "ordusu", "kuvvetleri", "komisyonu", "konseyi", "servisi", "grubu", "dairesi", "meclisi",
    "birliği", "örgütü", "teşkilatı", "başkanlığı",
)  # fmt: skip
NAME_FUNCTION_WORDS = "bu şu o bir ve ile için gibi ama ancak fakat de da ki ne hem daha çok en"
NAME_PERSON_ENDINGS = ()
NAME_DAY_WORDS = frozenset({"günü", "bayramı"})
# Acronyms of common nouns (name_words.COMMON_ACRONYMS): an unmanned (armed) aerial vehicle, a drone
NAME_COMMON_ACRONYMS = ("İHA", "SİHA")

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# A suffix joins a name after an apostrophe (Moskova'da, Kremlin'in).
PLACE_APOSTROPHE_SUFFIX = True
# Locative case endings after the apostrophe (Bayraklı'da): a capitalised word that nothing else names, in that
# case, is a place (the Turkish counterpart of PLACE_LOCATIVES).
PLACE_LOCATIVE_SUFFIXES = ("da", "de", "ta", "te")
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
# How the language spells the sounds of Russian and Ukrainian place names that the gazetteer romanises in English
# ("Şebekino", "Çernihiv", "Herson": "ş", "ç" and "h" for "sh", "ch", "kh"), tried when a name is not found as written (services/enrich/entities/geo.py).
PLACE_RESPELLINGS = (("ş", "sh"), ("ç", "ch"), ("h", "kh"))
# Turkish spelling of Russian and Ukrainian names, sound by sound, matched on the key English romanisation is brought to
# (en.py; services/enrich/entities/geo.py ``sound_key``, which reads "ş", "ç" as "s", "c"): "Bahmut", "Klintsı",
# "Şebekino" are Bakhmut, Klintsy, Shebekino, their own names.
PLACE_SOUND_SPELLING = (
    ("ts", "Z"), ("c", "C"), ("j", "S"), ("z", "S"), ("s", "S"), ("h", "K"), ("k", "K"), ("v", "V"), ("y", "i"),
    ("ı", "i"),
)  # fmt: skip
COUNTRY_SHORT = {"ABD": "US"}
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = (
    "meydanı",
    "meydan",
    "sarayı",
    "denizi",
    "gölü",
    "dağı",
    "dağları",
    "körfezi",
    "boğazı",
    "nehri",
    "ovası",
)
# How Turkish spells Russian and Ukrainian names ("Dmitriy", "Vyaçeslav", "Zaharova", "Volodimir", "Mihaylo"):
# their given names are known and surnames read by their endings ("-ov", "-eva", "-enko", "-çuk").
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "v", "г": "g", "ё": "yo", "ж": "j", "з": "z", "и": "i", "й": "y", "х": "h", "ц": "ts", "ч": "ç",
            "ш": "ş", "щ": "ş", "ы": "ı", "э": "e", "ю": "yu", "я": "ya",
        },
        "opening": {"е": "ye"},
        "after_vowel": True,
        "endings": [["ий", "iy"]],
    },
    "uk": {
        "letters": {
            "в": "v", "г": "h", "є": "ye", "ж": "j", "з": "z", "и": "i", "ї": "yi", "й": "y", "х": "h", "ц": "ts",
            "ч": "ç", "ш": "ş", "щ": "şç", "ю": "yu", "я": "ya",
        },
        "opening": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
        "endings": [["ій", "iy"]],
    },
}  # fmt: skip
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("ve",)
