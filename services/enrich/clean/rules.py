"""The line rules of the clean stage: what a line of boilerplate looks like.

Each rule looks at one whole line (a paragraph of the input, or one line of it)
and names the kind of boilerplate it is, or nothing. Rules are anchored: a
keyword must open the line ("Read also:", "Фото:", "Lesen Sie auch"), or the line
must consist of nothing else (a "Share" button, a date stamp), so a body sentence
that merely mentions a photo or a newsletter is never cut.

The keywords are each language's ``CLEAN`` cues (``services/enrich/languages/<code>.py``,
their kinds in ``languages/cues.py``); the cues no language owns (social networks, news
agencies, "©") are here. Adding a phrase to a language's cues is the way to teach clean a
new outlet's furniture.
"""

from __future__ import annotations

import re

from wirestream.services.enrich import languages
from wirestream.services.enrich.languages.cues import Cues
from wirestream.services.enrich.lexicon import all_month_forms, weekday_regex

_CUES: dict[str, Cues] = languages.table("CLEAN")


def _cues(kind: str) -> list[str]:
    """Every language's cues of one kind, each once, in ``languages.CODES`` order."""
    return list(dict.fromkeys(cue for cues in _CUES.values() for cue in getattr(cues, kind)))


def _either(kind: str) -> str:
    return "(?:" + "|".join(_cues(kind)) + ")"


def _prefix(*phrases: str) -> re.Pattern[str]:
    """A line opening with one of ``phrases`` (regex fragments, matched in any case)."""
    return re.compile(r"^\(?(?:" + "|".join(phrases) + r")", re.I)


def _whole(*phrases: str) -> re.Pattern[str]:
    """A line that is exactly one of ``phrases`` (trailing punctuation aside)."""
    # The tail is possessive (issue 12): a phrase ending in a run the tail also matches ("loading\\W*+")
    # must take the run possessively too, or each split of the run between them is tried (quadratic).
    return re.compile(r"^(?:" + "|".join(phrases) + r")[\s.:!|·•-]*+$", re.I)


# Buttons, labels and notices of the page around the article.
_SOCIAL_NETWORKS = r"twitter|x|facebook|whatsapp|telegram|linkedin|reddit|pinterest|flipboard|vk|вконтакте|одноклассники|weibo|微信|微博"
CHROME = _whole(*_cues("chrome"), _SOCIAL_NETWORKS)
SHARE_BAR = _prefix(_either("share") + r"\s*[:：]")
COOKIES = re.compile(r"\bcookies?\b", re.I)
COOKIE_ACTION = re.compile(r"\b" + _either("cookie_actions") + r"\w*", re.I)

# Calls to action: newsletters, apps, social accounts, subscriptions.
PROMO = _prefix(*_cues("promo"))
# The same calls anywhere in a short line ("Cet article vous a plu ? Abonnez-vous ...").
PROMO_ANYWHERE = re.compile(r"\b" + _either("promo_anywhere") + r"\b", re.I)
# "Support The Moscow Times!", "Support us": a call on its own line, nothing else.
SUPPORT_CALL = _whole(*_cues("support"))
# A photo credit inside a line, after a sentence ("… the talks. File photo: Reuters"): cut to the sentence's end.
INLINE_CREDIT = re.compile(r"(?:^|(?<=[.!?\"”]\s))" + _either("inline_credit") + r"\s*:\s[^\n]*?(?:\.(?=\s|$)|$)", re.I)
BRACKET_PROMO = re.compile(r"\[[A-Z0-9][A-Z0-9 &!'’-]{2,}\]\s*$")

# "Read also" links to other stories.
READ_ALSO = _prefix(*_cues("read_also"))
# Headings over a list of links or tags; the lines under them go too.
LINK_LIST = _whole(*_cues("link_list"))
TAGS = _prefix(_either("tags") + r"\s*[:：]")

# Bylines and credits of the people who made the article.
BYLINE = _prefix(*_cues("byline"), _either("byline_roles") + r"\s*[:：]")
# "Published By: Sudeshna Ghosh", "Edited by: ...": a byline named by its role.
ROLE_BYLINE = _prefix(*_cues("role_byline"))
# A byline's name part: capitalised words, "and", commas, a pipe, an outlet.
_AND_WORDS = frozenset(_cues("and_words"))
NAME_WORDS = re.compile(
    r"^(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*|" + "|".join(_cues("and_words") + _cues("byline_words")) + r"|[|,&/-])$"
)

# Photo credits and captions.
PHOTO_PREFIX = _prefix(
    *_cues("photo"),
    _either("captions") + r"\s*[:：]",
    r"©",
    r"\(?(?:AP|AFP|Reuters|EPA|Getty) (?:Photo|Images)",
)
# Searched, so every possible start is tried: each alternative is bounded from its start (issue 12).
# An "AGENCY/Name" credit has at most six parts ("REUTERS/Gleb Garanich/File Photo"): an unbounded chain
# let every capitalised word of "A/BA/BA/B..." scan to the end of the line (quadratic). The
# quantifiers are possessive where giving back cannot help the match (the next item needs another
# character), so a failing start costs its own length once. Antara's credits may name the desk in a
# second word and end in the photo editor's initials in lower case ("ANTARA FOTO/Reuters/Maxim Shemetov/aa.").
CAPTION_CREDIT = re.compile(
    r"(?:"
    r"(?:Photograph|Photo|Picture|Image source|Image|Foto|Фото|Fotoğraf|Credit)\s*+[:,]\s*[^.!?]{2,80}"
    r"|\b[A-Z]{2,}+(?: [A-Z]{2,}+)?(?:/[A-Z][\w.'’ -]{1,40}+){1,6}+(?:/[a-z]{1,5}+\.?)?"
    r"|\((?:[A-Z]++ )?(?:Photo|Foto)[^)]{0,60}+\)"
    # German's "Bild:" after a caption, an agency's path after it ("Kreml-Sprecher Dmitri Peskow Bild: picture
    # alliance/dpa/Pool Sputnik Kremlin/AP | Mikhail Metzel"): a slash or a bar and no quotation mark, since "Bild" is
    # a paper too ("sagte er der Bild: „…“")
    r"|\bBild\s*+:\s*+[^.!?/|\n\"„“”»«]{0,40}+[/|][^.!?\n\"„“”»«]{0,80}+"
    # a picture an agency distributes for another ("Sputnik/Mikhail Metzel/Kremlin via REUTERS"): each part ends at
    # the next slash, so only the last one's extent is tried, 30 characters at most
    r"|\b[A-Z][\w-]*+(?:/[A-Z][^/\n]{1,40}+){0,5}/[A-Z][\w'’ -]{0,30}?\svia\s(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)"
    r")\s*+$"
)
# A picture's label without the credit: "File Photo", "Representational Image".
PHOTO_LABEL = _whole(*_cues("photo_labels"))
AGENCY_ONLY = _whole(
    r"(?:getty images|afp|reuters|ap|epa|dpa|ria novosti|риа новости|тасс|efe|anadolu|aa|xinhua|新华社|shutterstock)"
    r"(?:\s*(?:/|via|,)\s*[\w ]{1,40})?",
)

# Notes on where the copy came from, and copyright lines.
SYNDICATION = _prefix(*_cues("syndication"), r"©")
AGENCY_SIGNOFF = _whole(r"[—–-]?\s*\(?(?:afp|ap|reuters|dpa|efe|ansa|tass|тасс|риа новости)\)?")

# Embedded social media posts.
SOCIAL_ATTRIBUTION = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{0,40}$")
SOCIAL_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+", re.I)
SOCIAL_WIDGET = _prefix(*_cues("embeds"))
_LINK = re.compile(r"https?://\S|\bwww\.\S|\bt\.me/\S")

# Publication and update stamps.
STAMP_KEYWORD = _prefix(*_cues("stamp"))
UPDATED_FIRST = _prefix(*_cues("updated"))
# Words a date/time stamp line may contain besides the date itself.
STAMP_WORDS = set(_cues("stamp_words"))
_STAMP_TOKEN = re.compile(r"[\w.+:'’-]+")
_DIGIT_TOKEN = re.compile(r"^[\d.:/+-]+(?:h\d*)?(?:st|nd|rd|th)?$|^gmt[+-]\d+$|^utc[+-]\d+$", re.I)

HEADER_GENRES = _whole(*_cues("genres"))
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
    names = [w for w in words if w not in _AND_WORDS and w != ","]
    # In capitals every word looks like a name ("CLICK FOR FULL STATE SWIM RESULTS"): the case says nothing.
    if not any(c.islower() for w in names for c in w):
        return False
    return len(names) >= 2 and all(re.match(r"^[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*,?$", w) for w in names)


def is_kicker(line: str) -> bool:
    """A section or genre label over a headline: "WORLD NEWS", "BREAKING", "Explainer"."""
    if not line.strip() or word_count(line) > 4:
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(HEADER_GENRES.match(line)) or (len(letters) >= 3 and all(c.isupper() for c in letters))


# The first entry of a breadcrumb trail, per language.
HOME_WORDS = {code: cues.home for code, cues in _CUES.items() if cues.home}
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


def _promo_length(line: str) -> bool:
    """Whether a line that opens with a call to action is short enough to be one: 30 words, or 60 when it gives the
    address to follow ("Dapatkan update berita pilihan … Mari bergabung di Grup Telegram …, caranya klik link
    https://t.me/…, kemudian join. Anda harus install aplikasi Telegram …"); a longer one is a paragraph of the body."""
    words = word_count(line)
    return words <= 30 or (words <= 60 and bool(_LINK.search(line)))


def classify(line: str) -> str | None:
    """The kind of boilerplate ``line`` is, or ``None`` for a line of the article."""
    if CHROME.match(line) or SHARE_BAR.match(line) or SOCIAL_WIDGET.match(line):
        return "page chrome"
    if COOKIES.search(line) and COOKIE_ACTION.search(line) and word_count(line) <= 25:
        return "cookie notice"
    if BRACKET_PROMO.search(line) or (PROMO.match(line) and _promo_length(line)) or SUPPORT_CALL.match(line):
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
