"""The size caps on input, defined once: the settings' defaults (``WIRESTREAM_MAX_*``) and the
defaults of the functions that read files (fetch's formats and inbox) are these."""

MAX_FILE_BYTES = 20 * 1024 * 1024  # a larger file is quarantined unread
MAX_ARTICLE_CHARS = 500_000  # ten times the longest news article; past this it is not one article
MAX_HTML_CHARS = 5_000_000  # a page this big costs seconds and hundreds of MB to parse
