"""Build ParsedArticle objects for extraction tests and benchmarks."""

from __future__ import annotations

import datetime
import hashlib

from articles.importer.parse import ParsedArticle, parse_dump
from tests.paths import SEED

# CI checks out ../shared beside the clone; the seed is the one real sample.


def make_article(
    paragraphs: list[str] | tuple[str, ...],
    *,
    title: str = "",
    lead: str = "",
    language: str = "ru",
    photo_credit: str | None = None,
    hashtags: tuple[str, ...] = (),
    outlet: str | None = None,
) -> ParsedArticle:
    """Return a ParsedArticle around the given text."""
    body = "\n".join([title, lead, *paragraphs])
    return ParsedArticle(
        source_name="test.txt",
        sha256=hashlib.sha256(body.encode()).hexdigest(),
        date=datetime.date(2026, 2, 6),
        date_month_only=False,
        title=title,
        title_derived=False,
        lead=lead,
        paragraphs=tuple(paragraphs),
        views=None,
        rubric=None,
        photo_credit=photo_credit,
        hashtags=tuple(hashtags),
        outlet=outlet,
        language=language,
    )


def seed_article() -> ParsedArticle:
    """Return the seed dump as the real parser reads it."""
    return parse_dump(SEED.read_bytes(), SEED.name)


def seed_article_by_hand(text: str | None = None) -> ParsedArticle:
    """Return the seed dump built by hand, without the parser."""
    text = text if text is not None else SEED.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines()]
    title = lines[0].split(" ", 2)[2]
    paragraphs = [p for p in lines[1:] if p and not p.isdigit()]
    lead = paragraphs.pop(0)
    credit = paragraphs.pop(0).removeprefix("Фото ").strip()
    tags = tuple(t.lstrip("#") for t in paragraphs.pop().split())
    return make_article(
        paragraphs,
        title=title,
        lead=lead,
        photo_credit=credit,
        hashtags=tags,
        outlet="Kazpravda.kz",
    )
