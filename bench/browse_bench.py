"""Benchmark the person and country pages and the CSV export on a large archive.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/h5bench
    python bench/browse_bench.py --build 100000
    python bench/browse_bench.py

`--build N` migrates the database and fills it with N generated articles by bulk SQL (3,000
people — 200 Kazakh officials and foreign guests of 60 countries, skewed so a few appear often —
1–3 foreign countries per article besides Kazakhstan, speakers, quotes, tags, ~3 KB of text per
article), far faster than importing dump files. The search vector is not filled: these pages are
measured without a query.

Then it times a sample of person pages and country pages through Django's test client (p50, p95,
max over several requests per page), and streams the CSV export of the whole archive, sampling
the process's resident memory as the rows go by.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from articles.models import Article, Country, Person  # noqa: E402

FOREIGN = 60
OFFICIALS = 200
PEOPLE = 3000

BUILD_SQL = """
SET session_replication_role = replica;  -- the link triggers run once, at the end
SELECT setseed(0.42);
CREATE TEMP TABLE foreign_c AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id, code FROM articles_country
    WHERE code <> 'KZ' AND code IN (SELECT code FROM articles_country ORDER BY
        CASE WHEN code IN ('BY','HU','CN','RU','UZ','KG','TR','DE','US','KR','JP','AZ','FR',
                           'GB','IT','IN','PL','TJ','TM','AE') THEN 0 ELSE 1 END, code
        LIMIT %(foreign)s);
INSERT INTO articles_person (name, slug, position, country_id, created_at)
SELECT CASE WHEN i <= %(officials)s THEN 'Депутат Мажилиса ' ELSE 'Гость ' END || i,
       'person-' || i,
       CASE WHEN i <= %(officials)s THEN 'депутат Мажилиса' ELSE 'председатель парламента' END,
       CASE WHEN i <= %(officials)s THEN (SELECT id FROM articles_country WHERE code = 'KZ')
            ELSE (SELECT id FROM foreign_c WHERE idx = (i - %(officials)s - 1) %% %(foreign)s) END,
       now()
FROM generate_series(1, %(people)s) i;
CREATE TEMP TABLE plan AS
SELECT i,
       floor(%(foreign)s * random() ^ 2)::int AS f1,
       CASE WHEN random() < 0.3 THEN floor(%(foreign)s * random())::int END AS f2,
       1 + floor(%(officials)s * random() ^ 2)::int AS o1,
       CASE WHEN random() < 0.4 THEN 1 + floor(%(officials)s * random() ^ 2)::int END AS o2,
       floor(((%(people)s - %(officials)s) / %(foreign)s) * random() ^ 2)::int AS g,
       random() < 0.6 AS headline
FROM generate_series(1, %(n)s) i;
INSERT INTO articles_article (id, title, title_derived, date, date_month_only, lead, body, views,
    rubric, photo_credit, outlet, language, source_file, source_path, content_hash, identity_key,
    locked_fields, created_at, updated_at, country_codes, person_ids, speaker_ids, tag_ids)
SELECT i, 'Встреча делегаций парламентов, выпуск ' || i, false,
       date '2014-01-01' + (i::bigint * 4700 / %(n)s)::int, false,
       'Председатель Мажилиса встретился с делегацией. Стороны обсудили сотрудничество ' || i,
       repeat('Депутаты обсудили межпарламентское сотрудничество, торговлю и транспорт. ', 38),
       (i * 7919) %% 5000, '', '', (ARRAY['Kazinform','Kazpravda.kz','ТАСС','Sputnik',
       'Report','Zakon.kz'])[1 + i %% 6], (ARRAY['ru','ru','ru','kk','en'])[1 + i %% 5],
       i || '_bench.txt', '', md5(i::text) || md5('c' || i), md5('k' || i) || md5('i' || i),
       '{}', now(), now(), '{}', '{}', '{}', '{}'
FROM generate_series(1, %(n)s) i;
SELECT setval(pg_get_serial_sequence('articles_article', 'id'), %(n)s);
INSERT INTO articles_articlecountry (article_id, country_id, mentions, in_headline)
SELECT i, (SELECT id FROM articles_country WHERE code = 'KZ'), 3, false
FROM plan WHERE i %% 20 <> 0
UNION ALL
SELECT i, (SELECT id FROM foreign_c WHERE idx = f1), 1 + i %% 5, headline FROM plan
UNION ALL
SELECT i, (SELECT id FROM foreign_c WHERE idx = f2), 1, false FROM plan WHERE f2 IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO articles_articleperson (article_id, person_id, mentions, speaker, position)
SELECT i, o1, 3, true, 'депутат Мажилиса' FROM plan
UNION ALL
SELECT i, o2, 1, false, '' FROM plan WHERE o2 IS NOT NULL
UNION ALL
SELECT i, %(officials)s + 1 + f1 + %(foreign)s * g, 2, i %% 3 = 0, '' FROM plan
ON CONFLICT DO NOTHING;
INSERT INTO articles_quote (article_id, person_id, text, "order")
SELECT i, o1, 'Мы ценим наше партнерство и развиваем сотрудничество, выпуск ' || i, 0 FROM plan;
INSERT INTO articles_tag (name, slug)
SELECT 'тег ' || t, 'teg-' || t FROM generate_series(1, 300) t;
INSERT INTO articles_articletag (article_id, tag_id, "order")
SELECT i, (SELECT min(id) FROM articles_tag) + floor(300 * random() ^ 3)::int, 0 FROM plan;
SET session_replication_role = origin;
UPDATE articles_article SET id = id;  -- fills the link arrays through the row trigger
ANALYZE;
"""


def build(n: int) -> None:
    call_command("migrate", verbosity=0)
    if Article.objects.exists():
        sys.exit("the database already has articles: use an empty one for --build")
    started = time.perf_counter()
    params = {"n": n, "foreign": FOREIGN, "officials": OFFICIALS, "people": PEOPLE}
    with connection.cursor() as cursor:
        for statement in BUILD_SQL.split(";\n"):
            if statement.strip():
                cursor.execute(statement, params)
    print(f"built {n:,} articles in {time.perf_counter() - started:.0f} s")


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def time_pages(client: Client, urls: list[str], repeat: int) -> list[float]:
    timings = []
    for url in urls:
        response = client.get(url)  # warm-up
        assert response.status_code == 200, (url, response.status_code)
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    return timings


def report(name: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(
        f"{name:<34} n={len(timings):<4} p50 {statistics.median(timings):6.1f} ms"
        f"   p95 {p95:6.1f} ms   max {timings[-1]:6.1f} ms"
    )


def export_memory(client: Client, query: str = "") -> None:
    started = time.perf_counter()
    response = client.get("/export.csv" + query)
    rows = size = 0
    samples = []
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += 1
        if rows % 5000 == 0:
            samples.append((rows, rss_mib()))
    elapsed = time.perf_counter() - started
    print(
        f"CSV export{query or ' (whole archive)'}: {rows - 1:,} rows, {size / 2**20:.0f} MiB "
        f"in {elapsed:.1f} s ({(rows - 1) / elapsed:,.0f} rows/s)"
    )
    if samples:
        first, last = samples[0][1], samples[-1][1]
        peak = max(mib for _, mib in samples)
        print(
            f"  resident memory: {first:.0f} MiB after {samples[0][0]:,} rows, "
            f"{last:.0f} MiB after {samples[-1][0]:,} rows, peak {peak:.0f} MiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=int, metavar="N", help="fill an empty database first")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page")
    parser.add_argument("--pages", type=int, default=12, help="pages of each kind")
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()
    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = False
    settings.ALLOWED_HOSTS = ["*"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if args.build:
        build(args.build)
    total = Article.objects.count()
    print(f"{total:,} articles, {Person.objects.count():,} people")
    rng = random.Random(7)
    people = list(
        Person.objects.with_counts().filter(article_count__gt=0).order_by("-article_count")
    )
    busiest, rest = people[:3], people[3:]
    person_urls = [p.get_absolute_url() for p in busiest + rng.sample(rest, args.pages - 3)]
    countries = list(Country.objects.appearing().exclude(code="KZ"))
    country_urls = [
        c.get_absolute_url() for c in countries[:3] + rng.sample(countries[3:], args.pages - 3)
    ]
    client = Client()
    print(f"busiest person: {busiest[0].article_count:,} articles; "
          f"busiest foreign country: {countries[0].article_count:,}")  # fmt: skip
    report("person pages", time_pages(client, person_urls, args.repeat))
    report("person pages, filtered (year)", time_pages(
        client, [u + "?year=2020" for u in person_urls[:6]], args.repeat))  # fmt: skip
    report("country pages", time_pages(client, country_urls, args.repeat))
    report("country pages, page 5", time_pages(
        client, [u + "?page=5" for u in country_urls[:6]], args.repeat))  # fmt: skip
    report("Kazakhstan (in ~95% of articles)", time_pages(client, ["/countries/KZ/"], args.repeat))
    report("people list", time_pages(client, ["/people/"], args.repeat))
    report("countries list", time_pages(client, ["/countries/"], args.repeat))
    report("person feed", time_pages(client, [u + "feed/" for u in person_urls[:6]], args.repeat))
    if not args.no_export:
        export_memory(client, "?year=2016")
        export_memory(client)


if __name__ == "__main__":
    main()
