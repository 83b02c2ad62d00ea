"""Two `import_dumps` processes over the same files at once: no duplicate rows, no crash."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import Lower

from articles.models import Article, ArticlePerson, ImportRun, Person, Tag

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT / "fixtures" / "dumps"


def database_url() -> str:
    """Return the URL of the test database, which the subprocesses must write to."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_import(*paths: Path) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url()}
    env.setdefault("SECRET_KEY", "test-0123456789-0123456789-0123456789-0123456789")
    command = [sys.executable, "manage.py", "import_dumps", *map(str, paths), "--jobs", "1"]
    command += ["--batch-size", "5"]
    pipe = subprocess.PIPE
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=pipe, stderr=pipe, text=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_imports_create_every_row_once(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    subprocess.run(
        [sys.executable, "bench/make_corpus.py", "60", str(first), "--seed", "7"],
        cwd=ROOT,
        check=True,
    )
    second.mkdir()
    for path in sorted(DUMPS.glob("*.txt")):
        shutil.copy(path, second / path.name)
    # The same bytes under other names: both processes race to call them duplicates.
    for path in sorted(first.glob("*.txt"))[:5]:
        shutil.copy(path, second / f"copy_{path.name}")
    files = [*first.glob("*.txt"), *second.glob("*.txt")]
    distinct = {hashlib.sha256(path.read_bytes()).hexdigest() for path in files}

    # Opposite orders, so each process meets the other's fresh rows from both ends.
    processes = [start_import(first, second), start_import(second, first)]
    results = [process.communicate(timeout=600) for process in processes]
    for process, (_, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    lines = [out.strip().splitlines()[-1] for out, _ in results]
    counts = [dict(part.split() for part in line.split(", ")) for line in lines]
    for count in counts:
        assert sum(int(n) for n in count.values()) == len(files)
        assert count["failed"] == "0" and count["updated"] == "0"
    assert sum(int(count["created"]) for count in counts) == len(distinct)

    assert Article.objects.count() == len(distinct)
    assert (
        not Person.objects.annotate(key=Lower("name"))
        .values("key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    assert (
        not Tag.objects.annotate(key=Lower("name"))
        .values("key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    assert ArticlePerson.objects.exists()
    assert set(ImportRun.objects.values_list("status", flat=True)) == {"ok"}

    # A third, sequential run finds everything in place.
    out, err = start_import(first, second).communicate(timeout=600)
    assert out.strip().splitlines()[-1].startswith("created 0, updated 0, unchanged")
