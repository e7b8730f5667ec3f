"""Russian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "ru",
    cldr_months("ru"),
    weekday_forms(
        r"понедельник[аеу]?",
        r"вторник[аеу]?",
        r"сред[аыуе]",
        r"четверг[аеу]?",
        r"пятниц[аыуе]",
        r"суббот[аыуе]",
        r"воскресень[еяю]",
    ),
    {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2},
    ("следующ", "ближайш", "предстоящ"),
    night_before=r"(?:в|на)\s+ночь\s+на",
    year_words=r"\s*(?:года|г\.)",
    future_cues=r"(?<!\w)(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру\w+|намерен\w*|"
    r"собира\w+|предстоящ\w*|начн[её]тся|откро\w+ся)(?!\w)",
    past_cues=r"(?<!\w)(?:прошл\w+|минувш\w+)(?!\w)",
    numbers=number_words(
        "один|одну|одного|одним",  # and the instrumental forms: "двумя годами ранее"
        "два|две|двух|двумя",
        "три|трех|трёх|тремя",
        "четыре|четырьмя",
        "пять|пятью",
        "шесть|шестью",
        "семь|семью",
        "восемь|восемью",
        "девять|девятью",
        "десять|десятью",
    )
    | {"полтора": 1.5, "полторы": 1.5, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "сто": 100}
    | tens_words(
        "двадцать|двадцати",
        "тридцать|тридцати",
        "сорок|сорока",
        "пятьдесят|пятидесяти",
        "шестьдесят|шестидесяти",
        "семьдесят|семидесяти",
        "восемьдесят|восьмидесяти",
        "девяносто",
    ),
    units={
        r"дн(?:я|ей|ём|ем|ями)|день|сутки|суток": DAY,
        r"недел[юиья]|недель|неделей|неделями": WEEK,
        r"месяц(?:а|ев|ем|ами)?": MONTH,
        r"год(?:а|ом|ами)?|лет": YEAR,
        r"час(?:а|ов)?|ч\.?": HOUR,
        r"минут[уы]?|мин\.?": MINUTE,
        r"секунд[уы]?|сек\.?": SECOND,
    },
    one_unit={
        r"сутки": DAY,
        r"неделю": WEEK,
        r"месяц": MONTH,
        r"год": YEAR,
        r"час": HOUR,
        r"минуту": MINUTE,
        # the instrumental alone is one of the unit too: "годом ранее", "неделей позже"
        r"днём|днем": DAY,
        r"неделей": WEEK,
        r"месяцем": MONTH,
        r"годом": YEAR,
    },
    halves={r"полгода": YEAR, r"полмесяца": MONTH, r"полдня": DAY, r"полчаса": HOUR},
    about=r"около|примерно|почти|более|менее",
    ago=(r"{q}\s+(?:тому\s+)?назад",),
    ahead=(r"через\s+{q}",),
    # "годом ранее", "два года спустя"; not "на год раньше (срока)": earlier than something
    later={
        r"спустя\s+{q}": 1,
        r"{q}\s+спустя": 1,
        r"(?<!на )(?<!на\xa0){q}\s+(?:позже|позднее)(?!\s+(?:срока|чем|запланированного|намеченного))": 1,
        r"(?<!на )(?<!на\xa0){q}\s+(?:ранее|раньше|прежде)(?!\s+(?:срока|чем|запланированного|намеченного))": -1,
    },
    periods={
        r"на\s+(?:прошлой|минувшей)\s+неделе": (WEEK, -1),
        r"на\s+этой\s+неделе": (WEEK, 0),
        r"на\s+(?:следующей|будущей)\s+неделе": (WEEK, 1),
        r"в\s+(?:прошлом|минувшем)\s+месяце": (MONTH, -1),
        r"в\s+этом\s+месяце": (MONTH, 0),
        r"в\s+следующем\s+месяце": (MONTH, 1),
        r"в\s+(?:прошлом|минувшем)\s+году": (YEAR, -1),
        r"в\s+этом\s+году": (YEAR, 0),
        r"в\s+следующем\s+году": (YEAR, 1),
        r"(?:до\s+|к\s+)?конц[уае]\s+(?:этого\s+|текущего\s+)?года": (YEAR, "end"),
        r"(?:в\s+|с\s+)?начал[ауе]\s+(?:этого\s+|текущего\s+)?года": (YEAR, "start"),
    },
    anaphora={
        r"накануне(?=\s*(?:[,.;:!?)»”]|$)|\s+(?:вечером|утром|дн[её]м|ночью|поздно|в|во|на|он|она|они|"
        r"было|были|был|была|также|тоже|уже|сообщ\w*|заяв\w*)(?!\w))": -1,
        r"дн[её]м\s+ранее": -1,
        r"за\s+день\s+до\s+этого": -1,
        r"на\s+следующ(?:ий\s+день|ее\s+утро)": 1,
        r"на\s+другой\s+день": 1,
        r"дн[её]м\s+позже": 1,
        r"в\s+тот\s+же\s+день": 0,
    },
    holidays={
        r"Д(?:ень|ня|ню|н[её]м)\s+(?:Великой\s+)?Победы": fixed(5, 9),
        r"Д(?:ень|ня|ню|н[её]м)\s+России": fixed(6, 12),
        r"Д(?:ень|ня|ню|н[её]м)\s+народного\s+единства": fixed(11, 4),
        r"Д(?:ень|ня|ню|н[её]м)\s+защитника\s+Отечества": fixed(2, 23),
        r"Международн\w+\s+женск\w+\s+д(?:ень|ня|ню|н[её]м)": fixed(3, 8),
        r"(?:в\s+)?канун\w*\s+Нового\s+года": fixed(12, 31),
        r"(?<!\w)на\s+Новый\s+год": fixed(1, 1),
        r"Рождеств[оау]\s+Христов[оау]|(?<!\w)(?:на|в)\s+Рождество": fixed(1, 7),
        r"(?<!\w)на\s+Пасху|Пасх(?:а|и|у|е)\s+Христов\w*": easter(0, "orthodox"),
    },
    years=r"(?<![\d.])(?P<core>{year})\s*(?:году|года|г\.)(?!\w)",
    joiners=("и",),
    since=("с",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "ещё (?:видео|новости)",
        "смотреть (?:видео|все)",
        "показать (?:ещё|больше|все)",
        "поделиться",
        "реклама",
        "самое читаемое",
    ),
    share=("поделиться",),
    promo=(
        "подписывайтесь",
        "подпишитесь",
    ),
    promo_anywhere=(
        "подпишитесь",
        "подписывайтесь",
    ),
    read_also=(
        "читайте (?:также|тоже|також)",
        "читать также",
        r"по теме\s*[:：]",
        "смотрите также",
    ),
    link_list=(
        "читайте также",
        "по теме",
    ),
    tags=(
        "темы",
        "теги",
    ),
    byline=(
        r"автор(?:ы)?\s*[:：]",
        r"текст\s*[:：]",
        r"редактор\s*[:：]",
    ),
    and_words=("и",),
    photo=(
        r"фото\s*[:：]",
        r"фото\b.*[:：]",
    ),
    captions=("подпись к фото",),
    photo_labels=("фото",),
    syndication=(
        "(?:с использованием|по материалам) ",
        "копирование материалов",
        "все права защищены",
    ),
    stamp=(
        "опубликовано",
        "обновлено",
        "дата публикации",
    ),
    updated=("обновлено",),
    stamp_words=(
        "в",
        "года",
        "г.",
        "msk",
        "мск",
    ),
    genres=(
        "аналитика",
        "мнение",
        "новости",
    ),
    home=("главная",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Russian"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "ещё еще больше меньше показать смотреть читать слушать войти выйти вход регистрация зарегистрироваться "
    "подписаться подписка подписывайтесь рассылка поделиться печать сохранить меню поиск главная назад наверх далее "
    "следующая предыдущая закрыть здесь видео фото фотогалерея галерея реклама комментарии комментарий ответить "
    "аккаунт пароль конфиденциальности контакты популярное скачать приложение"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
# The passive of a speech verb with no subject, as "говорится" ("«…», — отмечается в сообщении"): what a document says
_IMPERSONAL_PASSIVE = ("отмечается", "подчеркивается", "подчёркивается", "сообщается", "указывается")

QUOTES: dict[str, Any] = {
    # a people's adjective: a country's stem, a suffix, an ending ("российская", "американского"; language.py)
    "adjective_endings": [
        "ий",
        "ый",
        "ой",
        "ая",
        "ое",
        "ые",
        "ие",
        "ого",
        "ому",
        "ым",
        "им",
        "ом",
        "ую",
        "ых",
        "их",
        "ыми",
        "ими",
    ],
    "nation_suffixes": ["йск", "ийск", "ск", "анск"],
    "verbs": {
        "проинформировать",
        "признаться",
        "пожаловаться",
        "рассказывать",
        "сообщать",
        "уверять",
        "добавлять",
        "сказать",
        "заявить",
        "отметить",
        "добавить",
        "подчеркнуть",
        "сообщить",
        "написать",
        "пояснить",
        "уточнить",
        "рассказать",
        "констатировать",
        "заверить",
        "признать",
        "ответить",
        "предупредить",
        "говорить",
        "заметить",
        "указать",
        "подтвердить",
        "опровергнуть",
        "прокомментировать",
        "заявлять",
        "отмечать",
        "подчёркивать",
        "подчеркивать",
        "призвать",
        "напомнить",
        "резюмировать",
        "процитировать",
        "цитировать",
        "высказаться",
        "спросить",
        "возразить",
        "пообещать",
        "объяснить",
        "передать",
        "считать",
        "убеждать",
        "настаивать",
        "посетовать",
        "оценить",
        "охарактеризовать",
        "назвать",
        "обвинить",
        "пригрозить",
        "выразить",
        "поделиться",
        "воскликнуть",
        "говорится",
        # "«…», — отмечается в сообщении": impersonal as "говорится", the document's body speaks or no one
        *_IMPERSONAL_PASSIVE,
        "утверждать",
        "объявить",
        "возмутиться",
        "отреагировать",
        "парировать",
        "подытожить",
        "передавать",
        "пояснять",
        "объяснять",
        "уточнять",
        "предупреждать",
        "признавать",
    },
    "forms": {
        "проинформировал",
        "проинформировала",
        "призналась",
        "признался",
        "пожаловалась",
        "пожаловался",
        "сказал",
        "сказала",
        "сказали",
        "заявил",
        "заявила",
        "заявили",
        "отметил",
        "отметила",
        "отметили",
        "добавил",
        "добавила",
        "добавили",
        "сообщил",
        "сообщила",
        "сообщили",
        "говорится",
        *_IMPERSONAL_PASSIVE,
        "пишет",
        "написал",
        "написала",
        "подчеркнул",
        "подчеркнула",
        "уточнил",
        "уточнила",
        "пояснил",
        "пояснила",
        "рассказал",
        "рассказала",
        "считает",
        "говорит",
        "заявляет",
        "отмечает",
        "цитирует",
    },
    "weak": {
        *("считать", "назвать", "выразить", "поделиться", "оценить", "передать", "передавать", "говорится"),
        *_IMPERSONAL_PASSIVE,
    },
    "framing": {"назвать", "охарактеризовать", "квалифицировать"},
    # verbs that add to words said before ("«…», — добавил он"): one who spoke before
    "adding": {"добавить", "добавлять"},
    "addressee": set(),
    "cues": [
        "по словам",
        "по мнению",
        "по данным",
        "со слов",
        "как заявил",
        "как заявила",
        "как сообщил",
        "как сообщила",
        "как сообщили",
        "как отметил",
        "как отметила",
        "как сказал",
        "как сказала",
        "как пишет",
        "цитирует",
    ],
    "cues_after": [],
    "pronouns": {"он": "m", "она": "f", "они": "p", "оно": "n", "его": "m", "её": "f", "ее": "f"},
    "relative": {"который", "которая", "которое", "которые"},
    "honorifics": {"г-н": "m", "г-жа": "f", "господин": "m", "госпожа": "f"},
    "titles": {
        "пресс-секретарь": None,
        "президент": None,
        "министр": None,
        "глава": None,
        "представитель": None,
        "советник": None,
        "мэр": None,
        "губернатор": None,
        "спикер": None,
        "посол": None,
        "генерал": None,
        "премьер": None,
        "премьер-министр": None,
        "канцлер": None,
        "депутат": None,
        "директор": None,
        "руководитель": None,
        "эксперт": None,
        "аналитик": None,
        "официальный": None,
        "замглавы": None,
        "заместитель": None,
        "командующий": None,
        "помощник": None,
        "источник": None,
        "сенатор": None,
        "председатель": None,
        "политолог": None,
        "лидер": None,
        "начальник": None,
        "главком": None,
        "военком": None,
        # "зампред Совбеза", "координатор СНБ США": their bodies follow in the genitive, no name of theirs
        "зампред": None,
        "координатор": None,
    },
    "title_suffixes": [],
    "institutions": {
        "министерство",
        "минобороны",
        "мид",
        "ведомство",
        "служба",
        "пресс-служба",
        "администрация",
        "правительство",
        "агентство",
        "штаб",
        "командование",
        "посольство",
        "кремль",
        "пентагон",
        "мчс",
        "фсб",
        "сво",
        "госдума",
        "дума",
        "управление",
        "совбез",
        "офис",
        "канцелярия",
        "прокуратура",
        "суд",
        "армия",
        "силы",
        "власти",
        "издание",
        "газета",
        "телеканал",
        "канал",
        "ведомства",
        "генштаб",
        "комитет",
        "совет",
        "комиссия",
        # the State Department, as the press shortens it ("глава Госдепа"): a body a title governs, not a name
        "госдеп",
        "госдепа",
        "госдепартамент",
    },
    "skip": {
        "и",
        "также",
        "затем",
        "в",
        "свою",
        "очередь",
        "уже",
        "ранее",
        "позже",
        "тогда",
        "—",
        "же",
        "это",
        "этом",
        "при",
        "об",
    },
    "prepositions": {
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "о",
        "об",
        "от",
        "до",
        "для",
        "из",
        "за",
        "под",
        "над",
        "при",
        "про",
        "у",
        "без",
        "через",
        "между",
        "против",
        "после",
    },
    "abbreviations": {
        "г",
        "гг",
        "ул",
        "им",
        "т",
        "д",
        "тыс",
        "млн",
        "млрд",
        "руб",
        "долл",
        "см",
        "н",
        "э",
        "в",
        "вв",
        "др",
        "пр",
        "проф",
        "акад",
        "ген",
        "т.е",
        "т.д",
        "т.п",
        "т.к",
        "т.н",
    },
    # a pointer opening the sentence after a quote, then a speech verb whose inverted subject said it ("«…». Об
    # этом заявил Геннадий Волков", "Так прокомментировал произошедшее Волков")
    "next_demonstratives": ["об этом", "так"],
    # the words naming the quote, then any verb whose subject said them ("Такое заявление сделал Волков")
    "next_worded": ["такое заявление", "с таким заявлением", "эти слова"],
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    "document_heads": ["заявление"],
    # names take case endings ("Pieskowa" finds "Pieskow")
    "inflected_names": True,
    # a title after a title in an oblique case is whose it is ("пресс-секретарь президента"); the body after it, in the genitive, too
    "head_first_titles": True,
    # a representative speaks for a body as its press secretary does ("представитель Кремля")
    "role_groups": {"представитель": "пресс-секретарь", "представительница": "пресс-секретарь"},
    # the president's office is the Kremlin: "пресс-секретарь президента" is "представитель Кремля"
    "body_groups": {"президент": "кремль", "президент россии": "кремль", "президент рф": "кремль"},
    # prepositions of the body a plural speech verb with no subject names ("сообщили в Минобороны")
    "impersonal_in": ["в", "во", "у", "из"],
    # verbs of citing: the person cited follows them
    "citing": ["цитировать", "процитировать"],
    "reflexive_clitics": ["ся"],
    # a plural speech verb with no subject is impersonal ("сообщили в ведомстве": the body named after it)
    "plural_impersonal": True,
    # impersonal speech verbs whose subject is the body named after "в" ("говорится в заявлении Кремля")
    "impersonal_verbs": ["говорится", *_IMPERSONAL_PASSIVE],
    # documents before the body that issued them, its voice ("в сообщении пресс-службы Кремля")
    "impersonal_heads": ["заявление", "сообщение", "коммюнике", "публикация", "пресс-релиз", "обращение"],
    # a verb's gender and number by its ending: the past tense's, then the present plural's ("считают", "вважають")
    "verb_gender": [
        ["ла", "f"],
        ["ли", "p"],
        ["ло", "n"],
        ["л", "m"],
        ["ют", "p"],
        ["ят", "p"],
        ["ут", "p"],
        ["ат", "p"],
    ],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"пресс-секретарь", "представитель"},
    "clause_starts": {"и", "а", "но"},
    "subordinators": {"пока", "когда", "потому"},
    "complementisers": {"что"},
    "reflexives": {"ся"},
    "conjunctions": {"и"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# A word starting with a role is the role in a case ending (rzecznika, речника).
NAME_CASE_ENDINGS = True
NAME_ROLES = (
    "президент", "премьер", "министр", "пресс-секретар", "представител", "мэр", "посол", "посла", "генерал",
    "глав", "советник", "секретар", "помощник", "руководител", "лидер", "директор", "аналитик", "депутат",
    "полковник", "профессор", "командующ", "спикер", "господин", "госпож",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "министерств", "правительств", "парти", "банк", "агентств", "университет", "институт", "суд", "арми",
    "комисси", "совет", "служб", "генштаб", "сил", "офис", "департамент", "управлени", "организаци",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "в во на до с со от по через для о об за при под над перед как что и а но или не так это этот "
    "эта эти его её их он она они мы также когда где согласно"
)
# common given names Faker's locale lacks ("Пётр", "Артём"): the name finder reads them as any language's
NAME_GIVEN = frozenset(["Артур", "Рамзан", "Пётр", "Фёдор", "Семён", "Артём"])
NAME_PERSON_ENDINGS = ("ым", "ого", "ому", "а", "у", "ом", "е", "ой", "ую", "ий")
NAME_DAY_WORDS = frozenset({"день", "дня", "дне", "праздник"})

# Places (services/enrich/entities/geo.py).
# A region or district named by its city's adjective beside a region noun, in either order and case (recovery.py
# ``_adjective_regions``): the nouns, the adjective's case endings, the suffixes that derive it from the city's name,
# and letters the name ends in that the adjective drops.
PLACE_ADJECTIVE_REGION = {
    "nouns": (
        "область", "области", "областью", "край", "края", "крае", "краю", "район", "района", "районе", "району",
        "районом", "округ", "округа", "округе", "округу", "округом",
    ),
    "endings": ("ого", "ому", "ой", "ая", "ий", "ом", "ую", "ый", "ое", "ых", "ым", "ие"),
    "suffixes": ("ск", "цк"),
    "tails": ("ь", "ье"),  # Тверь, Запорожье
    # the stem's ending that differs from the name's ("stem:name"): "московская" (Москва)
    "stems": ("ов:ва",),
}  # fmt: skip
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Words right before a name that make a small town of the gazetteer the place ("near the town of").
PLACE_BEFORE = r"(?:^|\s)(?:в|во|под|возле|города|город|посёлке|поселке|села|село)\s+$"
# Short forms of country names CLDR does not give.
COUNTRY_SHORT = {"США": "US", "РФ": "RU", "Великобритания": "GB"}
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
PLACE_CASE_ENDINGS = (
    ("ии", "ия"), ("ию", "ия"), ("ией", "ия"), ("е", "а"), ("ы", "а"), ("и", "а"), ("у", "а"), ("ой", "а"),
    ("е", ""), ("а", ""), ("у", ""), ("ом", ""),
)  # fmt: skip

# Surname endings that show a person's gender (Petrova, Песков), read whatever the article's language.
SURNAME_ENDINGS = {
    "f": ["ova", "eva", "yova", "ina", "aya", "skaya", "ова", "ева", "ина", "ая"],
    "m": ["ov", "ev", "yov", "in", "sky", "skiy", "ий", "ов", "ев", "ин", "ский"],
}
