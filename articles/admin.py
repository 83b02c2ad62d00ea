"""Django admin: the curation desk (basic registration; curation tools build on it)."""

from django.contrib import admin

from articles import models


@admin.register(models.Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name_ru", "name_kk", "name_en"]
    search_fields = ["code", "name_ru", "name_kk", "name_en", "aliases"]
    readonly_fields = ["slug"]


class PersonAliasInline(admin.TabularInline):
    model = models.PersonAlias
    extra = 1


@admin.register(models.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "country"]
    list_filter = [("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country"]
    search_fields = ["name", "aliases__name", "position"]
    autocomplete_fields = ["country"]
    inlines = [PersonAliasInline]


@admin.register(models.PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "person"]
    list_select_related = ["person"]
    search_fields = ["name", "person__name"]
    autocomplete_fields = ["person"]


@admin.register(models.Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ArticlePersonInline(admin.TabularInline):
    model = models.ArticlePerson
    extra = 0
    autocomplete_fields = ["person"]


class ArticleCountryInline(admin.TabularInline):
    model = models.ArticleCountry
    extra = 0
    autocomplete_fields = ["country"]


class ArticleTagInline(admin.TabularInline):
    model = models.ArticleTag
    extra = 0
    autocomplete_fields = ["tag"]


class QuoteInline(admin.TabularInline):
    model = models.Quote
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(models.Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "outlet", "language", "views"]
    list_filter = ["language", "outlet"]
    date_hierarchy = "date"
    search_fields = ["title"]
    readonly_fields = ["content_hash", "source_file", "source_path", "created_at", "updated_at"]
    autocomplete_fields = ["rejected_persons", "rejected_countries"]
    inlines = [ArticlePersonInline, ArticleCountryInline, ArticleTagInline, QuoteInline]


@admin.register(models.Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["person", "article", "text"]
    list_select_related = ["person", "article"]
    search_fields = ["text", "person__name"]
    autocomplete_fields = ["person", "article"]


class ImportProblemInline(admin.TabularInline):
    model = models.ImportProblem
    extra = 0
    can_delete = False
    readonly_fields = ["path", "line", "reason"]


@admin.register(models.ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "command",
        "status",
        "created",
        "updated",
        "unchanged",
        "duplicate",
        "failed",
        "duration",
    ]
    list_filter = ["status", "command"]
    inlines = [ImportProblemInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(models.ImportProblem)
class ImportProblemAdmin(admin.ModelAdmin):
    list_display = ["path", "line", "reason", "run"]
    list_select_related = ["run"]
    search_fields = ["path", "reason"]
