"""Property tests for articles.importer.parse with hypothesis."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importer.parse import DumpError, ParsedArticle, parse_dump

HEADER = b" date 2026-02-06 "


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_dump_error(data: bytes):
    try:
        result = parse_dump(data, "any.txt")
    except DumpError as error:
        assert error.path == "any.txt" and error.reason
    else:
        assert isinstance(result, ParsedArticle)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=1500) | st.text(max_size=1500).map(str.encode))
def test_any_body_after_a_valid_header_gives_an_article_or_a_dump_error(body: bytes):
    try:
        result = parse_dump(HEADER + body, "any.txt")
    except DumpError as error:
        assert error.path == "any.txt" and error.reason
    else:
        assert isinstance(result, ParsedArticle)
        assert result.lead


# --- round trip ---------------------------------------------------------------

TITLE_START = ["Парламентарии", "Сенаторы", "Спикеры", "Делегации", "Мажилисмены"]
PARAGRAPH_START = ["Стороны", "Участники", "Председатель", "Депутат", "Посол", "Гости", "Эксперты"]
WORDS = [
    "обсудили",
    "сотрудничество",
    "торговли",
    "Казахстана",
    "Беларуси",
    "Грузии",
    "парламентов",
    "развитие",
    "встречи",
    "договорились",
    "укреплять",
    "связи",
    "законодательства",
    "энергетики",
    "транзита",
    "водных",
    "ресурсов",
    "форума",
    "групп",
    "дружбы",
    "комитетов",
    "Астане",
    "Минске",
    "Тбилиси",
    "заявил",
    "отметил",
]
NAMES = ["Айгерим Сапарова", "Тимур Касымов", "Н. Жумабекова", "Ерлан Досанов"]
RUBRICS = ["Мажилис", "Общество", "Внешняя политика", "Қоғам"]

words = st.lists(st.sampled_from(WORDS), min_size=3, max_size=10).map(" ".join)
sentence = st.builds(
    lambda first, rest: f"{first} {rest}.", st.sampled_from(PARAGRAPH_START), words
)
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
title = st.builds(lambda first, rest: f"{first} {rest}", st.sampled_from(TITLE_START), words)
hashtag = st.lists(st.sampled_from(WORDS), min_size=1, max_size=1).map(lambda w: w[0].capitalize())


@st.composite
def articles(draw: st.DrawFn) -> dict:
    return {
        "date": draw(st.dates(datetime.date(2013, 1, 1), datetime.date(2026, 12, 31))),
        "title": draw(title),
        "lead": draw(paragraph),
        "paragraphs": tuple(draw(st.lists(paragraph, min_size=0, max_size=6))),
        "views": draw(st.none() | st.integers(0, 999_999)),
        "rubric": draw(st.none() | st.sampled_from(RUBRICS)),
        "photo_credit": draw(st.none() | st.sampled_from(NAMES)),
        "hashtags": tuple(draw(st.lists(hashtag, max_size=4, unique=True))),
        "layout": draw(st.sampled_from(["blank", "single", "indented"])),
        "crlf": draw(st.booleans()),
        "bom": draw(st.booleans()),
    }


def write_dump(article: dict) -> bytes:
    """Write an article in the Kazpravda dump layout with the given paragraph separation."""
    top = [line for line in (article["rubric"], article["views"]) if line is not None]
    credit = [f"Фото: {article['photo_credit']}"] if article["photo_credit"] else []
    body = [*map(str, top), article["lead"], *credit, *article["paragraphs"]]
    if article["hashtags"]:
        body.append(" ".join("#" + tag for tag in article["hashtags"]))
    if article["layout"] == "blank":
        text = "\n\n".join(body)
    elif article["layout"] == "single":
        text = "\n".join(body)
    else:
        text = "\n\n".join("     " + line for line in body)
    data = f" date {article['date'].isoformat()} {article['title']}\n\n{text}\n"
    if article["crlf"]:
        data = data.replace("\n", "\r\n")
    return (b"\xef\xbb\xbf" if article["bom"] else b"") + data.encode()


@settings(max_examples=300)
@given(articles())
def test_written_article_parses_back_to_the_same_fields(article: dict):
    parsed = parse_dump(write_dump(article), "round.txt")
    assert parsed.date == article["date"]
    assert not parsed.date_month_only
    assert (parsed.title, parsed.title_derived) == (article["title"], False)
    assert parsed.lead == article["lead"]
    assert parsed.paragraphs == article["paragraphs"]
    assert parsed.views == article["views"]
    assert parsed.rubric == article["rubric"]
    assert parsed.photo_credit == article["photo_credit"]
    assert parsed.hashtags == article["hashtags"]
    assert parsed.language == "ru"
