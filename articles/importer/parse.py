"""Parse one dump file (bytes) into a ParsedArticle. Pure Python: no Django imports.

    article = parse_dump(data, "dump.zip!/folder/001_x.txt")   # or raises DumpError

The format is described in ../shared/dump-format.md. Site chrome, rubrics, view counts,
photo credits and outlet formulas are data in ``chrome.py``. Also public, for the later
stages: ``derive_title(lead)``, ``find_outlet(*paragraphs)``, ``detect_language(text)``.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import html
import re
from dataclasses import dataclass

from articles.importer import chrome


class DumpError(Exception):
    """A file that is not an article: carries the path, the line (1-based, or None) and a reason."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self):
        # Exceptions pickle as cls(*args); ours takes three arguments (workers send it back).
        return (DumpError, (self.path, self.line, self.reason))


@dataclass(frozen=True)
class ParsedArticle:
    source_name: str  # name as given by sources, e.g. "dump.zip!/folder/001_x.txt"
    sha256: str  # hex digest of the raw bytes
    date: datetime.date  # first day of the month when only the month is known
    date_month_only: bool
    title: str
    title_derived: bool
    lead: str
    paragraphs: tuple[str, ...]  # body paragraphs, lead excluded
    views: int | None
    rubric: str | None
    photo_credit: str | None
    hashtags: tuple[str, ...]  # as written, without '#'
    outlet: str | None
    language: str  # ISO 639-1

    @property
    def file_name(self) -> str:
        """Return the file's own name without folders or archive prefix."""
        return self.source_name.replace("!/", "/").rsplit("/", 1)[-1]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def parse_dump(data: bytes, name: str) -> ParsedArticle:
    """Parse raw dump bytes; raise DumpError for a file that is not an article."""
    text = _decode(data, name)
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    header_line = start + 1
    _reject_html(text, name)
    date, month_only, rest = _parse_header(lines[start], name, header_line)
    body = _clean_markup("\n".join(lines[start + 1 :]))
    page = _Page(_strip_line(_clean_markup(rest).replace("\n", " ")) if rest else "")
    page.read(body.split("\n"))
    article = page.assemble(name, header_line)
    return ParsedArticle(
        source_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        date=date,
        date_month_only=month_only,
        title=article.title,
        title_derived=article.title_derived,
        lead=article.lead,
        paragraphs=article.paragraphs,
        views=page.views,
        rubric=page.rubric,
        photo_credit=page.photo_credit,
        hashtags=tuple(page.hashtags),
        outlet=find_outlet(article.lead, *article.paragraphs),
        language=detect_language(" ".join((article.title, article.lead, *article.paragraphs))),
    )


# --- decoding ---------------------------------------------------------------

_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_CP1251_TEXT = re.compile(r"[\u0400-\u045f\u0490\u0491«»–—…№“”‘’„\xa0•©®™]")
_INVISIBLE = {"\xa0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\ufeff": "", "\xad": ""}


def _line_of(data: bytes | str, pos: int) -> int:
    return data.count(b"\n" if isinstance(data, bytes) else "\n", 0, pos) + 1


def _visible(text: str) -> str:
    """Replace no-break and thin spaces with spaces; drop zero-width and soft-hyphen marks."""
    # str.translate is slow on non-ASCII text; a few replace calls are not.
    for char, replacement in _INVISIBLE.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def _decode(data: bytes, name: str) -> str:
    """Return the text of a dump: UTF-8 (BOM or not) or Windows-1251, with \\n line ends."""
    if not data.strip():
        reason = "the file is empty" if not data else "the file holds only whitespace"
        raise DumpError(name, 1, reason)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DumpError(name, _line_of(data, nul), "binary content: the file holds NUL bytes")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _decode_cp1251(data)
        if text is None:
            raise DumpError(
                name,
                _line_of(data, error.start),
                f"undecodable bytes at offset {error.start}: neither UTF-8 nor Windows-1251 text",
            ) from None
    controls = _CONTROL.findall(text) if _CONTROL.search(text) else None
    if controls:
        if len(controls) * 100 > len(text):
            first = _CONTROL.search(text)
            line = _line_of(text, first.start()) if first else 1
            raise DumpError(name, line, "binary content: the file is mostly control characters")
        text = _CONTROL.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _visible(text)
    if not text.strip():
        raise DumpError(name, 1, "the file holds only whitespace")
    return text


def _decode_cp1251(data: bytes) -> str | None:
    """Return the Windows-1251 reading of data if it is Cyrillic text, else None."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    high = sum(1 for char in text if char > "\x7f")
    if not high:
        return None
    cyrillic = len(_CP1251_TEXT.findall(text))
    # UTF-8 Cyrillic read as cp1251 turns every other character into "Р" or "С".
    mojibake = text.count("Р") + text.count("С") > 0.25 * high
    return text if cyrillic >= 0.95 * high and not mojibake else None


# --- header -----------------------------------------------------------------

_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HEADER = re.compile(r"\s*date(?=\s|$)\s*(?P<date>\S*)[ \t]*(?P<rest>.*)")
_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _shorten(text: str, width: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _reject_html(text: str, name: str) -> None:
    match = _HTML_PAGE.search(text, 0, 20_000) if "<" in text else None
    if match:
        raise DumpError(name, _line_of(text, match.start()), "an HTML page, not a dump file")


def _parse_header(line: str, name: str, lineno: int) -> tuple[datetime.date, bool, str]:
    """Return the date, whether only its month is known, and the rest of the header line."""
    match = _HEADER.match(line)
    if not match:
        raise DumpError(
            name,
            lineno,
            f'missing header: expected " date YYYY-MM-DD …", found "{_shorten(line)}"',
        )
    raw = match["date"]
    if not raw:
        raise DumpError(name, lineno, "the header has no date after the word date")
    parts = _DATE.fullmatch(raw)
    if not parts:
        raise DumpError(name, lineno, f'date "{_shorten(raw, 30)}" is not in the form YYYY-MM-DD')
    year, month, day = int(parts[1]), int(parts[2]), parts[3]
    try:
        date = datetime.date(year, month, int(day) if day else 1)
    except ValueError:
        raise DumpError(name, lineno, f'date "{raw}" is not a valid date') from None
    if year < 1900:
        raise DumpError(name, lineno, f'date "{raw}" is not a valid date')
    return date, day is None, match["rest"].strip()


# --- markup -----------------------------------------------------------------

_IMAGE = re.compile(r"<image>.*?</image>", re.DOTALL | re.IGNORECASE)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section)\b[^<>]*>", re.I
)
_TAG = re.compile(r"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_SPACES = re.compile(r"[ \t\f\v]+")


def _clean_markup(text: str) -> str:
    """Remove HTML tags and decode entities left by the crawler."""
    if "<" in text:
        text = _IMAGE.sub("", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = _visible(html.unescape(text))
    return text


def _strip_line(line: str) -> str:
    line = line.strip()
    if "  " in line or "\t" in line:
        line = _SPACES.sub(" ", line)
    return line


# --- line patterns ----------------------------------------------------------


def _anyof(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags)


_CHROME = _anyof(chrome.CHROME_LINES)
_BOTTOM = _anyof(chrome.BOTTOM_MARKERS, re.IGNORECASE)
_RUBRICS = {rubric.casefold() for rubric in chrome.RUBRICS}
_VIEWS = [re.compile(pattern, re.IGNORECASE) for pattern in chrome.VIEW_LINES]
_CREDITS = [re.compile(pattern, re.IGNORECASE) for pattern in chrome.CREDIT_LINES]
_CREDIT_PREFIXES = ("фото", "сурет", "photo", "источник фото", "(photo", "(фото", "©", "(©")
_GLUED_MENU = re.compile(r"[a-zа-яёәғқңөұүһі]{18,}")
_SECTION = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,20}")
_TAG_LIST = re.compile(r"(?:Теги|Тэги|Тегтер|Tags|Метки)\s*:\s*(?P<tags>.+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:»\"”)]$")


def _credit(line: str) -> str | None:
    """Return the credited source if line is a photo credit, else None."""
    if len(line) > 400:
        return None
    # A cheap test first: nearly every line is not a credit.
    if not line[:14].lower().startswith(_CREDIT_PREFIXES) and "Zakon.kz" not in line:
        return None
    for pattern in _CREDITS:
        match = pattern.fullmatch(line)
        if match:
            return match["credit"].strip(" .)")
    return None


def _views(line: str) -> int | None:
    if len(line) > 40:
        return None
    for pattern in _VIEWS:
        match = pattern.fullmatch(line)
        if match:
            return int(match[1])
    return None


def _is_chrome(line: str) -> bool:
    return len(line) <= 200 and _CHROME.fullmatch(line) is not None


def _hashtags(line: str) -> list[str] | None:
    """Return the tags of a tag line (all tokens '#…', 'Теги: a, b'), else None."""
    if line.startswith("#"):
        tokens = line.split()
        if all(token.startswith("#") and len(token) > 1 for token in tokens):
            tags = [token.lstrip("#").rstrip(",;.") for token in tokens]
            return [tag for tag in tags if tag]
        return None
    match = _TAG_LIST.fullmatch(line)
    if match:
        return [tag.strip(" #.") for tag in match["tags"].split(",") if tag.strip(" #.")]
    return None


def _tag_strip(line: str) -> list[str] | None:
    """Return the items of a comma-separated tag strip without '#', else None."""
    if len(line) > 200 or _SENTENCE_END.search(line):
        return None
    items = [item.strip() for item in line.split(",")]
    if len(items) < 2 or any(not item or len(item) > 40 or item.count(" ") > 2 for item in items):
        return None
    return items


def _top_hashtags(line: str) -> list[str] | None:
    """Return zakon.kz's multi-word top tags ('#АЭС в Казахстане #Тег'), else None."""
    if not line.startswith("#") or len(line) > 200 or _SENTENCE_END.search(line):
        return None
    tags = [tag.strip(" ,;") for tag in line.split("#")]
    return [tag for tag in tags if tag] or None


# --- the page ---------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    title: str
    title_derived: bool
    lead: str
    paragraphs: tuple[str, ...]


class _Page:
    """Collect the meta lines of a page and the paragraphs of its article."""

    TOP_LINES = 8  # rubric, views and top tags are only looked for this far down

    def __init__(self, rest: str):
        self.rest = rest
        self.views: int | None = None
        self.rubric: str | None = None
        self.photo_credit: str | None = None
        self.hashtags: list[str] = []
        self.paragraphs: list[str] = []

    def read(self, raw_lines: list[str]) -> None:
        """Strip chrome and meta lines, then group what is left into paragraphs."""
        lines = self._drop_chrome([_strip_line(line) for line in raw_lines])
        lines = self._take_bottom_tags(lines)
        lines = self._take_top_meta(lines)
        self.paragraphs = _paragraphs(lines)

    def _drop_chrome(self, lines: list[str]) -> list[str]:
        kept: list[str] = []
        seen_text = 0
        for line in lines:
            if not line:
                kept.append(line)
                continue
            if seen_text >= 80 and len(line) <= 260 and _BOTTOM.fullmatch(line):
                tags = [tags for later in lines[len(kept) :] if (tags := _hashtags(later))]
                kept.append("")
                if tags:
                    kept.append(" ".join("#" + tag for tag in tags[-1]))
                break
            if _is_chrome(line):
                continue
            credit = _credit(line)
            if credit is not None:
                if self.photo_credit is None:
                    self.photo_credit = credit
                self._drop_caption(kept, seen_text)
                continue
            seen_text += len(line)
            kept.append(line)
        return kept

    @staticmethod
    def _drop_caption(kept: list[str], seen_text: int) -> None:
        """Drop the caption line glued above a credit in the middle of the body."""
        if len(kept) < 2 or not kept[-1] or seen_text - len(kept[-1]) < 200:
            return
        caption = kept[-1]
        if len(caption) <= 150 and not _SENTENCE_END.search(caption):
            kept.pop()

    def _take_bottom_tags(self, lines: list[str]) -> list[str]:
        end = len(lines)
        while end and not lines[end - 1]:
            end -= 1
        found: list[list[str]] = []
        while end:
            tags = _hashtags(lines[end - 1])
            if tags is None and not found and end > 1 and not lines[end - 2]:
                tags = _tag_strip(lines[end - 1])
            if tags is None:
                break
            found.insert(0, tags)
            end -= 1
        for tags in found:
            self.hashtags.extend(tags)
        return lines[:end]

    def _take_top_meta(self, lines: list[str]) -> list[str]:
        kept: list[str] = []
        seen = 0
        for index, line in enumerate(lines):
            if not line:
                kept.append(line)
                continue
            seen += 1
            if seen > self.TOP_LINES:
                kept.extend(lines[index:])
                break
            if self.views is None and (views := _views(line)) is not None:
                self.views = views
            elif self.rubric is None and seen <= 3 and line.casefold() in _RUBRICS:
                self.rubric = line
            elif (tags := _top_hashtags(line)) is not None:
                self.hashtags.extend(tags)
            else:
                kept.append(line)
        return kept

    def assemble(self, name: str, lineno: int) -> _Text:
        """Decide the title and lead; raise DumpError when no article is left."""
        paragraphs = self.paragraphs
        rest = self.rest
        if rest and self._rest_is_meta(rest):
            rest = ""
        title, derived = "", False
        if rest and _is_body_text(rest, paragraphs):
            # The header repeats a paragraph below, or holds the only copy of the lead.
            if not any(_same(p[: len(rest)], rest) for p in paragraphs):
                paragraphs.insert(0, rest)
        elif rest:
            title = rest
        elif len(paragraphs) > 1 and _is_headline(paragraphs[0]):
            title = paragraphs.pop(0)
        if not title and not paragraphs:
            raise DumpError(
                name, lineno, "no title after the date and no text below to derive one from"
            )
        if title:
            paragraphs[:] = [p for i, p in enumerate(paragraphs) if i > 2 or not _same(p, title)]
        if not paragraphs:
            raise DumpError(name, lineno, f'no article text below the title "{_shorten(title)}"')
        if not title:
            title, derived = derive_title(paragraphs[0]), True
        return _Text(title, derived, paragraphs[0], tuple(paragraphs[1:]))

    def _rest_is_meta(self, rest: str) -> bool:
        """Tell whether the header's text is chrome or a credit rather than a title."""
        if _is_chrome(rest) or _GLUED_MENU.fullmatch(rest) or _SECTION.fullmatch(rest):
            return True
        views = _views(rest)
        if views is not None:
            self.views = self.views if self.views is not None else views
            return True
        if rest.casefold() in _RUBRICS:
            self.rubric = self.rubric or rest
            return True
        credit = _credit(rest)
        if credit is not None:
            self.photo_credit = self.photo_credit or credit
            return True
        tags = _top_hashtags(rest)
        if tags is not None:
            self.hashtags[:0] = tags
            return True
        return False


def _same(a: str, b: str) -> bool:
    return a.casefold().rstrip(" .") == b.casefold().rstrip(" .")


def _is_headline(text: str) -> bool:
    return 3 <= len(text) <= 200 and not text.endswith((".", ":", ",", ";")) and " " in text


def _is_body_text(rest: str, paragraphs: list[str]) -> bool:
    """Tell whether the header's text is the lead or a body paragraph instead of a title."""
    if len(rest) > 200 or _dateline(rest) or _attribution(rest):
        return True
    if rest.endswith(".") and not rest.endswith("..") and rest.count(" ") >= 7:
        return True
    prefix = rest.casefold()
    return any(len(p) > len(rest) + 20 and p.casefold().startswith(prefix) for p in paragraphs[:3])


# --- paragraphs -------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?…»\"”:;]$")


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: blank-line, single-newline or hard-wrapped layouts."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.extend(_split_block(block))
            block = []
    return paragraphs


def _split_block(block: list[str]) -> list[str]:
    if len(block) == 1:
        return block
    inner = block[:-1]
    width = max(len(line) for line in inner)
    open_ends = sum(1 for line in inner if not _TERMINAL.search(line))
    if width > 100 or open_ends * 2 < len(inner):
        return block
    # Hard-wrapped: a short line ending a sentence closes a paragraph.
    paragraphs: list[str] = []
    current = ""
    for line in block:
        if not current:
            current = line
        elif current.endswith("-") and not current.endswith(" -"):
            current += line
        else:
            current += " " + line
        if _TERMINAL.search(line) and len(line) < 0.75 * width:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


# --- title ------------------------------------------------------------------

_ABBREVIATIONS = {"г", "гг", "т", "им", "ул", "др", "mr", "mrs", "ms", "dr", "st", "no", "ст"}
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"»”]?(?=\s+[\"«“(–—-]?\s?[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_TITLE_WIDTH = 150


def derive_title(lead: str) -> str:
    """Return a title made of the lead's first sentence, cut at a word boundary."""
    text = _strip_dateline(lead)
    sentence = text
    for match in _SENTENCE_BREAK.finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1] if match.start() else ""
        word = word.rsplit(".", 1)[-1]
        if (len(word) == 1 and word.isupper()) or word.casefold() in _ABBREVIATIONS:
            continue
        sentence = text[: match.start()]
        break
    sentence = _strip_attribution(sentence).strip(" .,;:–—-")
    if len(sentence) > _TITLE_WIDTH:
        cut = sentence.rfind(" ", 0, _TITLE_WIDTH)
        sentence = sentence[: cut if cut > 40 else _TITLE_WIDTH].rstrip(" ,;:–—-") + "…"
    return sentence or _shorten(lead, _TITLE_WIDTH)


# --- outlet -----------------------------------------------------------------

_OUTLET_NAMES = {
    spelling.casefold(): outlet
    for outlet, spellings in chrome.OUTLETS.items()
    for spelling in spellings
}
_OUTLET_ALTERNATION = "|".join(
    re.escape(spelling)
    for spelling in sorted(
        {spelling for spellings in chrome.OUTLETS.values() for spelling in spellings},
        key=len,
        reverse=True,
    )
)
_ANY_OUTLET = rf"(?<![\w.])(?:{_OUTLET_ALTERNATION})(?![\w])"
_OUTLET_MENTION = re.compile(_ANY_OUTLET)
_FORMULA_SOURCES = [formula.replace("{o}", _ANY_OUTLET) for formula in chrome.OUTLET_FORMULAS]
_FORMULA = re.compile("|".join(f"(?:{source})" for source in _FORMULA_SOURCES), re.MULTILINE)
_DATELINES = [re.compile(source) for source in _FORMULA_SOURCES if source.startswith("^")]
_DATELINE_PREFIX = re.compile(
    rf"^(?:[A-ZА-ЯЁ][A-ZА-ЯЁ -]{{1,30}}[.,]\s*(?:[^.–—/\n]{{1,25}}[.–—]\s*)?/?{_ANY_OUTLET}/?\.?"
    rf"|{_ANY_OUTLET}\s*\([A-Z]{{2}}\))\s*[-–—]?\s*"
)
_ATTRIBUTION_TAIL = re.compile(
    r",?\s*[—–-]?\s*(?:(?:сообщает|сообщают|передает|передаёт|пишет|деп хабарлайды)\b"
    rf"|{_ANY_OUTLET}[^,]{{0,40}}\b(?:reports|informs|cites|хабарлайды|тілшісі)\b).*$"
)
_ATTRIBUTION_HEAD = re.compile(
    r"^(?:Как (?:сообщает|передает|передаёт|пишет)|По (?:данным|информации)|According to)"
    r"[^,]{1,60},\s*"
)


def _dateline(text: str) -> bool:
    return any(pattern.match(text) for pattern in _DATELINES)


def _attribution(text: str) -> bool:
    return _OUTLET_MENTION.search(text) is not None and _FORMULA.search(text) is not None


def _strip_dateline(text: str) -> str:
    return _DATELINE_PREFIX.sub("", text, count=1) or text


def _strip_attribution(text: str) -> str:
    """Remove "Как передает X," and ", сообщает X …" from a sentence that stays a sentence."""
    stripped = _ATTRIBUTION_TAIL.sub("", _ATTRIBUTION_HEAD.sub("", text, count=1))
    if stripped.count(" ") < 2:
        return text
    return stripped[:1].upper() + stripped[1:]


def find_outlet(*paragraphs: str) -> str | None:
    """Return the canonical outlet named by an attribution formula or dateline, else None."""
    text = "\n".join(paragraphs)
    # Formulas are tried only around a mention of an outlet: one scan instead of many.
    for hit in _OUTLET_MENTION.finditer(text):
        start = max(text.rfind("\n", 0, hit.start()) + 1, hit.start() - 120)
        end = min(len(text), hit.end() + 40)
        match = _FORMULA.search(text, start, end)
        if match:
            outlet = _OUTLET_MENTION.search(match[0])
            if outlet:
                return _OUTLET_NAMES[outlet[0].casefold()]
    return None


# --- language ---------------------------------------------------------------

_LANGUAGE_SAMPLE = 2500
_ASCII_LETTERS = b"abcdefghijklmnopqrstuvwxyz"
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN_EXTRA = "əğışçöüñéáíóúäå"
_KAZAKH = "әғқұіһ"
_KAZAKH_KYRGYZ = "ңөү"
_UZBEK = "ўҳ"
_AZERI = "əğış"
_ARABIC_KAZAKH = "ٴەۇٶٵ"


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of text, decided by the share of telling letters."""
    # A sample is enough to tell the language and keeps the cost flat for long pages.
    sample = text[:_LANGUAGE_SAMPLE].lower()
    # Count scripts in bulk: ASCII letters by deletion, the rest as non-ASCII characters,
    # which in these pages are Cyrillic letters (or, rarely, Arabic) and a little typography.
    ascii_only = sample.encode("ascii", "ignore")
    latin = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    cyrillic = len(sample) - len(ascii_only)

    def share(letters: str, total: int) -> float:
        return sum(sample.count(letter) for letter in letters) / total

    if cyrillic > latin and _ARABIC.search(sample):
        arabic = len(_ARABIC.findall(sample))
        if arabic * 2 > cyrillic:
            return "kk" if share(_ARABIC_KAZAKH, arabic) else "ar"
    if latin >= cyrillic or share(_LATIN_EXTRA, cyrillic) > 0.5:
        return _latin_language(sample, latin + cyrillic) if latin or cyrillic else "und"
    if not cyrillic:
        return "und"
    if share(_UZBEK, cyrillic) > 0.003:
        return "uz"
    if share(_KAZAKH, cyrillic) > 0.015:
        return "kk"
    if share(_KAZAKH_KYRGYZ, cyrillic) > 0.01:
        return "ky"
    if share("їєґ", cyrillic) > 0.002:
        return "uk"
    if share("ы", cyrillic) < 0.001 and share("ъ", cyrillic) > 0.005:
        return "bg"
    return "ru"


def _latin_language(sample: str, latin: int) -> str:
    def share(letters: str) -> float:
        return sum(sample.count(letter) for letter in letters) / latin

    if share("ə") > 0.005:
        return "az"
    if share("ʻ‘ʼ") > 0.003 and share("qx") > 0.01:
        return "uz"
    if share("ığş") > 0.01:
        return "tr"
    return "en"
