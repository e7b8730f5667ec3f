"""Per-language data for quote attribution, keyed by ISO 639-1 code: the ``QUOTES`` of each language's
module in ``services/enrich/languages/``, gathered here.

Per language:

* ``verbs``: speech verbs as lemmas (``simplemma`` lemmatises a word before the
  lookup, so inflected forms need no listing) and ``forms``: surface forms the
  lemmatiser gets wrong or that are phrases ("told reporters" needs only "tell");
* ``framing``: verbs that frame a quote only before it ("called it …", "described as …");
* ``addressee``: verbs whose following noun is the one spoken to, never the speaker
  ("told Fox News"), so "said X" inverts but "told X" does not;
* ``cues``: "according to"-like words followed by the speaker; ``cues_after``: the
  ones that follow it ("Peskow zufolge", "Kremlin'e göre");
* ``pronouns``: third-person subject pronouns with gender (m, f) or number (p);
  ``n`` is "it" (an organisation); ``relative``: "who";
* ``honorifics`` with gender; ``titles``: nouns of roles ("spokesman": a title phrase
  is a speaker only once the article names the person behind it); ``title_suffixes``
  for languages that glue titles into compounds (Kremlsprecher);
* ``institutions``: heads of organisation phrases ("the foreign ministry");
* ``skip``: determiners, auxiliaries and other words that may stand between a
  speaker and its verb; ``prepositions``: words after which a name is not a subject;
* ``pro_drop``: the subject may be left out ("dijo"); ``verb_final``: the speaker
  stands before the quote and the verb after it (Turkish);
* ``verb_gender``: past-tense endings that show the speaker's gender (Russian сказала).
"""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich import languages

LANGUAGES: dict[str, dict[str, Any]] = languages.table("QUOTES")

# Languages close enough to borrow a lexicon when they have none of their own (a language module
# with QUOTES is never sent here, so adding one needs no edit of this table).
FALLBACK = {"be": "ru", "ms": "id", "ca": "es", "gl": "pt", "ja": "zh", "nl": "de", "da": "de", "sv": "de"}
