"""A language's boilerplate cues: the :class:`Cues` a language module's ``CLEAN`` is.

Each entry is a regex fragment, matched in any case, that ``services/enrich/clean/rules.py``
puts into one of its line rules (anchored: the cue opens the line, or is the whole line).
Cues no language owns (social networks, agencies, ``©``) stay in ``rules.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cues:
    chrome: tuple[str, ...] = ()  # a whole line that is a button or a label ("share", "mehr anzeigen")
    share: tuple[str, ...] = ()  # a share bar: the word before a colon ("teilen:")
    cookie_actions: tuple[str, ...] = ()  # what a cookie notice asks ("akzeptieren"); any ending follows
    promo: tuple[str, ...] = ()  # a line opening with a call to action ("abonnez-vous")
    promo_anywhere: tuple[str, ...] = ()  # a call to action anywhere in a short line
    support: tuple[str, ...] = ()  # a whole line asking for support ("support us")
    read_also: tuple[str, ...] = ()  # a line opening with a link to another story ("lesen sie auch")
    link_list: tuple[str, ...] = ()  # a whole line heading a list of links ("mehr zum thema")
    tags: tuple[str, ...] = ()  # a tag label before a colon ("schlagworte:")
    byline: tuple[str, ...] = ()  # a line opening a byline ("von " before a capital)
    byline_roles: tuple[str, ...] = ()  # a role before a colon that opens a byline ("autor:")
    role_byline: tuple[str, ...] = ()  # a byline named by its role ("edited by:")
    and_words: tuple[str, ...] = ()  # "and" between the names of a byline or a line of names
    byline_words: tuple[str, ...] = ()  # other lower-case words a byline's names may hold ("von", "of")
    photo: tuple[str, ...] = ()  # a line opening a photo credit ("foto:")
    inline_credit: tuple[str, ...] = ()  # a photo credit inside a line, after a sentence, before a colon ("file photo")
    captions: tuple[str, ...] = ()  # a caption's label before a colon ("bildunterschrift")
    photo_labels: tuple[str, ...] = ()  # a whole line naming a picture without its credit ("symbolbild")
    syndication: tuple[str, ...] = ()  # a line opening a note on where the copy came from, or a copyright
    embeds: tuple[str, ...] = ()  # a line opening an embedded post's widget text
    stamp: tuple[str, ...] = ()  # a line opening a publication or update stamp ("veröffentlicht")
    updated: tuple[str, ...] = ()  # a stamp opening that says "updated" (trusted last)
    stamp_words: tuple[str, ...] = ()  # words a date stamp line may hold besides the date ("uhr")
    genres: tuple[str, ...] = ()  # a whole line naming a genre over a headline ("kommentar")
    home: tuple[str, ...] = ()  # the first entry of a breadcrumb trail ("startseite"), lower case
