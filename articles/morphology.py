"""Normal forms of words for the search index and for queries (the same function on both sides).

PostgreSQL's Snowball `russian` stemmer and pymorphy3's first parse both split the case forms of
surnames and some countries (`Токаев` -> `тока` but `Токаева` -> `токаев`), so the archive builds
its lexemes in Python and stores them with the `simple` configuration:

- a dictionary word (pymorphy3 knows it) gives the lemmas of its known parses
  (`сотрудничества` -> `сотрудничество`, `Беларуси` -> `беларусь`, `Китая` -> `китай`);
- a word with a Russian surname ending (-ов/-ев/-ин/-ын plus a case ending) also gives the
  masculine base (`Кошановым`, `Кошановой`, `Кошанову` -> `кошанов`; `Токаев`, `Токаева` ->
  `токаев`), whatever the dictionary says (`токаев` is also a plural of the wine `токай`);
- an unknown word loses a noun case ending (`Ерланом` -> `ерлан`, `Кёвером` -> `кёвер`), and a
  Kazakh case suffix after a surname ending (`Қошановпен` -> `кошанов`);
- Kazakh letters fold to Russian ones (`Қошанов` -> `кошанов`), `ё` to `е`; Latin words get a
  light English plural/possessive strip, and a Latin surname also its Russian spelling
  (`Koshanov`, `Tokayev` -> `кошанов`, `токаев`).

A word may give several forms; a document stores all of them at the word's position and a query
term matches any of them, so a query form and a document form of the same word always share at
least one lexeme. Everything depends only on the lower-cased word, never on its case in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.morph import morph

# Letters-only words or digit runs; hyphenated words are separate tokens (Касым-Жомарт).
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")

_KAZAKH_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
     "ё": "е", "ў": "у"}
)  # fmt: skip

STOPWORDS = frozenset(
    """и в во на с со к ко о об от до по за из у а но же ли бы что как так это то
    не ни для при над под про без или да также его ее их он она они мы вы я
    the a an of and or to in on for at by with from is are was were be as that this it its
    және мен бен пен да де ал бұл сол""".translate(_KAZAKH_FOLD).split()
)

_SURNAME_RE = re.compile(r"^(.{3,}?(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ым|ыми)?$")
_KAZAKH_SURNAME_RE = re.compile(
    r"^(.{3,}?(?:ов|ев|ин|ын))"
    r"(?:пен|мен|бен|ка|ке|га|ге|тын|тин|дын|дин|нын|нин|ты|ти|ды|ди|ны|ни|та|те|да|де|"
    r"тан|тен|дан|ден|нан|нен|на|не)$"
)
_NOUN_ENDINGS = (
    "ами", "ями", "ом", "ем", "ой", "ей", "ою", "ею", "ам", "ям", "ах", "ях",
    "а", "я", "у", "ю", "е", "ы", "и",
)  # fmt: skip
_CYRILLIC_RE = re.compile(r"[а-я]")


def tokens(text: str) -> list[str]:
    """Return the words of `text` in order, as they appear."""
    return TOKEN_RE.findall(text)


def fold(word: str) -> str:
    """Return `word` lower-cased, with Kazakh letters and `ё` folded to Russian ones."""
    return word.lower().translate(_KAZAKH_FOLD)


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[str, ...]:
    """Return the normal forms of one token (empty for a stopword)."""
    w = fold(word)
    if w in STOPWORDS:
        return ()
    if w.isdigit():
        return (w.lstrip("0") or "0",)
    if not _CYRILLIC_RE.search(w):
        russian = _latin_surname(w)
        return (_latin_form(w), russian) if russian else (_latin_form(w),)
    out: list[str] = []
    known = [p for p in morph().parse(w) if p.is_known]
    for parse in known:
        lemma = fold(parse.normal_form)
        if lemma not in out:
            out.append(lemma)
    surname = _SURNAME_RE.match(w) or (not known and _KAZAKH_SURNAME_RE.match(w))
    if surname:
        base = surname.group(1)
        if base not in out:
            out.append(base)
    if not out:
        out.append(_strip_noun_ending(w))
    return tuple(out)


def is_name_like(word: str) -> bool:
    """Whether the dictionary does not know `word` (names, rare words): prefix match is safe."""
    w = fold(word)
    if not _CYRILLIC_RE.search(w):
        return w.isalpha() and len(w) >= 5
    return len(w) >= 5 and not any(p.is_known for p in morph().parse(w))


def _strip_noun_ending(w: str) -> str:
    for ending in _NOUN_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


_LATIN_SURNAME_RE = re.compile(r"^([a-z]{3,}(?:ov|ev|yev|in|yn))a?$")
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("ya", "я"),
    ("yu", "ю"), ("ye", "е"), ("yo", "е"), ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"),
    ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "й"), ("z", "з"),
)  # fmt: skip
_LATIN_TO_CYRILLIC_RE = re.compile("|".join(latin for latin, _ in _LATIN_TO_CYRILLIC))
_LATIN_TO_CYRILLIC_MAP = dict(_LATIN_TO_CYRILLIC)


def _latin_surname(w: str) -> str | None:
    """Return the Russian spelling of a Latin-script surname (Koshanov -> кошанов)."""
    match = _LATIN_SURNAME_RE.match(w)
    if not match:
        return None
    return _LATIN_TO_CYRILLIC_RE.sub(lambda m: _LATIN_TO_CYRILLIC_MAP[m.group()], match.group(1))


def _latin_form(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
