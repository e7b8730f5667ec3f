"""Greek: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Verbs are lemmas (simplemma
# reads Greek: "δήλωσε" -> "δηλώνω", "είπε" -> "λέω").
QUOTES: dict[str, Any] = {
    "verbs": {
        "λέω",
        "δηλώνω",
        "τονίζω",
        "προσθέτω",
        "σημειώνω",
        "υπογραμμίζω",
        "εξηγώ",
        "αναφέρω",
        "απαντώ",
        "γράφω",
        "ανακοινώνω",
        "υποστηρίζω",
        "επισημαίνω",
        "καταγγέλλω",
        "προειδοποιώ",
    },
    "forms": {"είπε", "δήλωσε", "τόνισε", "πρόσθεσε", "σημείωσε", "ανέφερε", "εξήγησε", "αναφέρεται"},
    "weak": {"αναφέρω", "γράφω"},
    "framing": set(),
    "addressee": set(),
    "cues": ["σύμφωνα με", "κατά τον", "κατά την"],
    "cues_after": [],
    "pronouns": {"αυτός": "m", "αυτή": "f", "αυτοί": "p"},
    "relative": {"οποίος", "οποία", "οποίοι"},
    "honorifics": {},
    "titles": {"εκπρόσωπος": None, "υπουργός": None, "πρόεδρος": None, "πρωθυπουργός": None, "διευθυντής": None},
    "title_suffixes": [],
    "institutions": {"αστυνομία", "αστυνομίας", "υπουργείο", "υπουργείου", "κυβέρνηση", "κυβέρνησης"},
    "skip": {"ο", "η", "το", "την", "τον", "της", "του", "σχετική", "σχετικό"},
    "prepositions": {"σε", "στο", "στη", "στην", "από", "με", "για"},
    "abbreviations": set(),
    "pro_drop": True,
    "verb_final": False,
    "verb_gender": [],
    "document_heads": ["ανακοίνωση", "δήλωση"],
    "spokesperson": {"εκπρόσωπος"},
}
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("και",)
# Words that make a capitalised run an organisation, not a person ("Υποδιεύθυνση Ασφάλειας", "Τμήμα Τροχαίας"):
# written out in their nominative and genitive, as Greek capitalises a body's name in either case.
NAME_INSTITUTIONS = (
    "υποδιεύθυνση", "υποδιεύθυνσης", "διεύθυνση", "διεύθυνσης", "τμήμα", "τμήματος", "αστυνομία", "αστυνομίας",
    "ασφάλεια", "ασφάλειας", "ασφαλείας", "υπουργείο", "υπουργείου", "κυβέρνηση", "κυβέρνησης", "βουλή", "βουλής",
    "δήμος", "δήμου", "περιφέρεια", "περιφέρειας", "πανεπιστήμιο", "πανεπιστημίου", "υπηρεσία", "υπηρεσίας",
    "επιτροπή", "επιτροπής", "κόμμα", "κόμματος", "λιμενικό", "λιμενικού", "πυροσβεστική", "πυροσβεστικής",
    "εισαγγελία", "εισαγγελίας", "δικαστήριο", "δικαστηρίου", "νοσοκομείο", "νοσοκομείου",
)  # fmt: skip
