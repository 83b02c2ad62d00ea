import csv
import datetime
import io
import json

import pytest

from articles.exports import CSV_COLUMNS, article_as_dict, neutralise_formula
from articles.models import Article
from tests.factories import link_country, link_tag, make_article, make_person, make_quote, make_tag

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages cache per-entity aggregates; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response) -> list[dict]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="articles-')
    text = body(response)
    assert text.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(text[1:]))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    return list(reader)


def json_objects(response) -> list[dict]:
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body(response))


@pytest.fixture
def many():
    """45 articles (more than two pages of 20): every third in Kazakh, the even ones naming HU."""
    person = make_person("Ерлан Кошанов", country="KZ")
    for n in range(45):
        article = make_article(
            title=f"Встреча {n}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            language="kk" if n % 3 == 0 else "ru",
            persons=[person] if n < 10 else [],
        )
        if n % 2 == 0:
            link_country(article, "HU")
    return person


def test_csv_export_returns_every_matching_row_not_one_page(client, many):
    rows = csv_rows(client.get("/export.csv"))
    assert len(rows) == 45
    assert [r["title"] for r in rows[:2]] == ["Встреча 44", "Встреча 43"]  # the page's order
    assert rows[0]["url"].startswith("http://testserver/articles/")


def test_exports_respect_every_filter(client, many):
    expected = Article.objects.filter(language="ru", country_codes__contains=["HU"]).count()
    assert expected == 15
    rows = csv_rows(client.get("/export.csv?language=ru&country=HU&page=2"))
    assert len(rows) == expected
    assert all(r["language"] == "ru" and "HU" in r["countries"].split("; ") for r in rows)
    objects = json_objects(client.get("/export.json?language=ru&country=HU"))
    assert sorted(o["id"] for o in objects) == sorted(
        Article.objects.filter(language="ru", country_codes__contains=["HU"]).values_list(
            "id", flat=True
        )
    )
    in_month = json_objects(client.get(f"/export.json?person={many.slug}&month=2025-01"))
    assert len(in_month) == 10
    assert json_objects(client.get("/export.json?year=1999")) == []


def test_person_page_export_links_return_the_page_result_set(client, many):
    response = client.get(many.get_absolute_url() + "?language=kk")
    html = response.content.decode()
    link = f'href="/export.csv?language=kk&amp;person={many.slug}"'
    assert link in html
    rows = csv_rows(client.get(f"/export.csv?language=kk&person={many.slug}"))
    assert len(rows) == response.context["total"] == 4


def test_json_export_uses_the_export_articles_shape(client):
    person = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    article = make_article(
        title="Депутаты Казахстана и Беларуси",
        lead="Лид",
        body="Абзац один.\n\nАбзац два.",
        views=185,
        photo_credit="Т.Таныбаева",
        persons=[person],
        speakers=[person],
        countries=["BY", "KZ"],
    )
    link_tag(article, make_tag("сотрудничество"))
    make_quote(article, person, "Мы ценим партнерство.")
    [exported] = json_objects(client.get("/export.json"))
    fresh = Article.objects.for_export().get(pk=article.pk)
    assert exported == article_as_dict(fresh)
    assert exported["persons"][0]["speaker"] is True
    assert exported["countries"] == ["BY", "KZ"]
    assert exported["tags"] == ["сотрудничество"]
    assert exported["quotes"] == [{"person": "Ерлан Кошанов", "text": "Мы ценим партнерство."}]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    person = make_person("@Злоумышленник")
    article = make_article(
        title='=HYPERLINK("http://evil.example","click")',
        lead="+1+1",
        body="-2+3",
        outlet="@SUM(A1)",
        persons=[person],
    )
    link_tag(article, make_tag("=cmd|' /C calc'!A0"))
    [row] = csv_rows(client.get("/export.csv"))
    assert row["title"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["lead"] == "'+1+1"
    assert row["body"] == "'-2+3"
    assert row["outlet"] == "'@SUM(A1)"
    assert row["persons"] == "'@Злоумышленник"
    assert row["tags"] == "'=cmd|' /C calc'!A0"
    assert all(not value.startswith(("=", "+", "-", "@")) for value in row.values())
    # JSON is data, not a spreadsheet: it keeps the text as written.
    assert json_objects(client.get("/export.json"))[0]["title"].startswith("=HYPERLINK")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\t=1", "'\t=1"),
     ("a=1", "a=1"), ("", ""), (185, 185), (None, None)],
)  # fmt: skip
def test_neutralise_formula(value, expected):
    assert neutralise_formula(value) == expected


def test_csv_keeps_quotes_commas_and_newlines_in_one_cell(client):
    make_article(title='Визит, "делегации"', body="Строка 1\nСтрока 2")
    [row] = csv_rows(client.get("/export.csv"))
    assert row["title"] == 'Визит, "делегации"'
    assert row["body"] == "Строка 1\nСтрока 2"


def test_exports_run_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    person = make_person("Ерлан Кошанов", country="KZ")
    tag = make_tag("встреча")
    for n in range(30):
        article = make_article(title=f"Встреча {n}", persons=[person], countries=["KZ", "BY"])
        link_tag(article, tag)
        make_quote(article, person, f"Цитата {n}")
    for url in ("/export.csv", "/export.json?country=BY"):
        with django_assert_max_num_queries(8):
            response = client.get(url)
            content = b"".join(response.streaming_content)
        assert content.count("Цитата".encode()) == (30 if "json" in url else 0)
