"""Ukrainian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "uk",
    cldr_months("uk"),
    weekday_forms(
        r"понеділ(?:ок|ка|ку)",
        r"вівтор(?:ок|ка|ку)",
        r"серед[аиуі]",
        r"четвер(?:га|гу)?",
        r"п['’ʼ]?ятниц[яіюе]",
        r"субот[аиуі]",
        r"неділ[яіюе]",
    ),
    {"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1, "післязавтра": 2},
    ("наступн",),
    night_before=r"(?:в|у)\s+ночі?\s+на|уночі\s+на",
    year_words=r"\s*(?:року|р\.)",
    future_cues=r"(?<!\w)(?:буде|будуть|відбудеться|відбудуться|пройде|пройдуть|планує\w*|має\s+намір|"
    r"мають\s+намір|запланован\w*|розпочнеться)(?!\w)",
    past_cues=r"(?<!\w)(?:минул\w+)(?!\w)",
    numbers=number_words(
        "один|одну|одним",  # and the instrumental forms: "двома роками раніше"
        "два|дві|двома",
        "три|трьома",
        "чотири|чотирма",
        "п'ять|пʼять|п'ятьма|пʼятьма",
        "шість|шістьма",
        "сім|сьома",
        "вісім|вісьмома",
        "дев'ять|дев'ятьма",
        "десять|десятьма",
    )
    | {"півтора": 1.5, "півтори": 1.5, "одинадцять": 11, "дванадцять": 12, "п'ятнадцять": 15, "сто": 100}
    | tens_words(
        "двадцять", "тридцять", "сорок", "п'ятдесят|пʼятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"
    ),
    units={
        r"д(?:ень|ні|нів|оби|обу|нем|нями)": DAY,
        r"тиж(?:день|ні|нів|ня|нем|нями)": WEEK,
        r"місяц(?:ь|і|ів|я|ем|ями)": MONTH,
        r"р(?:ік|оки|оків|оку|оком|оками)": YEAR,
        r"годин[уиа]?|год\.": HOUR,
        r"хвилин[уиа]?|хв\.?": MINUTE,
        r"секунд[уиа]?|сек\.?": SECOND,
    },
    one_unit={
        r"добу": DAY,
        r"тиждень": WEEK,
        r"місяць": MONTH,
        r"рік": YEAR,
        r"годину": HOUR,
        r"хвилину": MINUTE,
        # the instrumental alone is one of the unit too: "роком раніше", "тижнем пізніше"
        r"днем": DAY,
        r"тижнем": WEEK,
        r"місяцем": MONTH,
        r"роком": YEAR,
    },
    halves={r"півроку": YEAR, r"півмісяця": MONTH, r"півдня": DAY, r"півгодини": HOUR},
    about=r"близько|приблизно|майже|понад",
    ago=(r"{q}\s+тому",),
    ahead=(r"через\s+{q}",),
    # "роком раніше", "два роки по тому"; not "на рік раніше (терміну)": earlier than something
    later={
        r"{q}\s+по\s+тому": 1,
        r"через\s+{q}\s+після\s+цього": 1,
        r"(?<!на )(?<!на\xa0){q}\s+(?:пізніше|згодом)(?!\s+(?:терміну|строку|ніж|запланованого))": 1,
        r"(?<!на )(?<!на\xa0){q}\s+(?:раніше|перед\s+тим)(?!\s+(?:терміну|строку|ніж|запланованого))": -1,
    },
    periods={
        r"(?:на\s+)?минул(?:ого|ому)\s+тижн[яі]": (WEEK, -1),
        r"(?:на\s+)?ц(?:ього|ьому)\s+тижн[яі]": (WEEK, 0),
        r"(?:на\s+)?наступн(?:ого|ому)\s+тижн[яі]": (WEEK, 1),
        r"минулого\s+місяця": (MONTH, -1),
        r"цього\s+місяця": (MONTH, 0),
        r"наступного\s+місяця": (MONTH, 1),
        r"минулого\s+року|торік": (YEAR, -1),
        r"цього\s+року": (YEAR, 0),
        r"наступного\s+року": (YEAR, 1),
    },
    anaphora={
        r"напередодні(?=\s*(?:[,.;:!?)»”]|$)|\s+(?:ввечері|увечері|вранці|уранці|вдень|вночі|уночі|пізно|в|"
        r"у|на|він|вона|вони|було|були|також|теж|вже|повідом\w*|заяв\w*)(?!\w))": -1,
        r"дн[её]м\s+раніше": -1,
        r"наступного\s+дня": 1,
        r"того\s+ж\s+дня|того\s+самого\s+дня": 0,
    },
    holidays={
        r"Д(?:ень|ня|ню|нем)\s+Незалежності": fixed(8, 24),
        r"Д(?:ень|ня|ню|нем)\s+Перемоги": fixed(5, 9),
        r"Д(?:ень|ня|ню|нем)\s+Конституції": fixed(6, 28),
        r"(?<!\w)на\s+Новий\s+рік": fixed(1, 1),
        r"(?<!\w)на\s+Великдень|Великодн\w+\s+неділ\w+": easter(0, "orthodox"),
    },
    years=r"(?<![\d.])(?P<core>{year})\s*(?:році|року|р\.)(?!\w)",
    joiners=("і", "та"),
    since=("від",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "поділитися",
        "реклама",
        "найпопулярніше",
    ),
    share=("поділитися",),
    promo=(
        "підписуйтесь",
        "підпишіться",
    ),
    promo_anywhere=(
        "підпишіться",
        "підписуйтесь",
    ),
    read_also=("дивіться також",),
    link_list=("читайте також",),
    tags=("теми",),
    byline=(r"автори?\s*[:：]",),
    and_words=(
        "і",
        "та",
    ),
    photo=(
        r"фото\s*[:：]",
        r"фото\b.*[:：]",
    ),
    photo_labels=("фото",),
    syndication=(
        "з використанням матеріалів",
        "усі права захищені",
    ),
    stamp=(
        "опубліковано",
        "оновлено",
    ),
    updated=("оновлено",),
    stamp_words=(
        "в",
        "о",
        "року",
        "р.",
    ),
    home=("головна",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Ukrainian"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "ще більше менше показати дивитися читати слухати увійти вийти вхід реєстрація зареєструватися "
    "підписатися підписка підписуйтесь розсилка поділитися друк зберегти меню пошук головна назад нагору далі "
    "наступна попередня закрити тут відео фото фотогалерея галерея реклама коментарі коментар відповісти акаунт "
    "пароль конфіденційності контакти популярне завантажити додаток"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # a people's adjective: a country's stem, a suffix, an ending ("російська", "американського"; language.py)
    "adjective_endings": ["ий", "а", "е", "і", "ого", "ому", "им", "ім", "ій", "у", "ої", "ою", "их", "ими"],
    "nation_suffixes": ["йськ", "ійськ", "ськ", "анськ"],
    "verbs": {
        "сказати",
        "заявити",
        "зазначити",
        "додати",
        "наголосити",
        "повідомити",
        "написати",
        "розповісти",
        "пояснити",
        "підкреслити",
        "уточнити",
        "відповісти",
        "запевнити",
        "визнати",
        "говорити",
        "казати",
        "заявляти",
        "зауважити",
        "вказати",
        "підтвердити",
        "спростувати",
        "прокоментувати",
        "нагадати",
        "закликати",
        "попередити",
        "висловитися",
        "назвати",
        "вважати",
        "констатувати",
        "додавати",
        "наголошувати",
        "зазначати",
        "йдеться",
        "пообіцяти",
        "оголосити",
        "відреагувати",
        "обуритися",
        "повідомляти",
        "передавати",
        "цитувати",
        "процитувати",
        "стверджувати",
        "розповідати",
        "заперечити",
        "підсумувати",
        "пояснювати",
        "підкреслювати",
        "запевняти",
        "попереджати",
        "визнавати",
        "відповідати",
        "нагадувати",
        "поскаржитися",
        "пригрозити",
        "переконувати",
        "наполягати",
        "зізнатися",
        "запитати",
        "вигукнути",
        "резюмувати",
    },
    "forms": {
        "сказав",
        "сказала",
        "сказали",
        "заявив",
        "заявила",
        "заявили",
        "зазначив",
        "зазначила",
        "додав",
        "додала",
        "наголосив",
        "наголосила",
        "повідомив",
        "повідомила",
        "повідомили",
        "написав",
        "написала",
        "йдеться",
        "пише",
        "каже",
        "вважає",
        "розповів",
        "розповіла",
    },
    "weak": {"вважати", "назвати", "йдеться", "передавати"},
    "framing": {"назвати", "охарактеризувати"},
    # verbs that add to words said before ("«…», — додав він"): one who spoke before
    "adding": {"додати", "додавати"},
    "addressee": set(),
    "cues": [
        "за словами",
        "на думку",
        "за даними",
        "як заявив",
        "як заявила",
        "як повідомив",
        "як повідомила",
        "як повідомили",
        "як зазначив",
        "як зазначила",
        "як сказав",
        "як пише",
    ],
    "cues_after": [],
    "pronouns": {"він": "m", "вона": "f", "вони": "p", "воно": "n", "його": "m", "її": "f"},
    "relative": {"який", "яка", "яке", "які"},
    "honorifics": {"пан": "m", "пані": "f"},
    "titles": {
        "речник": None,
        "речниця": "f",
        "прессекретар": None,
        "прес-секретар": None,
        "президент": None,
        "міністр": None,
        "голова": None,
        "представник": None,
        "радник": None,
        "мер": None,
        "губернатор": None,
        "посол": None,
        "генерал": None,
        "прем'єр": None,
        "прем'єр-міністр": None,
        "канцлер": None,
        "депутат": None,
        "директор": None,
        "керівник": None,
        "експерт": None,
        "аналітик": None,
        "заступник": None,
        "очільник": None,
        "командувач": None,
        "помічник": None,
        "джерело": None,
        "спікер": None,
        "лідер": None,
        # "координатор Ради нацбезпеки США": its bodies follow in the genitive, no name of theirs
        "координатор": None,
    },
    "title_suffixes": [],
    "institutions": {
        "міністерство",
        "міноборони",
        "мзс",
        "відомство",
        "служба",
        "пресслужба",
        "прес-служба",
        "адміністрація",
        "уряд",
        "агентство",
        "штаб",
        "командування",
        "посольство",
        "кремль",
        "офіс",
        "сбу",
        "гур",
        "зсу",
        "генштаб",
        "управління",
        "рада",
        "комітет",
        "влада",
        "видання",
        "сили",
        "армія",
        "пентагон",
        # the State Department and the Security Council, as the press shortens them ("очільник Держдепу"): a body a
        # title governs, not a name
        "держдеп",
        "держдепартамент",
        "радбез",
        "радбезу",
        "ради",
    },
    "skip": {"і", "й", "також", "потім", "вже", "раніше", "пізніше", "тоді", "же", "це", "при", "свою", "чергу"},
    "prepositions": {
        "в",
        "у",
        "на",
        "з",
        "із",
        "зі",
        "до",
        "по",
        "о",
        "об",
        "від",
        "для",
        "за",
        "під",
        "над",
        "при",
        "про",
        "без",
        "через",
        "між",
        "проти",
        "після",
    },
    "abbreviations": {
        "р",
        "рр",
        "вул",
        "ім",
        "т",
        "д",
        "тис",
        "млн",
        "млрд",
        "грн",
        "див",
        "н",
        "е",
        "ін",
        "проф",
        "ген",
    },
    # a pointer opening the sentence after a quote, then a speech verb whose inverted subject said it ("«…». Про це
    # заявив Олег Коваленко", "Так прокоментував подію Коваленко")
    "next_demonstratives": ["про це", "так"],
    # the words naming the quote, then any verb whose subject said them ("Таку заяву зробив Коваленко")
    "next_worded": ["таку заяву", "з такою заявою", "ці слова"],
    # "цитує Олега Коваленка агентство": the person after the verb is quoted, not the one quoting
    "citing": ["цитувати", "процитувати"],
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    "role_groups": {
        "речниця": "речник",
        "прес-секретар": "речник",
        "прессекретар": "речник",
        "представник": "речник",
        "представниця": "речник",
    },
    # the president's office is the Kremlin (or Bankova): the body of "прес-секретар президента Росії"
    # "прес-секретар президента" in Ukrainian copy is Zelensky's spokesman: the Kremlin's only of Russia's president
    "body_groups": {"президент росії": "кремль", "президент рф": "кремль"},
    # names take case endings ("Pieskowa" finds "Pieskow")
    "inflected_names": True,
    # a title after a title in an oblique case is whose it is ("речник президента"); the body after it, in the genitive, too
    "head_first_titles": True,
    # prepositions of the body a plural speech verb with no subject names ("повідомили в Міноборони")
    "impersonal_in": ["в", "у"],
    # a plural speech verb with no subject is impersonal ("сообщили в ведомстве": the body named after it)
    "plural_impersonal": True,
    # impersonal speech verbs whose subject is the body named after "в" ("йдеться в заяві Кремля")
    "impersonal_verbs": ["йтися", "йдеться", "говориться"],
    # documents before the body that issued them, its voice ("у повідомленні пресслужби Кремля")
    "impersonal_heads": ["заява", "повідомлення", "комюніке", "публікація", "пресреліз", "звернення"],
    # a verb's gender and number by its ending: the past tense's, then the present plural's ("считают", "вважають")
    "verb_gender": [
        ["ла", "f"],
        ["ли", "p"],
        ["ло", "n"],
        ["в", "m"],
        ["ють", "p"],
        ["ять", "p"],
        ["уть", "p"],
        ["ать", "p"],
    ],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"речник"},
    "clause_starts": {"і", "але"},
    "complementisers": {"що"},
    "reflexives": {"ся"},
    "conjunctions": {"і", "та"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# A word starting with a role is the role in a case ending (rzecznika, речника).
NAME_CASE_ENDINGS = True
NAME_ROLES = (
    "президент", "прем'єр", "прем’єр", "міністр", "речни", "прессекретар", "прес-секретар", "мер", "посл",
    "генерал", "голов", "радни", "секретар", "очільни", "керівни", "лідер", "директор", "аналітик",
    "депутат", "полковник", "професор", "командувач", "спікер", "пан", "пані",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "міністерств", "уряд", "парті", "банк", "агентств", "університет", "інститут", "суд", "армі", "комісі",
    "рад", "служб", "генштаб", "сил", "офіс", "департамент", "управлінн", "організаці", "оон", "нато",
    # the State Department as the press shortens it ("У Держдепі заявили"): a body, no place nor person
    "держдеп", "держдепартамент",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "в у на до з із зі від по через для про за при під над перед як що і й та але або не так це "
    "цей ця ці його її їх він вона вони ми також коли де згідно"
)
# a given name and a surname in the genitive ("за словами Олега Коваленка", "на думку Ірини Шевчук"): the nominative
# endings they stand for (name_words.py, ``_nominative_name``)
NAME_GENITIVES = {
    # and the instrumental ("з політологом Володимиром Фесенком"): the given name shows that case too
    "given": (("а", ""), ("и", "а"), ("ії", "ія"), ("я", "й"), ("а", "о"), ("ом", ""), ("ем", ""), ("єм", "й")),
    "m": (
        ("енком", "енко"),
        ("ським", "ський"),
        ("цьким", "цький"),
        ("овим", "ов"),
        ("евим", "ев"),
        ("євим", "єв"),
        ("іним", "ін"),
        ("енка", "енко"),
        ("ського", "ський"),
        ("цького", "цький"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("єва", "єв"),
        ("іна", "ін"),
        ("ого", "ий"),
        ("а", ""),
    ),
    "f": (("ської", "ська"), ("цької", "цька"), ("ової", "ова"), ("евої", "ева"), ("іної", "іна")),
    # the dative of an outlet told after a given name and a surname ("Коваленко Укрінформу"): no second surname
    "dative": (("у", ""), ("ю", ""), ("ові", ""), ("еві", ""), ("єві", "")),
}
# common given names Faker's locale lacks ("Микола", "Юрій", "Юлія"): the name finder reads them as any language's
NAME_GIVEN = frozenset(
    [
        "Олексій",
        "Юлія",
        "Анатолій",
        "Юрій",
        "Микола",
        "Арсеній",
        "Інна",
        "Артур",
        "Зеновій",
        "Матвій",
        "Єлизавета",
        "Уляна",
        "Вероніка",
        "Зоряна",
        "Мирослава",
        "Богдана",
        "Ангеліна",
        "Олеся",
        "Раїса",
        "Євгенія",
        "Антоніна",
        "Кіра",
        "Ніна",
        "Неля",
    ]
)
# lower-case particles inside a foreign person's name ("Урсула фон дер Ляєн", "Мухаммед аль-Рашид")
NAME_PARTICLES = frozenset({"фон", "ван", "дер", "ден", "цу", "бін", "ібн", "аль", "ель", "ді", "дю"})
NAME_PERSON_ENDINGS = ("ові", "ому", "им", "ого", "а", "у", "ом", "ою", "і", "ої", "ій")
NAME_DAY_WORDS = frozenset({"день", "дня", "дні", "свято"})

# Places (services/enrich/entities/geo.py).
# A region or district named by its city's adjective beside a region noun, in either order and case (recovery.py
# ``_adjective_regions``): the nouns, the adjective's case endings, the suffixes that derive it from the city's name,
# and letters the name ends in that the adjective drops.
PLACE_ADJECTIVE_REGION = {
    "nouns": (
        "область", "області", "областю", "край", "краю", "краї", "район", "району", "районі", "районом", "округ",
        "округу", "окрузі", "округом",
    ),
    "endings": ("ого", "ому", "ої", "ій", "ою", "ий", "ім", "их", "а", "у", "і"),
    "suffixes": ("ськ", "цьк", "зьк"),
    "tails": ("ь",),
    # the stem's ending that differs from the name's ("stem:name"): "московська" (Москва), "запорізька" (Запоріжжя)
    "stems": ("ов:ва", "і:іжжя"),
}  # fmt: skip
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
COUNTRY_SHORT = {"США": "US", "РФ": "RU", "Британія": "GB"}
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
PLACE_CASE_ENDINGS = (
    ("єві", "їв"), ("єва", "їв"), ("ові", "ів"), ("ова", "ів"), ("ії", "ія"), ("ію", "ія"), ("ією", "ія"),
    ("і", "а"), ("и", "а"), ("у", "а"), ("ою", "а"), ("і", ""), ("у", ""), ("а", ""), ("ом", ""),
    ("а", "о"), ("і", "о"), ("ом", "о"),  # a neuter town in -о: "Дніпра", "Дніпрі", "Дніпром" (Дніпро)
    ("і", "ь"), ("ссю", "сь"),  # a name in -сь: "Білорусі", "з Білоруссю" (Білорусь)
)  # fmt: skip
# Ukraine's national romanisation (2010), letter by letter, and the letters written otherwise at a word's start: a town
# the gazetteer knows only in Latin letters (its Cyrillic names are believed for cities of 100,000 or more) is found
# written in Cyrillic ("Бахмута", "Авдіївки", "Нову Каховку": Bakhmut, Avdiyivka, Nova Kakhovka;
# services/enrich/entities/geo.py ``romanised``).
PLACE_ROMANISATION = (
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
        "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
        "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    },
    {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
)  # fmt: skip
# Prepositions that place what follows ("in Galles", "na Šumavě"): a capitalised run after one that nothing else
# names (not a person, an institution, an acronym, a common noun) is a place. Lower case; elided forms with "'".
# Lower-case words for a region or a square after its adjective ("Moskevské oblasti", "Rudém náměstí"): with
# the adjective, a place.
PLACE_REGION_WORDS = (
    "область", "області", "областю", "край", "краю", "площа", "площі", "площу", "площею", "палац", "палацу",
    "палаці", "море", "моря", "морі", "морем",  # a sea after its adjective: "Чорне море", "до Азовського моря"
)  # fmt: skip
# Adjective endings: a capitalised adjective before a lower-case noun after a locative preposition ("v Městské
# knihovně") names an institution or a thing, not a place.
PLACE_ADJECTIVE_ENDINGS = ("ій", "ої", "ому", "ий", "ого", "им", "их", "ою")  # not -а, -е, -і: nouns end so too
PLACE_LOCATIVES = ("в", "у", "на")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("і", "та")

# Surname endings that show a person's gender (Шевченківська, Ковальський), read whatever the article's language.
SURNAME_ENDINGS = {"f": ["ська", "цька"], "m": ["ський", "цький"]}
