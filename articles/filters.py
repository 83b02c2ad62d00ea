"""The FilterSet behind the search page, the person and country pages, feeds and exports.

Usage: `ArticleFilter(request.GET, queryset=Article.objects.all())` (or any base queryset, for
example one already restricted to a person or a country); read `.qs`, `.search` (the parsed
query or None, for highlighting) and `.active_filters()` (for `_active_filters.html`).

Parameters (all optional, every combination is a URL):
  q          websearch query (`"фраза"`, `OR`, `-исключить`)
  country    ISO alpha-2 code, repeatable; several codes mean articles naming ALL of them
  person     person slug, repeatable (ALL of them); with `speaker=1` only as a speaker
  speaker    1: only articles where the chosen people (or, without `person`, anyone) speak
  tag        tag slug, repeatable (ALL of them)
  outlet     exact outlet name;  language  ISO 639-1 code
  date_from / date_to  YYYY-MM-DD;  year  YYYY;  month  YYYY-MM (timeline bars)
  sort       relevance (default with a query) | date (default without) | views
Invalid values are ignored (the form reports them in `.errors`), never a server error.
"""

from __future__ import annotations

import calendar
import datetime
import re

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Country, Person, Tag
from articles.search import (
    parse_query,
    person_for_query,
    search_articles,
    top_ranked,
    with_person_name,
)

SORTS = {
    "relevance": ("-rank", "-date", "-id"),
    "date": ("-date", "-id"),
    "views": (F("views").desc(nulls_last=True), "-date", "-id"),
}


class MultipleValueField(forms.Field):
    """A repeatable GET parameter (`?country=BY&country=KZ`), cleaned to a list of strings."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *args, pattern: str = r"^.{1,200}$", transform=str.strip, **kwargs):
        self.pattern = re.compile(pattern)
        self.transform = transform
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        cleaned = []
        for item in values:
            item = self.transform(str(item))
            if item and self.pattern.match(item) and item not in cleaned:
                cleaned.append(item)
        return cleaned[:10]


class MultipleValueFilter(django_filters.Filter):
    field_class = MultipleValueField


class MonthField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
        if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
            raise forms.ValidationError(_("Месяц в виде ГГГГ-ММ."))
        return int(match.group(1)), int(match.group(2))


class MonthFilter(django_filters.Filter):
    field_class = MonthField


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Поиск"))
    country = MultipleValueFilter(
        method="filter_country",
        label=_("Страна"),
        pattern=r"^[A-Z]{2}$",
        transform=lambda v: v.strip().upper(),
    )
    person = MultipleValueFilter(method="filter_person", label=_("Персона"))
    speaker = django_filters.BooleanFilter(
        method="filter_speaker", label=_("Только выступавшие"), widget=forms.CheckboxInput
    )
    tag = MultipleValueFilter(method="filter_tag", label=_("Тег"))
    outlet = django_filters.CharFilter(field_name="outlet", label=_("Издание"))
    language = django_filters.CharFilter(field_name="language", label=_("Язык"))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("С"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("По"))
    year = django_filters.NumberFilter(method="filter_year", label=_("Год"))
    month = MonthFilter(method="filter_month", label=_("Месяц"))
    sort = django_filters.ChoiceFilter(
        method="filter_sort",
        label=_("Сортировка"),
        empty_label=None,
        choices=[
            ("relevance", _("по релевантности")),
            ("date", _("сначала новые")),
            ("views", _("по просмотрам")),
        ],
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.search = None
        self.person_match = None  # the person whose name the query is (the name jump)
        self.people: list[Person] = []
        self.tags: list[Tag] = []

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            qs = super().qs
            if not (self.is_bound and self.form.cleaned_data.get("sort")):
                qs = qs.order_by(*self.default_order())
            self._qs = qs
        return self._qs

    def default_order(self):
        return SORTS[self.sort_name]

    @property
    def sort_name(self) -> str:
        """The sort in effect: relevance, date or views."""
        self.qs  # noqa: B018 - filtering sets `search`, which the default depends on
        asked = getattr(self.form, "cleaned_data", {}).get("sort") if self.is_bound else ""
        if asked == "relevance" or not asked:
            return "relevance" if self.search else "date"
        return asked

    def results(self, total: int | None = None, newest: list[int] | None = None):
        """Return `.qs` ready for one page of results (relevance ranks only the newest matches).

        `total` (the number of matches) and `newest` (the ids of the newest ones), when known
        (`facet_counts` gives both), spare the database finding them again.
        """
        if self.sort_name == "relevance":
            return top_ranked(self.qs, total=total, newest=newest)
        return self.qs

    # -- filters ------------------------------------------------------------------------------

    def filter_q(self, queryset, name, value):
        self.search = parse_query(value)
        self.person_match = person_for_query(self.search)
        if self.person_match:
            self.search = with_person_name(self.search, self.person_match)
        return search_articles(queryset, self.search)

    def filter_country(self, queryset, name, value):
        return queryset.filter(country_codes__contains=value) if value else queryset

    def filter_person(self, queryset, name, value):
        if not value:
            return queryset
        self.people = list(Person.objects.filter(slug__in=value).order_by("name"))
        if len(self.people) < len(value):
            return queryset.none()
        ids = [p.pk for p in self.people]
        if self.form.cleaned_data.get("speaker"):
            return queryset.filter(speaker_ids__contains=ids)
        return queryset.filter(person_ids__contains=ids)

    def filter_speaker(self, queryset, name, value):
        if value and not self.form.cleaned_data.get("person"):
            return queryset.exclude(speaker_ids=[])
        return queryset  # with `person`, filter_person applies it

    def filter_tag(self, queryset, name, value):
        if not value:
            return queryset
        self.tags = list(Tag.objects.filter(slug__in=value).order_by("name"))
        if len(self.tags) < len(value):
            return queryset.none()
        return queryset.filter(tag_ids__contains=[t.pk for t in self.tags])

    def filter_year(self, queryset, name, value):
        year = int(value)
        if not 1 <= year <= 9999:
            return queryset.none()
        return queryset.filter(
            date__gte=datetime.date(year, 1, 1), date__lte=datetime.date(year, 12, 31)
        )

    def filter_month(self, queryset, name, value):
        year, month = value
        last = calendar.monthrange(year, month)[1]
        return queryset.filter(
            date__gte=datetime.date(year, month, 1), date__lte=datetime.date(year, month, last)
        )

    def filter_sort(self, queryset, name, value):
        if value == "relevance" and not self.search:
            value = "date"
        return queryset.order_by(*SORTS[value])

    # -- what is shown --------------------------------------------------------------------------

    def active_filters(self) -> list[dict]:
        """Return the applied filters as `{"name", "value", "label", "remove_url"}`.

        `label` is human text (country name, person name …); `remove_url` is the querystring
        (starting with `?`) of the same page without that one value.
        """
        active = self._active_filters()
        for item in active:
            query = self.data.copy()
            query.pop("page", None)
            query.setlist(
                item["name"],
                [v for v in query.getlist(item["name"]) if _same(item["name"], v, item["value"])],
            )
            if item["name"] == "speaker":
                query.pop("speaker", None)
            item["remove_url"] = "?" + query.urlencode()
        return active

    def _active_filters(self) -> list[dict]:
        if not self.is_bound:
            return []
        data = self.form.cleaned_data if hasattr(self.form, "cleaned_data") else {}
        active: list[dict] = []
        codes = data.get("country") or []
        if codes:
            names = dict(Country.objects.filter(code__in=codes).values_list("code", "name_ru"))
            active += [{"name": "country", "value": c, "label": names.get(c, c)} for c in codes]
        active += [{"name": "person", "value": p.slug, "label": p.name} for p in self.people]
        if data.get("speaker"):
            active.append({"name": "speaker", "value": "1", "label": _("только выступавшие")})
        active += [{"name": "tag", "value": t.slug, "label": f"#{t.name}"} for t in self.tags]
        for key in ("outlet", "language", "year"):
            if data.get(key):
                value = int(data[key]) if key == "year" else data[key]
                active.append({"name": key, "value": str(value), "label": str(value)})
        if data.get("month"):
            year, month = data["month"]
            active.append(
                {"name": "month", "value": f"{year}-{month:02d}", "label": f"{month:02d}.{year}"}
            )
        if data.get("date_from"):
            active.append(
                {"name": "date_from", "value": data["date_from"].isoformat(),
                 "label": _("с %s") % data["date_from"].strftime("%d.%m.%Y")}
            )  # fmt: skip
        if data.get("date_to"):
            active.append(
                {"name": "date_to", "value": data["date_to"].isoformat(),
                 "label": _("по %s") % data["date_to"].strftime("%d.%m.%Y")}
            )  # fmt: skip
        return active


def _same(name: str, raw: str, value: str) -> bool:
    """Whether the raw GET value `raw` is NOT the active value `value` (kept on removal)."""
    if name == "country":
        return raw.strip().upper() != value
    if name == "month":
        return raw.strip() != value and raw.strip() != value.replace("-0", "-")
    return raw.strip() != value
