"""An editor merges two people in the admin, in headless Chromium, and the site shows it."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from articles.models import Person, PersonAlias
from tests.factories import make_article, make_person, make_quote


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_editor_merges_two_people_and_the_survivors_page_has_both(page, artifacts_dir):
    User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    survivor = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    duplicate = make_person("Ерлан Кошанова")
    make_article(title="Спикер Мажилиса посетил Минск", persons=[survivor], countries=["BY"])
    visit = make_article(title="Депутаты встретились с делегацией Китая", persons=[duplicate])
    make_quote(visit, duplicate, "Мы ценим партнерство с Китаем.")

    page.goto(reverse("admin:index"))
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "pw-editor-1")
    page.click("input[type=submit]")
    page.goto(reverse("admin:articles_person_changelist"))
    for person in (survivor, duplicate):
        page.check(f"input[name=_selected_action][value='{person.pk}']")
    page.select_option("select[name=action]", "merge_people")
    page.click("button[name=index]")

    # The confirmation page: nothing is merged until the editor picks the survivor and confirms.
    assert page.locator("h1").inner_text().startswith("Объединить")
    assert Person.objects.count() == 2
    page.check(f"input[name=survivor][value='{survivor.pk}']")
    page.screenshot(path=artifacts_dir / "admin-merge-confirmation.png")
    page.click("input[type=submit][value='Да, объединить']")
    assert "объединено с «Ерлан Кошанов»" in page.locator(".messagelist").inner_text()
    assert list(Person.objects.values_list("name", flat=True)) == ["Ерлан Кошанов"]
    assert list(PersonAlias.objects.values_list("name", flat=True)) == ["Ерлан Кошанова"]

    response = page.goto(survivor.get_absolute_url())
    assert response.status == 200
    assert page.locator("h1").inner_text().strip() == "Ерлан Кошанов"
    text = page.content()
    assert "Спикер Мажилиса посетил Минск" in text
    assert "Депутаты встретились с делегацией Китая" in text
    assert "Мы ценим партнерство с Китаем." in text
    assert page.goto(duplicate.get_absolute_url()).status == 404
    page.screenshot(path=artifacts_dir / "admin-merge-survivor.png", full_page=True)
