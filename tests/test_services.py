"""The curation desk's write operations, through the models (real PostgreSQL)."""

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import services
from articles.models import (
    Article,
    ArticlePerson,
    ArticleTag,
    Country,
    Person,
    PersonAlias,
    Quote,
    Tag,
    TagAlias,
)
from tests.factories import make_article, make_person, make_quote

pytestmark = pytest.mark.django_db


def link(article, person, *, mentions=1, speaker=False, position=""):
    return ArticlePerson.objects.create(
        article=article, person=person, mentions=mentions, speaker=speaker, position=position
    )


def test_person_merge_moves_links_quotes_aliases_and_keeps_the_old_name_as_alias():
    survivor = make_person("Ерлан Кошанов", position="Председатель Мажилиса")
    duplicate = make_person("Ерлан Кошанова", country="KZ")
    PersonAlias.objects.create(person=duplicate, name="Yerlan Koshanov")
    both, only_duplicate, only_survivor = make_article(), make_article(), make_article()
    link(both, survivor, mentions=2)
    link(both, duplicate, mentions=3, speaker=True)
    link(only_duplicate, duplicate, mentions=4, position="спикер")
    link(only_survivor, survivor)
    quote = make_quote(only_duplicate, duplicate)
    rejected_elsewhere = make_article()
    rejected_elsewhere.rejected_persons.add(duplicate)

    services.person_merge(survivor=survivor, duplicates=[duplicate])

    assert not Person.objects.filter(pk=duplicate.pk).exists()
    merged = ArticlePerson.objects.get(article=both, person=survivor)
    assert (merged.mentions, merged.speaker) == (5, True)
    moved = ArticlePerson.objects.get(article=only_duplicate)
    assert (moved.person_id, moved.mentions, moved.position) == (survivor.pk, 4, "спикер")
    assert ArticlePerson.objects.filter(person=survivor).count() == 3
    quote.refresh_from_db()
    assert quote.person_id == survivor.pk
    assert set(survivor.aliases.values_list("name", flat=True)) == {
        "Ерлан Кошанова",
        "Yerlan Koshanov",
    }
    assert list(rejected_elsewhere.rejected_persons.all()) == [survivor]
    survivor.refresh_from_db()
    # The survivor keeps its own position and fills the country it lacked.
    assert survivor.position == "Председатель Мажилиса"
    assert survivor.country.code == "KZ"


def test_person_merge_of_several_duplicates_sums_every_mention():
    survivor = make_person("Маулен Ашимбаев")
    duplicates = [make_person("Маулен Әшімбаев"), make_person("Maulen Ashimbayev")]
    article = make_article()
    link(article, survivor, mentions=1)
    link(article, duplicates[0], mentions=2)
    link(article, duplicates[1], mentions=3, speaker=True)

    services.person_merge(survivor=survivor, duplicates=duplicates)

    only = ArticlePerson.objects.get(article=article)
    assert (only.person_id, only.mentions, only.speaker) == (survivor.pk, 6, True)
    assert survivor.aliases.count() == 2


def test_a_rejection_of_the_survivor_wins_over_the_duplicates_link():
    survivor, duplicate = make_person("Ерлан Кошанов"), make_person("Е. Кошанов")
    article = make_article()
    article.rejected_persons.add(survivor)
    link(article, duplicate)
    make_quote(article, duplicate)

    services.person_merge(survivor=survivor, duplicates=[duplicate])

    assert not ArticlePerson.objects.filter(article=article).exists()
    assert not Quote.objects.filter(article=article).exists()
    assert list(article.rejected_persons.all()) == [survivor]


def test_person_merge_does_not_add_an_alias_the_survivor_already_has():
    survivor, duplicate = make_person("Ерлан Кошанов"), make_person("ерлан кошанов")
    PersonAlias.objects.create(person=survivor, name="ЕРЛАН КОШАНОВ")
    services.person_merge(survivor=survivor, duplicates=[duplicate])
    assert list(survivor.aliases.values_list("name", flat=True)) == ["ЕРЛАН КОШАНОВ"]


def test_person_merge_needs_a_duplicate_besides_the_survivor():
    survivor = make_person()
    with pytest.raises(ValueError):
        services.person_merge(survivor=survivor, duplicates=[survivor])


def test_person_merge_is_atomic(monkeypatch):
    survivor, duplicate = make_person("Ерлан Кошанов"), make_person("Ерлан Кошанова")
    shared, other = make_article(), make_article()
    link(shared, survivor, mentions=2)
    link(shared, duplicate, mentions=3)
    link(other, duplicate)
    make_quote(other, duplicate)
    before = sorted(ArticlePerson.objects.values_list("article", "person", "mentions"))

    def fail(self, *args, **kwargs):
        raise RuntimeError("the database went away")

    # Links, quotes and aliases have moved when the duplicate's deletion fails.
    monkeypatch.setattr(Person, "delete", fail)
    with pytest.raises(RuntimeError):
        services.person_merge(survivor=survivor, duplicates=[duplicate])

    assert sorted(ArticlePerson.objects.values_list("article", "person", "mentions")) == before
    assert Quote.objects.get().person_id == duplicate.pk
    assert not PersonAlias.objects.exists()
    assert Person.objects.filter(pk=duplicate.pk).exists()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.tuples(st.integers(1, 5), st.booleans())),
            st.one_of(st.none(), st.tuples(st.integers(1, 5), st.booleans())),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_person_merge_keeps_every_mention_and_speaker_flag(layout):
    """For any links of two people over some articles, the merge loses no mention or speech."""
    with transaction.atomic():
        survivor, duplicate = make_person("Ерлан Кошанов"), make_person("Ерлан Кошанова")
        expected = {}
        for survivor_link, duplicate_link in layout:
            article = make_article()
            for person, facts in ((survivor, survivor_link), (duplicate, duplicate_link)):
                if facts:
                    link(article, person, mentions=facts[0], speaker=facts[1])
            links = [facts for facts in (survivor_link, duplicate_link) if facts]
            if links:
                expected[article.pk] = (sum(m for m, _ in links), any(s for _, s in links))

        services.person_merge(survivor=survivor, duplicates=[duplicate])

        got = {
            a: (m, s)
            for a, m, s in ArticlePerson.objects.filter(person=survivor).values_list(
                "article", "mentions", "speaker"
            )
        }
        assert got == expected
        assert not ArticlePerson.objects.exclude(person=survivor).exists()
        transaction.set_rollback(True)


def test_tag_merge_moves_links_once_per_article_and_locks_their_tags():
    survivor = Tag.objects.create(name="Беларусь")
    duplicate = Tag.objects.create(name="РеспубликаБеларусь")
    both, only_duplicate, untouched = make_article(), make_article(), make_article()
    ArticleTag.objects.create(article=both, tag=survivor, order=0)
    ArticleTag.objects.create(article=both, tag=duplicate, order=1)
    ArticleTag.objects.create(article=only_duplicate, tag=duplicate, order=2)
    ArticleTag.objects.create(article=untouched, tag=survivor)

    services.tag_merge(survivor=survivor, duplicates=[duplicate])

    assert not Tag.objects.filter(pk=duplicate.pk).exists()
    assert sorted(ArticleTag.objects.values_list("article", "tag", "order")) == sorted(
        [
            (both.pk, survivor.pk, 0),
            (only_duplicate.pk, survivor.pk, 2),
            (untouched.pk, survivor.pk, 0),
        ]
    )
    locked = dict(Article.objects.values_list("pk", "locked_fields"))
    assert locked == {both.pk: ["tags"], only_duplicate.pk: ["tags"], untouched.pk: []}


def test_tag_merge_leaves_the_old_names_and_aliases_as_aliases_of_the_survivor():
    survivor = Tag.objects.create(name="Беларусь")
    first = Tag.objects.create(name="РеспубликаБеларусь")
    second = Tag.objects.create(name="РБ")
    TagAlias.objects.create(tag=first, name="Белоруссия")
    TagAlias.objects.create(tag=second, name="БЕЛАРУСЬ")  # the survivor's own name
    elsewhere = Tag.objects.create(name="Минск")
    TagAlias.objects.create(tag=elsewhere, name="рб")  # already taken by another tag

    services.tag_merge(survivor=survivor, duplicates=[first, second])

    assert sorted(survivor.aliases.values_list("name", flat=True)) == [
        "Белоруссия",
        "РеспубликаБеларусь",
    ]
    assert list(elsewhere.aliases.values_list("name", flat=True)) == ["рб"]
    assert TagAlias.objects.count() == 3


def test_tag_merge_adds_no_alias_when_it_fails(monkeypatch):
    survivor, duplicate = Tag.objects.create(name="ИИ"), Tag.objects.create(name="ИскИнт")
    TagAlias.objects.create(tag=duplicate, name="AI")

    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(TagAlias.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        services.tag_merge(survivor=survivor, duplicates=[duplicate])
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["ИИ", "ИскИнт"]
    assert list(TagAlias.objects.values_list("tag", "name")) == [(duplicate.pk, "AI")]


def test_tag_merge_is_atomic(monkeypatch):
    survivor, duplicate = Tag.objects.create(name="ИИ"), Tag.objects.create(name="ИскИнт")
    article = make_article()
    ArticleTag.objects.create(article=article, tag=duplicate)

    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "_lock_many", fail)
    with pytest.raises(RuntimeError):
        services.tag_merge(survivor=survivor, duplicates=[duplicate])
    assert ArticleTag.objects.get().tag_id == duplicate.pk


def test_locks_are_added_in_vocabulary_order_and_removed_by_unlock():
    article = make_article()
    services.article_lock_fields(article=article, fields=["tags", "title"])
    services.article_lock_fields(article=article, fields=["date", "title"])
    article.refresh_from_db()
    assert article.locked_fields == ["title", "date", "tags"]

    assert services.article_unlock(articles=[article], fields=["date"]) == 1
    article.refresh_from_db()
    assert article.locked_fields == ["title", "tags"]

    assert services.article_unlock(articles=Article.objects.all()) == 1
    article.refresh_from_db()
    assert article.locked_fields == []


def test_only_the_agreed_vocabulary_can_be_locked():
    with pytest.raises(ValueError):
        services.article_lock_fields(article=make_article(), fields=["source_file"])


def test_rejecting_links_unlinks_them_and_remembers_them():
    person, other = make_person("Ерлан Кошанов"), make_person("Маулен Ашимбаев")
    article = make_article(persons=[person, other], countries=["BY", "KZ"])
    make_quote(article, person)
    belarus = Country.objects.get(code="BY")

    services.article_reject_links(article=article, persons=[person], countries=[belarus])

    assert list(article.persons.all()) == [other]
    assert list(article.countries.values_list("code", flat=True)) == ["KZ"]
    assert not Quote.objects.filter(article=article).exists()
    assert list(article.rejected_persons.all()) == [person]
    assert list(article.rejected_countries.all()) == [belarus]

    services.article_accept_links(article=article, persons=[person], countries=[belarus])
    assert not article.rejected_persons.exists() and not article.rejected_countries.exists()


def test_after_a_merge_the_survivors_name_finds_the_duplicates_articles():
    # Names unlike each other, so that only the re-indexed linked name can match.
    survivor, duplicate = make_person("Нурлан Нигматулин"), make_person("Yerlan Koshanov")
    article = make_article(title="Визит делегации", persons=[duplicate], language="en")
    assert not Article.objects.search("Нигматулин").filter(pk=article.pk).exists()

    services.person_merge(survivor=survivor, duplicates=[duplicate])

    assert Article.objects.search("Нигматулин").filter(pk=article.pk).exists()


def test_person_merge_skips_an_old_name_that_is_another_persons_alias():
    survivor, duplicate, third = (
        make_person("Ерлан Кошанов"),
        make_person("Е. Кошанов"),
        make_person("Ерлан Кошеров"),
    )
    PersonAlias.objects.create(person=third, name="е. кошанов")
    services.person_merge(survivor=survivor, duplicates=[duplicate])
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert list(PersonAlias.objects.values_list("person", flat=True)) == [third.pk]
