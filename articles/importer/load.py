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
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
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
        self.person_slugs: set[str] = set()
        for pk, name, slug, position, country_id in Person.objects.values_list(
            "pk", "name", "slug", "position", "country_id"
        ).iterator(chunk_size=5000):
            self.people[name.lower()] = pk
            self.person_facts[pk] = [position, country_id]
            self.person_slugs.add(slug)
        self.tags: dict[str, int] = {}
        self.tag_slugs: set[str] = set()
        for pk, name, slug in Tag.objects.values_list("pk", "name", "slug"):
            self.tags[name.lower()] = pk
            self.tag_slugs.add(slug)
        self.countries: dict[str, int] = dict(Country.objects.values_list("code", "pk"))
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
            _aliases_add(ctx, pk, [a for a in found.aliases if a.lower() != name.lower()])
            return pk
        # Another process created this person (or took the slug) since the maps were built.
        existing = Person.objects.filter(name=name).values_list("pk", "position", "country_id")
        if existing:
            pk, known_position, known_country = existing[0]
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
    locked = set(article.locked_fields)
    changed = False
    if "persons" not in locked:
        rejected = set(rejected_persons)
        by_name: dict[str, int] = {}
        links: dict[int, dict] = {}
        for found in sorted(extraction.persons, key=lambda p: p.name):
            pk = person_get_or_create(ctx, found)
            by_name[found.name] = pk
            if pk in rejected:
                continue
            link = links.setdefault(
                pk, {"person_id": pk, "mentions": 0, "speaker": False, "position": ""}
            )
            link["mentions"] += found.mentions
            link["speaker"] = link["speaker"] or found.speaker
            link["position"] = link["position"] or _cut(found.position, ArticlePerson, "position")
        changed |= _links_sync(ArticlePerson, article.pk, list(links.values()), fresh=fresh)
        quotes = [
            {"person_id": by_name[q.person], "text": q.text, "order": order}
            for order, q in enumerate(
                q for q in extraction.quotes if by_name.get(q.person) in links
            )
        ]
        changed |= _links_sync(Quote, article.pk, quotes, fresh=fresh)
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
        changed |= _links_sync(ArticleCountry, article.pk, list(countries.values()), fresh=fresh)
    if "tags" not in locked:
        tags: dict[int, dict] = {}
        for name in sorted(set(extraction.tags), key=extraction.tags.index):
            pk = tag_get_or_create(ctx, name)
            if pk and pk not in tags:
                tags[pk] = {"tag_id": pk, "order": len(tags)}
        changed |= _links_sync(ArticleTag, article.pk, list(tags.values()), fresh=fresh)
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
    for attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                result = _article_upsert_once(ctx, parsed, extraction, source_path)
        except (IntegrityError, OperationalError) as error:
            ctx.pending = _Pending()
            # A unique collision or a deadlock with a concurrent import: the other process's
            # rows are committed now, so the next attempt reads them.
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
    for attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
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
        except (IntegrityError, OperationalError) as error:
            ctx.pending = _Pending()
            if attempt == MAX_ATTEMPTS - 1 or not _is_conflict(error):
                raise
            continue
        ctx.commit_pending()
        return UPDATED if changed else UNCHANGED
    raise AssertionError("unreachable")


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
    from articles.importer.pipeline import Failure, Workers, batched
    from articles.search import index_articles

    summary = ImportSummary()
    ctx = LoadContext(run)
    ids = articles.order_by("pk").values_list("pk", flat=True)
    with Workers(jobs, ctx.known_names()) as workers:
        for id_batch in batched(ids.iterator(chunk_size=batch_size), batch_size):
            stored = Article.objects.filter(pk__in=id_batch).prefetch_related("tag_links__tag")
            items = [(a.pk, parsed_from_article(a)) for a in stored]
            touched = []
            for (pk, parsed), result in zip(items, workers.extract(items), strict=True):
                if isinstance(result, Failure):
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
