"""Django admin: the curation desk.

Admins fix what extraction got wrong, and every fix survives later imports (design rule 3): an
edited article field or link set is added to `locked_fields`, a removed person or country is
recorded as rejected, a merged person leaves its names behind as aliases of the survivor. The
writes themselves live in `articles.services`.
"""

import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.contrib.postgres.forms import SimpleArrayField
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models import (
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import models, services
from articles.search import index_articles

#: Article fields an edit locks; the link sets ("persons", …) are locked by their inlines.
ARTICLE_LOCKABLE = frozenset(services.LOCKABLE_FIELDS) - {"persons", "countries", "tags"}


def count_of(model, field: str, *, value: str | None = None):
    """Return a correlated subquery counting (or summing `value` of) `model` rows per object.

    A subquery is evaluated only for the rows on the page, where a join with GROUP BY would
    aggregate the whole table before the LIMIT.
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field)
    rows = rows.annotate(n=Sum(value) if value else Count("pk")).values("n")
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


# --- merges -----------------------------------------------------------------------------------


def merge_selected(modeladmin, request, queryset, *, merge, action: str):
    """Ask which of the selected objects survives, then merge the others into it."""
    opts = modeladmin.model._meta
    objects = list(queryset)
    if len(objects) < 2:
        modeladmin.message_user(
            request, _("Выберите хотя бы два объекта для объединения."), messages.WARNING
        )
        return None
    if request.POST.get("post") == "yes":
        survivor = next((o for o in objects if str(o.pk) == request.POST.get("survivor")), None)
        if survivor is None:
            modeladmin.message_user(request, _("Выберите, что останется."), messages.ERROR)
        else:
            duplicates = [o for o in objects if o.pk != survivor.pk]
            names = ", ".join(str(o) for o in duplicates)
            with transaction.atomic():
                modeladmin.log_deletions(request, duplicates)
                merge(survivor=survivor, duplicates=duplicates)
                modeladmin.log_change(request, survivor, f"Объединено с: {names}")
            modeladmin.message_user(
                request,
                _("«%(names)s» объединено с «%(survivor)s».")
                % {"names": names, "survivor": survivor},
                messages.SUCCESS,
            )
            return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Объединить: %(name)s") % {"name": opts.verbose_name_plural},
        "subtitle": None,
        "objects": objects,
        "default_survivor": objects[0].pk,
        "opts": opts,
        "app_label": opts.app_label,
        "action": action,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    return TemplateResponse(
        request,
        [
            f"admin/{opts.app_label}/{opts.model_name}/merge_confirmation.html",
            f"admin/{opts.app_label}/merge_confirmation.html",
        ],
        context,
    )


# --- countries --------------------------------------------------------------------------------


class LinesField(SimpleArrayField):
    """An array edited one item per line; blank lines are ignored."""

    def to_python(self, value):
        if isinstance(value, str):
            value = "\n".join(line.strip() for line in value.splitlines() if line.strip())
        return super().to_python(value)


class CountryForm(forms.ModelForm):
    aliases = LinesField(
        forms.CharField(max_length=120),
        delimiter="\n",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        label=_("дополнительные формы"),
        help_text=_(
            "По одной на строку: формы названия, которые извлечение должно узнавать "
            "сверх справочника (например, «РБ», «белорусская сторона»)."
        ),
    )

    class Meta:
        model = models.Country
        fields = ["code", "name_ru", "name_kk", "name_en", "aliases"]

    def clean_aliases(self):
        seen, forms_ = set(), []
        for alias in self.cleaned_data["aliases"]:
            alias = alias.strip()
            if alias and alias.lower() not in seen:
                seen.add(alias.lower())
                forms_.append(alias)
        return forms_


@admin.register(models.Country)
class CountryAdmin(admin.ModelAdmin):
    form = CountryForm
    list_display = ["code", "name_ru", "name_kk", "name_en", "alias_list"]
    list_display_links = ["code", "name_ru"]
    search_fields = ["code", "name_ru", "name_kk", "name_en"]
    readonly_fields = ["slug"]

    @admin.display(description=_("дополнительные формы"))
    def alias_list(self, obj):
        return ", ".join(obj.aliases)


# --- people -----------------------------------------------------------------------------------


class PersonAliasInline(admin.TabularInline):
    model = models.PersonAlias
    extra = 1


class ReviewFilter(admin.SimpleListFilter):
    """People an import created that deserve a second look: one mention, no known alias."""

    title = _("проверка извлечения")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("latest", _("новые в последнем импорте: одно упоминание, без форм имени"))]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "latest":
            run = models.ImportRun.objects.filter(
                pk__in=models.Person.objects.values("created_by_run")
            ).first()  # ImportRun's ordering is newest first
            run_id = run.pk if run else None
        elif value and value.isdigit():
            run_id = int(value)
        else:
            return queryset
        mentions = count_of(models.ArticlePerson, "person", value="mentions")
        return (
            queryset.filter(created_by_run_id=run_id)
            .annotate(total_mentions=mentions)
            .filter(total_mentions=1)
            .exclude(Exists(models.PersonAlias.objects.filter(person=OuterRef("pk"))))
        )


@admin.register(models.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "country", "article_count", "quote_count"]
    list_filter = [ReviewFilter, ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country"]
    search_fields = ["name", "aliases__name", "position"]
    autocomplete_fields = ["country"]
    readonly_fields = ["slug", "created_by_run", "created_at"]
    inlines = [PersonAliasInline]
    actions = ["merge_people"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                article_count=count_of(models.ArticlePerson, "person"),
                quote_count=count_of(models.Quote, "person"),
            )
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            # Articles are found by the canonical names of their people (search.py).
            index_articles(obj.article_links.values_list("article_id", flat=True))

    @admin.display(description=_("статей"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description=_("цитат"), ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count

    @admin.action(description=_("Объединить выбранных персон…"), permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        queryset = queryset.order_by("-article_count", "name")
        return merge_selected(
            self, request, queryset, merge=services.person_merge, action="merge_people"
        )


@admin.register(models.PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "person"]
    list_select_related = ["person"]
    search_fields = ["name", "person__name"]
    autocomplete_fields = ["person"]


# --- tags -------------------------------------------------------------------------------------


class TagAliasInline(admin.TabularInline):
    model = models.TagAlias
    extra = 1


@admin.register(models.Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "aliases__name"]
    readonly_fields = ["slug"]
    inlines = [TagAliasInline]
    actions = ["merge_tags"]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(article_count=count_of(models.ArticleTag, "tag"))
        )

    @admin.display(description=_("статей"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.action(description=_("Объединить выбранные теги…"), permissions=["change", "delete"])
    def merge_tags(self, request, queryset):
        queryset = queryset.order_by("-article_count", "name")
        return merge_selected(
            self, request, queryset, merge=services.tag_merge, action="merge_tags"
        )


# --- articles ---------------------------------------------------------------------------------


def cardinality(field: str):
    """Return the length of an array column."""
    return Func(F(field), function="cardinality", output_field=IntegerField())


class ArticleListQuerySet(models.ArticleQuerySet):
    """The changelist's articles: `dates()` probes periods instead of scanning every match."""

    def dates(self, field_name, kind, order="ASC"):
        """Return the years or months that hold at least one article of this queryset.

        The date hierarchy's `SELECT DISTINCT date_trunc(...)` reads every matching row; one
        EXISTS per period between the first and the last date stops at the first row of each.
        """
        if field_name != "date" or kind not in ("year", "month"):
            return super().dates(field_name, kind, order)
        bounds = self.order_by().aggregate(first=Min("date"), last=Max("date"))
        if bounds["first"] is None:
            return []
        periods = list(_periods(bounds["first"], bounds["last"], kind))
        probes, params = [], []
        for start, end in periods:
            rows = self.filter(date__gte=start, date__lt=end).order_by().values("pk")[:1]
            sql, sql_params = rows.query.sql_with_params()
            probes.append(f"EXISTS({sql})")
            params.extend(sql_params)
        with connections[self.db].cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(probes)}", params)
            found = cursor.fetchone()
        starts = [start for (start, _end), hit in zip(periods, found, strict=True) if hit]
        return starts if order == "ASC" else starts[::-1]


def _periods(first: datetime.date, last: datetime.date, kind: str):
    """Yield (start, next start) of every year or month from `first` to `last`."""
    start = first.replace(month=1, day=1) if kind == "year" else first.replace(day=1)
    while start <= last:
        if kind == "year":
            end = start.replace(year=start.year + 1)
        else:
            end = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        yield start, end
        start = end


class CappedPaginator(Paginator):
    """Count a filtered list exactly up to `cap` rows; past it, say "more than `cap`".

    Counting all 80,000 matches of a common word costs more than showing the page; the
    whole table is counted exactly (an index-only scan).
    """

    cap = 10_000
    capped = False  # whether `count` stopped at the cap

    @cached_property
    def count(self):
        if not self.object_list.query.where:
            return self.object_list.count()
        count = self.object_list.order_by().values("pk")[: self.cap + 1].count()
        self.capped = count > self.cap
        return count


class ArticleChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        # The list never shows the texts; leaving them out keeps sorts and scans narrow.
        return (
            super().get_queryset(request, exclude_parameters).defer("lead", "body", "search_vector")
        )


class ArticleForm(forms.ModelForm):
    locked_fields = forms.MultipleChoiceField(
        choices=[(name, name) for name in services.LOCKABLE_FIELDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("поля, исправленные вручную"),
        help_text=_(
            "Импорт и повторное извлечение не меняют отмеченное. Снимите отметку, чтобы снова "
            "доверить поле импорту. Правка поля или списка ставит отметку сама."
        ),
    )

    class Meta:
        model = models.Article
        fields = [
            *("title", "title_derived", "date", "date_month_only", "lead", "body"),
            *("views", "rubric", "photo_credit", "outlet", "language"),
            *("locked_fields", "rejected_persons", "rejected_countries"),
        ]


class ArticlePersonInline(admin.TabularInline):
    model = models.ArticlePerson
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "speaker", "mentions", "position"]


class ArticleCountryInline(admin.TabularInline):
    model = models.ArticleCountry
    extra = 0
    autocomplete_fields = ["country"]
    fields = ["country", "mentions", "in_headline"]


class ArticleTagInline(admin.TabularInline):
    model = models.ArticleTag
    extra = 0
    autocomplete_fields = ["tag"]
    fields = ["tag", "order"]


class QuoteInline(admin.TabularInline):
    model = models.Quote
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "text", "order"]


class CountryFilter(admin.SimpleListFilter):
    title = _("страна")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        linked = models.ArticleCountry.objects.filter(country=OuterRef("pk"))
        return models.Country.objects.filter(Exists(linked)).values_list("code", "name_ru")

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        # `country_codes` mirrors the article's country links (kept by triggers), GIN-indexed.
        return queryset.filter(country_codes__contains=[self.value().upper()])


class LockedFilter(admin.SimpleListFilter):
    title = _("исправления вручную")
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("yes", _("есть")), ("no", _("нет"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset


#: Which link set an inline edits, and so which lock an edit in it sets.
INLINE_LOCKS = {
    models.ArticlePerson: "persons",
    models.Quote: "persons",
    models.ArticleCountry: "countries",
    models.ArticleTag: "tags",
}
# The linked model of each link inline, and the keyword the link services take for it.
LINK_TARGETS = {
    models.ArticlePerson: ("person", models.Person, "persons"),
    models.ArticleCountry: ("country", models.Country, "countries"),
}


@admin.register(models.Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = [
        "date",
        "title",
        "outlet",
        "language",
        "views",
        "person_count",
        "country_count",
        "locks",
    ]
    list_display_links = ["title"]
    list_filter = [LockedFilter, "language", "outlet", CountryFilter]
    date_hierarchy = "date"
    # The search box is shown for a non-empty search_fields; get_search_results replaces them.
    search_fields = ["title"]
    search_help_text = _("Тот же поиск, что на сайте: «точная фраза», OR, -исключить.")
    # An exact count of every match would be a second COUNT(*) over the table on each page.
    show_full_result_count = False
    list_per_page = 50
    readonly_fields = [
        "source_file",
        "source_path",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    autocomplete_fields = ["rejected_persons", "rejected_countries"]
    fieldsets = [
        (None, {"fields": ["title", "title_derived", "date", "date_month_only", "lead", "body"]}),
        (None, {"fields": ["views", "rubric", "photo_credit", "outlet", "language"]}),
        (_("Исправления"), {"fields": ["locked_fields"]}),
        (
            _("Отклонённые связи"),
            {
                "fields": ["rejected_persons", "rejected_countries"],
                "description": _(
                    "Персоны и страны, которые импорт не добавит к статье снова. Удаление строки "
                    "в списках ниже вносит её сюда."
                ),
                "classes": ["collapse"],
            },
        ),
        (
            _("Источник"),
            {
                "fields": [
                    "source_file",
                    "source_path",
                    "content_hash",
                    "created_at",
                    "updated_at",
                ],
                "classes": ["collapse"],
            },
        ),
    ]
    inlines = [ArticlePersonInline, QuoteInline, ArticleCountryInline, ArticleTagInline]
    actions = ["reextract", "unlock"]

    def get_queryset(self, request):
        articles = ArticleListQuerySet(self.model, using=None).annotate(
            # The link arrays mirror the links (triggers keep them), so counting and sorting by
            # the counts reads no other table.
            person_count=cardinality("person_ids"),
            country_count=cardinality("country_codes"),
        )
        return articles.order_by(*(self.get_ordering(request) or ()))

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        return CappedPaginator(queryset, per_page, orphans, allow_empty_first_page)

    def get_search_results(self, request, queryset, search_term):
        """Search with `Article.objects.search()`, exactly as the public site does."""
        if not search_term.strip():
            return queryset, False
        return queryset.search(search_term), False

    def has_add_permission(self, request):
        # Articles come from dump files: an article without one has no identity to keep.
        return False

    @admin.display(description=_("персон"), ordering="person_count")
    def person_count(self, obj):
        return obj.person_count

    @admin.display(description=_("стран"), ordering="country_count")
    def country_count(self, obj):
        return obj.country_count

    @admin.display(description=_("исправлено"))
    def locks(self, obj):
        return ", ".join(obj.locked_fields)

    def save_model(self, request, obj, form, change):
        kept = set(form.cleaned_data.get("locked_fields") or [])
        edited = set(form.changed_data) & ARTICLE_LOCKABLE if change else set()
        obj.locked_fields = [n for n in services.LOCKABLE_FIELDS if n in kept | edited]
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The stored search vector holds the text and the names of the linked people/countries.
        index_articles([form.instance.pk])

    def save_formset(self, request, form, formset, change):
        """Save an inline, then lock its link set and record the links an admin removed."""
        article = form.instance
        target = LINK_TARGETS.get(formset.model)
        removed = [f.instance for f in formset.forms if f in formset.deleted_forms]
        # A row whose person/country was swapped for another removes the old one too.
        swapped = [
            f.initial.get(target[0])
            for f in formset.forms
            if target
            and f.instance.pk
            and f not in formset.deleted_forms
            and target[0] in f.changed_data
        ]
        formset.save()
        if not (formset.new_objects or formset.changed_objects or formset.deleted_objects):
            return
        services.article_lock_fields(article=article, fields=[INLINE_LOCKS[formset.model]])
        if target is None:
            return
        field, model, keyword = target
        gone = {getattr(link, f"{field}_id") for link in removed} | set(filter(None, swapped))
        kept = {getattr(link, f"{field}_id") for link in formset.new_objects} | {
            getattr(link, f"{field}_id") for link, _fields in formset.changed_objects
        }
        services.article_reject_links(
            article=article, **{keyword: model.objects.filter(pk__in=gone - kept)}
        )
        services.article_accept_links(
            article=article, **{keyword: model.objects.filter(pk__in=kept)}
        )

    @admin.action(description=_("Снять отметки «исправлено вручную»"), permissions=["change"])
    def unlock(self, request, queryset):
        changed = services.article_unlock(articles=queryset)
        self.message_user(
            request,
            ngettext("Отметки сняты у %(n)d статьи.", "Отметки сняты у %(n)d статей.", changed)
            % {"n": changed},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Извлечь заново (исправленное вручную не меняется)"),
        permissions=["change"],
    )
    def reextract(self, request, queryset):
        from articles.importer.load import article_reextract, import_run_finish, import_run_start

        ids = list(queryset.values_list("pk", flat=True))
        arguments = {"articles": ids, "user": request.user.get_username()}
        run = import_run_start("admin: reextract", arguments, dry_run=False)
        summary = article_reextract(models.Article.objects.filter(pk__in=ids), run=run)
        import_run_finish(run, summary)
        self.message_user(
            request,
            _(
                "Извлечение повторено: изменено %(updated)d, без изменений %(unchanged)d, "
                "ошибок %(failed)d."
            )
            % {
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "failed": summary.failed,
            },
            messages.WARNING if summary.failed else messages.SUCCESS,
        )


@admin.register(models.Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["person", "article", "text"]
    list_select_related = ["person", "article"]
    search_fields = ["text", "person__name"]
    autocomplete_fields = ["person", "article"]


# --- imports ----------------------------------------------------------------------------------


class ImportProblemInline(admin.TabularInline):
    model = models.ImportProblem
    extra = 0
    fields = readonly_fields = ["path", "line", "reason"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class FailuresFilter(admin.SimpleListFilter):
    title = _("ошибки")
    parameter_name = "failures"

    def lookups(self, request, model_admin):
        return [("yes", _("с ошибками")), ("no", _("без ошибок"))]

    def queryset(self, request, queryset):
        failed = Q(failed__gt=0) | Q(status=models.ImportRun.Status.FAILED)
        if self.value() == "yes":
            return queryset.filter(failed)
        if self.value() == "no":
            return queryset.exclude(failed)
        return queryset


class ReadOnlyAdmin(admin.ModelAdmin):
    """A record of what happened: viewed, never edited (nor deleted) by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = [
        "started_at",
        "command",
        "status",
        "dry_run",
        "created",
        "updated",
        "unchanged",
        "duplicate",
        "failed",
        "duration_display",
        "new_people",
    ]
    list_filter = [FailuresFilter, "status", "command"]
    date_hierarchy = "started_at"
    fields = [
        "command",
        "arguments",
        "dry_run",
        "status",
        "started_at",
        "finished_at",
        "duration_display",
        ("created", "updated", "unchanged", "duplicate", "failed"),
        "new_people",
    ]
    readonly_fields = [
        *("command", "arguments", "dry_run", "status", "started_at", "finished_at"),
        *("duration_display", "created", "updated", "unchanged", "duplicate", "failed"),
        "new_people",
    ]
    inlines = [ImportProblemInline]

    @admin.display(description=_("длительность"))
    def duration_display(self, obj):
        if obj.duration is None:
            return "—"
        seconds = obj.duration.total_seconds()
        minutes, seconds = divmod(seconds, 60)
        return f"{int(minutes)} мин {seconds:.1f} с" if minutes else f"{seconds:.1f} с"

    @admin.display(description=_("проверить"))
    def new_people(self, obj):
        url = reverse("admin:articles_person_changelist")
        return format_html(
            '<a href="{}?{}">{}</a>',
            url,
            urlencode({"review": obj.pk}),
            _("новые персоны с одним упоминанием"),
        )


@admin.register(models.ImportProblem)
class ImportProblemAdmin(ReadOnlyAdmin):
    list_display = ["path", "line", "reason", "run"]
    list_select_related = ["run"]
    search_fields = ["path", "reason"]
