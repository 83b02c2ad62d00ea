"""People, countries and tags: lists with counts and one page each.

A person's, country's or tag's page lists its articles through the main search's FilterSet and
facets, so every filter of the search works there too and the page's URL is shareable.
"""

import hashlib

import django_filters
from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from articles.facets import archive_version
from articles.models import Article, ArticlePerson, Country, Person, Quote, Tag
from articles.timeline import build_timeline, month_counts
from articles.views.results import article_results

# The parliament whose diplomacy the archive follows; its officials are the hosts on country pages.
HOME_COUNTRY = "KZ"
RELATED_LIMIT = 12
QUOTES_PER_PAGE = 10
# An entity's timeline and co-occurrence lists read all its articles and are the same for every
# visitor: kept for a few minutes in Django's cache, so a new import shows within that time.
AGGREGATES_SECONDS = 300


def cached(key: str, compute):
    """Return the cached value under `key`, computing and storing it when missing."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, AGGREGATES_SECONDS)
    return value


def timeline(request, key: str, articles):
    counts = cached(f"browse:{key}:months", lambda: month_counts(articles))
    return build_timeline(counts, active=request.GET.get("month"))


def person_articles(person):
    return Article.objects.filter(person_ids__contains=[person.pk])


def country_articles(country):
    # Through the link rather than `country_codes`: the country page orders by its facts.
    return Article.objects.filter(country_links__country=country)


def tag_articles(tag):
    return Article.objects.filter(tag_ids__contains=[tag.pk])


class PersonFilter(django_filters.FilterSet):
    """The filters of the people list: a name or alias, a country, quoted or not."""

    q = django_filters.CharFilter(
        label=_("Имя"), method="filter_name", widget=forms.TextInput(attrs={"type": "search"})
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Страна"),
        field_name="country",
        to_field_name="code",
        queryset=Country.objects.filter(people__isnull=False).distinct().order_by("name_ru"),
        empty_label=_("все страны"),
    )
    spoken = django_filters.BooleanFilter(
        label=_("Цитируется"), method="filter_spoken", widget=forms.CheckboxInput
    )

    class Meta:
        model = Person
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.matching(value)

    def filter_spoken(self, queryset, name, value):
        return queryset.speakers() if value else queryset


class PersonListView(ListView):
    template_name = "articles/person_list.html"
    paginate_by = 50

    def get_queryset(self):
        """Return `(pk, article_count, speaker_count, quote_count)` rows, most articles first."""
        self.filterset = PersonFilter(
            self.request.GET, queryset=Person.objects.all(), request=self.request
        )
        people = self.filterset.qs
        # The counts read every link; the same list serves every visitor until the archive
        # changes (its version is in the key).
        digest = hashlib.sha256(repr(people.query.sql_with_params()).encode()).hexdigest()[:32]
        return cached(f"browse:people:{digest}:{archive_version()}", people.ranked_counts)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        found = Person.objects.select_related("country").in_bulk([row[0] for row in rows])
        people = []
        for pk, article_count, speaker_count, quote_count in rows:
            if pk in found:
                person = found[pk]
                person.article_count, person.speaker_count = article_count, speaker_count
                person.quote_count = quote_count
                people.append(person)
        page.object_list = people
        return paginator, page, people, is_paginated

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter=self.filterset, **kwargs)


class CountryListView(ListView):
    template_name = "articles/country_list.html"

    def get_queryset(self):
        return Country.objects.appearing()


class TagListView(ListView):
    template_name = "articles/tag_list.html"
    paginate_by = 100

    def get_queryset(self):
        return (
            Tag.objects.with_counts().filter(article_count__gt=0).order_by("-article_count", "name")
        )


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.select_related("country"), slug=slug)
    quotes = Paginator(
        Quote.objects.filter(person=person)
        .select_related("article")
        .order_by("-article__date", "-article_id", "order"),
        QUOTES_PER_PAGE,
    ).get_page(request.GET.get("quotes"))
    positions = (
        ArticlePerson.objects.filter(person=person)
        .exclude(position="")
        .values("position")
        .annotate(first=Min("article__date"), last=Max("article__date"), n=Count("pk"))
        .order_by("first", "position")
    )
    articles = person_articles(person)
    key = f"person:{person.pk}"
    context = {
        "person": person,
        "aliases": person.aliases.all(),
        "positions": cached(f"browse:{key}:positions", lambda: list(positions)),
        "quotes": quotes,
        "countries_met": cached(
            f"browse:{key}:countries",
            lambda: Country.objects.met_by(person, limit=RELATED_LIMIT),
        ),
        "people_with": cached(
            f"browse:{key}:people",
            lambda: Person.objects.select_related("country").appearing_with(
                person, limit=RELATED_LIMIT
            ),
        ),
        "timeline": timeline(request, key, articles),
        "feed_url": reverse("articles:person-feed", args=[person.slug]),
        **article_results(request, articles, entity_params={"person": person.slug}),
    }
    return render(request, "articles/person_detail.html", context)


def country_detail(request, code):
    if code != code.upper():
        return redirect("articles:country-detail", code=code.upper(), permanent=True)
    country = get_object_or_404(Country, code=code)
    articles = country_articles(country)
    is_home = country.code == HOME_COUNTRY
    key = f"country:{country.pk}"
    people = Person.objects.filter(country=country).with_counts()
    officials = Person.objects.in_country(HOME_COUNTRY)
    context = {
        "country": country,
        "is_home": is_home,
        "home_country": HOME_COUNTRY,
        "people": cached(
            f"browse:{key}:people",
            lambda: list(people.order_by("-article_count", "name")[:RELATED_LIMIT]),
        ),
        "officials": []
        if is_home
        else cached(
            f"browse:{key}:officials",
            lambda: officials.appearing_with_country(country, limit=RELATED_LIMIT),
        ),
        "countries_with": cached(
            f"browse:{key}:countries",
            lambda: Country.objects.appearing_with(country, limit=RELATED_LIMIT),
        ),
        "timeline": timeline(request, key, articles),
        "feed_url": reverse("articles:country-feed", args=[country.code]),
        **article_results(
            request, articles, about_country=country, entity_params={"country": country.code}
        ),
    }
    return render(request, "articles/country_detail.html", context)


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = tag_articles(tag)
    context = {
        "tag": tag,
        "timeline": timeline(request, f"tag:{tag.pk}", articles),
        "feed_url": reverse("articles:tag-feed", args=[tag.slug]),
        **article_results(request, articles, entity_params={"tag": tag.slug}),
    }
    return render(request, "articles/tag_detail.html", context)
