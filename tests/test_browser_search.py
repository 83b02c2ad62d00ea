"""A journalist's path through the archive in real headless Chromium."""

import pytest

from tests.factories import make_article, make_person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_narrow_by_country_read_and_open_a_person(page, artifacts_dir):
    koshanov = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    make_article(
        title="Депутаты Казахстана и Беларуси усилят сотрудничество",
        lead="Председатель Мажилиса Ерлан Кошанов посетил Республику Беларусь.",
        body="Стороны обсудили цифровизацию.\n\nСпикер отметил рост торговли.",
        persons=[koshanov],
        speakers=[koshanov],
        countries=["BY", "KZ"],
    )
    make_article(
        title="Сенаторы обсудили сотрудничество с Китаем",
        lead="Делегация КНР посетила Астану.",
        countries=["CN", "KZ"],
    )
    make_article(title="Погода в Астане", lead="Без политики.", countries=["KZ"])

    page.goto("/")
    page.get_by_label("Поиск по архиву", exact=True).fill("сотрудничества")
    page.get_by_role("button", name="Найти").click()
    page.wait_for_url("**/?q=*")
    results = page.locator(".result")
    assert results.count() == 2
    assert page.locator(".summary").inner_text().startswith("2 статьи по запросу «сотрудничества»")

    page.locator(".facet[aria-label='Страны']").get_by_role("link", name="Беларусь").click()
    page.wait_for_url("**country=BY*")
    assert results.count() == 1
    assert "Беларусь" in page.locator(".summary").inner_text()
    assert page.locator("mark").first.inner_text().lower().startswith("сотрудничеств")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=artifacts_dir / "search-results.png", full_page=True)

    page.get_by_role("link", name="Депутаты Казахстана и Беларуси усилят сотрудничество").click()
    page.wait_for_url("**/articles/**")
    assert "Депутаты Казахстана" in page.locator("h1").inner_text()
    assert page.locator(".article mark").count() >= 1

    page.locator(".article-side").get_by_role("link", name="Ерлан Кошанов").click()
    page.wait_for_url(f"**{koshanov.get_absolute_url()}**")
    assert "Ерлан Кошанов" in page.locator("h1").inner_text()
