"""Hypothesis strategies for article-like and hostile text.

``texts()`` mixes three sources: arbitrary Unicode (surrogates and control characters
included), sequences of the tokens the stage rules react to ("Photo:", "May 3",
"said", quote marks, Markdown and HTML markup) joined by spaces and line breaks, and
the adversarial families of ``tests/adversarial/inputs.py`` at small sizes.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.adversarial.inputs import FAMILIES

TOKENS = [
    "Photo:", "Read also:", "By", "Share", "loading", "...", "May", "3", "2023", "2023-05-03", "3.5.2023", "3/5/2023",
    "Tuesday", "yesterday", "last week", "two days ago", "said", "told", "he", "“", "”", '"', "«", "»", "„", "「", "」",
    "‘", "’", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Peskov", "Moscow", "Mr.", "President", "#", "##", "**",
    "*", "_", "[", "]", "(", ")", "](", "|", "©", "AP", "Reuters", "(@user)", "—", "-", "pic.twitter.com/x",
    "Published", "Updated", "в ночь на", "среду", "3 мая", "2023 года", "Mittwoch", "3. Mai", "2023年5月3日", "周三",
    "昨天", "Фото:", "Subscribe", "cookies", "accept", "\u200b", "\u00a0", "\t", "\r", "<p>", "</p>", "<div>",
    "drone", "drones", "attack", "The", "the", "a", "word", ".", "!", "?", ":", "WORLD NEWS", "Explainer", "A", "b",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "", ", ", ". "]


@st.composite
def token_text(draw: st.DrawFn, max_tokens: int = 60) -> str:
    tokens = draw(st.lists(st.sampled_from(TOKENS), max_size=max_tokens))
    out = []
    for token in tokens:
        out.append(token)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


def unicode_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any code point, lone surrogates and control characters included."""
    return st.text(st.characters(codec=None, exclude_categories=()), max_size=max_size)


def family_text(max_n: int = 400) -> st.SearchStrategy[str]:
    return st.builds(lambda family, n: family(n), st.sampled_from(list(FAMILIES.values())), st.integers(0, max_n))


def texts(max_size: int = 300) -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=max_size), token_text(), unicode_text(max_size), family_text())


def encodable(text: str) -> bool:
    """No lone surrogate: the text can be a file's UTF-8 bytes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
