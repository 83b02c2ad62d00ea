"""The archive's data: articles, the people and countries they name, and the imports."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.text import latin_slug


def _ranked_by_array(queryset, *, unnest: str, having: str, value, key: str, exclude, limit: int):
    """Return `queryset`'s rows found in `unnest` of the articles whose `having` holds `value`.

    Each row gets `shared` (number of such articles), most first then by `__str__`. One pass
    over the matching articles' link arrays (GIN index), then one query for the rows.
    """
    allowed_sql, allowed_params = queryset.order_by().values(key).query.sql_with_params()
    value_type = "bigint" if having.endswith("_ids") else "varchar"
    key_type = "bigint" if unnest.endswith("_ids") else "varchar"
    sql = (
        f"SELECT x, count(*) AS n FROM articles_article a, unnest(a.{unnest}) x "
        f"WHERE a.{having} @> %s::{value_type}[] AND x IN ({allowed_sql}) "
        f"AND x IS DISTINCT FROM %s::{key_type} "
        "GROUP BY x ORDER BY n DESC, x LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [[value], *allowed_params, exclude, limit])
        counts = dict(cursor.fetchall())
    rows = list(queryset.filter(**{f"{key}__in": list(counts)}))
    for row in rows:
        row.shared = counts[getattr(row, key)]
    return sorted(rows, key=lambda row: (-row.shared, str(row)))


class CountryQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate `article_count` and `about_count` (articles it is in the headline of)."""
        return self.annotate(
            article_count=Count("article_links"),
            about_count=Count("article_links", filter=Q(article_links__in_headline=True)),
        )

    def appearing(self):
        """Countries named in at least one article, most written about first, with counts."""
        return self.with_counts().filter(article_count__gt=0).order_by("-article_count", "name_ru")

    def met_by(self, person, limit: int = 12) -> list:
        """Return countries in `person`'s articles (their own excluded), with `shared`."""
        own = person.country.code if person.country_id else None
        return _ranked_by_array(
            self, unnest="country_codes", having="person_ids", value=person.pk, key="code",
            exclude=own, limit=limit,
        )  # fmt: skip

    def appearing_with(self, country, limit: int = 12) -> list:
        """Return other countries named in `country`'s articles, with `shared`, most first."""
        return _ranked_by_array(
            self, unnest="country_codes", having="country_codes", value=country.code, key="code",
            exclude=country.code, limit=limit,
        )  # fmt: skip


class Country(models.Model):
    """A state (ISO 3166-1). Every state exists from the first migration on.

    What matches a country in text lives in `fixtures/gazetteer.json`; `aliases` holds the extra
    forms admins add on top of it, and extraction uses both.
    """

    code = models.CharField(_("ISO-код"), max_length=2, unique=True)
    name_ru = models.CharField(_("название (рус.)"), max_length=120)
    name_kk = models.CharField(_("название (каз.)"), max_length=120, blank=True)
    name_en = models.CharField(_("название (англ.)"), max_length=120, blank=True)
    slug = models.SlugField(max_length=2, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=120),
        default=list,
        blank=True,
        verbose_name=_("дополнительные формы"),
        help_text=_("Формы названия, которые извлечение должно узнавать сверх справочника."),
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name_ru"]
        verbose_name = _("страна")
        verbose_name_plural = _("страны")
        constraints = [
            models.CheckConstraint(condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_iso2")
        ]

    def __str__(self):
        return self.name_ru

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        self.slug = self.code.lower()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:country-detail", args=[self.code])


def _count_of(model, field: str, **filters):
    """Return a correlated `count(*)` of `model` rows whose `field` is the outer row."""
    rows = (
        model.objects.filter(**{field: OuterRef("pk")}, **filters)
        .order_by()
        .values(field)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


class PersonQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate `article_count`, `speaker_count` (articles quoting them) and `quote_count`."""
        return self.annotate(
            article_count=_count_of(ArticlePerson, "person"),
            speaker_count=_count_of(ArticlePerson, "person", speaker=True),
            quote_count=_count_of(Quote, "person"),
        )

    def ranked_counts(self) -> list[tuple[int, int, int, int]]:
        """Return `(pk, article_count, speaker_count, quote_count)` of the people with articles.

        Most written about first, then by name. One grouped pass over all the links rather than
        `with_counts`'s three counts per person, which the people list would run for everyone.
        """
        people_sql, params = self.order_by().values("pk").query.sql_with_params()
        sql = f"""
            SELECT p.id, a.n, a.s, coalesce(q.n, 0) FROM {Person._meta.db_table} p
            JOIN (SELECT person_id, count(*) AS n, count(*) FILTER (WHERE speaker) AS s
                  FROM {ArticlePerson._meta.db_table} GROUP BY person_id) a ON a.person_id = p.id
            LEFT JOIN (SELECT person_id, count(*) AS n FROM {Quote._meta.db_table}
                       GROUP BY person_id) q ON q.person_id = p.id
            WHERE p.id IN ({people_sql})
            ORDER BY a.n DESC, p.name, p.id
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [tuple(row) for row in cursor.fetchall()]

    def matching(self, text: str):
        """People whose name or any alias contains `text` (case-insensitive)."""
        text = text.strip()
        if not text:
            return self
        aliases = PersonAlias.objects.filter(person=OuterRef("pk"), name__icontains=text)
        return self.filter(Q(name__icontains=text) | Exists(aliases))

    def in_country(self, code: str):
        return self.filter(country__code=code.upper())

    def speakers(self):
        """People quoted directly in at least one article."""
        return self.filter(
            Exists(ArticlePerson.objects.filter(person=OuterRef("pk"), speaker=True))
        )

    def appearing_with(self, person, limit: int = 12) -> list:
        """Return other people in `person`'s articles, with `shared` (articles in common)."""
        return _ranked_by_array(
            self, unnest="person_ids", having="person_ids", value=person.pk, key="pk",
            exclude=person.pk, limit=limit,
        )  # fmt: skip

    def appearing_with_country(self, country, limit: int = 12) -> list:
        """Return people in articles naming `country`, with `shared` (such articles)."""
        return _ranked_by_array(
            self, unnest="person_ids", having="country_codes", value=country.code, key="pk",
            exclude=None, limit=limit,
        )  # fmt: skip


class Person(models.Model):
    """A person named in articles, under one canonical Russian nominative name (`Ерлан Кошанов`)."""

    name = models.CharField(_("имя"), max_length=200, unique=True)
    slug = models.SlugField(max_length=220, unique=True)
    position = models.CharField(_("должность"), max_length=300, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("страна"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    created_by_run = models.ForeignKey(
        "ImportRun",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("персона")
        verbose_name_plural = _("персоны")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Person, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:person-detail", args=[self.slug])


class PersonAlias(models.Model):
    """Another surface form of a person's name; any alias resolves to exactly one person."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("форма имени"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("форма имени")
        verbose_name_plural = _("формы имени")
        constraints = [models.UniqueConstraint(Lower("name"), name="person_alias_unique_ci")]

    def __str__(self):
        return self.name


class TagQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate `article_count`."""
        return self.annotate(article_count=Count("article_links"))


class Tag(models.Model):
    name = models.CharField(_("тег"), max_length=100)
    slug = models.SlugField(max_length=120, unique=True)

    objects = TagQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("тег")
        verbose_name_plural = _("теги")
        constraints = [models.UniqueConstraint(Lower("name"), name="tag_name_unique_ci")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Tag, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:tag-detail", args=[self.slug])


class TagAlias(models.Model):
    """Another spelling of a tag (e.g. a merged tag's name); any alias resolves to one tag."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("форма тега"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("форма тега")
        verbose_name_plural = _("формы тега")
        constraints = [models.UniqueConstraint(Lower("name"), name="tag_alias_unique_ci")]

    def __str__(self):
        return self.name


class ArticleQuerySet(models.QuerySet):
    def search(self, query: str):
        """Filter to articles matching a websearch-syntax query, annotated with `rank`."""
        from articles.search import search_articles

        return search_articles(self, query)

    def for_export(self):
        """Prefetch everything `articles.exports.article_as_dict` reads."""
        return self.prefetch_related(
            models.Prefetch("tag_links", queryset=ArticleTag.objects.select_related("tag")),
            models.Prefetch(
                "person_links",
                queryset=ArticlePerson.objects.select_related("person__country").order_by(
                    "-speaker", "-mentions", "person__name"
                ),
            ),
            models.Prefetch(
                "country_links",
                queryset=ArticleCountry.objects.select_related("country").order_by("country__code"),
            ),
            models.Prefetch("quotes", queryset=Quote.objects.select_related("person")),
        )


class Article(models.Model):
    """One news article, loaded from one dump file and corrected by admins.

    `identity_key` (date, outlet and normalised title at import time) tells an edited version of
    an article from a new one; `content_hash` tells byte-identical duplicates. Fields listed in
    `locked_fields` were edited by an admin and are never overwritten by an import.
    """

    title = models.CharField(_("заголовок"), max_length=500)
    title_derived = models.BooleanField(
        _("заголовок выведен"), default=False, help_text=_("На странице не было заголовка.")
    )
    date = models.DateField(_("дата"), db_index=True)
    date_month_only = models.BooleanField(_("известен только месяц"), default=False)
    lead = models.TextField(_("лид"), blank=True)
    body = models.TextField(_("текст"), blank=True)
    views = models.PositiveIntegerField(_("просмотры"), null=True, blank=True)
    rubric = models.CharField(_("рубрика"), max_length=200, blank=True)
    photo_credit = models.CharField(_("фото"), max_length=300, blank=True)
    outlet = models.CharField(_("издание"), max_length=100, blank=True, db_index=True)
    language = models.CharField(_("язык"), max_length=8, db_index=True)
    source_file = models.CharField(_("файл"), max_length=255)
    source_path = models.CharField(_("путь при импорте"), max_length=1000, blank=True)
    content_hash = models.CharField(_("SHA-256"), max_length=64, unique=True)
    identity_key = models.CharField(max_length=64, unique=True, editable=False)
    locked_fields = ArrayField(
        models.CharField(max_length=40),
        default=list,
        blank=True,
        verbose_name=_("поля, исправленные вручную"),
    )
    # Hashes of earlier versions of this article's file, replaced by an update: importing one
    # again is `unchanged`, so a dump holding two versions does not flip between them.
    replaced_hashes = ArrayField(
        models.CharField(max_length=64), default=list, blank=True, editable=False
    )
    search_vector = SearchVectorField(null=True, editable=False)
    # Denormalised copies of the article's links for GIN-indexed filters and one-pass facets.
    # Kept right by database triggers (migration 0003) whatever writes the links; never edit.
    country_codes = ArrayField(
        models.CharField(max_length=2), default=list, blank=True, editable=False
    )
    person_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    speaker_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    tag_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    persons = models.ManyToManyField(
        Person, through="ArticlePerson", related_name="articles", verbose_name=_("персоны")
    )
    countries = models.ManyToManyField(
        Country, through="ArticleCountry", related_name="articles", verbose_name=_("страны")
    )
    tags = models.ManyToManyField(
        Tag, through="ArticleTag", blank=True, related_name="articles", verbose_name=_("теги")
    )
    rejected_persons = models.ManyToManyField(
        Person, blank=True, related_name="+", verbose_name=_("отклонённые персоны")
    )
    rejected_countries = models.ManyToManyField(
        Country, blank=True, related_name="+", verbose_name=_("отклонённые страны")
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("статья")
        verbose_name_plural = _("статьи")
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            models.Index(fields=["-date", "-id"], name="article_newest"),
            models.Index(fields=["updated_at"], name="article_updated"),
            GinIndex(fields=["country_codes"], name="article_country_codes_gin"),
            GinIndex(fields=["person_ids"], name="article_person_ids_gin"),
            GinIndex(fields=["speaker_ids"], name="article_speaker_ids_gin"),
            GinIndex(fields=["tag_ids"], name="article_tag_ids_gin"),
            GinIndex(fields=["replaced_hashes"], name="article_replaced_hashes_gin"),
            # The admin's "corrected by hand" filter: a few articles among many.
            models.Index(
                fields=["-date", "-id"], name="article_locked", condition=~Q(locked_fields=[])
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:article-detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return latin_slug(self.title)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class ArticlePerson(models.Model):
    """A person named in an article; `speaker` when the article quotes their own words."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="person_links")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="article_links")
    mentions = models.PositiveIntegerField(_("упоминаний"), default=1)
    speaker = models.BooleanField(_("цитируется"), default=False)
    position = models.CharField(_("должность в статье"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("персона в статье")
        verbose_name_plural = _("персоны в статье")
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="article_person_unique")
        ]
        indexes = [models.Index(fields=["person", "article"], name="articleperson_person")]

    def __str__(self):
        return f"{self.person} — {self.article_id}"


class ArticleCountry(models.Model):
    """A country named in an article; `in_headline` when the title or lead names it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="article_links")
    mentions = models.PositiveIntegerField(_("упоминаний"), default=1)
    in_headline = models.BooleanField(_("в заголовке или лиде"), default=False)

    class Meta:
        verbose_name = _("страна в статье")
        verbose_name_plural = _("страны в статье")
        constraints = [
            models.UniqueConstraint(fields=["article", "country"], name="article_country_unique")
        ]
        indexes = [models.Index(fields=["country", "article"], name="articlecountry_country")]

    def __str__(self):
        return f"{self.country} — {self.article_id}"


class ArticleTag(models.Model):
    """A tag of an article, kept in the order the page lists its hashtags."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="tag_links")
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="article_links")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("тег статьи")
        verbose_name_plural = _("теги статьи")
        constraints = [
            models.UniqueConstraint(fields=["article", "tag"], name="article_tag_unique")
        ]
        indexes = [models.Index(fields=["tag", "article"], name="articletag_tag")]

    def __str__(self):
        return f"{self.tag} — {self.article_id}"


class Quote(models.Model):
    """Direct speech of a person in an article, in the order it appears."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(_("цитата"))
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["article", "order"]
        verbose_name = _("цитата")
        verbose_name_plural = _("цитаты")

    def __str__(self):
        return f"{self.person}: {self.text[:60]}"


class ImportRun(models.Model):
    """One run of `import_dumps` or `reextract`: its arguments, counts and duration."""

    class Status(models.TextChoices):
        RUNNING = "running", _("идёт")
        OK = "ok", _("успешно")
        FAILED = "failed", _("с ошибками")
        INTERRUPTED = "interrupted", _("прерван")

    command = models.CharField(_("команда"), max_length=40)
    arguments = models.JSONField(_("аргументы"), default=dict)
    dry_run = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.RUNNING)
    started_at = models.DateTimeField(_("начат"), auto_now_add=True)
    finished_at = models.DateTimeField(_("окончен"), null=True, blank=True)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    duplicate = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("импорт")
        verbose_name_plural = _("импорты")

    def __str__(self):
        return f"{self.command} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return self.finished_at - self.started_at if self.finished_at else None


class ImportProblem(models.Model):
    """A file that failed to import, with the line and the reason."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="problems")
    path = models.CharField(_("файл"), max_length=1000)
    line = models.PositiveIntegerField(_("строка"), null=True, blank=True)
    reason = models.TextField(_("причина"))

    class Meta:
        ordering = ["run", "id"]
        verbose_name = _("ошибка импорта")
        verbose_name_plural = _("ошибки импорта")

    def __str__(self):
        return f"{self.path}:{self.line or ''} {self.reason}"


def unique_slug(model: type[models.Model], text: str) -> str:
    """Return a slug for `text` not yet used by `model` (suffixing -2, -3 … when taken)."""
    base = latin_slug(text)
    taken = set(
        model.objects.filter(slug__regex=rf"^{base}(-[0-9]+)?$").values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
