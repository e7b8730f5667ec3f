"""People and places in Chinese, Japanese and Korean: scripts written without spaces or capitals.

A surname character and given-name characters before a title or a speech verb ("佩斯科夫" by transliteration,
"格拉德科夫州长"), a Korean name before its particle, a katakana run the gazetteer knows as a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.geo import Gazetteer, Place
from wirestream.services.enrich.entities.name_data import Found
from wirestream.services.enrich.entities.name_data import stop_words as _stop_words
from wirestream.services.enrich.entities.name_words import (
    _CJK_ADMIN_SUFFIXES,
    _DOTTED_KATAKANA,
    _HAN,
    _HAN_COUNTRIES,
    _HAN_JOINED,
    _HANGUL_WORD,
    _KATAKANA_NAME,
    _KATAKANA_WORD,
    _NAME_JOINERS,
    _ZH_DAY,
    CJK_AFTER,
    CJK_COUNTRY_SHORT,
    CJK_MEDIA_BEFORE,
    CJK_NOT_BEFORE_TITLE,
    CJK_NOT_NAMES,
    CJK_OFFICE,
    CJK_ROLES_BEFORE,
    CJK_SPEECH,
    CJK_TITLES,
    KATAKANA_PLACE_NOUNS,
    _cjk_given_chars,
    _cjk_surnames,
    _function_chars,
    _institution,
    _occurrences,
    _role,
    _Token,
)
from wirestream.services.enrich.entities.registry import simplified
from wirestream.services.enrich.lexicon import CJK, LANGUAGES, all_month_forms

# Korean case particles that close a word as a phrase of its own (topic, object, genitive, locative): never the
# given name of a two-word name before a title ("이 글은 김민수 칼럼니스트"); not 이/가, with which names end (세르게이).
_KO_CASE_PARTICLES = ("은", "는", "을", "를", "의", "에")
# The endings that close the word right before a title as a phrase of its own, its particles and the copula's "and"
# ("보복 조치는 대통령이", "테러 행위이자 대통령 암살", inside a quote): no name's last word ends so; not 은 (김정은)
# nor 이/가.
_KO_PHRASE_ENDINGS = ("는", "을", "를", "의", "에서", "으로", "이자", "이며")

# A Japanese title's "former" and "current" ("安倍元首相", "メドベージェフ前大統領"): the name ends before it.
_JA_TENSE = "元前現"

# A kana letter (the name dot ・ and the double hyphen ゠ are no letters: "アメリカ・ファースト" ends a name).
_KANA_LETTER = re.compile(r"[\u30a1-\u30faー]")


# The most kanji of a body's name between a katakana name and the title it holds there ("安全保障会議" of
# "メドベージェフ安全保障会議副議長"): bounded look-ahead.
_JA_BODY_CHARS = 10


def _body_then_title(text: str, j: int, bodies: frozenset[str], titles: tuple[str, ...]) -> bool:
    """(Japanese) Whether the kanji from ``j`` are a body's name, ending in a word for a body (``bodies``: "会議",
    "院"), a "副" (deputy) maybe, then one of ``titles`` ("安全保障会議副議長", "下院議長"): the office of the
    katakana name before ``j``."""
    ends = tuple(bodies)
    for k in range(j + 2, min(len(text), j + _JA_BODY_CHARS + 1)):
        if not _HAN.match(text[k - 1]):
            return False
        if text.startswith(titles, k):
            body = text[j:k].removesuffix("副")
            return len(body) >= 2 and body.endswith(ends)
    return False


# Adverbs between a subject and its speech verb in Chinese wire copy ("佩斯科夫还表示", "扎哈罗娃则称", "他又说"), both
# scripts: no name's last character.
_ZH_ADVERBS = frozenset("还還则則又仍")


def _inside_kana_word(text: str, start: int, end: int) -> bool:
    """Whether a name's katakana ends run on into a longer katakana word (a kana letter right before its first
    kana or right after its last)."""
    first, last = text[start : start + 1], text[end - 1 : end]
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    opens = _KANA_LETTER.fullmatch(first) is not None and _KANA_LETTER.fullmatch(before) is not None
    return opens or (_KANA_LETTER.fullmatch(last) is not None and _KANA_LETTER.fullmatch(after) is not None)


# A region's suffix after the name of the town it is named for: a Russian or Ukrainian oblast, a US state ("图拉州",
# "布良斯克州"); a town's own name holds it too (广州), which the gazetteer gives whole.
_REGION_SUFFIXES = frozenset("州")

# Words of a newspaper's or broadcaster's name after the place it is named for (``PLACE_MEDIA_AFTER``).
MEDIA_AFTER = tuple(w for words in languages.table("PLACE_MEDIA_AFTER").values() for w in words.split())


def _title_end(text: str, dot: int, titles: tuple[str, ...], covered: set[int]) -> int | None:
    """Where the first part of a dotted foreign name starts, read back from the character before its name dot
    (``dot``): right after a title or a place that ends two to seven characters before the dot, the nearest first
    ("军事专家亚历山大·…", "分析人士谢尔盖‧…", "乌克兰奥列克西・…"); None when neither stands there."""
    for k in range(dot - 1, max(0, dot - 6) - 1, -1):
        if k <= 0 or not _HAN.match(text[k]):
            return None
        if text.endswith(titles, 0, k) or (k - 1) in covered:
            return k
    return None


# What opens the scene or the audience of a speech verb right after its speaker ("在…上说", "对记者说", "接受…采访时说").
_ZH_SCENE = ("在", "对", "對", "向", "接受", "通过", "通過")
SCENE_CHARS = 14  # characters from such a word to the speech verb, in one clause
# What a body issues, in which it speaks ("塔利班在声明中说": an organisation, no person)
_ZH_ISSUED = ("声明", "聲明", "公报", "公報", "通报", "通報")


def _later_verb(text: str, i: int, verbs: tuple[str, ...]) -> bool:
    """Whether a speech verb starts within ``SCENE_CHARS`` Han characters from ``i``, no punctuation nor a body's
    statement before it."""
    for k in range(i, min(len(text), i + SCENE_CHARS)):
        if not _HAN.match(text[k]) or text.startswith(_ZH_ISSUED, k):
            return False
        if text.startswith(verbs, k):
            return True
    return False


def _last_chars(text: str, j: int, n: int, function: frozenset[str], translit: frozenset[str]) -> bool:
    """Whether the ``n`` (one or two) characters from ``j`` may end a foreign name after its run of transliteration
    characters: a name's characters, the second of two a transliteration one ("贡恰连科", not "梅德韦杰夫发文")."""
    return _name_chars(text, j, j + n, function) and (n == 1 or text[j + n - 1] in translit)


def _run_of(text: str, i: int, translit: frozenset[str]) -> bool:
    """Whether the two characters from ``i`` are both transliteration characters."""
    pair = text[i : i + 2]
    return len(pair) == 2 and all(c in translit for c in pair)


def _name_chars(text: str, i: int, j: int, function: frozenset[str]) -> bool:
    """Whether ``text[i:j]`` is all Han characters and none a function character (a name's characters)."""
    return j <= len(text) and all(_HAN.match(c) and c not in function for c in text[i:j])


class CjkNameReader:
    """The name finder's settings, and names in the scripts written without spaces."""

    _located_words: set[str] | None  # the words after a place's preposition (NameFinder.__call__ resets it per call)

    name = "names"

    def __init__(
        self,
        gazetteer: Gazetteer,
        known: Callable[[str], bool] | None = None,
        known_place: Callable[[str], bool] | None = None,
    ) -> None:
        self._nouns: set[str] = set()
        self._lower: set[str] = set()
        self._index: dict[int, int] = {}  # a token's place in the article being read
        self._tokens: list[_Token] = []  # the article's words
        self._text = ""  # the article being read
        self._starts: list[int] = []  # their starts
        self._lang = ""  # and its language
        self._placed: set[str] = set()  # the names read as places so far in the article being read
        self._cjk: dict[str, Place] | None = None
        self._cjk_start = re.compile("")  # set with _cjk
        self._translit: frozenset[str] | None = None  # the characters of foreign names in Chinese, when asked
        self._plain: set[str] | None = None
        self.gazetteer = gazetteer
        self.known = known or (lambda name: False)  # the alias registry's lookup
        self.known_place = known_place or (lambda name: False)  # the registry knows this name as a place
        self.calendar = all_month_forms() | {w for lang in LANGUAGES.values() for w in lang.weekdays if w.isalpha()}

    def is_role(self, word: str, language: str) -> bool:
        return _role(word, language)

    def is_institution(self, word: str, language: str) -> bool:
        return _institution(word, language)

    def cjk_places(self, text: str) -> list[Found]:
        """Places written in Chinese, Japanese or Korean characters: the longest name the gazetteer
        knows at each point (short names only for countries and big cities: "南港" is also a word)."""
        if self._cjk is None:
            self._cjk = {
                form: place
                for form, place in self.gazetteer.trusted.items()
                if CJK.search(form)
                and len(form) <= 8
                and (place.kind == "country" or len(form) >= 3 or place.population >= 2_000_000)
            }
            # Where a place can start: the first character of a name above, a kana (a katakana name), or two to
            # four characters before an administrative suffix; a text in another script is passed over at once.
            firsts = "".join(re.escape(c) for c in sorted({form[0] for form in self._cjk}))
            suffixes = "".join(sorted(_CJK_ADMIN_SUFFIXES | _REGION_SUFFIXES))
            self._cjk_start = re.compile(rf"[{firsts}\u30a0-\u30ff]|.(?=.{{1,3}}[{suffixes}])", re.S)
        out: list[Found] = []
        i = 0
        # as written first (Japanese kanji: "難民キャンプ"), else in simplified characters, which the gazetteer's Chinese
        # names are written in ("烏克蘭" is 乌克兰)
        plain = simplified(text)
        readings = (text,) if plain is text else (text, plain)
        while starts := [m.start() for r in readings if (m := self._cjk_start.search(r, i)) is not None]:
            i = min(starts)
            found = self._cjk_place_at(text, i) or (self._cjk_place_at(plain, i) if plain is not text else None)
            if found is not None and plain.startswith(MEDIA_AFTER, found.end):
                i = found.end  # "华盛顿邮报", "纽约时报": a newspaper named for the place, no place mentioned
                continue
            if found is not None:
                if text[found.start : found.end] != found.text:
                    found = Found(
                        text[found.start : found.end], found.label, found.start, found.end, found.name or found.text
                    )
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _cjk_place_at(self, text: str, i: int) -> Found | None:
        """The place named at ``text[i]``: the longest trusted name; else a two-kana name that is a whole
        katakana word (ガザ, not inside ガザミ); else any gazetteer town before an administrative suffix
        (社頭鄉, ガザ市). A suffix after the name joins the mention, the name kept without it."""
        assert self._cjk is not None
        for size in range(min(8, len(text) - i), 1, -1):
            form = text[i : i + size]
            place = self._cjk.get(form)
            if place is not None and _inside_kana_word(text, i, i + size):
                place = None  # "タイ" in "タイミング", "スタイル": a katakana name only as a whole katakana word
            if place is None and size == 2 and _KATAKANA_WORD.fullmatch(form):
                before, after = text[i - 1 : i] if i else "", text[i + 2 : i + 3]
                whole = not (before and _KATAKANA_WORD.fullmatch(before)) and not (
                    after and _KATAKANA_WORD.fullmatch(after)
                )
                candidate = self.gazetteer.trusted.get(form)
                place = candidate if whole and candidate is not None and candidate.population >= 100_000 else None
            suffixed = text[i + size : i + size + 1] in _CJK_ADMIN_SUFFIXES | _REGION_SUFFIXES
            if place is None and suffixed and size <= 4 and self.gazetteer.by_name.get(form):
                return Found(text[i : i + size + 1], "GPE", i, i + size + 1, form)
            if place is not None:
                if suffixed and place.kind == "city":
                    return Found(text[i : i + size + 1], "GPE", i, i + size + 1, form)
                return Found(form, "GPE", i, i + size)
        return self._katakana_place_at(text, i)

    def _transliteration(self) -> frozenset[str]:
        """The characters Chinese spells foreign names with, read from the gazetteer: a character in many
        names of places outside the countries that write Han characters and seldom in theirs (斯 尔 克 夫 科,
        not 西 山 市)."""
        if self._translit is None:
            foreign: Counter[str] = Counter()
            home: Counter[str] = Counter()
            for form, places in self.gazetteer.by_name.items():
                if not _HAN.search(form) or _KATAKANA_WORD.search(form):
                    continue
                chars = set(_HAN.findall(form))
                for country in {p.country_code for p in places}:
                    (home if country in _HAN_COUNTRIES else foreign).update(chars)
            function = set(languages.table("FUNCTION_CHARS").get("zh", ""))
            # the characters of women's names, which place names seldom hold ("扎哈罗娃", "玛丽亚")
            feminine = set("".join(languages.table("NAME_FEMININE_CHARS").get("zh", "").split()))
            self._translit = frozenset(
                c for c, n in foreign.items() if n >= 30 and n >= 4 * (home[c] + 1) and c not in function
            ) | (feminine - function)
        return self._translit

    def _cjk_people(self, text: str, lang: str, taken: list[Found]) -> list[Found]:
        """People in Chinese or Japanese text, where no recogniser reads them: a name next to a title, an
        honorific or a speech verb, then every other mention of it; never a place."""
        covered = {k for f in taken for k in range(f.start, f.end)}
        if lang == "ko":
            found = self._ko_people(text, covered)
        else:
            found = self._ja_people(text, covered) if lang == "ja" else self._zh_people(text, lang, covered)
        # a dotted katakana name wins over a place inside it ("ウラジーミル・プーチン", not the city Vladimir)
        found = [
            f for f in found if _DOTTED_KATAKANA.fullmatch(f.text) or not covered.intersection(range(f.start, f.end))
        ]
        covered.update(k for f in found for k in range(f.start, f.end))
        again: list[Found] = []
        # longest first, then in the order the names were found: never the hash order of a set of strings, which
        # differs between worker processes (PYTHONHASHSEED) and decided which of two overlapping names of one length
        # took a later mention ("拜登" or "登科" in "拜登科")
        named = {f.text: None for f in found} | {
            f.text.split(j)[-1]: None for f in found for j in _NAME_JOINERS if j in f.text
        }
        if lang == "ko":  # a Korean article names a foreign person again by the surname alone ("페스코프 대변인은")
            named |= {f.text.split()[-1]: None for f in found}
        forms = sorted(named, key=len, reverse=True)
        forms = [f for f in forms if len(f) >= 2 and self.gazetteer.trusted.get(f.casefold()) is None]
        where = _occurrences(text, forms)
        for form in forms:
            resume = 0  # what re.finditer(form) would find: its occurrences that do not overlap one another
            for start in where.get(form, ()):
                if start < resume:
                    continue
                resume = end = start + len(form)
                if not covered.intersection(range(start, end)):
                    again.append(Found(form, "PERSON", start, end))
                    covered.update(range(start, end))
        return [*found, *again]

    def _zh_people(self, text: str, lang: str, covered: set[int]) -> list[Found]:
        """Chinese: a run of the characters foreign names are spelt with, after a title ("总统普京"), before a
        speech verb or title ("佩斯科夫表示", "普京总统") or holding a name dot ("勒布朗·詹姆斯"); a native
        surname and one or two given characters after a title or before a speech verb ("外长王毅", "王毅说");
        two to four characters between a title and a speech verb ("总统拜登说")."""
        translit = self._transliteration()
        dotted: set[int] = set()
        titles, after, verbs = CJK_TITLES.get(lang, ()), CJK_AFTER.get(lang, ()), CJK_SPEECH.get(lang, ())
        function = _function_chars(lang)
        surnames, given_chars, common = _cjk_surnames(), _cjk_given_chars(), _stop_words(lang)
        owned = tuple(CJK_NOT_NAMES.get(lang, ()))  # "总统官邸": the office's residence, no surname 官
        out: list[Found] = []

        def free(i: int, j: int) -> bool:
            clear = not covered.intersection(range(i, j)) and not dotted.intersection(range(i, j))
            return j - i >= 2 and clear and self.gazetteer.trusted.get(text[i:j]) is None

        def cue(j: int) -> bool:
            if (day := _ZH_DAY.match(text, j)) is not None:  # "扎哈罗娃3日表示": the day between name and verb
                j = day.end()
            if text[j : j + 1] in _ZH_ADVERBS:  # "佩斯科夫还表示", "扎哈罗娃则称": also, for her part
                j += 1
            return text.startswith(verbs, j) or text.startswith(after, j)

        def edge(j: int) -> bool:  # a word ends here: punctuation, a function character or the text's end
            return j >= len(text) or not _HAN.match(text[j]) or text[j] in function or cue(j)

        def cue_later(j: int) -> bool:  # "梅德韦杰夫在电报上发文称", "达尼洛夫接受采访时表示": where, then the verb
            return text.startswith(_ZH_SCENE, j) and _later_verb(text, j + 1, verbs)

        for m in _HAN_JOINED.finditer(text):  # "谢尔盖·拉夫罗夫", "勒布朗-詹姆斯"
            start, end = m.start(), m.end()
            back = start  # the first part: up to four characters back to a word's edge ("對沙曼-道格拉斯")
            while back > max(0, m.start() - 3) and _HAN.match(text[back - 1]) and text[back - 1] not in function:
                back -= 1
            opening = _title_end(text, start, titles, covered)
            if opening is not None:  # a title or a place right before it ("军事专家亚历山大·…", "乌克兰奥列克西·…")
                start = opening
            elif not back or not _HAN.match(text[back - 1]) or text[back - 1] in function:
                start = back
            else:  # no edge near: a run of the characters foreign names are spelt with, ending at the dot
                while start and text[start - 1] in translit:
                    start -= 1
            while end < len(text) and text[end] in translit:  # the last part: its first character, then a run
                end += 1
            if not edge(end) and not text.startswith(
                titles, end
            ):  # one or two last characters, then an edge ("…奇欣说")
                end = next(
                    (end + n for n in (1, 2) if _last_chars(text, end, n, function, translit) and edge(end + n)), end
                )
            while text[end : end + 1] in _NAME_JOINERS and _HAN.match(text[end + 1 : end + 2] or " "):
                end += 2  # a third part ("穆罕默德·本·萨勒曼"): its first character, then a run
                while end < len(text) and text[end] in translit:
                    end += 1
            letters = text[start:end].translate({ord(c): None for c in _NAME_JOINERS})
            if 2 * sum(c in translit for c in letters) >= len(letters) and free(start, end):
                out.append(Found(text[start:end], "PERSON", start, end))
                dotted.update(range(start, end))
        i = 0
        while i < len(text):
            # a title, not the end of a place ("南京市长江大桥" is the Yangtze bridge of 南京市, not its mayor)
            titled = text.endswith(titles, 0, i) and any(
                text.endswith(t, 0, i) and i - len(t) not in covered for t in titles
            )
            j = i
            while j < len(text) and (
                text[j] in translit
                or (text[j] in _NAME_JOINERS and j > i and text[j + 1 : j + 2] in translit)
                # after a title, one other character between two runs of them ("发言人科纳申科夫")
                or (titled and j - i >= 2 and _name_chars(text, j, j + 1, function) and _run_of(text, j + 1, translit))
            ):
                j += 1
            if (
                j - i >= 2
                and not text.startswith(titles, j)  # "杜马主席表示": a title, no name's last characters
                and not cue(j)  # the verb right after the run ("佩斯科夫还表示"): no last characters to add
                and (last := next((n for n in (1, 2) if _last_chars(text, j, n, function, translit) and cue(j + n)), 0))
            ):
                j += last  # one or two last characters place names seldom hold, then the cue ("沃洛金3日说", "尼科连科说")
            if (
                j - i >= 2
                and free(i, j)
                and (titled or cue(j) or any(c in _NAME_JOINERS for c in text[i:j]) or (j - i >= 3 and cue_later(j)))
                # the end of a registered name ("国家杜马主席": the State Duma's chairman, not a person 杜马)
                and not any(self.known(text[i - k : j]) for k in range(1, 5) if i >= k)
            ):
                out.append(Found(text[i:j], "PERSON", i, j))
                i = j
                continue
            native = next((n for n in (2, 1) if text[i : i + n] in surnames), 0)
            if native and (titled or i == 0 or not _HAN.match(text[i - 1])) and not text.startswith(owned, i):
                for size in (2, 1):
                    end = i + native + size
                    given = text[i + native : end]
                    if (
                        len(given) == size
                        and all(_HAN.match(c) and c not in function for c in given)
                        and (cue(end) or (titled and edge(end)))
                        # without a title, given characters Faker's names use ("马上表示" is "at once said")
                        and (titled or all(c in given_chars for c in given))
                    ):
                        # "明确表示", "高兴地说": a word (or a word and more), not a surname and a given name
                        if free(i, end) and not any(text[i:k] in common for k in range(i + 2, end + 1)):
                            out.append(Found(text[i:end], "PERSON", i, end))
                            i = end
                        break
                else:
                    native = 0
                if native and out and out[-1].end == i:
                    continue
            if titled:
                for size in (2, 3, 4):
                    run = text[i : i + size]
                    if (
                        cue(i + size)
                        and all(_HAN.match(c) and c not in function for c in run)
                        and 2 * sum(c in translit for c in run) >= size  # mostly a foreign name's characters
                        and free(i, i + size)
                    ):
                        out.append(Found(text[i : i + size], "PERSON", i, i + size))
                        i += size
                        break
                else:
                    i += 1
                continue
            i += 1
        return out

    def _ko_people(self, text: str, covered: set[int]) -> list[Found]:
        """Korean: one or two Hangul words before a person's title, its particle glued to it ("페스코프 대변인은"),
        with the places and institutions the person holds the title of between them ("마리야 자하로바 러시아 외무부
        대변인은"): words are spaced, so the name is whole words, never a place, an institution (a word with one of
        ``NAME_NOT_BEFORE_TITLE``'s endings) or one of ``NAME_NOT_NAMES``."""
        titles = CJK_TITLES.get("ko", ())
        institution = tuple(CJK_NOT_BEFORE_TITLE.get("ko", ()))
        not_names = CJK_NOT_NAMES.get("ko", frozenset())
        words = [m for m in _HANGUL_WORD.finditer(text)]

        def place(m: re.Match[str]) -> bool:
            return bool(covered.intersection(range(m.start(), m.end())))

        def joined(a: re.Match[str], b: re.Match[str]) -> bool:  # only spaces between them, no line break
            return text[a.end() : b.start()].strip(" \u00a0") == ""

        def body(w: str) -> bool:  # "외무부", "대통령실" (a title and a body's ending: the office), not "사령관은"
            title = next((t for t in titles if w.startswith(t)), "")
            return w[len(title) :].startswith(institution) if title else w.endswith(institution)

        first, roles = self._ko_role_first(text, words, place)
        out: list[Found] = list(first)
        for k, word in enumerate(words):
            if k in roles or not word.group(0).startswith(titles) or body(word.group(0)) or place(word):
                continue  # (a trade before the name it introduces: "인기 가수 엘제이는" has no person "인기")
            j = k - 1  # back over the places and institutions the title is of
            while j >= 0 and joined(words[j], words[j + 1]) and (place(words[j]) or body(words[j].group(0))):
                j -= 1
            name: list[re.Match[str]] = []
            while j >= 0 and len(name) < 2 and joined(words[j], (name or [words[j + 1]])[0]):
                w = words[j].group(0)
                if place(words[j]) or w in not_names or body(w) or w.startswith(titles) or not 2 <= len(w) <= 6:
                    break
                if name and w.endswith(_KO_CASE_PARTICLES):
                    break  # "이 글은 김민수 칼럼니스트": a word with its case particle ends a phrase of its own
                if not name and w.endswith(_KO_PHRASE_ENDINGS):
                    break  # "보복 조치는 대통령이 결정할 것": a phrase of its own, then the title's holder unnamed
                name.insert(0, words[j])
                j -= 1
            if name:
                out.append(Found(text[name[0].start() : name[-1].end()], "PERSON", name[0].start(), name[-1].end()))
        return out

    @staticmethod
    def _ko_role_first(
        text: str, words: list[re.Match[str]], place: Callable[[re.Match[str]], bool]
    ) -> tuple[list[Found], set[int]]:
        """Korean: a trade written before a name (``NAME_ROLES_BEFORE``: "가수 엘제이는", "정치평론가 아바스 갈랴모프는")
        and one or two Hangul words after it, the last with its topic particle (는, 은) that is left out: the person,
        and the indices of the trade words so read. One word alone counts only where the article writes it again
        (a name recurs: "엘제이의", "엘제이와") or the quote follows it: a noun after a trade ("가수 출신은") is none."""
        roles = CJK_ROLES_BEFORE.get("ko", ())
        not_names = CJK_NOT_NAMES.get("ko", frozenset())
        titles = CJK_TITLES.get("ko", ())
        out: list[Found] = []
        used: set[int] = set()
        starts: Counter[str] | None = None
        if not roles:
            return out, used
        for k, word in enumerate(words[:-1]):
            if not word.group(0).endswith(roles) or place(word):
                continue
            name: list[re.Match[str]] = []
            for m in words[k + 1 : k + 3]:
                if text[(name or [word])[-1].end() : m.start()] != " ":
                    break
                w = m.group(0)
                if place(m) or w in not_names or w.startswith(titles) or not 2 <= len(w) <= 7:
                    break
                name.append(m)
                if w.endswith(("는", "은")):
                    break
            if not name or not name[-1].group(0).endswith(("는", "은")) or len(name[-1].group(0)) < 3:
                continue
            if any(m.group(0).endswith(_KO_CASE_PARTICLES) for m in name[:-1]):
                continue
            start, end = name[0].start(), name[-1].end() - 1
            stem = text[name[-1].start() : end]
            after = text[end + 1 : end + 12].lstrip(" 0123456789일")
            if len(name) == 1 and not after.startswith(("“", '"', "‘")):
                if starts is None:  # (once, on the first such word: how many words begin with each short stem)
                    starts = Counter(m.group(0)[:n] for m in words for n in range(2, min(len(m.group(0)), 7) + 1))
                if starts[stem] < 2:
                    continue
            out.append(Found(text[start:end], "PERSON", start, end))
            used.add(k)
        return out, used

    def _ja_people(self, text: str, covered: set[int]) -> list[Found]:
        """Japanese: a katakana name holding a name dot ("ウラジーミル・プーチン") or before a person's title or
        honorific ("プーチン大統領", "プーチン氏"; not an office's: "ホワイトハウス報道官"); two to four kanji
        before either ("上川外相", "岸田文雄首相", "松野官房長官"), unless they end in a word for an institution
        ("外務省報道官")."""
        after = CJK_AFTER.get("ja", ())
        not_before = CJK_NOT_BEFORE_TITLE.get("ja", frozenset())
        out: list[Found] = []

        def place(i: int, j: int) -> bool:
            return bool(covered.intersection(range(i, j))) or self.gazetteer.trusted.get(text[i:j]) is not None

        short = CJK_COUNTRY_SHORT.get("ja", ())
        office = CJK_OFFICE.get("ja", ())
        media = CJK_MEDIA_BEFORE.get("ja", ())
        for m in _KATAKANA_NAME.finditer(text):
            i, j = m.span()
            if media and text.endswith(media, 0, i):
                continue  # "米紙ニューヨーク・タイムズ": the newspaper, no person
            dotted = any(c in m.group(0) for c in "・=＝")
            # the title, or one character before it: a country's ("バイデン米大統領") or a tense's ("メドベージェフ前大統領")
            titled = text.startswith(after, j) or (
                text.startswith((*short, *_JA_TENSE), j) and text.startswith(after, j + 1)
            )
            # an office after the body it is of and の ("ロシア外務省のザハロワ報道官"): the katakana word is its holder
            held = (
                text.startswith(office, j)
                and i >= 2
                and text[i - 1] == "の"
                and (text[i - 2] in not_before or (i - 2) in covered)
                and not self.known(m.group(0))
            )
            # a body's name in kanji, then its title ("メドベージェフ安全保障会議副議長", "ボロジン下院議長"): the holder
            bodied = not self.known(m.group(0)) and _body_then_title(text, j, not_before, (*after, *office))
            titled = titled or bodied
            if (dotted and self.gazetteer.trusted.get(m.group(0)) is None) or ((titled or held) and not place(i, j)):
                out.append(Found(m.group(0), "PERSON", i, j))
        titles = tuple(sorted((*after, *CJK_OFFICE.get("ja", ())), key=len, reverse=True))
        for m in re.finditer(r"[\u4e00-\u9fff々]{3,}", text):
            i, end = m.span()
            if text.startswith(titles, i) or (text.startswith(short, i) and text.startswith(titles, i + 1)):
                # a title in full ("国務長官", "官房長官"), its country's kanji before it too ("ブリンケン米国務長官"):
                # not a name before the shorter title it ends in ("米国務")
                continue
            for j in range(i + 2, min(i + 4, end - 1) + 1):
                if text.startswith(titles, j):
                    while j - i > 2 and text[j - 1] in _JA_TENSE + "副新":  # "安倍元首相": a former prime minister
                        j -= 1
                    # not an institution ("外務省報道官") nor a title before an office ("大統領報道官")
                    if text[j - 1] not in not_before and not text[i:j].endswith(titles) and not place(i, j):
                        out.append(Found(text[i:j], "PERSON", i, j))
                    break
        return out

    @staticmethod
    def _katakana_place_at(text: str, i: int) -> Found | None:
        """A whole katakana word of three kana or more before a word for a place ("ジャバリヤ難民キャンプ",
        "ドネツク州"): a foreign place no data names."""
        if not "\u30a0" <= text[i] <= "\u30ff" or (i and _KATAKANA_WORD.fullmatch(text[i - 1])):
            return None  # not the first kana of a katakana word
        word = _KATAKANA_WORD.match(text, i)
        if word is None or len(word.group(0)) < 3 or not text.startswith(KATAKANA_PLACE_NOUNS, word.end()):
            return None
        return Found(word.group(0), "GPE", i, word.end())

    @staticmethod
    def _span(words: list[_Token], label: str, text: str) -> Found:
        return Found(text[words[0].start : words[-1].end], label, words[0].start, words[-1].end)
