import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories import link_country, make_article, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages cache per-entity aggregates; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()


ATOM = "{http://www.w3.org/2005/Atom}"


def parse_atom(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
    return root, entries


def entry_paths(entries):
    return [entry.find(f"{ATOM}link").get("href").split("testserver", 1)[1] for entry in entries]


def page_paths(response):
    return [article.get_absolute_url() for article in response.context["object_list"]]


@pytest.fixture
def corpus():
    koshanov = make_person("Ерлан Кошанов", country="KZ")
    kover = make_person("Ласло Кёвер", country="HU")
    articles = []
    for n in range(6):
        article = make_article(
            title=f"Встреча {n}",
            lead=f"Лид {n}",
            date=datetime.date(2026, 1, n + 1),
            language="kk" if n % 3 == 0 else "ru",
            persons=[koshanov] + ([kover] if n % 2 else []),
        )
        link_country(article, "KZ")
        if n % 2:
            link_country(article, "HU", in_headline=True)
        articles.append(article)
    return koshanov, kover, articles


def test_search_feed_with_filters_holds_the_same_articles_as_the_search_page(client, corpus):
    query = "?country=HU&language=ru"
    page = client.get("/" + query)
    _, entries = parse_atom(client.get("/feed/" + query))
    assert entry_paths(entries) == page_paths(page)
    assert len(entries) == 2  # articles 1 and 5: Hungary and Russian


def test_search_feed_with_a_query_matches_the_page(client, corpus):
    query = "?q=встреча&sort=date"
    page = client.get("/" + query)
    root, entries = parse_atom(client.get("/feed/" + query))
    assert entry_paths(entries) == page_paths(page) and len(entries) == 6
    assert "встреча" in root.find(f"{ATOM}title").text


def test_person_feed_holds_the_articles_of_the_person_page(client, corpus):
    koshanov, kover, _ = corpus
    page = client.get(kover.get_absolute_url())
    root, entries = parse_atom(client.get(f"/people/{kover.slug}/feed/"))
    assert entry_paths(entries) == page_paths(page) and len(entries) == 3
    assert kover.name in root.find(f"{ATOM}title").text
    alternate = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert alternate.endswith(kover.get_absolute_url())
    # The page's filters apply to the feed too.
    filtered = parse_atom(client.get(f"/people/{koshanov.slug}/feed/?language=kk"))[1]
    page = client.get(koshanov.get_absolute_url() + "?language=kk")
    assert entry_paths(filtered) == page_paths(page)
    assert len(filtered) == 2


def test_country_feed_holds_the_articles_of_the_country_page(client, corpus):
    page = client.get("/countries/HU/")
    _, entries = parse_atom(client.get("/countries/hu/feed/"))
    assert sorted(entry_paths(entries)) == sorted(page_paths(page)) and len(entries) == 3
    assert client.get("/countries/XX/feed/").status_code == 404
    assert client.get("/people/nobody/feed/").status_code == 404


def test_feed_entries_carry_dates_outlet_and_escaped_summaries(client):
    make_article(
        title="Визит <b>делегации</b> & пресса",
        lead='<script>alert("x")</script> лид',
        date=datetime.date(2026, 2, 6),
        outlet="Kazpravda.kz",
    )
    response = client.get("/feed/")
    assert b"<script>" not in response.content
    _, [entry] = parse_atom(response)
    assert entry.find(f"{ATOM}title").text == "Визит <b>делегации</b> & пресса"
    summary = entry.find(f"{ATOM}summary")
    # Readers render an html summary: the lead must reach them as text, not markup.
    assert summary.get("type") == "html"
    assert summary.text == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; лид"
    assert entry.find(f"{ATOM}published").text.startswith("2026-02-06")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Kazpravda.kz"


def test_pages_link_their_feed(client, corpus):
    koshanov, _, _ = corpus
    for url, feed in [
        (
            koshanov.get_absolute_url() + "?language=ru&page=1",
            f"/people/{koshanov.slug}/feed/?language=ru",
        ),
        ("/countries/HU/", "/countries/HU/feed/"),
    ]:
        html = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/atom+xml"' in html
        assert f'href="{feed}' in html


def test_feeds_run_a_fixed_number_of_queries(client, corpus, django_assert_max_num_queries):
    koshanov, _, _ = corpus
    for url in ("/feed/?country=HU", f"/people/{koshanov.slug}/feed/", "/countries/KZ/feed/"):
        with django_assert_max_num_queries(5):
            assert client.get(url).status_code == 200
