"""Search benchmark: results plus facets on a large generated corpus.

    # once: fill a separate database with N generated articles (bench/make_corpus.py's writer,
    # parsed by the real parser, links found by a cheap surname/country matcher, then indexed
    # by articles.search.index_articles)
    createdb -h 127.0.0.1 -U postgres h4bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h4bench python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h4bench python bench/search_bench.py load 100000

    # measure: database time (results page + facets) and whole page through the test client
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h4bench python bench/search_bench.py run
    DATABASE_URL=… python bench/search_bench.py explain      # EXPLAIN ANALYZE of key queries
    DATABASE_URL=… python bench/search_bench.py urls > /tmp/urls.txt   # for wrk
    DATABASE_URL=… python bench/search_bench.py index    # build and refresh the facet columns

Extraction is skipped on purpose (natasha would take most of an hour for 100,000 articles); the
links it would find are approximated by matching the generator's names and countries, which
gives the same shape of data: a few people and countries per article, Kazakhstan in most.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.http import QueryDict  # noqa: E402

from articles.facets import facet_counts  # noqa: E402
from articles.filters import ArticleFilter  # noqa: E402
from articles.models import (  # noqa: E402
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    Country,
    Person,
    Tag,
)
from articles.search import index_articles  # noqa: E402
from articles.views.search import RESULT_FIELDS  # noqa: E402

SCENARIOS = {
    "common word": "q=сотрудничества",
    "rare word": "q=новости",
    "phrase": 'q="водной дипломатии"',
    "name": "q=Кошановым",
    "query + 2 filters": "q=парламент&country=TR&year=2025",
    "country, no query": "country=BY",
    "home (no query)": "",
    "name + speaker filter": "q=Ашимбаев&speaker=1&sort=date",
}


# ---------------------------------------------------------------------------------------------
# Loading


def load(count: int, seed: int = 1, batch: int = 1000, body_factor: int = 4) -> None:
    import make_corpus
    import pycountry

    from articles.importer.parse import DumpError, parse_dump
    from articles.text import latin_slug, title_key

    rng = random.Random(seed)
    people = make_corpus._make_people(rng)
    writer = make_corpus.Writer(rng, people)

    country_forms: list[tuple[str, list[str]]] = []
    for cc in make_corpus.COUNTRIES:
        try:
            code = pycountry.countries.lookup(cc.en).alpha_2
        except LookupError:
            continue
        forms = (cc.nom, cc.gen, cc.dat, cc.acc, cc.ins, cc.pre, cc.adj_pl, cc.kk, cc.en)
        country_forms.append((code, sorted({f[: max(4, len(f) - 2)] for f in forms if f})))
    country_ids = dict(Country.objects.values_list("code", "id"))

    guests = [
        guest[0]
        for corpus_country in make_corpus.COUNTRIES
        for guest in corpus_country.guests
        if guest and guest[0]
    ]
    names = sorted({p.ru("nom") for p in people} | set(guests))
    existing = set(Person.objects.values_list("name", flat=True))
    Person.objects.bulk_create(
        [
            Person(name=n, slug=f"{latin_slug(n)}-{i}")
            for i, n in enumerate(names)
            if n not in existing
        ]
    )
    person_ids = dict(Person.objects.values_list("name", "id"))
    matchers = [(name.split()[-1][:-1], person_ids[name]) for name in names if " " in name]
    verbs = ("сказал", "отметил", "подчеркнул", "заявил", "деді", "said", "noted", "stressed")
    tag_ids = {t.name.lower(): t.id for t in Tag.objects.all()}

    spare: dict[str, list[str]] = {}  # recent bodies per language, reused as extra text
    start = time.perf_counter()
    done = 0
    while done < count:
        n = min(batch, count - done)
        articles, links = [], []
        for i in range(n):
            number = done + i
            try:
                parsed = parse_dump(writer.dump(), f"{number:06d}.txt")
            except DumpError:
                continue
            # The generator writes ~1.5 KB bodies; the design's reference figures are for ~7 KB
            # articles, so each article carries the bodies of `body_factor` generated ones of
            # its language (the vectors then live in TOAST, as they would in production).
            pool = spare.setdefault(parsed.language, [])
            extra = rng.sample(pool, min(len(pool), body_factor - 1))
            body = "\n\n".join([parsed.body, *extra])
            pool.append(parsed.body)
            if len(pool) > 200:
                pool.pop(rng.randrange(len(pool)))
            text = f"{parsed.title}\n{parsed.lead}\n{body}"
            found = [pid for stem, pid in matchers if stem in text][:8]
            spoke = {
                pid
                for stem, pid in matchers
                if pid in found
                for para in body.split("\n\n")
                if stem in para and any(v in para for v in verbs)
            }
            codes = {"KZ"} | {
                code for code, stems in country_forms if any(s in text for s in stems)
            }
            articles.append(
                Article(
                    title=parsed.title[:500],
                    title_derived=parsed.title_derived,
                    date=parsed.date,
                    date_month_only=parsed.date_month_only,
                    lead=parsed.lead,
                    body=body,
                    views=parsed.views,
                    rubric=(parsed.rubric or "")[:200],
                    photo_credit=(parsed.photo_credit or "")[:300],
                    outlet=(parsed.outlet or "")[:100],
                    language=parsed.language or "ru",
                    source_file=parsed.file_name,
                    content_hash=f"{parsed.sha256[:48]}{number:016d}",
                    identity_key=f"{title_key(parsed.title)[:40]}{number:024d}"[:64],
                )
            )
            links.append((found, spoke, codes, parsed.hashtags))
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            for tag in {t.lower(): t for _, _, _, tags in links for t in tags}.values():
                if tag.lower() not in tag_ids:
                    tag_ids[tag.lower()] = Tag.objects.create(
                        name=tag[:100], slug=f"{latin_slug(tag)}-{len(tag_ids)}"
                    ).id
            person_links, country_links, tag_links = [], [], []
            for article, (found, spoke, codes, tags) in zip(articles, links, strict=True):
                person_links += [
                    ArticlePerson(article=article, person_id=pid, speaker=pid in spoke)
                    for pid in found
                ]
                country_links += [
                    ArticleCountry(article=article, country_id=country_ids[c]) for c in codes
                ]
                seen = list(dict.fromkeys(t.lower() for t in tags))
                tag_links += [
                    ArticleTag(article=article, tag_id=tag_ids[t], order=k)
                    for k, t in enumerate(seen)
                ]
            ArticlePerson.objects.bulk_create(person_links)
            ArticleCountry.objects.bulk_create(country_links)
            ArticleTag.objects.bulk_create(tag_links)
            index_articles([a.pk for a in articles])
        done += n
        rate = done / (time.perf_counter() - start)
        print(f"{done} articles, {rate:.0f}/s", flush=True)
    # Links and vectors written after the rows leave three dead versions of each row; import_dumps
    # writes a new article once, so compact the table to the size an import leaves.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM FULL ANALYZE articles_article")


# ---------------------------------------------------------------------------------------------
# Measuring


def database_once(params: str, *, cold: bool) -> tuple[float, float]:
    """Compute the facets (with the count) and the page of results of one search.

    Return the milliseconds taken in all, and those spent in SQL statements (sent, run in
    PostgreSQL, rows received). `cold` clears the facet cache first, so the facets are counted.
    """
    from django.core.cache import cache

    if cold:
        cache.clear()
    in_sql = 0.0

    def timed(execute, sql, params, many, context):
        nonlocal in_sql
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            in_sql += time.perf_counter() - began

    start = time.perf_counter()
    with connection.execute_wrapper(timed):
        filterset = ArticleFilter(QueryDict(params), queryset=Article.objects.all())
        facets = facet_counts(filterset.qs)
        list(filterset.results(facets["total"], facets["newest"]).only(*RESULT_FIELDS)[:20])
    return (time.perf_counter() - start) * 1000, in_sql * 1000


def page_once(client, params: str, *, cold: bool) -> float:
    from django.core.cache import cache

    if cold:
        cache.clear()
    start = time.perf_counter()
    response = client.get("/?" + params, secure=True)
    assert response.status_code == 200, (params, response.status_code)
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(repeat: int = 30) -> None:
    from django.core.cache import cache
    from django.test import Client

    client = Client()
    total = Article.objects.count()
    print(f"{total} articles in {connection.settings_dict['NAME']}; {repeat} runs per cell")
    print("cold = facet cache cleared before every run; warm = facets from the cache")
    print("sql = time in SQL statements only; db = results and facets, Python included")
    header = (
        "scenario",
        "matches",
        "sql cold p50/p95",
        "db cold p50/p95",
        "db warm p95",
        "page cold p50/p95",
        "page warm p95",
    )
    print("{:24} {:>8} {:>18} {:>18} {:>12} {:>18} {:>14}".format(*header))
    totals = {"sql_cold": [], "db_cold": [], "db_warm": [], "page_cold": [], "page_warm": []}
    for name, params in SCENARIOS.items():
        cache.clear()
        qs = ArticleFilter(QueryDict(params), queryset=Article.objects.all()).qs
        matches = facet_counts(qs)["total"]
        database_once(params, cold=True)  # warm up PostgreSQL's buffers and the process
        cold = [database_once(params, cold=True) for _ in range(repeat)]
        row = {
            "sql_cold": [in_sql for _, in_sql in cold],
            "db_cold": [whole for whole, _ in cold],
            "db_warm": [database_once(params, cold=False)[0] for _ in range(repeat)],
            "page_cold": [page_once(client, params, cold=True) for _ in range(repeat)],
            "page_warm": [page_once(client, params, cold=False) for _ in range(repeat)],
        }
        for key, values in row.items():
            totals[key] += values
        print(_line(name, matches, row))
    print(_line("all scenarios", "", totals))


def _line(name, matches, row) -> str:
    def both(values):
        return f"{statistics.median(values):.1f}/{percentile(values, 95):.1f}ms"

    return (
        f"{name:24} {matches:>8} {both(row['sql_cold']):>18} {both(row['db_cold']):>18} "
        f"{percentile(row['db_warm'], 95):>10.1f}ms {both(row['page_cold']):>18} "
        f"{percentile(row['page_warm'], 95):>12.1f}ms"
    )


def explain() -> None:
    for name in ("common word", "phrase", "query + 2 filters", "country, no query"):
        params = SCENARIOS[name]
        filterset = ArticleFilter(QueryDict(params), queryset=Article.objects.all())
        qs = filterset.qs
        print(f"\n=== {name}: results page ({params})")
        results = filterset.results(facet_counts(qs)["total"]).only(*RESULT_FIELDS)[:20]
        print(results.explain(analyze=True, buffers=True))
        inner = qs.order_by().values(
            "country_codes", "person_ids", "tag_ids", "outlet", "language", "date"
        )
        sql, sql_params = inner.query.sql_with_params()
        print(f"\n=== {name}: facet rows ({params})")
        with connection.cursor() as cursor:
            cursor.execute(
                "EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (" + sql + ") m", sql_params
            )
            print("\n".join(row[0] for row in cursor.fetchall()))


def index(touched: int = 1000) -> None:
    """Time the in-memory facet columns: a full build, and a refresh after `touched` saves."""
    import resource

    from articles import facet_index
    from articles.facets import archive_version

    facet_index.reset()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    built = facet_index.facet_index(archive_version())
    elapsed = (time.perf_counter() - start) * 1000
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss
    print(f"full build of {len(built)} articles: {elapsed:.0f} ms, peak RSS +{grown:.0f} MiB")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET updated_at = clock_timestamp() WHERE id IN "
            "(SELECT id FROM articles_article ORDER BY id DESC LIMIT %s)",
            [touched],
        )
    start = time.perf_counter()
    facet_index.facet_index(archive_version())
    elapsed = (time.perf_counter() - start) * 1000
    print(f"refresh after {touched} articles were saved: {elapsed:.0f} ms")


def urls() -> None:
    """Print a mix of search URLs, percent-encoded (for wrk's Lua script)."""
    from urllib.parse import quote

    for params in SCENARIOS.values():
        print(quote("/?" + params, safe="/?=&"))
    for extra in (
        "q=Беларуси",
        "q=Китая&sort=date",
        "q=цифровизации&page=2",
        "country=TR&country=KZ",
    ):
        print(quote("/?" + extra, safe="/?=&"))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "run"
    if command == "load":
        load(int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
    elif command == "explain":
        explain()
    elif command == "urls":
        urls()
    elif command == "index":
        index()
    else:
        run(int(sys.argv[2]) if len(sys.argv) > 2 else 30)
