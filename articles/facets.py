"""Facet counts for any article result set.

`facet_counts(queryset)` returns
    {"total": N, "newest": [ids of the RANK_WINDOW newest matches] (None for the whole archive),
     "countries": [Facet(value="BY", label="Беларусь", count=12), …],
     "people": [Facet(value="erlan-koshanov", label="Ерлан Кошанов", count=9), …],
     "tags": […], "outlets": […], "languages": […], "years": [Facet(value="2026", …), …]}
each list sorted by count (years by year, newest first) and cut to `limit` items.

`facet_links(facets, params)` adds to every Facet its `active` flag and the `url` (a querystring
starting with `?`) that adds it to the current filters, or removes it when active; the page
number is always dropped. `_facets.html` renders the result.

PostgreSQL finds the matching articles (one query for their ids; none for the whole archive)
and `articles.facet_index` counts their values from columns held in memory, so the counts stay
exact under any combination of filters; `total` is the number of matching articles. One more
query reads the names of the values shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from articles.facet_index import facet_index
from articles.search import RANK_WINDOW

FACET_LIMIT = 12
# Facets of a large result set still cost a read of every matching id, and the same result set
# comes back on every page of it. They are cached under the archive's version (see
# `archive_version`), so any change shows at once. The cache is Django's (per process unless
# CACHES says otherwise): processes need not agree, each computes the same numbers.
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


_VERSION_SQL = """
SELECT (SELECT max(id) FROM articles_article), (SELECT max(updated_at) FROM articles_article),
       (SELECT deletions FROM articles_archive_deletions WHERE id = 1)
"""
_LABELS_SQL = """
SELECT 'countries', code, code, name_ru FROM articles_country WHERE code = ANY(%s)
UNION ALL SELECT 'people', id::text, slug, name FROM articles_person WHERE id = ANY(%s)
UNION ALL SELECT 'tags', id::text, slug, name FROM articles_tag WHERE id = ANY(%s)
"""


def archive_version() -> str:
    """Return a stamp that changes when an article is added, saved, relinked or deleted.

    Three index reads: the newest id, the newest update and the count of deletions (kept by a
    trigger, migration 0014).
    """
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL)
        newest, updated, deletions = cursor.fetchone()
    return f"{newest}:{updated.timestamp() if updated else 0}:{deletions}"


def facet_counts(queryset, *, limit: int = FACET_LIMIT, version: str | None = None) -> dict:
    """Return counts of countries, people, tags, outlets, languages and years in `queryset`.

    `version` is `archive_version()` when the caller already read it.
    """
    queryset = queryset.order_by()
    if queryset.query.is_empty():
        return {name: [] for name in FACET_PARAMS} | {"total": 0, "newest": []}
    version = version or archive_version()
    sql, params = queryset.values("id").query.sql_with_params()
    digest = hashlib.sha256(repr((sql, params, limit)).encode()).hexdigest()[:32]
    key = f"articles:facets:{digest}:{version}"
    result = cache.get(key)
    if result is None:
        result = _facet_query(sql if queryset.query.where else None, params, limit, version)
        cache.set(key, result, FACET_CACHE_SECONDS)
    return result


def _facet_query(ids_sql: str | None, params, limit: int, version: str) -> dict:
    """Count the facets of the articles `ids_sql` selects (None: the whole archive)."""
    index = facet_index(version)
    selected = None
    if ids_sql is not None:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT array_agg(id) FROM ({ids_sql}) m", params)
            ids = np.array(cursor.fetchone()[0] or [], dtype=np.int64)
        selected, complete = index.selection(ids)
        if not complete:  # an article committed after `version` was read
            index = facet_index(archive_version())
            selected, _ = index.selection(ids)
    counts, total = index.count(selected)
    newest = None if selected is None else index.newest(selected, RANK_WINDOW)
    return _labelled(counts, limit) | {"total": total, "newest": newest}


def _labelled(counts: dict, limit: int) -> dict:
    """Return the top `limit` values of each facet as Facets, with names read in one query."""

    def most_first(value_counts):
        return sorted(value_counts, key=lambda vc: (-vc[1], vc[0]))[:limit]

    top = {name: most_first(values) for name, values in counts.items()}
    top["outlets"] = most_first((v, n) for v, n in counts["outlets"] if v)
    top["years"] = sorted(counts["years"], reverse=True)
    labels = {name: {} for name in ("countries", "people", "tags")}
    if any(top[name] for name in labels):
        with connection.cursor() as cursor:
            cursor.execute(
                _LABELS_SQL, [[str(v) for v, _ in top[name]] for name in labels]
            )  # fmt: skip
            for name, key, value, label in cursor.fetchall():
                labels[name][key] = (value, label)
    result: dict = {}
    for name, values in top.items():
        if name in labels:
            found = ((labels[name].get(str(v)), n) for v, n in values)
            facets = [Facet(*value_label, n) for value_label, n in found if value_label]
        elif name == "languages":
            facets = [Facet(v, str(LANGUAGE_NAMES.get(v, v)), n) for v, n in values]
        else:
            facets = [Facet(str(v), str(v), n) for v, n in values]
        if name != "years":
            facets.sort(key=lambda f: (-f.count, f.label))
        result[name] = facets
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
