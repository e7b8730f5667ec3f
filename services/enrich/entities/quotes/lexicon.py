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

Function words (sets of lower-case words). The ones marked "all" are read as the union of every
language's, whatever the article's language (a word of one language there acts in every
language: leave out a word another language uses otherwise, and say why); the others are read
for the article's language only:

* ``clause_starts`` (all): "and", "but", "while": a new clause, not an attribution;
  ``subordinators`` (all): "while", "when", "because": a name after one is not the subject of
  the verb before it; ``complementisers`` (all): "that": what follows is what was said;
* ``konjunktiv`` (all): German's reported-speech verb forms ("sei", "habe");
* ``reflexives`` (all): "sich", "se"; ``of`` (all) and ``of_words`` (all): "of", "von", "de" inside
  a title or an organisation's name;
* ``determiners`` (all), ``indefinite`` (all): "a", "un"; ``definite``: "el", "der" (a title
  phrase after one is someone the article named; English has none on purpose);
  ``noun_markers``: after one a verb-like word is a noun; ``article_gender``: {"la": "f"};
  ``articles``: before one a capitalised word is a common noun; ``article_too``: prepositions that
  are also an article (Portuguese "a");
* ``spokesperson`` (all): the word for a spokesperson (title bindings group its forms);
* ``conjunctions`` (all): "and", "or" between names; ``name_particles`` (all): "von", "de", "bin";
  ``not_name_particles``: another language's particle that is a plain word here ("al");
* ``separable_particles``: the particles of separable speech verbs (German "teilt … mit").
"""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich import languages

LANGUAGES: dict[str, dict[str, Any]] = languages.table("QUOTES")

# Languages close enough to borrow a lexicon when they have none of their own (a language module
# with QUOTES is never sent here, so adding one needs no edit of this table).
FALLBACK = {"be": "ru", "ms": "id", "ca": "es", "gl": "pt", "ja": "zh", "nl": "de", "da": "de", "sv": "de"}
