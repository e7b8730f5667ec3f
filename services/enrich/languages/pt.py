"""Portuguese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "pt",
    cldr_months("pt", "", "", "marco"),
    weekday_forms(
        r"segunda-feira",
        r"terça-feira",
        r"quarta-feira",
        r"quinta-feira",
        r"sexta-feira",
        r"sábado",
        r"domingo",
    ),
    {"anteontem": -2, "ontem": -1, "hoje": 0, "amanhã": 1, "depois de amanhã": 2},
    ("próxim",),
    future_cues=r"(?<!\w)(?:será|serão|vai|vão|deve|deverá|deverão|previst[oa]s?|terá|terão|acontecerá|"
    r"até)(?!\w)"
    r"|(?<!\w)\w{3,}(?:ará|erá|irá|arão|erão|irão)(?!\w)",
    past_cues=r"(?<!\w)(?:passad[oa]|anterior|havia|foi|foram|disse|\w{3,}(?:ou|aram|eram|iram))(?!\w)",
    numbers=number_words("um|uma", "dois|duas", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez")
    | {"onze": 11, "doze": 12, "quinze": 15, "cem": 100}
    | tens_words("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"),
    units={
        r"dias?": DAY,
        r"semanas?": WEEK,
        r"m[êe]s|meses": MONTH,
        r"anos?": YEAR,
        r"horas?|h": HOUR,
        r"minutos?|min": MINUTE,
        r"segundos|seg|(?<=[0-9] )segundo": SECOND,
    },
    about=r"cerca\s+de|quase|uns|umas",
    ago=(r"h[áa]\s+{q}", r"{q}\s+atrás"),
    ahead=(r"dentro\s+de\s+{q}", r"daqui\s+a\s+{q}"),
    # "um ano antes, ...", "um ano antes estava"; not "um ano antes da guerra": before something else
    later={
        r"{q}\s+(?:depois(?!\s+(?:de|do|da|dos|das|que)\b)|mais\s+tarde)": 1,
        r"{q}\s+antes(?!\s+(?:de|do|da|dos|das|que)\b)": -1,
    },
    periods={
        r"(?:na\s+|a\s+)?semana\s+passada": (WEEK, -1),
        r"(?:n?esta)\s+semana": (WEEK, 0),
        r"(?:na\s+)?próxima\s+semana": (WEEK, 1),
        r"(?:no\s+|o\s+)?mês\s+passado": (MONTH, -1),
        r"(?:n?este)\s+mês": (MONTH, 0),
        r"(?:no\s+)?próximo\s+mês": (MONTH, 1),
        r"(?:no\s+|o\s+)?ano\s+passado": (YEAR, -1),
        r"(?:n?este)\s+ano": (YEAR, 0),
        r"(?:no\s+)?próximo\s+ano": (YEAR, 1),
    },
    anaphora={
        r"na\s+véspera(?!\s+(?:de|da|do|dos|das)\b)": -1,
        r"no\s+dia\s+anterior": -1,
        r"no\s+dia\s+seguinte": 1,
        r"no\s+mesmo\s+dia": 0,
    },
    holidays={
        r"[Vv]éspera\s+de\s+Natal": fixed(12, 24),
        r"\b(?:no|do|dia\s+de)\s+Natal": fixed(12, 25),
        r"\b(?:no|dia\s+de)\s+Ano\s+Novo": fixed(1, 1),
        r"Dia\s+da\s+Vitória": fixed(5, 9),
        r"Sexta-feira\s+Santa": easter(-2),
        r"\b(?:na|[Dd]omingo\s+de)\s+Páscoa": easter(0),
    },
    years=r"(?<!\w)(?:em|desde|até)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("e",),
    day_of="de",
    month_of="de",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    promo=(
        "assine",
        "siga-nos",
    ),
    promo_anywhere=("assine já",),
    read_also=(
        "leia (?:também|mais)",
        "veja também",
    ),
    link_list=("mais informações",),
    tags=("temas",),
    byline=(r"por\s+(?=[A-ZÁÉ])",),
    byline_roles=("autor",),
    and_words=("e",),
    byline_words=(
        "de",
        "com",
    ),
    photo=(r"foto\s*[:：]",),
    stamp=(
        r"publicado(?: el| en)?\b",
        r"atualizado\b",
    ),
    updated=("atualizado",),
    stamp_words=(
        "de",
        "a",
    ),
    home=(
        "início",
        "página inicial",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Portuguese"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "mais menos mostrar ver leia ler assistir ouvir entrar sair cadastre cadastrar registrar assine assinar "
    "assinatura newsletter compartilhar compartilhe imprimir salvar siga seguir menu buscar pesquisar início voltar "
    "topo próximo anterior fechar aqui vídeo vídeos foto fotos galeria imagem publicidade comentários comentário "
    "responder conta senha privacidade contato relacionadas populares baixar aplicativo grátis"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # a title after a person and a copula is that person's (speakers.py binds it to them)
    "copulas": ["é", "era", "foi"],
    "negations": ["não", "nunca"],
    "verbs": {
        # verbs of going on speaking, speech only right after a quote (weak below)
        "prosseguir",
        "continuar",
        "rematar",
        "lembrar",
        "ressalvar",
        "pontuar",
        "reiterar",
        "justificar",
        "avisar",
        "revelar",
        "dizer",
        "afirmar",
        "declarar",
        "acrescentar",
        "assegurar",
        "explicar",
        "escrever",
        "sublinhar",
        "destacar",
        "ressaltar",
        "salientar",
        "comentar",
        "garantir",
        "informar",
        "anunciar",
        "responder",
        "questionar",
        "alertar",
        "avaliar",
        "completar",
        "reforçar",
        "apontar",
        "frisar",
        "advertir",
        "argumentar",
        "criticar",
        "admitir",
        "reconhecer",
        "confirmar",
        "contar",
        "relatar",
        "lamentar",
        "defender",
        "indicar",
        "observar",
        "perguntar",
        "enfatizar",
        "ponderar",
        "concluir",
        "prometer",
        "ameaçar",
        "publicar",
        # wire copy's verbs after a quote (round s48): "“…”, reagiu Kirby", "referiu Peskov", "vincou Zelensky"
        "reagir",
        "referir",
        "recordar",
        "esclarecer",
        "realçar",
        "assinalar",
        "vincar",
        "rebater",
        "retorquir",
        "acusar",
        "considerar",
        "notar",
        "avançar",
        "disse",
        "diz",
    },
    "forms": {
        "escrito",
        "respondido",
        "reconhecido",
        "sustentou",
        "insistiu",
        "precisou",
        "denunciou",
        "negou",
        "adiantou",
        "disse",
        "diz",
        "disseram",
        "segundo",
    },
    "weak": {
        "prosseguir",
        "continuar",
        "rematar",
        "avaliar",
        "ponderar",
        "defender",
        "publicar",
        "contar",
        "perguntar",
        "questionar",
        "apontar",
        "observar",
        "considerar",
        "notar",
        "avançar",
    },
    "framing": {"classificar", "chamar", "descrever", "qualificar"},
    "addressee": set(),
    # words that point back at the quote before a speech verb in the next sentence ("Foi o que afirmou X")
    "next_pointers": ["foi o que", "é o que", "assim"],
    # "as" opening a sentence, then a speech verb (past its auxiliaries) and its subject closed by a comma
    # ("Como disse o porta-voz, João Silva, Costa “…”"):
    # that subject said the quote, not the main clause's subject after the comma (before.py)
    "next_as": ["como", "conforme"],
    "cues": ["segundo", "de acordo com", "conforme", "para", "nas palavras de", "palavras de"],
    "cues_after": [],
    "pronouns": {"ele": "m", "ela": "f", "eles": "p", "elas": "p"},
    "relative": {"que", "quem"},
    "honorifics": {"sr": "m", "sra": "f", "senhor": "m", "senhora": "f", "dona": "f"},
    "titles": {
        # roles of wire copy's sources (round s37): experts, lawyers, officers, deputies
        "politólogo": "m",
        "politóloga": "f",
        "investigador": "m",
        "investigadora": "f",
        "coronel": None,
        "comandante": None,
        "vice-presidente": None,
        "procurador": "m",
        "procuradora": "f",
        "advogado": "m",
        "advogada": "f",
        "historiador": "m",
        "historiadora": "f",
        "jornalista": None,
        "diplomata": None,
        "dirigente": None,
        "opositor": "m",
        "opositora": "f",
        "ativista": None,
        "autarca": None,
        "conselheiro": "m",
        "conselheira": "f",
        "porta-voz": None,
        "presidente": None,
        "ministro": "m",
        "ministra": "f",
        "chefe": None,
        "assessor": "m",
        "assessora": "f",
        "embaixador": "m",
        "embaixadora": "f",
        "prefeito": "m",
        "prefeita": "f",
        "chanceler": None,
        "diretor": "m",
        "diretora": "f",
        "secretário": "m",
        "secretária": "f",
        "especialista": None,
        "analista": None,
        "general": None,
        "representante": None,
        "deputado": "m",
        "deputada": "f",
        "senador": "m",
        "senadora": "f",
        "governador": "m",
        "governadora": "f",
        "fonte": None,
        "líder": None,
        "executivo": "m",
        "executiva": "f",
        "pesquisador": "m",
        "pesquisadora": "f",
        "professor": "m",
        "professora": "f",
        "economista": None,
        "fundador": "m",
        "fundadora": "f",
        "sócio": "m",
        "sócia": "f",
        "gerente": None,
        "coordenador": "m",
        "coordenadora": "f",
        "ceo": None,
    },
    "title_suffixes": [],
    "institutions": {
        # documents a body issues ("una nota", "el texto"): phrases an issuer stands behind (attribution.py)
        "declaração",
        "texto",
        "departamento",
        "polícia",
        "procuradoria",
        "prefeitura",
        "fundação",
        "associação",
        "sindicato",
        "federação",
        "organização",
        "secretaria",
        "ministério",
        "governo",
        "exército",
        "serviço",
        "agência",
        "embaixada",
        "instituto",
        "administração",
        "presidência",
        "kremlin",
        "pentágono",
        "comunicado",
        "tribunal",
        "partido",
        "conselho",
        "comissão",
        "jornal",
        "empresa",
        "companhia",
        "autoridades",
        "forças",
        "nota",
        "banco",
        "casa",
    },
    "skip": {
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "tem",
        "também",
        "ainda",
        "depois",
        "já",
        "por",
        "sua",
        "seu",
        "parte",
    },
    "prepositions": {
        "a",
        "ao",
        "à",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "em",
        "no",
        "na",
        "nos",
        "nas",
        "com",
        "por",
        "pelo",
        "pela",
        "sem",
        "sobre",
        "contra",
        "desde",
        "até",
        "entre",
        "após",
    },
    "abbreviations": {"sr", "sra", "dr", "dra", "etc", "pág", "av", "p", "ex", "prof", "profa", "gen", "eng"},
    "next_cues": ["a afirmação é de", "quem diz é", "foi o que disse", "disse"],
    # a definite institution noun stands for the body in view whose name holds it ("«…», disse o ministério")
    "anaphor_articles": ["o", "a"],
    # "a empresa disse": nouns that stand for any body of their kind, the one organisation in view (en.py)
    "anaphor_heads": ["empresa", "companhia", "agência", "organização", "fundação", "associação", "sindicato"],
    "pro_drop": True,
    "verb_final": False,
    "document_heads": ["comunicado", "nota", "declaração"],
    # "o Kremlin divulgou uma nota": its issuer is the subject of these verbs (or a speech verb)
    "document_verbs": ["divulgar", "publicar", "emitir", "difundir", "enviar", "assinar"],
    # a definite noun that takes up the last document introduced, whatever its head ("señala el texto")
    "document_anaphors": ["texto"],
    # a preposition fused with the definite article before a document ("si legge nella nota", "diz na nota")
    "definite_contractions": ["no", "na", "do", "da", "pelo", "pela"],
    "document_owners": ["sua", "seu"],
    "title_of": ["do", "da", "de"],
    "of_not_joining": ["dos"],
    # "para" is a cue only first in the clause after a quote; elsewhere it is "for"
    "cues_at_start": ["para"],
    "reflexive_clitics": ["se"],
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    "verb_gender": [["am", "p"], ["em", "p"]],
    # a plural speech verb with no subject is impersonal: "“…”, afirmaram no Kremlin" (the body after "no", "na")
    "plural_impersonal": True,
    "impersonal_bodies": True,
    "impersonal_in": ["no", "na"],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"um", "uma", "sua", "seu"},
    "spokesperson": {"porta-voz"},
    "definite": {"o", "a", "os", "as"},
    "noun_markers": {"o", "os", "um", "uma", "seu", "sua"},
    "indefinite": {"um", "uma"},
    # Nouns for a person the article need not name ("um homem", "uma fonte"), with the gender they show
    "person_nouns": {
        "homem": "m",
        "mulher": "f",
        "pessoa": None,
        "fonte": None,
        "testemunha": None,
        "usuário": "m",
        "usuária": "f",
        "morador": "m",
        "moradora": "f",
        "ativista": None,
        "membro": None,
        "tenente": None,
        "coronel": None,
        "médico": "m",
        "médica": "f",
        "advogado": "m",
        "advogada": "f",
        "jornalista": None,
        "professor": "m",
        "professora": "f",
        "estudante": None,
        "técnico": "m",
        "jogador": "m",
        "jogadora": "f",
        "empresário": "m",
        "empresária": "f",
        "ator": "m",
        "atriz": "f",
    },
    # "Et la patronne a déclaré : « … »": a determiner and a common noun before the verb are someone the article does
    # not name; a phrase of time there ("El lunes dijo") is none (its words, besides weekdays and months)
    "common_noun_subject": True,
    "time_nouns": {"semana", "mês", "ano", "dia", "noite", "manhã", "tarde", "madrugada", "véspera", "jornada", "fim"},
    "clause_starts": {"e", "mas"},
    "subordinators": {"enquanto"},
    # words opening a phrase or clause that may stand first in the sentence, closed by a comma before its subject
    # ("Numa audiência da comissão que financia a NASA, o deputado Tom Hale pediu …": NASA is not the subject; attribution.py)
    "fronted_clauses": [
        "em",
        "num",
        "numa",
        "nos",
        "nas",
        "no",
        "na",
        "durante",
        "após",
        "depois",
        "antes",
        "ao",
        "apesar",
        "quando",
        "enquanto",
        "embora",
        "se",
    ],
    "complementisers": {"que"},
    "reflexives": {"se"},
    "of": {"de", "do", "da"},
    "conjunctions": {"e", "ou"},
    "name_particles": {"de", "da", "dos", "das"},
    "not_name_particles": {"al"},
    "of_words": {"de", "do", "da", "dos", "das"},
    "article_too": {"a", "as"},
    "article_gender": {"o": "m", "a": "f", "os": "p", "as": "p"},
    "articles": {"o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "seu", "sua"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (
    "presidente", "ministro", "ministra", "porta-voz", "prefeito", "embaixador", "general", "chefe",
    "assessor", "secretário", "secretária", "chanceler", "líder", "diretor", "analista", "deputado",
    "senador", "coronel", "professor", "premiê", "primeiro-ministro", "capitão",
    "papa", "pontífice", "rei", "rainha", "príncipe", "princesa", "xeque", "emir",
)  # fmt: skip
# Words that open a football club's name before its town's ("Sporting Braga", "Vitória Guimarães"): the club, no
# place (services/enrich/entities/names.py). Lower case.
NAME_CLUB_BEFORE = frozenset({"sporting", "vitória", "atlético", "clube", "grêmio", "sport", "esporte"})
NAME_INSTITUTIONS = (
    "ministério", "governo", "partido", "banco", "agência", "universidade", "instituto", "tribunal",
    "exército", "forças", "comissão", "conselho", "serviço", "grupo", "departamento", "nações", "união",
    "polícia", "prefeitura", "câmara", "assembleia", "senado", "congresso", "fundo", "secretaria", "federação",
    "batalhão", "brigada", "brigadas", "regimento",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "o a os as um uma uns umas em de do da dos das no na nos nas ao à por pelo pela para com sem "
    "sobre segundo como que e ou mas não sim este esta isso esse essa ele ela eles nós também quando onde"
)
# "bin", "ibn": the Arabic patronymic of a foreign name ("Khalid bin Salman"), no word of the language.
NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "bin", "ibn", "la", "von", "van", "der", "den"}
)  # and the Spanish, Dutch and German particles of foreign names ("Luis de la Torre", "Ursula von der Leyen")
NAME_DAY_WORDS = frozenset({"dia", "festa"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
# A place's name the gazetteer misses as written is looked up again without its accents ("Zaporíjia", "Carcóvia": a stress
# accent or a diaeresis on a foreign name; services/enrich/entities/geo.py).
PLACE_PLAIN_SPELLING = True
# Portuguese writes Russian and Ukrainian ж "j" ("Zaporíjia", "Jitomir"; services/enrich/entities/geo.py).
PLACE_RESPELLINGS = (("j", "zh"),)
COUNTRY_SHORT = {"EUA": "US", "Grã-Bretanha": "GB", "Federação da Rússia": "RU"}
# Regions, seas, mountain ranges and disputed lands under their Portuguese names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Portuguese articles (services/enrich/entities/geo.py), as English's and German's own tables.
PLACE_NAMES = frozenset({
    "Faixa de Gaza", "Cisjordânia", "Colinas de Golã", "Médio Oriente", "Oriente Médio", "Cáucaso", "Bálcãs",
    "Sibéria", "Escandinávia", "Magrebe", "Sahel", "Caxemira", "Curdistão",
    "Patagônia", "Patagónia", "Mediterrâneo", "Báltico", "Alpes", "Pirenéus", "Andes", "Himalaia", "Urais",
    "Cárpatos",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Chechénia", "Tchetchênia", "Daguestão", "Transnístria", "Abecásia", "Ossétia do Sul", "Nagorno-Karabakh",
    # Portugal's regions and islands
    "Algarve", "Alentejo", "Minho", "Trás-os-Montes", "Porto Santo",
    # historical states
    "União Soviética", "URSS", "Jugoslávia", "Iugoslávia", "Checoslováquia", "Tchecoslováquia",
})  # fmt: skip
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
# Head words written before the name only ("Praça Vermelha").
PLACE_HEADS_BEFORE = ("praça", "palácio")
PLACE_HEADS = ("mar", "golfo", "lago", "rio", "serra", "estreito", "oriente", "península", "deserto", "ilha", "ilhas")
# Lower-case feature words that name a feature with the name right after them ("rio Amazonas", "ilha Terceira"):
# head and name are one place (services/enrich/entities/names.py).
PLACE_HEADS_BARE = ("mar", "golfo", "lago", "rio", "serra", "ilha", "ilhas", "deserto")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("e",)
# A settlement noun right before a name: the name, and the list it opens, are places known or not
# ("as comunidades de Arcila e Galindo"; services/enrich/entities/names.py).
PLACE_NOUN_BEFORE = (
    r"\b(?:cidade|cidades|localidade|localidades|comunidade|comunidades|município|municípios|vila|aldeia|bairro|"
    r"distrito|província|região|estado|concelho|freguesia|comarca|vale|condado|refinaria|aeródromo|aeroporto|"
    r"base aérea|central nuclear) (?:de |do |da |dos |das )$"
    r"|\bem direção (?:a|à) $|\brumo (?:a|à) $"  # a direction: "em direção a Sorocaba", "rumo a Lisboa"
)
# Indefinite articles: a capitalised run right after one is a thing ("um Volkswagen Gol", "uma Fiat Toro"), not a person.
NAME_INDEFINITE_ARTICLES = ("um", "uma")
# Definite articles, alone and fused with a preposition (services/enrich/entities/name_words.py; not "a", also
# the preposition "to"): a capitalised word after one is a body, not a given name ("do Bid Ilan Goldfajn").
NAME_DEFINITE_ARTICLES = frozenset({
    "o", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "à", "às", "pelo", "pela",
    "pelos", "pelas",
})  # fmt: skip
# A settlement noun in an apposition right after a name ("X, la capital de Y"): the name is a place, known or not
# (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:a |o |uma |um )?(?:(?:pequena|pequeno|antiga|antigo|vizinha|vizinho|turística|fronteiriça|costeira|"
    r"russa|ucraniana)\s+)?(?:capital|cidade|localidade|município|vila|aldeia|povoado|freguesia|concelho|ilha)\s+"
    r"(?:de|do|da|dos|das|em|no|na|a|ao|russa|russo|ucraniana|ucraniano|perto|situada|localizada)\b"
)
# Prepositions that place what follows ("em Petrópolis"): a capitalised run after one that nothing else names is a place.
PLACE_LOCATIVES = ("em",)
# Storm words: the name after one is a storm's ("a tempestade Daniel"), not a person.
NAME_STORM_WORDS = ("tempestade", "furacão", "tufão", "ciclone")
# Words for a news outlet right before a name: the outlet, an organisation, not a person; and a company's, read the
# same ("a companhia Hapag Lloyd", "a empresa Grupo Silva": a company, no person).
NAME_OUTLET_WORDS = (
    "agência", "jornal", "diário", "semanário", "revista", "emissora",
    "empresa", "companhia", "multinacional", "construtora", "petrolífera",
)  # fmt: skip
