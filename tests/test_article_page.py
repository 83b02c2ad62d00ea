"""The article page: everything a journalist cites, highlighted terms, related articles."""

import datetime

import pytest

from articles.models import ArticlePerson, ArticleTag, Tag
from tests.factories import make_article, make_person, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    koshanov = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    lukashenko = make_person("Александр Лукашенко", country="BY", position="Президент Беларуси")
    article = make_article(
        title="Депутаты Казахстана и Беларуси усилят сотрудничество",
        lead="Председатель Мажилиса Ерлан Кошанов посетил Республику Беларусь",
        body="В Минске он встретился с Президентом.\n\nСтороны обсудили <b>сотрудничество</b>.",
        views=185,
        rubric="Парламент",
        photo_credit="Т.Таныбаева",
        source_file="000_bc75b8d4eb3f4bce.txt",
        persons=[koshanov, lukashenko],
        speakers=[koshanov],
        countries=["BY", "KZ"],
    )
    ArticleTag.objects.create(article=article, tag=Tag.objects.create(name="Беларусь"), order=0)
    make_quote(article, koshanov, "Казахстан и Беларусь являются надежными партнерами.")
    return article


def test_article_page_shows_everything_to_read_and_cite(client, article):
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    for text in (
        "Депутаты Казахстана и Беларуси усилят сотрудничество",
        "6 февраля 2026",
        "Kazpravda.kz",
        "Парламент",
        "185",
        "Т.Таныбаева",
        "Председатель Мажилиса Ерлан Кошанов посетил",
        "В Минске он встретился с Президентом.",
        "Президент Беларуси",
        "Казахстан и Беларусь являются надежными партнерами.",
        "000_bc75b8d4eb3f4bce.txt",
        f"http://testserver{article.get_absolute_url()}",
    ):
        assert text in html, text
    assert html.count("<p>", html.index("article__body")) >= 2  # paragraphs kept
    assert 'href="/people/erlan-koshanov/"' in html
    assert 'href="/countries/BY/"' in html and 'href="/tags/' in html
    assert "<title>Депутаты Казахстана и Беларуси усилят сотрудничество — Архив" in html
    assert '<meta name="description" content="Председатель Мажилиса Ерлан Кошанов' in html


def test_quotes_are_marked_with_their_speakers(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    quote = html.index("являются надежными партнерами")
    figure = html[html.rindex("<figure", 0, quote) : html.index("</figure>", quote)]
    assert "Ерлан Кошанов" in figure and "<blockquote>" in figure


def test_search_terms_are_highlighted_when_arriving_from_a_search(client, article):
    html = client.get(article.get_absolute_url() + "?q=Беларуси+Кошанову").content.decode()
    assert "<mark>Беларусь</mark>" in html and "<mark>Кошанов</mark>" in html
    assert "&lt;b&gt;сотрудничество&lt;/b&gt;" in html
    plain = client.get(article.get_absolute_url()).content.decode()
    assert "<mark>" not in plain


def test_body_is_escaped(client):
    article = make_article(title="Визит", body="<script>alert(1)</script>")
    html = client.get(article.get_absolute_url() + "?q=alert").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in html


def test_old_or_wrong_slugs_redirect_to_the_permanent_url_keeping_the_query(client, article):
    response = client.get(f"/articles/{article.pk}-staryi-zagolovok/?q=Минск")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url() + "?q=%D0%9C%D0%B8%D0%BD%D1%81%D0%BA"
    assert client.get(f"/articles/{article.pk}/").status_code == 301
    assert client.get("/articles/999999-x/").status_code == 404


def test_related_articles_share_people_first_then_countries(client, article):
    koshanov = article.persons.get(name="Ерлан Кошанов")
    same_person = make_article(title="Кошанов в Сенате", persons=[koshanov], countries=["KZ"])
    same_country = make_article(title="Делегация Беларуси", countries=["BY"])
    only_kz = make_article(title="Новости Казахстана", countries=["KZ"])
    response = client.get(article.get_absolute_url())
    related = [a.title for a in response.context["related"]]
    assert related == [same_person.title, same_country.title]
    assert only_kz.title not in related


def test_article_page_query_count_does_not_grow_with_links(client, django_assert_max_num_queries):
    people = [make_person(f"Иван Петров{n}") for n in range(10)]
    article = make_article(title="Много людей", persons=people, countries=["BY", "CN", "TR"])
    for person in people:
        make_quote(article, person)
    for n in range(8):
        make_article(title=f"Связь {n}", persons=people[:2], date=datetime.date(2025, 1, n + 1))
    ArticlePerson.objects.filter(article=article).update(position="Депутат")
    # article, person links, country links, tag links, quotes, related
    with django_assert_max_num_queries(6):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert len(response.context["related"]) == 6
