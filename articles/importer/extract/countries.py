"""Find countries in text with a gazetteer matched on lemmas, masking organisations first."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .names import morph

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
ORGANISATION = "ORG"

# Runs of word characters joined by hyphens or the dots of an abbreviation (U.S.): one loop per
# run, not per character, for speed.
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:(?:-(?=\w)|\.(?=[A-Z]\.))[\w'’]*)*\.?")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# Kazakh case, possessive and derivational suffixes, up to three in a row (Қазақстандағы,
# Әзербайжанмен, Ресейдің); English possessive.
_SUFFIX = re.compile(
    r"^(?:(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|а|е|ны|ні|ды|ді|ты|ті|н|да|де|та|те|нда|нде|"
    r"дан|ден|тан|тен|нан|нен|мен|бен|пен|ғы|гі|қы|кі|лық|лік|дық|дік|тық|тік|ы|і|сы|сі|ға|ке)"
    r"{1,3}|['’]s)$"
)


# A Kazakh adjective of a name is written in lower case: `түркиялық` (Түркия), `ресейлік`.
KAZAKH_ADJECTIVE = re.compile(r"(?:лық|лік|дық|дік|тық|тік)$")
# A compound name (hyphen or apostrophe) with a Russian case ending.
_RUSSIAN_CASE = re.compile(r"([а-яё]+(?:-[а-яё]+)*['-][а-яё]+?)(?:а|я|у|ю|ом|ем|е|и|ой|ей)")


class Token(NamedTuple):
    text: str
    start: int
    end: int


_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+")


def tokenize(text: str) -> list[Token]:
    """Return the words of text with their offsets (hyphenated words stay whole)."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[-1] == "." and not _ABBREVIATION.fullmatch(word):
            out.append(Token(word[:-1], start, end - 1))
        else:
            out.append(Token(word, start, end))
    return out


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Return the lower-case word and its Russian lemmas (geographic readings included)."""
    low = word.lower().replace("’", "'")
    found = {low}
    if _CYRILLIC.search(low):
        parses = morph().parse(low)
        if parses:
            found.add(parses[0].normal_form)
        found.update(p.normal_form for p in parses[:4] if "Geox" in p.tag or "ADJF" in p.tag)
    return frozenset(found)


def load_gazetteer() -> dict[str, list[str]]:
    """Read fixtures/gazetteer.json: ISO alpha-2 code -> surface forms.

    The file began as pycountry's English, Russian and Kazakh names and is edited by hand:
    short and official names, abbreviations, adjectives, capitals, Kazakh and English forms,
    nominative only (matching is on lemmas).
    """
    with open(FIXTURES / "gazetteer.json", encoding="utf-8") as fh:
        return json.load(fh)


def load_organisations() -> tuple[list[str], dict[str, list[str]]]:
    """Read fixtures/organisations.json: organisation names and state institutions."""
    with open(FIXTURES / "organisations.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return data["organisations"], data["institutions"]


@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]  # one key per word: a lemma, or "=ABBR" for an exact abbreviation
    code: str
    proper: bool  # a name: must be capitalised in the text
    # A name spelt like a pronoun (Того, `того`): never the capitalised first word of a sentence.
    pronoun_like: bool = False


@lru_cache(maxsize=1000)
def _pronoun_form(word: str) -> bool:
    """Tell whether a word is also a form of a Russian pronoun (Того: `тот`, `того`)."""
    return any(
        p.tag.POS == "NPRO" or "Apro" in p.tag for p in morph().parse(word.lower()) if p.is_known
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether the word at start is the first of a sentence: `Того же мнения …`."""
    before = text[:start].rstrip(' \u00a0«"–—-')
    return not before or before[-1] in ".!?…\n:"


def _entry_for(form: str, code: str) -> _Entry | None:
    words = [t.text for t in tokenize(form)]
    if not words:
        return None
    keys = []
    for word in words:
        if (word.isupper() and len(word) <= 6) or "." in word:
            keys.append("=" + word)
        else:
            keys.append(
                sorted(lemmas(word) - {word.lower()})[0]
                if len(lemmas(word)) > 1 and len(words) > 1
                else word.lower()
            )
    return _Entry(tuple(keys), code, form[:1].isupper())


class PlaceMatcher:
    """Match countries (and organisations, which hide what they contain) in text."""

    def __init__(self, countries: Mapping[str, Sequence[str]], organisations: Iterable[str]):
        self._first: dict[str, list[_Entry]] = {}
        self._prefixes: dict[str, str] = {}
        for code, forms in countries.items():
            for form in forms:
                if form.endswith("-"):
                    self._prefixes[form[:-1].lower()] = code
                    continue
                entry = _entry_for(form, code)
                pronoun_like = " " not in form and _pronoun_form(form)
                if entry is not None and pronoun_like:
                    # `Того`: a state's name that is also `того`, and not the lemma `тот`.
                    self._add(_Entry(entry.keys, code, entry.proper, True))
                    continue
                self._add(entry)
                if " " not in form and not form.isupper():
                    # Index a single word by its lemmas too, so admin forms in any case match.
                    for lemma in lemmas(form):
                        self._add(_Entry((lemma,), code, form[:1].isupper()))
        for form in organisations:
            self._add(_entry_for(form, ORGANISATION))
        self._key_cache: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._find_cache: dict[tuple[str, bool], list[tuple[str, int, int]]] = {}
        # Words a Kazakh suffix may follow: a single-word name, or the last word of a longer
        # one (Біріккен Араб Әмірліктері-мен).
        self._stems = {e.keys[-1] for entries in self._first.values() for e in entries}

    def _add(self, entry: _Entry | None) -> None:
        if entry is None:
            return
        for key in self._variants(entry.keys[0]):
            self._first.setdefault(key, []).append(entry)

    @staticmethod
    def _variants(key: str) -> list[str]:
        # Multi-word entries are keyed by lemma; single words also by the lemma of their lemma.
        return [key]

    def _keys(self, token: Token, suffixes: bool) -> tuple[str, ...]:
        cached = self._key_cache.get((token.text, suffixes))
        if cached is None:
            cached = self._compute_keys(token.text, suffixes)
            if len(self._key_cache) < 200_000:
                self._key_cache[token.text, suffixes] = cached
        return cached

    def _compute_keys(self, word: str, suffixes: bool) -> tuple[str, ...]:
        """Return the keys of a word, the word's own forms before a stem with a suffix cut off.

        The order decides between entries of one length: Kazakh `түрікмен` is Turkmen, not
        `түрік` (Turkish) with the suffix `мен`.
        """
        keys = sorted(lemmas(word))
        if word.isupper() or "." in word:
            keys.append("=" + word)
        compound = _RUSSIAN_CASE.fullmatch(word.lower().replace("’", "'"))
        if compound and compound.group(1) in self._stems:
            # The dictionary lacks compound names (`Кот-д'Ивуара`, `Кот-д'Ивуаре`): a case
            # ending comes off their last part.
            keys.append(compound.group(1))
        if suffixes:
            # `Кот-д’Ивуармен`: the stems are spelt with a straight apostrophe.
            low = word.lower().replace("’", "'")
            for cut in range(len(low) - 1, 2, -1):
                if low[:cut] in self._stems and _SUFFIX.match(low[cut:]):
                    keys.append(low[:cut])
                    break
        return tuple(dict.fromkeys(keys))

    def find(
        self, text: str, suffixes: bool = False, tokens: list[Token] | None = None
    ) -> list[tuple[str, int, int]]:
        """Return (code, start, end) for every country or organisation named in text.

        Short texts (a name, a post) recur across articles: their answers are kept.
        """
        short = tokens is None and len(text) < 200
        if short:
            hit = self._find_cache.get((text, suffixes))
            if hit is not None:
                return hit
        found = self._find(text, suffixes, tokens if tokens is not None else tokenize(text))
        if short and len(self._find_cache) < 100_000:
            self._find_cache[text, suffixes] = found
        return found

    def _find(self, text: str, suffixes: bool, tokens: list[Token]) -> list[tuple[str, int, int]]:
        keys = [self._keys(t, suffixes) for t in tokens]
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(tokens):
            best: _Entry | None = None
            for key in keys[i]:
                for entry in self._first.get(key, ()):
                    n = len(entry.keys)
                    if i + n > len(tokens) or (best and n <= len(best.keys)):
                        continue
                    if (
                        entry.proper
                        and not tokens[i].text[:1].isupper()
                        and not (suffixes and KAZAKH_ADJECTIVE.search(tokens[i].text))
                    ):
                        continue
                    if entry.pronoun_like and _opens_sentence(text, tokens[i].start):
                        continue
                    if all(entry.keys[j] in keys[i + j] for j in range(1, n)):
                        best = entry
            if best:
                out.append((best.code, tokens[i].start, tokens[i + len(best.keys) - 1].end))
                i += len(best.keys)
                continue
            if "-" in tokens[i].text:
                out += self._compound(tokens[i], suffixes)
            i += 1
        return out

    def _compound(self, token: Token, suffixes: bool) -> list[tuple[str, int, int]]:
        """Match the parts of казахстанско-белорусские or Kazakh-Belarusian."""
        out = []
        offset = token.start
        for part in token.text.split("-"):
            code = self._prefixes.get(part.lower())
            if code is None:
                sub = Token(part, offset, offset + len(part))
                for key in self._keys(sub, suffixes):
                    entries = [e for e in self._first.get(key, ()) if len(e.keys) == 1]
                    if entries:
                        code = entries[0].code
                        break
            if code:
                out.append((code, offset, offset + len(part)))
            offset += len(part) + 1
        return out
