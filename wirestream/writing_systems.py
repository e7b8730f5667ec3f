"""Writing systems every part of wirestream may need to tell apart, defined once.

The kernel holds them so that a service (enrich's lexicon, store's duplicate detector) reads them
without importing another service.
"""

from __future__ import annotations

import re

# Chinese, Japanese and Korean characters: scripts written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Cyrillic letters (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, ...).
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
