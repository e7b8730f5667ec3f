"""The line rules of the clean stage: what a line of boilerplate looks like.

Each rule looks at one whole line (a paragraph of the input, or one line of it)
and names the kind of boilerplate it is, or nothing. Rules are anchored: a
keyword must open the line ("Read also:", "Фото:", "Lesen Sie auch"), or the line
must consist of nothing else (a "Share" button, a date stamp), so a body sentence
that merely mentions a photo or a newsletter is never cut.

The keyword lists cover English, Russian, Ukrainian, Spanish, Portuguese, French,
Italian, German, Polish, Turkish, Indonesian and Chinese. Adding a phrase to a
list is the way to teach clean a new outlet's furniture.
"""

from __future__ import annotations

import re

from wirestream.services.enrich.lexicon import all_month_forms, weekday_regex


def _prefix(*phrases: str) -> re.Pattern[str]:
    """A line opening with one of ``phrases`` (regex fragments, matched in any case)."""
    return re.compile(r"^\(?(?:" + "|".join(phrases) + r")", re.I)


def _whole(*phrases: str) -> re.Pattern[str]:
    """A line that is exactly one of ``phrases`` (trailing punctuation aside)."""
    # The tail is possessive (issue 12): a phrase ending in a run the tail also matches ("loading\\W*+")
    # must take the run possessively too, or each split of the run between them is tried (quadratic).
    return re.compile(r"^(?:" + "|".join(phrases) + r")[\s.:!|·•-]*+$", re.I)


# Buttons, labels and notices of the page around the article.
CHROME = _whole(
    r"share(?: this(?: article| story| page)?)?",
    r"share (?:on|via) \w+",
    r"tweet",
    r"copy link(?: copied)?",
    r"link copied",
    r"save(?: article)?",
    r"print",
    r"e-?mail",
    r"comments?(?: \(\d+\))?",
    r"\d+ comments?",
    r"show comments",
    r"advertisement",
    r"advert",
    r"sponsored(?: content)?",
    r"skip to (?:main )?content",
    r"reuse this content",
    r"most (?:read|popular|viewed)",
    r"listen to (?:this )?article(?: \d+ min)?",
    r"\d+ min(?:ute)?s? read",
    r"related topics",
    r"top stories",
    r"back to top(?: button)?",
    r"(?:scroll|go) to top",
    r"show (?:more|less|all)",
    r"(?:load|see|view) (?:more|all)",
    r"more (?:videos?|stories|news|articles|photos|headlines)",
    r"watch(?: now| live| video| the video)?",
    r"play(?: video| now)?",
    r"listen(?: now| live)?",
    r"video",
    r"close(?: ad)?",
    r"skip ad",
    r"next article",
    r"previous article",
    r"(?:mehr|weitere) (?:videos|artikel|nachrichten)",
    r"ещё (?:видео|новости)",
    r"смотреть (?:видео|все)",
    r"показать (?:ещё|больше|все)",
    r"ver más",
    r"voir plus",
    r"mehr anzeigen",
    r"partager(?: sur \w+)?",
    r"teilen(?: auf \w+)?",
    r"поделиться",
    r"поділитися",
    r"compartir(?: en \w+)?",
    r"condividi",
    r"paylaş",
    r"bagikan",
    r"分享(?:到)?",
    r"реклама",
    r"anzeige",
    r"werbung",
    r"publicidad",
    r"publicité",
    r"pubblicità",
    r"reklam",
    r"iklan",
    r"广告",
    r"lo más leído",
    r"les plus lus",
    r"meistgelesen",
    r"самое читаемое",
    r"найпопулярніше",
    r"en çok okunanlar",
    r"terpopuler",
    r"twitter|x|facebook|whatsapp|telegram|linkedin|reddit|pinterest|flipboard|vk|вконтакте|одноклассники|weibo|微信|微博",
    r"like this",
    r"like loading\W*+",
    r"loading\W*+",
)
SHARE_BAR = _prefix(
    r"(?:share(?: this(?: article| story)?)?|teilen|partager|compartir|поделиться|поділитися|paylaş|bagikan|分享)\s*[:：]"
)
COOKIES = re.compile(r"\bcookies?\b", re.I)
COOKIE_ACTION = re.compile(
    r"\b(?:accept|agree|akzeptieren|verwenden|nutzen|accepter|utilisons|aceptar|utilizamos|accetta|kabul)\w*", re.I
)

# Calls to action: newsletters, apps, social accounts, subscriptions.
PROMO = _prefix(
    r"sign up\b",
    r"subscribe\b",
    r"download (?:our|the)(?: \w+)? app",
    r"get (?:our|the) \w+",
    r"join (?:our|us)\b",
    r"follow (?:us|our|\w+['’]s coverage)\b",
    r"click here\b",
    r"already a subscriber",
    r"support (?:our|independent) journalism",
    r"(?:sign|log) ?in(?: or (?:register|sign up|subscribe))?(?: to (?:continue|read|comment|keep reading|save|access)\b|\s*$)",
    r"already (?:a subscriber|have an account|registered)\b",
    r"(?:sign|log) ?in to your account\b",
    r"(?:don['’]t|do not) have an account\b",
    r"create (?:a |your )?(?:free )?account\b",
    r"register (?:now|for free|to (?:continue|read|comment))\b",
    r"(?:you(?:'ve|’ve| have) )?reached your (?:limit|free article)",
    r"become a (?:member|subscriber|supporter)\b",
    r"(?:please )?(?:consider )?(?:donate|donating) (?:now|today|to)\b",
    r"подписывайтесь",
    r"подпишитесь",
    r"підписуйтесь",
    r"підпишіться",
    r"suscr[íi]bete",
    r"s[íi]guenos",
    r"abonnez-vous",
    r"suivez-nous",
    r"inscrivez-vous",
    r"folgen sie uns",
    r"abonnieren sie",
    r"melden sie sich",
    r"iscriviti",
    r"seguici",
    r"assine",
    r"siga-nos",
    r"obserwuj nas",
    r"zapisz się",
    r"bizi\b.*\btakip edin",
    r"ikuti (?:kami|berita)",
    r"关注我们",
    r"扫码关注",
)
# The same calls anywhere in a short line ("Cet article vous a plu ? Abonnez-vous ...").
PROMO_ANYWHERE = re.compile(
    r"\b(?:subscribe (?:now|today|to (?:our|the))|sign up (?:now|for (?:our|the)|to (?:our|the))|abonnez-vous|"
    r"suscr[íi]bete|подпишитесь|подписывайтесь|підпишіться|підписуйтесь|abonnieren sie|jetzt abonnieren|"
    r"iscriviti|assine já|zapisz się|abone olun)\b",
    re.I,
)
# "Support The Moscow Times!", "Support us": a call on its own line, nothing else.
SUPPORT_CALL = _whole(r"support (?:us|the [\w'’. -]{2,40}|[\w'’. -]{2,40} journalism)")
BRACKET_PROMO = re.compile(r"\[[A-Z0-9][A-Z0-9 &!'’-]{2,}\]\s*$")

# "Read also" links to other stories.
READ_ALSO = _prefix(
    r"read (?:also|more|next)\b",
    r"also read\b",
    r"see also\b",
    r"related(?: stories| articles| coverage| content| reading)?\s*[:：]",
    r"more on this(?: story)?\s*[:：]",
    r"recommended\s*[:：]",
    r"читайте (?:также|тоже|також)",
    r"читать также",
    r"по теме\s*[:：]",
    r"лe?a también",
    r"lee también",
    r"lea también",
    r"te puede interesar",
    r"(?:[àa] )?lire aussi",
    r"(?:[àa] )?voir aussi",
    r"[àa] découvrir\s*[:：-]",
    r"(?:watch|video|listen)\s*[:：]",
    r"смотрите также",
    r"дивіться також",
    r"(?:mira|ver) también",
    r"más noticias\s*[:：]",
    r"lesen sie auch",
    r"auch interessant",
    r"leggi anche",
    r"leia (?:também|mais)",
    r"veja também",
    r"czytaj (?:też|także|więcej)",
    r"ayrıca okuyun",
    r"ilgili haber",
    r"baca juga",
    r"simak juga",
    r"相关(?:阅读|新闻|报道)",
    r"延伸阅读",
    r"推荐阅读",
)
# Headings over a list of links or tags; the lines under them go too.
LINK_LIST = _whole(
    r"read more",
    r"related(?: stories| articles| coverage| content)?",
    r"more on this story",
    r"explore more on these topics",
    r"topics",
    r"tags",
    r"themen",
    r"temas",
    r"sujets",
    r"más información",
    r"mais informações",
    r"share this",
    r"like this",
    r"more from \w+(?: \w+)?",
    r"mehr zum thema",
    r"читайте также",
    r"читайте також",
    r"по теме",
    r"lire aussi",
    r"lee también",
    r"baca juga",
    r"相关阅读",
)
TAGS = _prefix(
    r"(?:tags|topics|filed under|themen|schlagworte|темы|теги|теми|etiquetas|temas|mots-clés|sujets|thèmes|argomenti|"
    r"etiketler|konular|tag|topik|标签)\s*[:：]"
)

# Bylines and credits of the people who made the article.
BYLINE = _prefix(
    r"by\s+(?=[A-Z])",
    r"von\s+(?=[A-ZÄÖÜ])",
    r"par\s+(?=[A-ZÉ])",
    r"por\s+(?=[A-ZÁÉ])",
    r"di\s+(?=[A-Z])",
    r"oleh\s*[:：]?\s+(?=[A-Z])",
    r"автор(?:ы)?\s*[:：]",
    r"автори?\s*[:：]",
    r"текст\s*[:：]",
    r"редактор\s*[:：]",
    r"(?:editor|penulis|reporter|pewarta|wartawan|muhabir|yazar|redaktor|autor|autore|auteur)\s*[:：]",
    r"(?:责任编辑|编辑|记者|作者|来源)\s*[:：]",
)
# "Published By: Sudeshna Ghosh", "Edited by: ...": a byline named by its role.
ROLE_BYLINE = _prefix(r"(?:published|posted|written|edited|reported|compiled|curated|produced) by\s*[:：]")
# A byline's name part: capitalised words, "and", commas, a pipe, an outlet.
NAME_WORDS = re.compile(
    r"^(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*|and|und|et|y|e|dan|ve|и|і|та|de|van|von|der|in|of|the|with|avec|mit|con|com|"
    r"[|,&/-])$"
)

# Photo credits and captions.
PHOTO_PREFIX = _prefix(
    r"(?:file |main |top )?(?:photo|image|picture|photograph|illustration)(?: credit| source)?\s*[:：,]",
    r"(?:caption|bildunterschrift|légende|pie de foto|didascalia|подпись к фото|keterangan foto|图说)\s*[:：]",
    r"image source\b",
    r"credit\s*[:：]",
    r"foto\s*[:：]",
    r"fotoğraf\s*[:：]",
    r"фото\s*[:：]",
    r"фото\b.*[:：]",
    r"ilustrasi\s*[:：]",
    r"图片?(?:来源)?\s*[:：]",
    r"©",
    r"\(?(?:AP|AFP|Reuters|EPA|Getty) (?:Photo|Images)",
)
# Searched, so every possible start is tried: each alternative is bounded from its start (issue 12).
# An "AGENCY/Name" credit has at most six parts ("REUTERS/Gleb Garanich/File Photo"): an unbounded chain
# let every capitalised word of "A/BA/BA/B..." scan to the end of the line (quadratic). The
# quantifiers are possessive where giving back cannot help the match (the next item needs another
# character), so a failing start costs its own length once.
CAPTION_CREDIT = re.compile(
    r"(?:"
    r"(?:Photograph|Photo|Picture|Image source|Image|Foto|Фото|Fotoğraf|Credit)\s*+[:,]\s*[^.!?]{2,80}"
    r"|\b[A-Z]{2,}+(?:/[A-Z][\w.'’ -]{1,40}+){1,6}+"
    r"|\((?:[A-Z]++ )?(?:Photo|Foto)[^)]{0,60}+\)"
    r")\s*+$"
)
# A picture's label without the credit: "File Photo", "Representational Image".
PHOTO_LABEL = _whole(
    r"(?:file|stock|archive|archival|representational|representative|illustrative|screenshot|handout) "
    r"(?:photo|image|picture|pic|photograph)(?:\s*\([^()]{1,40}\))?",
    r"(?:photo|image|picture)(?: credit)?s?",
    r"(?:фото|archivfoto|symbolbild|imagen de archivo|photo d['’]archive|foto de archivo|foto d['’]archivio)",
)
AGENCY_ONLY = _whole(
    r"(?:getty images|afp|reuters|ap|epa|dpa|ria novosti|риа новости|тасс|efe|anadolu|aa|xinhua|新华社|shutterstock)"
    r"(?:\s*(?:/|via|,)\s*[\w ]{1,40})?",
)

# Notes on where the copy came from, and copyright lines.
SYNDICATION = _prefix(
    r"(?:additional )?reporting by\b",
    r"writing by\b",
    r"editing by\b",
    r"compiled by\b",
    r"our standards\s*:",
    r"this (?:article|story) (?:was )?(?:originally|first) (?:appeared|published)",
    r"this (?:article|story) (?:has been|was) (?:updated|corrected|amended)",
    r"copyright\b",
    r"©",
    r"all rights reserved",
    r"with (?:reporting|additional reporting) from\b",
    r"avec (?:l['’])?(?:afp|ap|reuters)\b",
    r"con información de\b",
    r"mit material (?:von|der)\b",
    r"mit agenturmaterial",
    r"(?:с использованием|по материалам) ",
    r"з використанням матеріалів",
    r"riproduzione riservata",
    r"über dieses thema berichtete\b",
    r"this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b",
    r"this (?:article|story|report) (?:has been|was|is) (?:published|generated|auto-generated|sourced) from (?:an? )?"
    r"(?:wire|syndicated|news agency|agency)\b",
    r"\(?this (?:article|story|report) has not been edited by\b",
    r"\(?(?:except for the headline, )?this (?:article|story) has not been edited\b",
    r"копирование материалов",
    r"tüm hakları saklıdır",
    r"版权所有",
    r"hak cipta",
    r"todos los derechos reservados",
    r"усі права захищені",
    r"все права защищены",
)
AGENCY_SIGNOFF = _whole(r"[—–-]?\s*\(?(?:afp|ap|reuters|dpa|efe|ansa|tass|тасс|риа новости)\)?")

# Embedded social media posts.
SOCIAL_ATTRIBUTION = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{0,40}$")
SOCIAL_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+", re.I)
SOCIAL_WIDGET = _prefix(
    r"view this post on instagram",
    r"a post shared by\b",
    r"embed from getty images",
    r"watch on youtube",
    r"load (?:tweet|post)",
    r"this content is not available",
)

# Publication and update stamps.
STAMP_KEYWORD = _prefix(
    r"(?:first |originally )?published(?: on| at)?\b",
    r"posted(?: on| at)?\b",
    r"written(?: on| at)?\s*:",
    r"publication date\b",
    r"erschienen(?: am)?\b",
    r"datum\s*:",
    r"gepostet\b",
    r"(?:last )?updated(?: on| at)?\b",
    r"(?:last )?modified\b",
    r"date\s*:",
    r"опубликовано",
    r"обновлено",
    r"дата публикации",
    r"опубліковано",
    r"оновлено",
    r"publicado(?: el| en)?\b",
    r"actualizado\b",
    r"atualizado\b",
    r"publié\b",
    r"mis à jour\b",
    r"veröffentlicht\b",
    r"aktualisiert\b",
    r"stand\s*:",
    r"pubblicato\b",
    r"aggiornato\b",
    r"opublikowano\b",
    r"aktualizacja\b",
    r"yayınlanma\b",
    r"yayın tarihi\b",
    r"güncelleme\b",
    r"diterbitkan\b",
    r"dipublikasikan\b",
    r"diperbarui\b",
    r"发布(?:时间|日期)",
    r"更新(?:时间|日期)",
)
UPDATED_FIRST = _prefix(
    r"(?:last )?updated", r"(?:last )?modified", r"обновлено", r"оновлено", r"actualizado", r"atualizado",
    r"mis à jour", r"aktualisiert", r"aggiornato", r"aktualizacja", r"güncelleme", r"diperbarui", r"更新",
)  # fmt: skip
# Words a date/time stamp line may contain besides the date itself.
STAMP_WORDS = {
    "am", "pm", "a.m.", "p.m.", "at", "on", "the", "of", "de", "del", "le", "à", "el", "a", "las", "um", "uhr", "в",
    "о", "року", "года", "г.", "р.", "yılı", "pukul", "updated", "published", "ago", "hours", "hour", "minutes",
    "mins", "min", "hrs", "gmt", "bst", "utc", "edt", "est", "et", "cet", "cest", "msk", "wib", "wita", "eet",
    "eest", "pst", "pdt", "cdt", "ist", "jst", "mez", "mesz", "мск", "last", "time", "local",
}  # fmt: skip
_STAMP_TOKEN = re.compile(r"[\w.+:'’-]+")
_DIGIT_TOKEN = re.compile(r"^[\d.:/+-]+(?:h\d*)?(?:st|nd|rd|th)?$|^gmt[+-]\d+$|^utc[+-]\d+$", re.I)

HEADER_GENRES = _whole(
    r"explainer", r"analysis", r"opinion", r"comment", r"live", r"exclusive", r"breaking(?: news)?", r"news",
    r"interview", r"feature", r"factbox", r"q&a", r"fact check", r"аналитика", r"мнение", r"новости",
    r"análisis", r"opinión", r"analyse", r"meinung", r"kommentar", r"analisi", r"analiz", r"analisis",
)  # fmt: skip
TABLE_ROW = re.compile(r"^\|.*\|\s*$")  # "| Kyiv | 3 | 12 |": a table row as the HTML extractor writes it
SENTENCE_STOP = re.compile(r"[.!?。！？][\"”’»]?$")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")
STRAY_COUNTER = re.compile(r"(?<=[a-z\u0400-\u04ff][.!?])\d{1,5}$")


# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar):
# their text is measured in characters, one character counting as one word. Korean has spaces.
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _words(line: str) -> list[str]:
    return line.split()


def word_count(text: str) -> int:
    """Words of a spaced script, plus one per character of a script written without spaces."""
    unspaced = len(UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return unspaced + len(UNSPACED.sub(" ", text).split())


def is_stamp(line: str) -> bool:
    """A line that states when the article was published or updated, and nothing else."""
    if word_count(line) > 20 or not re.search(r"\d", line):
        return False
    if STAMP_KEYWORD.search(line):
        return True
    return is_bare_date(line)


def is_bare_date(line: str) -> bool:
    """A line made of nothing but a date, a time, a weekday and a zone ("Wed 3 May 2023 17.26 BST")."""
    tokens = _STAMP_TOKEN.findall(line.casefold())
    if not tokens or len(tokens) > 14:
        return False
    months = all_month_forms()
    weekdays = weekday_regex()
    has_date = bool(re.search(r"\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}", line))
    for token in tokens:
        token = token.strip(".'’:-")
        if not token or _DIGIT_TOKEN.match(token) or token in STAMP_WORDS:
            continue
        if token in months:
            has_date = True
            continue
        if weekdays.fullmatch(token):
            continue
        return False
    return has_date


def is_byline(line: str) -> bool:
    """ "By Anna Petrova and Mark Ellis", "Von Max Muster", "Автор: ...", with at most a date after it."""
    if not BYLINE.search(line) or word_count(line) > 14 or SENTENCE_STOP.search(line.split("|")[0].strip()):
        return False
    if re.match(r"^\(?[^\W\d_]+\s*[:：]", line):  # "Автор: ...", "Editor: ..." name the role outright
        return True
    names = re.split(r"\s+", re.split(r"\s[|•·]\s|,\s(?=\d)", line, maxsplit=1)[0])[1:]
    named = [w for w in names if NAME_WORDS.match(w.strip(",;"))]
    return bool(names) and len(named) >= 0.8 * len(names)


def is_name_line(line: str) -> bool:
    """A line of only people's names ("Pjotr Sauer and Luke Harding"): a byline without "By"."""
    words = _words(line)
    if not 2 <= len(words) <= 9 or SENTENCE_STOP.search(line):
        return False
    names = [w for w in words if w not in {"and", "und", "et", "y", "e", "dan", "ve", "и", "і", "та", ","}]
    return len(names) >= 2 and all(re.match(r"^[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*,?$", w) for w in names)


def is_kicker(line: str) -> bool:
    """A section or genre label over a headline: "WORLD NEWS", "BREAKING", "Explainer"."""
    if not line.strip() or word_count(line) > 4:
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(HEADER_GENRES.match(line)) or (len(letters) >= 3 and all(c.isupper() for c in letters))


# The first entry of a breadcrumb trail, per language.
HOME_WORDS = {
    "en": ("home", "homepage", "front page"),
    "de": ("startseite", "home"),
    "fr": ("accueil",),
    "es": ("inicio", "portada"),
    "it": ("home page",),
    "pt": ("início", "página inicial"),
    "ru": ("главная",),
    "uk": ("головна",),
    "pl": ("strona główna",),
    "tr": ("ana sayfa", "anasayfa"),
    "id": ("beranda",),
    "zh": ("首页",),
}
_HOME = frozenset(word for words in HOME_WORDS.values() for word in words)
_TRAIL = re.compile(r"\s(?:/|>|»|›|→)\s")


def is_nav(line: str) -> bool:
    """A row of links: "Home | News | Sport", "Impressum | Datenschutz", a trail "Home / Politics / World"."""
    if SENTENCE_STOP.search(line):
        return False
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", line)]
    if len(parts) >= 2 and all(0 < len(p.split()) <= 3 for p in parts):
        return True
    # A breadcrumb trail: three entries or more, or two starting at the home page.
    crumbs = [p.strip() for p in _TRAIL.split(line)]
    if len(crumbs) < 2 or not all(0 < len(p.split()) <= 4 for p in crumbs):
        return False
    return len(crumbs) >= 3 or crumbs[0].casefold() in _HOME


def classify(line: str) -> str | None:
    """The kind of boilerplate ``line`` is, or ``None`` for a line of the article."""
    if CHROME.match(line) or SHARE_BAR.match(line) or SOCIAL_WIDGET.match(line):
        return "page chrome"
    if COOKIES.search(line) and COOKIE_ACTION.search(line) and word_count(line) <= 25:
        return "cookie notice"
    if BRACKET_PROMO.search(line) or (PROMO.match(line) and word_count(line) <= 30) or SUPPORT_CALL.match(line):
        return "promo"
    if PROMO_ANYWHERE.search(line) and word_count(line) <= 20:
        return "promo"
    if READ_ALSO.match(line) and word_count(line) <= 30:
        return "read also"
    if TAGS.match(line) and word_count(line) <= 30:
        return "tags"
    if is_stamp(line):
        return "publication stamp"
    if is_byline(line) or (ROLE_BYLINE.match(line) and word_count(line) <= 14):
        return "byline"
    if (SYNDICATION.match(line) and word_count(line) <= 60) or AGENCY_SIGNOFF.match(line):
        return "syndication note"
    if SOCIAL_ATTRIBUTION.match(line) or (SOCIAL_LINK.search(line) and len(SOCIAL_LINK.sub("", line).split()) <= 3):
        return "embedded social post"
    if AGENCY_ONLY.match(line) or PHOTO_LABEL.match(line) or (PHOTO_PREFIX.match(line) and word_count(line) <= 20):
        return "photo credit"
    if CAPTION_CREDIT.search(line) and len(_SENTENCES.split(CAPTION_CREDIT.sub("", line).strip())) <= 1:
        return "photo caption"
    if is_nav(line):
        return "page chrome"
    return None
