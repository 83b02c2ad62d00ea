"""Facet counts for any article result set, in one SQL query.

`facet_counts(queryset)` returns
    {"total": N,
     "countries": [Facet(value="BY", label="Беларусь", count=12), …],
     "people": [Facet(value="erlan-koshanov", label="Ерлан Кошанов", count=9), …],
     "tags": […], "outlets": […], "languages": […], "years": [Facet(value="2026", …), …]}
each list sorted by count (years by year, newest first) and cut to `limit` items.

`facet_links(facets, params)` adds to every Facet its `active` flag and the `url` (a querystring
starting with `?`) that adds it to the current filters, or removes it when active; the page
number is always dropped. `_facets.html` renders the result.

The counts read the denormalised link arrays of the matching rows once (one SQL query), so they
stay exact under any combination of filters; `total` is the number of matching articles.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Max
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from articles.models import Article

FACET_LIMIT = 12
# Facets of a large result set cost a read of every matching row, and the same result set comes
# back on every page of it (and the whole archive's on every visit to the home page). They are
# cached under the archive's version (newest id and newest update, two index reads), so a new or
# edited article shows at once; a deletion, or a link change made without saving its article,
# shows within the timeout. The cache is Django's (per process unless CACHES says otherwise):
# processes need not agree, each computes the same numbers.
FACET_CACHE_SECONDS = 300

LANGUAGE_NAMES = {
    "ru": _("русский"),
    "kk": _("казахский"),
    "en": _("английский"),
    "uz": _("узбекский"),
    "ky": _("киргизский"),
    "az": _("азербайджанский"),
    "tg": _("таджикский"),
    "tk": _("туркменский"),
    "zh": _("китайский"),
    "tr": _("турецкий"),
    "de": _("немецкий"),
    "fr": _("французский"),
}

# Which GET parameter each facet narrows, and whether it can repeat (AND of several values).
FACET_PARAMS = {
    "countries": ("country", True),
    "people": ("person", True),
    "tags": ("tag", True),
    "outlets": ("outlet", False),
    "languages": ("language", False),
    "years": ("year", False),
}


@dataclass
class Facet:
    value: str
    label: str
    count: int
    active: bool = False
    url: str = ""


# A filtered result set is read once (a materialised CTE: a phrase search rechecks each match's
# vector, which must not happen once per facet), then each facet unnests its array with a
# set-returning function in the select list, which is cheaper than a lateral join.
_FACETS_SQL = """
WITH m AS {materialized} ({inner})
SELECT 'countries', c.code, c.name_ru, f.n FROM (
    SELECT x, count(*) AS n FROM (SELECT unnest(country_codes) AS x FROM m) s
    GROUP BY x ORDER BY n DESC, x LIMIT {limit:d}) f JOIN articles_country c ON c.code = f.x
UNION ALL
SELECT 'people', p.slug, p.name, f.n FROM (
    SELECT x, count(*) AS n FROM (SELECT unnest(person_ids) AS x FROM m) s
    GROUP BY x ORDER BY n DESC, x LIMIT {limit:d}) f JOIN articles_person p ON p.id = f.x
UNION ALL
SELECT 'tags', t.slug, t.name, f.n FROM (
    SELECT x, count(*) AS n FROM (SELECT unnest(tag_ids) AS x FROM m) s
    GROUP BY x ORDER BY n DESC, x LIMIT {limit:d}) f JOIN articles_tag t ON t.id = f.x
UNION ALL
(SELECT 'outlets', outlet, outlet, count(*) FROM m WHERE outlet <> '' GROUP BY outlet
 ORDER BY 4 DESC, 2 LIMIT {limit:d})
UNION ALL
(SELECT 'languages', language, language, count(*) FROM m GROUP BY language
 ORDER BY 4 DESC, 2 LIMIT {limit:d})
UNION ALL
SELECT 'years', y::text, y::text, count(*) FROM (
    SELECT extract(year FROM date)::int AS y FROM m) ys GROUP BY y
"""


def archive_version() -> str:
    """Return a stamp that changes when an article is added or saved (two index reads)."""
    version = Article.objects.aggregate(newest=Max("id"), updated=Max("updated_at"))
    stamp = version["updated"].timestamp() if version["updated"] else 0
    return f"{version['newest']}:{stamp}"


def facet_counts(queryset, *, limit: int = FACET_LIMIT, version: str | None = None) -> dict:
    """Return counts of countries, people, tags, outlets, languages and years in `queryset`.

    `version` is `archive_version()` when the caller already read it.
    """
    inner_qs = queryset.order_by().values(
        "country_codes", "person_ids", "tag_ids", "outlet", "language", "date"
    )
    if inner_qs.query.is_empty():
        return _facet_query(inner_qs, limit)
    sql, params = inner_qs.query.sql_with_params()
    digest = hashlib.sha256(repr((sql, params, limit)).encode()).hexdigest()[:32]
    key = f"articles:facets:{digest}:{version or archive_version()}"
    result = cache.get(key)
    if result is None:
        result = _facet_query(inner_qs, limit)
        cache.set(key, result, FACET_CACHE_SECONDS)
    return result


def _facet_query(inner_qs, limit: int) -> dict:
    result: dict = {name: [] for name in FACET_PARAMS}
    if inner_qs.query.is_empty():
        result["total"] = 0
        return result
    inner_sql, inner_params = inner_qs.query.sql_with_params()
    # Unfiltered (the home page), each facet scans the table itself: no 100,000-row copy to
    # write and reread, and the scans can run in parallel workers. Filtered, the bitmap scans
    # would repeat per facet, so the matching rows are read once.
    materialized = "MATERIALIZED" if inner_qs.query.where else "NOT MATERIALIZED"
    sql = _FACETS_SQL.format(inner=inner_sql, limit=int(limit), materialized=materialized)
    with connection.cursor() as cursor:
        cursor.execute(sql, inner_params)
        rows = cursor.fetchall()
    for facet, value, label, count in rows:
        if facet == "languages":
            label = LANGUAGE_NAMES.get(value, value)
        result[facet].append(Facet(str(value), str(label), count))
    result["total"] = sum(f.count for f in result["years"])
    for name in FACET_PARAMS:
        result[name].sort(key=lambda f: (-f.count, f.label))  # the joins lose the order
    result["years"].sort(key=lambda f: f.value, reverse=True)
    return result


def facet_links(facets: dict, params: QueryDict) -> dict:
    """Return `facets` with `active` and `url` set on each Facet for the current `params`."""
    for name, (param, repeatable) in FACET_PARAMS.items():
        current = params.getlist(param)
        if param == "country":
            current = [c.upper() for c in current]
        for facet in facets.get(name, []):
            query = params.copy()
            query.pop("page", None)
            facet.active = facet.value in current
            if facet.active:
                query.setlist(param, [v for v in current if v != facet.value])
            elif repeatable:
                query.setlist(param, [*current, facet.value])
            else:
                query[param] = facet.value
            facet.url = "?" + query.urlencode()
    return facets


def facet_context(
    queryset, params: QueryDict, *, limit: int = FACET_LIMIT, version: str | None = None
) -> dict:
    """Return counted and linked facets for a result set, ready for `_facets.html`."""
    return facet_links(facet_counts(queryset, limit=limit, version=version), params)
