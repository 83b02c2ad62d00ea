"""Time the admin's article changelist on a large table, and count its queries.

    createdb -h 127.0.0.1 -U postgres h6bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h6bench SECRET_KEY=dev-… \\
        python bench/admin_bench.py --articles 100000

The first run migrates the database and fills it with `--articles` generated rows through
bulk_create (three people, two countries and two tags linked to each article, like an
imported corpus; the search vector is a plain `simple` tsvector of the text, which is enough to
time the admin's search). Later runs reuse the rows. Then every page below is requested
`--repeat` times through Django's test client as a logged-in superuser, and the median, p95
and the number of SQL queries per page are printed. Target: under 300 ms with a fixed number
of queries.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
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
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from articles.models import (  # noqa: E402
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    Country,
    Person,
    Tag,
)

OUTLETS = ["Kazpravda.kz", "Kazinform", "Zakon.kz", "BAQ.kz", "Tengrinews", "Report.az"]
LANGUAGES = ["ru"] * 6 + ["kk"] * 2 + ["en"] * 2
WORDS = [
    "депутаты",
    "мажилиса",
    "сенат",
    "парламент",
    "сотрудничество",
    "делегация",
    "встреча",
    "визит",
    "стороны",
    "обсудили",
    "перспективы",
    "межпарламентского",
    "диалога",
    "торгово-экономические",
    "связи",
    "цифровизация",
    "искусственный",
    "интеллект",
    "законотворческий",
    "опыт",
    "группа",
    "дружбы",
    "председатель",
    "палаты",
]
COUNTRY_POOL = ["BY", "RU", "CN", "TR", "UZ", "KG", "DE", "FR", "US", "KR", "JP", "HU", "AZ"]
BATCH = 5000


def fill(total: int, rng: random.Random) -> None:
    """Create `total` articles with links, in batches, unless they already exist."""
    have = Article.objects.count()
    if have >= total:
        print(f"reusing {have} articles")
        return
    people = list(Person.objects.values_list("pk", flat=True))
    if not people:
        Person.objects.bulk_create(
            Person(name=f"Персона Номер{n}", slug=f"persona-nomer{n}") for n in range(3000)
        )
        people = list(Person.objects.values_list("pk", flat=True))
    tags = list(Tag.objects.values_list("pk", flat=True))
    if not tags:
        Tag.objects.bulk_create(Tag(name=f"тег{n}", slug=f"teg{n}") for n in range(300))
        tags = list(Tag.objects.values_list("pk", flat=True))
    countries = dict(Country.objects.filter(code__in=COUNTRY_POOL).values_list("code", "pk"))
    kz = Country.objects.get(code="KZ").pk
    start = datetime.date(2013, 1, 1)
    started = time.monotonic()
    for first in range(have, total, BATCH):
        rows = []
        for n in range(first, min(first + BATCH, total)):
            title = " ".join(rng.choices(WORDS, k=8)).capitalize() + f" {n}"
            body = "\n\n".join(" ".join(rng.choices(WORDS, k=60)) + "." for _ in range(4))
            rows.append(
                Article(
                    title=title,
                    date=start + datetime.timedelta(days=rng.randrange(13 * 365)),
                    lead=" ".join(rng.choices(WORDS, k=20)),
                    body=body,
                    views=rng.choice([None, rng.randrange(50, 5000)]),
                    outlet=rng.choice(OUTLETS),
                    language=rng.choice(LANGUAGES),
                    source_file=f"{n:06d}_bench.txt",
                    content_hash=hashlib.sha256(f"bench-{n}".encode()).hexdigest(),
                    identity_key=hashlib.sha256(f"bench-key-{n}".encode()).hexdigest(),
                    locked_fields=["title"] if n % 97 == 0 else [],
                )
            )
        created = Article.objects.bulk_create(rows)
        person_links, country_links, tag_links = [], [], []
        for article in created:
            for order, pk in enumerate(rng.sample(people, 3)):
                person_links.append(
                    ArticlePerson(article=article, person_id=pk, speaker=order == 0, mentions=2)
                )
            for code in {rng.choice(COUNTRY_POOL)}:
                country_links.append(ArticleCountry(article=article, country_id=countries[code]))
            country_links.append(ArticleCountry(article=article, country_id=kz))
            for order, pk in enumerate(rng.sample(tags, 2)):
                tag_links.append(ArticleTag(article=article, tag_id=pk, order=order))
        ArticlePerson.objects.bulk_create(person_links)
        ArticleCountry.objects.bulk_create(country_links)
        ArticleTag.objects.bulk_create(tag_links)
        print(f"  {first + len(rows)} articles ({time.monotonic() - started:.0f} s)", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET search_vector = "
            "setweight(to_tsvector('simple', title), 'A') || "
            "setweight(to_tsvector('simple', lead), 'B') || "
            "setweight(to_tsvector('simple', body), 'C') WHERE search_vector IS NULL"
        )
        # The link triggers rewrite each article row several times: compact the table once.
        cursor.execute("VACUUM FULL ANALYZE articles_article")
    print(f"filled in {time.monotonic() - started:.0f} s")


def measure(client: Client, url: str, params: dict, repeat: int) -> tuple[float, float, int]:
    client.get(url, params)  # warm caches
    times, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
        queries = len(captured.captured_queries)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    fill(args.articles, random.Random(args.seed))

    user, _ = User.objects.get_or_create(
        username="bench", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    url = reverse("admin:articles_article_changelist")
    cases = [
        ("first page", {}),
        ("page 500", {"p": "500"}),
        ("country=BY", {"country": "BY"}),
        ("locked=yes", {"locked": "yes"}),
        ("language=kk & outlet", {"language": "kk", "outlet": "Zakon.kz"}),
        ("year 2020 (date hierarchy)", {"date__year": "2020"}),
        ("search «сотрудничество»", {"q": "сотрудничество"}),
        ("search phrase + country", {"q": '"группа дружбы"', "country": "TR"}),
        ("sorted by views", {"o": "5"}),
        ("sorted by people count", {"o": "6"}),
    ]
    total = Article.objects.count()
    print(f"\nadmin article changelist, {total} articles, {args.repeat} requests each")
    print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, params in cases:
        median, p95, queries = measure(client, url, params, args.repeat)
        print(f"{name:32} {median:10.1f} {p95:8.1f} {queries:8d}")
    people = reverse("admin:articles_person_changelist")
    median, p95, queries = measure(client, people, {}, args.repeat)
    print(f"{'people changelist':32} {median:10.1f} {p95:8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
