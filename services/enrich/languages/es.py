"""Spanish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
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
    number_words,
    tens_words,
    weekday_forms,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "es",
    cldr_months(
        "es", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre|sept|sep", "oct", "nov", "dic"
    ),
    weekday_forms(r"lunes", r"martes", r"mi[ée]rcoles", r"jueves", r"viernes", r"s[áa]bado", r"domingo"),
    {"anteayer": -2, "anoche": -1, "ayer": -1, "hoy": 0, "pasado mañana": 2},
    ("próximo", "proximo", "que viene"),
    future_cues=r"(?<!\w)(?:será|serán|va\s+a|van\s+a|tendrá|tendrán|prevé|previst[oa]s?|está\s+previsto|"
    r"deberá|deberán|celebrará|se\s+celebrará|hasta)(?!\w)"
    r"|(?<!\w)\w{3,}(?:ará|erá|irá|arán|erán|irán)(?!\w)",
    past_cues=r"(?<!\w)(?:pasad[oa]|anterior|había|habían|fue|fueron|dijo|(?:ha|han)\s+\w{2,}(?:ado|ido)|\w{3,}(?:ó|aron|ieron))(?!\w)",
    numbers=number_words("un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
    | {"once": 11, "doce": 12, "quince": 15, "cien": 100}
    | tens_words("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"),
    units={
        r"d[íi]as?": DAY,
        r"semanas?": WEEK,
        r"mes(?:es)?": MONTH,
        r"años?": YEAR,
        r"horas?|h": HOUR,
        r"minutos?|min": MINUTE,
        r"segundos|seg|(?<=[0-9] )segundo": SECOND,
    },
    about=r"cerca\s+de|alrededor\s+de|unos|unas|casi",
    ago=(r"hace\s+{q}",),
    ahead=(r"dentro\s+de\s+{q}",),
    # "un año antes, ...", "un año antes todo"; not "un año antes de la guerra": before something else
    later={
        r"{q}\s+(?:después(?!\s+(?:de|del|que)\b)|más\s+tarde)": 1,
        r"{q}\s+antes(?!\s+(?:de|del|que)\b)": -1,
    },
    periods={
        r"la\s+semana\s+pasada": (WEEK, -1),
        r"esta\s+semana": (WEEK, 0),
        r"la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:que\s+viene|próxima)": (WEEK, 1),
        r"el\s+mes\s+pasado": (MONTH, -1),
        r"este\s+mes": (MONTH, 0),
        r"el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+que\s+viene": (MONTH, 1),
        r"el\s+año\s+pasado": (YEAR, -1),
        r"este\s+año": (YEAR, 0),
        r"el\s+(?:próximo|proximo)\s+año|el\s+año\s+que\s+viene": (YEAR, 1),
        r"(?:a\s+)?finales\s+de\s+(?:este\s+)?año": (YEAR, "end"),
        r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de\s+(?:este\s+)?año": (YEAR, "start"),
    },
    anaphora={
        r"la\s+víspera(?!\s+(?:de|del)\b)": -1,
        r"el\s+día\s+(?:anterior|antes)": -1,
        r"un\s+día\s+antes" + END: -1,
        r"al\s+día\s+siguiente|el\s+día\s+(?:siguiente|después)": 1,
        r"el\s+mismo\s+día|ese\s+mismo\s+día": 0,
    },
    holidays={
        r"Nochebuena": fixed(12, 24),
        r"(?:el\s+día\s+de\s+)?Navidad(?!es)": fixed(12, 25),
        r"Nochevieja": fixed(12, 31),
        r"(?:el\s+día\s+de\s+)?Año\s+Nuevo": fixed(1, 1),
        r"D[íi]a\s+de\s+la\s+Victoria": fixed(5, 9),
        r"Viernes\s+Santo": easter(-2),
        r"Domingo\s+de\s+(?:Pascua|Resurrección)": easter(0),
    },
    years=r"(?<!\w)(?:en|desde|hasta|a\s+finales\s+de|a\s+principios\s+de)\s+(?:el\s+)?(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("y",),
    since=("desde",),
    day_of="de",
    month_of="de|del",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "ver más",
        r"compartir(?: en \w+)?",
        "publicidad",
        "lo más leído",
    ),
    share=("compartir",),
    cookie_actions=(
        "aceptar",
        "utilizamos",
    ),
    promo=(
        "suscr[íi]bete",
        "s[íi]guenos",
    ),
    promo_anywhere=("suscr[íi]bete",),
    read_also=(
        "лe?a también",
        "lee también",
        "lea también",
        "te puede interesar",
        "(?:mira|ver) también",
        r"más noticias\s*[:：]",
    ),
    link_list=(
        "temas",
        "más información",
        "lee también",
    ),
    tags=(
        "etiquetas",
        "temas",
    ),
    byline=(r"por\s+(?=[A-ZÁÉ])",),
    byline_roles=("autor",),
    and_words=("y",),
    byline_words=(
        "de",
        "con",
    ),
    photo=(r"foto\s*[:：]",),
    captions=("pie de foto",),
    photo_labels=(
        "imagen de archivo",
        "foto de archivo",
    ),
    syndication=(
        r"con información de\b",
        "todos los derechos reservados",
    ),
    stamp=(
        r"publicado(?: el| en)?\b",
        r"actualizado\b",
    ),
    updated=("actualizado",),
    stamp_words=(
        "de",
        "del",
        "el",
        "a",
        "las",
    ),
    genres=(
        "análisis",
        "opinión",
    ),
    home=(
        "inicio",
        "portada",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Spanish"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "más menos mostrar ver leer mira escuchar iniciar sesión cerrar registrarse registrate suscribirse "
    "suscríbete suscripción boletín compartir imprimir guardar seguir síguenos menú buscar inicio volver arriba "
    "siguiente anterior aquí vídeo video vídeos fotos foto galería imagen publicidad comentarios comentario "
    "responder cuenta contraseña privacidad contacto relacionadas populares descargar aplicación gratis"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # a title after a person and a copula is that person's (speakers.py binds it to them)
    "copulas": ["es", "era", "fue", "ha sido"],
    "negations": ["no", "nunca"],
    "verbs": {
        # wire copy's verbs after a quote (round s48): "“…”, reaccionó Podoliak", "desmintió", "espetó"; "lanzó" weak
        "reaccionar",
        "desmentir",
        "acusar",
        "espetar",
        "lanzar",
        # verbs of going on speaking, speech only right after a quote (weak below)
        "proseguir",
        "continuar",
        "recordar",
        "reflexionar",
        "completar",
        "confesar",
        "deslizar",
        "retrucar",
        "apostillar",
        "valorar",
        "evaluar",
        "reprochar",
        "describir",
        "narrar",
        "remarcar",
        "rematar",
        "tirar",
        "sentenciar",
        "zanjar",
        "aclarar",
        "agregar",
        "graficar",
        "enfatizar",
        "ironizar",
        "reclamar",
        "cuestionar",
        "detallar",
        "plantear",
        "expresar",
        "mencionar",
        "acotar",
        "subrayar",
        "decir",
        "afirmar",
        "declarar",
        "añadir",
        "asegurar",
        "señalar",
        "explicar",
        "indicar",
        "sostener",
        "advertir",
        "escribir",
        "destacar",
        "manifestar",
        "comentar",
        "apuntar",
        "precisar",
        "insistir",
        "recalcar",
        "reiterar",
        "responder",
        "denunciar",
        "admitir",
        "reconocer",
        "anunciar",
        "informar",
        "confirmar",
        "aseverar",
        "puntualizar",
        "matizar",
        "argumentar",
        "replicar",
        "contestar",
        "preguntar",
        "exclamar",
        "lamentar",
        "criticar",
        "alertar",
        "resaltar",
        "relatar",
        "contar",
        "tuitear",
        "publicar",
        "opinar",
        "considerar",
        "estimar",
        "concluir",
        "prometer",
        "amenazar",
        "sumar",
        "citar",
        "dijo",
    },
    "forms": {
        "dicho",
        "escrito",
        "sostenido",
        "asegurado",
        "recalcado",
        "denunciado",
        "negó",
        "negado",
        "dijo",
        "dice",
        "dijeron",
        "según",
    },
    # "sumar" and "citar" ("sumó", "citó como ejemplo") report speech only right after a quote: elsewhere they add up
    # and summon
    "weak": {
        "lanzar",
        "proseguir",
        "continuar",
        "considerar",
        "estimar",
        "opinar",
        "publicar",
        "contar",
        "preguntar",
        "expresar",
        "apuntar",
        "sumar",
        "citar",
    },
    "framing": {"calificar", "llamar", "describir", "tildar"},
    "addressee": set(),
    # words that point back at the quote before a speech verb in the next sentence ("Así lo afirmó el martes X")
    "next_pointers": ["así lo", "lo", "es lo que", "eso es lo que", "así"],
    # a phrase opening the sentence after a quote that names the quote's words, then its speaker and a verb ("“…”. Con
    # esa frase, Marta Ruiz respondió …")
    "next_worded": ["con esa frase", "con esta frase", "con esas palabras", "con estas palabras"],
    # "as" opening a sentence, then a speech verb (past its auxiliaries) and its subject closed by a comma
    # ("Como explicó el portavoz, Pedro Gómez, Sánchez “…”"):
    # that subject said the quote, not the main clause's subject after the comma (before.py)
    "next_as": ["como", "según"],
    "cues": ["según", "de acuerdo con", "a juicio de", "en palabras de"],
    # "Para X, «…»", "Para X la solución está en «…»": only where it opens the sentence. (It had once given a later
    # "…”, recalcó" to X over the sentence's own subject, an apposition's body read in two pieces: fixed there)
    "cues_opening": ["para"],
    "cues_after": [],
    "pronouns": {"él": "m", "ella": "f", "ellos": "p", "ellas": "p"},
    "relative": {"quien", "que"},
    "honorifics": {"sr": "m", "sra": "f", "señor": "m", "señora": "f", "don": "m", "doña": "f"},
    "titles": {
        # roles of wire copy's sources (round s37): experts, lawyers, officers, deputies
        "politólogo": "m",
        "politóloga": "f",
        "coronel": None,
        "viceministro": "m",
        "viceministra": "f",
        "abogado": "m",
        "abogada": "f",
        "historiador": "m",
        "historiadora": "f",
        "periodista": None,
        "diplomático": "m",
        "diplomática": "f",
        "dirigente": None,
        "opositor": "m",
        "opositora": "f",
        "activista": None,
        "economista": None,
        "especialista": None,
        "vicepresidente": "m",
        "vicepresidenta": "f",
        "gremialista": None,
        "integrante": None,
        "funcionario": "m",
        "funcionaria": "f",
        "titular": None,
        "portavoz": None,
        "presidente": "m",
        "presidenta": "f",
        "ministro": "m",
        "ministra": "f",
        "jefe": "m",
        "jefa": "f",
        "asesor": "m",
        "asesora": "f",
        "embajador": "m",
        "embajadora": "f",
        "alcalde": "m",
        "alcaldesa": "f",
        "canciller": None,
        "director": "m",
        "directora": "f",
        "vocero": "m",
        "vocera": "f",
        "secretario": "m",
        "secretaria": "f",
        "experto": "m",
        "experta": "f",
        "analista": None,
        "general": None,
        "representante": None,
        "diputado": "m",
        "diputada": "f",
        "congresista": None,
        "legislador": "m",
        "legisladora": "f",
        "senador": "m",
        "senadora": "f",
        "gobernador": "m",
        "gobernadora": "f",
        "responsable": None,
        "fuente": None,
        "líder": None,
        "mandatario": "m",
        "mandataria": "f",
        "comandante": None,
        "investigador": "m",
        "investigadora": "f",
        "profesor": "m",
        "profesora": "f",
        "premier": None,
        "primer": None,
    },
    "title_suffixes": [],
    "institutions": {
        # documents a body issues ("una nota", "el texto"): phrases an issuer stands behind (attribution.py)
        "nota",
        "declaración",
        "texto",
        "departamento",
        "policía",
        "fiscalía",
        "ayuntamiento",
        "alcaldía",
        "fundación",
        "asociación",
        "empresa",
        "compañía",
        "congregación",
        "sindicato",
        "federación",
        "organización",
        "secretaría",
        "intendencia",
        "ministerio",
        "gobierno",
        "ejército",
        "servicio",
        "agencia",
        "embajada",
        "instituto",
        "administración",
        "presidencia",
        "kremlin",
        "pentágono",
        "cancillería",
        "comunicado",
        "tribunal",
        "partido",
        "consejo",
        "comisión",
        "diario",
        "periódico",
        "cadena",
        "autoridades",
        "fuerzas",
        "casa",
    },
    "skip": {
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "ha",
        "han",
        "había",
        "habían",
        "también",
        "luego",
        "después",
        "ya",
        "además",
        "por",
        "su",
        "parte",
        "lo",
    },
    "prepositions": {
        "a",
        "al",
        "de",
        "del",
        "en",
        "con",
        "por",
        "para",
        "sin",
        "sobre",
        "contra",
        "desde",
        "hasta",
        "entre",
        "hacia",
        "tras",
        "ante",
        "bajo",
    },
    "abbreviations": {
        "sr",
        "sra",
        "srta",
        "dr",
        "dra",
        "ud",
        "uds",
        "etc",
        "pág",
        "núm",
        "av",
        "avda",
        "gral",
        "lic",
        "ing",
        "p",
        "ej",
        "ee.uu",
        "ee",
        "uu",
    },
    "next_cues": ["así lo dijo", "así lo afirmó", "lo dijo", "lo afirmó", "lo aseguró", "así lo expresó"],
    # a definite institution noun stands for the body in view whose name holds it ("«…», señaló el ministerio")
    "anaphor_articles": ["el", "la"],
    # "la empresa señaló": nouns that stand for any body of their kind, the one organisation in view (en.py)
    "anaphor_heads": [
        "empresa",
        "compañía",
        "congregación",
        "agencia",
        "organización",
        "fundación",
        "asociación",
        "sindicato",
    ],
    # a partial quote inside a sentence closed by an inverted reporting clause ("…, durante la reunión, afirmó el ministerio.") is that
    # clause subject's
    "sentence_final_cue": True,
    "pro_drop": True,
    "verb_final": False,
    "document_heads": ["comunicado", "nota", "declaración"],
    # "el Kremlin emitió un comunicado": its issuer is the subject of these verbs (or a speech verb); "su comunicado"
    "document_verbs": ["emitir", "publicar", "difundir", "divulgar", "enviar", "firmar"],
    # a definite noun that takes up the last document introduced, whatever its head ("señala el texto")
    "document_anaphors": ["texto"],
    # a preposition fused with the definite article before a document ("si legge nella nota", "diz na nota")
    "definite_contractions": ["del", "al"],
    "document_owners": ["su", "sus"],
    "title_of": ["de", "del"],
    "role_groups": {"vocera": "portavoz", "vocero": "portavoz"},
    "reflexive_clitics": ["se"],
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    "verb_gender": [["n", "p"]],
    # a plural speech verb with no subject is impersonal: "“…”, señalaron desde el Kremlin" (the body after "desde")
    "plural_impersonal": True,
    "impersonal_bodies": True,
    "impersonal_in": ["desde"],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"el", "los", "las", "una", "un", "su", "sus"},
    "spokesperson": {"portavoz"},
    "definite": {"el", "la", "los", "las"},
    "noun_markers": {"el", "los", "las", "un", "una", "su", "sus"},
    "indefinite": {"un", "una", "unos", "unas"},
    # Nouns for a person the article need not name ("una fuente", "el hombre"), with the gender they show:
    # a sentence opening with one has a subject a later left-out subject may stand for (attribution.py)
    "person_nouns": {
        "hombre": "m",
        "mujer": "f",
        "persona": None,
        "fuente": None,
        "usuario": "m",
        "usuaria": "f",
        "integrante": None,
        "testigo": None,
        "vecino": "m",
        "vecina": "f",
        "trabajador": "m",
        "trabajadora": "f",
        "activista": None,
        "miembro": None,
        "joven": None,
        "teniente": None,
        "coronel": None,
        "capitán": "m",
        "sargento": None,
        "soldado": "m",
        "comandante": None,
        "médico": "m",
        "médica": "f",
        "doctor": "m",
        "doctora": "f",
        "abogado": "m",
        "abogada": "f",
        "periodista": None,
        "profesor": "m",
        "profesora": "f",
        "estudiante": None,
        "entrenador": "m",
        "entrenadora": "f",
        "jugador": "m",
        "jugadora": "f",
        "técnico": "m",
        "dirigente": None,
        "funcionario": "m",
        "funcionaria": "f",
        "empresario": "m",
        "empresaria": "f",
        "actor": "m",
        "actriz": "f",
        "cantante": None,
        "escritor": "m",
        "escritora": "f",
        "autor": "m",
        "autora": "f",
    },
    # "Et la patronne a déclaré : « … »": a determiner and a common noun before the verb are someone the article does
    # not name; a phrase of time there ("El lunes dijo") is none (its words, besides weekdays and months)
    "common_noun_subject": True,
    "time_nouns": {"semana", "mes", "año", "día", "noche", "mañana", "tarde", "madrugada", "víspera", "jornada", "fin"},
    # "Larroque acusó al Presidente de …. “…”, contestó el Presidente": the article that marks a person as an object
    # (the personal "a"); a title so written after someone's verb is another person than that subject
    "object_articles": {"al"},
    "clause_starts": {"y", "pero", "mientras"},
    "subordinators": {"mientras", "cuando", "porque"},
    # words opening a phrase or clause that may stand first in the sentence, closed by a comma before its subject
    # ("En una audiencia del comité que financia la NASA, el congresista Tom Hale pidió …": NASA is not the subject; attribution.py)
    "fronted_clauses": [
        "en",
        "durante",
        "tras",
        "después",
        "antes",
        "ante",
        "desde",
        "con",
        "al",
        "cuando",
        "mientras",
        "aunque",
        "si",
    ],
    "complementisers": {"que"},
    "reflexives": {"se"},
    "of": {"de", "del"},
    "conjunctions": {"y", "o"},
    "name_particles": {"de", "del", "la", "el"},
    "not_name_particles": {"al"},
    "of_words": {"de", "del"},
    "article_gender": {"el": "m", "la": "f", "los": "p", "las": "p"},
    "articles": {"el", "la", "los", "las", "un", "una", "del", "al", "su", "sus", "este", "esta"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (
    "presidente", "presidenta", "ministro", "ministra", "portavoz", "alcalde", "alcaldesa", "embajador",
    "embajadora", "general", "jefe", "jefa", "asesor", "asesora", "secretario", "secretaria", "canciller",
    "don", "doña", "señor", "señora", "sr", "sra", "mandatario", "líder", "director", "directora", "analista",
    "diputado", "senador", "vocero", "vocera", "coronel", "profesor", "premier", "capitán", "comisario",
    "papa", "pontífice", "rey", "reina", "príncipe", "princesa", "jeque", "emir",
)  # fmt: skip
# Words that open a football club's name before its town's ("Real Madrid", "Atlético Madrid"): the club, no place
# nor person (services/enrich/entities/names.py). Lower case.
NAME_CLUB_BEFORE = frozenset({"real", "atlético", "deportivo", "sporting", "racing", "athletic", "rayo", "club"})
NAME_INSTITUTIONS = (
    "ministerio", "gobierno", "partido", "banco", "agencia", "universidad", "instituto", "tribunal",
    "ejército", "fuerzas", "fuerza", "comisión", "consejo", "servicio", "grupo", "departamento", "oficina",
    "diario", "televisión", "radio", "naciones", "unión", "fondo", "frente", "comité", "asamblea", "congreso",
    "senado", "cámara", "corte", "policía", "fiscalía", "secretaría", "dirección", "federación", "asociación",
    "batallón", "brigada", "brigadas", "regimiento",
    # a sports league ("la Liga Promerica", "la Liga MX"): an organisation, no person
    "liga",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "el la los las un una unos unas en de del al por para con sin sobre tras desde hasta según "
    "como que qué y o pero ya no sí este esta estos estas ese esa eso lo le les se su sus él ella ellos "
    "nosotros también además así cuando donde mientras"
)
# "bin", "ibn": the Arabic patronymic of a foreign name ("Khalid bin Salman"), no word of the language.
NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "bin", "ibn", "von", "van", "der", "den"}
)  # and the Dutch and German particles of foreign names ("Ursula von der Leyen")
NAME_DAY_WORDS = frozenset({"día", "fiesta"})
# How Spanish spells Russian and Ukrainian given names (services/enrich/entities/name_data.py): х "j", "gu" before e
# and i ("Serguéi", "Mijaíl", "Dmitri", "Yevgueni", "Volodímir", "Mijailo"), with the stress accent on any one vowel.
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "v", "г": "g", "ё": "io", "ж": "zh", "з": "z", "и": "i", "й": "i", "х": "j", "ц": "ts", "ч": "ch",
            "ш": "sh", "щ": "sch", "ы": "y", "э": "e", "ю": "iu", "я": "ia",
        },
        "opening": {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
        "after_vowel": True,
        "pairs": {"ге": "gue", "ги": "gui"},
        "endings": [["гей", "guei"], ["гий", "gui"], ["ий", "i"], ["ый", "i"], ["ей", "ei"], ["ай", "ai"], ["ой", "oi"]],
        "stress": True,
    },
    "uk": {
        "letters": {
            "в": "v", "г": "h", "є": "ie", "ж": "zh", "з": "z", "и": "i", "ї": "i", "й": "i", "х": "j", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "sch", "ю": "iu", "я": "ia",
        },
        "opening": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
        "endings": [["ій", "i"], ["ий", "i"]],
        "stress": True,
    },
}  # fmt: skip

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
# A place's name the gazetteer misses as written is looked up again without its accents ("Járkov", "Jersón", "Mariúpol": a stress
# accent or a diaeresis on a foreign name; services/enrich/entities/geo.py).
PLACE_PLAIN_SPELLING = True
# How the language spells the sounds of Russian and Ukrainian place names that the gazetteer romanises in English
# ("Jersón", "Járkov", "Bajmut": "j" for "kh"), tried when a name is not found as written (services/enrich/entities/geo.py).
PLACE_RESPELLINGS = (("j", "kh"),)
COUNTRY_SHORT = {
    "EE.UU.": "US", "EEUU": "US", "EE. UU.": "US", "Gran Bretaña": "GB", "Federación de Rusia": "RU",
}  # fmt: skip
# Regions, seas, mountain ranges and disputed lands under their Spanish names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Spanish articles (services/enrich/entities/geo.py), as English's and German's own tables.
PLACE_NAMES = frozenset({
    "Franja de Gaza", "Cisjordania", "Altos del Golán", "Oriente Medio", "Oriente Próximo", "Cáucaso", "Balcanes",
    "Siberia", "Escandinavia", "Magreb", "Sahel", "Cachemira", "Kurdistán", "Patagonia",
    "Mediterráneo", "Báltico", "Alpes", "Pirineos", "Andes", "Himalaya", "Urales", "Cárpatos",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Chechenia", "Daguestán", "Ingusetia", "Osetia del Sur", "Abjasia", "Transnistria", "Nagorno Karabaj",
    # Spain's islands and the autonomous communities under the names the Spanish press writes
    "Mallorca", "Menorca", "Ibiza", "Formentera", "Gran Canaria", "Tenerife", "Lanzarote", "Fuerteventura",
    "La Palma", "La Gomera", "El Hierro", "Baleares", "Canarias", "Euskadi", "Comunitat Valenciana",
    # historical states
    "Unión Soviética", "URSS", "Yugoslavia", "Checoslovaquia", "Alemania Oriental",
})  # fmt: skip
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
# Head words written before the name only ("Plaza Roja"; "Galo Plaza" is a person).
PLACE_HEADS_BEFORE = ("plaza", "palacio")
# Words after a region's name that name a part of it ("Rioja Alta", "Rioja Baja"), lower case: read in every
# language's text (services/enrich/entities/names.py), a region's part is named in the region's language.
PLACE_QUALIFIERS_AFTER = ("alta", "baja", "alto", "bajo")
# Not "isla": a given name too (Isla Fisher).
PLACE_HEADS = (
    "mar", "golfo", "lago", "río", "sierra", "cordillera", "estrecho", "oriente", "península", "desierto", "islas",
)  # fmt: skip
# Lower-case feature words that name a feature with the name right after them ("río Ebro", "lago Titicaca"):
# head and name are one place (services/enrich/entities/names.py).
PLACE_HEADS_BARE = ("mar", "golfo", "lago", "río", "sierra", "cordillera", "isla", "islas", "volcán", "desierto")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("y", "e")
# A settlement noun right before a name: the name, and the list it opens, are places known or not
# ("las comunidades de Arcila, Galindo y La Estancia"; services/enrich/entities/names.py).
PLACE_NOUN_BEFORE = (
    r"\b(?:ciudad|ciudades|localidad|localidades|comunidad|comunidades|municipio|municipios|pueblo|pueblos|poblado|"
    r"villa|aldea|barrio|colonia|provincia|departamento|comuna|distrito|región|estado|isla|islas|comarca|cantón|"
    r"parroquia|concejo|condado|valle|refinería|aeródromo|aeropuerto|puerto|base aérea|central nuclear) "
    # with the compass or coast of it between ("la ciudad nororiental de", "la localidad costera de")
    r"(?:(?:nor|sur)?(?:oriental|occidental) |septentrional |meridional |costera |costero )?(?:de |del )$"
    r"|\b(?:barrio|colonia) $"  # "en barrio Alberdi", "la colonia Roma"
    r"|\ben dirección a $|\brumbo a $"  # a direction: "en dirección a Elordi", "rumbo a Iquique"
)
# Indefinite articles: a capitalised run right after one is a thing ("un Volkswagen Gol Trend", "una Chery
# Tiggo"), not a person.
NAME_INDEFINITE_ARTICLES = ("un", "una")
# Definite articles, alone and fused with a preposition (services/enrich/entities/name_words.py): a capitalised
# word after one is a body, not a given name ("del Bid Ilan Goldfajn").
NAME_DEFINITE_ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})
# A settlement noun in an apposition right after a name ("X, la capital de Y"): the name is a place, known or not
# (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:la |el |una |un )?(?:(?:pequeña|pequeño|antigua|antiguo|vecina|vecino|turística|fronteriza|costera|"
    r"rusa|ucraniana)\s+)?(?:capital|ciudad|localidad|población|pueblo|municipio|villa|aldea|comuna|isla)\s+(?:de|del|"
    r"en|al|rusa|ruso|ucraniana|ucraniano|cercana|situada|ubicada)\b"
)
# Prepositions that place what follows ("en Lanús"): a capitalised run after one that nothing else names is a place.
PLACE_LOCATIVES = ("en",)
# Storm words: the name after one is a storm's ("la borrasca Filomena"), not a person.
NAME_STORM_WORDS = ("tormenta", "huracán", "tifón", "ciclón", "borrasca")
# Words for a news outlet right before a name: the outlet, an organisation, not a person; and a company's, read the
# same ("la naviera Hapag Lloyd", "la empresa Grupo Ruiz": a company, no person).
NAME_OUTLET_WORDS = (
    "agencia", "diario", "periódico", "semanario", "revista",
    "empresa", "compañía", "naviera", "aerolínea", "multinacional", "constructora", "petrolera",
)  # fmt: skip
# English newspapers' words right after the place a paper is named for ("The New York Times", "el Washington Post"): the newspaper, an
# organisation, no place mentioned (services/enrich/entities/names.py).
PLACE_MEDIA_AFTER = "Times Post Herald Tribune Chronicle Globe Gazette Journal Inquirer Examiner"
