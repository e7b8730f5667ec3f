"""Indonesian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "id",
    cldr_months("id", "jan", "feb", "mar", "apr", "", "jun", "jul", "agu|agt", "sep", "okt", "nov", "des"),
    weekday_forms(
        r"senin",
        r"selasa",
        r"rabu",
        r"kamis",
        r"jum['’]?at",
        r"sabtu",
        r"minggu(?!\s+(?:lalu|depan|ini|ke|pertama|kedua|terakhir))",
    ),
    {"kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2},
    ("depan",),
    future_cues=r"(?<!\w)(?:akan|direncanakan|dijadwalkan|rencananya|hingga)(?!\w)",
    past_cues=r"(?<!\w)(?:lalu|kemarin)(?!\w)",
    numbers=number_words("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
    | {"sebelas": 11, "seratus": 100}
    | tens_words(*(f"{n} puluh" for n in ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"))),
    units={
        r"hari": DAY,
        r"minggu|pekan": WEEK,
        r"bulan|bln": MONTH,
        r"tahun|thn": YEAR,
        r"jam": HOUR,
        r"menit": MINUTE,
        r"detik": SECOND,
    },
    about=r"sekitar|kira-kira|hampir",
    one_unit={r"sehari": DAY, r"seminggu|sepekan": WEEK, r"sebulan": MONTH, r"setahun": YEAR},
    ago=(r"{q}\s+(?:yang\s+)?lalu",),
    ahead=(r"dalam\s+{q}\s+(?:ke\s+depan|mendatang)", r"{q}\s+(?:ke\s+depan|mendatang)"),
    ahead_when_future=(r"dalam\s+{q}(?![-\w])",),
    span_cues=r"\b(?:pertama|terakhir|tertinggi|terendah|terbesar|terkecil|terburuk|terbaik|terlama|terpanjang|"
    r"sejak|kali|selama)\b",
    later={r"{q}\s+kemudian": 1, r"{q}\s+sebelumnya": -1},
    periods={
        r"(?:minggu|pekan)\s+lalu": (WEEK, -1),
        r"(?:minggu|pekan)\s+ini": (WEEK, 0),
        r"(?:minggu|pekan)\s+depan": (WEEK, 1),
        r"bulan\s+lalu": (MONTH, -1),
        r"bulan\s+ini": (MONTH, 0),
        r"bulan\s+depan": (MONTH, 1),
        r"tahun\s+lalu": (YEAR, -1),
        r"tahun\s+ini": (YEAR, 0),
        r"tahun\s+depan": (YEAR, 1),
    },
    anaphora={
        r"sehari\s+sebelumnya": -1,
        r"keesokan\s+harinya|hari\s+berikutnya": 1,
        r"(?:pada\s+)?hari\s+yang\s+sama": 0,
    },
    holidays={
        r"Hari\s+Kemerdekaan": fixed(8, 17),
        r"\b[Hh]ari\s+Natal": fixed(12, 25),
        r"\b[Mm]alam\s+Tahun\s+Baru": fixed(12, 31),
        r"Jumat\s+Agung": easter(-2),
        r"\b[Hh]ari\s+Paskah": easter(0),
    },
    years=r"(?<!\w)(?:pada|sejak|tahun)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("dan",),
)

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "bagikan",
        "iklan",
        "terpopuler",
    ),
    share=("bagikan",),
    promo=(
        "ikuti (?:kami|berita)",
        # Kompas's call under every article ("Dapatkan update berita pilihan dan breaking news setiap hari dari
        # Kompas.com. Mari bergabung di Grup Telegram …")
        "dapatkan (?:update|informasi|berita) (?:berita )?(?:pilihan|terkini|terbaru)",
    ),
    read_also=(
        "baca juga",
        "simak juga",
        # detik's video teaser under the article ("Simak Video \"Detik-detik Drone Meledak di Atas Kremlin\""): a
        # headline in quotation marks, no one's words
        "simak video",
        r"lihat (?:juga )?video\s*:",
        # Tempo's link to another story between paragraphs ("Pilihan Editor: Zelensky Bantah Serang Kremlin: …")
        r"pilihan editor\s*:",
    ),
    link_list=("baca juga",),
    tags=(
        "tag",
        "topik",
    ),
    byline=(r"oleh\s*[:：]?\s+(?=[A-Z])",),
    byline_roles=(
        "penulis",
        "reporter",
        "pewarta",
        "wartawan",
    ),
    and_words=("dan",),
    photo=(
        r"foto\s*[:：]",
        r"ilustrasi\s*[:：]",
    ),
    captions=("keterangan foto",),
    syndication=("hak cipta",),
    stamp=(
        r"diterbitkan\b",
        r"dipublikasikan\b",
        r"diperbarui\b",
    ),
    updated=("diperbarui",),
    stamp_words=(
        "pukul",
        "wib",
        "wita",
    ),
    genres=("analisis",),
    home=("beranda",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Indonesian"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "lebih banyak tampilkan lihat baca tonton dengar masuk keluar daftar langganan berlangganan buletin "
    "bagikan cetak simpan ikuti menu cari beranda kembali atas berikutnya sebelumnya tutup disini video foto "
    "galeri gambar iklan komentar balas akun sandi privasi kontak terkait populer terbaru unduh aplikasi gratis"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    "verbs": {
        "bersabda",
        "sabda",
        "berujar",
        "berucap",
        "berpesan",
        "pesan",
        "kata",
        "ujar",
        "ungkap",
        "jelas",
        "tutur",
        "tambah",
        "sebut",
        "tegas",
        "terang",
        "papar",
        "imbuh",
        "lanjut",
        "tulis",
        "nyata",
        "ucap",
        "klaim",
        "akui",
        "sampai",
        "cerita",
        "tanya",
        "jawab",
        "desak",
        "pinta",
        "minta",
        "bilang",
        "sambung",
        "pungkas",
        "paparkan",
        "mengatakan",
        "menyatakan",
        "menegaskan",
        "menjelaskan",
        "menambahkan",
        "mengungkapkan",
        "menyebutkan",
        "menuturkan",
        "berkata",
        "menulis",
        "menyampaikan",
        "mengklaim",
        "mengakui",
        "memperingatkan",
        "menekankan",
        "bercerita",
        "menjawab",
        "mendesak",
        "menyebut",
        # "Pengamat X menilai, „…“": assessed, the analyst's words
        "menilai",
    },
    "forms": {
        "bersabda",
        "berujar",
        "berucap",
        "berpesan",
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "ungkap",
        "ungkapnya",
        "jelas",
        "jelasnya",
        "tutur",
        "tuturnya",
        "tambah",
        "tambahnya",
        "sebut",
        "sebutnya",
        "tegas",
        "tegasnya",
        "terang",
        "terangnya",
        "papar",
        "paparnya",
        "imbuh",
        "imbuhnya",
        "lanjut",
        "lanjutnya",
        "tulis",
        "tulisnya",
        "ucap",
        "ucapnya",
        "akunya",
        "pungkas",
        "pungkasnya",
        "sambungnya",
        "menurut",
        "mengatakan",
        "menyatakan",
        "menegaskan",
        "menjelaskan",
        "menambahkan",
        "mengungkapkan",
        "menyebutkan",
        "menuturkan",
        "berkata",
        "menulis",
        "menyampaikan",
        "bilang",
    },
    "weak": {"lanjut", "tanya", "cerita", "minta", "pinta", "sampai", "klaim", "jelas"},
    "framing": {"sebut", "menyebut"},
    "addressee": set(),
    "cues": [
        "menurut",
        "kata",
        "ujar",
        "ungkap",
        "tutur",
        "jelas",
        "tambah",
        "tegas",
        "imbuh",
        "papar",
        "terang",
        "sebut",
        "ucap",
        "pungkas",
        "lanjut",
        "tulis",
        # "Seperti dikatakan Peskov, „…“", "Sebagaimana disampaikan Kremlin": as the one named after it said
        "seperti dikatakan",
        "seperti disampaikan",
        "seperti diungkapkan",
        "sebagaimana dikatakan",
        "sebagaimana disampaikan",
        "sebagaimana diungkapkan",
    ],
    "cues_after": [],
    "pronouns": {"dia": None, "ia": None, "beliau": None, "mereka": "p", "nya": None},
    "relative": {"yang"},
    "honorifics": {"bapak": "m", "pak": "m", "ibu": "f", "bu": "f"},
    "titles": {
        "juru": None,
        "bicara": None,
        "jubir": None,
        "presiden": None,
        "menteri": None,
        "kepala": None,
        "penasihat": None,
        "duta": None,
        "besar": None,
        "wali": None,
        "gubernur": None,
        "direktur": None,
        "sekretaris": None,
        "pakar": None,
        "pengamat": None,
        "analis": None,
        "jenderal": None,
        "perwakilan": None,
        "anggota": None,
        "ketua": None,
        "pejabat": None,
        "sumber": None,
        "pemimpin": None,
        "panglima": None,
        "komandan": None,
        "wakil": None,
        "dosen": None,
        "peneliti": None,
        "ekonom": None,
        "ceo": None,
        "pendiri": None,
        "menlu": None,
        "menhan": None,
        "wapres": None,
        "dubes": None,
        "sekjen": None,
        "kapolri": None,
        "mayor": None,
        "letnan": None,
        "laksamana": None,
        "marsekal": None,
    },
    "title_suffixes": [],
    # words of a title only after its title word: "wali kota" (mayor), "kepala staf umum", "sekretaris pers"
    "title_words": {"kota", "staf", "umum", "pers"},
    "institutions": {
        "kementerian",
        "pemerintah",
        "militer",
        "badan",
        "kantor",
        "lembaga",
        "kedutaan",
        "institut",
        "tentara",
        "kremlin",
        "pentagon",
        "pernyataan",
        "pengadilan",
        "partai",
        "dewan",
        "komisi",
        "harian",
        "otoritas",
        "pasukan",
        "istana",
        "perusahaan",
        "bank",
    },
    "skip": {
        "sang",
        "si",
        "itu",
        "ini",
        "pun",
        "juga",
        "lagi",
        "kemudian",
        "saat",
        "pada",
        "kepada",
        "wartawan",
        "demikian",
        # "„…“, bunyi pernyataan Kremlin": "reads", before the statement that names its issuer
        "bunyi",
    },
    "prepositions": {
        "di",
        "ke",
        "dari",
        "dengan",
        "untuk",
        "oleh",
        "pada",
        "kepada",
        "tentang",
        "terhadap",
        "bagi",
        "dalam",
        "atas",
        "antara",
    },
    "abbreviations": {
        "dr",
        "prof",
        "ir",
        "h",
        "hj",
        "drs",
        "st",
        "sh",
        "mh",
        "jl",
        "no",
        "dll",
        "dsb",
        "tsb",
        "yth",
        "bpk",
        "kab",
        "kec",
        "rp",
    },
    "pro_drop": True,
    "verb_final": False,
    # "di" (at) before a place: "kata Jokowi di Jakarta" is no name of the Italian "di" kind
    "not_name_particles": {"di"},
    # "jubir" is "juru bicara" (spokesperson), whose title phrase ends in "bicara": one role
    "role_groups": {"jubir": "juru", "bicara": "juru"},
    # cues read only first in the clause after a quote ("kata" is also "word")
    "cues_at_start": ["kata", "ujar"],
    # cues that are verbs before a quote ("tulis": wrote), read only after it
    "cues_after_quote": ["tulis", "lanjut", "jelas", "tambah"],
    # a pronoun glued to a verb: "katanya" is "kata" (said) and "he"
    "pronoun_suffixes": ["nya"],
    "verb_gender": [],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"juru"},
    # a title governs the body named right after it, with no "of": "juru bicara Kremlin"
    "title_governs_next": True,
    "clause_starts": {"dan", "tetapi"},
    "complementisers": {"bahwa"},
    "conjunctions": {"dan"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (
    "presiden", "menteri", "juru", "bicara", "jubir", "walikota", "wali", "duta", "jenderal", "kepala",
    "penasihat", "sekretaris", "pemimpin", "direktur", "analis", "anggota", "kolonel", "profesor", "bapak",
    "pak", "ibu", "perdana", "kanselir", "gubernur", "wakil", "ketua", "komandan", "panglima", "pengamat", "pakar",
    "peneliti", "dosen", "menlu", "menhan", "wapres", "dubes", "sekjen", "kapolri", "mayor", "letnan", "laksamana",
    "marsekal",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "kementerian", "pemerintah", "partai", "bank", "kantor", "badan", "universitas", "institut", "pengadilan",
    "tentara", "angkatan", "komisi", "dewan", "layanan", "kelompok", "departemen", "perserikatan", "uni",
)  # fmt: skip
# ("kata", "says": a headline's "Ini Kata Zelensky", "Kata Jokowi soal …" set in capitals, no part of the name)
NAME_FUNCTION_WORDS = (
    "di ke dari pada untuk dengan dan atau tetapi namun yang ini itu ia dia mereka kami kita juga "
    "saat ketika menurut dalam oleh sebagai kata"
)
NAME_PARTICLES = frozenset({"bin", "binti"})
NAME_DAY_WORDS = frozenset({"hari"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
COUNTRY_SHORT = {"AS": "US"}
# Indonesian news spells Russian and Ukrainian towns as English news does ("Avdiivka", "Marinka"): a place's name the
# gazetteer misses as written is looked up again as English's is (services/enrich/entities/geo.py).
PLACE_PLAIN_SPELLING = True
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
# Head words written before the name only ("Lapangan Merah").
PLACE_HEADS_BEFORE = ("lapangan", "istana")
PLACE_HEADS = ("laut", "selat", "teluk", "danau", "gunung", "pulau", "sungai")
# A settlement or region noun capitalised at the head of its name ("Provinsi Kursk", "Kota Moskow"): one place,
# named by what follows it (services/enrich/entities/names.py).
PLACE_SETTLEMENT_HEADS = ("kota", "provinsi", "kabupaten", "desa", "distrik", "oblast", "kecamatan")
# A settlement or region noun right before a name: the name, and the list it opens, are places known or not
# ("Provinsi Kursk", "di kota Moskow", "desa Shebekino"; services/enrich/entities/names.py). Not "wilayah",
# "daerah" (area): a compass word follows them too ("di wilayah Barat").
PLACE_NOUN_BEFORE = r"(?:^|\s)(?:kota|provinsi|kabupaten|desa|distrik|oblast|kecamatan|permukiman)\s+$"
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("dan",)
# Words for a news outlet right before a name: the outlet, an organisation, not a person.
NAME_OUTLET_WORDS = ("berita", "harian", "majalah")
