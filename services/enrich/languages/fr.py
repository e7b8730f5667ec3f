"""French: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "fr",
    cldr_months("fr", "", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"),
    weekday_forms(r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"),
    {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2},
    ("prochain",),
    day_month_gap=r"[\s-]+",  # le 9-Mai, le 14-Juillet
    future_cues=r"(?<!\w)(?:sera|seront|aura\s+lieu|auront\s+lieu|doit|doivent|devrait|devraient|va|vont|"
    r"prévue?s?|se\s+tiendra|se\s+tiendront|jusqu['’]à)(?!\w)"
    r"|(?<!\w)\w{3,}(?:era|eront|ira|iront)(?!\w)",
    past_cues=r"(?<!\w)(?:derni[eè]re?|passée?|précédente?|avait|avaient|était|étaient|fut|furent|(?:a|ont)\s+(?:été|\w{2,}(?:é|ée|és|ées|is|it)))(?!\w)",
    numbers=number_words("un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
    | {"onze": 11, "douze": 12, "quinze": 15, "cent": 100}
    | tens_words(
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingt|quatre-vingts",
        "quatre-vingt-dix",
    ),
    units={
        r"jours?": DAY,
        r"semaines?": WEEK,
        r"mois": MONTH,
        r"ans?|années?": YEAR,
        r"heures?|h": HOUR,
        r"minutes?|min": MINUTE,
        r"secondes|sec|(?<=[0-9] )seconde": SECOND,
    },
    about=r"environ|près\s+de|presque|quelque|moins\s+de|plus\s+de",  # "il y a moins de 3 heures"
    ago=(r"il\s+y\s*a\s+{q}",),
    ahead=(r"dans\s+{q}",),
    later={r"{q}\s+plus\s+tard": 1, r"{q}\s+(?:plus\s+tôt|auparavant)": -1},
    periods={
        r"la\s+semaine\s+(?:dernière|passée)": (WEEK, -1),
        r"cette\s+semaine": (WEEK, 0),
        r"la\s+semaine\s+prochaine": (WEEK, 1),
        r"le\s+mois\s+(?:dernier|passé)": (MONTH, -1),
        r"ce\s+mois-ci": (MONTH, 0),
        r"le\s+mois\s+prochain": (MONTH, 1),
        r"l['’](?:an|année)\s+(?:dernier|dernière|passé|passée)": (YEAR, -1),
        r"cette\s+année": (YEAR, 0),
        r"l['’](?:an|année)\s+prochaine?": (YEAR, 1),
        r"(?:d['’]ici\s+(?:la\s+)?|à\s+la\s+)?fin\s+(?:de\s+l['’]année|d['’]année)": (YEAR, "end"),
        r"(?:au\s+|en\s+|depuis\s+le\s+)?début\s+(?:de\s+l['’]année|d['’]année)": (YEAR, "start"),
    },
    anaphora={
        r"l['’]avant-veille(?!\s+(?:de|du|des|d['’]))": -2,
        r"la\s+veille(?!\s+(?:de|du|des|d['’]))": -1,
        r"le\s+lendemain(?!\s+(?:de|du|des|d['’]))": 1,
        r"le\s+surlendemain(?!\s+(?:de|du|des|d['’]))": 2,
        r"le\s+jour\s+même|le\s+même\s+jour|ce\s+jour-là": 0,
    },
    holidays={
        r"(?:la\s+)?veille\s+de\s+Noël|réveillon\s+de\s+Noël": fixed(12, 24),
        r"(?:le\s+jour\s+de\s+|à\s+)Noël": fixed(12, 25),
        r"(?:le\s+)?jour\s+de\s+l['’]An|(?:le\s+)?Nouvel\s+An": fixed(1, 1),
        r"(?:la\s+)?Saint-Sylvestre": fixed(12, 31),
        r"(?:la\s+)?Toussaint": fixed(11, 1),
        r"(?:le\s+)?lundi\s+de\s+Pâques": easter(1),
        r"(?:le\s+)?[Vv]endredi\s+saint": easter(-2),
        r"(?:le\s+jour\s+de\s+|à\s+)Pâques|(?:le\s+)?dimanche\s+de\s+Pâques": easter(0),
    },
    years=r"(?<!\w)(?:en|depuis|jusqu['’]en|début|fin|mi-)\s*(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("et",),
    since=("depuis",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "voir plus",
        r"partager(?: sur \w+)?",
        "publicité",
        "les plus lus",
    ),
    share=("partager",),
    cookie_actions=(
        "accepter",
        "utilisons",
    ),
    promo=(
        "abonnez-vous",
        "suivez-nous",
        "inscrivez-vous",
    ),
    promo_anywhere=("abonnez-vous",),
    read_also=(
        "(?:[àa] )?lire aussi",
        "(?:[àa] )?voir aussi",
        r"[àa] découvrir\s*[:：-]",
    ),
    link_list=(
        "sujets",
        "lire aussi",
    ),
    tags=(
        "mots-clés",
        "sujets",
        "thèmes",
    ),
    byline=(r"par\s+(?=[A-ZÉ])",),
    byline_roles=("auteur",),
    and_words=("et",),
    byline_words=(
        "de",
        "avec",
    ),
    captions=("légende",),
    photo_labels=("photo d['’]archive",),
    syndication=(r"avec (?:l['’])?(?:afp|ap|reuters)\b",),
    stamp=(
        r"publié\b",
        r"mis à jour\b",
    ),
    updated=("mis à jour",),
    stamp_words=(
        "de",
        "le",
        "à",
    ),
    genres=("analyse",),
    home=("accueil",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "French"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "plus moins afficher voir lire regarder écouter connexion connecter déconnexion inscription inscrire "
    "abonner abonnement abonnez newsletter partager imprimer enregistrer suivre menu recherche accueil retour haut "
    "suivant précédent fermer ici vidéo vidéos photo photos galerie image publicité commentaires commentaire "
    "répondre compte mot passe confidentialité contact populaires récents télécharger application gratuit"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # a title after a person and a copula is that person's (speakers.py binds it to them)
    "copulas": ["est", "était", "a été", "devenu", "devenue"],
    "negations": ["ne", "pas", "jamais"],
    "verbs": {
        # wire copy's verbs after a quote (round s48): "« … », a répliqué X", "a lâché X" (weak below)
        "répliquer",
        "lâcher",
        # verbs of going on speaking, speech only right after a quote (weak below)
        "continuer",
        "enchaîner",
        "détailler",
        "confesser",
        "nuancer",
        "renchérir",
        "pointer",
        "avertir",
        "déplorer",
        "poursuivre",
        "saluer",
        "confier",
        "glisser",
        "prévenir",
        "alerter",
        "témoigner",
        "résumer",
        "reconnaître",
        "dire",
        "déclarer",
        "affirmer",
        "ajouter",
        "assurer",
        "souligner",
        "expliquer",
        "estimer",
        "indiquer",
        "préciser",
        "écrire",
        "lancer",
        "répondre",
        "insister",
        "marteler",
        "réagir",
        "annoncer",
        "rappeler",
        "commenter",
        "dénoncer",
        # demands whose words are quoted in part ("Volodine a exigé des armes « capables de … »", "Medvedev réclame
        # « l'élimination physique » de Zelensky"), as English "demanded"
        "exiger",
        "réclamer",
        "accuser",
        "confirmer",
        "s'exclamer",
        "exclamer",
        "conclure",
        "juger",
        "interroger",
        "demander",
        "observer",
        "noter",
        "regretter",
        "admettre",
        "raconter",
        "ironiser",
        "tweeter",
        "tonner",
        "fustiger",
        "relever",
        "soutenir",
        "critiquer",
        "analyser",
        "concéder",
        "évoquer",
        "constater",
        "martèle",
        "écrit",
        "dit",
        "déclare",
        "affirme",
        "ajoute",
        "assure",
    },
    "forms": {
        # participles and past forms of speech verbs the lemmatiser does not lead back to a listed verb
        "martelé",
        "exigé",
        "réclamé",
        "lâché",
        "lâche",
        "juge",  # "« … », juge le porte-parole": the present of "juger", read as the noun (after an article it stays one)
        "nié",
        "rétorqué",
        "tranché",
        "averti",
        # read by the lemmatiser as nouns ("la critique", "une analyse"); after an article they stay nouns (reader)
        "critique",
        "analyse",
        "concède",
        "évoque",
        "pointe",
        "glisse",
        "tranche",
        "lance",
        "résume",
        "poursuit",
        "insiste",
        "martèle",
        "regrette",
        "déplore",
        "avertit",
        "prévient",
        "ajoute-t-il",
        "dit",
        "écrit",
        "déclare",
        "affirme",
        "ajoute",
        "assure",
        "estime",
        "souligne",
        "explique",
        "indique",
        "précise",
        "selon",
    },
    "weak": {
        "juge",
        "lâcher",
        "lâché",
        "lâche",
        "continuer",
        "enchaîner",
        "juger",
        "estimer",
        "regretter",
        "noter",
        "relever",
        "observer",
        "lancer",
        "poursuivre",
        "interroger",
        "demander",
        "réagir",
        "critiquer",
        "analyser",
        "concéder",
        "évoquer",
    },
    # weak verbs that report before a quote with their complementiser ("Peskov a estimé que « … »": what he judged)
    "verbs_with_object": {"estimer": "que", "juger": "que", "juge": "que"},
    # "« … », fait savoir le Kremlin", "a fait savoir Peskov": "savoir" reports after a form of "faire"
    "light_verbs": {"savoir": ["fait", "font", "faire", "faisait"]},
    "framing": {"qualifier", "appeler", "décrire", "qualifié", "qualifiée"},  # participles the lemmatiser keeps
    # verbs that add to words said before ("« … », a-t-il ajouté"): one who spoke before
    "adding": {"ajouter", "ajoute", "poursuivre"},
    "addressee": set(),
    # words that point back at the quote before a speech verb in the next sentence ("C'est ce qu'a affirmé X")
    # "« … » — Jean Dupont, maire": a quote signed by a name with no verb; a pull quote signed on its own line with
    # no dash too ("« … »\nJean Dupont, journaliste, au sujet de …")
    "dash_signature": True,
    "next_pointers": ["c' est ce qu'", "c’ est ce qu’", "c' est ce que", "c’ est ce que", "ainsi"],
    # "as" opening a sentence, then a speech verb (past its auxiliaries) and its subject closed by a comma
    # ("Comme l'a dit le porte-parole, Jean Dupont, Macron « … »"):
    # that subject said the quote, not the main clause's subject after the comma (before.py)
    "next_as": ["comme"],
    "cues": ["selon", "d'après", "d’après", "d' après", "d’ après"],  # the elision is a token of its own
    "cues_opening": ["pour"],
    "cues_after": [],
    "pronouns": {"il": "m", "elle": "f", "ils": "p", "elles": "p", "t-il": "m", "t-elle": "f"},
    # the narrator as the subject of the narration ("dis-je", "je réponds : « … »"): a person in the scene the article
    # does not name, whose turn a dialogue's quote may be
    "embedded_quote_no_subject": True,
    "narrator": ["je", "j’", "j'"],
    "relative": {"qui"},
    "honorifics": {"m": "m", "mme": "f", "mlle": "f", "monsieur": "m", "madame": "f"},
    "titles": {
        # roles of wire copy's sources (round s37): experts, lawyers, officers, deputies
        "politologue": None,
        "gouverneure": "f",
        "colonel": "m",
        "vice-ministre": None,
        "vice-président": "m",
        "vice-présidente": "f",
        "procureur": "m",
        "procureure": "f",
        "avocat": "m",
        "avocate": "f",
        "historien": "m",
        "historienne": "f",
        "journaliste": None,
        "diplomate": None,
        "opposant": "m",
        "opposante": "f",
        "militant": "m",
        "militante": "f",
        "économiste": None,
        "spécialiste": None,
        "élu": "m",
        "élue": "f",
        "maire": None,
        "préfet": "m",
        "préfète": "f",
        "porte-parole": None,
        "président": "m",
        "présidente": "f",
        "ministre": None,
        "chef": None,
        "conseiller": "m",
        "conseillère": "f",
        "ambassadeur": "m",
        "ambassadrice": "f",
        "chancelier": "m",
        "chancelière": "f",
        "directeur": "m",
        "directrice": "f",
        "responsable": None,
        "expert": "m",
        "experte": "f",
        "général": "m",
        "secrétaire": None,
        "représentant": "m",
        "représentante": "f",
        "député": "m",
        "députée": "f",
        "premier": None,
        "analyste": None,
        "source": None,
        "dirigeant": "m",
        "commandant": "m",
        "gouverneur": "m",
        "sénateur": "m",
        "sénatrice": "f",
        "chercheur": "m",
        "chercheuse": "f",
        "professeur": None,
    },
    "title_suffixes": [],
    # people's adjectives CLDR's language names do not give ("ukrainien", "russe" it does): "le secrétaire d'État
    # américain Antony Blinken" (quotes/language.py, nation_adjective)
    "nation_adjectives": {
        "américain",
        "américaine",
        "britannique",
        "européen",
        "européenne",
        "iranien",
        "iranienne",
        "israélien",
        "israélienne",
        "canadien",
        "canadienne",
        "australien",
        "australienne",
        "belge",
        "suisse",
        "autrichien",
        "autrichienne",
        "brésilien",
        "brésilienne",
        "mexicain",
        "mexicaine",
        "marocain",
        "marocaine",
        "algérien",
        "algérienne",
        "tunisien",
        "tunisienne",
        "égyptien",
        "égyptienne",
        "syrien",
        "syrienne",
        "irakien",
        "irakienne",
        "libanais",
        "libanaise",
        "sénégalais",
        "sénégalaise",
        "ivoirien",
        "ivoirienne",
        "malien",
        "malienne",
        "sud-africain",
        "sud-africaine",
        "nord-coréen",
        "nord-coréenne",
        "sud-coréen",
        "sud-coréenne",
        "moldave",
        "géorgien",
        "géorgienne",
        "biélorusse",
        "tchétchène",
        "onusien",
        "onusienne",
    },
    # the noun an office's title governs as part of its name ("secrétaire d'État", "chef de l'État", "chef
    # d'état-major"), with the words leading to it: "Le secrétaire d'État Antony Blinken a …" is Blinken, not a
    # person "État" (speakers.py, _title_words_end)
    "title_words": {"d'", "d’", "de", "l'", "l’", "état", "état-major"},
    "institutions": {
        # documents a body issues ("una nota", "el texto"): phrases an issuer stands behind (attribution.py)
        "déclaration",
        "texte",
        "département",
        "fondation",
        "organisation",
        "office",
        "fédération",
        "préfecture",
        "mairie",
        "comité",
        "commune",
        "ville",
        "syndicat",
        "association",
        "entreprise",
        "société",
        "groupe",
        "police",
        "gendarmerie",
        "justice",
        "ministère",
        "gouvernement",
        "armée",
        "service",
        "agence",
        "ambassade",
        "institut",
        "état-major",
        "présidence",
        "administration",
        "kremlin",
        "pentagone",
        "parquet",
        "communiqué",
        "tribunal",
        "parti",
        "conseil",
        "commission",
        "journal",
        "chaîne",
        "autorités",
        "forces",
        "élysée",
        "matignon",
        "quai",
    },
    "skip": {
        "le",
        "la",
        "les",
        "l",
        "l'",
        "l’",
        "un",
        "une",
        "a",
        "ont",
        "avait",
        "est",
        "a-t-il",
        "a-t-elle",
        "encore",
        "aussi",
        "ensuite",
        "alors",
        "déjà",
        "t",
        "pour",
        "sa",
        "part",
        "de",
        "son",
        "côté",
        "quant",
        "à",
        "lui",
    },
    "prepositions": {
        "à",
        "au",
        "aux",
        "de",
        "du",
        "des",
        "en",
        "dans",
        "par",
        "pour",
        "sur",
        "avec",
        "sans",
        "contre",
        "chez",
        "vers",
        "entre",
        "après",
        "avant",
        "pendant",
        "sous",
    },
    "abbreviations": {
        "m",
        "mm",
        "mme",
        "mlle",
        "dr",
        "st",
        "ste",
        "etc",
        "av",
        "bd",
        "env",
        "no",
        "p",
        "cf",
        "vol",
        "éd",
        "gén",
        "lt",
        "col",
    },
    # a definite institution noun stands for the body in view whose name holds it ("« … », a indiqué le ministère")
    "anaphor_articles": ["le", "la", "l'", "l’"],
    # "a indiqué la société": nouns that stand for any body of their kind, the one organisation in view (en.py)
    "anaphor_heads": ["société", "entreprise", "agence", "organisation", "fondation", "association", "syndicat"],
    "pro_drop": False,
    "verb_final": False,
    "document_heads": ["communiqué", "déclaration"],
    # "le Kremlin a publié un communiqué": its issuer is the subject of these verbs (or a speech verb)
    "document_verbs": ["publier", "diffuser", "émettre", "envoyer", "signer"],
    # a definite noun that takes up the last document introduced, whatever its head ("señala el texto")
    "document_anaphors": ["texte"],
    # a preposition fused with the definite article before a document ("si legge nella nota", "diz na nota")
    "definite_contractions": ["du", "au"],
    "document_owners": ["son", "sa", "leur"],
    "title_of": ["des", "du", "de"],
    # subject pronouns written after a hyphen on an inverted verb ("explique-t-il"), longest first
    "hyphen_pronouns": ["-t-il", "-t-elle", "-il", "-elle"],
    "reflexive_clitics": ["se"],
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    "verb_gender": [["ent", "p"]],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"le", "les", "un", "une"},
    "spokesperson": {"porte-parole"},
    "definite": {"le", "la", "l'", "l’", "les"},
    "noun_markers": {"le", "la", "les", "un", "une", "ce", "cette", "son", "sa", "ses"},
    "indefinite": {"un", "une", "des"},
    # Nouns for a person the article need not name ("un homme", "une source"), with the gender they show
    "person_nouns": {
        "homme": "m",
        "femme": "f",
        "personne": None,
        "source": None,
        "témoin": None,
        "habitant": "m",
        "habitante": "f",
        "internaute": None,
        "utilisateur": "m",
        "utilisatrice": "f",
        "militant": "m",
        "militante": "f",
        "membre": None,
        "médecin": None,
        "avocat": "m",
        "avocate": "f",
        "journaliste": None,
        "professeur": None,
        "étudiant": "m",
        "étudiante": "f",
        "entraîneur": "m",
        "joueur": "m",
        "joueuse": "f",
        "lieutenant": None,
        "colonel": None,
        "acteur": "m",
        "actrice": "f",
        "auteur": None,
        "autrice": "f",
    },
    # "Et la patronne a déclaré : « … »": a determiner and a common noun before the verb are someone the article does
    # not name; a phrase of time there ("El lunes dijo") is none (its words, besides weekdays and months)
    "common_noun_subject": True,
    # "Le politologue Tatiana Stanovaya …, estime-t-elle": an office or a trade written in the masculine for a woman;
    # her given name shows her gender, not the title
    "masculine_generic_titles": True,
    # "a affirmé le président ukrainien lors de …": a people's adjective right after a title's role word narrows it
    "nation_adjective_after_title": True,
    "time_nouns": {
        "semaine",
        "mois",
        "année",
        "an",
        "jour",
        "nuit",
        "matin",
        "soir",
        "veille",
        "lendemain",
        "journée",
        "soirée",
        "matinée",
        "week-end",
    },
    "clause_starts": {"et", "mais"},
    # "où" and "quand" open a clause too: "À Helsinki, où il participait à un sommet, Volodymyr Zelensky a …" (its
    # pronoun is no subject of the sentence; attribution.py, _subject)
    "subordinators": {"tandis", "lorsque", "parce", "où", "quand"},
    # words opening a phrase or clause that may stand first in the sentence, closed by a comma before its subject
    # ("Lors d'une audition de la commission qui finance la NASA, le député Tom Hale a demandé …": NASA is not the subject; attribution.py)
    "fronted_clauses": [
        "lors",
        "lorsque",
        "quand",
        "pendant",
        "après",
        "avant",
        "dans",
        "en",
        "à",
        "au",
        "sous",
        "malgré",
        "depuis",
        "dès",
        "alors",
        "si",
    ],
    "complementisers": {"que", "qu'", "qu’"},
    "reflexives": {"se", "s'", "s’"},
    "of": {"de", "des", "du"},
    "conjunctions": {"et", "ou"},
    "name_particles": {"de", "du", "le", "la"},
    "of_words": {"de", "des", "du"},
    "article_gender": {"le": "m", "la": "f", "les": "p"},
    "articles": {"le", "la", "les", "un", "une", "du", "des", "ce", "cette", "son", "sa", "ses"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# An elided article glued to a name is not part of it (d’Arguin, l’Horizon).
ELIDED_ARTICLES = True
NAME_ROLES = (
    "président", "présidente", "ministre", "porte-parole", "maire", "ambassadeur", "ambassadrice", "général",
    "chef", "conseiller", "conseillère", "secrétaire", "m", "mme", "dr", "premier", "chancelier", "directeur",
    "directrice", "député", "sénateur", "analyste", "colonel", "professeur",
)  # fmt: skip
NAME_INSTITUTIONS = ("ministère", "gouvernement", "parti", "banque", "agence", "université", "institut", "armée")
# A given name and a capitalised word no name the model found overlaps are a person it missed ("le porte-parole de la
# diplomatie ukrainienne Oleg Nikolenko": services/enrich/entities/recovery.py, _unfound_people).
NAME_SPOTTED_PEOPLE = True
# The labels fr_core_news_sm gives a plain "Prénom Nom" person it misreads ("Loïc Prud’homme" LOC): a given name and a
# surname that is no place's, body's nor company's word are the person (services/enrich/entities/correction.py).
NAME_PAIR_MISREAD = frozenset({"LOC", "ORG"})
# Indefinite articles: a capitalised run right after one is a thing ("une Renault Clio"), not a person.
NAME_INDEFINITE_ARTICLES = ("un", "une")
# Definite articles, alone and fused with a preposition (services/enrich/entities/name_words.py; the elided "l'"
# counts too): a capitalised word after one is a body, not a given name ("de l'Onu Antonio Guterres").
NAME_DEFINITE_ARTICLES = frozenset({"le", "la", "les", "du", "des", "au", "aux"})
NAME_FUNCTION_WORDS = (
    "le la les un une des du de en au aux par pour avec sans sur selon comme que qui et ou mais ne "
    "pas ce cette ces il elle ils elles nous on aussi ainsi quand où dans"
)
NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "d'", "von", "van", "der", "den"}
)  # and the Dutch and German particles of foreign names ("Ursula von der Leyen")
NAME_DAY_WORDS = frozenset({"jour", "journée", "fête"})
# How French spells Russian and Ukrainian given names (services/enrich/entities/name_data.py): "ou" for у, "kh" for х,
# "tch", "ch", "j" for ч, ш, ж, "gu" before e and i, a diaeresis on i after a vowel and for й ("Sergueï", "Nikolaï",
# "Mikhaïl", "Iouri", "Evgueni", "Alexeï"; Ukrainian "Oleksiï", "Mykhaïlo", "Volodymyr", "Serhiï").
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "v", "г": "g", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "ï", "у": "ou", "х": "kh", "ц": "ts",
            "ч": "tch", "ш": "ch", "щ": "chtch", "ы": "y", "э": "e", "ю": "iou", "я": "ia",
        },
        "opening": {"й": "i"},
        "pairs": {"ге": "gue", "ги": "gui", "кс": "x", "аи": "aï", "ои": "oï", "еи": "eï"},
        "endings": [["гей", "gueï"], ["гий", "gui"], ["ий", "i"], ["ый", "y"], ["ей", "eï"], ["ай", "aï"], ["ой", "oï"]],
    },
    "uk": {
        "letters": {
            "в": "v", "г": "h", "є": "ie", "ж": "j", "з": "z", "и": "y", "і": "i", "ї": "ï", "й": "ï", "у": "ou",
            "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ю": "iou", "я": "ia",
        },
        "opening": {"й": "i"},
        "endings": [["ій", "iï"], ["ий", "y"]],
    },
}  # fmt: skip

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Words right before a name that make a small town of the gazetteer the place ("near the town of").
# (Also "autour de", "aux abords de", "au nord de", "dans la région de": where, as "à" is.)
PLACE_BEFORE = (
    r"\b(?:à|près de|ville de|village de|région de|autour de|aux abords de|aux environs de"
    r"|au (?:nord|sud)(?:-(?:est|ouest))? de|à l['’](?:est|ouest) de)\s+$"
)
# A settlement noun right before a name that makes it a place whatever a model labelled it and whether or not the
# gazetteer knows it ("la localité de Zébéla", "une sous-préfecture de Macenta").
PLACE_NOUN_BEFORE = (
    r"\b(?:ville|village|localité|commune|préfecture|région|quartier|district|province|île|îles|canton|hameau|"
    r"bourg|vallée|agglomération|raffinerie|aérodrome|aéroport|base aérienne|centrale nucléaire) (?:de |d['’])$"
)
# A settlement noun in an apposition right after a name ("X, la capital de Y"): the name is a place, known or not
# (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:la |le |une |un )?(?:(?:petite|petit|ancienne|ancien|paisible|frontalière|frontalier|russe|"
    r"ukrainienne)\s+)?(?:capitale|ville|commune|localité|village|bourg|préfecture|sous-préfecture|île)\s+(?:de|du|"
    r"des|d['’]|en|au|aux|dans|près|située|situé|russe|ukrainienne|frontalière|frontalier|portuaire|industrielle)\b"
)
# "Et" before the last of a list of places a model labelled ("à Lyon, Nantes et Lille").
PLACE_LIST_AND = ("et",)
# Short forms of country names CLDR does not give.
# A place's name the gazetteer misses as written is looked up again without its accents ("Avdiïvka", "Kherson": a stress
# accent or a diaeresis on a foreign name; services/enrich/entities/geo.py).
PLACE_PLAIN_SPELLING = True
# How the language spells the sounds of Russian and Ukrainian place names that the gazetteer romanises in English
# ("Lougansk", "Tchernihiv": "ou" for "u", "tch" for "ch"), tried when a name is not found as written (services/enrich/entities/geo.py).
PLACE_RESPELLINGS = (("ou", "u"), ("tch", "ch"), ("j", "zh"))
# French spelling of Russian and Ukrainian names, sound by sound, matched on the key English romanisation is brought to
# (en.py; services/enrich/entities/geo.py ``sound_key``): "Zaporijia", "Bakhmout", "Tchernihiv" are Zaporizhzhya,
# Bakhmut, Chernihiv, and their own names (a model's organisation after "à" is then the town).
PLACE_SOUND_SPELLING = (
    ("tch", "C"), ("ch", "S"), ("kh", "K"), ("ts", "Z"), ("ou", "u"), ("j", "S"), ("z", "S"), ("s", "S"),
    ("k", "K"), ("v", "V"), ("w", "V"), ("y", "i"),
)  # fmt: skip
COUNTRY_SHORT = {"USA": "US", "États-Unis": "US", "Grande-Bretagne": "GB"}
# Regions, seas, mountain ranges and disputed lands under their French names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# French articles (services/enrich/entities/geo.py), as English's and German's own tables.
PLACE_NAMES = frozenset({
    "Proche-Orient", "Moyen-Orient", "Extrême-Orient", "Cisjordanie", "Caucase", "Balkans", "Sibérie",
    "Scandinavie", "Maghreb", "Sahel", "Cachemire", "Kurdistan", "Patagonie", "Méditerranée",
    "Baltique", "Alpes", "Pyrénées", "Andes", "Himalaya", "Oural", "Carpates",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Tchétchénie", "Daghestan", "Ingouchie", "Transnistrie", "Abkhazie", "Ossétie du Sud", "Haut-Karabakh", "Donbass",
    # historical states
    "Union soviétique", "URSS", "Yougoslavie", "Tchécoslovaquie", "Allemagne de l'Est",
})  # fmt: skip
# How a town's name names the river or land it lies on ("Neuilly-sur-Seine", "Aix-en-Provence", "Châlons-en-Champagne"):
# natural features read off GeoNames' town names of these countries (services/enrich/entities/features.py).
PLACE_TOWN_QUALIFIER = (r"-(?:sur|en|sous|lès)-(?:(?:la|le|les)-|l['’])?(\w+)$", ("FR", "BE", "CH", "LU", "MC"))
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = ("mer", "golfe", "lac", "mont", "monts", "détroit", "océan", "orient", "massif")
# Lower-case feature words that name a feature with the name right after them, no "de" ("lac Léman", "fleuve
# Congo", "île Maurice"): head and name are one place (services/enrich/entities/names.py).
PLACE_HEADS_BARE = ("mer", "golfe", "lac", "mont", "monts", "massif", "fleuve", "rivière", "île", "îles", "plateau")
# A lower-case feature word and "de" right before a name a model found: the feature and the name are one place
# ("le banc d’Arguin", "la plage du Truquet", "la plage de Vendays-Montalivet", "la bande de Gaza";
# services/enrich/entities/recovery.py).
PLACE_FEATURE_BEFORE = (
    r"(?:^|\s)(?:mer|golfe|lac|mont|monts|détroit|océan|massif|banc|plage|baie|île|îles|bassin|cap|pointe|plateau|"
    r"vallée|étang|forêt|plaine|côte|presqu['’]île|bande) (?:de la |de l['’]|des |du |de |d['’])$"
)
# Storm words: the name after one is a storm's ("la tempête Céline"), not a person.
NAME_STORM_WORDS = ("tempête", "ouragan", "cyclone", "typhon")
# Words for a news outlet right before a name: the outlet, an organisation, not a person.
NAME_OUTLET_WORDS = ("agence", "quotidien", "journal", "hebdomadaire", "magazine", "chaîne")
# What is written around a news outlet's name that a model took for a place the gazetteer does not know: the
# newsroom or a reporter of it before ("la rédaction de Mediapart", "un journaliste de Brut") and an apposition that
# calls it a medium after ("Chez Brut, le média en ligne"): the outlet, an organisation, at every mention
# (services/enrich/entities/correction.py).
PLACE_OUTLET_BEFORE = r"(?:^|\s)(?:rédaction|rédactions|journaliste|journalistes|reporter|reporters) (?:de |d['’])$"
PLACE_OUTLET_AFTER = (
    r",[ \u00a0](?:le|la|l['’]|un|une)[ \u00a0]?(?:média|chaîne|site|quotidien|hebdomadaire|magazine|journal)\b"
)
