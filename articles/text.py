"""Small text helpers shared by models and views: transliterated slugs and title keys."""

import re
import unicodedata

from django.utils.text import slugify

_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
        "һ": "h", "і": "i", "ў": "u", "ҳ": "h",
    }
)  # fmt: skip


def latin_slug(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug for Cyrillic or Latin text, cut at a word boundary."""
    slug = slugify(text.lower().translate(_CYRILLIC_TO_LATIN))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "n-a"


def title_key(title: str) -> str:
    """Return a title normalised for identity: case, punctuation, quotes and spacing ignored."""
    text = unicodedata.normalize("NFKC", title).lower().replace("ё", "е")
    return " ".join(re.findall(r"\w+", text))
