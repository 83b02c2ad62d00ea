"""Write operations of the curation desk: merges, locks and rejected links.

Every function here is what an admin action calls; each keeps design rule 3 ("admins win") true
for later imports: a merged person leaves its names behind as aliases of the survivor, an edited
field or link set is locked, a removed link is remembered as rejected.
"""

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import F, Func, Q, QuerySet, Value
from django.db.models.functions import Lower

from articles.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    Country,
    Person,
    PersonAlias,
    Quote,
    Tag,
    TagAlias,
)
from articles.search import index_articles

#: The `locked_fields` vocabulary shared with the loader, in display order.
LOCKABLE_FIELDS = (
    "title",
    "date",
    "lead",
    "body",
    "views",
    "rubric",
    "photo_credit",
    "outlet",
    "language",
    "persons",
    "countries",
    "tags",
)


def _ordered_locks(fields: Iterable[str]) -> list[str]:
    wanted = set(fields)
    unknown = wanted - set(LOCKABLE_FIELDS)
    if unknown:
        raise ValueError(f"not lockable: {', '.join(sorted(unknown))}")
    return [name for name in LOCKABLE_FIELDS if name in wanted]


def article_lock_fields(*, article: Article, fields: Iterable[str]) -> list[str]:
    """Add `fields` to the article's locks and return the new list (saved)."""
    locks = _ordered_locks([*article.locked_fields, *fields])
    if locks != list(article.locked_fields):
        article.locked_fields = locks
        # update() rather than save(): no `updated_at` churn, no overwrite of a concurrent edit.
        Article.objects.filter(pk=article.pk).update(locked_fields=locks)
    return locks


def article_unlock(*, articles: QuerySet | Sequence[Article], fields: Iterable[str] | None = None):
    """Remove `fields` (all when None) from the locks of `articles`; return how many changed."""
    ids = (
        list(articles.values_list("pk", flat=True))
        if isinstance(articles, QuerySet)
        else [a.pk for a in articles]
    )
    if fields is None:
        return Article.objects.filter(pk__in=ids).exclude(locked_fields=[]).update(locked_fields=[])
    drop = set(_ordered_locks(fields))
    changed = 0
    with transaction.atomic():
        rows = Article.objects.select_for_update().filter(pk__in=ids).only("pk", "locked_fields")
        for article in rows:
            keep = [name for name in article.locked_fields if name not in drop]
            if keep != article.locked_fields:
                Article.objects.filter(pk=article.pk).update(locked_fields=keep)
                changed += 1
    return changed


def _lock_many(article_ids: Iterable[int], field: str) -> int:
    """Add one lock to many articles in a single UPDATE."""
    return (
        Article.objects.filter(pk__in=list(article_ids))
        .exclude(locked_fields__contains=[field])
        .update(locked_fields=Func(F("locked_fields"), Value(field), function="array_append"))
    )


def article_reject_links(
    *,
    article: Article,
    persons: Iterable[Person] = (),
    countries: Iterable[Country] = (),
) -> None:
    """Remember that an admin removed these people/countries from the article, and unlink them."""
    persons, countries = list(persons), list(countries)
    if not (persons or countries):
        return
    with transaction.atomic():
        if persons:
            ArticlePerson.objects.filter(article=article, person__in=persons).delete()
            Quote.objects.filter(article=article, person__in=persons).delete()
            article.rejected_persons.add(*persons)
        if countries:
            ArticleCountry.objects.filter(article=article, country__in=countries).delete()
            article.rejected_countries.add(*countries)
        # The stored search vector holds the names of the linked people and countries.
        index_articles([article.pk])


def article_accept_links(
    *,
    article: Article,
    persons: Iterable[Person] = (),
    countries: Iterable[Country] = (),
) -> None:
    """Forget earlier rejections of people/countries an admin has linked to the article again."""
    persons, countries = list(persons), list(countries)
    if persons:
        article.rejected_persons.remove(*persons)
    if countries:
        article.rejected_countries.remove(*countries)


def person_merge(*, survivor: Person, duplicates: Iterable[Person]) -> Person:
    """Fold `duplicates` into `survivor` in one transaction and return the survivor.

    Article links move to the survivor (on an article both are linked to, mentions add up and
    `speaker` is OR-ed), and so do quotes, aliases and rejected links; each duplicate's name
    becomes an alias of the survivor, so the next import resolves the old spelling to it. A
    rejection of the survivor on an article wins over a duplicate's link there.
    """
    duplicates = [p for p in duplicates if p.pk != survivor.pk]
    if not duplicates:
        raise ValueError("nothing to merge: choose at least one person besides the survivor")
    with transaction.atomic():
        # Lock the rows so a concurrent import cannot link a duplicate we are about to delete.
        ids = [survivor.pk, *(p.pk for p in duplicates)]
        list(Person.objects.select_for_update().filter(pk__in=ids))
        survivor.refresh_from_db()
        touched = set(
            ArticlePerson.objects.filter(person__in=duplicates).values_list("article_id", flat=True)
        )
        for duplicate in duplicates:
            _move_person(survivor, duplicate)
        survivor.save()
        # Those articles' search vectors held the duplicates' names; now they hold the survivor's.
        index_articles(sorted(touched))
    return survivor


def _move_person(survivor: Person, duplicate: Person) -> None:
    rejected_for_survivor = set(
        Article.rejected_persons.through.objects.filter(person=survivor).values_list(
            "article_id", flat=True
        )
    )
    survivor_links = {
        link.article_id: link for link in ArticlePerson.objects.filter(person=survivor)
    }
    merged, moved, dropped = [], [], []
    for link in ArticlePerson.objects.filter(person=duplicate):
        if link.article_id in rejected_for_survivor:
            dropped.append(link.pk)
        elif link.article_id in survivor_links:
            target = survivor_links[link.article_id]
            target.mentions += link.mentions
            target.speaker = target.speaker or link.speaker
            target.position = target.position or link.position
            merged.append(target)
            dropped.append(link.pk)
        else:
            moved.append(link.pk)
    ArticlePerson.objects.filter(pk__in=dropped).delete()
    ArticlePerson.objects.bulk_update(merged, ["mentions", "speaker", "position"])
    ArticlePerson.objects.filter(pk__in=moved).update(person=survivor)

    Quote.objects.filter(person=duplicate, article_id__in=rejected_for_survivor).delete()
    Quote.objects.filter(person=duplicate).update(person=survivor)

    # A duplicate rejected where the survivor is linked (or already rejected) adds nothing.
    rejections = Article.rejected_persons.through.objects.filter(person=duplicate)
    rejections.exclude(
        Q(article_id__in=list(survivor_links)) | Q(article_id__in=rejected_for_survivor)
    ).update(person=survivor)
    rejections.delete()

    PersonAlias.objects.filter(person=duplicate).update(person=survivor)
    # Aliases are unique across people: a form already taken (by anyone) is not added twice.
    if not PersonAlias.objects.filter(name__iexact=duplicate.name).exists():
        PersonAlias.objects.create(person=survivor, name=duplicate.name)

    survivor.position = survivor.position or duplicate.position
    survivor.country_id = survivor.country_id or duplicate.country_id
    duplicate.delete()


def tag_merge(*, survivor: Tag, duplicates: Iterable[Tag]) -> Tag:
    """Fold `duplicates` into `survivor` in one transaction and return the survivor.

    The articles that carried a duplicate get the survivor (once) and have their tag set locked,
    so a re-import of their old hashtag does not bring the duplicate back onto them. Each
    duplicate's name and aliases become aliases of the survivor, so the next import resolves the
    old spelling to it instead of creating the duplicate again.
    """
    duplicates = [t for t in duplicates if t.pk != survivor.pk]
    if not duplicates:
        raise ValueError("nothing to merge: choose at least one tag besides the survivor")
    with transaction.atomic():
        locked = Tag.objects.select_for_update().filter(
            pk__in=[survivor.pk, *(t.pk for t in duplicates)]
        )
        names = dict(locked.values_list("pk", "name"))
        if survivor.pk not in names:
            raise Tag.DoesNotExist(f"survivor tag {survivor.pk} is gone")
        links = ArticleTag.objects.filter(tag__in=duplicates)
        touched = set(links.values_list("article_id", flat=True))
        already = set(
            ArticleTag.objects.filter(tag=survivor, article_id__in=touched).values_list(
                "article_id", flat=True
            )
        )
        seen, moved, dropped = set(already), [], []
        # One link per article: keep the duplicate link that comes first in the article's order.
        for pk, article_id in links.order_by("article_id", "order", "id").values_list(
            "pk", "article_id"
        ):
            (dropped if article_id in seen else moved).append(pk)
            seen.add(article_id)
        ArticleTag.objects.filter(pk__in=dropped).delete()
        ArticleTag.objects.filter(pk__in=moved).update(tag=survivor)
        _lock_many(touched, "tags")
        _move_tag_aliases(survivor.pk, names)
        Tag.objects.filter(pk__in=[t.pk for t in duplicates]).delete()
    return survivor


def _move_tag_aliases(survivor_id: int, names: dict[int, str]) -> None:
    """Make the other tags' names and aliases aliases of the survivor (its own name excepted).

    `names` maps the survivor's and the duplicates' ids to their current names.
    """
    ids = [pk for pk in names if pk != survivor_id]
    own = names[survivor_id].lower()
    # The survivor's own name resolves by itself; an alias spelling it would be dead weight.
    TagAlias.objects.filter(tag_id__in=ids, name__iexact=own).delete()
    TagAlias.objects.filter(tag_id__in=ids).update(tag_id=survivor_id)
    new: dict[str, str] = {}
    for pk in ids:
        if names[pk].lower() != own:
            new.setdefault(names[pk].lower(), names[pk])
    # Aliases are unique across tags: a form already taken (by any tag) is not added twice.
    taken = TagAlias.objects.annotate(key=Lower("name")).filter(key__in=list(new))
    for key in taken.values_list("key", flat=True):
        new.pop(key, None)
    TagAlias.objects.bulk_create([TagAlias(tag_id=survivor_id, name=name) for name in new.values()])
