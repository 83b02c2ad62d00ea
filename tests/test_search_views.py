"""The search page: filters, facets, sorting, pagination, name jump, escaping, query counts."""

import datetime
import itertools
import re

import pytest
from django.db.models import Count
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.facet_index import facet_index
from articles.facets import archive_version, facet_counts
from articles.filters import ArticleFilter
from articles.models import Article, ArticleTag, PersonAlias, Tag
from articles.search import RANK_WINDOW
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [a.title for a in response.context["object_list"]]


@pytest.fixture
def archive():
    """Twelve articles over three years, four countries, three people, two tags and outlets."""
    koshanov = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    ashimbaev = make_person("Маулен Ашимбаев", country="KZ")
    erdogan = make_person("Реджеп Эрдоган", country="TR")
    friendship = Tag.objects.create(name="дружба")
    economy = Tag.objects.create(name="экономика")
    people = [[koshanov], [ashimbaev], [koshanov, erdogan], []]
    countries = [["KZ", "BY"], ["KZ", "TR"], ["KZ"], ["CN", "KZ", "BY"]]
    articles = []
    for n in range(12):
        persons = people[n % 4]
        article = make_article(
            title=f"Встреча {n}: {'сотрудничество' if n % 3 else 'торговля'}",
            body=f"Депутаты обсудили сотрудничество. Номер {n}.",
            date=datetime.date(2024 + n % 3, 1 + n % 12, 10),
            outlet=["Kazpravda.kz", "Kazinform"][n % 2],
            language=["ru", "kk", "en"][n % 3],
            views=n * 10,
            persons=persons,
            speakers=persons[:1] if n % 2 else [],
            countries=countries[n % 4],
        )
        for order, tag in enumerate([friendship, economy][: 1 + n % 2]):
            ArticleTag.objects.create(article=article, tag=tag, order=order)
        articles.append(article)
    return {"articles": articles, "koshanov": koshanov, "erdogan": erdogan}


def direct_counts(params: str) -> dict:
    """Count each facet value through the link tables (not the arrays the page reads)."""
    ids = list(
        ArticleFilter(QueryDict(params), queryset=Article.objects.all()).qs.values_list(
            "pk", flat=True
        )
    )
    articles = Article.objects.filter(pk__in=ids)
    return {
        "total": len(ids),
        "countries": dict(
            articles.values_list("country_links__country__code").annotate(n=Count("id"))
            .exclude(country_links__country__code=None)
        ),
        "people": dict(
            articles.values_list("person_links__person__slug").annotate(n=Count("id"))
            .exclude(person_links__person__slug=None)
        ),
        "tags": dict(
            articles.values_list("tag_links__tag__slug").annotate(n=Count("id"))
            .exclude(tag_links__tag__slug=None)
        ),
        "outlets": dict(articles.values_list("outlet").annotate(n=Count("id"))),
        "languages": dict(articles.values_list("language").annotate(n=Count("id"))),
        "years": {
            str(y): n
            for y, n in articles.values_list("date__year").annotate(n=Count("id"))
        },
    }  # fmt: skip


def page_counts(params: str) -> dict:
    facets = facet_counts(ArticleFilter(QueryDict(params), queryset=Article.objects.all()).qs)
    result = {
        name: {f.value: f.count for f in items}
        for name, items in facets.items()
        if name not in ("total", "newest")
    }
    result["total"] = facets["total"]
    return result


FILTERS = [
    "",
    "country=BY",
    "country=BY&country=CN",
    "country=tr",
    "person=erlan-koshanov",
    "person=erlan-koshanov&speaker=1",
    "speaker=1",
    "tag=druzhba",
    "tag=druzhba&tag=ekonomika",
    "outlet=Kazinform",
    "language=kk",
    "year=2025",
    "month=2024-01",
    "date_from=2024-06-01&date_to=2025-12-31",
    "q=торговли",
    "q=сотрудничество&country=TR&year=2025",
    "q=Кошанов&language=ru",
]


@pytest.mark.parametrize("params", FILTERS)
def test_facet_counts_equal_direct_counts(archive, params):
    assert page_counts(params) == direct_counts(params)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(FILTERS[1:]), min_size=2, max_size=3, unique=True))
def test_facet_counts_are_right_under_any_combination_of_filters(archive, combo):
    params = "&".join(combo)
    assert page_counts(params) == direct_counts(params)


def test_each_filter_narrows_to_exactly_its_articles(client, archive):
    articles = archive["articles"]
    by = [a.title for a in articles if a.country_links.filter(country__code="BY").exists()]
    assert sorted(titles(client.get("/?country=BY"))) == sorted(by)
    spoke = [a.title for a in articles if a.person_links.filter(speaker=True).exists()]
    assert sorted(titles(client.get("/?speaker=1"))) == sorted(spoke)
    koshanov_spoke = [
        a.title
        for a in articles
        if a.person_links.filter(person__name="Ерлан Кошанов", speaker=True)
    ]
    response = client.get("/?person=erlan-koshanov&speaker=1")
    assert sorted(titles(response)) == sorted(koshanov_spoke)
    assert titles(client.get("/?year=2026&month=2026-03")) == ["Встреча 2: сотрудничество"]
    assert titles(client.get("/?person=nobody")) == []


@pytest.mark.parametrize("params", ["q=сотрудничество", "q=Кошанов&language=ru", "q=торговли"])
def test_ranking_the_newest_matches_known_from_the_facets_gives_the_same_page(archive, params):
    filterset = ArticleFilter(QueryDict(params), queryset=Article.objects.all())
    facets = facet_counts(filterset.qs)
    known = filterset.results(facets["total"], facets["newest"])
    found_again = filterset.results(facets["total"])
    assert [a.pk for a in known] == [a.pk for a in found_again]
    assert len(facets["newest"]) == min(facets["total"], RANK_WINDOW)


def test_filters_work_on_a_base_queryset_restricted_to_a_person(archive):
    base = Article.objects.filter(person_links__person=archive["erdogan"])
    filterset = ArticleFilter(QueryDict("country=TR&q=сотрудничество"), queryset=base)
    expected = {a.pk for a in base if "сотрудничество" in a.title and "TR" in a.country_codes}
    assert {a.pk for a in filterset.qs} == expected
    assert facet_counts(filterset.qs)["total"] == len(expected)


def test_facets_link_to_narrower_results_and_show_the_active_ones(client, archive):
    response = client.get("/?q=сотрудничество&country=BY")
    facets = response.context["facets"]
    by = next(f for f in facets["countries"] if f.value == "BY")
    cn = next(f for f in facets["countries"] if f.value == "CN")
    assert by.active and "country=BY" not in by.url and "q=" in by.url
    assert not cn.active and "country=BY" in cn.url and "country=CN" in cn.url
    narrowed = client.get("/" + cn.url)
    assert narrowed.context["total"] == cn.count
    html = response.content.decode()
    assert 'aria-current="true"' in html


def test_the_sentence_says_what_is_shown_and_each_filter_can_be_removed(client, archive):
    response = client.get("/?q=торговля&country=BY&year=2024")
    html = response.content.decode()
    total = response.context["total"]
    assert re.search(
        rf"<strong>{total}</strong> стать\w+ по запросу «торговля» — Беларусь, 2024", html
    )
    removals = {f["label"]: f["remove_url"] for f in response.context["active_filters"]}
    assert set(removals) == {"Беларусь", "2024"}
    assert "country" not in removals["Беларусь"] and "year=2024" in removals["Беларусь"]
    assert "q=" in removals["2024"] and "year" not in removals["2024"]


def test_sorting_by_date_views_and_relevance(client, archive):
    by_date = [a.date for a in client.get("/?sort=date").context["object_list"]]
    assert by_date == sorted(by_date, reverse=True)
    by_views = [a.views for a in client.get("/?sort=views").context["object_list"]]
    assert by_views == sorted(by_views, reverse=True)
    make_article(title="Торговля и торговля", body="Торговля.", date=datetime.date(2020, 1, 1))
    relevant = titles(client.get("/?q=торговли"))
    assert relevant[0] == "Торговля и торговля"
    newest = titles(client.get("/?q=торговли&sort=date"))
    assert newest[-1] == "Торговля и торговля"


def test_pagination_keeps_every_filter(client):
    for n in range(45):
        make_article(title=f"Визит {n}", body="Беларусь", countries=["BY"], views=n)
    response = client.get("/?q=Беларуси&country=BY&sort=views")
    assert response.context["paginator"].count == 45
    html = response.content.decode()
    next_link = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    query = QueryDict(next_link.lstrip("?"))
    assert (query["q"], query["country"], query["sort"], query["page"]) == (
        "Беларуси",
        "BY",
        "views",
        "2",
    )
    second = client.get("/" + next_link)
    assert titles(second)[0] == "Визит 24"
    assert client.get("/?q=Беларуси&country=BY&page=3").context["page_obj"].number == 3


def test_snippets_and_titles_escape_untrusted_text(client):
    make_article(
        title="<b>Визит</b> делегации",
        lead="",
        body="Текст. <script>alert(1)</script> и визит в Минск.",
    )
    html = client.get("/?q=alert").content.decode()
    assert "<script>alert(1)</script>" not in html and "<b>Визит</b>" not in html
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Визит&lt;/b&gt;" in html


@pytest.mark.parametrize(
    "query",
    ["", "!!!", "<script>alert(1)</script>", "x" * 10_000, '"', "-", "OR", '"Ерлан', "a OR",
     "&page=0", "\x00", "%"],
)  # fmt: skip
def test_odd_queries_return_200(client, query):
    make_article(title="Беларусь")
    response = client.get("/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params", ["year=abc", "date_from=2026-13-45", "month=2026-13", "country=<x>", "sort=nope"]
)
def test_invalid_filter_values_are_ignored(client, params):
    make_article(title="Беларусь")
    response = client.get("/?" + params)
    assert response.status_code == 200 and response.context["total"] == 1


def test_empty_result_page_offers_suggestions(client):
    make_article(title="Беларусь")
    html = client.get("/?q=Антарктида&country=BY").content.decode()
    assert "Ничего не найдено" in html and "ищите без фильтров" in html


@pytest.mark.parametrize(
    "query", ["Кошанов", "Ерлан Кошанов", "Ерланом Кошановым", "кошанову", "Yerlan Koshanov"]
)
def test_a_query_that_is_a_persons_name_offers_their_page(client, query):
    person = make_person("Ерлан Кошанов", position="Председатель Мажилиса")
    PersonAlias.objects.create(person=person, name="Yerlan Koshanov")
    make_person("Ерлан Кошанович")
    make_article(title="Визит", body="Ерлан Кошанов прибыл.", persons=[person])
    response = client.get("/", {"q": query})
    assert response.context["jump_person"] == person
    html = response.content.decode()
    assert f'href="{person.get_absolute_url()}"' in html
    assert html.index("Страница персоны") < html.index('class="results"')


def test_no_name_jump_for_ordinary_queries(client):
    make_person("Ерлан Кошанов")
    make_article(title="Визит", body="Ерлан Кошанов прибыл в Минск.")
    assert client.get("/", {"q": "Минск"}).context["jump_person"] is None
    assert client.get("/", {"q": "Кошанов Минск"}).context["jump_person"] is None


def test_page_title_and_description_follow_the_search(client):
    make_article(title="Беларусь")
    html = client.get("/?q=Беларусь").content.decode()
    assert "<title>«Беларусь» — Архив" in html
    assert re.search(r'<meta name="description" content="1 статей по запросу «Беларусь»', html)


@pytest.mark.parametrize("params", ["", "?q=Беларуси", "?q=Беларуси&country=BY&person=a-b&tag=x"])
def test_query_count_does_not_grow_with_the_page(client, django_assert_max_num_queries, params):
    person = make_person("А Б")
    person.slug = "a-b"
    person.save()
    tag = Tag.objects.create(name="x", slug="x")
    for n in range(25):
        article = make_article(
            title=f"Беларусь {n}", countries=["BY", "KZ"], persons=[person], speakers=[person]
        )
        ArticleTag.objects.create(article=article, tag=tag)
    facet_index(archive_version())  # brought up to date: a fixed cost (tests/test_facet_index)
    # person (name jump and filter) and tag lookups, archive version, matching ids, facet names,
    # results, countries and speakers of the results, names of the active filters
    with django_assert_max_num_queries(10):
        response = client.get("/" + params)
    assert len(response.context["object_list"]) == 20


def test_unfiltered_facets_are_cached_but_see_new_articles(client):
    make_article(title="Первая", countries=["BY"])
    assert client.get("/").context["total"] == 1
    make_article(title="Вторая", countries=["BY"])
    response = client.get("/")
    assert response.context["total"] == 2
    assert [f.count for f in response.context["facets"]["countries"]] == [2]


def test_404_page_is_in_the_site_style(client):
    response = client.get("/articles/999999-net/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Страница не найдена" in html and 'role="search"' in html


def test_all_filter_combinations_are_urls(client, archive):
    for a, b in itertools.combinations(FILTERS[1:8], 2):
        response = client.get(f"/?{a}&{b}")
        assert response.status_code == 200
        assert response.context["total"] == direct_counts(f"{a}&{b}")["total"]


def test_relevance_ranks_the_newest_matches_and_says_so(client, monkeypatch):
    monkeypatch.setattr("articles.views.search.RANK_WINDOW", 3)
    monkeypatch.setattr("articles.search.RANK_WINDOW", 3)
    monkeypatch.setattr("articles.search.top_ranked.__defaults__", (3,))
    make_article(title="Минск, Минск", body="Минск", date=datetime.date(2026, 1, 1))  # too old
    for day in (2, 3, 5, 6):
        make_article(title=f"Визит {day}", body="Минск", date=datetime.date(2026, 1, day))
    make_article(title="Минск и Минск", body="Минск", date=datetime.date(2026, 1, 4))
    response = client.get("/?q=Минск")
    assert titles(response) == ["Минск и Минск", "Визит 6", "Визит 5"]
    assert response.context["paginator"].count == 3
    assert "отсортируйте по дате" in response.content.decode()
    assert response.context["total"] == 6
    assert len(titles(client.get("/?q=Минск&sort=date"))) == 6


@pytest.mark.parametrize("total", [None, 1, 10**6])
def test_every_plan_for_the_newest_matches_gives_the_same_page(archive, total):
    filterset = ArticleFilter(QueryDict("q=сотрудничество"), queryset=Article.objects.all())
    expected = [
        a.pk
        for a in ArticleFilter(QueryDict("q=сотрудничество"), queryset=Article.objects.all()).qs
    ]
    assert [a.pk for a in filterset.results(total)] == expected
