"""The in-memory facet columns follow every kind of change to the archive."""

import datetime
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.facet_index import FacetIndex, facet_index
from articles.facets import archive_version, facet_counts
from articles.models import Article, ArticleCountry, Country
from articles.services import person_merge
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def counts(name: str, queryset=None) -> dict:
    facets = facet_counts(Article.objects.all() if queryset is None else queryset)
    return {f.value: f.count for f in facets[name]}


def test_new_edited_and_deleted_articles_change_the_counts():
    first = make_article(title="Один", countries=["BY"], outlet="Kazinform")
    assert counts("countries") == {"BY": 1}
    make_article(title="Два", countries=["BY", "CN"], outlet="Kazinform")
    assert counts("countries") == {"BY": 2, "CN": 1}
    first.outlet = "Tengrinews"
    first.save()
    assert counts("outlets") == {"Kazinform": 1, "Tengrinews": 1}
    first.delete()
    assert counts("countries") == {"BY": 1, "CN": 1}
    assert facet_counts(Article.objects.all())["total"] == 1


def test_links_changed_without_saving_the_article_change_the_counts():
    old, new = make_person("Ерлан Кашанов"), make_person("Ерлан Кошанов")
    make_article(title="Один", persons=[old])
    make_article(title="Два", persons=[new])
    assert counts("people") == {old.slug: 1, new.slug: 1}
    person_merge(survivor=new, duplicates=[old])
    assert counts("people") == {new.slug: 2}
    article = Article.objects.get(title="Два")
    ArticleCountry.objects.create(article=article, country=Country.objects.get(code="TR"))
    assert counts("countries") == {"TR": 1}
    # a filtered result set reads the same columns
    assert counts("countries", Article.objects.filter(title="Два")) == {"TR": 1}


@pytest.mark.parametrize("changed", [2, 40])
def test_bringing_the_index_up_to_date_takes_a_fixed_number_of_queries(
    changed, django_assert_max_num_queries
):
    make_article(title="Первая", countries=["BY"])
    facet_index(archive_version())
    for n in range(changed):
        make_article(title=f"Новая {n}", countries=["KZ"])
    version = archive_version()
    # the changed rows, and the row count that reveals deletions
    with django_assert_max_num_queries(2):
        index = facet_index(version)
    assert len(index) == changed + 1


row_values = st.tuples(
    st.sampled_from(["ru", "kk", "en"]),
    st.sampled_from(["", "Kazinform", "Tengrinews"]),
    st.integers(2020, 2026),
    st.lists(st.sampled_from(["BY", "KZ", "CN", "TR"]), unique=True, max_size=3),
    st.lists(st.integers(1, 6), unique=True, max_size=3),
    st.lists(st.integers(1, 4), unique=True, max_size=2),
    st.integers(19000, 19010),  # days since 1970: a date
)


@settings(max_examples=60, deadline=None)
@given(
    batches=st.lists(st.dictionaries(st.integers(1, 30), row_values, max_size=12), max_size=4),
    deleted=st.sets(st.integers(1, 30), max_size=5),
    wanted=st.lists(st.integers(1, 35), max_size=20),
)
def test_counts_equal_a_naive_count_after_any_sequence_of_writes(batches, deleted, wanted):
    index, latest = FacetIndex("v"), {}
    updated = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    for batch in batches:
        index.add([(pk, updated, *values) for pk, values in batch.items()])
        latest.update(batch)
    for pk in deleted:
        latest.pop(pk, None)
    index.retain(np.array(sorted(latest), dtype=np.int64))
    selected, complete = index.selection(np.array(wanted, dtype=np.int64))
    assert complete == all(pk in latest for pk in wanted)
    counts, total = index.count(selected)
    chosen = {pk for pk in wanted if pk in latest}
    assert total == len(chosen)
    for name, (position, multi) in FacetIndex.FACETS.items():
        expected = Counter()
        for pk in chosen:
            value = latest[pk][position - 2]
            expected.update(value if multi else [value])
        assert dict(counts[name]) == dict(expected), name
    newest_first = sorted(chosen, key=lambda pk: (latest[pk][6], pk), reverse=True)
    assert index.newest(selected, 5) == newest_first[:5]


def test_a_deletion_drops_only_the_deleted_rows(django_assert_max_num_queries):
    kept = make_article(title="Остается", countries=["BY"])
    gone = make_article(title="Удалена", countries=["CN"])
    facet_index(archive_version())
    gone.delete()
    version = archive_version()
    # the changed rows, the row count, and the ids that are left
    with django_assert_max_num_queries(3):
        index = facet_index(version)
    assert index.ids.tolist() == [kept.pk]
    assert counts("countries") == {"BY": 1}
