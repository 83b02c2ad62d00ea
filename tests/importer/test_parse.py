"""Golden-file, seed and error tests for articles.importer.parse.

Regenerate the expected files after a deliberate change, then review the diff:
    python -m tests.importer.test_parse --regen
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import sys
from pathlib import Path

import pytest

from articles.importer.parse import (
    DumpError,
    ParsedArticle,
    derive_title,
    detect_language,
    parse_dump,
)
from tests.paths import SEED

ROOT = Path(__file__).resolve().parents[2]
DUMPS = ROOT / "fixtures" / "dumps"
BROKEN = ROOT / "fixtures" / "broken"

GOLDEN = sorted(DUMPS.glob("*.txt"))


def article_to_json(article: ParsedArticle) -> dict:
    """Return the article as JSON-ready data, tuples as lists and the date as ISO text."""
    data = dataclasses.asdict(article)
    data["date"] = article.date.isoformat()
    data["paragraphs"] = list(article.paragraphs)
    data["hashtags"] = list(article.hashtags)
    return data


def expected_path(dump: Path) -> Path:
    return dump.with_name(dump.stem + ".expected.json")


def parse_file(path: Path) -> ParsedArticle:
    return parse_dump(path.read_bytes(), path.name)


def test_there_are_enough_golden_files():
    assert len(GOLDEN) >= 15
    languages = {parse_file(path).language for path in GOLDEN}
    assert {"ru", "kk", "en"} <= languages


@pytest.mark.parametrize("dump", GOLDEN, ids=lambda path: path.stem)
def test_golden(dump: Path):
    expected = json.loads(expected_path(dump).read_text(encoding="utf-8"))
    assert article_to_json(parse_file(dump)) == expected


@pytest.mark.parametrize("dump", GOLDEN, ids=lambda path: path.stem)
def test_golden_has_no_chrome_or_credit_in_text(dump: Path):
    article = parse_file(dump)
    text = "\n".join((article.title, article.lead, *article.paragraphs))
    for leftover in ("<p>", "&nbsp;", "&laquo;", "data:image", "Рассказать друзьям", "\nNone\n"):
        assert leftover not in text
    credit_starts = ("Фото", "Photo", "(Photo", "Сурет", "©", "Источник фото")
    assert not any(p.startswith(credit_starts) for p in (article.lead, *article.paragraphs))


def test_seed():
    article = parse_file(SEED)
    assert article.date == datetime.date(2026, 2, 6)
    assert not article.date_month_only
    assert article.title == (
        "Депутаты Казахстана и Беларуси усилят сотрудничество по вопросам ИИ и цифровизации"
    )
    assert not article.title_derived
    assert article.views == 185
    assert article.photo_credit == "Т.Таныбаева"
    assert article.outlet == "Kazpravda.kz"
    assert article.language == "ru"
    assert article.hashtags == ("сотрудничество", "Кошанов", "Беларусь")
    assert article.lead.startswith("Председатель Мажилиса Ерлан Кошанов")
    assert article.paragraphs[0].startswith("В Минске он встретился")
    assert article.paragraphs[-1].startswith("Депутаты Мажилиса возложили цветы")
    assert all("Таныбаева" not in p for p in article.paragraphs)
    assert article.file_name == "000_bc75b8d4eb3f4bce.txt"


def test_encodings_give_the_same_text():
    text = (DUMPS / "001_ru_kazpravda_layout.txt").read_text(encoding="utf-8")
    plain = parse_dump(text.encode(), "a.txt")
    for data in (
        b"\xef\xbb\xbf" + text.encode(),
        text.encode("cp1251"),
        text.replace("\n", "\r\n").encode(),
        text.replace("\n", "\r").encode(),
    ):
        again = parse_dump(data, "a.txt")
        assert (again.title, again.lead, again.paragraphs) == (
            plain.title,
            plain.lead,
            plain.paragraphs,
        )


# --- errors -----------------------------------------------------------------

ERRORS = [
    ("empty.txt", 1, "empty"),
    ("whitespace_only.txt", 1, "only whitespace"),
    ("binary.txt", 3, "binary content"),
    ("undecodable.txt", 3, "neither UTF-8 nor Windows-1251"),
    ("missing_header.txt", 1, "missing header"),
    ("invalid_date.txt", 1, 'date "2026-13-45" is not a valid date'),
    ("header_only.txt", 1, "no title after the date and no text below"),
    ("html_page.txt", 1, "an HTML page"),
    ("no_article_text.txt", 1, "no article text"),
]


@pytest.mark.parametrize(("file", "line", "reason"), ERRORS, ids=[e[0] for e in ERRORS])
def test_error_names_file_line_and_reason(file: str, line: int, reason: str):
    name = f"dumps/{file}"
    with pytest.raises(DumpError) as caught:
        parse_dump((BROKEN / file).read_bytes(), name)
    error = caught.value
    assert (error.path, error.line) == (name, line)
    assert reason in error.reason
    assert str(error).startswith(f"{name}:{line}: ")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b" date 2026-02-30 Title\n\nText of the article.", 'date "2026-02-30" is not a valid'),
        (b" date 06.02.2026 Title\n\nText.", "not in the form YYYY-MM-DD"),
        (b" date\n\nText of the article.", "no date"),
        (b" date 2026-02-06 Title\n\n<html><body>x</body></html>", "an HTML page"),
    ],
)
def test_more_header_errors(raw: bytes, reason: str):
    with pytest.raises(DumpError, match=reason):
        parse_dump(raw, "x.txt")


def test_utf8_with_a_stray_byte_is_an_error_not_mojibake():
    text = " date 2026-02-06 Заголовок\n\nДепутаты Мажилиса встретились с коллегами.\n"
    data = text.encode() + b"\xff" + "Ещё одна строка текста о встрече.\n".encode()
    with pytest.raises(DumpError, match="neither UTF-8 nor Windows-1251") as caught:
        parse_dump(data, "x.txt")
    assert caught.value.line == 4


def test_error_line_counts_from_the_top():
    with pytest.raises(DumpError) as caught:
        parse_dump(b"\n\n date 2026-13-01 Title\n\nText.", "x.txt")
    assert caught.value.line == 3


# --- single rules -----------------------------------------------------------


def dump(*lines: str, date: str = "2025-01-15") -> bytes:
    return ("\n".join([f" date {date} {lines[0]}", *lines[1:]]) + "\n").encode()


BODY = "Депутаты Мажилиса встретились с делегацией парламента Грузии и обсудили торговлю."


def test_month_only_date():
    article = parse_dump(dump("Заголовок статьи", "", BODY, date="2019-05"), "x.txt")
    assert (article.date, article.date_month_only) == (datetime.date(2019, 5, 1), True)


def test_missing_title_is_derived_and_marked():
    article = parse_dump(dump("", "", BODY + " Второе предложение текста."), "x.txt")
    assert article.title_derived
    assert article.title == BODY.rstrip(".")


def test_derived_title_is_cut_at_a_word_boundary():
    long_sentence = "Сенаторы " + "обсудили вопросы сотрудничества " * 10 + "в Астане."
    title = derive_title(long_sentence)
    assert len(title) <= 151 and title.endswith("…")
    assert long_sentence.startswith(title[:-1])


def test_derived_title_skips_initials():
    assert derive_title("Депутат Н. Назарбаева встретилась с послом. Далее текст.") == (
        "Депутат Н. Назарбаева встретилась с послом"
    )


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Фото: Сенат / Н. Фамилия", "Сенат / Н. Фамилия"),
        ("Фото Т.Таныбаева", "Т.Таныбаева"),
        ("© Фото: Kazinform", "Kazinform"),
        ("Источник фото: пресс-служба Сената", "пресс-служба Сената"),
        ("Photo: Akorda", "Akorda"),
        ("Photo credit: Senate press service", "Senate press service"),
        ("(Photo: Milli Majlis)", "Milli Majlis"),
        ("Сурет: Сенат", "Сенат"),
        (
            "Сенат депутаты, фото - Новости Zakon.kz от 11.09.2025 12:20 Фото: Zakon.kz/Имя",
            "Zakon.kz/Имя",
        ),
    ],
)
def test_photo_credit_forms(line: str, credit: str):
    article = parse_dump(dump("Заголовок статьи", "", line, "", BODY), "x.txt")
    assert article.photo_credit == credit
    assert article.lead == BODY


@pytest.mark.parametrize(
    ("line", "views"),
    [("185", 185), ("Опубликовано: 530", 530), ("53 рет көрсетілді", 53)],
)
def test_view_count_forms(line: str, views: int):
    article = parse_dump(dump("Заголовок статьи", "", line, "", BODY), "x.txt")
    assert article.views == views
    assert article.lead == BODY


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Встреча прошла в Астане, сообщает Kazpravda.kz со ссылкой на пресс-службу",
            "Kazpravda.kz",
        ),
        ("Встреча прошла в Астане, передает корреспондент агентства Kazinform.", "Kazinform"),
        ("Встреча прошла в Астане, передает корреспондент Zakon.kz.", "Zakon.kz"),
        ("Встреча прошла, передает BAQ.KZ со ссылкой на пресс-службу Сената.", "BAQ.KZ"),
        ("Как передает Report, встреча прошла в Баку.", "Report"),
        ("Встреча прошла в Ташкенте. Источник: Sputnik.uz", "Sputnik.uz"),
        ("АСТАНА. KAZINFORM — Встреча прошла в Астане.", "Kazinform"),
        ("МОСКВА, 26 фев – РИА Новости. Встреча прошла в Москве.", "РИА Новости"),
        ("ПЕКИН, 24 августа. /ТАСС/. Встреча прошла в Пекине.", "ТАСС"),
        ("MOSCOW, March 1. /TASS/. The meeting took place in Moscow.", "TASS"),
        ("CentralAsia (KZ) - Встреча прошла в Бишкеке.", "CentralAsia"),
        ("Кездесу өтті, деп хабарлайды Zakon.kz.", "Zakon.kz"),
        ("Кездесу өтті, деп хабарлайды Kazinform агенттігінің меншікті тілшісі.", "Kazinform"),
        ("Кездесу Астанада өтті, хабарлайды BAQ.KZ тілшісі.", "BAQ.KZ"),
        ("The meeting took place in Astana, Kazinform News Agency reports.", "Kazinform"),
        ("Kazinform cites the press service of the Senate.", "Kazinform"),
        ("The meeting took place in Baku, Report informs.", "Report"),
        ("The meeting took place in Baku, Trend reports.", "Trend"),
        ("Об этом сообщает пресс-служба Сената.", None),
        ("The report informs the public about trends.", None),
    ],
)
def test_outlet_formulas(text: str, outlet: str | None):
    article = parse_dump(dump("Заголовок статьи", "", text, "", BODY), "x.txt")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Депутаты Мажилиса встретились с коллегами из Беларуси и обсудили торговлю.", "ru"),
        ("Мәжіліс депутаттары Беларусь әріптестерімен кездесіп, сауданы талқылады.", "kk"),
        ("Members of the Mazhilis met colleagues from Belarus to discuss trade.", "en"),
        ("Жогорку Кеңештин депутаттары Беларустун өкүлдөрү менен жолугушту, өз ара соода", "ky"),
        (
            "Олий Мажлис депутатлари Беларусь ҳамкасблари билан учрашиб, савдони муҳокама қилди.",
            "uz",
        ),
        (
            "Milli Məclisin deputatları Belarus həmkarları ilə görüşərək ticarəti müzakirə edib.",
            "az",
        ),
        ("قازاقستان رەسپۋبليكاسى پارلامەنتى ءماجىلىسىنىڭ دەپۋتاتتارى كەزدەستى", "kk"),
        ("Народното събрание прие делегация от Казахстан. Депутатите обсъдиха търговията.", "bg"),
    ],
)
def test_language_by_letter_share(text: str, language: str):
    assert detect_language(text) == language


def test_russian_quoting_kazakh_words_stays_russian():
    text = BODY * 5 + " Форум назывался «Қазақстан – Ұлы дала елі»."
    assert detect_language(text) == "ru"


def test_paragraph_layouts_agree():
    paragraphs = [
        "Первый абзац о встрече депутатов Мажилиса с делегацией Сейма Польши в Астане.",
        "– Мы ценим партнерство, – отметил председатель Мажилиса.",
        "Стороны договорились продолжить диалог по линии групп дружбы.",
    ]
    blank = dump("Заголовок статьи", "", *"\n\n".join(paragraphs).split("\n"))
    single = dump("Заголовок статьи", *paragraphs)
    indented = dump("Заголовок статьи", "", *[f"     {p}\n" for p in paragraphs])
    runs = dump("Заголовок статьи", "", "", "", *"\n\n\n\n".join(paragraphs).split("\n"))
    results = {parse_dump(data, "x.txt").body for data in (blank, single, indented, runs)}
    assert len(results) == 1
    assert parse_dump(blank, "x.txt").lead == paragraphs[0]


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = [
        "Делегация Мажилиса во главе с вице-спикером прибыла в",
        "Варшаву, где провела переговоры с маршалом Сейма о",
        "развитии торговли и транзита через Каспийское море.",
        "",
        "Стороны договорились продолжить консультации по линии",
        "профильных комитетов и групп дружбы двух парламентов.",
    ]
    article = parse_dump(dump("Заголовок статьи", "", *wrapped), "x.txt")
    assert article.lead == " ".join(wrapped[:3])
    assert article.paragraphs == (" ".join(wrapped[4:]),)


def test_hashtags_at_the_top_keep_spaces():
    article = parse_dump(dump("Заголовок статьи", "#АЭС в Казахстане #Мажилис", "", BODY), "x.txt")
    assert article.hashtags == ("АЭС в Казахстане", "Мажилис")


def test_tag_strip_without_hash():
    article = parse_dump(
        dump("Заголовок статьи", "", BODY, "", "Мажилис, Грузия, торговля"), "x.txt"
    )
    assert article.hashtags == ("Мажилис", "Грузия", "торговля")
    assert article.paragraphs == ()


def test_html_entities_are_decoded_and_tags_removed():
    raw = dump(
        "Заголовок &laquo;статьи&raquo;", "", "<p>Депутаты&nbsp;встретились <b>в</b> Астане.</p>"
    )
    article = parse_dump(raw, "x.txt")
    assert article.title == "Заголовок «статьи»"
    assert article.lead == "Депутаты встретились в Астане."


def test_bottom_chrome_is_cut():
    raw = dump("Заголовок статьи", "", BODY, "", "Читайте также:", "Другая новость о парламенте")
    assert parse_dump(raw, "x.txt").paragraphs == ()


def test_messy_article_is_still_an_article():
    raw = dump("", "", "Ashimbayev met the delegation.During the talks the sides discussed tra")
    article = parse_dump(raw, "x.txt")
    assert article.title_derived and article.lead.endswith("tra")


def regenerate() -> None:
    """Write the expected JSON beside every golden dump (review the diff before committing)."""
    for dump_file in GOLDEN:
        data = article_to_json(parse_file(dump_file))
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        expected_path(dump_file).write_text(text, encoding="utf-8")
        print(f"wrote {expected_path(dump_file).relative_to(ROOT)}")


if __name__ == "__main__" and "--regen" in sys.argv:
    regenerate()
