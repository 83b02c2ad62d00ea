"""Atom feeds: any search URL (same parameters), each person, each country, each tag."""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from articles.models import Article, Country, Person, Tag
from articles.views.browse import country_articles, person_articles, tag_articles
from articles.views.results import filtered

FEED_SIZE = 50
SITE = "Архив парламентской дипломатии"


@dataclass(frozen=True)
class Source:
    """What one request's feed is about; the Feed instance itself is shared between requests."""

    request: object
    entity: object = None


class _ArticleFeed(Feed):
    """Articles of a result set as Atom entries, in the order the page lists them."""

    feed_type = Atom1Feed

    entity_model = None
    entity_lookup = "slug"

    def get_object(self, request, **kwargs):
        entity = None
        if self.entity_model is not None:
            value = kwargs[self.entity_lookup]
            if self.entity_lookup == "code":
                value = value.upper()
            entity = get_object_or_404(self.entity_model, **{self.entity_lookup: value})
        return Source(request, entity)

    def base_articles(self, entity):
        return Article.objects.all()

    def items(self, obj):
        articles = filtered(obj.request, self.base_articles(obj.entity)).qs
        return articles.prefetch_related("tags", "countries")[:FEED_SIZE]

    def link(self, obj):
        params = obj.request.GET.copy()
        for key in ("page", "quotes"):
            params.pop(key, None)
        page = obj.entity.get_absolute_url() if obj.entity else reverse("articles:article-list")
        return page + (f"?{params.urlencode()}" if params else "")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom readers render the summary as HTML: the untrusted lead goes in escaped.
        return escape(item.lead)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.outlet or None

    def item_categories(self, item):
        return [country.name_ru for country in item.countries.all()] + [
            tag.name for tag in item.tags.all()
        ]


class SearchFeed(_ArticleFeed):
    def title(self, obj):
        q = obj.request.GET.get("q", "").strip()
        if q:
            return _("%(site)s: поиск «%(q)s»") % {"site": SITE, "q": q[:200]}
        return _("%(site)s: новые статьи") % {"site": SITE}

    def subtitle(self, obj):
        return _("Статьи архива по тем же условиям, что и страница поиска.")


class PersonFeed(_ArticleFeed):
    entity_model = Person

    def base_articles(self, entity):
        return person_articles(entity)

    def title(self, obj):
        return _("%(site)s: %(name)s") % {"site": SITE, "name": obj.entity.name}

    def subtitle(self, obj):
        return _("Статьи, где упоминается %(name)s.") % {"name": obj.entity.name}


class CountryFeed(_ArticleFeed):
    entity_model = Country
    entity_lookup = "code"

    def base_articles(self, entity):
        return country_articles(entity)

    def title(self, obj):
        return _("%(site)s: %(name)s") % {"site": SITE, "name": obj.entity.name_ru}

    def subtitle(self, obj):
        return _("Статьи, где упоминается страна %(name)s.") % {"name": obj.entity.name_ru}


class TagFeed(_ArticleFeed):
    entity_model = Tag

    def base_articles(self, entity):
        return tag_articles(entity)

    def title(self, obj):
        return _("%(site)s: #%(name)s") % {"site": SITE, "name": obj.entity.name}

    def subtitle(self, obj):
        return _("Статьи с тегом «%(name)s».") % {"name": obj.entity.name}
