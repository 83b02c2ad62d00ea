import pytest

from articles.facet_index import facet_index
from articles.facets import archive_version
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_home_page_lists_newest_articles_first(client):
    make_article(title="Старая встреча", date="2024-01-01")
    make_article(title="Свежая встреча", date="2026-02-06")
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Свежая встреча") < html.index("Старая встреча")


def test_home_page_query_count_does_not_grow_with_articles(client, django_assert_max_num_queries):
    for n in range(25):
        make_article(title=f"Встреча {n}", countries=["BY", "KZ"])
    facet_index(archive_version())  # brought up to date: a fixed cost (tests/test_facet_index)
    # archive version, facet names, results, countries of the results
    with django_assert_max_num_queries(4):
        assert client.get("/").status_code == 200


def test_article_page_escapes_untrusted_text_and_redirects_wrong_slugs(client):
    article = make_article(title="Визит <b>делегации</b>", body="<script>alert(1)</script>")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    wrong = client.get(f"/articles/{article.pk}-old-slug/")
    assert wrong.status_code == 301 and wrong["Location"] == article.get_absolute_url()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_reader_opens_an_article_from_the_home_page(page, artifacts_dir):
    make_article(title="Депутаты обсудили сотрудничество", lead="Встреча прошла в Астане.")
    page.goto("/")
    page.get_by_role("link", name="Депутаты обсудили сотрудничество").click()
    assert page.locator("h1").inner_text() == "Депутаты обсудили сотрудничество"
    assert "Встреча прошла в Астане." in page.content()
    page.screenshot(path=artifacts_dir / "article.png")
