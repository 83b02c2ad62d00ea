"""The article section shared by person, country and tag pages: search filters, facets, pages."""

import hashlib

from django.core.cache import cache
from django.db.models import F

from articles.facets import archive_version, facet_context
from articles.filters import ArticleFilter
from articles.models import Article
from articles.views.search import RESULT_FIELDS, CountedPaginator, attach_result_links

PER_PAGE = 20
# "About the country first" sorts all the country's articles (every one of them read for its
# date) on each page; the order is the same for every visitor until the archive changes.
ORDER_CACHE_SECONDS = 300


def filtered(request, articles):
    """Return the FilterSet of the main search applied to `articles`."""
    return ArticleFilter(request.GET, queryset=articles, request=request)


def article_results(request, articles, *, about_country=None, entity_params=None) -> dict:
    """Return the template context of a filtered, faceted, paginated list of `articles`.

    `entity_params` are the search parameters that select `articles` from the whole archive
    (`{"person": slug}`), so that the page's export links return the same result set.

    With `about_country` (and no query or explicit sort) articles about that country — it is in
    their title or lead — come before those that only mention it, newest first within each.
    """
    export_query = request.GET.copy()
    for key, value in (entity_params or {}).items():
        export_query.setlist(key, [value, *(v for v in export_query.getlist(key) if v != value)])
    filterset = filtered(request, articles)
    version = archive_version()
    # `.qs` cleans the form.
    facets = facet_context(filterset.qs, request.GET, version=version)
    sorted_by_user = filterset.is_bound and filterset.form.cleaned_data.get("sort")
    about_first = about_country is not None and not filterset.search and not sorted_by_user
    if about_first:
        paginator = CountedPaginator(about_first_ids(filterset.qs, version), PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        found = Article.objects.only(*RESULT_FIELDS).in_bulk(page_obj.object_list)
        object_list = [found[pk] for pk in page_obj.object_list if pk in found]
        page_obj.object_list = object_list
    else:
        # Relevance ranks only the newest matches of a common word, as on the search page.
        results = filterset.results(facets["total"], facets["newest"]).only(*RESULT_FIELDS)
        paginator = CountedPaginator(results, PER_PAGE, count=facets["total"])
        page_obj = paginator.get_page(request.GET.get("page"))
        object_list = list(page_obj.object_list)
    attach_result_links(object_list)
    q = request.GET.get("q", "").strip()
    # The same names as the search page's context, which the shared partials read.
    return {
        "filter": filterset,
        "form": filterset.form,
        "search": filterset.search,
        "q": q[:500],
        "facets": facets,
        "total": facets["total"],
        "active_filters": filterset.active_filters(),
        "sort": request.GET.get("sort") or ("relevance" if filterset.search else "date"),
        "page_obj": page_obj,
        "paginator": paginator,
        "is_paginated": page_obj.has_other_pages(),
        "object_list": object_list,
        "articles": object_list,
        # None off the country page: the template offers the "about the country first" order.
        "about_first": about_first if about_country is not None else None,
        # The same result set for the search-wide exports: the page's filters plus this entity.
        "export_query": export_query,
    }


def about_first_ids(articles, version: str) -> list[int]:
    """Return the ids of a country's `articles`, those about it first, newest first in each.

    `articles` joins the country's links once (`country_articles`); the order reuses that join.
    """
    ordered = articles.annotate(about_country=F("country_links__in_headline")).order_by(
        "-about_country", "-date", "-id"
    )
    sql = ordered.values("pk").query.sql_with_params()
    key = f"browse:about-first:{hashlib.sha256(repr(sql).encode()).hexdigest()[:32]}:{version}"
    ids = cache.get(key)
    if ids is None:
        ids = list(ordered.values_list("pk", flat=True))
        cache.set(key, ids, ORDER_CACHE_SECONDS)
    return ids
