"""Korean: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# Written in CJK characters: names reads its places character by character.
SCRIPT = "cjk"
CLDR_COUNTRY_NAMES = True
# People (names.py, NameFinder._cjk_people): a person's title, written after the name and the body the person holds it
# in ("드미트리 페스코프 크렘린궁 대변인은"), a particle glued to it; the longest is tried first.
NAME_TITLES = (
    "대통령 부통령 총리 수상 대변인 공보비서 외무장관 외교장관 국방장관 장관 차관 국무장관 보좌관 고문 비서실장 "
    "의장 부의장 위원장 사무총장 대사 시장 주지사 의원 사령관 총장 조정관 국왕 여왕 감독 선수 교수 박사 씨 "
    # a critic's, a writer's and a performer's trade, and the honorific an elder brother is addressed by ("형님"); not
    # 기자 (기자회견, a press conference) nor 배우 (배우자, a spouse): a title is matched at a word's start; not
    # 칼럼니스트 either: a columnist signs the column ("홍길동 칼럼니스트") and is then the only person a quote whose
    # speaker the article names without a title could be given
    "평론가 작가 가수 형님"
)
# A person's trade written before the name ("가수 엘제이는", "정치평론가 아바스 갈랴모프는"; a word ending in one): the
# one or two words after it, the last with its topic particle 는/은, are the person (cjk_names.py, ``_ko_role_first``).
NAME_ROLES_BEFORE = "평론가 분석가 전문가 정치학자 학자 작가 가수 방송인 배우 교수 연구원 변호사 래퍼 유튜버"
# Endings of a word for a body, not a person, between a name and its title ("외무부", "크렘린궁", "국방부", "백악관").
# A council or a summit ("국가안보회의 부의장": the Security Council's deputy chairman) ends in 회의.
NAME_NOT_BEFORE_TITLE = "부 궁 실 청 처 원 관 당 군 회 국 성 청사 대학 연구소 정부 의회 대사관 회의"
# Words that stand before a name and its title but are no part of it: adverbs and time words that open wire
# sentences ("한편", "또한", "이날", "앞서").
NAME_NOT_NAMES = (
    "한편 또한 또 이날 이에 이어 앞서 당시 그러나 하지만 특히 다만 이후 현재 전날 당일 지난 최근 이번 현지 직접 "
    # and the cues before a source ("타스통신에 따르면 페스코프 대변인은": according to TASS)
    "따르면 통해 인용해 "
    # and the phrase that answers what came before ("이에 대해 커비 조정관은": on this, Kirby)
    "대해 대해서 관련해"
)

# The gender a transliterated Russian or Ukrainian surname shows (speakers.py): "-ов", "-ев" are 프 (페스코프,
# 라브로프), "-ский" 스키 (젤렌스키); "-ова", "-ева" 바 (자하로바), "-ская" 스카야.
SURNAME_ENDINGS = {"f": ["바", "스카야"], "m": ["프", "스키"]}

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Korean closes a quote with a
# quotative ending ("…"고, "…"라고, "…"며) and the speech verb after it ("…"고 말했다), its subject before the quote,
# marked by a topic or subject particle (페스코프 대변인은 "…"고 밝혔다) or left out. Words are spaced but carry their
# endings, so a verb is listed as it is written: the stems of speech verbs with the endings of wire copy.
_SPEECH_STEMS = (
    "말",
    "전",
    "주장",
    "강조",
    "설명",
    "언급",
    "경고",
    "비판",
    "반박",
    "발표",
    "지적",
    "답",
    "부인",
    "시사",
    "토로",
    "호소",
    "촉구",
    "비난",
    "평가",
    "보도",
    "일축",  # dismissed ("…"이라고 일축했다)
    "분석",  # an expert's or a think tank's reading ("…"고 분석했다), with its quotative ending only
)
# "…"고 말하기도 했다 (also said): the verb's noun form and 도, the 했다 after it carries the tense
_HA_ENDINGS = ("했다", "했습니다", "하며", "하면서", "했으며", "했고", "했는데", "한다", "합니다", "해", "하기도")
_OTHER_VERBS = (
    "밝혔다 밝혔습니다 밝히며 밝히면서 밝혔으며 밝혔고 밝힌 덧붙였다 덧붙였습니다 덧붙이며 덧붙였으며 적었다 적었습니다 "
    "썼다 물었다 답했다 전했다 알렸다 알렸습니다 내다봤다 내놨다 "
    # the same with 도 ("밝히기도 했다", "적기도 했다")
    "밝히기도 덧붙이기도 적기도 쓰기도 묻기도 "
    # a post cited ("“…” 같은 글을 남겼다", "“…”는 글을 올렸다": left, posted)
    "남겼다 남겼습니다 남기며 남기기도 올렸다 올렸습니다 올리며 올리기도"
)
QUOTES: dict[str, Any] = {
    "verbs": {stem + ending for stem in _SPEECH_STEMS for ending in _HA_ENDINGS} | set(_OTHER_VERBS.split()),
    "forms": set(),
    "weak": {stem + ending for stem in ("평가", "보도", "발표") for ending in _HA_ENDINGS},
    "framing": set(),
    "addressee": set(),
    "cues": ["따르면"],
    "cues_after": [],
    "pronouns": {"그는": "m", "그녀는": "f", "그가": "m", "그녀가": "f"},
    "relative": set(),
    "honorifics": {"씨는": None, "씨": None},
    "titles": {
        "대통령": None,
        "대통령은": None,
        "대변인": None,
        "대변인은": None,
        "대변인이": None,
        "장관": None,
        "장관은": None,
        "총리": None,
        "총리는": None,
        "보좌관": None,
        "보좌관은": None,
        "의장": None,
        "의장은": None,
        "국무장관": None,
        "국무장관은": None,
        "조정관": None,
        "조정관은": None,
        "부의장": None,
        "부의장은": None,
    },
    "title_suffixes": [],
    "institutions": {"정부", "외무부", "국방부", "크렘린궁", "백악관", "국무부", "펜타곤", "대사관", "위원회"},
    # the quotative endings between a quote's closing mark and its verb ("…"고 말했다, "…"라고 밝혔다)
    # and the one that lists quotes, "or" ("…"라거나 "…" 같은 글을 남겼다); the quote as a noun's content, "like" and
    # "that" ("…" 같은 글을 남겼다, "…"는 글을 올렸다, "…"라는 입장을 밝혔다)
    "skip": {
        "고",
        "라고",
        "이라고",
        "며",
        "라며",
        "이라며",
        "면서",
        "라면서",
        "라거나",
        "이라거나",
        # with 도, "also" ("…"고도 적었다)
        "고도",
        "라고도",
        "이라고도",
        "같은",
        "는",
        "라는",
        "이라는",
    },
    "prepositions": set(),
    "abbreviations": set(),
    "pro_drop": True,
    # its names show no gender: a "그녀는" with a man of no known gender and a woman named before is unsure
    "genderless_names": True,
    "verb_final": True,
    "no_unread_attribution": True,
    "subject_first": True,
    "verb_gender": [],
    "subject_particles": ["은", "는", "이", "가"],
    # the genitive written onto a body before its title ("크렘린궁의 대변인"): the office is the same without it
    "genitive_particles": ["의"],
    "spokesperson": {"대변인"},
}
# A title with its subject or topic particle written on ("대변인은", "대변인이") is the same role as the bare title for
# the title bindings: "페스코프 대변인이 … 대변인은 “…”고 말했다" is Peskov's.
QUOTES["role_groups"] = {
    form: form[:-1]
    for form in QUOTES["titles"]
    if form[-1:] in QUOTES["subject_particles"] and form[:-1] in QUOTES["titles"]
}
