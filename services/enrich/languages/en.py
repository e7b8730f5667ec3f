"""English: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
    DECADE,
    END,
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
    nth,
    number_words,
    tens_words,
    weekday_forms,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "en",
    cldr_months("en", "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sept|sep", "oct", "nov", "dec"),
    weekday_forms("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    {
        "yesterday": -1,
        "last night": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "day after tomorrow": 2,
    },
    ("next",),
    day_first=False,
    future_cues=(
        r"\b(?:will|shall|won['’]t|set\s+to|(?:is|are)\s+due|due(?=\s+$)|expected\s+(?:to|on)|scheduled|slated|"
        r"plans?\s+to|planning\s+to|planned\s+for|(?:is|are)\s+to|going\s+to|ahead\s+of|in\s+time\s+for|"
        r"upcoming|until|till|by(?=\s+$)|postponed|deadline|should|could|might|must)\b|['’]ll\b"
    ),
    past_cues=(
        r"\b(?:said|told|was|were|had|did|ago|since|began|came|went|made|held|met|won|lost|fell|rose|hit|"
        r"struck|took|left|saw|became|gave|got|sold|bought|led|paid|ran|spoke|wrote|broke|brought|found|"
        r"kept|sent|spent|stood|thought|knew|grew|flew|shot|fought|caught|sought|sank|quit)\b"
    ),
    weak_past_cues=(
        r"\b(?=\w{2,}ed\b)(?!(?:scheduled|expected|planned|slated|postponed|delayed|proposed|needed|intended|"
        r"aimed|called)\b)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )\w+"
    ),
    numbers=number_words(
        "a|an|one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    )
    | {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18}
    | {"nineteen": 19, "hundred": 100, "a hundred": 100}
    | tens_words("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    units={
        r"days?|d": DAY,
        r"weeks?|wks?": WEEK,
        r"months?": MONTH,
        r"years?|yrs?|y": YEAR,
        r"decades?": DECADE,
        r"hours?|hrs?|h": HOUR,
        r"minutes?|mins?": MINUTE,
        r"seconds|secs?|(?<=[0-9] )second": SECOND,
    },
    halves={r"half\s+a\s+year": YEAR, r"half\s+an\s+hour": HOUR},
    about=r"about|around|some|nearly|almost|roughly",
    ago=(r"{q}\s+ago",),
    ahead=(r"{q}\s+from\s+now", r"in\s+{q}(?:['’]s?)?\s+time"),
    # a future clause, or a clause that opens with it ("In two weeks, ..."); "after four days of talks" is a span
    ahead_when_future=(r"in\s+{q}(?![-\w])", r"after\s+{q}(?![-\w]|\s+of\b)"),
    span_cues=r"\b(?:first|last|only|once|since|time|times|most|least|best|worst|highest|lowest|biggest|largest|"
    r"smallest|longest|shortest|strongest|weakest|fastest|slowest|greatest|deepest|sharpest|steepest)\b",
    later={
        r"{q}\s+(?:later(?!\s+than)|afterwards?|after" + END + ")": 1,  # not "later than planned"
        r"{q}\s+(?:earlier|before" + END + "|prior" + END + ")": -1,
    },
    periods={
        r"(?:late\s+)?last\s+week": (WEEK, -1),
        r"this\s+week": (WEEK, 0),
        r"(?:early\s+)?next\s+week": (WEEK, 1),
        r"earlier\s+this\s+week": (WEEK, "earlier"),
        r"later\s+this\s+week": (WEEK, "later"),
        r"last\s+month": (MONTH, -1),
        r"this\s+month": (MONTH, 0),
        r"next\s+month": (MONTH, 1),
        r"earlier\s+this\s+month": (MONTH, "earlier"),
        r"later\s+this\s+month": (MONTH, "later"),
        r"last\s+year": (YEAR, -1),
        r"this\s+year": (YEAR, 0),
        r"next\s+year": (YEAR, 1),
        r"earlier\s+this\s+year": (YEAR, "earlier"),
        r"later\s+this\s+year": (YEAR, "later"),
        r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?(?:year[-\s]end|end\s+of\s+(?:the|this)\s+year)": (
            YEAR,
            "end",
        ),
        r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+month": (MONTH, "end"),
        r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week": (WEEK, "end"),
        r"(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:last|the\s+previous)\s+year": (YEAR, "end-1"),
        r"(?:at\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+year(?!\s*\d)": (YEAR, "start"),
        r"(?:at\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+month": (MONTH, "start"),
        r"(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+next\s+year": (YEAR, "end+1"),
    },
    anaphora={
        r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)": 1,
        r"(?:a|one)\s+day\s+later": 1,
        r"the\s+day\s+after" + END: 1,
        r"the\s+(?:previous|prior)\s+(?:day|morning|afternoon|evening|night)": -1,
        r"the\s+(?:day|night|evening)\s+before" + END: -1,
        r"(?:a|one)\s+day\s+(?:earlier|before" + END + ")": -1,
        r"(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)": 0,
        r"(?:later|earlier)\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)": 0,
        r"that\s+same\s+day": 0,
    },
    story_day=(
        r"(?:later|earlier|late|early)\s+in\s+the\s+day",
        r"(?:for|over)\s+the\s+day" + END,
        r"(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing|start|"
        r"starts|started|starting)\s+the\s+day",
    ),
    holidays={
        r"Christmas\s+Eve": fixed(12, 24),
        r"Christmas\s+Day": fixed(12, 25),
        r"(?:(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|"
        r"(?<=\bsince )|(?<=\bover )|(?<=\bfor )|(?<=\bduring ))Christmas(?!\s+(?:Eve|Day|season|holidays?|"
        r"period|shopping|break|week|tree|market|lights|card|message|address|truce|ceasefire|Island))": fixed(12, 25),
        r"Orthodox\s+Christmas(?:\s+Day)?": fixed(1, 7),
        r"Boxing\s+Day": fixed(12, 26),
        r"New\s+Year['’]s\s+Eve": fixed(12, 31),
        r"New\s+Year['’]s(?:\s+Day)?": fixed(1, 1),
        r"Thanksgiving(?:\s+Day)?(?!\s+(?:weekend|holiday|week|season|break|period|travel))": nth(11, 3, 4),
        r"Black\s+Friday": nth(11, 3, 4, shift=1),
        r"Cyber\s+Monday": nth(11, 3, 4, shift=4),
        r"Memorial\s+Day(?!\s+weekend)": nth(5, 0, -1),
        r"Labor\s+Day(?!\s+weekend)": nth(9, 0, 1),
        r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day": nth(1, 0, 3),
        r"Presidents['’]?\s+Day": nth(2, 0, 3),
        r"(?:Russia['’]s\s+)?Victory\s+Day": fixed(5, 9),
        r"V-?E\s+Day": fixed(5, 8),
        r"(?:Ukraine['’]s|Ukrainian)\s+Independence\s+Day": fixed(8, 24),
        r"Fourth\s+of\s+July": fixed(7, 4),
        r"Russia\s+Day": fixed(6, 12),
        r"(?:National\s+)?Unity\s+Day": fixed(11, 4),
        r"Defender\s+of\s+the\s+Fatherland\s+Day": fixed(2, 23),
        r"(?:International\s+)?Women['’]s\s+Day": fixed(3, 8),
        r"Valentine['’]s\s+Day": fixed(2, 14),
        r"(?:(?<=\bon )|(?<=\bat )|(?<=\bfor )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|"
        r"(?<=\bsince ))Halloween": fixed(10, 31),
        r"(?:Armistice|Remembrance|Veterans['’]?)\s+Day": fixed(11, 11),
        r"Bastille\s+Day": fixed(7, 14),
        r"Orthodox\s+Easter(?:\s+Sunday)?": easter(0, "orthodox"),
        r"Easter\s+Sunday": easter(0),
        r"Easter\s+Monday": easter(1),
        r"Good\s+Friday": easter(-2),
        r"(?:(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|"
        r"(?<=\bsince )|(?<=\bover ))Easter(?!\s+(?:Sunday|Monday|weekend|"
        r"holidays?|break|week|period|egg|Island|truce|ceasefire))": easter(0),
    },
    month_first=True,
    day_suffix=r"(?:st|nd|rd|th)?",
    day_article="the",
    day_of="of",
    not_a_day=r"%|per\s*cent|percent",
    day_parts=("morning", "afternoon", "evening", "night"),
    relative_before=r"(?<!usa )(?:(?:earlier|later)\s+)?",  # not "USA Today"
    weekday_modifiers={
        r"[Ll]ast": "last",
        r"[Nn]ext": "next",
        r"[Tt]his\s+past": "last",
        r"[Tt]his\s+coming": "future",
        r"[Tt]his": "this",
        r"[Cc]oming": "future",
        r"[Oo]n": "",
        r"[Ee]arly": "",
        r"[Ll]ate": "",
    },
    month_alone=(
        "[Ii]n",
        "[Ss]ince",
        "[Bb]y",
        "[Uu]ntil",
        "[Tt]ill",
        "[Bb]efore",
        "[Aa]fter",
        "[Ff]rom",
        "[Tt]hrough",
        "[Dd]uring",
        "[Ee]arly",
        "[Ll]ate",
        "[Mm]id-?",
        "[Ll]ast",
        "[Nn]ext",
        "[Tt]his",
        "of",
        "[Tt]hroughout",
    ),
    # "since March": the last March; "next March", "until March": the coming one
    month_past={"since": True, "last": False},
    month_next={"next": False, "until": True, "till": True, "by": True},
    month_this=("this",),
    few_days_ago={r"(?:a\s+few|several)\s+days\s+ago": (2, 5), r"a\s+couple\s+of\s+days\s+ago": (2, 3)},
    # a year after a preposition ("in 2007", "mid-2011", "from 2009 to 2011"), tested behind the year so
    # that the search skips to the digits; or "the 2014 annexation"
    years=(
        r"(?P<core>{year})(?:"
        r"(?<=\bin \d{4})|(?<=\bsince \d{4})|(?<=\bby \d{4})|(?<=\buntil \d{4})|(?<=\btill \d{4})|"
        r"(?<=\bbefore \d{4})|(?<=\bafter \d{4})|(?<=\bfrom \d{4})|(?<=\bbetween \d{4})|"
        r"(?<=\bthrough \d{4})|(?<=\bduring \d{4})|(?<=\bof \d{4})|(?<=\bearly \d{4})|(?<=\blate \d{4})|"
        r"(?<=\bmid \d{4})|(?<=\baround \d{4})|(?<=\bthroughout \d{4})|(?<=\bfiscal \d{4})|"
        r"(?<=\bthe end of \d{4})|(?<=\bthe start of \d{4})|(?<=\bmid-\d{4})|(?<=\d{4} to \d{4})|"
        r"(?<=\d{4} and \d{4})|(?<=\d{4}-\d{4})|(?<=\d{4}–\d{4})|"
        r"(?<=\bthe \d{4})(?=\s+(?:election|elections|season|model|version|settlement|agreement|accord|"
        r"budget|law|war|attacks?|crisis|games|olympics|world\s+cup|campaign|edition|census|summit|invasion|"
        r"annexation|revolution|coup|uprising|referendum|earthquake|tsunami|floods?|fire|protests|ceasefire|"
        r"deal|treaty|report|quarter|fiscal\s+year|financial\s+year|model\s+year)\b))"
        r"(?![\w%]|[.,:/]\d|\s*(?:%|per\s*cent|percent|people|points|troops|km|miles|tonnes|tons|votes))"
    ),
    joiners=("and",),
    since=("since",),
)

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "share(?: this(?: article| story| page)?)?",
        r"share (?:on|via) \w+",
        "tweet",
        "copy link(?: copied)?",
        "link copied",
        "save(?: article)?",
        "print",
        "e-?mail",
        r"comments?(?: \(\d+\))?",
        r"\d+ comments?",
        "show comments",
        "advertisement",
        "advert",
        "sponsored(?: content)?",
        "skip to (?:main )?content",
        "reuse this content",
        "most (?:read|popular|viewed)",
        r"listen to (?:this )?article(?: \d+ min)?",
        r"\d+ min(?:ute)?s? read",
        "related topics",
        "top stories",
        "back to top(?: button)?",
        "(?:scroll|go) to top",
        "show (?:more|less|all)",
        "(?:load|see|view) (?:more|all)",
        "more (?:videos?|stories|news|articles|photos|headlines)",
        "watch(?: now| live| video| the video)?",
        "play(?: video| now)?",
        "listen(?: now| live)?",
        "video",
        "close(?: ad)?",
        "skip ad",
        "next article",
        "previous article",
        "like this",
        r"like loading\W*+",
        r"loading\W*+",
    ),
    share=("share(?: this(?: article| story)?)?",),
    cookie_actions=(
        "accept",
        "agree",
    ),
    promo=(
        r"sign up\b",
        r"subscribe\b",
        r"download (?:our|the)(?: \w+)? app",
        r"get (?:our|the) \w+",
        r"join (?:our|us)\b",
        r"follow (?:us|our|\w+['’]s coverage)\b",
        r"click here\b",
        "already a subscriber",
        "support (?:our|independent) journalism",
        r"(?:sign|log) ?in(?: or (?:register|sign up|subscribe))?(?: to (?:continue|read|comment|keep reading|save|access)\b|\s*$)",
        r"already (?:a subscriber|have an account|registered)\b",
        r"(?:sign|log) ?in to your account\b",
        r"(?:don['’]t|do not) have an account\b",
        r"create (?:a |your )?(?:free )?account\b",
        r"register (?:now|for free|to (?:continue|read|comment))\b",
        "(?:you(?:'ve|’ve| have) )?reached your (?:limit|free article)",
        r"become a (?:member|subscriber|supporter)\b",
        r"(?:please )?(?:consider )?(?:donate|donating) (?:now|today|to)\b",
    ),
    promo_anywhere=(
        "subscribe (?:now|today|to (?:our|the))",
        "sign up (?:now|for (?:our|the)|to (?:our|the))",
    ),
    support=(r"support (?:us|the [\w'’. -]{2,40}|[\w'’. -]{2,40} journalism)",),
    read_also=(
        r"read (?:also|more|next)\b",
        r"also read\b",
        r"see also\b",
        r"related(?: stories| articles| coverage| content| reading)?\s*[:：]",
        r"more on this(?: story)?\s*[:：]",
        r"recommended\s*[:：]",
        r"(?:watch|video|listen)\s*[:：]",
    ),
    link_list=(
        "read more",
        "related(?: stories| articles| coverage| content)?",
        "more on this story",
        "explore more on these topics",
        "topics",
        "tags",
        "share this",
        "like this",
        r"more from \w+(?: \w+)?",
    ),
    tags=(
        "tags",
        "topics",
        "filed under",
    ),
    byline=(r"by\s+(?=[A-Z])",),
    byline_roles=(
        "editor",
        "reporter",
    ),
    role_byline=(r"(?:published|posted|written|edited|reported|compiled|curated|produced) by\s*[:：]",),
    and_words=("and",),
    byline_words=(
        "in",
        "of",
        "the",
        "with",
    ),
    photo=(
        r"(?:file |main |top )?(?:photo|image|picture|photograph|illustration)(?: credit| source)?\s*[:：,]",
        r"image source\b",
        r"credit\s*[:：]",
    ),
    inline_credit=(r"(?:file\s+)?(?:photo|image|picture|pictured)(?:\s+credit)?",),
    captions=("caption",),
    photo_labels=(
        r"(?:file|stock|archive|archival|representational|representative|illustrative|screenshot|handout) (?:photo|image|picture|pic|photograph)(?:\s*\([^()]{1,40}\))?",
        "(?:photo|image|picture)(?: credit)?s?",
    ),
    syndication=(
        r"(?:additional )?reporting by\b",
        r"writing by\b",
        r"editing by\b",
        r"compiled by\b",
        r"our standards\s*:",
        "this (?:article|story) (?:was )?(?:originally|first) (?:appeared|published)",
        "this (?:article|story) (?:has been|was) (?:updated|corrected|amended)",
        r"copyright\b",
        "all rights reserved",
        r"with (?:reporting|additional reporting) from\b",
        r"this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b",
        r"this (?:article|story|report) (?:has been|was|is) (?:published|generated|auto-generated|sourced) from (?:an? )?(?:wire|syndicated|news agency|agency)\b",
        r"\(?this (?:article|story|report) has not been edited by\b",
        r"\(?(?:except for the headline, )?this (?:article|story) has not been edited\b",
    ),
    embeds=(
        "view this post on instagram",
        r"a post shared by\b",
        "embed from getty images",
        "watch on youtube",
        "load (?:tweet|post)",
        "this content is not available",
    ),
    stamp=(
        r"(?:first |originally )?published(?: on| at)?\b",
        r"posted(?: on| at)?\b",
        r"written(?: on| at)?\s*:",
        r"publication date\b",
        r"(?:last )?updated(?: on| at)?\b",
        r"(?:last )?modified\b",
        r"date\s*:",
    ),
    updated=(
        "(?:last )?updated",
        "(?:last )?modified",
    ),
    stamp_words=(
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "at",
        "on",
        "the",
        "of",
        "updated",
        "published",
        "ago",
        "hours",
        "hour",
        "minutes",
        "mins",
        "min",
        "hrs",
        "gmt",
        "bst",
        "utc",
        "edt",
        "est",
        "et",
        "cet",
        "cest",
        "eet",
        "eest",
        "pst",
        "pdt",
        "cdt",
        "ist",
        "jst",
        "last",
        "time",
        "local",
    ),
    genres=(
        "explainer",
        "analysis",
        "opinion",
        "comment",
        "live",
        "exclusive",
        "breaking(?: news)?",
        "news",
        "interview",
        "feature",
        "factbox",
        "q&a",
        "fact check",
    ),
    home=(
        "home",
        "homepage",
        "front page",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "English"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "show more less load view watch read listen play sign log login logout register subscribe subscription "
    "subscriber newsletter support donate share tweet email print save follow menu search home back top next "
    "previous prev skip close open click tap here more video videos photo photos gallery image images advertisement "
    "sponsored ad ads comments comment reply account password cookies privacy terms contact about careers jobs "
    "related trending popular latest recommended button download app upgrade premium free trial continue"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
_TITLES = {
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
    "rep": None,
    "year-old": None,
    "spokesmen": "p",
    "president": None,
    "minister": None,
    "secretary": None,
    "adviser": None,
    "advisor": None,
    "aide": None,
    "official": None,
    "officials": "p",
    "ambassador": None,
    "envoy": None,
    "governor": None,
    "mayor": None,
    "chancellor": None,
    "premier": None,
    "general": None,
    "commander": None,
    "chief": None,
    "head": None,
    "director": None,
    "chairman": "m",
    "chairwoman": "f",
    "chair": None,
    "senator": None,
    "lawmaker": None,
    "congressman": "m",
    "congresswoman": "f",
    "analyst": None,
    "analysts": "p",  # "ISW analysts wrote": a body's people, no one person
    "expert": None,
    "experts": "p",
    "officer": None,
    "diplomat": None,
    "leader": None,
    "deputy": None,
    "prosecutor": None,
    "judge": None,
    "justice": None,  # "the Chief Justice said" after "Chief Justice Ada Obi"
    "ceo": None,
    "founder": None,
    "professor": None,
    "researcher": None,
    "economist": None,
    "executive": None,
    "manager": None,
    "owner": None,
    "coach": None,
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "pope": "m",
    "representative": None,
    "source": None,
    "sources": "p",
    "witness": None,
    "resident": None,
    "observer": None,
    "politician": None,
    "candidate": None,
    "colonel": None,
    "admiral": None,
    "lieutenant": None,
    "sergeant": None,
    "captain": None,
    "attorney": None,
    "lawyer": None,
    "author": None,
    "writer": None,
    "editor": None,
    "reporter": None,
    "correspondent": None,
    "blogger": None,
    "user": None,
    "people": "p",
    "person": None,
    "man": "m",
    "woman": "f",
    "father": "m",
    "mother": "f",
    "son": "m",
    "daughter": "f",
    "husband": "m",
    "wife": "f",
    "brother": "m",
    "sister": "f",
    "vice": None,
    "co-founder": None,
    "cofounder": None,
    "partner": None,
    "president-elect": None,
    "strategist": None,
    "scientist": None,
    "doctor": None,
    "chef": None,
    "designer": None,
    "developer": None,
    "engineer": None,
    "producer": None,
    "director-general": None,
    "secretary-general": None,
    "board": None,
    "member": None,
    "members": "p",
    "employee": None,
    "worker": None,
    "student": None,
    "teacher": None,
    "player": None,
    "fan": None,
    "voter": None,
    "investor": None,
    "trader": None,
    "consultant": None,
    "specialist": None,
    "fellow": None,
    "historian": None,
    "activist": None,
    "organizer": None,
    "organiser": None,
    "insider": None,
    "mp": None,
    "mep": None,
    # people the press describes by their trade or rank once it has named them ("the actress", "said the duchess")
    "actor": None,
    "actress": "f",
    "singer": None,
    "filmmaker": None,
    "rapper": None,
    "comedian": None,
    "duke": "m",
    "duchess": "f",
    # offices of government releases, courts and schools in Commonwealth usage ("the Commissioner for Education,
    # Mrs. Amaka Obi", "the magistrate", "the Vice-Chancellor")
    "commissioner": None,
    "magistrate": None,
    "counsel": None,
    "registrar": None,
    "principal": None,
    "headmaster": "m",
    "headmistress": "f",
    "vice-chancellor": None,
    "superintendent": None,
    "inspector": None,
    "administrator": None,
    "coordinator": None,
    # players by their position, as sports pages put them between a team and a name ("Wild defenseman Ryan Suter",
    # "Chiefs quarterback Patrick Mahomes"); "forward", "guard" and "center" are other words too often
    "defenseman": None,
    "defenceman": None,
    "defensemen": "p",
    "defencemen": "p",
    "defender": None,
    "goalie": None,
    "goaltender": None,
    "goalkeeper": None,
    "quarterback": None,
    "striker": None,
    "midfielder": None,
    "winger": None,
    "pitcher": None,
    "outfielder": None,
    "infielder": None,
    "teammate": None,
    "rookie": None,
    "skipper": None,
    "batsman": None,
}
QUOTES: dict[str, Any] = {
    "verbs": {
        "say",
        "tell",
        "add",
        "state",
        "write",
        "ask",
        "warn",
        "note",
        "insist",
        "declare",
        "explain",
        "continue",
        "reply",
        "claim",
        "tweet",
        "post",
        "argue",
        "recall",
        "stress",
        "emphasise",
        "emphasize",
        "admit",
        "shout",
        "implore",
        "boast",
        "describe",
        "announce",
        "assert",
        "acknowledge",
        "affirm",
        "allege",
        "answer",
        "comment",
        "complain",
        "concede",
        "confirm",
        "contend",
        "deny",
        "estimate",
        "indicate",
        "maintain",
        "mention",
        "observe",
        "predict",
        "promise",
        "remark",
        "report",
        "respond",
        "reveal",
        "suggest",
        "testify",
        "urge",
        "vow",
        "assess",
        "quote",
        "cite",
        "joke",
        "laugh",
        "scream",
        "yell",
        "whisper",
        "plead",
        "beg",
        "demand",
        "retort",
        "counter",
        "concur",
        "caution",
        "advise",
        "recount",
        "reflect",
        "muse",
        "wonder",
        "exclaim",
        "proclaim",
        "pledge",
        "threaten",
        "sigh",
        "agree",
        "elaborate",
        "underline",
        "underscore",
        "highlight",
        "conclude",
        "charge",
        "accuse",
        "lament",
        "disclose",
        "aver",
        "mutter",
        "quip",
        "told",
        "said",
        "says",
        "rule",
        "order",
        "brag",
        "gush",
        "point",
        "acknowledged",
        "blog",
        "text",
        "email",
        "message",
        "inform",
        "assure",
        "remind",
        "hint",
        "speculate",
        "opine",
        "reason",
        "specify",
        "clarify",
        "repeat",
        "reiterate",
        "summarize",
        "summarise",
        "figure",
        "guess",
        "theorize",
        "believe",
        "think",
        "feel",
        "hope",
        "fear",
        "worry",
        "call",
        "express",
        "share",
        "read",
        "remember",
        "shoot",
    },
    # (and -ing forms the lemmatiser reads as nouns: "issued a statement warning that “…”")
    "forms": {
        "told",
        "said",
        "says",
        "shot",
        "quoth",
        "according",
        "warning",
        "writing",
        "texting",
        "emailing",
        "proclaiming",
    },
    # weak verbs: count only right next to a quote ('"…," he thinks'), not before it
    "weak": {
        "believe",
        "think",
        "feel",
        "hope",
        "fear",
        "worry",
        "call",
        "share",
        "express",
        "figure",
        "guess",
        "point",
        "rule",
        "order",
        "laugh",
        "sigh",
        "charge",
        "reason",
        "reflect",
        "text",
        "message",
        "email",
        "blog",
        "post",
        "continue",
        "wonder",
        "muse",
        "counter",
        "read",
        "remember",  # '"…," remembers Shanna Challenger': a memory told, next to the quote only
        "shoot",  # '"…," Haley shot back': next to the quote only (he shot a video is no cue)
    },
    "framing": {"call", "describe", "label", "dub", "brand", "term", "characterize", "characterise"},
    # verbs of asking: "X asked Y: “…”" is the asker's; "Asked whether Putin was there, he said" is the one asked's
    "asking": {"ask", "press", "question"},
    # verbs that add to words said before: "“…,” he added" is one who spoke, not a sentence's subject who never did
    "adding": {"add", "continue"},
    # "…, Jack Buser, director for games at Google, tells The Hollywood Reporter.": of the addressee verbs, those whose
    # noun right after them is always the one spoken to, never a subject set after its verb ("…, asks Smith." is)
    "object_first": {"tell", "inform", "assure", "remind"},
    "addressee": {
        "tell",
        "inform",
        "assure",
        "remind",
        "urge",
        "implore",
        "beg",
        "advise",
        "warn",
        "accuse",
        "ask",
        "quote",
        "cite",
        "charge",
        "promise",
        "threaten",
        "order",
        "email",
        "message",
        "text",
        "call",
    },
    # "In her words, “…”": the possessive stands for the last person of its gender (``cue_possessives``)
    "cues": ["according to", "in the words of", "in his words", "in her words", "in his own words", "in her own words"],
    "cue_possessives": {"his": "m", "her": "f"},
    # comparison words the prepositions list too: "as President Biden said" keeps Biden the subject
    "comparisons": ["as", "like"],
    # prepositions that open a clause too: "after the novelist Jo Walton explained them" makes her the one who spoke
    "clause_prepositions": ["after", "before", "since", "until", "once"],
    "cues_after": [],
    "pronouns": {"he": "m", "she": "f", "it": "n", "they": "p", "him": "m", "her": "f", "them": "p"},
    "relative": {"who", "which"},
    # pronouns that are never a clause's subject ("In her new book, Ann Lowe sets out"): the subject comes later
    "object_pronouns": {"him", "her", "them"},
    "honorifics": {
        "mr": "m",
        "mrs": "f",
        "ms": "f",
        "miss": "f",
        "sir": "m",
        "dame": "f",
        "lord": "m",
        "lady": "f",
        "dr": None,
        "prof": None,
        "rev": None,
        "gen": None,
        "sen": None,
        "rep": None,
        "gov": None,
        "lt": None,
        "col": None,
        "capt": None,
        "sgt": None,
        "adm": None,
        "maj": None,
        "pres": None,
        "hon": None,
        "cmdr": None,
        "supt": None,
        "atty": None,
        # West African, Caribbean and Indian forms of address before a name ("Barr. Ada Obi", "Engr. Tunde Bakare",
        # "Alhaji Musa Danjuma", "Shri Rajesh Kumar", "Smt. Sunita Verma", "the Rt. Hon. Keith Mitchell")
        "barr": None,
        "engr": None,
        "alhaji": "m",
        "alhaja": "f",
        "hajia": "f",
        "shri": "m",
        "smt": "f",
        "kumari": "f",
        "rt": None,
        "pastor": None,
        "pst": None,
        "comrade": None,  # Nigerian unions' and parties' "Comrade Ebere Nwachukwu"
        "justice": None,  # a judge of a superior court in the Commonwealth: "Justice Ada Obi held", then "the judge"
    },
    "titles": _TITLES,
    "title_suffixes": ["year-old"],  # "the 56-year-old" (one token): a person the article named
    # title heads that describe a person already named, not a role ("The 56-year-old said"): the one person in view
    "age_titles": ["year-old"],
    # title heads that, after "the", describe a person the article named ("the actress", "the former mayor"): the
    # one person named with that noun, else the person the article is about (English titles are otherwise no one)
    "description_titles": [
        "actor",
        "actress",
        "singer",
        "filmmaker",
        "rapper",
        "comedian",
        "duke",
        "duchess",
        "mayor",
        "senator",
        "governor",
    ],
    # the article before such a title ("the actor"; "an actor" is someone else)
    "description_articles": ["the"],
    # between a body's name and a person's, a word ending so is a verb ("Acme hired Dan Kottlowski"), and a last
    # word ending so a noun of a person's trade ("AccuWeather lead hurricane forecaster Dan Kottlowski")
    "past_endings": ["ed"],
    "agent_endings": ["er", "or", "ist", "ian"],
    "institutions": {
        "think tank",  # a phrase: neither word alone is a body (speakers.py _institution_phrase)
        "thinktank",  # and as one word (British copy: "the thinktank noted")
        "think-tank",
        "ministry",
        "office",
        "service",
        "agency",
        "government",
        "administration",
        "embassy",
        "army",
        "military",
        "police",
        "council",
        "committee",
        "commission",
        "institute",
        "department",
        "command",
        "headquarters",
        "staff",
        "company",
        "party",
        "court",
        "parliament",
        "duma",
        "senate",
        "congress",
        "bank",
        "network",
        "channel",
        "newspaper",
        "outlet",
        "statement",
        "report",
        "letter",
        "study",
        "survey",
        "article",
        "website",
        "account",
        "post",
        "authorities",
        "forces",
        "corporation",
        "group",
        "firm",
        "union",
        "club",
        "team",
        "board",
        "foundation",
        "organization",
        "organisation",
        "association",
        "university",
        "school",
        "hospital",
        "studio",
        "publisher",
        "station",
        "broadcaster",
        "daily",
        "magazine",
        "tabloid",
        "blog",
        "kremlin",
        "pentagon",
        "regime",
        "cabinet",
        "presidency",
        "secretariat",
        "directorate",
        "bureau",
        "center",
        "centre",
        "guard",
        "navy",
        "spokesperson's",
        "alliance",
        "coalition",
        "federation",
        "league",
        "movement",
        "campaign",
        "ministries",
        "press",
    },
    "skip": {
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "has",
        "had",
        "have",
        "was",
        "is",
        "were",
        "are",
        "also",
        "later",
        "then",
        "again",
        "once",
        "repeatedly",
        "previously",
        "earlier",
        "recently",
        "simply",
        "just",
        "further",
        "then-",
        "reportedly",
        "would",
        "will",
        "could",
        "did",
        "does",
        "do",
        "already",
        "even",
        "only",
        "still",
        "flatly",
        "quickly",
        "finally",
        "subsequently",
        "separately",
        "publicly",
        "privately",
        "similarly",
        "likewise",
        "too",
        "however",
        "meanwhile",
        "in",
        "turn",
        "not",
        "never",
    },
    "prepositions": {
        "to",
        "by",
        "with",
        "for",
        "of",
        "from",
        "against",
        "about",
        "on",
        "at",
        "in",
        "into",
        "over",
        "under",
        "after",
        "before",
        "during",
        "among",
        "between",
        "without",
        "within",
        "via",
        "near",
        "toward",
        "towards",
        "than",
        "like",
        "as",
        "behind",
        "beside",
        "across",
        "through",
        "around",
        "upon",
        "including",
        "unlike",
        "told",
        "asked",
    },
    "abbreviations": {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "sen",
        "rep",
        "gov",
        "st",
        "jr",
        "sr",
        "prof",
        "mt",
        "ft",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "pres",
        "adm",
        "cmdr",
        "maj",
        "rev",
        "hon",
        "rt",  # "the Rt. Hon. Keith Mitchell"
        "barr",  # West African forms of address: "Barr. Ada Obi", "Engr. Tunde Bakare", "Pst. John Okon"
        "engr",
        "pst",
        "smt",  # Indian: "Smt. Sunita Verma"
        "atty",
        "supt",
        "det",
        "insp",
        "dept",
        "univ",
        "assn",
        "bros",
        "approx",
        "est",
        "fig",
        "ave",
        "blvd",
        "rd",
        "mass",
        "calif",
        "fla",
        "ill",
        "pa",
        "wash",
        "va",
        "conn",
        "tenn",
        "ky",
        "mich",
        "minn",
        "wis",
        "ariz",
        "colo",
        "nev",
        "okla",
        "ore",
        "tex",
        "ga",
        "ala",
        "ark",
        "kan",
        "neb",
        "md",
        "mo",
        "del",
        "reps",
        "govs",
        "gens",
        "messrs",
        "mme",
        "mlle",
        "p",
        "pp",
        "vol",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
    },
    "next_cues": [],
    "pro_drop": False,
    "verb_final": False,
    # heads of a document phrase ("the statement"): a document of a body, no speaker of its own
    # "as Peskov put it, “…”": a verb that reports only with this object after it
    # "as Peskov put it"; a court's "Justice Ada Obi held that “…”" (what it held, a ruling; "held talks" is no cue)
    # and a court's "Judge Ada Obi ruled that “…”" ("ruled" is weak: alone, only right after a quote)
    "verbs_with_object": {"put": "it", "hold": "that", "rule": "that"},
    # before a speech verb's base form after a verb that reports: an infinitive ("the right to respond"), not it
    "infinitive_markers": ["to"],
    "document_heads": ["statement", "report", "article", "post", "account", "survey", "study", "letter", "poll"],
    # "the company said": a definite institution noun stands for the organisation in view (the one whose name holds
    # the noun, "the court" -> "Court of Appeal"; for these heads, any body of their kind when only one is in view)
    "anaphor_articles": ["the"],
    # "the statement said": its issuer is the subject of these verbs (or a speech verb) where "a statement" came
    "document_verbs": ["issue", "release", "publish", "send", "sign", "post", "share", "put"],
    # words before a document's head that introduce it, as "a" does ("in its statement")
    "document_owners": ["its", "their", "his", "her"],
    "anaphor_heads": [
        "company",
        "firm",
        "corporation",
        "club",
        "team",
        "brokerage",
        "agency",
        "statement",
        "tank",
        "thinktank",
        "think-tank",
    ],
    # between a document's head and its author ("a report from Kotak Institutional Equities")
    "document_by": ["from", "by"],
    # relative pronouns a dependency parse gives as the subject: the antecedent is the speaker
    "parsed_relatives": ["who", "which", "that"],
    # capitalised words are not checked against the dictionary to tell names from common words (the recogniser
    # reads names; months and many words are also names: "Theresa May")
    "no_dictionary_check": True,
    # a quote inside a sentence with no speech verb is not its subject's words ("X refers to plans to create a “…”")
    "embedded_quote_no_subject": True,
    # "who" opens a relative clause with or without a comma before it
    "relative_without_comma": True,
    # heads of an institution phrase that name no body on their own ("the ministry": the last one named)
    "generic_heads": [
        "statement",
        "report",
        "letter",
        "study",
        "survey",
        "article",
        "post",
        "account",
        "website",
        "channel",
        "blog",
        "press",
        "forces",
        "authorities",
        "group",
        "team",
        "board",
        "party",
        "company",
        "government",
        "military",
        "army",
        "police",
        "regime",
        "administration",
        "office",
        "ministry",
        "agency",
        "service",
        "department",
        "embassy",
        "council",
        "committee",
        "court",
    ],
    # words between a title and the body it is of ("spokesman for")
    "title_of": ["for", "of", "at"],
    # lower-case words inside an institution's name ("Department of Health and Human Services")
    "name_joiners": ["and", "the", "of", "for"],
    # articles that do not qualify a title ("the spokesman" is the role "spokesman")
    "title_articles": ["the", "a", "an"],
    # a pronoun that, capitalised after the clause start, is something else ("IT")
    "capitalised_not_pronoun": ["it"],
    # an institution phrase after one names no body ("an established volunteer network")
    "indefinite_unnamed": ["a", "an"],
    # the role an abbreviated honorific stands for ("Sen. John Doyle" ... "the senator said")
    "honorific_roles": {
        "sen": "senator",
        "gov": "governor",
        "gen": "general",
        "lt": "lieutenant",
        "col": "colonel",
        "capt": "captain",
        "sgt": "sergeant",
        "adm": "admiral",
        "maj": "major",
        "pres": "president",
        "prof": "professor",
        "rev": "reverend",
        "justice": "judge",  # "Justice Ada Obi" … "the judge said"
    },
    # forms of one role, for the title bindings
    "role_groups": {
        "spokeswoman": "spokesperson",
        "spokesman": "spokesperson",
        "spokesmen": "spokesperson",
        "rep": "spokesperson",  # "Swift's rep told Fox News" (not the abbreviated title "Rep. Smith": capitalised)
        "justice": "judge",  # "the Chief Justice said", "the judge said": one role
    },
    # a possessive ending written as a token of its own: what comes before it is no subject
    "possessive": ["'s", "’s"],
    # verbs of citing, after which the person cited follows, and the word before the participle ("quoted X as saying")
    # participles that, with a preposition, put a group's leader in an apposition after it ("The prosecution, led by
    # Ada Obi, told the court"): the leader speaks for the group the clause's subject names
    "leader_participles": ["led", "headed"],
    # a preposition that opens an absolute phrase whose participle's subject is the name right before it ("…, with
    # President Vladimir Putin telling troops that “…”": Putin, not the sentence's subject)
    "absolute_preps": ["with"],
    "citing": ["quote", "cite"],
    "quoted_as": ["as"],
    # a lone capitalised word after a speech verb that no name took is not its inverted subject
    "lone_capitalised_not_subject": True,
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    # "Dmitry Peskov is the Kremlin spokesman": the title is the person's (speakers.py binds it to them)
    "copulas": ["is", "was", "been", "has been", "had been", "became", "remains", "served as"],
    "negations": ["not", "no", "never"],
    # a partial quote inside a sentence ending in ", Noem said (in …)." is that clause subject's
    "sentence_final_cue": True,
    # "“…,” the patient wrote": a determiner and a common noun before the verb are someone the article does not name
    "common_noun_subject": True,
    # a quote opening its paragraph after paragraphs that are all quote goes on with the speaker of that run
    "quote_runs_continue": True,
    # "a spokesperson for the Acme Corporation said": the body a spokesperson is for, read or not by the recogniser
    "bodies_unread": True,
    # "“…” — John Smith": a quote signed after a dash, no verb
    "dash_signature": True,
    # "According to Jane Doe, sales doubled.": the name the cue's own preposition governs is the one who spoke
    "cue_source_governed": True,
    # a speech verb inside brackets closed before a quote is an aside's, not the quote's attribution
    "bracket_asides": True,
    # a cue's gender (pronoun, title) rules out a person whose name or the text says is of the other gender
    "gender_veto": True,
    # a "he"/"she" with no person in view is the one organisation in view written like a person's name: a name the
    # model misread ("Nkechi Okafor launched the fund. … “…,” she said."); not a body "its" refers to
    "pronoun_bodies": True,
    # ... but never a company: a legal form in its name the dictionary does not list ("Acme Holdings plc"; "Ltd",
    # "Inc", "Group", "Bank", "Airlines" are words of the language already), or a noun of a company's accounts after
    # it in its sentence ("Bharti Airtel posted higher profit": the subject of a business verb)
    "company_words": [
        "plc",
        "llc",
        "pty",
        "profit",
        "profits",
        "revenue",
        "revenues",
        "earnings",
        "turnover",
        "dividend",
        "dividends",
        "ebitda",
    ],
    # endings of Russian and Ukrainian surnames as English spells them: a lone capitalised word with one that a model
    # read as a body or as a town no one knows abroad, right before or after a speech verb, is a person named by
    # surname ("“…,” Shevchenko said", "said Kovalchuk", "Marchuk told reporters"; services/enrich/entities/frames.py)
    "lone_surname_endings": ["enko", "chuk", "yuk", "uk", "ov", "ova", "ev", "eva", "sky", "skyi", "ko"],
    # a one-word body that opens the one longer body of the article goes by that word ("Goldman" of "Goldman Sachs")
    "first_word_bodies": True,
    # "The doctors, members of the group X, …": the nouns that make a plural noun the members of the body named after
    "member_words": ["members", "member"],
    # the rules read every clause that runs on after the quote's comma: none is an unread attribution
    "no_unread_attribution": True,
    # the subject of a speech verb comes before it: the words after "said" start the reported clause
    "subject_first": True,
    # a speech verb ending so is a participle whose subject is the sentence's ("urged Mr. Trump to act, saying")
    "participle_endings": ["ing"],
    "verb_gender": [],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "my", "your", "whose"},
    "spokesperson": {"spokesperson"},
    "noun_markers": {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "our",
        "my",
        "your",
        "whose",
        "another",
    },
    "indefinite": {"a", "an"},
    # Nouns for a person the article need not name ("A witness said"), with the gender they show (English
    # "the" is left out of ``definite`` on purpose, so only "a"/"an" opens such a subject; attribution.py)
    "person_nouns": {
        "man": "m",
        "woman": "f",
        "person": None,
        "source": None,
        "witness": None,
        "user": None,
        "resident": None,
        "neighbor": None,
        "neighbour": None,
        "activist": None,
        "worker": None,
        "member": None,
        "boy": "m",
        "girl": "f",
    },
    # "Yet Sondland has amended …": an adverb of contrast opening a clause, no part of the name after it
    "clause_starts": {"and", "but", "while", "whereas", "yet"},
    "subordinators": {"while", "when", "because", "although", "though"},
    # words opening a phrase or clause that may stand first in the sentence, closed by a comma before its subject
    # ("At a hearing of the panel that funds NASA, Rep. Tom Hale pushed …": NASA is not the subject; attribution.py)
    "fronted_clauses": [
        "at",
        "in",
        "during",
        "after",
        "before",
        "on",
        "following",
        "amid",
        "despite",
        "since",
        "under",
        "with",
        "when",
        "while",
        "as",
        "although",
        "though",
        "because",
        "if",
        "once",
        "until",
        "whereas",
        "asked",  # "Asked whether Putin was in danger, he said": a participle of asking (``asking``)
        "pressed",
        "questioned",
    ],
    # holidays: a capitalised run holding one names a time, not a speaker ("her Christmas cards", "at Easter")
    "holidays": {"christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "xmas"},
    "complementisers": {"that"},
    "of": {"of", "for"},
    "conjunctions": {"and", "or"},
    "name_particles": {"mac", "st", "bin", "ibn", "abu", "bint", "al", "ben"},
    "of_words": {"of", "for"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "mayor", "governor",
    "senator", "ambassador", "general", "chancellor", "adviser", "advisor", "chairman", "chairwoman",
    "director", "commander", "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "lawyer", "analyst",
    "official", "correspondent", "ceo", "chief", "leader", "premier", "king", "queen", "prince", "pope",
    "colonel", "captain", "sergeant", "lieutenant", "deputy", "representative", "sen", "rep", "gov", "gen",
    "councillor", "councilor", "councilman", "councilwoman", "congressman", "congresswoman", "lawmaker",
    "legislator", "economist", "historian", "researcher", "scientist",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "ministry", "department", "agency", "bank", "reserve", "treasury", "council", "committee", "commission",
    "court", "party", "university", "institute", "corporation", "corp", "inc", "ltd", "llc", "plc", "group",
    "company", "airlines", "airways", "army", "navy", "force", "forces", "service", "office", "news",
    "times", "post", "press", "journal", "television", "radio", "foundation", "association", "organization",
    "organisation", "network", "guard", "police", "parliament", "bureau",
)  # fmt: skip
NAME_PARTICLES = frozenset({"of", "de", "van", "von", "al", "bin"})
# Labels the English model gives a plain "Given Surname" person it misread ("Brad Marchand" ORG, "Linus Ullmark" FAC,
# "Nam Yongwoo" WORK_OF_ART; "Trent Reznor" GPE in a numbered list of singers): such a name is a person when nothing
# frames it as something else (entities/frames.py) and, for a "place", the gazetteer knows no place so named, its
# second word is no word of the language and no place cue stands before it ("Santa Clara", "Jackson Hole", "Allen
# Park" stay places; entities/correction.py).
NAME_PAIR_MISREAD = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "GPE"})
NAME_DAY_WORDS = frozenset({"day", "eve"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Words right before a name that make a small town of the gazetteer the place ("near the town of").
# "Ryan Hollman, 31, of Hope": a person's age, then the town the person lives in.
# Also a place's office holders, people and parts ("the governor of Belgorod", "residents of Odintsovo", "the
# outskirts of Kyiv").
# A word of where in the place may stand between the preposition and the name ("in nearby Hialeah", "in central Kyiv",
# "near northern Kharkiv").
# English romanisation of Russian and Ukrainian names (BGN's, which the gazetteer writes), sound by sound: the key a
# language's own spelling of those names is matched on (services/enrich/entities/geo.py ``sound_key``).
PLACE_SOUND_SPELLING = (
    ("shch", "S"), ("zh", "S"), ("sh", "S"), ("kh", "K"), ("ch", "C"), ("ts", "Z"), ("z", "S"), ("s", "S"),
    ("k", "K"), ("v", "V"), ("w", "V"), ("y", "i"), ("j", "i"),
)  # fmt: skip
# ("across Tver", "throughout Kherson", "parts of Kherson", "30 km north of Kyiv": where, as "in" is.)
# (A country's capital named after the word: "Ghana's capital Accra", "the capital, Kyiv".)
PLACE_BEFORE = (
    r"\b(?:(?:in|near|outside|around|across|throughout)(?:\s+(?:nearby|neighbou?ring|central|downtown|rural|suburban|coastal"
    r"|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?))?"
    r"|town of|city of|village of|port of|region of|\d{1,3}, of|capital(?: city)?,?"
    r"|(?:governor|mayor|residents|outskirts|suburbs|centre|center|parts) of"
    r"|(?:\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south)(?:-?(?:east|west))? of|(?:east|west) of)\s+$"
)
# A journey's words right before a name ("returned to Florence", "a flight to Lusaka", "a man from Enniskillen",
# "visited Cox's Bazar"; "moving to, say, Ashburton": an aside between): evidence of a place for a town's own name a
# model labelled an organisation, as a place cue is (entities/correction.py). Not "left", "joined", "reached", "sold
# to", "a statement from": a company is left, joined, reached, sold to, and speaks; "from" only after a person's noun
# ("a man from"), where it says where someone lives.
PLACE_MOTION_BEFORE = (
    r"(?<![\w'’-])(?:(?:returned|returning|moved|moving|travell?ed|travell?ing|flew|flying|fled|fleeing|headed|heading"
    r"|relocated|relocating|drove|sailed|deported|extradited|evacuated|trip|trips|visit|flights?|journey|ferry"
    r"|route|way|back) to"
    r"|(?:marched|marching|paraded|drove|driving|passed|passing|swept|sweeping|tore|ripped|walked|cycled) through"
    r"|(?:man|woman|men|women|boy|girl|teenager|teen|family|couple|pensioner|mother|father|student|resident"
    r"|residents|people|native|\d+-year-old) from"
    r"|visited|visiting|toured|touring)(?:,?\s+(?:say|for example|for instance),)?\s+$"
)
# Words of movement or extent right before a name ("flew to Erbil", "troops from Kharkiv", "across Ontario"): weaker
# evidence of a place than PLACE_BEFORE (a company is sold "to Toyota"), so only for a name the model missed and the
# gazetteer trusts, never a small town's name nor a label the model gave (entities/recovery.py).
PLACE_MOVEMENT_BEFORE = r"(?<![\w'’-])(?:from|to|via|across|throughout|around|into)\s+$"
# A phrase of place between commas right after a name ("Sumy, near the border, was shelled"; "Kherson, on the
# Dnipro,"): the name is where it is, a region or a city the gazetteer knows (entities/recovery.py). Bounded: at most 60
# characters between the commas.
PLACE_LOCATED_AFTER = (
    r",[ \u00a0]+(?:just[ \u00a0]+)?(?:near|outside|close[ \u00a0]+to|not[ \u00a0]+far[ \u00a0]+from|on[ \u00a0]+the"
    r"|(?:north|south|east|west)[ \u00a0]+of)[ \u00a0][^,.;:!?()\n]{1,60},"
)
# The verbs of a storm, a flood or an attack whose object is the place struck, right before a name ("Floods hit
# Cumbria", "Storms lash Cornwall", "Shelling rocked Kharkiv"): a region or a city the gazetteer knows, not a person
# ("the scandal hit Jackson"; entities/recovery.py).
PLACE_STRUCK_BEFORE = (
    r"(?<![\w'’-])(?:hit|hits|struck|strikes|lash|lashes|lashed|batter|batters|battered|pound|pounds|pounded"
    r"|rock|rocks|rocked|shake|shakes|shook|swamp|swamps|swamped|shell|shells|shelled)\s+$"
)
# A settlement noun right before a name that makes it a place whatever a model labelled it and whether or not the
# gazetteer knows it ("in Pangram area of Sarkh", "the town of Ilsky"); a state or a region too ("the premier of the
# German state of North Rhine-Westphalia remarked": no speaker's name).
# (Not "port of": software.)
# Also a facility that stands in a place ("an oil depot in Ilsky", "the fuel facility in Senkata", "an air base near
# Engels"): a facility is in a place, not in an organisation (not "stake in", "role in").
PLACE_NOUN_BEFORE = (
    r"\b(?:(?:towns?|city|cities|villages?|districts?|county|province|area|suburb|township|state|region|island|emirate"
    r"|canton|municipality|prefecture|governorate) of"
    r"|(?:depot|refinery|facility|factory|plant|airfield|air base|airbase|base|terminal|warehouse|port|barracks"
    r"|prison|hospital|mine) (?:in|near|outside))\s+$"
)
# An administrative noun written as the last word of a place's name ("Kursk Oblast", "Krasnodar Krai", "Gangwon
# Province"): the whole is a region when the words before it name a place.
PLACE_ADMIN_NAME = r"(?P<place>.+?) (?:Oblast|Krai|Okrug|Raion|Province|Prefecture|Governorate|Region|County)"
# A settlement noun in an apposition right after a name ("Shebekino, a town in Russia's Belgorod region"): a place.
PLACE_APPOSED = (
    r",\s+(?:an?|the)\s+(?:(?:small|large|major|key|border|frontline|front-line|coastal|industrial|mining|port|"
    r"resort|garrison|strategic|nearby|remote|rural|occupied|besieged|eastern|western|northern|southern|"
    r"largest|biggest|second-largest|second-biggest|oldest|main)\s+){0,2}"
    r"(?:town|city|village|settlement|port|suburb|district|region|province|hamlet|municipality|capital)\s+"
    r"(?:in|of|on|near|outside|north|south|east|west|some|about|just|close)\b"
)
# A settlement noun right after a name that a place cue introduces ("in Pangram area of Sarkh"), "town" and "village"
# as Indian and African papers write them ("in Uttarakhand's Joshimath town"; not a "town hall", a "village green").
PLACE_NOUN_AFTER = (
    r"\s+(?:area|district|province|region|neighbou?rhood|suburb"
    r"|(?:town|village)(?![ -](?:hall|halls|council|centre|center|square|meeting|house|green|people)\b))\b"
)
# An administrative noun right after a name, no cue needed: the name is a place ("Orange and Riverside counties").
# Also a country's parts as wire copy names them ("the Kharkiv and Sumy regions", "Solomianskyi and Darnytskyi
# districts", "the Belgorod oblast"), and an airport named after the place it serves ("flights were suspended at Vnukovo
# and Sheremetyevo airports"), and a refugee camp, a settlement ("bombs fell on Al-Maghazi refugee camp").
PLACE_ADMIN_AFTER = (
    r"\s+(?:county|counties|parish|parishes|borough|boroughs|township|townships|district|districts|region|regions"
    r"|province|provinces|oblast|oblasts|airport|airports|refugee camps?)\b"
)
# Words that close a club's name after its town's ("Leeds United", "Swansea City", "Bolton Wanderers"): the whole is
# the club, no person nor place, unless the gazetteer knows it as a place ("Mexico City"; entities/correction.py).
NAME_CLUB_WORDS = frozenset({"united", "city", "rovers", "wanderers", "athletic", "albion", "hotspur", "fc", "afc"})
# A federal court's district as US courts name theirs, a compass word and "District" ("the Southern District of New
# York"): read before "of" and a name, no place of its own (entities/correction.py, _court_district).
PLACE_COURT_DISTRICT = r"(?:Northern|Southern|Eastern|Western|Middle|Central) District"
# A lower-case feature noun right after a name: the name and the noun are one natural feature ("the Taman
# peninsula", "the Kerch strait", "the Dnipro river").
PLACE_FEATURE_AFTER = (
    r"\s+(?:peninsula|river|sea|strait|bay|gulf|island|islands|lake|mountains|desert|valley|plateau|archipelago"
    r"|lagoon|reservoir|delta)\b"
)
# The produce named after a place, right after the place's name ("a Fresno chile", "two Anaheim peppers", "Brussels
# sprouts"): the kind of pepper or vegetable, no place at that mention (entities/correction.py). Bounded to these nouns:
# a town's own noun ("the Fresno chile farm") is still the produce's, and "Fresno" on its own stays the town.
PLACE_VARIETY_AFTER = r"[ \u00a0]+(?:chiles?|chil(?:l?i|l?ies|lis)|peppers?|sprouts)\b"
# "And" before the last of a list of places a model labelled ("in Bryansk, Kursk and Belgorod").
PLACE_LIST_AND = ("and",)
# Regions, islands, natural features and historical states under their English names that no data read here lists
# (GeoNames has cities, ISO 3166-2 subdivisions have their own languages' names: "Sicilia", not "Sicily"; "Wales" is
# lost to "New South Wales"): each a place in English articles (entities/geo.py), as German's own table.
# (Not "Amazon", "Outback", "Highlands": a company, a chain, a common noun; not "Atlantic", "Pacific": "The Atlantic"
# is a magazine, and the oceans come with a cue, "across the Atlantic".)
PLACE_NAMES = frozenset({
    # seas, oceans, straits
    "Arctic", "Antarctic", "Mediterranean", "Baltic", "Aegean", "Adriatic", "Bosphorus",
    # mountains and ranges, deserts
    "Alps", "Andes", "Himalayas", "Pyrenees", "Carpathians", "Urals", "Rockies", "Appalachians", "Dolomites",
    "Hindu Kush", "Everest", "Mont Blanc", "Mauna Kea", "Sahara", "Gobi", "Kalahari", "Negev", "Sinai",
    # rivers
    "Nile", "Thames", "Danube", "Rhine", "Volga", "Yangtze", "Mekong", "Ganges", "Euphrates", "Tigris", "Seine",
    "Elbe", "Dnieper",
    # world regions and disputed lands
    "Middle East", "Balkans", "Caucasus", "Scandinavia", "Siberia", "Levant", "Maghreb", "Patagonia", "Arabia",
    "Indochina", "Anatolia", "Crimea", "Donbas", "Donbass", "Kashmir", "Punjab", "Bengal", "West Bank",
    "Gaza Strip", "Golan Heights", "Darfur", "Chechnya", "Dagestan", "Transnistria", "South Ossetia",
    "Nagorno-Karabakh", "Inner Mongolia",
    # European regions under their English names
    "Karelia", "Transylvania", "Bohemia", "Moravia", "Silesia", "Burgundy", "Provence", "Normandy", "Brittany",
    "Lombardy", "Catalonia", "Castile", "Sicily", "Sardinia", "Crete", "Flanders", "Wallonia", "Saxony",
    "Rhineland", "Ruhr", "Balearic Islands", "Canary Islands", "Azores",
    # the United Kingdom and Ireland: nations, historic counties and regions
    "Wales", "Ulster", "Yorkshire", "Sussex", "East Anglia", "Cotswolds", "Lake District", "Home Counties",
    "Merseyside", "Tyneside", "Greater Manchester", "West Midlands", "Hebrides", "Shetland",
    "Scottish Highlands", "Cairngorms", "Snowdonia",
    # regions of the United States
    "New England", "Midwest", "Pacific Northwest", "Great Lakes", "Appalachia", "Deep South", "Rust Belt",
    "Sun Belt", "Great Plains", "Bay Area", "Everglades", "Cape Cod", "Nantucket", "Carolinas", "Dakotas",
    "Outer Banks", "Northeast", "Southeast", "Mid-Atlantic", "Upper Midwest",
    # Australian states as the press writes them short (not "WA", "SA", "Vic", "ACT": a word's or a name's letters too)
    "Qld", "NSW",
    # a city by its letters (not "LA": a word's letters too)
    "NYC",
    # the Caribbean's islands as one
    "West Indies",
    # islands of Asia and the Pacific
    "Honshu", "Kyushu", "Shikoku", "Mindanao", "Luzon", "North Island", "South Island", "Oahu", "Maui", "Kauai",
    # historical states
    "Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Ottoman Empire",
    "Prussia", "Persia", "Mesopotamia", "Austria-Hungary", "Rhodesia", "Burma", "Ceylon", "Siam",
})  # fmt: skip
# Oceans whose bare name is also a magazine's, a company's or a fleet's ("The Atlantic", "Pacific Gas"): a place only
# after a lower-case "the", with a word of where or none ("across the Atlantic", "Asia and the Pacific", "the
# equatorial Pacific"; entities/correction.py).
OCEAN_NAMES = ("Pacific", "Atlantic")
# Short forms of country names CLDR does not give.
COUNTRY_SHORT = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "America": "US",
    "Korea": "KR",
    # countries' initials in news ("the PRC" was Prescott, Arizona, by an airport code GeoNames lists)
    "UAE": "AE",
    "U.A.E.": "AE",
    "PRC": "CN",
    "DRC": "CD",
    "KSA": "SA",
    "DPRK": "KP",
    "ROK": "KR",
}
# Abbreviations that open a place's name, and the word each stands for: the gazetteer reads "St. Croix" as Saint
# Croix (entities/geo.py), and the full stop inside it ends no name (entities/recovery.py, _abbreviated_places).
PLACE_ABBREVIATIONS = {"St.": "Saint", "Ste.": "Sainte", "Ft.": "Fort", "Mt.": "Mount", "Pt.": "Point"}
# Words right before a name that put something on a geographic feature: the name is a place, whatever the model
# labelled it ("a telescope atop Mauna Kea" PERSON, "climbed Ben Nevis", "the foot of Ben Nevis"; entities/correction.py,
# _on_feature).
PLACE_FEATURE_CUES = (
    r"(?<![\w'’-])(?:atop|on top of|(?:climb|climbed|climbing|scaled|scaling)|(?:the|its) (?:summit|slopes?|foothills"
    r"|foot|banks?|shores?|peak|crater|mouth|source) of) $"
)
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = (
    "sea", "lake", "river", "mountains", "mount", "gulf", "strait", "bay", "ocean", "peninsula", "desert",
    "sierra", "mountain", "hills", "valley", "island", "islands", "isle", "canyon", "vineyard", "plateau",
    "falls", "reef", "glacier", "volcano", "archipelago", "basin", "heights", "peak", "gorge", "lagoon", "fjord",
    "cape", "coast", "keys", "panhandle", "loch", "lough",
    # a street's or a square's kind as English wire copy transliterates Russian and Ukrainian names: "Vasilyevsky
    # Spusk" (the slope by Red Square), "Kutuzovsky Prospekt", "Manezhnaya Ploshchad", "Sofiyskaya Naberezhnaya",
    # "Bankova Vulytsia": a place, never a person nor a body
    "spusk", "prospekt", "ulitsa", "ploshchad", "naberezhnaya", "shosse", "bulvar", "pereulok", "proyezd", "proezd",
    "vulytsia", "vulytsya", "ploshcha", "naberezhna", "provulok",
)  # fmt: skip
# (Not "pass": "Game Pass", "Season Pass" are products; not "forest": "Nottingham Forest" is a club.)
# Words after a place the gazetteer knows that name a part of it or its state ("Yobe North", "Wichita East").
PLACE_QUALIFIERS_AFTER = ("north", "south", "east", "west", "central")  # not "state": "Ohio State" is a university
# Storm words: the name after one is a storm's ("Storm Ciaran"), not a person.
NAME_STORM_WORDS = ("storm", "hurricane", "typhoon", "cyclone")
# The last word of a product's model name after its brand's or its line's ("MacBook Pro", "iPhone XS Max", "Chromecast
# Ultra"): a "person" of two or three words so ending whose first word is no given name nor a title is the product
# (entities/correction.py; "Jessica Max" stays a person).
NAME_MODEL_WORDS = frozenset({"pro", "max", "ultra", "plus", "mini", "air", "lite"})
# The word right before such a "person" that makes it the product even when its first word is a given name ("the new
# Mac Pro", "its Mac Mini": "Mac" is a given name too); no one writes a person's name after them.
NAME_MODEL_BEFORE = frozenset({"the", "new", "latest", "its", "their", "my", "your", "our"})
# A company's noun heading an apposition right after a name ("Magna, a Canadian automobile parts company."; "Brenwick,
# a Dutch chemicals firm, said"): the name is the company's at every mention, no person's. The noun closes the
# apposition (not "a tech company executive"), and no preposition comes before it (not "a lawyer at the firm,")
# (entities/correction.py). Bounded: at most four words between the article and the noun.
NAME_COMPANY_APPOSED = (
    r",[ \u00a0]+(?:an?|the)[ \u00a0]+(?:(?!(?:at|of|for|with|in|from|to|by|and|or|who|whose)\b)[\w-]+[ \u00a0]+){0,4}"
    r"(?:company|firm|carmaker|automaker|retailer|manufacturer|conglomerate|supplier|lender|insurer|startup"
    r"|start-up|bank|brokerage|airline)(?=[,.;:)]|[ \u00a0]+(?:that|which|based|headquartered|owned)\b)"
)
# What follows a firm's name written as its founder's possessive with no noun owned ("Kohl’s (KSS)", "Lowe's (NYSE:
# LOW)", "Lowe's was also lower", "Lowe's reported earnings"): its ticker in parentheses, or a verb of its results;
# the name is the firm's at every mention, no person's (entities/correction.py).
NAME_FIRM_POSSESSIVE_AFTER = (
    r"['’]s(?:[ \u00a0]+\((?:(?:NYSE|NASDAQ|Nasdaq|TSX|LSE):[ \u00a0]?)?[A-Z]{1,5}\)"
    r"|[ \u00a0]+(?:was|is|has|reported|reports|posted|posts)[ \u00a0]+(?:also[ \u00a0]+)?"
    r"(?:lower|higher|up|down|earnings|results|sales|profits?|losses|revenue)\b)"
)
# A stock index's number and noun right after a one-word name ("the Russell 2000 Index", "the Corbin 500 index"): the
# name is the index's, no person's (entities/correction.py).
NAME_INDEX_AFTER = r"[ \u00a0]\d{1,4}[ \u00a0]+(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes)\b"
# A lower-case word of a firm's employee between a name and a person's ("Wells Fargo analyst Zachary Fadem", "Morgan
# Stanley chief executive John Mack"): the first name is the firm's (not "strategist", "adviser": "Trump adviser John
# Bolton") (entities/correction.py).
NAME_EMPLOYER_AFTER = r"[ \u00a0]+(?:analysts?|chief[ \u00a0]+executive|CEO|CFO)[ \u00a0]+[A-Z]"
# A holding in a firm right before a name ("shares of Merrill Lynch", "a stake in Morgan Stanley", "a unit of Charles
# Schwab"): the name is the firm's at every mention, and so is a name "and" or "or" joins right after it ("shares of
# Fannie Mae and Freddie Mac") (entities/correction.py; matched on the 30 characters before the name).
NAME_FIRM_BEFORE = (
    r"(?<![\w'’-])(?:[Ss]hares|[Ss]tocks?|[Ss]takes?|[Bb]onds|[Uu]nits?|[Ss]ubsidiar(?:y|ies)|[Dd]ivisions?)"
    r"[ \u00a0]+(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
# A speech verb right after a one-word name ("Parise said"): what a person does (entities/correction.py).
# A "person" whose last word heads a body's name ("the West Division", "the Big Ten Conference"), or a two-word one
# ending in the word that makes a university's short name ("Penn State", "Ohio State"): no person is so named; the body
# (entities/frames.py).
NAME_BODY_HEADS = frozenset(
    {"division", "conference", "league", "federation", "association", "committee", "council", "commission", "institute"}
)
NAME_UNIVERSITY_HEAD = "state"
# Names listed right before a sentence that calls them companies ("... includes Acme, Borel Lind and Cato Hale. The
# companies declined"): the rest of the list (capitalised words, commas, "and"; five names at most), its stop, then
# the sentence's subject (entities/frames.py; matched on a bounded window after the name).
NAME_LISTED_AS_COMPANIES = (
    r"(?:['’]s?)?(?:(?:, (?:and |or )?|,? (?:and|or) )[A-Z][\w&.'’-]{0,30}(?: [A-Z][\w&.'’-]{0,30}){0,3}){0,5}[.;]\s{1,3}"
    r"(?:The|These|Those|Both|All)(?: (?:two|three|four|five|other|[a-z]+-based))? "
    r"(?:companies|firms|contractors|businesses|manufacturers|makers|retailers)\b"
)
# The source of a survey or a poll ("a new survey from Acme Research", "a poll from Borel Lind"): a pollster, a firm;
# "by" is left out (a pollster by name runs a poll too: "a poll by Ann Selzer"), so are a study and a report, a
# person's too (entities/frames.py).
NAME_POLLSTER_BEFORE = r"(?<![\w'’-])(?:survey|poll)s? from $"
# A lower-case venue's noun right before a "person" ("the shuttered nightclub Reign", "the restaurant Lumen"): the
# venue's name, a business (entities/frames.py).
NAME_VENUE_BEFORE = (
    r"(?<![\w'’-])(?:nightclub|restaurant|bistro|brewery|bakery|boutique|cafe|café|eatery|gastropub|venue) $"
)
# A lower-case occupation of one person right before a name, a comma between or not ("Hays North diver Keetan Munsell",
# "media mogul, Debola Lagos"): the name is that person's, whatever the model read (a body or a place). Only nouns no
# body's name follows (a role such as "leader" or "chief" does: "the party leader, Labour") (entities/frames.py).
NAME_OCCUPATION_BEFORE = (
    r"(?<![\w'’-])(?:diver|swimmer|sprinter|runner|golfer|boxer|wrestler|skater|gymnast|cyclist|jockey|"
    r"quarterback|linebacker|pitcher|goalkeeper|goalie|striker|midfielder|mogul|tycoon|billionaire|"
    r"businessman|businesswoman|entrepreneur|singer|rapper|songwriter|actor|actress|comedian|chef|novelist|"
    r"poet|playwright),?[ \t\n]{1,3}$"
)
# A preposition right before a possessive name that owns no noun ("acquired by St. Martin’s,", "dinner at Macy’s."):
# the name of a firm or a shop, which English writes as its founder's possessive; a place's possessive owns a noun
# (entities/correction.py).
NAME_OWNER_BEFORE = r"(?<![\w'’-])(?:by|at|from|with)[ \u00a0]$"
NAME_PERSON_AFTER = r"^(?:['’]s?)?,?\s+(?:said|says|told|tells|added|asked|wrote|tweeted|explained|argued|recalled)\b"
# Kin a given name stands after ("his wife, Kimberly", "my son Jack"): the name is that relative's, a person's
# (entities/correction.py).
NAME_KIN = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "girlfriend", "boyfriend",
    "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower", "grandson", "granddaughter", "stepson",
    "stepdaughter", "niece", "nephew", "cousin", "mom", "dad", "aunt", "uncle",
})  # fmt: skip
# What follows an award's name joined to it as an adjective ("Oscar-winning", "Emmy-nominated"): the name is the
# award's, no person's (entities/correction.py).
NAME_AWARD_AFTER = r"^[-‐](?:winning|nominated)\b"
# Words right before a one-word name that make it a thing's, not a person's: "on Twitter", "the Sabres".
NAME_THING_BEFORE = frozenset({"the", "on", "via", "at"})
# A noun a theory or a model named after its authors ends with, after their possessive ("Fiedler's Contingency
# Model", "Hersey and Blanchard's theory", "Maslow's hierarchy of needs"): the possessors are people
# (entities/frames.py, _eponyms). The heads a company's possessive often stands before ("Uber's business model",
# "Tesla's Model 3") count only capitalised, in a capitalised name with no number after it.
NAME_EPONYM_HEADS = (
    r"(?:[Tt]heor(?:y|ies|em)|[Hh]ierarch(?:y|ies)|[Pp]aradox|[Cc]onjecture|[Hh]ypothes[ie]s|[Rr]azor|"
    r"[Cc]ontinuum|Model|Grid|Laws?|Principle)"
)
# Pronouns no person's name holds, capitalised in a heading ("Contacting Us", "About Us"): no person.
NAME_PRONOUNS = frozenset({"us", "we", "our", "ours", "your", "yours", "my", "their", "them", "they", "its"})

# Compass words before a known place that make a part of it ("West Africa", "Southern California", "upstate New
# York"): entities.names.compass_place.
PLACE_COMPASS_BEFORE = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
        "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        "central", "upstate",
    }
)  # fmt: skip

# Russian and Ukrainian given names as English news spells them (BGN/PCGN for Russian, Ukraine's official 2010 table
# for Ukrainian): Faker's Cyrillic given names read with these letters are given names in the Latin alphabet of any
# language ("Yevgeny", "Vyacheslav", "Mykhailo"; names.py). "opening": a letter's spelling at a word's start (and,
# for Russian, after a vowel); "endings": (written, spelt, other spellings) at a word's end; letters spelt as in most
# Latin alphabets ("а": "a") are name_data.PLAIN_CYRILLIC's.
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "v",
            "г": "g",
            "ё": "yo",
            "ж": "zh",
            "з": "z",
            "и": "i",
            "й": "y",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "shch",
            "ы": "y",
            "э": "e",
            "ю": "yu",
            "я": "ya",
        },
        "opening": {"е": "ye"},
        "after_vowel": True,
        "endings": [["ий", "y"]],
    },
    "uk": {
        "letters": {
            "в": "v",
            "г": "h",
            "є": "ie",
            "ж": "zh",
            "з": "z",
            "и": "y",
            "ї": "i",
            "й": "i",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "shch",
            "ю": "iu",
            "я": "ia",
        },
        "opening": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
        # a second spelling: Ukraine's own romanisation ("Oleksii", "Andrii", "Serhii")
        "endings": [["ій", "iy", "ii"]],
    },
}
# Words for a news outlet right before a name ("news agency Interfax", "the daily Kommersant"): the name is the
# outlet's, an organisation, not a person ("Ria Novosti" opens with a given name).
NAME_OUTLET_WORDS = (
    "agency", "newspaper", "daily", "tabloid", "broadcaster", "outlet", "weekly", "magazine", "channel",
)  # fmt: skip
