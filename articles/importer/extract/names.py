"""Normalise personal names: Russian cases to the nominative, Kazakh and Latin spellings to Russian.

Pure functions over strings; pymorphy3 is loaded lazily once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = w[: -len(ending)]
            hushing = stem[-1:].lower() in "шжчщц"
            vowel = bool(_VOWEL_END.search(stem))
            if (
                ending in ("я", "ю", "ем", "ём", "е")
                and not hushing
                and not (vowel and ending == "я")
            ):
                # Soft stems: Игоря -> Игорь, Тханем -> Тхань, Серикбаю -> Серикбай (but Дания,
                # Мусалия are feminine-looking nominatives, not a Даний in the genitive).
                soft = "й" if vowel else "ь"
                out += [(stem + soft, "masc", c) for c in cases]
            if (ending not in ("я", "ю", "ём", "ем") or hushing) and not _VOWEL_END.search(stem):
                # Hard stems, and -ем after a hushing consonant (Дарвишем -> Дарвиш).
                out += [(stem, "masc", c) for c in cases]
    if not _VOWEL_END.search(low) or _SOFT_END.search(low):
        # Кёвером, Саулюсом: a nominative that looks instrumental is a last resort.
        out.append((w, "masc!" if re.search(r"(?:ом|ем|ём|ым|им)$", low) else "masc", "nomn"))
    return out


def _feminine_forms(word: str) -> list[Parse]:
    """Return parses of a feminine first name in -а/-я (Дарига, Айгуль is indeclinable here)."""
    low = word.lower()
    out: list[Parse] = []
    for ending, nom, cases in (
        ("ой", "а", ("ablt",)),
        ("ей", "я", ("ablt",)),
        ("ы", "а", ("gent",)),
        ("и", "а", ("gent",)),
        ("и", "я", ("gent", "datv", "loct")),
        ("е", "а", ("datv", "loct")),
        ("у", "а", ("accs",)),
        ("ю", "я", ("accs",)),
    ):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            out += [(word[: -len(ending)] + nom, "femn?", c) for c in cases]
    if low.endswith(("а", "я")):
        out.append((word, "femn?", "nomn"))
    return out


def _cap(word: str, like: str) -> str:
    """Return word with the capitalisation of like (hyphenated parts each capitalised)."""
    if like[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


# Foreign names that never decline: a vowel before a final -у (Антониу, Мамаду), or a final
# -о (Марио, Паоло). Russian case forms never end this way.
_FOREIGN_INDECLINABLE = re.compile(r"(?:[аеёиоуыэюя]у|о)$", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def first_name_parses(word: str) -> tuple[Parse, ...]:
    """Return the possible (nominative, gender, case) readings of a first name or patronymic."""
    if "-" in word:
        return _hyphenated_parses(word)
    if _FOREIGN_INDECLINABLE.search(word):
        return tuple((word, "any", c) for c in CASES)
    parses = morph().parse(word)
    # A word that is also a place (Дания, Жигули): its first-name readings in the dictionary
    # are rare guesses (Даний); read it by the endings of names instead.
    place = any("Geox" in p.tag and p.is_known for p in parses)
    out: list[Parse] = []
    for p in [] if place else parses:
        # pymorphy guesses Name for unknown words too eagerly (Ерлана -> feminine): trust only
        # dictionary first names, but its guessed patronymics are reliable.
        known = ("Name" in p.tag and p.is_known) or "Patr" in p.tag
        if known and p.tag.case in CASES and p.tag.number == "sing":
            gender = str(p.tag.gender) if p.tag.gender in ("masc", "femn") else "any"
            out.append((_cap(p.normal_form, word), gender, str(p.tag.case)))
    if not out:
        out += _noun_forms(word) + _feminine_forms(word)
    if not out or (_INDECLINABLE.search(word) and not word.lower().endswith(("а", "я", "у", "ю"))):
        out += [(word, "any", c) for c in CASES]
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


@lru_cache(maxsize=50_000)
def surname_parses(word: str) -> tuple[Parse, ...]:
    """Return the possible (nominative, gender, case) readings of a surname."""
    low = word.lower()
    out: list[Parse] = []
    for form, nom, gender, cases in _SURNAME_RULES:
        if low.endswith(form) and len(low) > len(form) + 1:
            base = word[: len(word) - len(form)]
            out += [(base + nom, gender, c) for c in cases]
    if out:
        return tuple(dict.fromkeys(out))
    if _INDECLINABLE.search(low):
        return tuple((word, "any", c) for c in CASES)
    if low.endswith(("а", "я")):
        # Эрдогана: a man's foreign surname in the genitive, or a name that does not decline.
        return tuple(_noun_forms(word) + [(word, "any", c) for c in CASES])
    # A foreign consonant-final surname declines for a man only (Эрдоганом, Кёвера).
    out = [p for p in _noun_forms(word)]
    if re.search(r"[^аеёиоуыэюя][ое]й$", low):
        # Накамурой, Окуджавой: the instrumental of a surname in -а/-я, for either sex.
        out.append((word[:-2] + ("а" if low.endswith("ой") else "я"), "any", "ablt"))
    unlikely = re.search(r"(?:ом|ем|ём|ым|им)$", low)
    out += [(word, "femn!" if unlikely else "femn", c) for c in CASES]
    return tuple(dict.fromkeys(out))


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


@lru_cache(maxsize=100_000)
def _normalise_russian(tokens: tuple[str, ...], case: str | None = None) -> tuple[str, str | None]:
    initials = [t for t in tokens if is_initial(t)]
    words = [t for t in tokens if not is_initial(t)]
    if not words:
        return " ".join(tokens), None
    if len(words) == 1:
        options = surname_parses(words[0])
        # A lone word: prefer the masculine nominative reading when the case is unclear.
        nom = _agree([options]) or [words[0]]
        return " ".join(initials + nom), None
    parses = [first_name_parses(words[0])]
    parses += [first_name_parses(w) for w in words[1:-1]]
    if not any(is_patronymic(w) for w in words[1:-1]):
        # Foreign names often decline in the last part only (с Ким Джин Ханом, Ван Дуном): the
        # parts before may stay as written, as a last resort after their own readings.
        # Only a part that reads as a nominative may do so (Ким, Джин, not Натальей).
        parses = [
            p + tuple((w, "any?", c) for c in CASES) if {c for _, _, c in p} <= {"nomn"} else p
            for p, w in zip(parses, words[: len(parses)], strict=True)
        ]
    parses.append(surname_parses(words[-1]))
    found = (case and readings(parses, case)) or readings(parses)
    if not found or found[0][0] >= _UNLIKELY:
        # No reasonable reading: a foreign first name that does not decline (Эдуарду
        # Гонсалвешем) may stay as written while the surname declines.
        pairs = zip(parses[:-1], words[:-1], strict=True)
        written = [p + tuple((w, "any?", c) for c in CASES) for p, w in pairs]
        found = sorted(readings([*written, parses[-1]]) + found, key=lambda r: r[0])
    nominatives = found[0][1] if found else words
    full = " ".join(initials + nominatives)
    if len(nominatives) >= 3 and is_patronymic(nominatives[1]):
        return " ".join([nominatives[0], nominatives[-1]]), full
    return full, None


_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична|ұлы|қызы)$", re.IGNORECASE)


def is_patronymic(word: str) -> bool:
    """Tell whether word looks like a Russian-style patronymic."""
    return bool(_PATRONYMIC.search(word))


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


def kazakh_to_russian(text: str) -> str:
    """Return text with Kazakh-only letters replaced by their Russian counterparts."""
    return text.translate(_KK_TO_RU)


_CASE_SUFFIX = re.compile(
    r"(?:пен|бен|мен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен|"
    r"нда|нде|да|де|та|те|ға|ге|ға)$"
)


def strip_kazakh_case(word: str) -> str:
    """Return a name word without a Kazakh case suffix (Итоны, Кёвермен, Құртұлмұшпен)."""
    word = strip_kazakh_suffix(word)
    m = _CASE_SUFFIX.search(word)
    if (
        m
        and len(word) - len(m.group()) >= 3
        and re.search(r"[әғқңөұүһі]|[аеиоуы]", word[: m.start()])
    ):
        return word[: m.start()]
    return word


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
                r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ұлы|улы|қызы|енко|ко)$", blow
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


# Latin first names whose Russian spelling no letter rule gives.
_LATIN_NAMES = {
    "alexander": "Александр",
    "alexandr": "Александр",
    "alexey": "Алексей",
    "alexei": "Алексей",
    "mikhail": "Михаил",
    "michael": "Михаил",
    "nikolai": "Николай",
    "dmitry": "Дмитрий",
}


@lru_cache(maxsize=50_000)
def latin_to_russian(word: str) -> str:
    """Transliterate a Latin spelling of a name to Russian Cyrillic (Yerlan -> Ерлан)."""
    low = word.lower()
    if low in _LATIN_NAMES:
        return _LATIN_NAMES[low] if word[:1].isupper() else _LATIN_NAMES[low].lower()
    # Doubled consonants are a Latin habit (Kassym, Nurlann): Russian spells them once,
    # unless the Russian name has them too (Anna -> Анна, Gennady -> Геннадий).
    doubled = re.search(r"([bcdfgjklmnpqrstvwxz])\1", low)
    if doubled and not word[:1].islower():
        kept = _latin_letters(low)
        if any("Name" in p.tag and p.is_known for p in morph().parse(kept)):
            return kept[:1].upper() + kept[1:]
    low = re.sub(r"([bcdfgjklmnpqrstvwxz])\1", r"\1", low)
    text = _latin_letters(low)
    return "-".join(p[:1].upper() + p[1:] for p in text.split("-")) if word[:1].isupper() else text


def _latin_letters(low: str) -> str:
    """Return the Russian letters for a lower-case Latin name word."""
    if _HEPBURN_WORD.match(low) and _HEPBURN_MARK.search(low):
        low = _japanese(low)
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
    if "ь" in low or not re.search(r"[а-яё]", low):
        return word
    candidates = []
    if re.search(r"[аеиоуыэюя]л$", low) or re.search(r"ен$", low):
        candidates.append(low + "ь")
    for m in re.finditer(r"(?<=[аеиоуыэюя])л(?=[бвгджзклмнпрстфхцчшщ])", low):
        candidates.append(low[: m.end()] + "ь" + low[m.end() :])
    for cand in candidates:
        if any("Name" in p.tag and p.is_known for p in morph().parse(cand)):
            return _recase(cand, word)
    return word


def _transliterate(low: str) -> str:
    """Return the Russian letters for a lower-case Latin name (no doubled-consonant rule)."""
    # Vowel + y + vowel: the y is a Russian й before the vowel (Tokayev -> Токаев).
    low = re.sub(r"(?<=[aeou])y(?=[aeiou])", "", low)
    # Vowel + i + consonant is a diphthong: Aidos -> Айдос, Kairat -> Кайрат.
    low = re.sub(r"(?<=[aeou])i(?=[^aeiouy]|$)", "y", low)
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
    text = re.sub(r"[аеёиоуыэюяйьъ\-.]", "", text)
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
    for start, end, word in words:
        if word.lower() == "и" and adjectives:
            continue
        parses = [p for p in morph().parse(word) if p.is_known or "-" in word]
        nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case in CASES]
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


def _recase(word: str, like: str) -> str:
    """Return word written with the first letter's case of like."""
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
