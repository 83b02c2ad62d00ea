"""Run natasha's news NER model on short windows around possible names, in one batch per article.

natasha's own pipeline (razdel tokenizer, one model call per batch of 8 texts, a CRF decoded
token by token) tags every word of the article. The model is three convolutions of width 3
(each word sees three words either side) plus a CRF, so a window of a few words around each
capitalised word gives the same tags for that word at a fraction of the cost: most of an
article is never fed to the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from articles.morph import morph

from .names import WORD_PARTICLES, is_name_particle, is_patronymic, known_first_name

# Words as razdel cuts them: hyphenated words whole, numbers whole, each punctuation mark alone.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-‐'’][^\W_]+)*|[^\w\s]")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]")
# A capital after a small letter marks an abbreviation or a brand (ТюркПА, КазМунайГаз), never a
# part of a name.
_INNER_CAPITAL = re.compile(r"[а-яё][А-ЯЁ]")
_LINE = re.compile(r"[^\n]+")
# Endings of a man's first name in an oblique case (Салема, Салему, Салемом, Салеме).
_CASE_FORM = re.compile(r"(?:[^аеёиоуыэюя][аеуя]|[оеё]м)$")
# A syllable of a Korean or Chinese name (Пак, Сон, Хо): often a dictionary word, so only a run
# of two or more of them is a candidate.
_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{1,2}")
# Three conv layers of width 3 see three words either side; two more keep the CRF's view.
WINDOW = 5

_TAGGER = None


def ner_tagger():
    """Return natasha's news NER tagger, loaded once per process (its weights ship in the wheel)."""
    global _TAGGER
    if _TAGGER is None:
        from natasha import NewsEmbedding, NewsNERTagger

        _TAGGER = NewsNERTagger(NewsEmbedding())
    return _TAGGER


class WindowNER:
    """Find PER spans with natasha's model, tagging only windows around candidate words."""

    def __init__(
        self,
        candidate: Callable[[str], bool],
        introduces: Callable[[str], bool] | None = None,
    ):
        infer = ner_tagger().infer
        self._model = infer.model
        self._words = infer.encoder.words_vocab
        self._shapes = infer.encoder.shapes_vocab
        tags = list(infer.decoder.tags_vocab.items)
        self._b_per, self._i_per = tags.index("B-PER"), tags.index("I-PER")
        self._transitions = self._model.head.crf.transitions.array
        self._candidate = candidate
        # A word after which any capitalised word is a candidate (a title: `депутат Ана Кос`).
        self._introduces = introduces
        self._ids: dict[str, tuple[int, int]] = {}

    def _encode(self, word: str) -> tuple[int, int]:
        ids = self._ids.get(word)
        if ids is None:
            from slovnet.shape import word_shape

            ids = (self._words.encode(word.lower()), self._shapes.encode(word_shape(word)))
            if len(self._ids) < 500_000:
                self._ids[word] = ids
        return ids

    def windows(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        explained: Callable[[int, str], bool] | None = None,
    ) -> list[list[tuple[int, int, str]]]:
        """Return the token windows (start, end, word) around candidate words, merged.

        Only the lines within text[start:end] are read. A window never crosses a line break: a
        headline or lead with no full stop must not run into the next paragraph (the model
        would read `Астане Председатель` as one phrase). A word that explained(offset, word)
        accounts for (a country, a known alias, a name already found) needs no window; a line
        whose candidates are all explained is not tagged at all.
        """
        out: list[list[tuple[int, int, str]]] = []
        for line in _LINE.finditer(text, start, len(text) if end is None else end):
            tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, *line.span())]
            spans: list[list[int]] = []
            place = -1  # the last explained capitalised word (a country, a known name)
            for i, (offset, _, word) in enumerate(tokens):
                # A capitalised word in a case form before a surname led by a particle is a first
                # name, even one a place explains (Салемом аль-Кааби: Salem is also a town); a
                # name in the nominative is left to the place (Маджлис аш-Шура is no person).
                surname_next = (
                    i + 1 < len(tokens)
                    and is_name_particle(tokens[i + 1][2])
                    and _CASE_FORM.search(word) is not None
                )
                if (
                    _CAPITALISED.match(word)
                    and explained
                    and explained(offset, word)
                    and not surname_next
                ):
                    place = i
                if (
                    _CAPITALISED.match(word)
                    and (
                        self._candidate(word)
                        or surname_next
                        or (i > 0 and self._opens(tokens[i - 1][2]))
                        or _syllables(tokens, i)
                    )
                    and (surname_next or not (explained and explained(offset, word)))
                ):
                    # The model reads a long run of capitalised words before a name (Жогорку
                    # Кенеша Кыргызской Республики Нурланбек Асанов) as one organisation; what
                    # lies before a place already explained is not shown to it.
                    lo, hi = max(0, i - WINDOW, place), min(len(tokens), i + WINDOW + 1)
                    if spans and lo == place > spans[-1][0]:
                        # Nor when the window before reaches past that place: a window of its
                        # own starts there (Маджлиси Оли Республики Таджикистан | Рустамом
                        # Шарифзода), the one before keeps its context; see persons().
                        spans.append([lo, hi])
                    elif spans and lo <= spans[-1][1]:
                        spans[-1][1] = hi
                    else:
                        spans.append([lo, hi])
            out += [tokens[lo:hi] for lo, hi in spans]
        return out

    def _opens(self, word: str) -> bool:
        """Tell whether the capitalised word after word is worth tagging, whatever it is.

        word is a title (депутат Ана Кос), a surname particle (Ангеликой фон дер Хайде: neither
        word is a candidate alone) or a first name (Ласло Ковач: a known first name is
        explained and opens no window of its own, and Ковач is a dictionary word).
        """
        if (self._introduces is not None and self._introduces(word)) or word in WORD_PARTICLES:
            return True
        return _CAPITALISED.match(word) is not None and known_first_name(word)

    def persons(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        explained: Callable[[int, str], bool] | None = None,
    ) -> list[tuple[int, int]]:
        """Return (start, stop) character spans the model tags as persons (see windows()).

        Where two windows overlap, the later one tags anew what lies in it; a span the earlier
        one tagged across its start stays, and wins over what it overlaps.
        """
        windows = self.windows(text, start, end, explained)
        if not windows:
            return []
        tagged = zip(windows, self._tag(windows), strict=True)
        out: list[tuple[int, int]] = []
        for window, tags in tagged:
            out = [s for s in out if s[0] < window[0][0]]
            out += [
                s
                for s in _per(window, tags, self._b_per, self._i_per)
                if not any(b < s[1] and s[0] < e for b, e in out)
            ]
        return out

    def _tag(self, windows: Sequence[list[tuple[int, int, str]]]) -> list[list[int]]:
        size = max(len(w) for w in windows)
        word_id = np.full((len(windows), size), self._words.pad_id)
        shape_id = np.full((len(windows), size), self._shapes.pad_id)
        for row, window in enumerate(windows):
            for col, (_, _, word) in enumerate(window):
                word_id[row, col], shape_id[row, col] = self._encode(word)
        pad_mask = word_id == self._words.pad_id
        emissions = self._model(word_id, shape_id, pad_mask)
        return _viterbi(emissions, [len(w) for w in windows], self._transitions)


def _syllables(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether token i opens a run of East Asian name syllables (Пак Сон Хо, Чо Сон Хо)."""
    return (
        i + 1 < len(tokens)
        and tokens[i][1] + 1 == tokens[i + 1][0]
        and all(_SYLLABLE.fullmatch(tokens[j][2]) for j in (i, i + 1))
    )


def _viterbi(emissions: np.ndarray, lengths: list[int], transitions: np.ndarray) -> list[list[int]]:
    """Return the best tag sequence of each row (the CRF's decode, vectorised over the batch)."""
    batch, size, _ = emissions.shape
    score = emissions[:, 0]
    history = []
    rows = np.arange(batch)[:, None]
    cols = np.arange(emissions.shape[2])[None, :]
    lengths_arr = np.asarray(lengths)
    for t in range(1, size):
        total = score[:, :, None] + transitions + emissions[:, t, None, :]
        best = total.argmax(1)
        step = total[rows, best, cols]
        score = np.where((t < lengths_arr)[:, None], step, score)
        history.append(best)
    out = []
    history_list = np.stack(history).tolist() if history else []
    last = score.argmax(1).tolist()
    for b, n in enumerate(lengths):
        tag = last[b]
        tags = [tag]
        for t in range(n - 2, -1, -1):
            tag = history_list[t][b][tag]
            tags.append(tag)
        tags.reverse()
        out.append(tags)
    return out


def _per(window, tags, b_per: int, i_per: int):
    """Yield (start, stop) of B-PER I-PER* runs.

    An abbreviation is never part of one: shown a window that opens with `ТюркПА Бахтияр
    Садыков`, the model may tag all three. A lone word in a list whose other items the model
    does not tag is one of them (портов Актау, Курык и Алят); so is a lone adjective before
    its noun (Астанинская декларация).
    """
    words = [word for _, _, word in window]
    tags = [
        -1 if _INNER_CAPITAL.search(word) or _sentence_end(words, k) else tag
        for k, (word, tag) in enumerate(zip(words, tags, strict=True))
    ]
    persons = [tag in (b_per, i_per) for tag in tags]
    first = None
    for k, tag in enumerate([*tags, -1]):
        if first is not None and tag != i_per:
            if k - first >= 3 and _place_named(window, first):
                first += 1
            if k - first > 1 or not (
                _listed_with_others(window, persons, first)
                or (k < len(window) and _adjective_of(window[first][2], window[k][2]))
            ):
                yield window[first][0], window[k - 1][1]
            first = None
        if tag == b_per or (tag == i_per and first is None):
            first = k


def _sentence_end(words: list[str], k: int) -> bool:
    """Tell whether word k is a full stop after a word, not an initial's dot: a name never runs
    on past it (`сенатор Айгерим Жумабаева. Б.Сарсенов предложил` is two people)."""
    return words[k] in ".!?" and k > 0 and len(words[k - 1]) > 1


# Kinds of places whose name follows them in apposition (департамента Шер, штата Техас).
_PLACE_KINDS = frozenset([
    "город", "штат", "провинция", "департамент", "округ", "регион", "область", "кантон",
    "префектура", "графство", "земля", "район", "коммуна", "река", "остров", "эмират",
    "воеводство", "губерния", "край", "уезд", "муниципалитет",
])  # fmt: skip


def _place_named(window, j: int) -> bool:
    """Tell whether word j names the place the word before it is a kind of, not a person's
    first name: `сенатор от департамента Шер Мари Дюпон`, `губернатор штата Техас Имя Фамилия`.

    A first name and patronymic after it are one name (города Ерлан Кайратович Кошанов).
    """
    return (
        j > 0
        and window[j - 1][2].islower()
        and _place_kind(window[j - 1][2])
        and not is_patronymic(window[j + 1][2])
    )


@lru_cache(maxsize=10_000)
def _place_kind(word: str) -> bool:
    return any(p.normal_form in _PLACE_KINDS and p.tag.POS == "NOUN" for p in morph().parse(word))


@lru_cache(maxsize=10_000)
def _adjective_of(word: str, after: str) -> bool:
    """Tell whether a capitalised word is an adjective agreeing with the common noun after it,
    not a woman's surname: `Астанинская декларация`, `Бишкекский форум` (of a place's name)."""
    if not after.islower():
        return False
    nouns = [p.tag for p in morph().parse(after) if p.tag.POS == "NOUN" and p.tag.animacy == "inan"]
    return any(
        a.tag.POS == "ADJF"
        and any(
            (n.gender, n.number, n.case) == (a.tag.gender, a.tag.number, a.tag.case) for n in nouns
        )
        for a in morph().parse(word)
    )


_LIST_JOINS = frozenset([",", "и", "или", "and", "or"])


def _listed_with_others(window, persons: list[bool], j: int) -> bool:
    """Tell whether word j is an item of a list of three or more single capitalised words,
    another of which is no person."""
    items = [j]
    for step in (-2, 2):
        k = j + step
        # Walk item by item while a comma or a conjunction stands between them.
        while 0 <= k < len(window) and window[k - step // 2][2] in _LIST_JOINS:
            if not _CAPITALISED.match(window[k][2]):
                break
            items.append(k)
            k += step
    return len(items) >= 3 and not all(persons[k] for k in items)
