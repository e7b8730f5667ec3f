"""English: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.calendar import (
    DAY,
    DECADE,
    END,
    MONTH,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    easter,
    fixed,
    nth,
    number_words,
    weekday_forms,
)

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
    | {"fifteen": 15, "twenty": 20},
    units={r"days?": DAY, r"weeks?": WEEK, r"months?": MONTH, r"years?": YEAR, r"decades?": DECADE},
    ago=(r"{q}\s+ago",),
    ahead=(r"{q}\s+from\s+now", r"in\s+{q}(?:['’]s?)?\s+time"),
    later={
        r"{q}\s+(?:later|afterwards?|after" + END + ")": 1,
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
)
