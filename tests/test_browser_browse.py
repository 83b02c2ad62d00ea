import csv
import datetime
import io

import pytest

from tests.factories import link_country, make_article, make_person, make_quote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages cache per-entity aggregates; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()


def test_journalist_goes_from_an_article_to_a_person_a_month_a_country_and_a_csv(
    page, artifacts_dir
):
    koshanov = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    kover = make_person("Ласло Кёвер", country="HU")
    for n, month in enumerate([1, 1, 3]):
        article = make_article(
            title=f"Кошанов и Кёвер: встреча {n}",
            lead="Стороны обсудили сотрудничество.",
            date=datetime.date(2026, month, 10 + n),
            persons=[koshanov, kover],
            speakers=[koshanov],
        )
        link_country(article, "HU", in_headline=True)
        link_country(article, "KZ")
        make_quote(article, koshanov, f"Цитата {n}")

    page.goto("/")
    page.get_by_role("link", name="Кошанов и Кёвер: встреча 2").click()
    page.locator("main").get_by_role("link", name="Ерлан Кошанов").first.click()
    assert page.locator("h1").inner_text() == "Ерлан Кошанов"
    assert page.locator(".quote").count() == 3
    page.screenshot(path=artifacts_dir / "person.png", full_page=True)

    # The January bar of the timeline narrows the articles to that month.
    page.locator("svg.timeline-chart a[data-month='2026-01']").click()
    page.wait_for_url("**month=2026-01**")
    titles = page.locator(".results .result__title").all_inner_texts()
    assert sorted(titles) == ["Кошанов и Кёвер: встреча 0", "Кошанов и Кёвер: встреча 1"]

    page.locator(".entity-grid").get_by_role("link", name="Венгрия").click()
    assert page.locator("h1").inner_text() == "Венгрия"
    assert page.locator(".results .result").count() == 3
    page.screenshot(path=artifacts_dir / "country.png", full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Скачать CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    text = download.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["title"] for r in rows) == [f"Кошанов и Кёвер: встреча {n}" for n in range(3)]
    assert all("HU" in r["countries"] for r in rows)
