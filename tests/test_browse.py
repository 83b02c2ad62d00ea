import datetime
import itertools

import pytest
from django.db.models import Count

from articles.models import ArticlePerson, Country, Person, Quote, Tag
from articles.timeline import build_timeline
from tests.factories import (
    link_country,
    link_tag,
    make_article,
    make_person,
    make_quote,
    make_tag,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages cache per-entity aggregates; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def meetings():
    """A hand-made set: Koshanov meets Belarus twice and Hungary once; Ashimbayev meets Hungary.

    a1: Кошанов, Лукашенко, Сергеенко — BY (headline), KZ
    a2: Кошанов, Лукашенко — BY, KZ, RU (mentioned)
    a3: Кошанов, Кёвер — HU (headline), KZ
    a4: Ашимбаев, Кёвер — HU (headline), KZ, BY (mentioned)
    """
    people = {
        "koshanov": make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса"),
        "ashimbayev": make_person("Маулен Ашимбаев", country="KZ"),
        "lukashenko": make_person("Александр Лукашенко", country="BY"),
        "sergeyenko": make_person("Игорь Сергеенко", country="BY"),
        "kover": make_person("Ласло Кёвер", country="HU"),
    }
    p = people
    a1 = make_article(
        title="Кошанов в Минске",
        date=datetime.date(2026, 2, 6),
        persons=[p["koshanov"], p["lukashenko"], p["sergeyenko"]],
        speakers=[p["koshanov"]],
    )
    link_country(a1, "BY", mentions=5, in_headline=True)
    link_country(a1, "KZ", mentions=3)
    a2 = make_article(
        title="Снова о Беларуси",
        date=datetime.date(2026, 1, 10),
        persons=[p["koshanov"], p["lukashenko"]],
    )
    link_country(a2, "BY", mentions=2, in_headline=True)
    link_country(a2, "KZ", mentions=1)
    link_country(a2, "RU", mentions=1)
    a3 = make_article(
        title="Кошанов и Кёвер",
        date=datetime.date(2025, 11, 3),
        persons=[p["koshanov"], p["kover"]],
        speakers=[p["kover"]],
    )
    link_country(a3, "HU", mentions=4, in_headline=True)
    link_country(a3, "KZ", mentions=2)
    a4 = make_article(
        title="Ашимбаев принял Кёвера",
        date=datetime.date(2026, 2, 20),
        persons=[p["ashimbayev"], p["kover"]],
    )
    link_country(a4, "HU", mentions=3, in_headline=True)
    link_country(a4, "KZ", mentions=1)
    link_country(a4, "BY", mentions=1)
    make_quote(a1, p["koshanov"], "Мы ценим партнерство.")
    make_quote(a3, p["kover"], "Венгрия открыта к диалогу.")
    return people, [a1, a2, a3, a4]


def shared(rows, attr="name"):
    return [(getattr(row, attr), row.shared) for row in rows]


def test_countries_a_person_met_most_exclude_their_own(meetings):
    people, _ = meetings
    assert shared(Country.objects.met_by(people["koshanov"]), "code") == [
        ("BY", 2),
        ("HU", 1),
        ("RU", 1),
    ]
    assert shared(Country.objects.met_by(people["kover"]), "code") == [("KZ", 2), ("BY", 1)]


def test_people_who_appear_with_a_person_most(meetings):
    people, _ = meetings
    assert shared(Person.objects.appearing_with(people["koshanov"])) == [
        ("Александр Лукашенко", 2),
        ("Игорь Сергеенко", 1),
        ("Ласло Кёвер", 1),
    ]


def test_kazakh_officials_who_met_a_country_most(meetings):
    _people, _ = meetings
    hungary = Country.objects.get(code="HU")
    belarus = Country.objects.get(code="BY")
    officials = Person.objects.in_country("KZ").appearing_with_country
    assert shared(officials(hungary)) == [("Ерлан Кошанов", 1), ("Маулен Ашимбаев", 1)]
    assert shared(officials(belarus)) == [("Ерлан Кошанов", 2), ("Маулен Ашимбаев", 1)]


def test_other_countries_appearing_with_a_country(meetings):
    belarus = Country.objects.get(code="BY")
    assert shared(Country.objects.appearing_with(belarus), "code") == [
        ("KZ", 3),
        ("HU", 1),
        ("RU", 1),
    ]


def test_people_list_counts_equal_direct_queries(client, meetings):
    _people, _ = meetings
    response = client.get("/people/")
    assert response.status_code == 200
    listed = {p.name: p for p in response.context["object_list"]}
    assert set(listed) == set(Person.objects.values_list("name", flat=True))
    for person in Person.objects.all():
        row = listed[person.name]
        assert row.article_count == ArticlePerson.objects.filter(person=person).count()
        assert row.quote_count == Quote.objects.filter(person=person).count()
    # Most written about first, then by name.
    assert [(p.name, p.article_count) for p in response.context["object_list"]][:3] == [
        ("Ерлан Кошанов", 3),
        ("Александр Лукашенко", 2),
        ("Ласло Кёвер", 2),
    ]


def test_people_list_finds_any_alias_and_filters_country_and_speakers(client, meetings):
    people, _ = meetings
    people["koshanov"].aliases.create(name="Қошанов Ерлан")

    def names(query):
        return [p.name for p in client.get(f"/people/?{query}").context["object_list"]]

    assert names("q=қошанов") == ["Ерлан Кошанов"]
    assert names("q=Лукаш") == ["Александр Лукашенко"]
    assert names("country=BY") == ["Александр Лукашенко", "Игорь Сергеенко"]
    assert names("spoken=on") == ["Ерлан Кошанов", "Ласло Кёвер"]
    assert names("country=KZ&spoken=on") == ["Ерлан Кошанов"]


def test_country_list_counts_equal_direct_queries_sorted_by_count(client, meetings):
    response = client.get("/countries/")
    rows = [(c.code, c.article_count, c.about_count) for c in response.context["object_list"]]
    expected = sorted(
        (
            (c.code, c.article_links.count(), c.article_links.filter(in_headline=True).count())
            for c in Country.objects.filter(article_links__isnull=False).distinct()
        ),
        key=lambda row: -row[1],
    )
    assert [r[1] for r in rows] == [r[1] for r in expected]
    assert set(rows) == set(expected)
    assert rows[0][0] == "KZ"
    assert "Венгрия" in response.content.decode()


def test_tag_list_counts_equal_direct_queries(client):
    first, second = make_tag("Беларусь"), make_tag("сотрудничество")
    for n in range(3):
        link_tag(make_article(title=f"Статья {n}"), second)
    link_tag(make_article(title="Ещё"), first)
    response = client.get("/tags/")
    rows = [(t.name, t.article_count) for t in response.context["object_list"]]
    assert rows == [
        (t.name, t.article_links.count())
        for t in Tag.objects.annotate(n=Count("article_links")).order_by("-n")
    ]
    assert client.get(second.get_absolute_url()).context["page_obj"].paginator.count == 3


def test_person_page_shows_quotes_coappearances_positions_and_articles(client, meetings):
    people, articles = meetings
    koshanov = people["koshanov"]
    koshanov.aliases.create(name="Yerlan Koshanov")
    ArticlePerson.objects.filter(person=koshanov, article=articles[0]).update(
        position="Председатель Мажилиса"
    )
    response = client.get(koshanov.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Yerlan Koshanov" in html
    assert "Мы ценим партнерство." in html
    assert "Председатель Мажилиса" in html
    assert [c.code for c in response.context["countries_met"]] == ["BY", "HU", "RU"]
    assert response.context["page_obj"].paginator.count == 3
    titles = [a.title for a in response.context["page_obj"]]
    assert titles == ["Кошанов в Минске", "Снова о Беларуси", "Кошанов и Кёвер"]
    assert f'href="/people/{koshanov.slug}/feed/' in html
    assert 'type="application/atom+xml"' in html


def test_person_page_quotes_are_newest_first_and_link_their_article(client, meetings):
    people, articles = meetings
    koshanov = people["koshanov"]
    make_quote(articles[1], koshanov, "Старая цитата.")
    html = client.get(koshanov.get_absolute_url()).content.decode()
    assert html.index("Мы ценим партнерство.") < html.index("Старая цитата.")
    assert articles[1].get_absolute_url() in html


def test_country_page_lists_articles_about_it_before_mentions(client, meetings):
    _, _articles = meetings
    response = client.get("/countries/by/")
    assert response.status_code == 301 and response["Location"] == "/countries/BY/"
    response = client.get("/countries/BY/")
    titles = [a.title for a in response.context["page_obj"]]
    # a4 is the newest but only mentions Belarus.
    assert titles == ["Кошанов в Минске", "Снова о Беларуси", "Ашимбаев принял Кёвера"]
    assert [p.name for p in response.context["people"]] == [
        "Александр Лукашенко",
        "Игорь Сергеенко",
    ]
    assert [p.name for p in response.context["officials"]] == [
        "Ерлан Кошанов",
        "Маулен Ашимбаев",
    ]
    assert [c.code for c in response.context["countries_with"]][:1] == ["KZ"]
    assert client.get("/countries/XX/").status_code == 404


def test_timeline_bars_link_to_their_month_keeping_filters(client, meetings):
    people, _ = meetings
    response = client.get(people["koshanov"].get_absolute_url() + "?language=ru")
    timeline = response.context["timeline"]
    months = [(bar.key, bar.count) for bar in timeline.bars]
    # November 2025 to February 2026, the empty December included.
    assert months == [("2025-11", 1), ("2025-12", 0), ("2026-01", 1), ("2026-02", 1)]
    html = response.content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "<title" in svg and "<desc" in svg
    assert 'href="?language=ru&amp;month=2026-01"' in svg
    assert "2025" in svg and "2026" in svg


def test_timeline_layout_is_proportional_and_fills_gaps():
    timeline = build_timeline(
        [(datetime.date(2024, 1, 1), 10), (datetime.date(2024, 4, 1), 5)], active="2024-04"
    )
    assert [bar.count for bar in timeline.bars] == [10, 0, 0, 5]
    tall, *_, short = timeline.bars
    assert tall.height == timeline.plot_height and short.height == timeline.plot_height / 2
    assert short.active and not tall.active
    assert all(bar.y + bar.height == timeline.plot_bottom for bar in timeline.bars)
    assert build_timeline([]) is None


def test_timeline_over_many_years_keeps_year_labels_apart():
    counts = [(datetime.date(2010 + m // 12, m % 12 + 1, 1), m % 7 + 1) for m in range(180)]
    timeline = build_timeline(counts)
    xs = [label.x for label in timeline.year_labels]
    assert len(timeline.bars) == 180
    assert all(b - a >= 34 for a, b in itertools.pairwise(xs))
    assert timeline.year_labels[0].text == "2010"


def test_untrusted_text_is_escaped_on_person_country_and_tag_pages(client):
    person = make_person('Злой <img src=x onerror="alert(1)">')
    tag = make_tag("<script>tag</script>")
    article = make_article(title="<script>alert('t')</script>", persons=[person])
    link_country(article, "BY")
    link_tag(article, tag)
    make_quote(article, person, "<b>цитата</b>")
    person.aliases.create(name="<i>alias</i>")
    for url in (person.get_absolute_url(), "/countries/BY/", tag.get_absolute_url(), "/people/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b>цитата</b>" not in html and "<i>alias</i>" not in html
        assert "<script>tag" not in html
    assert "&lt;b&gt;цитата&lt;/b&gt;" in client.get(person.get_absolute_url()).content.decode()


@pytest.mark.parametrize("size", [3, 30])
def test_browse_pages_run_a_fixed_number_of_queries(client, django_assert_max_num_queries, size):
    kz, by = make_person("Ерлан Кошанов", country="KZ"), make_person("Лукашенко", country="BY")
    tag = make_tag("встреча")
    for n in range(size):
        article = make_article(
            title=f"Встреча {n}",
            date=datetime.date(2020 + n % 5, n % 12 + 1, 1),
            persons=[kz, by],
            speakers=[kz],
        )
        link_country(article, "BY", in_headline=n % 2 == 0)
        link_country(article, "KZ")
        link_tag(article, tag)
        make_quote(article, kz, f"Цитата {n}")
    for url, limit in [
        ("/people/", 4),
        ("/countries/", 2),
        ("/tags/", 3),
        (kz.get_absolute_url(), 25),
        ("/countries/BY/", 25),
        (tag.get_absolute_url(), 20),
    ]:
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200, url


def test_unknown_entities_are_404(client):
    assert client.get("/people/nobody/").status_code == 404
    assert client.get("/tags/nothing/").status_code == 404
