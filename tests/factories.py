"""Small factories for database tests: sensible defaults, override what the test is about."""

import datetime
import hashlib
import itertools

from articles.models import Article, ArticleCountry, ArticlePerson, Country, Person, Quote
from articles.search import index_articles
from articles.text import title_key

_counter = itertools.count(1)


def make_article(*, title=None, persons=(), countries=(), speakers=(), **fields) -> Article:
    """Create an indexed article; `persons`/`countries` are Person objects and ISO codes."""
    n = next(_counter)
    title = title or f"Статья номер {n}"
    fields.setdefault("date", datetime.date(2026, 2, 6))
    fields.setdefault("lead", "")
    fields.setdefault("body", "")
    fields.setdefault("language", "ru")
    fields.setdefault("outlet", "Kazpravda.kz")
    fields.setdefault("source_file", f"{n:03d}_test.txt")
    digest = hashlib.sha256(f"{title}|{n}|{fields}".encode()).hexdigest()
    fields.setdefault("content_hash", digest)
    key = f"{fields['date']}|{fields['outlet']}|{title_key(title)}|{n}"
    fields.setdefault("identity_key", hashlib.sha256(key.encode()).hexdigest())
    article = Article.objects.create(title=title, **fields)
    for person in persons:
        ArticlePerson.objects.create(article=article, person=person, speaker=person in speakers)
    for code in countries:
        ArticleCountry.objects.create(article=article, country=Country.objects.get(code=code))
    index_articles([article.pk])
    return article


def make_person(name="Ерлан Кошанов", *, country=None, position="") -> Person:
    country = Country.objects.get(code=country) if country else None
    return Person.objects.create(name=name, country=country, position=position)


def make_quote(article, person, text="Мы ценим партнерство.") -> Quote:
    return Quote.objects.create(article=article, person=person, text=text)


def make_tag(name="сотрудничество"):
    from articles.models import Tag

    return Tag.objects.create(name=name)


def link_country(article, code, *, mentions=1, in_headline=False):
    """Link `article` to a country with the extraction's facts on the link."""
    return ArticleCountry.objects.create(
        article=article,
        country=Country.objects.get(code=code),
        mentions=mentions,
        in_headline=in_headline,
    )


def link_tag(article, tag, order=0):
    from articles.models import ArticleTag

    return ArticleTag.objects.create(article=article, tag=tag, order=order)
