"""Full-text search: the stored search vector and the query that reads it.

Article text is indexed with the PostgreSQL text-search configuration of its language (`russian`,
`english`, else `simple`), the title weighted above the lead above the body.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F

CONFIG_BY_LANGUAGE = {"ru": "russian", "en": "english"}

_VECTOR_SQL = """
UPDATE articles_article SET search_vector =
    setweight(to_tsvector(c.cfg, coalesce(title, '')), 'A')
    || setweight(to_tsvector(c.cfg, coalesce(lead, '')), 'B')
    || setweight(to_tsvector(c.cfg, coalesce(body, '')), 'C')
FROM (SELECT id, (CASE language {cases} ELSE 'simple' END)::regconfig AS cfg
      FROM articles_article WHERE id = ANY(%s)) AS c
WHERE articles_article.id = c.id
"""


def index_articles(article_ids) -> None:
    """Recompute the stored search vector of the given articles."""
    cases = " ".join(f"WHEN '{lang}' THEN '{cfg}'" for lang, cfg in CONFIG_BY_LANGUAGE.items())
    with connection.cursor() as cursor:
        cursor.execute(_VECTOR_SQL.format(cases=cases), [list(article_ids)])


def search_articles(queryset, query: str):
    """Filter `queryset` to matches of a websearch-syntax query, annotated with `rank`."""
    query = (query or "").strip()
    if not query:
        return queryset
    search_query = SearchQuery(query, config="russian", search_type="websearch") | SearchQuery(
        query, config="simple", search_type="websearch"
    )
    return queryset.filter(search_vector=search_query).annotate(
        rank=SearchRank(F("search_vector"), search_query)
    )
