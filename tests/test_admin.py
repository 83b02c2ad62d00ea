"""The curation desk through the admin's pages (real PostgreSQL)."""

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    Country,
    ImportProblem,
    ImportRun,
    Person,
    PersonAlias,
    Quote,
    Tag,
    TagAlias,
)
from tests.factories import make_article, make_person, make_quote
from tests.paths import SEED

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def staff(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    client.force_login(user)
    return client


def change_form_data(response) -> dict:
    """Return the POST data that submits an admin change page exactly as it was rendered."""
    data = {}

    def add(form):
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            if value is True:
                data[field.html_name] = "on"
            elif isinstance(value, list | tuple):
                data[field.html_name] = [str(v) for v in value]
            else:
                data[field.html_name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        add(inline.formset.management_form)
        for form in inline.formset.forms:
            add(form)
    return data


def inline_prefix(response, model) -> str:
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.model is model:
            return inline.formset.prefix
    raise AssertionError(f"no inline for {model}")


def edit_article(client, article, change):
    """Open the article's change page, let `change(data, response)` edit it, and save."""
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = client.get(url)
    assert page.status_code == 200
    data = change_form_data(page)
    change(data, page)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


# --- access -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_only_staff_get_past_the_login_page(client, who):
    if who == "reader":
        client.force_login(User.objects.create_user("reader", password="pw-reader-1"))
    url = reverse("admin:articles_article_changelist")
    response = client.get(url, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("admin:login"))
    assert 'name="password"' in response.content.decode()
    assert "Статьи" not in response.content.decode()


def test_admin_url_comes_from_the_environment():
    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:index'))"
    )
    env = {**os.environ, "ADMIN_URL": "/desk-7f3a/", "DJANGO_SETTINGS_MODULE": "archive.settings"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "/desk-7f3a/"


# --- article list -----------------------------------------------------------------------------


def test_article_list_shows_counts_of_people_and_countries(staff):
    koshanov, ashimbayev = make_person("Ерлан Кошанов"), make_person("Маулен Ашимбаев")
    make_article(title="Встреча с делегацией", persons=[koshanov, ashimbayev], countries=["BY"])
    response = staff.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    row = response.context["cl"].result_list[0]
    assert (row.person_count, row.country_count) == (2, 1)
    assert "Встреча с делегацией" in response.content.decode()


def test_article_list_query_count_does_not_grow_with_rows(staff, django_assert_max_num_queries):
    people = [make_person(f"Персона Номер{n}") for n in range(3)]
    for n in range(30):
        make_article(title=f"Встреча {n}", persons=people, countries=["BY", "KZ"])
    url = reverse("admin:articles_article_changelist")
    with django_assert_max_num_queries(12) as few:
        staff.get(url)
    for n in range(30, 60):
        make_article(title=f"Встреча {n}", persons=people, countries=["CN"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert staff.get(url).status_code == 200


def test_article_search_is_the_sites_search(staff):
    make_article(title="Депутаты Казахстана и Беларуси усилят сотрудничество")
    make_article(title="Заседание комитета по бюджету")
    url = reverse("admin:articles_article_changelist")
    for query in ["Казахстана", "сотрудничество", '"усилят сотрудничество"']:
        found = staff.get(url, {"q": query}).context["cl"].result_list
        expected = Article.objects.search(query)
        assert {a.pk for a in found} == set(expected.values_list("pk", flat=True))
        assert [a.title for a in found] == ["Депутаты Казахстана и Беларуси усилят сотрудничество"]
    assert staff.get(url, {"q": "<script> !!!"}).status_code == 200


def test_article_filters_by_country_and_by_locks(staff):
    belarus = make_article(title="Визит в Минск", countries=["BY", "KZ"])
    china = make_article(title="Визит в Пекин", countries=["CN"], locked_fields=["title"])
    url = reverse("admin:articles_article_changelist")

    def titles(**params):
        return {a.title for a in staff.get(url, params).context["cl"].result_list}

    assert titles(country="BY") == {belarus.title}
    assert titles(country="CN") == {china.title}
    assert titles(locked="yes") == {china.title}
    assert titles(locked="no") == {belarus.title}
    assert titles(language="ru", outlet="Kazpravda.kz") == {belarus.title, china.title}
    choices = staff.get(url).content.decode()
    assert "?country=BY" in choices and "?country=US" not in choices


# --- article edits lock and reject ------------------------------------------------------------


def test_editing_a_title_locks_only_the_title(staff):
    article = make_article(title="Депутаты встретились", lead="Лид.")

    def change(data, page):
        data["title"] = "Депутаты Казахстана и Беларуси встретились"

    article = edit_article(staff, article, change)
    assert article.title == "Депутаты Казахстана и Беларуси встретились"
    assert article.locked_fields == ["title"]


def test_saving_without_changes_locks_nothing(staff):
    article = make_article(persons=[make_person()], countries=["BY"])
    article = edit_article(staff, article, lambda data, page: None)
    assert article.locked_fields == []


def test_unchecking_a_lock_in_the_form_removes_it(staff):
    article = make_article(locked_fields=["title", "views"])

    def change(data, page):
        data["locked_fields"] = ["views"]

    assert edit_article(staff, article, change).locked_fields == ["views"]


def test_removing_a_person_rejects_them_and_locks_the_people(staff):
    wrong, right = make_person("Мажилис Палата"), make_person("Ерлан Кошанов")
    article = make_article(persons=[wrong, right])
    make_quote(article, wrong, "Не цитата.")
    wrong_link = ArticlePerson.objects.get(article=article, person=wrong)

    def change(data, page):
        prefix = inline_prefix(page, ArticlePerson)
        row = next(k for k, v in data.items() if k.startswith(prefix) and v == str(wrong_link.pk))
        data[row.replace("-id", "-DELETE")] = "on"

    article = edit_article(staff, article, change)
    assert list(article.persons.all()) == [right]
    assert list(article.rejected_persons.all()) == [wrong]
    assert not Quote.objects.filter(person=wrong).exists()
    assert article.locked_fields == ["persons"]


def test_removing_a_country_rejects_it_and_locks_the_countries(staff):
    article = make_article(countries=["BY", "KZ"])
    belarus_link = ArticleCountry.objects.get(article=article, country__code="BY")

    def change(data, page):
        prefix = inline_prefix(page, ArticleCountry)
        row = next(k for k, v in data.items() if k.startswith(prefix) and v == str(belarus_link.pk))
        data[row.replace("-id", "-DELETE")] = "on"

    article = edit_article(staff, article, change)
    assert list(article.countries.values_list("code", flat=True)) == ["KZ"]
    assert list(article.rejected_countries.values_list("code", flat=True)) == ["BY"]
    assert article.locked_fields == ["countries"]


def test_swapping_a_linked_country_rejects_the_old_one(staff):
    article = make_article(countries=["AT"])
    australia = Country.objects.get(code="AU")

    def change(data, page):
        data[f"{inline_prefix(page, ArticleCountry)}-0-country"] = str(australia.pk)

    article = edit_article(staff, article, change)
    assert list(article.countries.values_list("code", flat=True)) == ["AU"]
    assert list(article.rejected_countries.values_list("code", flat=True)) == ["AT"]


def test_speaker_flag_edit_locks_people(staff):
    person = make_person()
    article = make_article(persons=[person])

    def change(data, page):
        data[f"{inline_prefix(page, ArticlePerson)}-0-speaker"] = "on"

    article = edit_article(staff, article, change)
    assert ArticlePerson.objects.get(article=article).speaker is True
    assert article.locked_fields == ["persons"]
    assert not article.rejected_persons.exists()


def test_adding_a_tag_locks_tags(staff):
    tag = Tag.objects.create(name="парламент")
    article = make_article()

    def change(data, page):
        prefix = inline_prefix(page, ArticleTag)
        data[f"{prefix}-TOTAL_FORMS"] = "1"
        data[f"{prefix}-0-tag"] = str(tag.pk)
        data[f"{prefix}-0-order"] = "0"
        data[f"{prefix}-0-article"] = str(article.pk)

    article = edit_article(staff, article, change)
    assert list(article.tags.all()) == [tag]
    assert article.locked_fields == ["tags"]


def test_unlock_action_clears_the_locks_of_the_selected_articles(staff):
    locked = make_article(locked_fields=["title", "persons"])
    other = make_article(locked_fields=["date"])
    response = staff.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unlock", ACTION_CHECKBOX_NAME: [locked.pk]},
    )
    assert response.status_code == 302
    locked.refresh_from_db()
    other.refresh_from_db()
    assert (locked.locked_fields, other.locked_fields) == ([], ["date"])


def test_articles_cannot_be_added_by_hand(staff):
    assert staff.get(reverse("admin:articles_article_add")).status_code == 403


# --- merges -----------------------------------------------------------------------------------


def test_person_merge_asks_for_the_survivor_then_merges(staff):
    survivor, duplicate = make_person("Ерлан Кошанов"), make_person("Ерлан Кошанова")
    make_article(persons=[survivor, duplicate])
    make_article(persons=[survivor])
    url = reverse("admin:articles_person_changelist")
    selected = {"action": "merge_people", ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk]}

    confirm = staff.post(url, selected)
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Ерлан Кошанова" in html and 'name="survivor"' in html
    assert confirm.context["default_survivor"] == survivor.pk  # the one with more articles
    assert Person.objects.count() == 2

    done = staff.post(url, {**selected, "post": "yes", "survivor": survivor.pk})
    assert done.status_code == 302
    assert list(Person.objects.all()) == [survivor]
    assert list(PersonAlias.objects.values_list("name", "person")) == [
        ("Ерлан Кошанова", survivor.pk)
    ]
    assert ArticlePerson.objects.filter(person=survivor).count() == 2


def test_person_merge_without_a_survivor_merges_nothing(staff):
    first, second = make_person("Ерлан Кошанов"), make_person("Ерлан Кошанова")
    response = staff.post(
        reverse("admin:articles_person_changelist"),
        {"action": "merge_people", ACTION_CHECKBOX_NAME: [first.pk, second.pk], "post": "yes"},
    )
    assert response.status_code == 200  # the confirmation page again
    assert Person.objects.count() == 2


def test_tag_merge_through_the_action(staff):
    survivor, duplicate = Tag.objects.create(name="ИИ"), Tag.objects.create(name="ИскИнт")
    article = make_article()
    ArticleTag.objects.create(article=article, tag=duplicate)
    url = reverse("admin:articles_tag_changelist")
    selected = {"action": "merge_tags", ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk]}
    assert "ИскИнт" in staff.post(url, selected).content.decode()
    staff.post(url, {**selected, "post": "yes", "survivor": survivor.pk})
    assert list(Tag.objects.all()) == [survivor]
    assert list(article.tags.all()) == [survivor]


def test_people_list_counts_articles_and_quotes_in_fixed_queries(
    staff, django_assert_max_num_queries
):
    person = make_person("Ерлан Кошанов", country="KZ", position="Председатель Мажилиса")
    for _ in range(3):
        make_quote(make_article(persons=[person]), person)
    make_article(persons=[person])
    for n in range(20):
        make_person(f"Персона Номер{n}")
    with django_assert_max_num_queries(10):
        response = staff.get(reverse("admin:articles_person_changelist"))
    row = next(p for p in response.context["cl"].result_list if p.pk == person.pk)
    assert (row.article_count, row.quote_count) == (4, 3)


def test_splitting_a_wrong_alias_is_editing_the_aliases(staff):
    person, other = make_person("Ерлан Кошанов"), make_person("Ерлан Кошеров")
    alias = PersonAlias.objects.create(person=person, name="Е. Кошеров")
    url = reverse("admin:articles_personalias_change", args=[alias.pk])
    response = staff.post(url, {"name": "Е. Кошеров", "person": other.pk})
    assert response.status_code == 302
    assert list(other.aliases.values_list("name", flat=True)) == ["Е. Кошеров"]


# --- countries --------------------------------------------------------------------------------


def test_country_aliases_are_edited_one_per_line(staff):
    belarus = Country.objects.get(code="BY")
    url = reverse("admin:articles_country_change", args=[belarus.pk])
    response = staff.post(
        url,
        {
            "code": "BY",
            "name_ru": "Беларусь",
            "name_kk": belarus.name_kk,
            "name_en": "Belarus",
            "aliases": "РБ\r\nбелорусская сторона\r\n\r\nрб\r\n",
        },
    )
    assert response.status_code == 302
    belarus.refresh_from_db()
    assert belarus.aliases == ["РБ", "белорусская сторона"]
    assert "белорусская сторона" in staff.get(url).content.decode()


# --- imports ----------------------------------------------------------------------------------


def make_run(*, failed=0, **fields):
    started = timezone.now() - datetime.timedelta(seconds=95)
    run = ImportRun.objects.create(
        command="import_dumps",
        arguments={"paths": ["dumps/"]},
        status=ImportRun.Status.FAILED if failed else ImportRun.Status.OK,
        failed=failed,
        **fields,
    )
    ImportRun.objects.filter(pk=run.pk).update(
        started_at=started, finished_at=started + datetime.timedelta(seconds=95)
    )
    return run


def test_import_runs_are_read_only_with_their_problems_and_a_failure_filter(staff):
    good = make_run(created=10)
    bad = make_run(created=3, failed=1)
    ImportProblem.objects.create(run=bad, path="dumps/017.txt", line=1, reason="неверная дата")
    url = reverse("admin:articles_importrun_changelist")

    listing = staff.get(url)
    assert "1 мин 35.0 с" in listing.content.decode()
    assert {r.pk for r in staff.get(url, {"failures": "yes"}).context["cl"].result_list} == {bad.pk}
    assert {r.pk for r in staff.get(url, {"failures": "no"}).context["cl"].result_list} == {good.pk}

    detail = staff.get(reverse("admin:articles_importrun_change", args=[bad.pk]))
    html = detail.content.decode()
    assert "dumps/017.txt" in html and "неверная дата" in html
    assert 'name="_save"' not in html
    assert staff.get(reverse("admin:articles_importrun_add")).status_code == 403
    delete = reverse("admin:articles_importrun_delete", args=[bad.pk])
    assert staff.post(delete, {"post": "yes"}).status_code == 403
    assert ImportRun.objects.count() == 2


def test_review_lists_new_single_mention_people_without_aliases(staff):
    older, latest = make_run(), make_run()
    suspicious = Person.objects.create(name="Палата Депутатов", created_by_run=latest)
    aliased = Person.objects.create(name="Ерлан Кошанов", created_by_run=latest)
    PersonAlias.objects.create(person=aliased, name="Е. Кошанов")
    frequent = Person.objects.create(name="Маулен Ашимбаев", created_by_run=latest)
    from_older_run = Person.objects.create(name="Бауыржан Байбек", created_by_run=older)
    article = make_article(persons=[suspicious, aliased, from_older_run])
    ArticlePerson.objects.create(article=article, person=frequent, mentions=3)

    url = reverse("admin:articles_person_changelist")
    found = staff.get(url, {"review": "latest"}).context["cl"].result_list
    assert [p.name for p in found] == ["Палата Депутатов"]
    found = staff.get(url, {"review": older.pk}).context["cl"].result_list
    assert [p.name for p in found] == ["Бауыржан Байбек"]


# --- corrections survive imports and re-extraction (the real importer) -------------------------

SEED_TITLE = "Депутаты Казахстана и Беларуси усилят сотрудничество по вопросам ИИ и цифровизации"
SEED_FALLBACK = ROOT / "fixtures" / "dumps" / "001_ru_kazpravda_layout.txt"


@pytest.fixture
def seed_text() -> str:
    path = SEED if SEED.exists() else SEED_FALLBACK
    return path.read_bytes().decode("utf-8-sig")


def write_dump(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def import_dumps(*paths):
    from articles.importer import run_import

    summary = run_import([str(p) for p in paths], jobs=1)
    assert summary.failed == 0, summary.problems
    return summary


def test_merged_person_stays_merged_when_an_article_names_the_old_spelling(
    staff, tmp_path, seed_text
):
    import_dumps(write_dump(tmp_path, "000_seed.txt", seed_text))
    old = Person.objects.get(name="Ерлан Кошанов")
    survivor = Person.objects.create(name="Ерлан Жакыпович Кошанов", position="Спикер")
    staff.post(
        reverse("admin:articles_person_changelist"),
        {
            "action": "merge_people",
            ACTION_CHECKBOX_NAME: [old.pk, survivor.pk],
            "post": "yes",
            "survivor": survivor.pk,
        },
    )
    assert not Person.objects.filter(pk=old.pk).exists()

    # Another article, naming the old spelling, arrives in a later import.
    other = seed_text.replace("2026-02-06", "2026-03-12", 1).replace(
        SEED_TITLE, "Ерлан Кошанов провёл встречу с послом Беларуси", 1
    )
    summary = import_dumps(write_dump(tmp_path, "001_later.txt", other))
    assert summary.created == 1
    later = Article.objects.get(date="2026-03-12")
    assert later.persons.filter(pk=survivor.pk).exists()
    assert not Person.objects.filter(name="Ерлан Кошанов").exists()
    assert ArticlePerson.objects.get(article=later, person=survivor).speaker is True


def test_merged_tag_stays_merged_when_an_article_uses_the_old_spelling(staff, tmp_path, seed_text):
    survivor = Tag.objects.create(name="РеспубликаБеларусь")
    old = Tag.objects.create(name="Беларусь")
    staff.post(
        reverse("admin:articles_tag_changelist"),
        {
            "action": "merge_tags",
            ACTION_CHECKBOX_NAME: [old.pk, survivor.pk],
            "post": "yes",
            "survivor": survivor.pk,
        },
    )
    assert list(Tag.objects.all()) == [survivor]
    tags_before = Tag.objects.count()

    # A later article tags the old spelling, in another case.
    text, found = re.subn(
        r"^#\S+(?: #\S+)*[ \t]*$", "#БЕЛАРУСЬ #РеспубликаБеларусь", seed_text, count=1, flags=re.M
    )
    assert found == 1
    summary = import_dumps(write_dump(tmp_path, "001_later.txt", text))
    assert summary.created == 1
    article = Article.objects.get()
    assert list(article.tags.all()) == [survivor]
    assert not Tag.objects.filter(name__iexact="Беларусь").exists()
    assert Tag.objects.count() == tags_before


def test_tag_aliases_are_edited_inline_and_unique_ignoring_case(staff):
    tag, other = Tag.objects.create(name="ИИ"), Tag.objects.create(name="Цифровизация")
    TagAlias.objects.create(tag=tag, name="ИскИнт")
    url = reverse("admin:articles_tag_change", args=[other.pk])
    page = staff.get(url)
    data = change_form_data(page)
    prefix = inline_prefix(page, TagAlias)
    data[f"{prefix}-0-name"] = "искинт"
    response = staff.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert list(TagAlias.objects.values_list("tag", "name")) == [(tag.pk, "ИскИнт")]

    data[f"{prefix}-0-name"] = "Цифровизация РК"
    assert staff.post(url, data).status_code == 302
    assert list(other.aliases.values_list("name", flat=True)) == ["Цифровизация РК"]


def test_an_edited_title_survives_a_reimport(staff, tmp_path, seed_text):
    import_dumps(write_dump(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()

    def change(data, page):
        data["title"] = "Кошанов и Лукашенко обсудили цифровизацию"

    article = edit_article(staff, article, change)
    assert article.locked_fields == ["title"]

    edited = seed_text.replace("сельском хозяйстве.", "сельском хозяйстве и логистике.", 1)
    assert edited != seed_text
    summary = import_dumps(write_dump(tmp_path, "000_seed.txt", edited))
    assert summary.updated == 1
    article.refresh_from_db()
    assert article.title == "Кошанов и Лукашенко обсудили цифровизацию"
    assert "логистике" in article.body


def test_a_removed_country_stays_removed_after_reimport_and_reextraction(
    staff, tmp_path, seed_text
):
    from django.core.management import call_command

    import_dumps(write_dump(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    assert set(article.countries.values_list("code", flat=True)) >= {"BY", "KZ"}
    belarus_link = ArticleCountry.objects.get(article=article, country__code="BY")

    def change(data, page):
        prefix = inline_prefix(page, ArticleCountry)
        row = next(k for k, v in data.items() if k.startswith(prefix) and v == str(belarus_link.pk))
        data[row.replace("-id", "-DELETE")] = "on"

    article = edit_article(staff, article, change)
    assert list(article.rejected_countries.values_list("code", flat=True)) == ["BY"]
    # Even with the lock taken off, the rejection alone keeps Belarus out.
    staff.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unlock", ACTION_CHECKBOX_NAME: [article.pk]},
    )
    article.refresh_from_db()
    assert article.locked_fields == []

    edited = seed_text.replace("сельском хозяйстве.", "сельском хозяйстве и логистике.", 1)
    assert import_dumps(write_dump(tmp_path, "000_seed.txt", edited)).updated == 1
    assert "BY" not in article.countries.values_list("code", flat=True)
    assert "KZ" in article.countries.values_list("code", flat=True)

    call_command("reextract", "--jobs", "1", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert "BY" not in article.countries.values_list("code", flat=True)
    assert "KZ" in article.countries.values_list("code", flat=True)


def test_reextract_action_restores_links_but_respects_locks_and_rejections(
    staff, tmp_path, seed_text
):
    import_dumps(write_dump(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    wrong = Person.objects.get(name="Наталья Кочанова")
    link_to_wrong = ArticlePerson.objects.get(article=article, person=wrong)

    def change(data, page):
        prefix = inline_prefix(page, ArticlePerson)
        row = next(
            k for k, v in data.items() if k.startswith(prefix) and v == str(link_to_wrong.pk)
        )
        data[row.replace("-id", "-DELETE")] = "on"

    edit_article(staff, article, change)
    people = set(article.persons.values_list("name", flat=True))
    ArticleCountry.objects.filter(article=article).delete()  # as if extraction had missed them

    response = staff.post(
        reverse("admin:articles_article_changelist"),
        {"action": "reextract", ACTION_CHECKBOX_NAME: [article.pk]},
        follow=True,
    )
    assert "Извлечение повторено: изменено 1" in response.content.decode()
    assert {"BY", "KZ"} <= set(article.countries.values_list("code", flat=True))
    assert set(article.persons.values_list("name", flat=True)) == people
    assert "Наталья Кочанова" not in people
    assert ImportRun.objects.filter(command="admin: reextract").exists()


def test_date_hierarchy_offers_only_periods_with_articles(staff):
    from articles.admin import ArticleListQuerySet

    for day in ["2019-03-05", "2019-11-30", "2024-01-01", "2024-12-31"]:
        make_article(date=day, countries=["BY"])
    make_article(date="2021-06-15", countries=["CN"])
    listed = ArticleListQuerySet(Article)
    for queryset in (listed, listed.filter(country_codes__contains=["BY"])):
        plain = Article.objects.filter(pk__in=queryset.values("pk"))
        for kind in ("year", "month"):
            assert queryset.dates("date", kind) == list(plain.dates("date", kind))
    assert listed.filter(country_codes__contains=["BY"]).dates("date", "year") == [
        datetime.date(2019, 1, 1),
        datetime.date(2024, 1, 1),
    ]
    content = staff.get(reverse("admin:articles_article_changelist"), {"country": "BY"})
    content = content.content.decode()
    assert "date__year=2019" in content and "date__year=2024" in content
    assert "date__year=2021" not in content


def test_a_long_filtered_list_says_more_than_the_cap(staff, monkeypatch):
    from articles.admin import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "cap", 3)
    for n in range(5):
        make_article(title=f"Встреча {n}", countries=["BY"])
    url = reverse("admin:articles_article_changelist")
    assert "более 3 статей" in staff.get(url, {"country": "BY"}).content.decode()
    whole = staff.get(url)
    assert whole.context["cl"].result_count == 5
    assert "более 3" not in whole.content.decode()
