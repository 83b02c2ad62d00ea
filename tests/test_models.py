import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from articles.models import ArticlePerson, Country, Person, PersonAlias, Tag, TagAlias
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def test_every_iso_country_exists_with_russian_kazakh_and_english_names():
    assert Country.objects.count() >= 249
    assert Country.objects.get(code="BY").name_ru == "Беларусь"
    assert Country.objects.get(code="KR").name_ru == "Республика Корея"
    kz = Country.objects.get(code="KZ")
    assert (kz.name_ru, kz.name_kk, kz.name_en) == ("Казахстан", "Қазақстан", "Kazakhstan")


def test_second_migrate_changes_nothing(capsys):
    call_command("migrate", verbosity=1)
    assert "No migrations to apply" in capsys.readouterr().out


def test_duplicate_content_hash_is_rejected():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(content_hash=article.content_hash)


def test_tag_names_are_unique_ignoring_case():
    Tag.objects.create(name="Беларусь")
    with pytest.raises(IntegrityError), transaction.atomic():
        Tag.objects.create(name="беларусь")


def test_alias_resolves_to_one_person_ignoring_case():
    PersonAlias.objects.create(person=make_person(), name="Қошанов")
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonAlias.objects.create(person=make_person("Другой Человек"), name="ҚОШАНОВ")


def test_a_tag_alias_resolves_to_one_tag_ignoring_case():
    TagAlias.objects.create(tag=Tag.objects.create(name="Беларусь"), name="РеспубликаБеларусь")
    with pytest.raises(IntegrityError), transaction.atomic():
        TagAlias.objects.create(tag=Tag.objects.create(name="РБ"), name="республикабеларусь")


def test_a_person_is_linked_to_an_article_once():
    person = make_person()
    article = make_article(persons=[person])
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticlePerson.objects.create(article=article, person=person)


def test_country_code_must_be_two_capital_letters():
    with pytest.raises(IntegrityError), transaction.atomic():
        Country.objects.bulk_create([Country(code="x1", slug="x1", name_ru="Нет")])


def test_person_slugs_are_transliterated_and_unique():
    first = make_person("Ерлан Кошанов")
    second = Person.objects.create(name="Ерлан Кошанов (2)")
    assert first.slug == "erlan-koshanov"
    assert second.slug != first.slug
    assert first.get_absolute_url() == "/people/erlan-koshanov/"
