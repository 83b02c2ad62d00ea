"""Write parsed and extracted articles into the database: the only part of the importer that writes.

Rules (design.md, "The import pipeline"):

- Identity: `content_hash` is the SHA-256 of the file's bytes; `identity_key` is the SHA-256 of
  (date, outlet, normalised title) computed at import time. A stored hash under the same file
  name is `unchanged`, under another name a `duplicate`; a stored identity key with a new hash is
  an `updated` article (one row); anything else is `created`.
- One transaction per article with all its links, so an interrupted run leaves whole articles
  only and re-running finishes the job.
- Admins win: fields in `locked_fields` are never overwritten, a locked set of links
  ("persons", "countries", "tags") is never relinked, rejected people and countries are never
  linked again, and any alias resolves to the person it belongs to.
- Concurrent imports: every row with a natural key is inserted with `ON CONFLICT DO NOTHING`
  and read back when another process won; an article that collides (unique hash or key) or
  deadlocks is retried from the start, re-reading what the other process committed.
- People, aliases, tags and countries are looked up in maps built once per run; the maps only
  learn rows whose transaction committed, so a rolled-back article leaves them true.

New articles take a batched path (`articles_write`): the people, aliases and tags a batch needs
are created up front in a few set-based statements, then each article is written by ONE
multi-statement round trip (its links first, then the article row with its link arrays and
search vector computed in advance). A multi-statement query runs as one implicit transaction,
so an article still lands whole or not at all. Anything unusual (a stored version, a collision
with a concurrent import, a database refusal) falls back to `article_upsert`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import DataError, IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
from django.db.models.functions import Lower
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
from articles.text import latin_slug, title_key

CREATED, UPDATED, UNCHANGED, DUPLICATE, FAILED = (
    "created",
    "updated",
    "unchanged",
    "duplicate",
    "failed",
)
OUTCOMES = (CREATED, UPDATED, UNCHANGED, DUPLICATE, FAILED)

# Article fields an admin can lock, and the article fields each one covers.
LOCKABLE_FIELDS = {
    "title": ("title", "title_derived"),
    "date": ("date", "date_month_only"),
    "lead": ("lead",),
    "body": ("body",),
    "views": ("views",),
    "rubric": ("rubric",),
    "photo_credit": ("photo_credit",),
    "outlet": ("outlet",),
    "language": ("language",),
}
MAX_ATTEMPTS = 5


def identity_key(date, outlet: str | None, title: str) -> str:
    """Return the identity of an article: SHA-256 of its date, outlet and normalised title."""
    raw = f"{date.isoformat()}|{(outlet or '').strip().lower()}|{title_key(title)}"
    return hashlib.sha256(raw.encode()).hexdigest()


def _cut(value: str | None, model, name: str) -> str:
    value = (value or "").strip()
    limit = model._meta.get_field(name).max_length
    return value[:limit] if limit else value


# --- the maps built once per run --------------------------------------------------------------


@dataclass
class _Pending:
    """Map entries learnt inside an article's transaction, applied once it commits."""

    people: dict[str, int] = field(default_factory=dict)
    person_facts: dict[int, list] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    person_slugs: set[str] = field(default_factory=set)
    tag_slugs: set[str] = field(default_factory=set)


class LoadContext:
    """What one run knows about the database: people, aliases, tags, countries, slugs."""

    def __init__(self, run: ImportRun | None):
        self.run = run
        # lower(alias or name) -> person id; canonical names win over aliases.
        self.people: dict[str, int] = {}
        for name, person_id in PersonAlias.objects.values_list("name", "person_id").iterator(
            chunk_size=5000
        ):
            self.people[name.lower()] = person_id
        # person id -> [position, country_id], to fill empty ones without a query.
        self.person_facts: dict[int, list] = {}
        self.person_names: dict[int, str] = {}  # person id -> canonical name (search documents)
        self.person_slugs: set[str] = set()
        for pk, name, slug, position, country_id in Person.objects.values_list(
            "pk", "name", "slug", "position", "country_id"
        ).iterator(chunk_size=5000):
            self.people[name.lower()] = pk
            self.person_names[pk] = name
            self.person_facts[pk] = [position, country_id]
            self.person_slugs.add(slug)
        # lower(alias or name) -> tag id; names win over aliases, as for people.
        self.tags: dict[str, int] = {}
        for name, tag_id in TagAlias.objects.values_list("name", "tag_id").iterator(
            chunk_size=5000
        ):
            self.tags[name.lower()] = tag_id
        self.tag_slugs: set[str] = set()
        for pk, name, slug in Tag.objects.values_list("pk", "name", "slug"):
            self.tags[name.lower()] = pk
            self.tag_slugs.add(slug)
        self.countries: dict[str, int] = {}
        self.country_names: dict[str, str] = {}  # ISO code -> Russian name (search documents)
        for code, pk, name_ru in Country.objects.values_list("code", "pk", "name_ru"):
            self.countries[code] = pk
            self.country_names[code] = name_ru
        self.pending = _Pending()

    def known_names(self):
        """Return the extractor's KnownNames: every alias and name, and admins' country forms."""
        from articles.importer.extract import KnownNames

        names = dict(Person.objects.values_list("name", "name"))
        aliases = dict(PersonAlias.objects.values_list("name", "person__name"))
        country_aliases = {
            code: tuple(forms)
            for code, forms in Country.objects.exclude(aliases=[]).values_list("code", "aliases")
        }
        return KnownNames(person_aliases={**aliases, **names}, country_aliases=country_aliases)

    def commit_pending(self) -> None:
        self.people.update(self.pending.people)
        self.person_facts.update(self.pending.person_facts)
        self.tags.update(self.pending.tags)
        self.person_slugs |= self.pending.person_slugs
        self.tag_slugs |= self.pending.tag_slugs
        self.pending = _Pending()

    def person_id(self, name: str) -> int | None:
        key = name.lower()
        return self.pending.people.get(key) or self.people.get(key)

    def tag_id(self, name: str) -> int | None:
        key = name.lower()
        return self.pending.tags.get(key) or self.tags.get(key)

    def facts(self, person_id: int) -> list:
        return self.pending.person_facts.get(person_id) or self.person_facts.get(person_id)

    def free_slug(self, text: str, taken: set[str], pending: set[str], max_length: int) -> str:
        base = latin_slug(text)[: max_length - 6].strip("-") or "n-a"
        slug, n = base, 2
        while slug in taken or slug in pending:
            slug, n = f"{base}-{n}", n + 1
        return slug


# --- people and tags --------------------------------------------------------------------------


def person_get_or_create(ctx: LoadContext, found) -> int:
    """Return the id of the person `found` names, creating them (and their aliases) if new."""
    for form in (found.name, *found.aliases):
        pk = ctx.person_id(form)
        if pk:
            _person_fill(ctx, pk, found)
            return pk
    name = _cut(found.name, Person, "name")
    position = _cut(found.position, Person, "position")
    country_id = ctx.countries.get((found.country or "").upper())
    while True:
        slug = ctx.free_slug(name, ctx.person_slugs, ctx.pending.person_slugs, 220)
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO articles_person (name, slug, position, country_id, created_by_run_id,"
                " created_at) VALUES (%s, %s, %s, %s, %s, now()) ON CONFLICT DO NOTHING"
                " RETURNING id",
                [name, slug, position, country_id, ctx.run.pk if ctx.run else None],
            )
            row = cursor.fetchone()
        if row:
            pk = row[0]
            ctx.pending.person_slugs.add(slug)
            ctx.pending.people[name.lower()] = pk
            ctx.pending.person_facts[pk] = [position, country_id]
            ctx.person_names[pk] = name
            _aliases_add(ctx, pk, [a for a in found.aliases if a.lower() != name.lower()])
            return pk
        # Another process created this person (or took the slug) since the maps were built.
        existing = Person.objects.filter(name=name).values_list("pk", "position", "country_id")
        if existing:
            pk, known_position, known_country = existing[0]
            ctx.person_names[pk] = name
            ctx.pending.people[name.lower()] = pk
            ctx.pending.person_facts[pk] = [known_position, known_country]
            _person_fill(ctx, pk, found)
            return pk
        ctx.pending.person_slugs.add(slug)


def _aliases_add(ctx: LoadContext, person_id: int, forms: Iterable[str]) -> None:
    """Add alias forms to a new person, skipping any form that already resolves to someone."""
    forms = {f.strip().lower(): f.strip() for f in forms if f.strip()}
    forms = [f for key, f in forms.items() if not ctx.person_id(key)]
    forms = [f for f in forms if len(f) <= PersonAlias._meta.get_field("name").max_length]
    if not forms:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO articles_personalias (person_id, name) VALUES "
            + ", ".join(["(%s, %s)"] * len(forms))
            + " ON CONFLICT DO NOTHING RETURNING name",
            [value for form in forms for value in (person_id, form)],
        )
        for (name,) in cursor.fetchall():
            ctx.pending.people[name.lower()] = person_id


def _person_fill(ctx: LoadContext, person_id: int, found) -> None:
    """Fill a person's empty position and country; never overwrite a value already set."""
    facts = ctx.facts(person_id)
    if facts is None:
        return
    position, country_id = facts
    new_position = _cut(found.position, Person, "position")
    new_country = ctx.countries.get((found.country or "").upper())
    updates = {}
    if not position and new_position:
        updates["position"] = new_position
    if country_id is None and new_country:
        updates["country_id"] = new_country
    if not updates:
        return
    # Conditional updates: an admin's (or another run's) value set meanwhile is kept.
    if "position" in updates:
        Person.objects.filter(pk=person_id, position="").update(position=new_position)
    if "country_id" in updates:
        Person.objects.filter(pk=person_id, country__isnull=True).update(country_id=new_country)
    ctx.pending.person_facts[person_id] = [
        position or new_position,
        country_id if country_id is not None else new_country,
    ]


def tag_get_or_create(ctx: LoadContext, name: str) -> int | None:
    """Return the id of the tag named `name` (any case), creating it if new."""
    name = _cut(name, Tag, "name")
    if not name:
        return None
    pk = ctx.tag_id(name)
    if pk:
        return pk
    while True:
        slug = ctx.free_slug(name, ctx.tag_slugs, ctx.pending.tag_slugs, 120)
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO articles_tag (name, slug) VALUES (%s, %s) ON CONFLICT DO NOTHING"
                " RETURNING id",
                [name, slug],
            )
            row = cursor.fetchone()
        if row:
            ctx.pending.tag_slugs.add(slug)
            ctx.pending.tags[name.lower()] = row[0]
            return row[0]
        existing = Tag.objects.filter(name__iexact=name).values_list("pk", flat=True)
        if existing:
            ctx.pending.tags[name.lower()] = existing[0]
            return existing[0]
        ctx.pending.tag_slugs.add(slug)


# --- links ------------------------------------------------------------------------------------


def _links_sync(model, article_id: int, desired: list[dict], *, fresh: bool = False) -> bool:
    """Make the article's links of `model` equal `desired`; return whether anything changed.

    `fresh`: the article was just created and has no links to compare or delete.
    """
    if fresh:
        model.objects.bulk_create([model(article_id=article_id, **row) for row in desired])
        return bool(desired)
    fields = list(desired[0]) if desired else None
    current = model.objects.filter(article_id=article_id)
    if fields is None:
        return bool(current.delete()[0])
    existing = sorted(current.values_list(*fields), key=repr)
    wanted = sorted((tuple(row[f] for f in fields) for row in desired), key=repr)
    if existing == wanted:
        return False
    current.delete()
    model.objects.bulk_create([model(article_id=article_id, **row) for row in desired])
    return True


def _links_wanted(
    ctx: LoadContext,
    extraction,
    locked: set[str],
    person_of: Callable,
    tag_of: Callable,
    *,
    rejected_persons=(),
    rejected_countries=(),
) -> dict:
    """Return {link model: rows} for the extraction's people, quotes, countries and tags.

    Locked sets are left out; rejected people and countries are not linked. `person_of(found)`
    and `tag_of(name)` return the ids (creating the rows or not, as the caller decides).
    """
    wanted: dict = {}
    if "persons" not in locked:
        rejected = set(rejected_persons)
        by_name: dict[str, int] = {}
        links: dict[int, dict] = {}
        for found in sorted(extraction.persons, key=lambda p: p.name):
            pk = person_of(found)
            by_name[found.name] = pk
            if pk in rejected:
                continue
            link = links.setdefault(
                pk, {"person_id": pk, "mentions": 0, "speaker": False, "position": ""}
            )
            link["mentions"] += found.mentions
            link["speaker"] = link["speaker"] or found.speaker
            link["position"] = link["position"] or _cut(found.position, ArticlePerson, "position")
        wanted[ArticlePerson] = list(links.values())
        wanted[Quote] = [
            {"person_id": by_name[q.person], "text": q.text, "order": order}
            for order, q in enumerate(
                q for q in extraction.quotes if by_name.get(q.person) in links
            )
        ]
    if "countries" not in locked:
        rejected = set(rejected_countries)
        countries = {}
        for found in extraction.countries:
            pk = ctx.countries.get(found.code.upper())
            if pk and pk not in rejected and pk not in countries:
                countries[pk] = {
                    "country_id": pk,
                    "mentions": found.mentions,
                    "in_headline": found.in_headline,
                }
        wanted[ArticleCountry] = list(countries.values())
    if "tags" not in locked:
        tags: dict[int, dict] = {}
        for name in sorted(set(extraction.tags), key=extraction.tags.index):
            pk = tag_of(name)
            if pk and pk not in tags:
                tags[pk] = {"tag_id": pk, "order": len(tags)}
        wanted[ArticleTag] = list(tags.values())
    return wanted


def article_links_set(
    ctx: LoadContext,
    article: Article,
    extraction,
    *,
    rejected_persons=(),
    rejected_countries=(),
    fresh: bool = False,
) -> bool:
    """Link the extraction's people, quotes, countries and tags; return whether links changed.

    Locked sets are left alone; rejected people and countries are not linked. `fresh`: the
    article was created in this transaction, so it has no links yet.
    """
    wanted = _links_wanted(
        ctx,
        extraction,
        set(article.locked_fields),
        lambda found: person_get_or_create(ctx, found),
        lambda name: tag_get_or_create(ctx, name),
        rejected_persons=rejected_persons,
        rejected_countries=rejected_countries,
    )
    changed = False
    for model, rows in wanted.items():
        changed |= _links_sync(model, article.pk, rows, fresh=fresh)
    return changed


# --- articles ---------------------------------------------------------------------------------


def _article_fields(parsed, extraction) -> dict:
    return {
        "title": _cut(parsed.title, Article, "title"),
        "title_derived": parsed.title_derived,
        "date": parsed.date,
        "date_month_only": parsed.date_month_only,
        "lead": parsed.lead,
        "body": parsed.body,
        "views": parsed.views,
        "rubric": _cut(parsed.rubric, Article, "rubric"),
        "photo_credit": _cut(parsed.photo_credit, Article, "photo_credit"),
        "outlet": _cut(extraction.outlet or parsed.outlet, Article, "outlet"),
        "language": _cut(extraction.language or parsed.language, Article, "language"),
    }


def article_upsert(ctx: LoadContext, parsed, extraction, *, source_path: str = "") -> tuple:
    """Create or update the article of one parsed file, with all its links, in one transaction.

    Return (outcome, article id or None).
    """
    return _article_transaction(
        ctx, lambda: _article_upsert_once(ctx, parsed, extraction, source_path)
    )


def _article_transaction(ctx: LoadContext, operation: Callable):
    """Run `operation` in one transaction, retrying after a collision with a concurrent import.

    On a unique collision or a deadlock the other process's rows are committed by then, so the
    next attempt reads them; the names the failed attempt queued for the maps are dropped.
    """
    for attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                result = operation()
        except (IntegrityError, OperationalError) as error:
            ctx.pending = _Pending()
            if attempt == MAX_ATTEMPTS - 1 or not _is_conflict(error):
                raise
            continue
        ctx.commit_pending()
        return result
    raise AssertionError("unreachable")


def _is_conflict(error: Exception) -> bool:
    from psycopg import errors

    cause = error.__cause__
    return isinstance(error, IntegrityError) or isinstance(
        cause, errors.DeadlockDetected | errors.SerializationFailure | errors.LockNotAvailable
    )


def _article_upsert_once(ctx: LoadContext, parsed, extraction, source_path: str) -> tuple:
    source_file = _cut(parsed.file_name, Article, "source_file")
    key = identity_key(parsed.date, parsed.outlet, parsed.title)
    # One query for both identities; the lock keeps a concurrent import off this article.
    stored = Article.objects.select_for_update().filter(
        Q(content_hash=parsed.sha256)
        | Q(identity_key=key)
        | Q(replaced_hashes__contains=[parsed.sha256])
    )
    article = None
    for row in stored:
        if row.content_hash == parsed.sha256:
            return (UNCHANGED if row.source_file == source_file else DUPLICATE), row.pk
        if parsed.sha256 in row.replaced_hashes:
            return UNCHANGED, row.pk  # an older version, already replaced by a newer one
        article = row
    fields = _article_fields(parsed, extraction)
    if article is None:
        article = Article(
            **fields,
            source_file=source_file,
            source_path=_cut(source_path or parsed.source_name, Article, "source_path"),
            content_hash=parsed.sha256,
            identity_key=key,
            locked_fields=[],
        )
        article.save(force_insert=True)
        article_links_set(ctx, article, extraction, fresh=True)
        return CREATED, article.pk
    locked = {f for name in article.locked_fields for f in LOCKABLE_FIELDS.get(name, ())}
    for name, value in fields.items():
        if name not in locked:
            setattr(article, name, value)
    article.source_file = source_file
    article.source_path = _cut(source_path or parsed.source_name, Article, "source_path")
    article.replaced_hashes = [*article.replaced_hashes, article.content_hash]
    article.content_hash = parsed.sha256
    article.save()
    article_links_set(
        ctx,
        article,
        extraction,
        rejected_persons=article.rejected_persons.values_list("pk", flat=True),
        rejected_countries=article.rejected_countries.values_list("pk", flat=True),
    )
    return UPDATED, article.pk


def stored_hashes(hashes: Sequence[str]) -> dict[str, str | None]:
    """Return {hash: stored source file name} for the hashes already imported.

    The name is None for a hash of an earlier version that an update replaced.
    """
    hashes = list(hashes)
    found: dict[str, str | None] = {}
    for replaced in Article.objects.filter(replaced_hashes__overlap=hashes).values_list(
        "replaced_hashes", flat=True
    ):
        found.update(dict.fromkeys(set(replaced).intersection(hashes)))
    found.update(
        Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "source_file")
    )
    return found


# --- new articles in batches ------------------------------------------------------------------


@dataclass(frozen=True)
class SearchDocument:
    """A new article's search vector, computed in a worker, and the link names it assumed."""

    person_names: tuple[str, ...]
    country_codes: tuple[str, ...]
    vector: str


def _document_vector(fields: dict, person_names, country_names) -> str:
    """Return the vector `articles.search.index_articles` stores for these texts and links."""
    from articles.search import article_vector

    names = [*person_names, *country_names]
    return article_vector(fields["title"], fields["lead"], fields["body"], names)


def search_document(parsed, extraction, country_names: dict[str, str]) -> SearchDocument:
    """Return the search vector of a new article, assuming each person keeps their found name.

    Pure (no database): workers call it so the writing process does not normalise text. The
    writer checks the assumption against the people it actually links.
    """
    persons = tuple(sorted({_cut(p.name, Person, "name") for p in extraction.persons}))
    codes = tuple(
        dict.fromkeys(
            c.code.upper() for c in extraction.countries if c.code.upper() in country_names
        )
    )
    fields = _article_fields(parsed, extraction)
    vector = _document_vector(fields, persons, [country_names[c] for c in codes])
    return SearchDocument(persons, codes, vector)


class _Unresolved(Exception):
    """A name the batch preparation did not create: the article takes the one-by-one path."""


def _retrying(operation: Callable):
    """Run a set-based statement, retrying when it deadlocks with a concurrent import."""
    for attempt in range(MAX_ATTEMPTS):
        try:
            if not connection.in_atomic_block:  # one statement: atomic by itself
                return operation()
            with transaction.atomic():
                return operation()
        except OperationalError as error:
            if attempt == MAX_ATTEMPTS - 1 or not _is_conflict(error):
                raise


def _people_prepare(ctx: LoadContext, extractions: list) -> None:
    """Create every person and alias the extractions need, and fill empty facts, in bulk."""
    planned: dict[str, dict] = {}  # lower(name) -> the new person
    planned_forms: dict[str, str] = {}  # lower(name or alias) -> key in `planned`
    positions: dict[int, str] = {}
    countries: dict[int, int] = {}
    for extraction in extractions:
        for found in sorted(extraction.persons, key=lambda p: p.name):
            forms = (found.name, *found.aliases)
            pk = next((ctx.person_id(f) for f in forms if ctx.person_id(f)), None)
            position = _cut(found.position, Person, "position")
            country_id = ctx.countries.get((found.country or "").upper())
            if pk:
                facts = ctx.facts(pk)
                if facts is None:
                    continue
                if not facts[0] and position:
                    facts[0] = positions[pk] = position
                if facts[1] is None and country_id:
                    facts[1] = countries[pk] = country_id
                continue
            key = next((planned_forms[f.lower()] for f in forms if f.lower() in planned_forms), "")
            if key:
                person = planned[key]
                person["position"] = person["position"] or position
                person["country_id"] = person["country_id"] or country_id
                continue
            name = _cut(found.name, Person, "name")
            key = name.lower()
            planned[key] = {
                "name": name,
                "position": position,
                "country_id": country_id,
                "found": found,
            }
            planned_forms[key] = key
            for alias in found.aliases:
                alias_key = alias.strip().lower()
                if alias_key and not ctx.person_id(alias_key):
                    planned_forms.setdefault(alias_key, key)
    if positions or countries:
        _retrying(lambda: _person_facts_fill(positions, countries))
    if not planned:
        return
    taken: set[str] = set()
    for person in planned.values():
        person["slug"] = ctx.free_slug(person["name"], ctx.person_slugs, taken, 220)
        taken.add(person["slug"])
    rows = sorted(planned.values(), key=lambda p: p["name"])
    created = dict(_retrying(lambda: _people_insert(ctx, rows)))
    ctx.person_slugs |= taken
    missing = [p["name"] for p in rows if p["name"] not in created]
    if missing:
        # Created by a concurrent import since this run's maps were built.
        for pk, name, position, country_id in Person.objects.filter(name__in=missing).values_list(
            "pk", "name", "position", "country_id"
        ):
            ctx.people[name.lower()] = pk
            ctx.person_names[pk] = name
            ctx.person_facts[pk] = [position, country_id]
    for person in rows:
        pk = created.get(person["name"])
        if pk is None:
            if not ctx.person_id(person["name"]):  # a slug taken meanwhile: the slow way
                with transaction.atomic():
                    person_get_or_create(ctx, person["found"])
                ctx.commit_pending()
            continue
        ctx.people[person["name"].lower()] = pk
        ctx.person_names[pk] = person["name"]
        ctx.person_facts[pk] = [person["position"], person["country_id"]]
    aliases: dict[str, tuple[int, str]] = {}
    limit = PersonAlias._meta.get_field("name").max_length
    for person in rows:
        pk = created.get(person["name"])
        for alias in person["found"].aliases:
            alias = alias.strip()
            key = alias.lower()
            if (
                pk
                and alias
                and key not in aliases
                and not ctx.person_id(key)
                and len(alias) <= limit
            ):
                aliases[key] = (pk, alias)
    if aliases:
        rows = sorted(aliases.values(), key=lambda row: row[1])
        for person_id, name in _retrying(lambda: _aliases_insert(rows)):
            ctx.people[name.lower()] = person_id


def _people_insert(ctx: LoadContext, rows: list[dict]) -> list[tuple[str, int]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO articles_person (name, slug, position, country_id, created_by_run_id,"
            " created_at) SELECT v.name, v.slug, v.position, v.country_id, %s, now()"
            " FROM unnest(%s::text[], %s::text[], %s::text[], %s::bigint[])"
            " AS v(name, slug, position, country_id) ORDER BY v.name"
            " ON CONFLICT DO NOTHING RETURNING name, id",
            [
                ctx.run.pk if ctx.run else None,
                [p["name"] for p in rows],
                [p["slug"] for p in rows],
                [p["position"] for p in rows],
                [p["country_id"] for p in rows],
            ],
        )
        return cursor.fetchall()


def _aliases_insert(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO articles_personalias (person_id, name) SELECT v.person_id, v.name"
            " FROM unnest(%s::bigint[], %s::text[]) AS v(person_id, name) ORDER BY v.name"
            " ON CONFLICT DO NOTHING RETURNING person_id, name",
            [[pk for pk, _ in rows], [name for _, name in rows]],
        )
        return cursor.fetchall()


def _person_facts_fill(positions: dict[int, str], countries: dict[int, int]) -> None:
    """Fill empty positions and countries; a value set meanwhile (by an admin) is kept."""
    with connection.cursor() as cursor:
        if positions:
            ids = sorted(positions)
            cursor.execute(
                "UPDATE articles_person p SET position = v.position"
                " FROM unnest(%s::bigint[], %s::text[]) AS v(id, position)"
                " WHERE p.id = v.id AND p.position = ''",
                [ids, [positions[pk] for pk in ids]],
            )
        if countries:
            ids = sorted(countries)
            cursor.execute(
                "UPDATE articles_person p SET country_id = v.country_id"
                " FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, country_id)"
                " WHERE p.id = v.id AND p.country_id IS NULL",
                [ids, [countries[pk] for pk in ids]],
            )


def _tags_prepare(ctx: LoadContext, extractions: list) -> None:
    """Create every tag the extractions need, in bulk."""
    planned: dict[str, str] = {}
    for extraction in extractions:
        for name in extraction.tags:
            name = _cut(name, Tag, "name")
            if name and not ctx.tag_id(name):
                planned.setdefault(name.lower(), name)
    if not planned:
        return
    taken: set[str] = set()
    rows = []
    for name in sorted(planned.values()):
        slug = ctx.free_slug(name, ctx.tag_slugs, taken, 120)
        taken.add(slug)
        rows.append((name, slug))

    def insert():
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO articles_tag (name, slug) SELECT v.name, v.slug"
                " FROM unnest(%s::text[], %s::text[]) AS v(name, slug) ORDER BY v.name"
                " ON CONFLICT DO NOTHING RETURNING name, id",
                [[name for name, _ in rows], [slug for _, slug in rows]],
            )
            return cursor.fetchall()

    for name, pk in _retrying(insert):
        ctx.tags[name.lower()] = pk
    ctx.tag_slugs |= taken
    missing = [key for key in planned if not ctx.tag_id(key)]
    if missing:
        stored = Tag.objects.annotate(key=Lower("name")).filter(key__in=missing)
        for pk, name in stored.values_list("pk", "name"):
            ctx.tags[name.lower()] = pk
    for key in missing:
        if not ctx.tag_id(key):  # a slug taken meanwhile: the slow way
            with transaction.atomic():
                tag_get_or_create(ctx, planned[key])
            ctx.commit_pending()


def _person_known(ctx: LoadContext, found) -> int:
    for form in (found.name, *found.aliases):
        pk = ctx.person_id(form)
        if pk:
            return pk
    raise _Unresolved(found.name)


def _tag_known(ctx: LoadContext, name: str) -> int | None:
    name = _cut(name, Tag, "name")
    if not name:
        return None
    pk = ctx.tag_id(name)
    if not pk:
        raise _Unresolved(name)
    return pk


def _article_insert_sql(ctx: LoadContext, pk: int, path: str, parsed, extraction, document):
    """Return (sql, params) writing a new article and all its links in one round trip.

    The links go first: their triggers then find no article row to refresh, and the article
    row is inserted once with its link arrays already filled (foreign keys are checked at
    commit). The statements of one query run as one transaction.
    """
    wanted = _links_wanted(
        ctx, extraction, set(), lambda f: _person_known(ctx, f), lambda n: _tag_known(ctx, n)
    )
    fields = _article_fields(parsed, extraction)
    persons = wanted[ArticlePerson]
    codes = {c.code.upper() for c in extraction.countries}
    linked_codes = tuple(
        dict.fromkeys(
            c.code.upper() for c in extraction.countries if ctx.countries.get(c.code.upper())
        )
    )
    person_names = tuple(ctx.person_names.get(link["person_id"]) for link in persons)
    if None in person_names:  # a name this run did not learn: index_articles reads it
        raise _Unresolved(extraction)
    if document is None or (person_names, linked_codes) != (
        document.person_names,
        document.country_codes,
    ):
        vector = _document_vector(
            fields, person_names, [ctx.country_names[c] for c in linked_codes]
        )
    else:
        vector = document.vector
    article = Article(
        pk=pk,
        **fields,
        source_file=_cut(parsed.file_name, Article, "source_file"),
        source_path=_cut(path or parsed.source_name, Article, "source_path"),
        content_hash=parsed.sha256,
        identity_key=identity_key(parsed.date, parsed.outlet, parsed.title),
        locked_fields=[],
        replaced_hashes=[],
        search_vector=vector,
        country_codes=sorted(c for c in codes if c in ctx.countries),
        person_ids=sorted(link["person_id"] for link in persons),
        speaker_ids=sorted(link["person_id"] for link in persons if link["speaker"]),
        tag_ids=sorted(link["tag_id"] for link in wanted[ArticleTag]),
    )
    statements, params = [], []
    quote = connection.ops.quote_name
    for model, rows in wanted.items():
        if not rows:
            continue
        columns = ["article_id", *rows[0]]
        row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
        statements.append(
            f"INSERT INTO {model._meta.db_table} ({', '.join(map(quote, columns))}) VALUES "
            + ", ".join([row_sql] * len(rows))
        )
        for row in rows:
            params += [pk, *row.values()]
    columns, values = [], []
    for f in Article._meta.concrete_fields:
        columns.append(quote(f.column))
        values.append("%s::tsvector" if f.name == "search_vector" else "%s")
        params.append(f.get_db_prep_save(f.pre_save(article, add=True), connection))
    statements.append(
        f"INSERT INTO {Article._meta.db_table} ({', '.join(columns)}) VALUES ({', '.join(values)})"
    )
    return ";\n".join(statements), params


def _article_insert(ctx: LoadContext, pk: int, path: str, parsed, extraction, document) -> bool:
    """Write a new article in one round trip; False when it must take the one-by-one path."""
    try:
        sql, params = _article_insert_sql(ctx, pk, path, parsed, extraction, document)
    except _Unresolved:
        return False
    try:
        if connection.in_atomic_block:  # a dry run: keep the outer transaction usable
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, params)
        else:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
    except (IntegrityError, OperationalError, DataError):
        # Stored meanwhile by a concurrent import (or refused): article_upsert decides.
        return False
    return True


class Written(NamedTuple):
    """What `articles_write` did with one article."""

    path: str
    outcome: str
    article_id: int | None
    problem: str | None = None  # why the database refused it (outcome FAILED)
    indexed: bool = False  # its search vector is stored already


def articles_write(ctx: LoadContext, items: Sequence[tuple]) -> Iterator[Written]:
    """Write a batch of (source path, parsed, extraction, SearchDocument or None), in order.

    New articles (neither hash nor identity stored) take the batched path and are stored with
    their search vector; the rest go through `article_upsert`, and the caller indexes those it
    created or updated (`indexed` is False).
    """
    keys = [identity_key(p.date, p.outlet, p.title) for _, p, _, _ in items]
    hashes = [p.sha256 for _, p, _, _ in items]
    known: set[str] = set()
    for content_hash, key, replaced in Article.objects.filter(
        Q(content_hash__in=hashes) | Q(identity_key__in=keys) | Q(replaced_hashes__overlap=hashes)
    ).values_list("content_hash", "identity_key", "replaced_hashes"):
        known.update((content_hash, key, *replaced))
    fresh = [
        i
        for i, (_, parsed, _, _) in enumerate(items)
        if parsed.sha256 not in known and keys[i] not in known
    ]
    ids: dict[int, int] = {}
    if fresh:
        extractions = [items[i][2] for i in fresh]
        _people_prepare(ctx, extractions)
        _tags_prepare(ctx, extractions)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [Article._meta.db_table, len(fresh)],
            )
            ids = dict(zip(fresh, (row[0] for row in cursor.fetchall()), strict=True))
    for i, (path, parsed, extraction, document) in enumerate(items):
        if i in ids and _article_insert(ctx, ids[i], path, parsed, extraction, document):
            yield Written(path, CREATED, ids[i], indexed=True)
            continue
        try:
            outcome, pk = article_upsert(ctx, parsed, extraction, source_path=path)
        except (DataError, IntegrityError) as error:
            yield Written(path, FAILED, None, f"the database refused the article: {error}".strip())
            continue
        yield Written(path, outcome, pk)


# --- re-extraction ----------------------------------------------------------------------------


def parsed_from_article(article: Article):
    """Return a ParsedArticle rebuilt from a stored article (what extraction reads)."""
    from articles.importer.parse import ParsedArticle

    return ParsedArticle(
        source_name=article.source_file,
        sha256=article.content_hash,
        date=article.date,
        date_month_only=article.date_month_only,
        title=article.title,
        title_derived=article.title_derived,
        lead=article.lead,
        paragraphs=tuple(article.paragraphs),
        views=article.views,
        rubric=article.rubric or None,
        photo_credit=article.photo_credit or None,
        hashtags=tuple(link.tag.name for link in article.tag_links.all()),
        outlet=article.outlet or None,
        language=article.language,
    )


def article_relink(ctx: LoadContext, article_id: int, extraction) -> str:
    """Apply a fresh extraction to a stored article in one transaction; return the outcome."""
    return _article_transaction(ctx, lambda: _article_relink_once(ctx, article_id, extraction))


def _article_relink_once(ctx: LoadContext, article_id: int, extraction) -> str:
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None:  # deleted by an admin meanwhile
        return UNCHANGED
    changed = article_links_set(
        ctx,
        article,
        extraction,
        rejected_persons=article.rejected_persons.values_list("pk", flat=True),
        rejected_countries=article.rejected_countries.values_list("pk", flat=True),
    )
    locked = set(article.locked_fields)
    for name in ("outlet", "language"):
        value = _cut(getattr(extraction, name), Article, name)
        if name not in locked and value and value != getattr(article, name):
            setattr(article, name, value)
            changed = True
    if changed:
        article.save()
    return UPDATED if changed else UNCHANGED


def article_reextract(
    articles,
    *,
    jobs: int = 1,
    batch_size: int = 200,
    progress: Callable[[str, str], None] | None = None,
    run: ImportRun | None = None,
):
    """Re-run extraction over stored articles under the import's rules; return an ImportSummary.

    `articles` is a queryset of Article. Locked link sets, rejected links and merged people are
    respected; an article whose links do not change counts as unchanged.
    """
    from articles.importer import ImportSummary
    from articles.importer.parse import DumpError
    from articles.importer.pipeline import Workers, batched
    from articles.search import index_articles

    summary = ImportSummary()
    ctx = LoadContext(run)
    ids = articles.order_by("pk").values_list("pk", flat=True)
    with Workers(jobs, ctx.known_names) as workers:
        for id_batch in batched(ids.iterator(chunk_size=batch_size), batch_size):
            stored = Article.objects.filter(pk__in=id_batch).prefetch_related("tag_links__tag")
            items = [(a.pk, parsed_from_article(a)) for a in stored]
            touched = []
            for (pk, parsed), result in zip(items, workers.extract(items), strict=True):
                if isinstance(result, DumpError):
                    outcome = FAILED
                    summary.problems.append((result.path, result.line, result.reason))
                else:
                    outcome = article_relink(ctx, pk, result)
                    if outcome == UPDATED:
                        touched.append(pk)
                summary.count(outcome)
                if progress:
                    progress(outcome, parsed.source_name)
            if touched:
                index_articles(touched)
    if run is not None:
        import_problems_add(run, summary.problems)
    return summary


# --- runs -------------------------------------------------------------------------------------


def import_run_start(command: str, arguments: dict, *, dry_run: bool) -> ImportRun:
    """Record the start of a run."""
    return ImportRun.objects.create(command=command, arguments=arguments, dry_run=dry_run)


def import_run_progress(run: ImportRun, summary) -> None:
    """Store a running import's counts so far (the admin shows them while it runs)."""
    for outcome in OUTCOMES:
        setattr(run, outcome, getattr(summary, outcome))
    run.save(update_fields=list(OUTCOMES))


def import_run_finish(run: ImportRun, summary, *, status: str | None = None) -> None:
    """Record a run's counts, end time and status."""
    for outcome in OUTCOMES:
        setattr(run, outcome, getattr(summary, outcome))
    run.finished_at = timezone.now()
    run.status = status or (ImportRun.Status.FAILED if summary.failed else ImportRun.Status.OK)
    run.save()


def import_problems_add(run: ImportRun, problems: Iterable[tuple]) -> None:
    """Record failed files as (path, line, reason)."""
    problems = list(problems)
    if not problems:
        return
    ImportProblem.objects.bulk_create(
        ImportProblem(run=run, path=path[:1000], line=line, reason=reason)
        for path, line, reason in problems
    )


def articles_index_missing() -> None:
    """Index articles a crashed run committed but did not index yet."""
    from articles.search import index_articles

    ids = list(Article.objects.filter(search_vector__isnull=True).values_list("pk", flat=True))
    for start in range(0, len(ids), 1000):
        index_articles(ids[start : start + 1000])
