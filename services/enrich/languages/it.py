"""Italian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
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
    number_words,
    tens_words,
    weekday_forms,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "it",
    # and the abbreviations of agencies' datelines ("03 MAG"); not "set" ("ha vinto in 3 set": a tennis score)
    cldr_months("it", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "sett", "ott", "nov", "dic"),
    weekday_forms(r"luned[ìi]", r"marted[ìi]", r"mercoled[ìi]", r"gioved[ìi]", r"venerd[ìi]", r"sabato", r"domenica"),
    {
        "l'altro ieri": -2,
        "l’altro ieri": -2,
        "ieri": -1,
        "oggi": 0,
        "domani": 1,
        "stanotte": 0,
        "dopodomani": 2,
    },
    ("prossim",),
    future_cues=r"(?<!\w)(?:sarà|saranno|si\s+terrà|si\s+terranno|dovrà|dovranno|dovrebbe|previst[oaie]|"
    r"andrà|fino\s+a)(?!\w)"
    r"|(?<!\w)\w{3,}(?:erà|irà|eranno|iranno)(?!\w)",
    past_cues=r"(?<!\w)(?:scors[oa]|passat[oa]|precedente|aveva|avevano|era|erano|fu|(?:ha|hanno|è|sono)\s+(?:stat[oaie]|\w{2,}(?:ato|uto|ito|ata|uta|ita)))(?!\w)",
    numbers=number_words("un|uno|una|un'", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci")
    | {"undici": 11, "dodici": 12, "quindici": 15, "cento": 100}
    | tens_words("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"),
    units={
        r"giorn[oi]": DAY,
        r"settiman[ae]": WEEK,
        r"mes[ei]": MONTH,
        r"ann[oi]": YEAR,
        r"or[ae]": HOUR,
        r"minut[oi]|min": MINUTE,
        r"secondi|(?<=[0-9] )secondo": SECOND,
    },
    about=r"circa|quasi",
    ago=(r"{q}\s+fa",),
    ahead=(r"(?:tra|fra)\s+{q}",),
    # "un anno prima era", "un anno dopo, ..."; not "un anno prima delle elezioni", "dopo la guerra"
    later={
        r"{q}\s+(?:dopo(?!\s+(?:il|lo|la|l['’]|i|gli|le|un|una|uno|di|del|della|dello|dei|degli|delle|che|aver|"
        r"essere)\b)|più\s+tardi)": 1,
        r"{q}\s+prima(?!\s+(?:di|del|della|dello|dell['’]|dei|degli|delle|che)\b)": -1,
    },
    periods={
        r"la\s+settimana\s+scorsa|la\s+scorsa\s+settimana": (WEEK, -1),
        r"questa\s+settimana": (WEEK, 0),
        r"la\s+prossima\s+settimana|la\s+settimana\s+prossima": (WEEK, 1),
        r"il\s+mese\s+scorso|lo\s+scorso\s+mese": (MONTH, -1),
        r"questo\s+mese": (MONTH, 0),
        r"il\s+prossimo\s+mese|il\s+mese\s+prossimo": (MONTH, 1),
        r"l['’]anno\s+scorso|lo\s+scorso\s+anno": (YEAR, -1),
        r"quest['’]anno": (YEAR, 0),
        r"il\s+prossimo\s+anno|l['’]anno\s+prossimo": (YEAR, 1),
    },
    anaphora={
        r"il\s+giorno\s+(?:prima|precedente)(?!\s+(?:di|del|della|dell['’]))": -1,
        r"la\s+vigilia(?!\s+(?:di|del|della|dell['’]))": -1,
        r"il\s+giorno\s+(?:dopo|seguente|successivo)(?!\s+(?:il|la|lo|l['’]|di|del|della))": 1,
        r"l['’]indomani(?!\s+(?:di|del|della|dell['’]))": 1,
        r"lo\s+stesso\s+giorno": 0,
    },
    holidays={
        r"(?:la\s+)?[Vv]igilia\s+di\s+Natale": fixed(12, 24),
        r"\ba\s+Natale|(?:il\s+)?giorno\s+di\s+Natale": fixed(12, 25),
        r"Capodanno": fixed(1, 1),
        r"San\s+Silvestro": fixed(12, 31),
        r"(?:la\s+)?Festa\s+della\s+Liberazione": fixed(4, 25),
        r"(?:la\s+)?Festa\s+della\s+Repubblica": fixed(6, 2),
        r"(?:il\s+)?Giorno\s+della\s+Vittoria": fixed(5, 9),
        r"Venerd[ìi]\s+Santo": easter(-2),
        r"Pasquetta|[Ll]uned[ìi]\s+dell['’]Angelo": easter(1),
        r"\ba\s+Pasqua|(?:la\s+)?domenica\s+di\s+Pasqua": easter(0),
    },
    years=r"(?<!\w)(?:nel|dal|entro\s+il|fino\s+al)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("e",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "condividi",
        "pubblicità",
    ),
    cookie_actions=("accetta",),
    promo=(
        "iscriviti",
        "seguici",
    ),
    promo_anywhere=("iscriviti",),
    read_also=("leggi anche",),
    tags=(
        "argomenti",
        "tag",
    ),
    byline=(r"di\s+(?=[A-Z])",),
    byline_roles=("autore",),
    and_words=("e",),
    byline_words=("con",),
    photo=(r"foto\s*[:：]",),
    captions=("didascalia",),
    photo_labels=("foto d['’]archivio",),
    syndication=("riproduzione riservata",),
    stamp=(
        r"pubblicato\b",
        r"aggiornato\b",
    ),
    updated=("aggiornato",),
    stamp_words=("a",),
    genres=("analisi",),
    home=("home page",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Italian"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "più meno mostra vedi leggi guarda ascolta accedi esci registrati iscriviti abbonati abbonamento newsletter "
    "condividi stampa salva segui menu cerca home indietro torna inizio successivo precedente chiudi qui video foto "
    "galleria immagine pubblicità commenti commento rispondi account password privacy contatti correlati popolari "
    "scarica app gratis"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # a title after a person and a copula is that person's (speakers.py binds it to them)
    "copulas": ["è", "era", "fu", "è stato", "è stata"],
    "negations": ["non", "mai"],
    "verbs": {
        # wire copy's verbs after a quote (round s48): "“…”, ha reagito Kirby", "ha ironizzato", "ha garantito"
        "reagire",
        "ironizzare",
        "garantire",
        "accusare",
        "rilanciare",
        "proseguire",  # going on speaking: speech only right after a quote (weak below)
        "ricordare",
        "rimarcare",
        "puntualizzare",
        "confessare",
        "scherzare",
        "descrivere",
        "raccontare",
        "ritenere",
        "riferire",
        "riassumere",
        "anticipare",  # "come ha anticipato il portavoce": said ahead of time
        "sostenere",
        "denunciare",
        "incalzare",
        "chiarire",
        "rivendicare",
        "annunciare",
        "ammonire",
        "sottolineare",
        "evidenziare",
        "aggiungere",
        "commentare",
        "dire",
        "dichiarare",
        "affermare",
        "spiegare",
        "scrivere",
        "ribadire",
        "precisare",
        "osservare",
        "avvertire",
        "replicare",
        "rispondere",
        "assicurare",
        "confermare",
        "ammettere",
        "riconoscere",
        "insistere",
        "concludere",
        "rilevare",
        "attaccare",
        "chiedere",
        "domandare",
        "esclamare",
        "lamentare",
        "avvisare",
        "tuonare",
        "twittare",
        "prosegue",
        "continuare",
        "detto",
        "aggiunto",
        "scritto",
        "dichiarato",
    },
    "forms": {
        # participles and past forms of speech verbs the lemmatiser does not lead back to a listed verb
        "replica",  # the present of "replicare", read as the noun (after an article it stays one: reader)
        "insistito",
        "negato",
        "detto",
        "aggiunto",
        "scritto",
        "dichiarato",
        "dice",
        "disse",
        "dicono",
        "afferma",
        "spiega",
        "sottolinea",
        "secondo",
        "ribadito",
        "precisato",
        "affermato",
        "spiegato",
        "sottolineato",
        "commentato",
        "osservato",
        "annunciato",
        "avvertito",
        "replicato",
        "risposto",
        "assicurato",
        "confermato",
    },
    # "fa sapere il ministero", "hanno fatto sapere": "sapere" reports after a form of "fare" ({verb: words before it})
    "light_verbs": {
        "sapere": ["fa", "fanno", "fatto", "far", "fare", "faceva"],
        "noto": ["reso", "rende", "rendono"],  # "“…”, ha reso noto il portavoce"
    },
    "weak": {
        "chiedere",
        "domandare",
        "osservare",
        "rilevare",
        "attaccare",
        "continuare",
        "prosegue",
        "proseguire",
        "rilanciare",
    },
    "framing": {"definire", "chiamare", "descrivere"},
    "addressee": set(),
    # words that point back at the quote before a speech verb in the next sentence ("È quanto ha affermato X")
    "next_pointers": ["è quanto", "lo", "così"],
    # "as" opening a sentence, then a speech verb (past its auxiliaries) and its subject closed by a comma
    # ("Come ha detto il portavoce, Marco Bellini, Rossi “…”"):
    # that subject said the quote, not the main clause's subject after the comma (before.py)
    "next_as": ["come"],
    "cues": ["secondo", "a detta di", "stando a", "le parole di", "nelle parole di"],
    "cues_opening": ["per"],
    "cues_after": [],
    "pronouns": {"lui": "m", "lei": "f", "loro": "p", "egli": "m", "ella": "f"},
    "relative": {"che", "chi"},
    "honorifics": {"signor": "m", "signora": "f", "sig": "m", "sig.ra": "f", "dott": None, "on": None},
    "titles": {
        # roles of wire copy's sources (round s37): experts, lawyers, officers, deputies
        "ministra": "f",
        "presidentessa": "f",
        "consigliera": "f",
        "politologo": "m",
        "politologa": "f",
        "ricercatore": "m",
        "ricercatrice": "f",
        "sindaca": "f",
        "governatrice": "f",
        "colonnello": "m",
        "viceministro": "m",
        "viceministra": "f",
        "vicepresidente": None,
        "procuratore": "m",
        "procuratrice": "f",
        "avvocato": "m",
        "avvocata": "f",
        "giornalista": None,
        "diplomatico": "m",
        "diplomatica": "f",
        "oppositore": "m",
        "oppositrice": "f",
        "attivista": None,
        "economista": None,
        "specialista": None,
        "sottosegretario": "m",
        "sottosegretaria": "f",
        "assessore": "m",
        "assessora": "f",
        "commissario": "m",
        "commissaria": "f",
        "vicepremier": None,
        "dirigente": None,
        "portavoce": None,
        "presidente": None,
        "ministro": None,
        "capo": None,
        "consigliere": None,
        "ambasciatore": "m",
        "ambasciatrice": "f",
        "sindaco": None,
        "cancelliere": None,
        "direttore": "m",
        "direttrice": "f",
        "segretario": "m",
        "segretaria": "f",
        "esperto": "m",
        "esperta": "f",
        "analista": None,
        "generale": None,
        "rappresentante": None,
        "deputato": "m",
        "deputata": "f",
        "senatore": "m",
        "senatrice": "f",
        "governatore": "m",
        "fonte": None,
        "leader": None,
        "premier": None,
        "comandante": None,
        "professore": "m",
        "professoressa": "f",
        "responsabile": None,
    },
    "title_suffixes": [],
    "institutions": {
        # documents a body issues ("una dichiarazione", "il testo"): phrases an issuer stands behind (attribution.py;
        # not "nota": "una nota dello Stato del Golfo" names its issuer by a description)
        "dichiarazione",
        "testo",
        "dipartimento",
        "polizia",
        "procura",
        "ufficio",
        "fondazione",
        "associazione",
        "azienda",
        "società",
        "sindacato",
        "federazione",
        "organizzazione",
        "regione",
        "prefettura",
        "ministero",
        "governo",
        "esercito",
        "servizio",
        "agenzia",
        "ambasciata",
        "istituto",
        "amministrazione",
        "presidenza",
        "cremlino",
        "pentagono",
        "comunicato",
        "tribunale",
        "partito",
        "consiglio",
        "commissione",
        "giornale",
        "autorità",
        "forze",
        "farnesina",
        "casa",
    },
    "skip": {
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "ha",
        "hanno",
        "aveva",
        "è",
        "anche",
        "poi",
        "già",
        "ancora",
        "inoltre",
        "l",
        "l'",
        "l’",
    },
    "prepositions": {
        "a",
        # "a", "da", "in", "su" before a vowel and fused with the elided article ("ha detto all'ANSA un funzionario":
        # the agency is told, not the subject)
        "ad",
        "all'",
        "all’",
        "dall'",
        "dall’",
        "nell'",
        "nell’",
        "sull'",
        "sull’",
        "al",
        "allo",
        "alla",
        "ai",
        "agli",
        "alle",
        "di",
        "del",
        "dell'",
        "dell’",
        "dello",
        "della",
        "dei",
        "degli",
        "delle",
        "da",
        "dal",
        "dalla",
        "in",
        "nel",
        "nella",
        "con",
        "per",
        "su",
        "sul",
        "sulla",
        "tra",
        "fra",
        "contro",
        "dopo",
        "prima",
    },
    "abbreviations": {
        "sig",
        "sigg",
        "dott",
        "dr",
        "prof",
        "avv",
        "ing",
        "on",
        "etc",
        "ecc",
        "pag",
        "p",
        "n",
        "gen",
        "col",
        "s",
    },
    "next_cues": [
        "lo ha detto",
        "lo ha affermato",
        "lo ha dichiarato",
        "lo ha spiegato",
        "lo ha sottolineato",
        "lo afferma",
        "lo ha scritto",
        "lo ha annunciato",
        "lo ha riferito",
        "lo dice",
        "lo scrive",
        "è quanto ha detto",
        "è quanto ha dichiarato",
        "è quanto afferma",
        "lo ha ribadito",
    ],
    # the sentence after a quote calls it someone's words, then "of" and the owner, who said it ("“…”. È l'allarme
    # del direttore dell'Oms, Tedros.", "È l'appello di Marco Bellini.")
    "next_owned": [
        f"è {noun} {of}"
        for noun in (
            "l' allarme",
            "l’ allarme",
            "l' appello",
            "l’ appello",
            "l' avvertimento",
            "l’ avvertimento",
            "l' accusa",
            "l’ accusa",
            "il monito",
            "il commento",
            "il messaggio",
            "il grido d' allarme",
            "il grido d’ allarme",
            "la denuncia",
            "la replica",
            "lo sfogo",
        )
        for of in ("di", "del", "della", "dello", "dell'", "dell’", "dei", "degli", "delle", "d'", "d’")
    ],
    # a definite institution noun stands for the body in view whose name holds it ("«…», ha detto il ministero")
    "anaphor_articles": ["il", "lo", "la", "l'", "l’"],
    # "l'azienda scrive": nouns that stand for any body of their kind, the one organisation in view (en.py)
    "anaphor_heads": ["azienda", "società", "agenzia", "organizzazione", "fondazione", "associazione", "sindacato"],
    # a partial quote inside a sentence closed by an inverted reporting clause ("…, durante l'incontro, afferma il ministero.") is that
    # clause subject's
    "sentence_final_cue": True,
    "pro_drop": True,
    "verb_final": False,
    "title_of": ["della", "del", "da"],
    "reflexive_clitics": ["si"],
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    "verb_gender": [["ano", "p"], ["ono", "p"], ["ssero", "p"]],
    # a plural speech verb with no subject is impersonal: "“…”, spiegano dal Cremlino" (the body after "dal", "al")
    "plural_impersonal": True,
    "impersonal_bodies": True,
    "impersonal_in": ["dal", "al"],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"il", "lo", "gli", "uno", "una", "un"},
    "spokesperson": {"portavoce"},
    "document_heads": ["comunicato", "nota", "dichiarazione"],
    # "il Cremlino ha diffuso una nota": its issuer is the subject of these verbs (or a speech verb)
    "document_verbs": ["diffondere", "pubblicare", "emettere", "diramare", "inviare", "firmare"],
    # a definite noun that takes up the last document introduced, whatever its head ("señala el texto")
    "document_anaphors": ["testo"],
    # a preposition fused with the definite article before a document ("si legge nella nota", "diz na nota")
    "definite_contractions": [
        "nel",
        "nella",
        "nello",
        "nell'",
        "nell’",
        "del",
        "della",
        "dello",
        "dell'",
        "dell’",
        "dal",
        "dalla",
        "sul",
        "sulla",
    ],
    "document_owners": ["sua", "suo", "loro"],
    "definite": {"il", "lo", "la", "l'", "l’", "i", "gli", "le"},
    "noun_markers": {"il", "lo", "gli", "un", "una", "uno", "suo", "sua"},
    "indefinite": {"un", "una", "uno"},
    # Nouns for a person the article need not name ("un uomo", "una fonte"), with the gender they show
    "person_nouns": {
        "uomo": "m",
        "donna": "f",
        "persona": None,
        "fonte": None,
        "testimone": None,
        "utente": None,
        "residente": None,
        "attivista": None,
        "membro": None,
        "medico": "m",
        "avvocato": None,
        "giornalista": None,
        "professore": "m",
        "professoressa": "f",
        "studente": "m",
        "studentessa": "f",
        "allenatore": "m",
        "giocatore": "m",
        "tenente": None,
        "colonnello": None,
        "attore": "m",
        "attrice": "f",
        "autore": "m",
        "autrice": "f",
    },
    # "Et la patronne a déclaré : « … »": a determiner and a common noun before the verb are someone the article does
    # not name; a phrase of time there ("El lunes dijo") is none (its words, besides weekdays and months)
    "common_noun_subject": True,
    "time_nouns": {
        "settimana",
        "mese",
        "anno",
        "giorno",
        "notte",
        "mattina",
        "mattino",
        "sera",
        "vigilia",
        "giornata",
        "serata",
        "pomeriggio",
        "weekend",
    },
    "clause_starts": {"e", "ma", "mentre"},
    "subordinators": {"mentre", "quando", "perché"},
    # words opening a phrase or clause that may stand first in the sentence, closed by a comma before its subject
    # ("In un'audizione della commissione che finanzia la NASA, il deputato Tom Hale ha chiesto …": NASA is not the subject; attribution.py)
    "fronted_clauses": [
        "in",
        "nel",
        "nella",
        "durante",
        "dopo",
        "prima",
        "al",
        "alla",
        "nonostante",
        "quando",
        "mentre",
        "sebbene",
        "se",
    ],
    "complementisers": {"che"},
    "reflexives": {"si"},
    "of": {"di", "della", "dello", "dell", "dell'", "dell’"},
    "conjunctions": {"e", "o"},
    "name_particles": {"di", "la", "le"},
    "not_name_particles": {"al"},
    "of_words": {"di", "del", "della", "dello", "dell", "dei", "degli"},
    "article_gender": {"il": "m", "lo": "m", "la": "f", "i": "p", "gli": "p", "le": "p"},
    "articles": {"il", "lo", "la", "i", "gli", "le", "un", "una", "del", "della", "dei", "al", "alla", "suo", "sua"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# An elided article glued to a name is not part of it (d’Arguin, l’Horizon).
ELIDED_ARTICLES = True
NAME_ROLES = (
    "presidente", "ministro", "ministra", "portavoce", "sindaco", "ambasciatore", "generale", "capo",
    "consigliere", "segretario", "premier", "cancelliere", "leader", "direttore", "analista", "deputato",
    "senatore", "colonnello", "professore", "signor", "signora", "capitano",
    "papa", "pontefice", "re", "regina", "principe", "principessa", "sceicco", "emiro",
    "dg",  # "il Dg Tedros": direttore generale, as the press shortens it
)  # fmt: skip
NAME_INSTITUTIONS = (
    "ministero", "governo", "partito", "banca", "agenzia", "università", "istituto", "tribunale", "esercito",
    "forze", "commissione", "consiglio", "servizio", "gruppo", "dipartimento", "ufficio", "nazioni", "unione",
    "polizia", "camera", "senato", "fondo", "procura", "federazione", "associazione",
    "radio", "televisione", "battaglione", "brigata", "brigate", "reggimento", "divisione", "comando",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "il lo la i gli le un uno una in di del della dei delle da dal dalla al alla con su per tra fra "
    "secondo come che e o ma non sì questo questa quello quella lui lei loro noi anche così quando dove "
    "usa"  # the verb opening a sentence ("Usa il telefono"), not the country COUNTRY_SHORT reads inside one
)
# "bin", "ibn": the Arabic patronymic of a foreign name ("Khalid bin Salman"), no word of the language.
NAME_PARTICLES = frozenset(
    {"di", "da", "del", "della", "de", "degli", "bin", "ibn", "la", "von", "van", "der", "den"}
)  # and the Spanish, Dutch and German particles of foreign names ("Luis de la Torre", "Ursula von der Leyen")
NAME_DAY_WORDS = frozenset({"giorno", "giornata", "festa"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
# A place's name the gazetteer misses as written is looked up again without its accents ("Charkiv", "Donec'k": a stress
# accent or a diaeresis on a foreign name; services/enrich/entities/geo.py).
PLACE_PLAIN_SPELLING = True
COUNTRY_SHORT = {"USA": "US", "Usa": "US", "Gran Bretagna": "GB"}  # "Usa": as Italian papers write it
# Regions, seas, mountain ranges and disputed lands under their Italian names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Italian articles (services/enrich/entities/geo.py), as English's and German's own tables. (Not "Striscia di Gaza":
# a place of several words before ", ha aggiunto X," is read as the speaker by the quotes, which "Striscia" is not.)
PLACE_NAMES = frozenset({
    "Cisgiordania", "Alture del Golan", "Medio Oriente", "Vicino Oriente", "Caucaso", "Balcani",
    "Siberia", "Scandinavia", "Maghreb", "Sahel", "Kashmir", "Kurdistan",
    "Patagonia", "Mediterraneo", "Baltico", "Alpi", "Appennini", "Dolomiti", "Pirenei", "Ande", "Himalaya", "Urali",
    "Carpazi",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Cecenia", "Daghestan", "Inguscezia", "Transnistria", "Abcasia", "Ossezia del Sud", "Nagorno-Karabakh",
    # historical states
    "Unione Sovietica", "URSS", "Jugoslavia", "Cecoslovacchia", "Germania Est",
})  # fmt: skip
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
# Prepositions that place what follows ("in Galles", "na Šumavě"): a capitalised run after one that nothing else
# names (not a person, an institution, an acronym, a common noun) is a place. Lower case; elided forms with "'".
PLACE_LOCATIVES = ("in", "nel", "nella", "sul", "sullo", "sulla", "sull'", "nell'")
# Prepositions of going before a town ("verso Kherson"): they place a known town's other name, no unknown word (not
# "a", "da": "to" and "by" a person too, "ha scritto a Mary"; services/enrich/entities/names.py).
PLACE_DIRECTIONS = ("verso",)
# Prepositions that place a name no data knows only when a place the gazetteer knows follows it in brackets, as Italian
# news writes a town and its province or region ("a Calvizzano (Napoli)", "ad Anata (Ramallah)"; "a" alone is "to" a
# person too; services/enrich/entities/place_names.py).
PLACE_BRACKETED_BEFORE = ("a", "ad")
# Compass words before "of" and a name that make the name a place ("nel sud dell'Inghilterra"), and the elided
# forms of "of" (the others are NAME_PARTICLES).
PLACE_COMPASS = ("nord", "sud", "est", "ovest", "centro", "nordest", "sudest", "nordovest", "sudovest")
PLACE_OF_ELIDED = ("dell'", "d'")
# Head words written before the name only ("Piazza Rossa"; "Mario Piazza" is a person).
PLACE_HEADS_BEFORE = ("piazza", "palazzo")
PLACE_HEADS = (
    "mar", "mare", "canale", "golfo", "lago", "monte", "monti", "pianura", "stretto", "fiume", "oriente", "isola", "isole",
)  # fmt: skip
# Lower-case feature words that name a feature with the name right after them ("fiume Po", "lago Maggiore",
# "monte Bianco"; not "canale", a television channel too): head and name are one place (entities/names.py).
PLACE_HEADS_BARE = ("mar", "golfo", "lago", "monte", "monti", "fiume", "isola", "isole", "vulcano")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("e", "ed")
# A settlement noun right before a name: the name, and the list it opens, are places known or not
# ("il comune di Arcila"; services/enrich/entities/names.py).
PLACE_NOUN_BEFORE = (
    r"\b(?:città|cittadina|comune|comuni|paese|paesi|frazione|frazioni|località|provincia|quartiere|villaggio|"
    r"area|zona|campo profughi|campi profughi) "
    # with the compass or coast of it between ("la città nordorientale di Beit Lid", "la cittadina costiera di")
    r"(?:(?:nord|sud)?(?:orientale|occidentale) |settentrionale |meridionale |costiera |costiero )?"
    r"(?:di |del |della |dello |d['’])$"
    r"|\bin direzione di $"  # a direction: "in direzione di Bolzano"
)
# Indefinite articles: a capitalised run right after one is a thing ("una Fiat Panda"), not a person.
NAME_INDEFINITE_ARTICLES = ("un", "uno", "una")
# Definite articles, alone and fused with a preposition (services/enrich/entities/name_words.py; the elided "l'"
# forms count too): a capitalised word after one is a body, not a given name ("della Bce Christine Lagarde").
NAME_DEFINITE_ARTICLES = frozenset({
    "il", "lo", "la", "i", "gli", "le", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai",
    "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle",
    "sul", "sullo", "sulla", "sui", "sugli", "sulle",
})  # fmt: skip
# A settlement noun in an apposition right after a name ("X, il loro villaggio natale", "X, la cittadina di"): the
# name is a place, known or not (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:(?:il|la|un|una|l['’]) ?)?(?:(?:suo|sua|loro) )?(?:(?:piccolo|piccola|vicino|vicina|antico|antica|"
    r"povero|povera) )?(?:capitale|città|cittadina|paese|villaggio|comune|frazione|località|borgo|isola)\s+(?:di|del|"
    r"della|dello|natale|vicino|vicina|nel|nella|sul|sulla|a|in|situat[oa]|russ[oa]|ucrain[oa]|palestinese|"
    r"israelian[oa]|libanese|siriano|siriana)\b"
)
# Storm words: the name after one is a storm's ("l'uragano Ian"), not a person.
NAME_STORM_WORDS = ("tempesta", "uragano", "tifone", "ciclone")
# Words for a news outlet right before a name: the outlet, an organisation, not a person; and a company's, read the
# same ("la compagnia Hapag Lloyd", "l'azienda Gruppo Rossi": a company, no person).
NAME_OUTLET_WORDS = (
    "agenzia", "quotidiano", "giornale", "settimanale", "emittente",
    "azienda", "compagnia", "multinazionale", "società",
)  # fmt: skip
