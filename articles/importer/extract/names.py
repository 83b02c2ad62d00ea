"""Normalise personal names: Russian cases to the nominative, Kazakh and Latin spellings to Russian.

Pure functions over strings; pymorphy3 is loaded lazily once per process.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from articles.morph import morph

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# Surname declension: (ending of the form, ending of the nominative, gender, cases).
# Russian possessive surnames (-ов, -ев, -ин) and adjectival ones (-ский) are regular.
_SURNAME_RULES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    *tuple(
        (form, nom, gender, cases)
        for stem in ("ов", "ев", "ёв", "ин", "ын")
        for form, nom, gender, cases in (
            (stem, stem, "masc", ("nomn",)),
            (stem + "а", stem, "masc", ("gent", "accs")),
            (stem + "у", stem, "masc", ("datv",)),
            (stem + "ым", stem, "masc", ("ablt",)),
            (stem + "е", stem, "masc", ("loct",)),
            (stem + "а", stem + "а", "femn", ("nomn",)),
            (stem + "ой", stem + "а", "femn", ("gent", "datv", "ablt", "loct")),
            (stem + "у", stem + "а", "femn", ("accs",)),
        )
    ),
    ("ский", "ский", "masc", ("nomn",)),
    ("ского", "ский", "masc", ("gent", "accs")),
    ("скому", "ский", "masc", ("datv",)),
    ("ским", "ский", "masc", ("ablt",)),
    ("ском", "ский", "masc", ("loct",)),
    ("ская", "ская", "femn", ("nomn",)),
    ("ской", "ская", "femn", ("gent", "datv", "ablt", "loct")),
    ("скую", "ская", "femn", ("accs",)),
    # Adjectival surnames in -ный (Новотный, Черный, Дивный) decline as adjectives.
    ("ный", "ный", "masc", ("nomn",)),
    ("ного", "ный", "masc", ("gent", "accs")),
    ("ному", "ный", "masc", ("datv",)),
    ("ным", "ный", "masc", ("ablt",)),
    ("ная", "ная", "femn", ("nomn",)),
    ("цкий", "цкий", "masc", ("nomn",)),
    ("цкого", "цкий", "masc", ("gent", "accs")),
    ("цкому", "цкий", "masc", ("datv",)),
    ("цким", "цкий", "masc", ("ablt",)),
    ("цкая", "цкая", "femn", ("nomn",)),
    ("цкой", "цкая", "femn", ("gent", "datv", "ablt", "loct")),
)

# Endings of names that never decline (Лукашенко, Шойгу, Черных, Токаеву is not one of them).
_INDECLINABLE = re.compile(r"(?:енко|ко|о|у|ю|и|е|э|ых|их|ұлы|улы|қызы|кызы)$", re.IGNORECASE)
_VOWEL_END = re.compile(r"[аяоёуюыиэеь]$", re.IGNORECASE)
_SOFT_END = re.compile(r"[йь]$")


Parse = tuple[str, str, str]  # (nominative, gender, case); gender "any" fits both


def _noun_forms(word: str) -> list[Parse]:
    """Return parses of a masculine name declined like a noun (Ерлан, Эрдоган, Кёвер, Серикбай)."""
    out: list[Parse] = []
    w = word
    low = w.lower()
    for ending, cases in (
        ("ом", ("ablt",)),
        ("ем", ("ablt",)),
        ("ём", ("ablt",)),
        ("а", ("gent", "accs")),
        ("я", ("gent", "accs")),
        ("у", ("datv",)),
        ("ю", ("datv",)),
        ("е", ("loct",)),
    ):
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = w[: -len(ending)]
            hushing = stem[-1:].lower() in "шжчщц"
            vowel = bool(_VOWEL_END.search(stem))
            # The nominative has three letters at least: a two-letter stem only with its й
            # (Хоем -> Хой, a Vietnamese syllable).
            short = len(stem) < 3
            if (
                ending in ("я", "ю", "ем", "ём", "е")
                and not hushing
                and not (vowel and ending == "я")
                and not (short and not vowel)
            ):
                # Soft stems: Игоря -> Игорь, Тханем -> Тхань, Серикбаю -> Серикбай (but Дания,
                # Мусалия are feminine-looking nominatives, not a Даний in the genitive).
                soft = "й" if vowel else "ь"
                out += [(stem + soft, "masc", c) for c in cases]
            if (ending not in ("я", "ю", "ём", "ем") or hushing) and not vowel:
                # Hard stems, and -ем after a hushing consonant (Дарвишем -> Дарвиш); a name of
                # two letters only as a guess the context must confirm (спикера Ома -> Ом).
                out += [(stem, "masc?" if short else "masc", c) for c in cases]
    if not _VOWEL_END.search(low) or _SOFT_END.search(low):
        # Кёвером, Саулюсом: a nominative that looks instrumental is a last resort.
        # No man's name ends in a vowel and -ей: Лусией, Эчеверрией are instrumentals in -ия;
        # nor, past two letters, in a consonant and -ой: Чиамакой, Аминатой, Эвой are in -а.
        unlikely = re.search(r"(?:ом|ем|ём|ым|им|[аеиоуыэюя]ей|(?<=\w[^аеёиоуыэюяйь])ой)$", low)
        out.append((w, "masc!" if unlikely else "masc", "nomn"))
    return out


def _feminine_forms(word: str) -> list[Parse]:
    """Return parses of a feminine first name in -а/-я (Дарига, Айгуль is indeclinable here)."""
    low = word.lower()
    out: list[Parse] = []
    # After ж, ш, ч, щ, ц the instrumental of -а is -ей: Росицей, Гошей -> Росица, Гоша.
    hushing = bool(re.search(r"[жшчщц]ей$", low))
    for ending, nom, cases in (
        ("ой", "а", ("ablt",)),
        ("ей", "а" if hushing else "я", ("ablt",)),
        ("ы", "а", ("gent",)),
        ("и", "а", ("gent",)),
        ("и", "я", ("gent", "datv", "loct")),
        ("е", "а", ("datv", "loct")),
        ("у", "а", ("accs",)),
        ("ю", "я", ("accs",)),
    ):
        # A stem of two letters only in the instrumental, no word's ending but a name's: Эвой,
        # Адой -> Эва, Ада (Эвы, Аде may be Эв, Ад in other cases).
        if low.endswith(ending) and len(low) > len(ending) + (1 if ending == "ой" else 2):
            out += [(word[: -len(ending)] + nom, "femn?", c) for c in cases]
    if low.endswith(("а", "я")):
        out.append((word, "femn?", "nomn"))
    return out


def _keep_e(normal: str, written: str) -> str:
    """Return the dictionary form with е where the text wrote е (Петром -> Петр, not Пётр).

    Russian news rarely prints ё; a name keeps the letter only where the article has it
    (Кёвер stays Кёвер).
    """
    return normal if "ё" in written.lower() else normal.replace("ё", "е")


def _cap(word: str, like: str) -> str:
    """Return word with the capitalisation of like (hyphenated parts each capitalised)."""
    if like[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


# Foreign names that never decline: a vowel before a final -у (Антониу, Мамаду), or a final
# -о (Марио, Паоло). Russian case forms never end this way.
_FOREIGN_INDECLINABLE = re.compile(r"(?:[аеёиоуыэюя]у|о)$", re.IGNORECASE)

# Men's first names in -а that the dictionary does not know, Georgian, Caucasian and Balkan
# ones above all: they decline like a woman's name (Гела, Гелы, Геле, Гелой), never as a man's
# name in a consonant (Гела is no genitive of a Гел).
_MASCULINE_IN_A = frozenset([
    "гела", "мамука", "бидзина", "каха", "гига", "шота", "гоча", "коба", "лаша", "джаба", "дата",
    "гуга", "паата", "элгуджа", "гогита", "отиа", "сандро", "леча", "муса", "иса", "хамза", "лука",
    "никола", "андрия", "мирча",
])  # fmt: skip


def _masculine_in_a(word: str) -> tuple[Parse, ...]:
    """Return the readings of a man's first name in -а in any case (Гелой -> Гела), or ()."""
    return tuple(
        (n, "masc", c) for n, _, c in _feminine_forms(word) if n.lower() in _MASCULINE_IN_A
    )


@lru_cache(maxsize=50_000)
def first_name_parses(word: str) -> tuple[Parse, ...]:
    """Return the possible (nominative, gender, case) readings of a first name or patronymic."""
    if "-" in word:
        return _hyphenated_parses(word)
    if masculine := _masculine_in_a(word):
        return masculine
    if _FOREIGN_INDECLINABLE.search(word) or (
        # Portuguese first names end in -у in the nominative (Педру, Паулу).
        word.lower().endswith("у") and word.lower() in _russian_first_names()
    ):
        return tuple((word, "any", c) for c in CASES)
    parses = morph().parse(word)
    # A word that is also a place (Дания, Жигули): its first-name readings in the dictionary
    # are rare guesses (Даний); read it by the endings of names instead.
    # A word that is a name in its own right as well (Яна, Виктория) keeps its readings.
    place = any("Geox" in p.tag and p.is_known for p in parses) and not any(
        "Name" in p.tag and p.is_known and p.tag.case == "nomn" and p.normal_form == word.lower()
        for p in parses
    )
    out: list[Parse] = []
    for p in [] if place else parses:
        # pymorphy guesses Name for unknown words too eagerly (Ерлана -> feminine): trust only
        # dictionary first names, but its guessed patronymics are reliable.
        known = ("Name" in p.tag and p.is_known) or "Patr" in p.tag
        if known and p.tag.case in CASES and p.tag.number == "sing":
            gender = str(p.tag.gender) if p.tag.gender in ("masc", "femn") else "any"
            out.append((_cap(_keep_e(p.normal_form, word), word), gender, str(p.tag.case)))
    # Left as written only as a guess when the dictionary reads a case form of a name (Марине).
    flag = "any?" if any(n != word for n, _, _ in out) else "any"
    if not out:
        out += _noun_forms(word) + _feminine_forms(word)
    if not out or (_INDECLINABLE.search(word) and not word.lower().endswith(("а", "я", "у", "ю"))):
        out += [(word, flag, c) for c in CASES]
    return tuple(dict.fromkeys(out))


def _hyphenated_parses(word: str) -> tuple[Parse, ...]:
    """Return readings of a hyphenated first name, each part declined or left as written.

    Russian and Kazakh names decline in every part or in the last (Касым-Жомарта); foreign ones
    often in the first only or in both (Жана-Люка, Жаном-Люком, Жаном-Люк). The parts must
    agree in gender and case; a part left as written fits any case.
    """
    head, _, tail = word.rpartition("-")
    heads = first_name_parses(head)
    tails = first_name_parses(tail)
    out: list[Parse] = []
    for case in CASES:
        for h_nom, h_gender, h_case in heads:
            if h_case != case:
                continue
            for t_nom, t_gender, t_case in tails:
                if t_case != case:
                    continue
                gender = _join_gender(h_gender, t_gender)
                if gender is not None:
                    out.append((h_nom + "-" + t_nom, gender, case))
        # One part declined, the other as written (Касым-Жомарта, Жаном-Люк).
        for h_nom, h_gender, h_case in heads:
            if h_case == case and h_nom != head:
                out.append((h_nom + "-" + tail, _join_gender(h_gender, "any?") or "any?", case))
        for t_nom, t_gender, t_case in tails:
            if t_case == case and t_nom != tail:
                out.append((head + "-" + t_nom, _join_gender("any?", t_gender) or "any?", case))
    return tuple(dict.fromkeys(out))


def _join_gender(a: str, b: str) -> str | None:
    """Return the gender two agreeing parts share (flags `?` and `!` carried), or None."""
    flags = "".join(sorted(set(a[len(a.rstrip("?!")) :] + b[len(b.rstrip("?!")) :])))
    ga, gb = a.rstrip("?!"), b.rstrip("?!")
    if ga == "any":
        return gb + flags
    if gb == "any" or ga == gb:
        return ga + flags
    return None


# Particles of Arabic, German, Dutch and Romance surnames, written lower case between a first
# name and the surname: аль-Мазруи, бин Салман, фон дер Ляйен, ван ден Берг, де Врис, да Силва,
# the Spanish де лос, де лас (Хуан де лас Касас).
WORD_PARTICLES = frozenset([
    "аль", "ибн", "бин", "бинт", "бен", "абу", "фон", "дер", "ван", "ден", "де", "да", "ди", "дю",
    "дос", "дас", "ду", "ле", "ла", "дель", "делла", "лос", "лас",
    "al", "ibn", "bin", "bint", "ben", "abu", "von", "van", "der", "den", "de", "da", "di", "du",
    "dos", "das", "do", "le", "la", "del", "della", "ter", "ten", "zu",
])  # fmt: skip
_HYPHEN_PARTICLE = re.compile(
    r"^(?:аль|ал|ад|ас|ат|аш|ар|ан|аз|эль|эд|эс|эт|уль|ә[лдсташрнз]|ибн|бин|бен|абу|"
    r"al|el|ad|as|at|ash|ar|an|az|ul|ibn|bin|ben|abu)-(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])",
    re.IGNORECASE,
)
_SPACE = "[ \u00a0]"
_PARTICLE_WORD = "|".join(sorted(WORD_PARTICLES, key=len, reverse=True))
# A surname with its particles right after a name part: ` аль-Мазруи`, ` де Врис`, ` фон дер Ляйен`.
PARTICLE_SURNAME = re.compile(
    rf"{_SPACE}((?:(?:{_PARTICLE_WORD}){_SPACE}){{1,2}}"
    rf"[A-ZА-ЯЁ][\w'’]+(?:-[A-ZА-ЯЁ][\w'’]+)?|{_HYPHEN_PARTICLE.pattern[1:]}[\w'’-]+)(?![\w-])"
)


def is_name_particle(word: str) -> bool:
    """Tell whether word is a surname particle (`де`, `van`) or a surname led by one (`аль-Мазруи`).

    Capitalised particles count too (`De Vries said`, `Аль-Мазруи отметил` at a sentence start).
    """
    return word.lower() in WORD_PARTICLES or bool(_HYPHEN_PARTICLE.match(word))


def is_particle_surname(words: list[str]) -> bool:
    """Tell whether words are a surname alone with its particles (Фон дер Хайде, De la Torre).

    A capitalised particle opening a sentence is the surname's when a lower-case one follows;
    a lower-case one opening a name has no first name before it (ди Оливейра).
    """
    if len(words) == 2 and words[0] in WORD_PARTICLES:
        return True
    return len(words) >= 3 and words[0].lower() in WORD_PARTICLES and words[1] in WORD_PARTICLES


def _particle_prefix(word: str) -> tuple[str, str]:
    """Split a surname into its particle prefix and the declining rest (`де Вриса` -> `де `)."""
    m = _HYPHEN_PARTICLE.match(word)
    if m:
        return word[: m.end()], word[m.end() :]
    parts = word.split(" ")
    i = 0
    while i < len(parts) - 1 and (
        parts[i].lower() in WORD_PARTICLES or parts[i] in _CAPITALISED_ONLY_PARTICLES
    ):
        i += 1
    return " ".join([*parts[:i], ""]) if i else "", " ".join(parts[i:])


# A surname in -а/-я in the instrumental: Накамурой, Оливейрой, Костой.
_INSTRUMENTAL_A = re.compile(r"[^аеёиоуыэюяй][ое]й$", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def surname_parses(word: str) -> tuple[Parse, ...]:
    """Return the possible (nominative, gender, case) readings of a surname.

    A particle prefix stays as written (`аль-Хавальде`, `де Вриса` -> `де Врис`); each part of a
    double surname declines (Гонсалесом-Руисом -> Гонсалес-Руис, Кидавой-Блоньской).
    """
    prefix, rest = _particle_prefix(word)
    if prefix:
        # No surname after де, да, аль ends in -ой, -ей: `де Оливейрой` is the instrumental.
        instrumental = bool(_INSTRUMENTAL_A.search(rest))
        out = [
            (prefix + n, g.rstrip("?!") + "!" if instrumental and n == rest else g, c)
            for n, g, c in surname_parses(rest)
        ]
        if not _VOWEL_END.search(rest):
            # A woman's surname after фон, ван, де stays as written (Катариной фон Бюлов).
            out += [(word, "femn", c) for c in CASES]
        return tuple(dict.fromkeys(out))
    head, _, tail = word.rpartition("-")
    if len(head) >= 3 and len(tail) >= 3 and tail[:1].isupper():
        return _double_surname_parses(head, tail)
    return _simple_surname_parses(word)


def _double_surname_parses(head: str, tail: str) -> tuple[Parse, ...]:
    """Return readings of a double surname: both parts in one gender and case, or the head as
    written with the tail declined (Гонсалес-Руисом, Ким-Ли)."""
    out: list[Parse] = []
    tails = surname_parses(tail)
    for h_nom, h_gender, h_case in surname_parses(head):
        for t_nom, t_gender, t_case in tails:
            gender = _join_gender(h_gender, t_gender)
            if h_case == t_case and gender is not None:
                out.append((h_nom + "-" + t_nom, gender, t_case))
    out += [(head + "-" + n, g, c) for n, g, c in tails]
    return tuple(dict.fromkeys(out))


# Russian spells no surname with a consonant and -у or л/н/р and -ю in the nominative: Хофману,
# Эрдогану, Ковалю are datives. Shoigu-type surnames that do end so are in the dictionary, and
# Portuguese ones in -ейру (Рибейру, Монтейру, Пиньейру) are nominatives; no nominative ends in
# a consonant and в, so Igbo -кву, -гву are the name's own (Нвачукву, Оконкву).
_FOREIGN_DATIVE = re.compile(
    r"(?<!й)(?:[бгдзклмнпрстфхцчшщ]|(?<![бвгдзклмнпрстфхцчшщ])в)у$|[лнр]ю$"
)
# Foreign surnames whose endings look like Russian case forms but never decline: Romanian
# -еску (Попеску, Ионеску), Greek feminine genitives in -пулу, -дулу (Пападопулу, Христодулу),
# Turkish -оглу (Чавушоглу), the Persian -зода of Tajik surnames (Шарифзода, Рахимзода) and a
# Kyrgyz father's name with уулу, кызы (Асанбек уулу, see _join_kyrgyz_surname).
_FIXED_FOREIGN_SURNAME = re.compile(r"(?:[еэ]ску|[пд]улу|оглу|зода| уулу| кызы)$")


# A hard consonant and -ы ends no nominative of a surname but the genitive of one in -а (after
# г, к, х, ж, ш, ч, щ, ц the genitive is -и, which many foreign nominatives end in too).
_GENITIVE_OF_A = re.compile(r"[бвдзлмнпрстф]ы$")


def _simple_surname_parses(word: str) -> tuple[Parse, ...]:
    low = word.lower()
    if _FIXED_FOREIGN_SURNAME.search(low) and len(low) >= 6:
        return tuple((word, "any", c) for c in CASES)
    out: list[Parse] = []
    for form, nom, gender, cases in _SURNAME_RULES:
        if low.endswith(form) and len(low) > len(form) + 1:
            base = word[: len(word) - len(form)]
            out += [(base + nom, gender, c) for c in cases]
    if out and low.endswith("ском"):
        # Also a surname in -ск in the instrumental: Туском -> Туск.
        out += [(n, g + "?", c) for n, g, c in _noun_forms(word) if c == "ablt"]
    if out:
        return tuple(dict.fromkeys(out))
    if _FOREIGN_DATIVE.search(low) and len(low) >= 5 and not _fixed_surname(word):
        # The man's dative first, the indeclinable reading as a guess (Хофману -> Хофман).
        stem = word[:-1] + ("ь" if low.endswith("ю") else "")
        return tuple([(stem, "masc", "datv")] + [(word, "any!", c) for c in CASES])
    if _INDECLINABLE.search(low):
        return tuple((word, "any", c) for c in CASES)
    if _GENITIVE_OF_A.search(low):
        # Окуджавы, Будербалы: a surname in -а in the genitive, for either sex; as written for
        # a woman as a guess.
        return ((word[:-1] + "а", "any", "gent"), *((word, "femn?", c) for c in CASES))
    if low.endswith(("а", "я")):
        # Эрдогана: a man's foreign surname in the genitive, or a name that does not decline.
        # A surname in -ич is the same for a woman, so -ича is only ever a case form (Вучича).
        flag = "any!" if low.endswith("ича") else "any"
        return tuple(_noun_forms(word) + [(word, flag, c) for c in CASES])
    # A foreign consonant-final surname declines for a man only (Эрдоганом, Кёвера).
    out = _with_fleeting_vowel(word, _noun_forms(word))
    unlikely = re.search(r"(?:ом|ем|ём|ым|им)$", low)
    if re.search(r"[^аеёиоуыэюя][ое]й$|ией$", low):
        # Накамурой, Окуджавой, Эчеверрией: the instrumental of a surname in -а/-я, for
        # either sex. A long one the dictionary does not know (Толстой) is no nominative.
        hard = low.endswith("ой") or bool(re.search(r"[жшчщц]ей$", low))  # Лисицей -> Лисица
        out.append((word[:-2] + ("а" if hard else "я"), "any", "ablt"))
        if len(low) >= 7 and not _known_surname(word):
            out = [(n, g if n != word else g.rstrip("?!") + "!", c) for n, g, c in out]
            unlikely = True
    out += [(word, "femn!" if unlikely else "femn", c) for c in CASES]
    return tuple(dict.fromkeys(out))


def _with_fleeting_vowel(word: str, parses: list[Parse]) -> list[Parse]:
    """Return a man's surname parses with the vowel a first name used as a surname drops in its
    case forms put back: Яном Павлом, Марком Львом are Павел, Лев, not Павл, Льв."""
    first = {c: n for n, g, c in first_name_parses(word) if g == "masc"}
    return [
        (first[c], g, c)
        if g == "masc" and c in first and _consonants(first[c]) == _consonants(n)
        else (n, g, c)
        for n, g, c in parses
    ]


def _consonants(word: str) -> str:
    return re.sub(r"[аеёиоуыэюяь]", "", word.lower())


@lru_cache(maxsize=10_000)
def _fixed_surname(word: str) -> bool:
    """Tell whether the dictionary knows word as a surname that never declines (Шойгу)."""
    return any({"Surn", "Fixd"} <= set(p.tag.grammemes) and p.is_known for p in morph().parse(word))


@lru_cache(maxsize=10_000)
def _known_surname(word: str) -> bool:
    """Tell whether the dictionary knows word as a surname (Толстой, Шаховской)."""
    return any("Surn" in p.tag and p.is_known for p in morph().parse(word))


_UNLIKELY = 9


def readings(
    parses: list[tuple[Parse, ...]], case: str | None = None
) -> list[tuple[float, list[str]]]:
    """Return (score, nominatives) for every gender and case that all parts allow, best first.

    With case, only readings in that case are returned.
    """
    found: dict[tuple[str, ...], float] = {}
    for gender in ("masc", "femn"):
        for rank, case_ in enumerate(CASES):
            if case and case_ != case:
                continue
            names = []
            guessed = unlikely = False
            for options in parses:
                match = [
                    (n, g)
                    for n, g, c in options
                    if c == case_ and g.rstrip("?!") in (gender, "any")
                ]
                if not match:
                    break
                names.append(match[0][0])
                guessed = guessed or match[0][1].endswith("?")
                unlikely = unlikely or match[0][1].endswith("!")
            else:
                # Prefer the nominative, then the other cases in their usual order; a feminine
                # reading that rests on a guessed first name (Ерлана) loses to a masculine one.
                score = rank + (1.5 if guessed else 0) + (_UNLIKELY if unlikely else 0)
                key = tuple(names)
                found[key] = min(score, found.get(key, score))
    return sorted(((score, list(names)) for names, score in found.items()), key=lambda r: r[0])


def agree_likely(parses: list[tuple[Parse, ...]]) -> bool:
    """Tell whether the parts agree in a gender and case with no unlikely reading among them."""
    found = readings(parses)
    return bool(found) and found[0][0] < _UNLIKELY


def _agree(parses: list[tuple[Parse, ...]]) -> list[str] | None:
    """Choose one gender and case that every part allows; return the nominatives or None."""
    found = readings(parses)
    return found[0][1] if found else None


def normalise_russian(tokens: list[str], case: str | None = None) -> tuple[str, str | None]:
    """Return (canonical name, alias with patronymic or None) in the nominative.

    tokens are the words of a name as written: [first] [patronymic] surname, or a lone
    surname. Initials (`Е.`) are kept as written. case is the case the context demands
    (`ablt` after the preposition `с`), tried first.
    """
    return _normalise_russian(tuple(tokens), case)


# Particles written capitalised after a first name as well (Марко Де Лука, Энрико Ла Лоджа).
_CAPITAL_PARTICLES = frozenset(["де", "ди", "дель", "делла", "дю", "фон", "ла"])
# Filipino particles are one capitalised word and stay so in Russian (Dela Cruz, Delos Santos ->
# Хуан Дела Крус, Мария Делос Сантос); `дела` is a Russian word, so only a capitalised one
# after a first name counts. So is the Maghreb Ульд `son of` (Сиди Ульд Таха, Мохамед Ульд
# Газуани), which opens the surname when the name is shortened too (Ульд Таха заявил).
_CAPITALISED_ONLY_PARTICLES = frozenset(["Дела", "Делос", "Делас", "Ульд"])


def _join_particles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return tokens with lower-case particles joined to the surname after them (`де Врис`)."""
    if len(tokens) == 2 and tokens[0].lower() in _CAPITAL_PARTICLES:
        # A surname with its particle opening a sentence (Ди Оливейра сообщил): де, ди, фон.
        return (tokens[0].lower() + " " + tokens[1],)
    if len(tokens) == 2 and tokens[0] in _CAPITALISED_ONLY_PARTICLES:
        return (" ".join(tokens),)  # Ульд Таха, Дела Крус: a surname with its particle alone
    out: list[str] = []
    for token in tokens:
        particle = out[-1].split(" ")[-1] if out else ""
        # A capitalised де, ди, фон after a first name is one too (Марко Де Лукой); Ван, Ле, Да
        # are East Asian name syllables as often (Нгуен Ван Тхань), but not before another
        # particle (`Фон дер Хайде` opening a sentence).
        if (
            particle in WORD_PARTICLES
            or (len(out) > 1 and particle.lower() in _CAPITAL_PARTICLES)
            or (len(out) > 1 and particle in _CAPITALISED_ONLY_PARTICLES)
            or (particle.lower() in WORD_PARTICLES and token in WORD_PARTICLES)
        ):
            out[-1] += " " + token
        else:
            out.append(token)
    return tuple(out)


def _join_kyrgyz_surname(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return tokens with a Kyrgyz уулу, кызы joined to the father's name before it: the two are
    a surname that never declines (с Эркинбеком Асанбек уулу -> Эркинбек Асанбек уулу)."""
    if len(tokens) >= 3 and tokens[-1] in ("уулу", "кызы"):
        return (*tokens[:-2], tokens[-2] + " " + tokens[-1])
    return tokens


_LOCATIVE_LOOKALIKE = re.compile(r"(?:[оеё]в|[иы]н)е$")
_HARD_INSTRUMENTAL = re.compile(r"[^аеёиоуыэюя][оё]м$", re.IGNORECASE)
# The instrumental of a soft first name and of a name in -а after a consonant, three syllables
# long or more (Габриэлем, Ортегой -> Габриэль, Ортега): no woman's name left as written ends
# so (Мерьем keeps its ь); a name of two may be a man's nominative (Салем, Хашем).
_SOFT_INSTRUMENTAL = re.compile(r"(?:[аеёиоуыэюя]\w*){2}[^аеёиоуыэюяь](?:ем|ой)$", re.IGNORECASE)


_MANS_SURNAME_IN_CASE = re.compile(r"\wич(?:а|у|ем|е)$")


@lru_cache(maxsize=100_000)
def _normalise_russian(tokens: tuple[str, ...], case: str | None = None) -> tuple[str, str | None]:
    tokens = _join_kyrgyz_surname(_join_particles(tokens))
    initials = [t for t in tokens if is_initial(t)]
    words = [t for t in tokens if not is_initial(t)]
    if not words:
        return " ".join(tokens), None
    if len(words) == 1:
        options = surname_parses(words[0])
        # A lone word: the case the context demands first (`инициативы Президента Ахметова` is
        # Ахметов's genitive, not a woman's nominative), else the masculine nominative.
        in_case = readings([options], case) if case else []
        nom = (in_case[0][1] if in_case else None) or _agree([options]) or [words[0]]
        return " ".join(initials + nom), None
    if len(words) == 3 and _RUSSIAN_PATRONYMIC.search(words[2]) and not is_patronymic(words[1]):
        # The official order of decrees and lists: Сейткали Ерлан Болатович.
        words = [words[1], words[2], words[0]]
    if _is_japanese(words):
        japanese = [_japanese_parses(w, i == len(words) - 1) for i, w in enumerate(words)]
        found = readings(japanese, case) or readings(japanese)
        if found:
            return " ".join(initials + found[0][1]), None
    parses = [first_name_parses(words[0])]
    if _MANS_SURNAME_IN_CASE.search(words[-1]):
        # Only a man's surname in -ич declines (Стоильковичем, Пашича): a first name in -а, -я
        # before it is a man's that declines like a woman's (Неманей, Николой).
        parses[0] += tuple((n, "masc", c) for n, _, c in _feminine_forms(words[0]) if c != "nomn")
    # Before a surname with a particle the middle words are surnames too: Перейрой да Костой.
    middle = surname_parses if _particle_prefix(words[-1])[0] else first_name_parses
    parses += [middle(w) for w in words[1:-1]]
    if not any(is_patronymic(w) for w in words[1:-1]):
        # Foreign names often decline in the last part only (с Ким Джин Ханом, Ван Дуном): the
        # parts before may stay as written, as a last resort after their own readings.
        # Only a part that reads as a nominative may do so (Ким, Джин, not Натальей), and only
        # as Russian grammar allows (see _as_written).
        parses = [
            p + _as_written(w) if {c for _, _, c in p} <= {"nomn"} else p
            for p, w in zip(parses, words[: len(parses)], strict=True)
        ]
    last = surname_parses(words[-1])
    if len(words) == 3 and all(len(w) <= 3 for w in words[:2]):
        # Korean syllables decline in the last one only, short as it is; a last part of two
        # syllables is one with a case ending (Пак Чон Ука -> Ук).
        short = _syllable_parses(words[-1])
        two = len(_VOWELS.findall(words[-1])) == 2 and len(_VOWELS.findall(short[0][0])) == 1
        last = short if short and two else last + short
    parses.append(_womans_surname(words[-1], last, parses) + _greek_surname(words, last) + last)
    nominative_first = {c for *_, c in first_name_parses(words[0])} == {"nomn"}
    if nominative_first and _LOCATIVE_LOOKALIKE.search(words[-1]):
        # A Flemish or Dutch surname may end in a heard -е (Ванхове, Вандеве): after a first
        # name in the nominative it is no locative of a Russian -ов, -ин but does not decline.
        parses[-1] += tuple((words[-1], "any", c) for c in CASES)
    if (
        case == "nomn"
        and all(n == words[-1] for n, _, _ in parses[-1])
        and not readings(parses, case)
    ):
        # The context wants a nominative (`Имя Фамилия отметила`): a first name in -а read in no
        # nominative is a woman's the dictionary does not know, before a surname that does not
        # decline (Микаэла Фриберг-Стори is no genitive of a Микаэл). A surname that declines
        # tells the case itself: `Ахмеда Фарука` is a man's genitive.
        parses[0] += _womans_nominative(words[0], parses[0])
    kept = _kept_as_written(parses, words, case)
    found = [(0.0, kept)] if kept else (case and readings(parses, case)) or readings(parses)
    if case and found and found[0][0] >= _UNLIKELY and _HARD_INSTRUMENTAL.search(words[0]):
        # The post's case is a hint: a first name in -ом is an instrumental all the same
        # (Салемом, Ерланом), whatever the case of a title further back.
        found = sorted(found + readings(parses), key=lambda r: r[0])
    if not found or found[0][0] >= _UNLIKELY:
        # No reasonable reading: a foreign first name that does not decline (Эдуарду
        # Гонсалвешем) may stay as written while the surname declines.
        pairs = zip(parses[:-1], words[:-1], strict=True)
        # A part that already stays as written in every case keeps its gender (Грейс is a
        # woman: Грейс Ваириму is no man's dative Ваирим).
        written = [
            p if {c for n, _, c in p if n == w} == set(CASES) else p + _as_written(w)
            for p, w in pairs
        ]
        # A woman's name may look like a man's genitive (Иоана, Ивана: of Иоан, Иван).
        written = [p + _womans_nominative(w, p) for p, w in zip(written, words[:-1], strict=True)]
        # A middle word may be the first of two surnames, declined as the last one is (Spanish
        # names: Родриго Арайей Вильялобосом -> Родриго Арайя Вильялобос).
        written[1:] = [p + surname_parses(w) for p, w in zip(written[1:], words[1:-1], strict=True)]
        # An inner part of a long name, a man's name in the nominative, may stay as written while
        # the first and last decline (с Ахмадом Шах Масудом, с Ван Мухаммадом Нур Матхой).
        written[1:] = [
            p + (tuple((w, "masc?", c) for c in CASES) if (w, "masc", "nomn") in p else ())
            for p, w in zip(written[1:], words[1:-1], strict=True)
        ]
        guesses = [*written, _womans_surname(words[-1], parses[-1], written) + parses[-1]]
        found = sorted(readings(guesses) + found, key=lambda r: r[0])
        in_case = case and readings(guesses, case)
        if in_case and found[0][0] >= _UNLIKELY:
            # Between unlikely readings the context's case decides: `председатель … Иоана
            # Мунтяну` is a woman's nominative, not a man's genitive.
            found = in_case
    nominatives = found[0][1] if found else words
    full = " ".join(initials + nominatives)
    if len(nominatives) >= 3 and is_patronymic(nominatives[1]):
        return " ".join([nominatives[0], nominatives[-1]]), full
    return full, None


def _womans_surname(
    word: str, options: tuple[Parse, ...], first: list[tuple[Parse, ...]]
) -> tuple[Parse, ...]:
    """Return a woman's readings of a foreign surname that reads as a man's dative, when the
    name before it reads as a woman's (Иоана Мунтяну, Мекдес Алему, Елена Константину).

    Her surname in a consonant would not decline, so for her the word is the name itself: a
    guess, where for a man it is a last resort (Томасу Хофману, Эдуарду да Кошту).
    """
    dative = _FOREIGN_DATIVE.search(_particle_prefix(word)[1].lower())
    if not dative or (word, "any!", "nomn") not in options:
        return ()
    if not any(g.startswith("femn") for part in first for _, g, _ in part):
        return ()
    return tuple((word, "femn?", c) for c in CASES)


# A Greek man's first name in the nominative: Мариос, Никос, Костас, Микаэлис.
_GREEK_FIRST_NAME = re.compile(r"\w{2,}(?:ос|ис|ас)")


def _greek_surname(words: list[str], options: tuple[Parse, ...]) -> tuple[Parse, ...]:
    """Return the nominative reading of a Greek surname in -у after a Greek first name.

    Greek surnames in -у are genitives (Георгиу, Константину, Николау) and never decline, for
    a man too; a first name in -ос, -ис, -ас left undeclined shows the nominative, so `Никос
    Димитриу` is no man's dative of Димитрий. Russian first names in -ис, -ас (Денис, Тарас)
    are no sign: `Денис Петрову` is no Greek name.
    """
    if (
        len(words) != 2
        or not words[1].lower().endswith("у")
        or (words[1], "any", "nomn") in options
    ):
        return ()
    first = words[0].lower()
    if not _GREEK_FIRST_NAME.fullmatch(first) or (
        not first.endswith("ос") and _dictionary_first_name(words[0])
    ):
        return ()
    return ((words[1], "masc", "nomn"),)


def _womans_nominative(word: str, parses: tuple[Parse, ...]) -> tuple[Parse, ...]:
    """Return a guessed feminine nominative of a name in -а, -я read only in other cases."""
    if word.lower().endswith(("а", "я")) and all(c != "nomn" for _, _, c in parses):
        return ((word, "femn?", "nomn"),)
    return ()


def _kept_as_written(
    parses: list[tuple[Parse, ...]], words: list[str], case: str | None
) -> list[str] | None:
    """Return a name's words as written when its context rules out the dative it reads as.

    After `с` or a post in the instrumental or genitive (`с председателем Ренату Пейшоту`,
    `визит президента Жулиану Машаду`), a name that reads only as a dative of Ренат Пейшот
    cannot be one: it is a foreign name that does not decline, and stays as written. The
    surname must allow that reading itself (Пейшоту does, Петрову does not).
    """
    if case not in ("ablt", "gent") or readings(parses, case) or not readings(parses, "datv"):
        return None
    written = [p + _as_written(w) for p, w in zip(parses[:-1], words[:-1], strict=True)]
    found = readings([*written, parses[-1]], case)
    return words if found and found[0][1] == words else None


# Parts of a foreign name that stay as written while the last one declines, whatever they end
# in: a syllable of an East Asian name (с Ким Джин Ханом, Хань, Чжао, Нгуен), a Mongolian
# patronymic, a genitive (Ухнаагийн), the head of an Arabic compound name, `servant of`,
# `father of` (с Абдель Фаттахом), the Malay abbreviation of Muhammad (с Мохд Азизом).
_ASIAN_SYLLABLE = re.compile(
    r"(?:чж|цз|дж|нг|тх|кх|[бвгджзйклмнпрстфхцчшщ]ь?)?[аеёиоуыэюя]{1,3}(?:нг|нь|ль|[йкмнпт])?"
)
_MONGOLIAN_PATRONYMIC = re.compile(r"\w{4,}[йы]н")
_ARABIC_NAME_HEAD = re.compile(r"абд(?:ель|ул|уль|аль)?|абу|мух?д|мох?д")


def _as_written(word: str) -> tuple[Parse, ...]:
    """Return the guessed readings of a name part left as written in every case.

    Russian leaves a foreign name undeclined only where its ending fits no declension: a vowel
    other than -а, -я for either sex (Эдуарду, Мехди, Абебе), a consonant for a woman (Грейс,
    Мекдес). A man's name in a consonant and any name in -а, -я decline (Кристианом, Иоаной),
    so they never stand as written beside a declined surname: `Мекдес Алему` is a woman's
    nominative, not a man's dative. Nor does a word in a case ending (Гульнары, Кристианом), or
    in a consonant that the dictionary knows as a case form of a first name (Игорем).
    Hyphenated names are left so as French ones often are (с Жан-Ив Ле Драном).
    """
    low = word.lower()
    gender = "any?"
    if "-" in low or any(
        p.fullmatch(low) for p in (_ASIAN_SYLLABLE, _MONGOLIAN_PATRONYMIC, _ARABIC_NAME_HEAD)
    ):
        pass
    elif low.endswith(("а", "я", "ы")) or any(
        p.search(low) for p in (_HARD_INSTRUMENTAL, _SOFT_INSTRUMENTAL)
    ):
        return ()
    elif not _VOWEL_END.search(low) or low.endswith("ь"):
        if _name_case_form(word):
            return ()
        gender = "femn?"
    return tuple((word, gender, c) for c in CASES)


@lru_cache(maxsize=10_000)
def _name_case_form(word: str) -> bool:
    """Tell whether the dictionary reads word only as an oblique case of a first name (Игорем).

    A plural is no form a person's name stands in: Дильнар is a woman's name, not the
    genitive plural of Дильнара.
    """
    cases = {
        str(p.tag.case)
        for p in morph().parse(word)
        if "Name" in p.tag and p.is_known and p.tag.number == "sing"
    }
    return bool(cases) and "nomn" not in cases


_VOWELS = re.compile(r"[аеёиоуыэюя]+", re.IGNORECASE)
_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{1,2}")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")


def is_syllable_name(words: list[str]) -> bool:
    """Tell whether words are a Korean or Chinese name of three short syllables (Чо Сон Хо), or a
    Vietnamese name (Во Тхи Май Лан).

    Such a syllable may be a dictionary word of no name reading (чо, пак, сон, во); in the run
    it is a name part all the same.
    """
    return (len(words) == 3 and all(_SYLLABLE.fullmatch(w) for w in words)) or is_vietnamese_name(
        words
    )


def is_family_letter(words: list[str]) -> bool:
    """Tell whether a name opens with a Korean family name of one letter (У Вон Сик, О Се Хун).

    It is a capital with no full stop, where an initial takes one, before a given name of two
    syllables; a Burmese honorific У goes before a name of three (У Тин Маунг Со).
    """
    return (
        len(words) == 3
        and bool(_CYRILLIC_CAPITAL.fullmatch(words[0]))
        and all(_SYLLABLE.fullmatch(w) for w in words[1:])
    )


def _syllable_parses(word: str) -> tuple[Parse, ...]:
    """Return case readings of a short final syllable of an East Asian name (Ука, Уком -> Ук)."""
    out = []
    for ending, cases in (
        ("а", ("gent", "accs")),
        ("у", ("datv",)),
        ("ом", ("ablt",)),
        ("е", ("loct",)),
    ):
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and not _VOWEL_END.search(stem):
            out += [(stem, "masc", c) for c in cases]
    return tuple(out)


# Japanese names in Russian (Polivanov): open syllables and н only; кэ, дз, цу, -си mark them.
# A final ы or й is a case ending (Ямады, Накамурой).
_JAPANESE_WORD = re.compile(r"(?:(?:дз|[бвгдзйкмнпрстфхцчш])?[аеёиоуэюя]|н)+(?:[дкмрст]ы|й)?")
_JAPANESE_MARK = re.compile(r"[бгдзкмнпрстх]э|дз|цу|[ст]и$")


def _is_japanese(words: list[str]) -> bool:
    """Tell whether a Cyrillic name is Japanese: all parts in its syllables, one part marked."""
    low = [w.lower() for w in words]
    return all(_JAPANESE_WORD.fullmatch(w) for w in low) and any(
        _JAPANESE_MARK.search(w) for w in low
    )


def _japanese_parses(word: str, last: bool) -> tuple[Parse, ...]:
    """Return readings of a Japanese name part: as written, or a case form of one in -а (Ямаду).

    A Japanese name ends in a vowel or н, and does not decline unless it ends in -а. Given
    names end in -у too (Сигэру); a surname in -у is a case form (Ямаду).
    """
    low = word.lower()
    written = re.search(r"[аоиэёян]$" if last else r"[аоиэёянуы]$", low)
    out = [(word, "any", c) for c in CASES] if written else []
    return tuple(out + [(n, "any", c) for n, _, c in _feminine_forms(word) if n.lower() != low])


def second_name_start(words: list[str]) -> int | None:
    """Return where a second name starts in words tagged as one name, or None.

    A name in an oblique case run into one in the nominative is two people:
    `с Президентом Ласло Ковачем Талгат Исмагулов обсудил`. A surname that does not decline
    shows no case (Мачадо, Мунтяну): `с Аной Марией Мари Мачадо` is one woman's double names.
    """
    if _INDECLINABLE.search(words[-1]):
        return None
    for k in range(2, len(words) - 1):
        left, right = words[:k], words[k:]
        surname = re.search(r"(?:ов|ев|ин|ова|ева|ина)$", right[-1])
        if is_patronymic(words[k]) or not (known_first_name(words[k]) or surname):
            continue
        if (
            normalise_russian(left)[0].split() != left
            and normalise_russian(right)[0].split() == right
            and not _oblique_alike(left, right)
        ):
            return k
    return None


def _oblique_alike(left: list[str], right: list[str]) -> bool:
    """Tell whether both parts of a name read in one oblique case: then they are one name.

    `с Ван Мухаммадом Нур Матхой`: Матхой is the instrumental of Матха as Мухаммадом is of
    Мухаммад, though it might be a nominative like Толстой.
    """
    return any(
        normalise_russian(left, case)[0].split() != left
        and normalise_russian(right, case)[0].split() != right
        for case in CASES[1:]
    )


# Kazakh patronymics in -ұлы/-қызы are written -улы/-кызы in Russian and -uly/-kyzy in Latin.
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ич|овна|евна|ична|инична|ұлы|қызы|улы|кызы|uly|kyzy)$", re.IGNORECASE
)


# A Kazakh case suffix after a noun's possessive, if any (-ның, -ға, -мен).
_KAZAKH_CASE_ENDING = (
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|нда|нде|да|де|та|те|"
    r"нан|нен|дан|ден|тан|тен|мен|бен|пен|а|е)?"
)
# Kazakh posts with any plural, possessive and case suffix (Елші, елшісімен, депутаттары,
# төрағасының): never a name part, even capitalised at a sentence start. So are the nouns of a
# state's name (Әзербайжан Республикасына, Ресей Федерациясымен).
_KAZAKH_POST = re.compile(
    r"(?:вице-|премьер-)?(?:елші|депутат|сенатор|төраға|төрайым|хатшы|министр|әкім|спикер|басшы|"
    r"орынбасар|кеңесші|мүше|консул|жетекші|президент|уәкіл|республика|федерация)"
    r"(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)?(?:мыз|міз)?н?" + _KAZAKH_CASE_ENDING,
    re.IGNORECASE,
)
# A monarch's title is a post only with the possessive of `<country>'s` (Бруней Сұлтаны, Катар
# Әмірінің, Иордания Королімен): bare Сұлтан, Әмір are first names too (Сұлтан Ахметов).
_KAZAKH_MONARCH = re.compile(
    r"(?:сұлтан|султан|әмір|эмир|корол|патша)(?:ы|і|сы|сі)н?" + _KAZAKH_CASE_ENDING, re.IGNORECASE
)


# Kazakh adjectives in -ғы/-гі/-қы/-кі, locative ones in -дағы/-дегі among them (Жоғарғы Кеңес,
# Сыртқы істер министрі, Бішкектегі елші, Түркі кеңесі): they open a post or an institution's
# name, never a person's.
_KAZAKH_ADJECTIVE = re.compile(r"\w{2,}(?:ғы|қы|гі|кі)", re.IGNORECASE)


def is_kazakh_post(word: str) -> bool:
    """Tell whether a Kazakh word is a post in some case form (Елші, Төрағасымен) or an adjective
    that opens one or an institution's name (Жоғарғы Кеңес)."""
    return any(p.fullmatch(word) for p in (_KAZAKH_POST, _KAZAKH_MONARCH, _KAZAKH_ADJECTIVE))


# Kyrgyz names: the father's name and уулу (son of) or кызы (daughter of) written apart are
# the surname (Эркинбек Асанбек уулу, Айгуль Токтогул кызы), kept as written.
_KYRGYZ_PATRONYMIC = re.compile(r"уулу|кызы|uulu|kyzy")


def is_kyrgyz_patronymic(word: str) -> bool:
    """Tell whether a lower-case word is the Kyrgyz уулу/кызы, with any Kazakh case suffix."""
    return bool(_KYRGYZ_PATRONYMIC.fullmatch(strip_kazakh_case(word)))


def is_patronymic(word: str) -> bool:
    """Tell whether word looks like a Russian-style patronymic."""
    return bool(_PATRONYMIC.search(word))


# Russian patronymics only: a Kazakh -ұлы may be a surname, a Serbian -ич always is.
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична)$")


def is_address_form(words: list[str]) -> bool:
    """Tell whether a name is a first name and patronymic alone (Ерлан Сагадиевич), the polite
    way to address or mention someone named in full elsewhere."""
    return len(words) == 2 and bool(_RUSSIAN_PATRONYMIC.search(words[1]))


def without_patronymic(words: list[str]) -> tuple[list[str], str | None]:
    """Return a name's words without a patronymic, and the full form as an alias (or None).

    Russian and Kazakh news name a person by first name and surname; the patronymic in
    `Асель Сериккызы Жанузакова` is an alias.
    """
    if len(words) >= 3 and is_patronymic(words[1]) and not is_initial(words[1]):
        return [words[0], *words[2:]], " ".join(words)
    return words, None


_ABBREVIATION = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-[a-zа-яёәғқңөұүһі]+)?")


def is_abbreviation(word: str) -> bool:
    """Tell whether word is an abbreviation, perhaps with a Kazakh suffix (АЭС-ін, ЕАЭО-ға)."""
    return bool(_ABBREVIATION.fullmatch(word))


_INITIAL = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?:[a-zа-яё]?\.)?$")


def is_initial(token: str) -> bool:
    """Tell whether token is an initial such as `Е.` or `Ж.`."""
    return bool(_INITIAL.match(token))


# Kazakh letters to the Russian spelling used for canonical names.
_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")

# Kazakh case, plural and possessive suffixes that attach to a name (Қошановпен, Әшімбаевқа).
KK_SUFFIXES = tuple(
    sorted(
        {
            "тың",
            "тің",
            "дың",
            "дің",
            "ның",
            "нің",
            "қа",
            "ке",
            "ға",
            "ге",
            "на",
            "не",
            "ты",
            "ті",
            "ды",
            "ді",
            "ны",
            "ні",
            "та",
            "те",
            "да",
            "де",
            "нда",
            "нде",
            "тан",
            "тен",
            "дан",
            "ден",
            "нан",
            "нен",
            "пен",
            "бен",
            "мен",
            "тар",
            "тер",
            "лар",
            "лер",
            "дар",
            "дер",
            "сы",
            "сі",
            "тардың",
            "ша",
            "ше",
            "дай",
            "дей",
        },
        key=len,
        reverse=True,
    )
)


# Russian spelling has no word-initial Ы: Kazakh Ысқақов, Ыбырай are Искаков, Ибрай in Russian.
_KK_INITIAL_Y = re.compile(r"(?<![\w-])Ы(?=[а-яёәғқңөұүһі])")


# Kazakh й before і is not written in Russian: Нұрпейісова, Сейітов are Нурпеисова, Сеитов.
_KK_Y_BEFORE_I = re.compile(r"й(?=і)|Й(?=І)")
# The Arabic article: Kazakh әл-Марри, ал-Марри is аль-Марри in Russian.
_KK_ARTICLE = re.compile(r"(?<![\w-])([әӘаА])л-(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


# Turkish -türk in a surname is written -түрік or -түрк in Kazakh (Öztürk -> Өзтүрік), -тюрк in
# Russian.
_KK_TURK = re.compile(r"(?<=[а-яёәғқңөұүһі])түрі?к(?![а-яёәғқңөұүһі])")
# Russian spells the Ө of a name's first syllable у before one т, м, л, к or ш and a front
# vowel: Өмірзақ Шөкеев, Төлеген Жөкеев, Көшербаев, Өтеген are Умирзак Шукеев, Тулеген Жукеев,
# Кушербаев, Утеген. Elsewhere it stays о (Мөлдір -> Мольдир, Бөрібай -> Борибай, Өркен).
_KK_O_AS_U = re.compile(r"(?<![\w-])(Ө|[БГДЖЗКҚЛМНПРСТХШ]ө)(?=[тмлкш][еі])")

# Arabic ʿAbd ar-R... names: Kazakh Әбдірахман, Әбдірашит, Әбдіразақ are Абдрахман, Абдрашит,
# Абдразак in Russian, with no vowel after Абд (but Әбдіров is Абдиров).
_KK_ABD_R = re.compile(r"(?<![\w-])([Әә])бдіра")


def kazakh_to_russian(text: str) -> str:
    """Return text with Kazakh-only letters replaced by their Russian counterparts."""
    text = _KK_TURK.sub("тюрк", text)
    text = _KK_ABD_R.sub(lambda m: ("А" if m.group(1).isupper() else "а") + "бдра", text)
    text = _KK_O_AS_U.sub(lambda m: m.group(1).replace("Ө", "У").replace("ө", "у"), text)
    text = _KK_ARTICLE.sub(lambda m: ("А" if m.group(1).isupper() else "а") + "ль-", text)
    return _KK_INITIAL_Y.sub("И", _KK_Y_BEFORE_I.sub("", text).translate(_KK_TO_RU))


_CASE_SUFFIX = re.compile(
    r"(?:пен|бен|мен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен|"
    r"нда|нде|да|де|та|те|ға|ге|ға)$"
)


# An open syllable of an East Asian name with the genitive or dative it takes after a vowel (Хо +
# ның, Ли + ға). Their Kazakh letters are gone once the word is spelled the Russian way (Хонын),
# so the suffix must come off before.
_SYLLABLE_WITH_SUFFIX = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][аеёиоуыэюяәөүұі](?:ның|нің|ға)")


def strip_kazakh_case(word: str) -> str:
    """Return a name word without a Kazakh case suffix (Итоны, Кёвермен, Құртұлмұшпен)."""
    word = strip_kazakh_suffix(word)
    m = _CASE_SUFFIX.search(word)
    if (
        m
        and (len(word) - len(m.group()) >= 3 or _SYLLABLE_WITH_SUFFIX.fullmatch(word))
        and re.search(r"[әғқңөұүһі]|[аеиоуы]", word[: m.start()])
        and not _DISHARMONY.search(word[: m.start()] + "|" + m.group())
        and not _VOICING_CLASH.search(word[: m.start()] + "|" + m.group())
    ):
        return word[: m.start()]
    return word


# Consonant agreement: a suffix opens with т, қ/к or п after a voiceless consonant only (Ахметтің,
# Жақыпқа, Тоқаевқа: the в of -ов/-ев counts as one, and a foreign name's last б, г, д is said
# voiceless: Ахмедке), with д, ғ/г or б after anything else (Байденді, Путинге). So `Перальта`,
# `Альберта` are whole names: after л, р a locative is -да.
_VOICING_CLASH = re.compile(
    r"(?<![бвгдкқпстфхцчшщ])ь?\|(?:т|қ|к|п(?=ен))|[вкқпстфхцчшщ]\|(?:д|ғ|г|б(?=ен))",
    re.IGNORECASE,
)


# Vowel harmony: a stem ending in a back vowel takes a back suffix (Виртаға, not Вирта+нен), so
# a front ending after one is the name's own (Виртанен). The instrumental мен/бен/пен is one form.
# Likewise a stem whose last vowel is front takes a front suffix (Мехтеге), so a back ending after
# it is the name's own (Мехта, not Мех + та); е after a vowel is йе and goes either way (Тоқаевқа).
_DISHARMONY = re.compile(
    r"[аоұыу]\|(?!мен|бен|пен)\w*[еі]"
    r"|(?:[әөүі]|(?<![аеёиоуыэюяәөүұі])е)[^аеёиоуыэюяәөүұі|]*\|(?!мен|бен|пен)\w*[аыұ]"
)


def strip_kazakh_suffix(word: str, stems: frozenset[str] = frozenset()) -> str:
    """Return word without a Kazakh case suffix when what is left still reads as a surname."""
    low = word.lower()
    if low in stems:
        return word
    for suffix in KK_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            blow = base.lower()
            if blow in stems or re.search(
                r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ұлы|улы|қызы|кызы|уулу|енко|ко)$", blow
            ):
                return base
    return word


_LATIN = (
    ("lya", "лья"),
    ("tya", "тья"),
    ("nya", "нья"),
    ("lyu", "лью"),
    ("iya", "ия"),
    ("iyu", "ию"),
    ("iye", "ие"),
    # Uzbek and Tajik iyo is иё, not the ий of Russian -iy (Ziyoda, Mirziyoyev -> Зиёда,
    # Мирзиёев).
    ("iyo", "иё"),
    ("shch", "щ"),
    ("th", "т"),
    ("sch", "щ"),
    ("yo", "ё"),
    ("yu", "ю"),
    ("ya", "я"),
    ("ye", "е"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("gh", "г"),
    ("ay", "ай"),
    ("ey", "ей"),
    ("oy", "ой"),
    ("uy", "уй"),
    ("iy", "ий"),
    ("a", "а"),
    ("b", "б"),
    ("c", "к"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "ж"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "у"),
    ("x", "кс"),
    ("y", "ы"),
    ("z", "з"),
    ("ä", "а"),
    ("ö", "о"),
    ("ü", "у"),
    ("ı", "ы"),
    ("ş", "ш"),
    ("ç", "ч"),
    ("ğ", "г"),
    ("é", "е"),
    ("ə", "а"),
)

# Japanese names in Latin use Hepburn; Russian spells them by Polivanov (Hiroshi -> Хироси,
# Shinji -> Синдзи, Michiko -> Митико). A word is read as Japanese only when it is made of
# Hepburn syllables alone and has a syllable no Kazakh or Russian Latin spelling uses.
_HEPBURN_WORD = re.compile(r"^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?=[^aiueoy]))+$")
_HEPBURN_MARK = re.compile(r"shi|ji|tsu")
_JAPANESE = (
    ("shi", "си"),
    ("sha", "ся"),
    ("shu", "сю"),
    ("sho", "сё"),
    ("chi", "ти"),
    ("cha", "тя"),
    ("chu", "тю"),
    ("cho", "тё"),
    ("tsu", "цу"),
    ("ji", "дзи"),
    ("ja", "дзя"),
    ("ju", "дзю"),
    ("jo", "дзё"),
    ("wa", "ва"),
    ("fu", "фу"),
    ("kyo", "кё"),
    ("kyu", "кю"),
    ("ryo", "рё"),
    ("ryu", "рю"),
    ("ky", "кь"),
    ("ry", "рь"),
    ("ny", "нь"),
    ("hy", "хь"),
    ("my", "мь"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "ё"),
)


_FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"


@lru_cache(maxsize=1)
def latin_first_names() -> dict[str, str]:
    """Return fixtures/latin_first_names.json: Latin first name (lower case) -> Russian spelling.

    Russian media spell international first names by custom, not by letters (James -> Джеймс,
    Catherine -> Кэтрин, Mikko -> Микко); no letter rule gives these.
    """
    with open(_FIXTURES / "latin_first_names.json", encoding="utf-8") as fh:
        return json.load(fh)["names"]


@lru_cache(maxsize=1)
def _russian_first_names() -> frozenset[str]:
    spellings = [*latin_first_names().values()]
    spellings += [v for names in _origins().values() for v in names.values()]
    return frozenset(v.lower() for v in spellings)


@lru_cache(maxsize=50_000)
def known_first_name(word: str) -> bool:
    """Tell whether a Russian word is a first name: in pymorphy3's dictionary or the table.

    Kazakh and Kyrgyz first names are often a known name and a name element (Нурлан+бек,
    Нур+болат, Айдар+хан); such a compound is a first name too, and so is a hyphenated name
    of known parts (Марк-Андре, Жан-Люк).
    """
    if _dictionary_first_name(word):
        return True
    if "-" in word:
        return all(known_first_name(part) for part in word.split("-") if part)
    m = _KAZAKH_NAME_ELEMENT.search(word.lower())
    return bool(m) and m.start() >= 3 and _dictionary_first_name(word[: m.start()])


# The second parts of Kazakh and Kyrgyz compound first names.
_KAZAKH_NAME_ELEMENT = re.compile(r"(?:бек|болат|жан|хан|бай|гали|гуль|гүл|сұлтан|султан|тай)$")


def _dictionary_first_name(word: str) -> bool:
    return word.lower() in _russian_first_names() or any(
        "Name" in p.tag and p.is_known for p in morph().parse(word)
    )


# Spellings no Kazakh or Russian romanisation uses: the word is English (Whitfield, Brooks,
# Thompson, Jackson, Scott, Dawson, Clarence). Only such words get the English rules below.
_ENGLISH = re.compile(
    r"wh|^wr|ee|oo|ea|ck|ph|th|igh|agh$|ohn|^mc|^o['’]|(?:tt|ll|ss|ff)$|([bdfgklmnprtz])\1y$"
    r"|aw(?![aeiouy])|nce$|dge$"
)
# Replacements are Cyrillic already, so the letter rules after them leave them alone.
_ENGLISH_RULES = (
    (re.compile(r"^wh"), "у"),  # Whitfield -> Уитфилд
    (re.compile(r"^wr"), "р"),  # Wright
    (re.compile(r"^wa(?=l|tch|ts)"), "уо"),  # Walsh, Walter, Watson -> Уолш, Уолтер, Уотсон
    (re.compile(r"(?<=^уо)ts"), "тс"),  # Watson: t and s apart, not ц
    # The w of a second element after a consonant is в: Wordsworth, Maxwell, Edwards, Sherwood,
    # Goodwill.
    (re.compile(r"(?<=[^aeiouy])w(?=orth$|ell$|ill$|oods?$|ards?$)"), "в"),
    (re.compile(r"ee|ea"), "и"),  # Reed, Dean
    (re.compile(r"oo"), "у"),  # Brooks
    (re.compile(r"^ma?c(?=[bcdfgklmnprstvw])"), "мак"),  # McKenzie, MacDonald
    (re.compile(r"aw(?![aeiouy])"), "оу"),  # Lawson, Crawford, Shaw -> Лоусон, Кроуфорд, Шоу
    # A first-syllable ald before a consonant is /ɔːl/, ол in Russian: Baldwin, Aldrin ->
    # Болдуин, Олдрин; not an unstressed -ald (Donald, Donaldson -> Дональд, Дональдсон).
    (re.compile(r"^([^aeiouy]{0,2})a(?=ld[^aeiouy])"), r"\1о"),
    (re.compile(r"dge$"), "дж"),  # Coolidge, Hodge -> Кулидж, Ходж
    # A u closed by a final cluster is the English /ʌ/, а in Russian: Hunt, Dunn, Stubbs ->
    # Хант, Данн, Стаббс. Not after a vowel (Faust), before l, r (Bull, Hurst: other vowels), a
    # digraph with h (Bush) or the Slavic -sk (Tusk -> Туск).
    (re.compile(r"(?<=[^aeiouy])u(?=(?!sk)[bcdfgkmnpstvz]{2}s?$)"), "а"),
    (re.compile(r"(?:(?<=^br)|(?<=['’]br))[iy](?=[ae]n$)"), "ай"),  # Brian, O'Brien, Bryan
    (re.compile(r"ck(?=[aeiou])"), "кк"),  # Dickens, Becker
    (re.compile(r"(?<=[aeiou])s(?=en$)"), "з"),  # Rosen -> Розен
    (re.compile(r"ck"), "к"),  # Jackson
    (re.compile(r"(?<=[^aeiou])ie$|(?<=[^aeiou])ey$"), "и"),  # McKenzie, Whitney
    (re.compile(r"ph"), "ф"),  # Phillips
    (re.compile(r"tch"), "тч"),  # Mitchell
    (re.compile(r"eigh"), "ей"),  # Creighton, Heighway -> Крейтон, Хейуэй
    (re.compile(r"igh"), "ай"),  # Wright, Knight
    (re.compile(r"(?<=a)gh$"), ""),  # an Irish final -agh is silent: Cavanagh, Monagh -> Кавана
    (re.compile(r"ayes$"), "ейс"),  # Hayes, Mayes -> Хейс, Мейс (Резерфорд Хейс)
    (re.compile(r"ow(?=n)"), "ау"),  # Brown, Downing, Townsend
    (re.compile(r"^ash(?=[^aeiouy])"), "эш"),  # Ashton, Ashley
    (re.compile(r"^e"), "э"),  # Edwards, Evans
    (re.compile(r"(?<=[aeou]w)e"), "э"),  # Bowen -> Боуэн
    (re.compile(r"ay"), "ей"),  # Taylor -> Тейлор
    (re.compile(r"(?<=o)h(?=n)"), ""),  # Johnson
    (re.compile(r"^j"), "дж"),  # Jackson, Jones
    (re.compile(r"(?<=[^aeiou])y(?=[^aeiou]e$)"), "ай"),  # Pryce, Hyde, Blythe
    (re.compile(r"c(?=[eiy])"), "с"),  # Pryce, Vance, Lucy
    (re.compile(r"(?<=[^aeiouy])e$"), ""),  # a final e after a consonant is silent: Browne
    (re.compile(r"(?<=[^aeiou])y$"), "и"),  # Kelly -> Келли, not the Russian -ий
)


# Letters with no decomposition into a base letter and a mark: Unicode would drop them whole
# (Søren -> sren), so they are spelled out first (Søren -> soren, Bjørn, Łukasz, Æsa).
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"}
)


def _fold(word: str) -> str:
    """Return a lower-case word without diacritics (Sofía -> sofia, Lefèvre -> lefevre)."""
    low = word.lower().translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def _origins() -> dict[str, dict[str, str]]:
    """Return the table's first names by language: code -> {folded name: Russian spelling}."""
    with open(_FIXTURES / "latin_first_names.json", encoding="utf-8") as fh:
        return json.load(fh)["origins"]


# Ties between the languages of a first name (Daniel: English or French) go to the one Kazakh
# news meets most, unless the surname tells (Daniel Lefèvre is French).
_ORIGIN_ORDER = (
    "en",
    "es",
    "fr",
    "de",
    "pt",
    "it",
    "af",
    "he",  # before pl: Michal is Михаль unless the surname is Polish (Michal Wiśniewski)
    "pl",
    "sh",
    "uk",
    "ar",
    "hu",
    "in",
    "id",
    "sv",
    "nl",
    "el",
    "th",
    "et",
)
# The languages with transcription rules of their own, for spelling a lone Latin surname (ko, zh:
# a Korean or Chinese family name alone, `Park said`).
LATIN_ORIGINS = ("en", "es", "fr", "de", "pt", "pl", "sh", "uk", "sw", "ar", "el", "th", "ko", "zh")

# Spellings that give a surname's language wherever its bearer lives (Rosenberg is spelled the
# German way in Russian for an American too).
_SURNAME_ORIGIN = (
    # Scandinavian before German, which shares ö and -berg (Nyström, Lindqvist, Søderberg).
    # Icelandic patronymics (-sson, -dóttir) and letters (ð, þ) are read the Scandinavian way.
    ("sv", re.compile(r"ström|qvist|[øåæðþ]|sson$|d[oó]ttir$")),
    ("de", re.compile(r"(?:berg|burg|mann|feld|baum|thal|dt)$|stein|sch|tz|ß|[äöü]")),
    # Hungarian (Szabó, Kovács, Győri, Nagy); before Polish, which shares sz.
    ("hu", re.compile(r"[őű]|cs|zs|gy|ó$|^sz(?![cy])")),
    # Polish digraphs and adjectival endings (Wiśniewska, Brzeziński); Kazakh rzh is not rz,
    # nor is the rz of a surname in -ev/-ov, which Polish never writes (Mirziyoyev).
    ("pl", re.compile(r"sz|cz|rz(?=[aeiouy])(?!.*[eo]va?$)|[^aeiou][cs]k[ia]$|wicz$|[łąęśźżń]")),
    # Serbian, Croatian, Bosnian (Kovačević, Đoković; Petrovic without the marks).
    ("sh", re.compile(r"[čćđ]|\w{3}i[cć]$")),
    # Greek patronymic and diminutive endings (Papadopoulos, Christodoulou, Papadakis, Savvidis).
    ("el", re.compile(r"\w{2}(?:poul(?:os|ou)|[^aeiou]ou|akis|[ae]?idis|akos)$")),
    ("uk", re.compile(r"enko$|[cy]huk$|yuk$|chyk$")),
    # Portuguese, Almeida among them (Spanish spells it Almeyda).
    ("pt", re.compile(r"ão|ões|ães|eir[ao]s?$|eida$|nh[ao]s?$|lh[ao]s?$|ç[aoõã]")),
    # French, Quebec's among them: -ette, -otte, -eux, -ais and -ay after a stop and l are read
    # the French way (Paquette, Turcotte, Lemieux, Blais, Duplay).
    (
        "fr",
        re.compile(
            r"eau|eaux$|oux$|ault$|anc$|aud$|ois$|[èêë]|é$|(?<!e)ier$|[eo]tte$|eux$|ais$|[bp]lay$"
        ),
    ),
    # Italian, -ella among them (Montella, Spinella): Spanish surnames have ll in -illa, -illo.
    ("it", re.compile(r"[cg]hi$|cci|gli|zz|ell[aio]$|ett[io]$|ini$")),
    # Dutch ij before a consonant (Dijkstra, Dijsselbloem): not the Spanish j between vowels.
    # Flemish surnames write the particle glued (Vandenbroucke, Vanhoutte): a van before a
    # consonant and two letters more, not the English Vance.
    ("nl", re.compile(r"ij(?=[^aeiou])|^van(?:de[nr]?)?[bcdfghklmnprstvwz]\w{2}")),
    # Spanish, -nueva (`new`) of compound surnames among them (Villanueva, Casanueva), which is
    # no Russian-style -eva.
    ("es", re.compile(r"ñ|(?<=[aeiou])[zj]|[aeiou][^aeiou]?ez$|nueva$")),
    # East African spellings (Wanjiru, Mwangi, Njoroge, Ndegwa).
    ("sw", re.compile(r"nj|mw|^n[dgy](?=[aeiouw])|^mb")),
    # Russian-style romanisation (Khadzhiev, Zhukova): letter by letter, not the English way.
    ("ru", re.compile(r"kh|zh|(?:i?[oe]v|yev)a?$")),
    ("en", re.compile(_ENGLISH.pattern)),
)
# Languages whose surname spelling alone tells how to read the first name before it too
# (Krzysztof Nowakowski, Oksana Hrytsenko, Dragan Petrović, Hedda Lindström: her dd stays).
_TELLING_ORIGINS = ("pl", "sh", "uk", "sv", "el")
# Surname endings Scandinavian shares with German (Solberg, Lindholm): after a Scandinavian
# first name they are read the Scandinavian way (Ingrid Solberg -> Сольберг, not Зольберг).
_NORDIC_SURNAME_END = re.compile(r"(?:berg|borg|holm|lund|feld|dahl)$")


def _name_languages(word: str) -> frozenset[str]:
    """Return the languages whose first-name lists hold word (each part of Anne-Sophie)."""
    langs: frozenset[str] | None = None
    for part in _fold(word).split("-"):
        found = frozenset(code for code, names in _origins().items() if part in names)
        langs = found if langs is None else langs & found
    return langs or frozenset()


@lru_cache(maxsize=50_000)
def is_first_name_word(word: str) -> bool:
    """Tell whether a Latin, Kazakh or Russian word is a known first name (David, Ерлан)."""
    if re.search(r"[A-Za-z]", word):
        return bool(_name_languages(word)) or _fold(word) in latin_first_names()
    return known_first_name(soft_first_name(kazakh_to_russian(word)))


# Spellings of English common words that no romanisation of a Kazakh or Russian name uses
# (Security, Defence, Council, Foreign, Economic, Affairs, Agriculture).
_COMMON_ENGLISH = re.compile(r"c(?![hk])|q|x|gn|ff|ss|ph|th|ity$|ment$|tion$|[ae]nce$|ship$|ure$")
# Surnames romanised from Russian or Kazakh (Nurmaganbetov, Kuantayeva, Zhaksylykuly), and the
# Icelandic and Scandinavian patronymic ones (Einarsson, Jónsdóttir): no common word ends so.
_SLAVIC_SURNAME = re.compile(r"(?:[oe]v|in)a?$|uly$|kyzy$|\w{3}sson$|\w{3}d[oó]ttir$")
# Plurals of English abstract and agent nouns (Representatives, Relations, Communities,
# Investments): the end of a body's name, never a first name, whatever name follows. Not
# -ements, a surname's end too (Clements).
_PLURAL_COMMON_NOUN = re.compile(r"\w{3,}(?:atives|ations|itions|ities|\w(?<!e)ments|ships)")


# Latin phrases that follow a title in English (Senate President Pro Tempore, Chargé
# d'Affaires Ad Interim): capitalised as the title is, never a name's.
_LATIN_TITLE_PHRASES = frozenset(["pro tempore", "ad interim", "ex officio", "honoris causa"])


def opens_with_common_word(words: list[str]) -> bool:
    """Tell whether a Latin name run opens with an English common word (Security Nurlan Abenov)
    or a Latin phrase of a title (President Pro Tempore Ramon Villanueva).

    A committee's title ends in a capitalised common word (Committee on Defence and Security);
    when a name follows, the word is glued to it. It is dropped when it is no first name, is
    spelled the English way, and a first name follows it, or a first name and a Kazakh-style
    or patronymic surname follow (Yerzhan Nurmaganbetov, Einar Thorsson, whose first names the
    table need not know). A word before such a word goes with it (Rural Development Serik
    Abenov).
    """
    if len(words) < 3 or is_first_name_word(words[0]):
        return False
    if " ".join(words[:2]).lower() in _LATIN_TITLE_PHRASES:
        return True
    if _PLURAL_COMMON_NOUN.fullmatch(words[0]):
        return True  # House of Representatives Amr Adeeb: the first name need not be known
    if _COMMON_ENGLISH.search(words[0].lower()) and (
        is_first_name_word(words[1])
        or (len(words) == 3 and bool(_SLAVIC_SURNAME.search(words[2].lower())))
    ):
        return True
    return opens_with_common_word(words[1:])


def _surname_origin(word: str) -> str:
    """Return the language a surname's spelling shows (Rosenberg: de, Ribeiro: pt), or ''."""
    low = word.lower()
    return next((code for code, pattern in _SURNAME_ORIGIN if pattern.search(low)), "")


_ARABIC_PARTICLE = re.compile(r"(?:al|el|bin|bint|ibn|abu)(?:-[A-Z][\w'’-]*)?", re.IGNORECASE)
# The Arabic article as Russian writes it before a surname (аль-Мансури, эль-Баз).
_ARABIC_ARTICLE = {"al": "аль-", "el": "эль-"}
# The article hyphenated to a surname, assimilated or not (Al-Thani, Ash-Shamsi). The Egyptian
# El- stays a capitalised part of the surname in Russian (ElBaradei, El-Sayed -> Эль-Барадеи).
_HYPHENED_ARTICLE = re.compile(r"(?:Al|A[dnrstz]|Ash)-(?=[A-Z])")


def join_arabic_article(written: list[str], words: list[str]) -> list[str]:
    """Return a name's Russian words with an Arabic article written apart joined to the next.

    English writes the article as a capitalised word of its own (Khalid Al Mansouri, Al Zaabi
    said) or capitalised and hyphenated (Hamad Al-Thani); Russian writes it lower case and
    hyphenated to the surname after a first name (Халид аль-Мансури, Хамад аль-Тани).
    written are the name's words as in the text, words their Russian spellings.
    """
    out: list[str] = []
    article = ""
    for i, (latin, russian) in enumerate(zip(written, words, strict=True)):
        if article:
            out.append(article + russian)
            article = ""
        elif latin in ("Al", "El") and i < len(written) - 1:
            article = _ARABIC_ARTICLE[latin.lower()]
        elif i and _HYPHENED_ARTICLE.match(latin):
            out.append(russian[:1].lower() + russian[1:])
        else:
            out.append(russian)
    return out


# A written accent before a final -io, -ia is Portuguese: Spanish and Italian never mark that
# syllable (Márcio, Sérgio, Flávio; Spanish Marcio, Sergio). With ó, é before m, n it is the
# spelling of Portugal (António, Sónia, Eugénio).
_PORTUGUESE_ACCENT = re.compile(r"[áéíóúâêô][^aeiouáéíóúâêô]+i[ao]s?$")
_EUROPEAN_ACCENT = re.compile(r"[óé][mn]i[ao]s?$")


# Lower-case particles of Dutch surnames (van, de, ter; van der, van den).
_DUTCH_PARTICLES = frozenset(["van", "de", "der", "den", "ter", "ten", "te"])


def _dutch_particles(words: list[str]) -> bool:
    """Tell whether a name's particles are lower-case Dutch ones (Jan van Dijk, Kees de Vries)."""
    particles = [w for w in words[1:-1] if w.islower()]
    return bool(particles) and all(w in _DUTCH_PARTICLES for w in particles)


def latin_name_origins(words: list[str]) -> tuple[str, ...]:
    """Return the source language of each word of a Latin-script name ('' when unknown).

    The first name tells the language (Sofía: Spanish, Jean-Pierre: French); a first name of
    several languages takes the one the surname's spelling shows (Laura McKenzie: English),
    else the commonest. A surname spelled the way of one language keeps that language
    (Daniel Rosenberg: English first name, German surname). Without a first name of the
    table, nothing is known.
    """
    if any(_ARABIC_PARTICLE.fullmatch(w) for w in words):
        # An Arabic particle (Khalid Al Mansouri, bin Zayed, al-Thani) makes the name Arabic.
        return tuple("ar" for _ in words)
    names = [w for w in words[:-1] if not is_name_particle(w)]
    langs: frozenset[str] = frozenset()
    for word in names:
        found = _name_languages(word)
        langs = (langs & found or langs) if langs else found
    if len(words) < 2:
        return tuple("" for _ in words)
    hint = _surname_origin(words[-1])
    if hint == "de" and "sv" in langs and _NORDIC_SURNAME_END.search(words[-1].lower()):
        hint = "sv"
    if words[-1].lower() in _SOUTHERN_CHINESE_FAMILY:
        # A Cantonese or Hokkien family name after an English or unknown first name, as in
        # Singapore and Hong Kong (Kenneth Wong, Grace Chong -> Кеннет Вонг, Грейс Чонг).
        first = next((c for c in _ORIGIN_ORDER if c in langs), "")
        return (*(first for _ in words[:-1]), "zh")
    portuguese = any(_PORTUGUESE_ACCENT.search(w.lower()) for w in names)
    if portuguese and hint in ("", "pt") and (not langs or "pt" in langs):
        # Márcio, António: no Spanish or Italian spelling (a Hungarian Mária Kovács is hu).
        langs = frozenset(["pt"])
    if not langs:
        told = hint if hint in _TELLING_ORIGINS else ""
        return tuple(told for _ in words)
    first = hint if hint in langs else next(c for c in _ORIGIN_ORDER if c in langs)
    if not hint and "nl" in langs and _dutch_particles(words):
        # A first name shared with German before Dutch particles is Dutch: German names take
        # von (Jan de Vries, Jan ter Horst -> Ян де Врис, Ян тер Хорст, not Фрис).
        first = "nl"
    last = hint if hint and hint != "en" else first
    origins = (*(first for _ in words[:-1]), last)
    if any(_EUROPEAN_ACCENT.search(w.lower()) for w in words):
        # António, Sónia: Brazil writes ô, ê before m, n (Antônio); the name is Portugal's.
        origins = tuple(EUROPEAN_PORTUGUESE if o == "pt" else o for o in origins)
    return origins


def _origin_spelling(word: str, origin: str) -> str | None:
    """Return the Russian spelling of a first name for its language (Anne-Sophie -> Анн-Софи)."""
    names = _origins().get("pt" if origin == EUROPEAN_PORTUGUESE else origin, {})
    parts = _fold(word).split("-")
    if not all(p in names for p in parts):
        return None
    return _recase_name("-".join(names[p].lower() for p in parts), word)


def _recase_name(text: str, like: str) -> str:
    """Capitalise each part of a name as like is (Анн-Софи, О'Брайен); lower case stays."""
    if not like[:1].isupper():
        return text
    return re.sub(r"(?:^|(?<=[-'’]))\w", lambda m: m.group().upper(), text)


def _iotated(consonant: str):
    """Return a replacement for a soft consonant before a vowel: ll + a -> лья (Castillo)."""
    vowels = {"a": "я", "e": "е", "o": "о", "u": "ю", "i": "и"}
    return lambda m: consonant + ("" if m.group(1) == "i" else "ь") + vowels[m.group(1)]


_FRENCH_SILENT_END = re.compile(r"(?:(?<=[^aeiouy])es?|(?<=[aeiouyéè])[tdxzsp]s?|(?<=n)[tdcg]s?)$")
# Practical transcription of Spanish, Portuguese, French and German names in Russian, applied
# in order to a lower-case word; what is left goes letter by letter.
_ORIGIN_RULES: dict[str, tuple[tuple[re.Pattern, object], ...]] = {
    "es": (
        (re.compile(r"gü(?=[ei])"), "гу"),  # Agüero
        (re.compile(r"[áàâ]"), "a"),
        (re.compile(r"[éèê]"), "e"),
        (re.compile(r"[íì]"), "i"),
        (re.compile(r"[óò]"), "o"),
        (re.compile(r"[úùü]"), "u"),
        (re.compile(r"ch"), "ч"),
        (re.compile(r"ll([aeiou])"), _iotated("л")),  # Castillo -> Кастильо
        (re.compile(r"ll"), "ль"),
        (re.compile(r"ñ([aeiou])"), _iotated("н")),  # Muñoz -> Муньос
        (re.compile(r"qu(?=[ei])"), "к"),
        (re.compile(r"gu(?=[ei])"), "г"),  # Guerrero
        (re.compile(r"g(?=[ei])|j|x(?=[aeiou])"), "х"),  # Rojas, Gil, Ximena
        (re.compile(r"c(?=[ei])|z"), "с"),  # Mendoza, Cervantes
        (re.compile(r"h"), ""),  # Herrera -> Эррера
        (re.compile(r"y(?=[aeiou])|(?<=[aeiou])y$"), "й"),  # Reyes, Rey
        (re.compile(r"(?<=[^aeiou])ia$"), "ия"),  # García
        (re.compile(r"(?<=[bcdfgklmnprstvxz])ie"), "ье"),  # Gutiérrez
        (re.compile(r"^e|(?<=[aeou])e"), "э"),  # Esteban, Fuentes -> Фуэнтес
        (re.compile(r"l(?=[^laeiouyаеёиоуэюя]|$)"), "ль"),  # Alvarez -> Альварес, Rafael
        (re.compile(r"y"), "и"),
    ),
    "pt": (
        (re.compile(r"ão"), "ан"),  # Leão -> Леан
        (re.compile(r"ães"), "айнс"),  # Guimarães
        (re.compile(r"õe"), "оэ"),
        (re.compile(r"[áàâã]"), "a"),
        (re.compile(r"[éê]"), "e"),
        (re.compile(r"í"), "i"),
        (re.compile(r"o(?=s?$)"), "u"),  # an unstressed final o: Ribeiro -> Рибейру
        (re.compile(r"[óôõ]"), "o"),
        (re.compile(r"ú"), "u"),
        (re.compile(r"lh([aeiou])"), _iotated("л")),  # Carvalho -> Карвалью
        (re.compile(r"nh([aeiou])"), _iotated("н")),  # Cunha -> Кунья
        (re.compile(r"ch|x"), "ш"),  # Chaves, Xavier
        (re.compile(r"qu(?=[ei])"), "к"),
        (re.compile(r"gu(?=[ei])"), "г"),
        (re.compile(r"g(?=[ei])|j"), "ж"),
        (re.compile(r"ç|c(?=[ei])|z$"), "с"),
        (re.compile(r"(?<=[aeiou])s(?=[aeiou])"), "з"),  # Sousa -> Соуза
        (re.compile(r"h"), ""),
        (re.compile(r"^e|(?<=[aeou])e"), "э"),  # Coelho -> Коэлью
    ),
    "fr": (
        # Final e is silent (Lefèvre, Hollande), so are final t, d, x, s after a vowel or a
        # nasal (Bonnet, Bertrand, Laurent); the consonants before a final e are heard.
        (_FRENCH_SILENT_END, ""),
        # The r before a silent t, d, s is heard, and the -er left is no -er read е (Lambert ->
        # Ламбер, Girard -> Жирар; but Roger -> Роже).
        (re.compile(r"r[tds]s?$"), "р"),
        # A double consonant left at the end is one (Pierre -> Пьер), but the tt of -ette, -otte
        # stays (Colette, Paquette -> Колетт, Пакетт).
        (re.compile(r"([bcdfgklmnprvz])\1$"), r"\1"),
        (re.compile(r"bv"), "в"),  # Lefebvre -> Лефевр
        (re.compile(r"[éèêë]"), "е"),
        (re.compile(r"ç"), "с"),
        (re.compile(r"eaux?|aux?"), "о"),  # Moreau -> Моро
        (re.compile(r"ay$"), "е"),  # Duplay -> Дюпле
        (re.compile(r"o[uù]"), "у"),
        (re.compile(r"o[iy]"), "уа"),  # Benoît -> Бенуа
        (re.compile(r"[aei]i(?=[^aeiounаеёиоуэюя]|$)"), "е"),  # Lemaire -> Лемер
        (re.compile(r"(?<=[^aeiou])ieu"), "ьё"),  # Lemieux -> Лемьё
        (re.compile(r"eu|œu"), "ё"),
        (re.compile(r"ien$"), "ьен"),  # Julien
        (re.compile(r"ier$"), "ье"),  # Olivier
        (re.compile(r"er$|ez$"), "е"),  # Roger -> Роже
        (re.compile(r"(?<=[^aeiou])ie"), "ье"),  # Pierre -> Пьер
        (re.compile(r"[ae]m(?=[bp])"), "ам"),  # a nasal before b, p keeps its м: Lambert
        (re.compile(r"(?:[ae][nm])(?=[^aeiouynmаеёиоуэюяь]|$)"), "ан"),  # Bertrand, Laurent
        (re.compile(r"(?:ai|ei|[iy])[nm](?=[^aeiouynmаеёиоуэюяь]|$)"), "ен"),  # Martin -> Мартен
        (re.compile(r"un(?=[^aeiouynmаеёиоуэюяь]|$)"), "ен"),
        (re.compile(r"ch"), "ш"),
        (re.compile(r"ph"), "ф"),
        (re.compile(r"th"), "т"),
        (re.compile(r"gn"), "нь"),
        (re.compile(r"qu|gu(?=[eiy])"), lambda m: "к" if m.group() == "qu" else "г"),
        (re.compile(r"g(?=[eiy])|j"), "ж"),
        (re.compile(r"c(?=[eiy])"), "с"),
        (re.compile(r"(?<=[aeiouyе])s(?=[aeiouyе])"), "з"),
        (re.compile(r"h"), ""),
        (re.compile(r"u"), "ю"),  # Dupont -> Дюпон
        (re.compile(r"l(?=[^laeiouyаеёиоуэюяь]|$)"), "ль"),  # Sylvie -> Сильви, Michel
        (re.compile(r"^e"), "э"),
        (re.compile(r"y"), "и"),
    ),
    "de": (
        (re.compile(r"tsch"), "ч"),
        (re.compile(r"sch"), "ш"),
        (re.compile(r"^s(?=[tp])|s(?=tei)"), "ш"),  # Steinmeier, Weinstein
        (re.compile(r"ch"), "х"),
        (re.compile(r"ck(?=[aeiouäöü])"), "кк"),  # Becker -> Беккер
        (re.compile(r"ck"), "к"),  # Baerbock -> Бербок
        (re.compile(r"tz|z"), "ц"),
        (re.compile(r"ß"), "сс"),
        (re.compile(r"qu"), "кв"),
        # After l the diphthong is ляй (Leitner, Kleiber -> Ляйтнер, Кляйбер).
        (re.compile(r"l[ae][iy]"), "ляй"),
        (re.compile(r"[ae][iy]"), "ай"),
        (re.compile(r"eu|äu"), "ой"),
        (re.compile(r"ie"), "и"),
        (re.compile(r"ä|ae"), "е"),
        (re.compile(r"ö|oe"), "ё"),
        (re.compile(r"ü|ue"), "ю"),
        (re.compile(r"(?<=[aeiou])h"), ""),  # Lehmann, Dahl
        (re.compile(r"^s|(?<=[aeiouy])s(?=[aeiou])"), "з"),  # Rosenberg; Hansen keeps с
        (re.compile(r"nn$"), "н"),  # Hoffmann -> Хоффман
        (re.compile(r"ju"), "ю"),
        (re.compile(r"ja"), "я"),
        (re.compile(r"j"), "й"),
        (re.compile(r"v"), "ф"),
        (re.compile(r"w"), "в"),
        (re.compile(r"l(?=[^laeiouаеёиоуэюя])|(?<=[aeiou])l$"), "ль"),  # Scholz, Wolf, Engel
        (re.compile(r"^e|(?<=[aou])e"), "э"),
        (re.compile(r"y"), "ю"),
    ),
    "pl": (
        # Adjectival surnames take the Russian endings: Wiśniewska -> Вишневская, Czarnecki.
        (re.compile(r"ska$"), "ская"),
        (re.compile(r"ski$"), "ский"),
        (re.compile(r"cka$"), "цкая"),
        (re.compile(r"cki$"), "цкий"),
        (re.compile(r"l(?=[^aeiouyłаеёиоуыэюя])"), "ль"),  # Kowalski -> Ковальский
        (re.compile(r"szcz"), "щ"),
        (re.compile(r"(?<=[ptkh])rz"), "ш"),  # Krzysztof -> Кшиштоф
        (re.compile(r"rz|ż"), "ж"),
        (re.compile(r"sz|ś(?=[nlc])"), "ш"),  # Wiśniewski -> Вишневский
        (re.compile(r"cz"), "ч"),
        (re.compile(r"ch"), "х"),
        (re.compile(r"ś"), "сь"),
        (re.compile(r"ź"), "зь"),
        (re.compile(r"ć"), "ць"),
        (re.compile(r"ń"), "нь"),
        (re.compile(r"ą"), "он"),
        (re.compile(r"ę"), "ен"),
        (re.compile(r"ó"), "у"),
        (re.compile(r"ł"), "л"),
        (re.compile(r"ia$"), "ия"),  # Julia -> Юлия
        # A softening i or a j before a vowel is a Russian iotated vowel: Zbigniew, Jakub.
        (re.compile(r"(?<=[^aeiouy])i([aeou])|j([aeuo])"), lambda m: _IOTATED[m[1] or m[2]]),
        (re.compile(r"j"), "й"),
        (re.compile(r"(?<=[шжч])y"), "и"),  # Wyszyński, Krzysztof
        (re.compile(r"c"), "ц"),
        (re.compile(r"w"), "в"),
    ),
    "sh": (
        # Without its marks a c in -ić, -čević is mostly č or ć (Kovacevic, Petrovic).
        (re.compile(r"^[a-z-]+$"), lambda m: re.sub(r"c(?=[ei]|$)", "ч", m[0])),
        (re.compile(r"[čć]"), "ч"),
        (re.compile(r"dž|đ"), "дж"),
        (re.compile(r"š"), "ш"),
        (re.compile(r"ž"), "ж"),
        (re.compile(r"(?<=[ln])j(?![aeuo])"), "ь"),
        # lj, nj and j before a vowel are iotated vowels: Ljubica, Njegoš, Marija, Jovan.
        (re.compile(r"(?<=[ln])j([aeuo])|(?<=[aeiou])j([aeuo])"), lambda m: _IOTATED[m[1] or m[2]]),
        (re.compile(r"^j([aeu])"), lambda m: _IOTATED[m[1]]),
        (re.compile(r"j"), "й"),
        (re.compile(r"c"), "ц"),
    ),
    "uk": (
        (re.compile(r"[iy]y$"), "ий"),  # Andriy
        (re.compile(r"(?<![kzcs])h"), "г"),  # Hrytsenko -> Гриценко
        (re.compile(r"y(?![aeiou])"), "и"),
    ),
    # Arabic names in English spelling: ou, aa, ee, oo are one long vowel (Mansouri -> Мансури,
    # Zaabi -> Заби), j is дж (Jassim), a final h after a vowel is silent (Abdullah). A final l
    # is soft (Abdel-Rahman, Khalil -> Абдель-Рахман, Халиль); y between vowels is a consonant
    # (Sayed, Hayat -> Сайед, Хаят), not dropped as in Tokayev -> Токаев. The Maghreb spells
    # them the French way: ch is ш, dj дж, and a final e is mute (Benkirane -> Бенкиран,
    # Tebboune -> Теббун, Chahed -> Шахед); English spellings of Arabic have neither.
    "ar": (
        (re.compile(r"ou|oo|uu"), "у"),
        (re.compile(r"aa"), "а"),
        (re.compile(r"ee|ii"), "и"),
        (re.compile(r"ch"), "ш"),
        (re.compile(r"(?<=[^aeiouy])e$"), ""),
        (re.compile(r"d?j"), "дж"),
        # But the h of the pattern fa``al is heard, a doubled consonant before it (Jarrah,
        # Sabbah -> Джаррах, Саббах), ll aside (Abdallah -> Абдалла).
        (re.compile(r"(?<=[aeiou])(?<!bba|dda|kka|mma|nna|rra|ssa|tta|zza)h$"), ""),
        (re.compile(r"w(?=[aeiou])"), "в"),  # Marwan, Kuwari -> Марван, Кувари
        (re.compile(r"(?<=[aeiou])l(?=-|$)"), "ль"),
        (
            re.compile(r"(?<=[aeiou])y([aeiou])"),
            lambda m: {"a": "я", "u": "ю"}.get(m[1], "й" + m[1]),
        ),
        # A final y after a consonant is the Egyptian spelling of a final long i (Shoukry, Fahmy
        # -> Шукри, Фахми), not the Russian -ый.
        (re.compile(r"(?<=[^aeiouy])y$"), "и"),
    ),
    # Hungarian: sz is с, s is ш, cs ч, zs ж, gy дь, ny нь, ly й (Szabó -> Сабо, Kovács -> Ковач).
    "hu": (
        (re.compile(r"cs"), "ч"),
        (re.compile(r"sz"), "с"),
        (re.compile(r"zs"), "ж"),
        (re.compile(r"s"), "ш"),
        (re.compile(r"gy"), "дь"),
        (re.compile(r"ny"), "нь"),
        (re.compile(r"ly"), "й"),
        (re.compile(r"c"), "ц"),
        (re.compile(r"[áéíóöőúüű]"), lambda m: _fold(m[0])),
        (re.compile(r"(?<=[aeo])i$"), "и"),  # a final -ai, -ei is two vowels: Szalai -> Салаи
    ),
    # Indian names in English spelling: j is дж (Sanjay), ee and oo are long и and у (Deepak).
    "in": (
        (re.compile(r"ee"), "и"),
        (re.compile(r"oo"), "у"),
        (re.compile(r"j"), "дж"),
    ),
    # Indonesian and Malay: w is в (Wibowo -> Вибово), j is дж (Joko), c is ч (Cahyono).
    "id": (
        (re.compile(r"w"), "в"),
        (re.compile(r"j"), "дж"),
        (re.compile(r"c"), "ч"),
    ),
    # Scandinavian: l before a consonant or at the end is soft (Lindholm -> Линдхольм, Dahl,
    # Kjell), j is й (Jensen), y is ю (Nyberg), w is в; ö, ø, å, ä, æ are ё, ё, о, е, е.
    "sv": (
        (re.compile(r"ll(?=[^aeiouyåäöø]|$)"), "лль"),
        (re.compile(r"l(?=[^aeiouyåäöøл]|$)"), "ль"),
        # A consonant + j + vowel is a soft consonant and an iotated vowel: Bjarki, Fjeld ->
        # Бьярки, Фьельд; j alone before a vowel is й.
        (re.compile(r"(?<=[bcdfghklmnprstv])j([aeuoöø])"), lambda m: "ь" + _NORDIC_IOTATED[m[1]]),
        (re.compile(r"j(?=[aeiouyåäöøáéíóú])"), "й"),
        (re.compile(r"(?<=[aeiou])h(?![aeiouy])"), ""),  # Dahl -> Даль
        (re.compile(r"ð"), "д"),  # Icelandic: Guðrún -> Гудрун
        (re.compile(r"þ"), "т"),
        (re.compile(r"qv"), "кв"),
        (re.compile(r"y"), "ю"),
        (re.compile(r"w"), "в"),
        (re.compile(r"[öø]"), "ё"),
        (re.compile(r"å"), "о"),
        (re.compile(r"[äæ]"), "е"),
        (re.compile(r"^ei"), "эй"),  # Einar -> Эйнар
        (re.compile(r"^e"), "э"),  # Eskil -> Эскиль
    ),
    "sw": (
        (re.compile(r"j"), "дж"),  # Wanjiru -> Ванджиру
        (re.compile(r"w"), "в"),
    ),
    # Dutch and Flemish: ij, ei are ей (Dijkstra -> Дейкстра), oe у (Hoekstra -> Хукстра), ui
    # ёй, eu ё, ou and au ау; double vowels are long, not two (Kaag -> Кааг is a habit, Maarten
    # -> Мартен the rule); u is ю (Rutte -> Рютте); sch is сх (Schoof -> Схоф), a final -sch с
    # (Bosch -> Бос); j is й, w and v в (Visser -> Виссер). Double consonants stay.
    "nl": (
        (re.compile(r"sch$"), "с"),
        (re.compile(r"sch"), "сх"),
        (re.compile(r"ch"), "х"),
        (re.compile(r"ij|ei"), "ей"),
        (re.compile(r"oe"), "у"),
        (re.compile(r"ui"), "ёй"),
        (re.compile(r"eu"), "ё"),
        (re.compile(r"ou|au"), "ау"),
        (re.compile(r"aa"), "а"),
        (re.compile(r"ee"), "е"),
        (re.compile(r"oo"), "о"),
        (re.compile(r"uu"), "у"),
        (re.compile(r"ie"), "и"),
        (re.compile(r"j([aeou])"), lambda m: {"a": "я", "e": "йе", "o": "йо", "u": "ю"}[m[1]]),
        (re.compile(r"j"), "й"),
        (re.compile(r"u"), "ю"),
        (re.compile(r"c(?=[eiy])"), "с"),
        (re.compile(r"^e"), "э"),
        (re.compile(r"w"), "в"),
    ),
    # Greek: ou is у (Christodoulou, Stavrou -> Христодулу, Ставру), ch х, th т, ph ф, y и, an
    # initial e э (Eleni -> Элени).
    "el": (
        (re.compile(r"ou"), "у"),
        (re.compile(r"ch"), "х"),
        (re.compile(r"th"), "т"),
        (re.compile(r"ph"), "ф"),
        (re.compile(r"y(?![aeiou])"), "и"),
        (re.compile(r"^e"), "э"),
    ),
    # Thai: the aspirated th, ph, kh are т, п, к (Pornthip -> Порнтип), w is в (Wittayakun ->
    # Виттаякун), y between vowels opens the next syllable (-aya- is ая), the silent r of an
    # initial Sri is not read (Srisuk -> Сисук).
    "th": (
        (re.compile(r"^sri"), "си"),
        (re.compile(r"th"), "т"),
        (re.compile(r"ph"), "п"),
        (re.compile(r"kh"), "к"),
        (re.compile(r"w"), "в"),
        (re.compile(r"(?<=[aeiou])y([aeu])"), lambda m: _IOTATED[m[1]]),
    ),
    # Estonian: double letters stay (Tamm, Hussar, Kallas -> Тамм, Хуссар, Каллас) but ii is ий
    # (Liina, Priit -> Лийна, Прийт); j is й, and after a consonant a soft sign and an iotated
    # vowel (Kristjan, Kaljulaid -> Кристьян, Кальюлайд); õ is ы (Tõnis -> Тынис), ä я, ö ё, ü
    # ю; l before a consonant is soft (Helme -> Хельме).
    "et": (
        (re.compile(r"ii"), "ий"),
        (re.compile(r"õ"), "ы"),
        (re.compile(r"^ä"), "э"),
        (re.compile(r"ä"), "я"),
        (re.compile(r"ö"), "ё"),
        (re.compile(r"ü"), "ю"),
        (re.compile(r"š"), "ш"),
        (re.compile(r"ž"), "ж"),
        (re.compile(r"ch"), "х"),
        (re.compile(r"l(?=[bcdfghkmnprstvz])"), "ль"),
        (re.compile(r"(?<=[bcdfghklmnprstv])j([aeuo])"), lambda m: "ь" + _NORDIC_IOTATED[m[1]]),
        (re.compile(r"(?:^|(?<=[aeiou]))j([aeuo])"), lambda m: _NORDIC_IOTATED[m[1]]),
        (re.compile(r"j"), "й"),
        (re.compile(r"^e"), "э"),
        (re.compile(r"w"), "в"),
    ),
    # Hebrew names in English spelling: ch is х (Michal, Chaim -> Михаль, Хаим), tz ц (Peretz),
    # the h of Cohen is silent and an e after a vowel is э (Cohen, Yoel -> Коэн, Йоэль); l
    # before a consonant or at the end is soft (Eyal, Shaul -> Эяль, Шауль), a final y after a
    # consonant is и (Levy -> Леви), an initial yo йо (Yosef -> Йосеф).
    "he": (
        (re.compile(r"(?<=o)h(?=e)"), ""),
        (re.compile(r"ch"), "х"),
        (re.compile(r"tz"), "ц"),
        (re.compile(r"^e|(?<=[aeiou])e"), "э"),
        (re.compile(r"l(?=[^laeiouy]|$)"), "ль"),
        (re.compile(r"(?<=[^aeiouy])y$"), "и"),
        (re.compile(r"^yo"), "йо"),
    ),
    "en": (),
}
# European Portuguese (see latin_name_origins) reads s before a consonant and a final s, z as ш
# (Costa, Luís, Gomes, Luz -> Кошта, Луиш, Гомеш, Луш); Brazil keeps с (Douglas Costa -> Коста).
EUROPEAN_PORTUGUESE = "pt-pt"
_ORIGIN_RULES[EUROPEAN_PORTUGUESE] = (
    (re.compile(r"(?<!s)s(?=[bcdfgklmnpqrtvz]|$)|z$"), "ш"),
    *_ORIGIN_RULES["pt"],
)
_IOTATED = {"a": "я", "e": "е", "o": "ё", "u": "ю"}
_NORDIC_IOTATED = {"a": "я", "e": "е", "o": "о", "u": "ю", "ö": "ё", "ø": "ё"}


def _by_rules(low: str, origin: str) -> str:
    """Return low with the transcription rules of its language applied."""
    for pattern, repl in _ORIGIN_RULES[origin]:
        low = pattern.sub(repl, low)
    return low


# Surname particles as Russian writes them (von der Leyen -> фон дер Ляйен, al-Mazrui).
_LATIN_PARTICLES = {
    "al": "аль", "el": "эль", "ad": "ад", "as": "ас", "ash": "аш", "at": "ат", "an": "ан",
    "ar": "ар", "az": "аз", "ul": "уль", "bin": "бин", "bint": "бинт", "ibn": "ибн", "abu": "абу",
    "ben": "бен", "von": "фон", "van": "ван", "der": "дер", "den": "ден", "de": "де", "da": "да",
    "di": "ди", "du": "дю", "dos": "дос", "das": "дас", "do": "ду", "le": "ле", "la": "ла",
    "del": "дель", "della": "делла", "ter": "тер", "ten": "тен", "zu": "цу",
}  # fmt: skip


def _assimilated_article(particle: str, surname: str) -> str:
    """Return the Arabic article before a Russian surname as Russian media write it.

    Before the sun letters с and ш the article al-, el- is assimilated (al-Sudani, el-Sisi,
    al-Shaibani -> ас-Судани, ас-Сиси, аш-Шейбани); before the others it stays аль, эль. The
    Gulf's Al written apart is the family's Āl, not the article: Hamad Al Shamsi -> аль-Шамси.
    """
    if particle in ("аль", "эль") and surname[:1] in ("с", "С", "ш", "Ш"):
        return "а" + surname[0].lower()
    return particle


@lru_cache(maxsize=50_000)
def latin_to_russian(word: str, origin: str = "") -> str:
    """Transliterate a Latin spelling of a name to Russian Cyrillic (Yerlan -> Ерлан).

    Common international first names come from the table; with origin (a language code from
    latin_name_origins) the word follows that language's practical transcription (Herrera ->
    Эррера in Spanish, Moreau -> Моро in French); English words follow English transcription
    (Whitfield -> Уитфилд); the rest go letter by letter.
    """
    low = word.lower()
    if low in _LATIN_PARTICLES and word.islower():
        return _LATIN_PARTICLES[low]
    head, _, rest = word.partition("-")
    if rest[:1].isupper() and head.lower() in _LATIN_PARTICLES:
        # al-Mazrui -> аль-Мазруи; Al-Mazrui opening a sentence keeps its capital.
        particle = _LATIN_PARTICLES[head.lower()]
        surname = latin_to_russian(rest, origin)
        if head.islower():  # Al-, El- as written: El-Sayed -> Эль-Сайед, a surname's part
            particle = _assimilated_article(particle, surname)
        return _recase(particle, head) + "-" + surname
    if origin in ("ko", "zh"):
        return _east_asian_family(word, origin) or latin_to_russian(word)
    if origin:
        spelled = _origin_spelling(word, origin)
        if spelled:
            return spelled
    table = latin_first_names()
    key = _fold(word)  # the table's names are without marks: Seán, Siobhán are sean, siobhan
    if key in table:
        return table[key] if word[:1].isupper() else table[key].lower()
    if origin in _ORIGIN_RULES and origin != "en":
        return _recase_name(_transliterate(_by_rules(low, origin)), word)
    if "-" in low and origin == "en" and all(p[:1].isupper() for p in word.split("-")):
        # A double English surname is two English surnames (Ellison-Pryce -> Эллисон-Прайс).
        return "-".join(latin_to_russian(part, origin) for part in word.split("-"))
    if (origin == "en" or _ENGLISH.search(low)) and "-" not in low:
        # English keeps its doubled consonants (Scott -> Скотт, Russell -> Рассел(л)).
        for pattern, repl in _ENGLISH_RULES:
            low = pattern.sub(repl, low)
        return _recase_name(_latin_letters(low), word)
    # The Arabic -ullah (`of God`) of theophoric names is -улла in Russian: Nasrullah, Zabihullah
    # -> Насрулла, Забихулла; its ll is no Kazakh doubling.
    low = re.sub(r"(?<=\w\w)ullah$", "улла", low)
    # Doubled consonants are a habit of Kazakh Latin spelling (Kassym, Nurlann): Russian spells
    # them once, unless the Russian name has them too (Anna -> Анна, Gennady -> Геннадий). A
    # name of another language keeps them (Diallo -> Диалло, Mattarella -> Маттарелла).
    doubled = re.search(r"([bcdfgjklmnpqrstvwxz])\1", low)
    if doubled and origin:
        return _recase_name(_latin_letters(low), word)
    if doubled and not word[:1].islower():
        kept = _latin_letters(low)
        if any("Name" in p.tag and p.is_known for p in morph().parse(kept)):
            return kept[:1].upper() + kept[1:]
    low = re.sub(r"([bcdfgjklmnpqrstvwxz])\1", r"\1", low)
    text = _latin_letters(low)
    return "-".join(p[:1].upper() + p[1:] for p in text.split("-")) if word[:1].isupper() else text


# The commonest Vietnamese family names: a Latin name that opens with one and goes on in short
# syllables is Vietnamese (Nguyen Thi Lan, Tran Van Thanh), all of its parts one name.
_VIETNAMESE_FAMILY = frozenset([
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "lam", "mai", "trinh", "doan", "luong", "cao",
])  # fmt: skip
# Russian spells Vietnamese by the Concise convention: Th -> Тх, Ph -> Ф, Tr -> Ч, Nh -> Нь.
_VIETNAMESE = (
    (re.compile(r"^nguy"), "нгу"),
    (re.compile(r"th"), "тх"),
    (re.compile(r"ph"), "ф"),
    (re.compile(r"tr"), "ч"),
    (re.compile(r"kh"), "кх"),
    (re.compile(r"^gi"), "з"),
    (re.compile(r"^d"), "з"),
    (re.compile(r"đ"), "д"),
    (re.compile(r"ch"), "т"),
    (re.compile(r"nh$"), "нь"),
    (re.compile(r"ng"), "нг"),
    (re.compile(r"uy"), "уй"),
)


_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


# The same family names and syllables as Russian spells them (Чан Куок Хунг, Нгуен Тхи Лан).
_VIETNAMESE_FAMILY_RU = frozenset([
    "нгуен", "чан", "ле", "фам", "хоанг", "хюинь", "фан", "ву", "во", "данг", "буй", "до", "хо",
    "нго", "зыонг", "динь", "чыонг", "лам", "май", "чинь", "доан", "лыонг", "као",
])  # fmt: skip
_VIETNAMESE_SYLLABLE_RU = re.compile(
    r"(?:нг|нь|тх|кх|[бвгджзклмнпрстфхчш])?[аеиоуыэюя]{1,3}(?:нг|нь|ть|[кмнптй])?"
)


def _vietnamese_syllable_ru(word: str) -> str | None:
    """Return a Cyrillic Vietnamese syllable without a Kazakh case suffix (Хунгпен -> Хунг)."""
    for form in (word, _CASE_SUFFIX.sub("", word)):
        if _VIETNAMESE_SYLLABLE_RU.fullmatch(form.lower()):
            return form
    return None


def is_vietnamese_name(words: list[str]) -> bool:
    """Tell whether words read as one Vietnamese name: a family name, then 1-3 syllables.

    In Latin letters (Nguyen Thi Lan) or in Russian spelling, where a Kazakh text adds its
    case suffix to the last syllable (Чан Куок Хунгпен).
    """
    if not 2 <= len(words) <= 4:
        return False
    if words[0].lower() in _VIETNAMESE_FAMILY_RU:
        return all(_VIETNAMESE_SYLLABLE_RU.fullmatch(w.lower()) for w in words[:-1]) and bool(
            _vietnamese_syllable_ru(words[-1])
        )
    return words[0].lower() in _VIETNAMESE_FAMILY and all(
        _VIETNAMESE_SYLLABLE.fullmatch(w.lower()) for w in words
    )


def vietnamese_to_russian(word: str) -> str:
    """Return the Russian spelling of one Vietnamese name syllable (Thi -> Тхи, Thanh -> Тхань)."""
    if not re.search(r"[A-Za-z]", word):
        return _vietnamese_syllable_ru(word) or word
    low = word.lower()
    for pattern, repl in _VIETNAMESE:
        low = pattern.sub(repl, low)
    text = _transliterate(low)
    return text[:1].upper() + text[1:]


# Korean family names in their usual Latin spellings, as Russian spells them by Kontsevich's
# system: Lee, Yi, Rhee are Ли; Park Пак; Choi Чхве; Jung, Jeong, Chung Чон.
_KOREAN_FAMILY = {
    "kim": "Ким", "lee": "Ли", "yi": "Ли", "rhee": "Ли", "park": "Пак", "pak": "Пак",
    "bak": "Пак", "choi": "Чхве", "choe": "Чхве", "jung": "Чон", "jeong": "Чон", "chung": "Чон",
    "jeon": "Чон", "chun": "Чон", "kang": "Кан", "cho": "Чо", "jo": "Чо", "yoon": "Юн",
    "yun": "Юн", "jang": "Чан", "chang": "Чан", "lim": "Лим", "im": "Им", "han": "Хан",
    "oh": "О", "seo": "Со", "suh": "Со", "shin": "Син", "kwon": "Квон", "hwang": "Хван",
    "ahn": "Ан", "song": "Сон", "ryu": "Рю", "yoo": "Ю", "yu": "Ю", "hong": "Хон", "ko": "Ко",
    "go": "Ко", "moon": "Мун", "mun": "Мун", "yang": "Ян", "son": "Сон", "sohn": "Сон",
    "bae": "Пэ", "baek": "Пэк", "paik": "Пэк", "heo": "Хо", "huh": "Хо", "nam": "Нам",
    "noh": "Но", "roh": "Но", "kwak": "Квак", "cha": "Ча", "joo": "Чу", "woo": "У", "ban": "Пан",
    "byun": "Пён", "min": "Мин", "won": "Вон", "ha": "Ха", "na": "На", "jin": "Чин",
}  # fmt: skip
# A syllable of a Korean given name, in the Revised or the popular romanisation (Ji, Hoon, Seok,
# Yeol, Kyung, Hwa): a consonant, a glide, a vowel and a final.
_KOREAN_SYLLABLE = re.compile(
    r"(kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?([yw])?(eui|eo|eu|ae|oe|ui|oo|ee|ou|[aeiou])"
    r"(ng|[knlmpt])?"
)
_KOREAN_CONSONANTS = {
    "kk": "кк", "tt": "тт", "pp": "пп", "ss": "сс", "jj": "чч", "ch": "ч", "sh": "с", "g": "г",
    "k": "к", "n": "н", "d": "д", "t": "т", "r": "р", "l": "р", "m": "м", "b": "б", "p": "п",
    "s": "с", "j": "чж", "h": "х",
}  # fmt: skip
_KOREAN_VOWELS = {
    "": {"a": "а", "ae": "э", "eo": "о", "e": "е", "o": "о", "oe": "ве", "u": "у", "oo": "у",
         "ou": "у", "eu": "ы", "ui": "ый", "eui": "ый", "i": "и", "ee": "и"},
    "y": {"a": "я", "ae": "е", "eo": "ё", "e": "е", "o": "ё", "ou": "ё", "u": "ю", "oo": "ю",
          "i": "и"},
    "w": {"a": "ва", "ae": "вэ", "eo": "во", "e": "ве", "i": "ви", "o": "во", "oo": "у", "u": "у"},
}  # fmt: skip
_KOREAN_FINALS = {"": "", "k": "к", "n": "н", "ng": "н", "l": "ль", "m": "м", "p": "п", "t": "т"}


def _korean_syllable(syllable: str) -> str | None:
    """Return the Russian spelling of one Korean syllable (Kontsevich), or None.

    The popular romanisation writes 어 as u before ng (Jung, Sung: Чон, Сон) and 여 as yu
    (Hyun, Kyung, Myung: Хён, Кён, Мён); j is чж, eu ы, ae э, a final ng н.
    """
    m = _KOREAN_SYLLABLE.fullmatch(syllable.lower())
    if m is None:
        return None
    consonant, glide, vowel, final = (g or "" for g in m.groups())
    if vowel == "u" and consonant and (final == "ng" or (glide == "y" and final == "n")):
        vowel = "eo"
    russian = _KOREAN_VOWELS[glide].get(vowel)
    if russian is None:
        return None
    return (_KOREAN_CONSONANTS.get(consonant, "") + russian + _KOREAN_FINALS[final]).capitalize()


def _korean_name(words: list[str]) -> list[str] | None:
    """Return the Russian words of a Korean name (Moon Jae-in -> Мун Чжэ Ин), or None.

    A family name, then a given name of two syllables, hyphenated (Jae-in) or written apart
    (Kim Jong Un); Russian writes each syllable apart.
    """
    family = _KOREAN_FAMILY.get(words[0].lower())
    given = [p for w in words[1:] for p in w.split("-")]
    if family is None or len(given) != 2 or not (len(words) == 3 or "-" in words[1]):
        return None
    syllables = [_korean_syllable(p) for p in given]
    return None if None in syllables else [family, *syllables]


# Chinese family names: in pinyin, and in the southern spellings of Malaysia, Singapore and Hong
# Kong, which Russian spells as written (Lim, Tan, Wong: Лим, Тан, Вонг).
CHINESE_FAMILY = frozenset([
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
    "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan",
    "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao",
    "cui", "zhong", "fan", "fang", "shi", "jin", "liao", "jia", "xia", "fu", "zou", "xiong",
    "bai", "meng", "qin", "qiu", "hou", "yin", "xue", "yan", "duan", "lei", "long", "shao",
    "qian", "kong", "mao", "xi", "dai", "gu", "wen", "lai", "gong", "kang", "hao", "qiao",
])  # fmt: skip
_SOUTHERN_CHINESE_FAMILY = {
    "lim": "Лим", "tan": "Тан", "lee": "Ли", "ng": "Нг", "wong": "Вонг", "chan": "Чан",
    "goh": "Го", "ong": "Онг", "teo": "Тео", "koh": "Ко", "chua": "Чуа", "yeo": "Ео",
    "chong": "Чонг", "leong": "Леонг", "cheung": "Чеунг", "lau": "Лау", "low": "Лоу", "loh": "Ло",
    "khoo": "Ку", "tay": "Тай", "toh": "То", "yap": "Яп", "foo": "Фу", "ang": "Анг",
    "quek": "Квек", "sim": "Сим", "liew": "Лью", "neo": "Нео", "ooi": "Ои", "chow": "Чоу",
    "tsang": "Цанг", "leung": "Леунг", "yip": "Ип", "mak": "Мак", "kwan": "Кван",
}  # fmt: skip

# Pinyin: the finals each group of initials takes, and their Russian spelling (Palladius).
_PINYIN_FINALS = {
    "": "a o e ai ei ao ou an en ang eng er",
    "b p m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei ou an en ang eng u",
    "d t": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un",
    "n l": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve",
    "g k h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "j q x": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "zh ch sh r": "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang",
    "z c s": "a e ai ei ao ou an en ang eng ong i u uo ui uan un",
    "y": "a e ao ou an ang i in ing ong u ue uan un",
    "w": "a o ai ei an en ang eng u",
}
PINYIN = frozenset(
    initial + final
    for initials, finals in _PINYIN_FINALS.items()
    for initial in initials.split() or [""]
    for final in finals.split()
)
_PALLADIUS_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
    "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж",
    "z": "цз", "c": "ц", "s": "с", "": "",
}  # fmt: skip
_PALLADIUS_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}  # fmt: skip
# After y and w the final's own letters change: yu is юй, you ю, wei вэй, wu у.
_PALLADIUS_Y = {"a": "я", "e": "е", "ao": "яо", "ou": "ю", "an": "янь", "ang": "ян", "i": "и",
                "in": "инь", "ing": "ин", "ong": "юн", "u": "юй", "ue": "юэ", "uan": "юань",
                "un": "юнь"}  # fmt: skip
_PALLADIUS_W = {"a": "ва", "o": "во", "ai": "вай", "ei": "вэй", "an": "вань", "en": "вэнь",
                "ang": "ван", "eng": "вэн", "u": "у"}  # fmt: skip
_PINYIN_INITIAL = re.compile(r"zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]|")


def pinyin_syllable(syllable: str) -> str:
    """Return the Russian spelling of one pinyin syllable (Palladius: wei -> вэй, xi -> си)."""
    initial = _PINYIN_INITIAL.match(syllable).group()
    final = syllable[len(initial) :]
    if initial == "y":
        return _PALLADIUS_Y[final]
    if initial == "w":
        return _PALLADIUS_W[final]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju, xuan: u is ü after j, q, x
    if syllable == "hui":
        return "хуэй"
    if final == "i" and initial in ("z", "c", "s"):
        return _PALLADIUS_INITIALS[initial] + "ы"  # zi, ci, si: цзы, цы, сы
    return _PALLADIUS_INITIALS[initial] + _PALLADIUS_FINALS[final]


def pinyin_syllables(word: str) -> list[str] | None:
    """Split a word into pinyin syllables (Jinping -> jin, ping), or return None."""
    low = word.lower()
    if not low:
        return []
    for size in range(min(6, len(low)), 0, -1):
        if low[:size] in PINYIN:
            rest = pinyin_syllables(low[size:])
            if rest is not None:
                return [low[:size], *rest]
    return None


def _chinese_name(words: list[str]) -> list[str] | None:
    """Return the Russian words of a Chinese name in pinyin (Xi Jinping -> Си Цзиньпин), or None.

    A family name, then a given name of one or two syllables, in one word or apart (Tan Mei
    Ling, as Malaysia writes it). A southern family name keeps its spelling (Tan -> Тан).
    """
    family = _east_asian_family(words[0], "zh")
    given = [pinyin_syllables(w) for w in words[1:]]
    if family is None or len(words) > 3 or not all(given) or sum(map(len, given)) > 2:
        return None
    return [family, *("".join(pinyin_syllable(s) for s in g).capitalize() for g in given)]


def _east_asian_family(word: str, origin: str) -> str | None:
    """Return the Russian spelling of a Korean (ko) or Chinese (zh) family name, or None."""
    low = word.lower()
    if origin == "ko":
        return _KOREAN_FAMILY.get(low)
    if low in _SOUTHERN_CHINESE_FAMILY:
        return _SOUTHERN_CHINESE_FAMILY[low]
    if low in CHINESE_FAMILY:
        return "".join(pinyin_syllable(s) for s in pinyin_syllables(low) or []).capitalize()
    return None


def east_asian_name(words: list[str]) -> tuple[int, list[str]] | None:
    """Return where a Vietnamese, Korean or Chinese name starts in a run of capitalised words
    and its Russian words, or None.

    Title words glued before the name are left out (Foreign Minister Cho Tae-yul). Each
    tradition is told by its family names and its syllables: Nguyen Thi Lan, Moon Jae-in
    (Korean syllables, given names hyphenated), Tan Mei Ling (pinyin).
    """
    for start in range(len(words) - 1):
        name = words[start:]
        if is_vietnamese_name(name):
            return start, [vietnamese_to_russian(w) for w in name]
        if not re.fullmatch(r"[A-Za-z-]+", "".join(name)):
            continue
        if any("-" in w for w in name[1:]):
            russian = _korean_name(name)
        else:
            russian = _chinese_name(name) or _korean_name(name)
        if russian:
            return start, russian
    return None


def _latin_letters(low: str) -> str:
    """Return the Russian letters for a lower-case Latin name word."""
    # Lithuanian married names in -iene are -ене in Russian (Kazlauskiene); elsewhere ie before a
    # consonant is и as in German, Dutch and English (Dieter, Vries, Whitfield).
    low = re.sub(r"iene$", "ене", low)
    # A final sch, or one before a consonant, is the German and English ш (Risch, Busch, Schmidt
    # -> Риш, Буш, Шмидт); romanised Russian writes щ so only inside a word (Ischenko -> Ищенко).
    low = re.sub(r"sch$|^sch(?=[^aeiouy])", "ш", low)
    # Not in a Russian-style -iev (Aliev) or before a last open syllable (Otieno, Achieng).
    low = re.sub(r"(?<=\w)ie(?=[^aeiouy\W])(?!va?$|[^aeiouy\W][aou]$|ng$)", "и", low)
    # The Arabic name Ismail is Исмаил in Russian, so are the surnames made of it (Ismailov,
    # Ismailova -> Исмаилов, Исмаилова), unlike the Russian ai of Mikhailov.
    low = re.sub(r"^ismail", "ismaиl", low)  # и is Cyrillic already: no rule turns it to й
    # Russian writes a soft l in -льский (Kovalsky -> Ковальский).
    low = re.sub(r"ls(?=k(?:iy?|y|aya|aia|a)$)", "ль" + "s", low)
    if re.search(r"\w\w[ei]z$", low):
        # Spanish surnames in -ez, -iz: z is с (Gonzalez -> Гонсалес, Ortiz -> Ортис, Ruiz).
        low = low.replace("z", "с").replace("gue", "ге").replace("gui", "ги").replace("ui", "уи")
    if _HEPBURN_WORD.match(low) and _HEPBURN_MARK.search(low):
        low = _japanese(low)
    # Consonants and a final ry are -ри: of Russian names only Дмитрий ends so, and the table
    # spells it (Chaudhry -> Чаудхри, Landry -> Ландри).
    elif re.search(r"[aeiou][^aeiouy]+ry$", low):
        low = low[:-1] + "i"
    # Consonant + final y is the Russian -ий (Gennady, Anatoly, Zelensky), but not in the
    # Kazakh patronymic endings uly, kyzy.
    elif re.search(r"[^aeiouy]y$", low) and not re.search(r"(?:uly|yzy)$", low):
        low = low[:-1] + "iy"
    return _transliterate(low)


def _japanese(low: str) -> str:
    """Return low with its Hepburn syllables in Cyrillic; the rest is left to _transliterate."""
    out = []
    i = 0
    while i < len(low):
        for latin, cyr in _JAPANESE:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=50_000)
def soft_first_name(word: str) -> str:
    """Return a Russian first name with the soft sign Russian spelling adds (Асел -> Асель).

    Kazakh and Latin spellings drop the ь of Асель, Гульмира, Альберт, Айгуль; the ь-form is
    taken only when pymorphy3 knows it as a first name.
    """
    low = word.lower()
    if "ь" in low or not re.search(r"[а-яё]", low) or low in _russian_first_names():
        # A name from the international table is spelled as there (Анил is not Аниль).
        return word
    candidates = []
    # Игорь, Любовь lose their ь in Latin spelling as Асель does.
    if re.search(r"[аеиоуыэюя][лрв]$", low) or re.search(r"ен$", low):
        candidates.append(low + "ь")
    for m in re.finditer(r"(?<=[аеиоуыэюя])л(?=[бвгджзклмнпрстфхцчшщ])", low):
        candidates.append(low[: m.end()] + "ь" + low[m.end() :])
    if any(p.is_known and p.normal_form == low and "Name" not in p.tag for p in morph().parse(low)):
        # A name that is a Russian word keeps the word's hard л (Алмаз `diamond`, not Альмаз).
        return word
    for cand in candidates:
        if any("Name" in p.tag and p.is_known for p in morph().parse(cand)):
            return _recase(cand, word)
    return word


_MARKED_VOWEL = re.compile(r"[àáâãäåèéêëìíîïòóôõöùúûüýÿāēěīōūű]")


def _transliterate(low: str) -> str:
    """Return the Russian letters for a lower-case Latin name (no doubled-consonant rule)."""
    # A final -ia after a consonant is the Russian -ия (Amelia, Gloria -> Амелия, Глория); a
    # name of two letters before it keeps -иа (Mia, Pia).
    low = re.sub(r"(?<=\w[^aeiouy\W])ia$", "ия", low)
    # After a consonant l + y + vowel is a soft л, with no ь: a Russian ля, лю (Pavlyuk,
    # Kozlyakova -> Павлюк, Козлякова), unlike Ilya, Ulyana -> Илья, Ульяна.
    low = re.sub(r"(?<=[^aeiouy\W])ly([aeuo])", lambda m: "л" + _IOTATED[m[1]], low)
    # Vowel + y + vowel: the y is a Russian й before the vowel (Tokayev -> Токаев), and ya is
    # я (Ayaz, Bayan -> Аяз, Баян), not the diphthong ай + а.
    low = re.sub(r"(?<=[aeou])ya", "я", low)
    low = re.sub(r"(?<=[aeou])y(?=[eiou])", "", low)
    # After au the y is the Kazakh ы, not й: the u is already a glide (Bauyrzhan, Sauytbek ->
    # Бауыржан, Сауытбек).
    low = re.sub(r"(?<=au)y(?=[^aeiouy])", "ы", low)
    # Vowel + i + consonant is a diphthong: Aidos -> Айдос, Kairat -> Кайрат (but a final -ui
    # is two vowels: Mazrui -> Мазруи).
    low = re.sub(r"(?<=[aeou])i(?=[^aeiouy]|$)(?<!ui$)", "y", low)
    # A Latin vowel with a mark no rule read is the plain vowel (Siobhán, Guðrún, Pétursson).
    low = _MARKED_VOWEL.sub(lambda m: unicodedata.normalize("NFD", m[0])[0], low)
    out = []
    i = 0
    while i < len(low):
        if low[i] == "-":
            out.append("-")
            i += 1
            continue
        for latin, cyr in _LATIN:
            if low.startswith(latin, i):
                # At the start "e" is a Russian "е" only after y; "E" alone stays "Е" too.
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


def to_russian(word: str) -> str:
    """Return a Russian Cyrillic spelling of a Kazakh or Latin word."""
    if re.search(r"[a-zA-Z]", word):
        return latin_to_russian(word)
    return kazakh_to_russian(word)


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """Return a spelling-insensitive key of a name: consonants of its Russian form.

    Yerlan Koshanov, Ерлан Қошанов and Ерлан Кошанов share one key; so do Alexander and
    Александр. Used to merge spellings, never as a name.
    """
    text = " ".join(to_russian(w) for w in name.split()).lower()
    text = text.replace("дж", "ж").replace("кс", "кс").replace("ё", "е")
    text = re.sub(r"[аеёиоуыэюяйьъ\-.'’ʼ]", "", text)  # O'Neill and O’Neill are one
    return re.sub(r"(.)\1", r"\1", text)


_PHRASE_WORD = re.compile(r"\S+")


@lru_cache(maxsize=50_000)
def nominative_position(phrase: str) -> str:
    """Return a Russian post with its head in the nominative, its dependents as written.

    The head is the leading noun and the adjectives before it that agree with it:
    `Чрезвычайным и Полномочным Послом Японии` -> `Чрезвычайный и Полномочный Посол Японии`,
    `главой Палаты представителей` -> `глава Палаты представителей`. The capitalisation of
    each changed word stays as written.
    """
    words = [(m.start(), m.end(), m.group()) for m in _PHRASE_WORD.finditer(phrase)]
    adjectives: list[tuple[int, int, str]] = []
    for i, (start, end, word) in enumerate(words):
        if word.lower() == "и" and adjectives:
            continue
        parses = [p for p in morph().parse(word) if p.is_known or "-" in word]
        nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case in CASES]
        if nouns and i + 1 < len(words) and _agreeing_adjective(parses, words[i + 1][2]):
            # `первым вице-спикером`: an adjective before its noun, not the noun `первое`.
            nouns = []
        if not nouns:
            if any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
                adjectives.append((start, end, word))
                continue
            return phrase
        # A post is one person's: read `главы` as a singular genitive, not a plural.
        nouns = [p for p in nouns if p.tag.number == "sing"] or nouns
        if any(p.tag.case == "nomn" for p in nouns):
            return phrase
        noun = nouns[0]
        head = noun.inflect({"nomn"})
        if head is None:
            return phrase
        changes = [(start, end, _recase(head.word, word))]
        for a_start, a_end, adjective in adjectives:
            agreeing = [
                p
                for p in morph().parse(adjective)
                if p.tag.POS in ("ADJF", "PRTF")
                and p.tag.case == noun.tag.case
                and p.tag.number == noun.tag.number
                and (noun.tag.number == "plur" or p.tag.gender in (noun.tag.gender, None))
            ] or [
                p
                for p in morph().parse(adjective)
                if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case
            ]
            if not agreeing:
                return phrase
            wanted = {"nomn", noun.tag.number}
            if noun.tag.number == "sing":
                gender = noun.tag.gender
                if gender not in ("masc", "femn", "neut"):
                    gender = agreeing[0].tag.gender or "masc"
                wanted.add(gender)
            form = agreeing[0].inflect(wanted)
            if form is None:
                return phrase
            changes.append((a_start, a_end, _recase(form.word, adjective)))
        out = phrase
        for c_start, c_end, new in sorted(changes, reverse=True):
            out = out[:c_start] + new + out[c_end:]
        return out
    return phrase


def _agreeing_adjective(parses: list, following: str) -> bool:
    """Tell whether a word reads best as an adjective in the case of the noun after it."""
    if not parses or parses[0].tag.POS not in ("ADJF", "PRTF"):
        return False
    cases = {p.tag.case for p in parses if p.tag.POS in ("ADJF", "PRTF")}
    return any(
        p.tag.POS == "NOUN" and p.tag.case in cases
        for p in morph().parse(following)
        if p.is_known or "-" in following
    )


def _recase(word: str, like: str) -> str:
    """Return word written with the first letter's case of like."""
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def plain_apostrophes(name: str) -> str:
    """Return `name` with typographic apostrophes as `'`: O’Connor and O'Connor are one person."""
    return name.translate(_APOSTROPHES)


# Parliaments and chambers named in their own language, as Russian transcribes them (Сабха,
# Эдускунта, Стортинг), or by the seat that stands for them (диалог между Вестминстером и
# Мажилисом, в Капитолии): any case form. Рада, Шура (first names) and Кортес (a surname) stay
# out.
_PARLIAMENT_NAME = re.compile(
    r"(?:сабх|эдускунт|стортинг|одельстинг|лагтинг|альтинг|фолькетинг|риксдаг|"
    r"кнессет|бундестаг|бундесрат|национальрат|меджлис|мажлис|маджлис|сейм|сеймас|саэйм|"
    r"хурал|сабор|скупщин|собрани|дьет|оирахтас|тинвальд|вече|санг[сш]ад|вестминстер|"
    r"капитолий|капитоли)"
    r"(?:а|ы|и|у|е|я|ю|ой|ом|ем)?",
    re.IGNORECASE,
)


def is_parliament_name(word: str) -> bool:
    """Tell whether a capitalised word is a parliament's own name: Сабхи, Эдускунты, Стортингом."""
    return bool(_PARLIAMENT_NAME.fullmatch(word))


# A word that names a chamber only with the chamber's word after it: Раджья Сабха, Лок Сабха,
# Верховна Рада, Джатийо Сангшад of Bangladesh (alone, Лок is a surname: Энтони Лок).
_CHAMBER_QUALIFIER = frozenset(["раджья", "лок", "верховна", "джатийо", "джатия"])
_QUALIFIED_CHAMBER = re.compile(
    r"сабх(?:а|и|у|е|ой)|рад(?:а|ы|е|у|ой)|санг[сш]ад(?:а|у|е|ом)?", re.IGNORECASE
)


def is_qualified_chamber(first: str, second: str) -> bool:
    """Tell whether two words are a chamber's name with its qualifier (Лок Сабхи, Верховна Рада)."""
    return first.lower() in _CHAMBER_QUALIFIER and bool(_QUALIFIED_CHAMBER.fullmatch(second))


# Titles of nobility and their English honorifics, written capitalised before a name (Лорд
# Хейворт, Sir John Major, Baroness Ashton): a title, never a name part. Шейх stays out: it
# is a family name too (Шейх Хасина).
_NOBILITY_TITLES = frozenset([
    "лорд", "леди", "сэр", "дэйм", "барон", "баронесса", "баронет", "виконт", "виконтесса",
    "маркиз", "маркиза", "герцог", "герцогиня", "граф", "графиня",
    "lord", "lady", "sir", "dame", "baron", "baroness", "baronet", "viscount", "viscountess",
    "marquess", "duke", "duchess", "earl", "countess",
    # Honorifics of Cambodia and Malaysia, written before a name as Sir is (Самдек Хун Сен,
    # Датук Ахмад Маслан). Not Дато: a Georgian first name too (Дато Турашвили).
    "самдек", "самдеч", "датук", "samdech", "datuk",
])  # fmt: skip


@lru_cache(maxsize=10_000)
def is_nobility_title(word: str) -> bool:
    """Tell whether a word is a title of nobility in any case form (Лорда, Баронессой, Sir)."""
    low = word.lower()
    if low in _NOBILITY_TITLES:
        return True
    if not re.search(r"[а-яё]", low):
        return False
    if any(n.lower() in _NOBILITY_TITLES for n, _, _ in _noun_forms(word)):
        return True  # a foreign title the dictionary does not know, in a case form: Самдеком
    return any(p.normal_form in _NOBILITY_TITLES and p.is_known for p in morph().parse(low))


# A law, amendment or doctrine named after its authors, the names joined by a dash: `поправка
# Джексона – Вэника`, `акт Хелмса-Бертона`; English puts the word after (Jackson-Vanik
# Amendment, the Helms–Burton Act). The names are no people of the story.
_LAW_WORD_RU = r"(?i:поправк|закон|акт|доктрин|план|пакт|договор|соглашени|формул)\w*"
_LAW_WORD_EN = r"(?i:amendment|act|law|doctrine|plan|pact|treaty|accord|agreement|formula)s?"
_AUTHOR = r"[A-ZА-ЯЁ][\w'’]+"
_DASH = r"(?:[ \u00a0]*[-‐–—][ \u00a0]*)"
_EPONYMOUS_LAW = re.compile(
    rf"(?<![\w-]){_LAW_WORD_RU}[ \u00a0]+{_AUTHOR}(?:{_DASH}{_AUTHOR})+(?![\w-])"
    rf"|(?<![\w-]){_AUTHOR}(?:{_DASH}{_AUTHOR})+[ \u00a0]+{_LAW_WORD_EN}(?![\w-])"
)


def in_eponymous_law(text: str, start: int, end: int) -> bool:
    """Tell whether the name at text[start:end] is one of the dash-joined authors of a law."""
    lo = max(0, start - 120)
    return any(
        m.start() <= start and end <= m.end()
        for m in _EPONYMOUS_LAW.finditer(text, lo, min(len(text), end + 40))
    )


# English verbs of the news a title-case headline capitalises after a name (Koshanov Meets U.S.
# Delegation, Speaker Receives Ambassador), or after two (Tokayev, Mirziyoyev Discuss Trade):
# the name ends before them.
_HEADLINE_VERB = re.compile(
    r"(?:meet|receive|host|welcome|hold|visit|thank|invite|greet|sign|talk|say|urge|highlight|"
    r"outline|attend|congratulate|brief|praise|call|pledge|vow)s?|(?:discuss|stress|address)(?:es)?|"
    r"met|held|said",
    re.IGNORECASE,
)


def is_headline_verb(word: str) -> bool:
    """Tell whether a capitalised Latin word is an English verb of the news (Meets, Says)."""
    return bool(_HEADLINE_VERB.fullmatch(word))


# English nouns of things named after a person or a place (Nazarbayev University, the Abraham
# Accords, Al-Aqsa Mosque): a name run ending in one is no person. Hall, Park, Church are
# surnames too and stay out.
_NAMED_THING = re.compile(
    r"(?:Universit(?:y|ies)|College|Academy|Institute|School|Foundation|Fund|Cent(?:er|re)|"
    r"Museum|Library|Hospital|Clinic|Mosque|Cathedral|Airport|Stadium|Arena|Square|Street|"
    r"Avenue|Palace|Station|Accords?|Agreement|Treaty|Doctrine|Declaration|Prize|Award|Cup)"
)


def is_named_thing(word: str) -> bool:
    """Tell whether a capitalised Latin word names a thing after a name (University, Accords)."""
    return bool(_NAMED_THING.fullmatch(word))
