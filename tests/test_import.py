"""Tests for import_dumps, the loader's rules (design.md, "The import pipeline") and reextract."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.importer import load, run_import
from articles.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    ImportProblem,
    ImportRun,
    Person,
    PersonAlias,
    Quote,
    Tag,
    TagAlias,
)
from tests.paths import SEED

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT / "fixtures" / "dumps"
BROKEN = ROOT / "fixtures" / "broken"
SEED_FALLBACK = DUMPS / "001_ru_kazpravda_layout.txt"
SEED_TITLE = "Депутаты Казахстана и Беларуси усилят сотрудничество по вопросам ИИ и цифровизации"

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_text() -> str:
    return (SEED if SEED.exists() else SEED_FALLBACK).read_bytes().decode("utf-8-sig")


@pytest.fixture
def dumps(tmp_path) -> Path:
    """A folder with four sample dumps (Russian, Kazakh, English)."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name in sorted(p.name for p in DUMPS.glob("*.txt"))[::6]:
        shutil.copy(DUMPS / name, folder / name)
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def edited(seed_text: str) -> str:
    text = seed_text.replace("сельском хозяйстве.", "сельском хозяйстве и логистике.", 1)
    assert text != seed_text
    return text


def run(*paths, **options):
    options.setdefault("jobs", 1)
    return run_import([str(p) for p in paths], **options)


def table_sizes() -> dict:
    models = (Article, ArticlePerson, ArticleCountry, ArticleTag, Quote, Person, PersonAlias, Tag)
    return {model.__name__: model.objects.count() for model in (*models, ImportRun)}


# --- identity and idempotence --------------------------------------------------------------------


def test_importing_twice_changes_nothing_the_second_time(dumps):
    files = len(list(dumps.glob("*.txt")))
    first = run(dumps)
    assert (first.created, first.failed) == (files, 0)
    before = table_sizes()

    second = run(dumps)
    assert second.line() == f"created 0, updated 0, unchanged {files}, duplicate 0, failed 0"
    assert {k: v for k, v in table_sizes().items() if k != "ImportRun"} == {
        k: v for k, v in before.items() if k != "ImportRun"
    }
    runs = list(ImportRun.objects.order_by("pk").values_list("created", "unchanged", "status"))
    assert runs == [(files, 0, "ok"), (0, files, "ok")]


def test_the_same_bytes_under_another_name_are_a_duplicate(tmp_path, seed_text):
    write(tmp_path / "a", "000_seed.txt", seed_text)
    write(tmp_path / "b", "copy_of_seed.txt", seed_text)
    summary = run(tmp_path / "a", tmp_path / "b")
    assert (summary.created, summary.duplicate) == (1, 1)
    again = run(tmp_path / "b")
    assert (again.duplicate, again.unchanged) == (1, 0)
    assert Article.objects.get().source_file == "000_seed.txt"


def test_edited_text_of_the_same_article_updates_the_one_row(tmp_path, seed_text):
    run(write(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    summary = run(write(tmp_path / "later", "000_seed_v2.txt", edited(seed_text)))
    assert (summary.created, summary.updated) == (0, 1)
    updated = Article.objects.get()
    assert updated.pk == article.pk
    assert "логистике" in updated.body and updated.content_hash != article.content_hash
    assert updated.source_file == "000_seed_v2.txt"
    assert Article.objects.search("логистика").filter(pk=article.pk).exists()
    assert updated.persons.filter(name="Ерлан Кошанов").exists()


def test_two_versions_of_one_article_in_a_dump_do_not_flip_on_reimport(tmp_path, seed_text):
    folder = tmp_path / "dumps"
    write(folder, "000_seed.txt", seed_text)
    write(folder, "001_seed_with_chrome.txt", edited(seed_text))
    first = run(folder)
    assert (first.created, first.updated) == (1, 1)
    article = Article.objects.get()
    assert "логистике" in article.body

    second = run(folder)
    assert second.line() == "created 0, updated 0, unchanged 2, duplicate 0, failed 0"
    assert Article.objects.get().content_hash == article.content_hash


def test_the_seed_is_stored_with_its_people_countries_tags_and_quotes(tmp_path, seed_text):
    run(write(tmp_path, "000_bc75b8d4eb3f4bce.txt", seed_text))
    article = Article.objects.get()
    assert article.title == SEED_TITLE
    assert (article.views, article.photo_credit, article.outlet) == (
        185,
        "Т.Таныбаева",
        "Kazpravda.kz",
    )
    tags = list(article.tag_links.values_list("tag__name", flat=True))
    assert tags == ["сотрудничество", "Кошанов", "Беларусь"]
    assert {"BY", "KZ"} <= set(article.countries.values_list("code", flat=True))
    speaker = ArticlePerson.objects.get(article=article, person__name="Ерлан Кошанов")
    assert speaker.speaker is True
    assert article.quotes.filter(person=speaker.person).count() == 2
    person = speaker.person
    assert person.country.code == "KZ" and person.position
    assert person.created_by_run == ImportRun.objects.get()
    assert Article.objects.search("Беларуси").filter(pk=article.pk).exists()


def test_a_broken_file_fails_alone_and_is_recorded_with_its_line(dumps):
    shutil.copy(BROKEN / "invalid_date.txt", dumps / "zz_invalid_date.txt")
    files = len(list(dumps.glob("*.txt")))
    summary = run(dumps)
    assert (summary.created, summary.failed) == (files - 1, 1)
    problem = ImportProblem.objects.get()
    assert problem.path.endswith("zz_invalid_date.txt") and problem.line == 1
    assert "2026-13-45" in problem.reason
    assert ImportRun.objects.get().status == ImportRun.Status.FAILED


# --- admins win ----------------------------------------------------------------------------------


def test_a_locked_field_survives_a_reimport(tmp_path, seed_text):
    run(write(tmp_path, "000_seed.txt", seed_text))
    Article.objects.update(title="Заголовок редактора", views=7, locked_fields=["title", "views"])
    summary = run(write(tmp_path / "v2", "000_seed.txt", edited(seed_text)))
    assert summary.updated == 1
    article = Article.objects.get()
    assert (article.title, article.views) == ("Заголовок редактора", 7)
    assert "логистике" in article.body


def test_a_locked_set_of_links_is_not_relinked(tmp_path, seed_text):
    run(write(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    ArticlePerson.objects.filter(article=article).exclude(person__name="Ерлан Кошанов").delete()
    article.tag_links.all().delete()
    Article.objects.update(locked_fields=["persons", "tags"])
    run(write(tmp_path / "v2", "000_seed.txt", edited(seed_text)))
    assert list(article.persons.values_list("name", flat=True)) == ["Ерлан Кошанов"]
    assert not article.tag_links.exists()
    assert article.country_links.filter(country__code="BY").exists()


def test_a_merged_person_stays_merged(tmp_path, seed_text):
    run(write(tmp_path, "000_seed.txt", seed_text))
    old = Person.objects.get(name="Ерлан Кошанов")
    survivor = Person.objects.create(name="Кошанов Ерлан Жакипович", position="Спикер")
    # What an admin merge does: move links and quotes, keep the old name as an alias.
    ArticlePerson.objects.filter(person=old).update(person=survivor)
    Quote.objects.filter(person=old).update(person=survivor)
    old.delete()
    PersonAlias.objects.create(person=survivor, name="ерлан кошанов")

    summary = run(write(tmp_path / "v2", "000_seed.txt", edited(seed_text)))
    assert summary.updated == 1
    article = Article.objects.get()
    assert article.persons.filter(pk=survivor.pk).exists()
    assert not Person.objects.filter(name="Ерлан Кошанов").exists()
    assert ArticlePerson.objects.get(article=article, person=survivor).speaker is True
    survivor.refresh_from_db()
    assert survivor.position == "Спикер"  # an admin's value is never overwritten


def test_a_rejected_link_stays_rejected_after_reimport_and_reextraction(tmp_path, seed_text):
    run(write(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    lukashenko = Person.objects.get(name="Александр Лукашенко")
    article.person_links.filter(person=lukashenko).delete()
    article.country_links.filter(country__code="BY").delete()
    article.rejected_persons.add(lukashenko)
    article.rejected_countries.add(article.countries.model.objects.get(code="BY"))

    run(write(tmp_path / "v2", "000_seed.txt", edited(seed_text)))
    call_command("reextract", jobs=1, verbosity=0)
    assert not article.persons.filter(pk=lukashenko.pk).exists()
    assert not article.countries.filter(code="BY").exists()
    assert article.quotes.exists()


def test_a_new_person_gets_their_aliases_and_an_empty_position_is_filled(tmp_path, seed_text):
    kz_text = (DUMPS / "009_kk_senate_kazinform.txt").read_text(encoding="utf-8")
    Person.objects.create(name="Ерлан Кошанов")  # known, position still empty
    run(write(tmp_path, "000_seed.txt", seed_text), write(tmp_path, "009.txt", kz_text))
    assert Person.objects.get(name="Ерлан Кошанов").position
    with_aliases = Person.objects.filter(aliases__isnull=False, created_by_run__isnull=False)
    assert with_aliases.exists()
    for alias in PersonAlias.objects.all():
        assert load.LoadContext(None).person_id(alias.name) == alias.person_id


def test_the_tag_map_resolves_aliases_in_one_query_whatever_their_number():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            load.LoadContext(None)
        return len(captured)

    belarus, minsk = Tag.objects.create(name="Беларусь"), Tag.objects.create(name="Минск")
    before = queries()
    TagAlias.objects.bulk_create(
        [TagAlias(tag=belarus, name=f"Беларусь{n}") for n in range(200)]
        + [TagAlias(tag=belarus, name="минск")]  # a name wins over another tag's alias
    )
    assert queries() == before
    ctx = load.LoadContext(None)
    assert ctx.tag_id("БЕЛАРУСЬ150") == belarus.pk
    assert ctx.tag_id("Минск") == minsk.pk


def test_loading_an_article_needs_no_query_per_mention(
    tmp_path, seed_text, django_assert_max_num_queries
):
    from articles.importer.extract import Extractor
    from articles.importer.parse import parse_dump

    run(write(tmp_path, "000_seed.txt", seed_text))  # the people and tags now exist
    data = edited(seed_text).encode()
    parsed = parse_dump(data, "000_seed.txt")
    extraction = Extractor().extract(parsed)
    assert sum(p.mentions for p in extraction.persons) > 10
    ctx = load.LoadContext(None)
    with django_assert_max_num_queries(20):
        outcome, _ = load.article_upsert(ctx, parsed, extraction)
    assert outcome == load.UPDATED


# --- crash safety, dry run, commands ---------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_crash_midway_leaves_whole_articles_and_a_rerun_finishes(dumps, monkeypatch):
    files = len(list(dumps.glob("*.txt")))
    real_sql, real_upsert = load._article_insert_sql, load.article_upsert
    calls = {"n": 0}

    def fail_after_the_links_of_the_third_article(*args):
        calls["n"] += 1
        sql, params = real_sql(*args)
        if calls["n"] == 3:
            # The links are written, then the server fails before the article row is.
            sql = sql.replace(
                "INSERT INTO articles_article ", "SELECT 1/0; INSERT INTO articles_article "
            )
        return sql, params

    def die(*args, **kwargs):
        raise RuntimeError("worker killed")  # the process dies instead of retrying

    monkeypatch.setattr(load, "_article_insert_sql", fail_after_the_links_of_the_third_article)
    monkeypatch.setattr(load, "article_upsert", die)
    with pytest.raises(RuntimeError):
        run(dumps, batch_size=2)
    assert Article.objects.count() == 2
    linked = set(ArticlePerson.objects.values_list("article_id", flat=True))
    linked |= set(ArticleCountry.objects.values_list("article_id", flat=True))
    linked |= set(Quote.objects.values_list("article_id", flat=True))
    assert linked == set(Article.objects.values_list("pk", flat=True))  # no half article
    assert ImportRun.objects.get().status == ImportRun.Status.INTERRUPTED
    assert not Article.objects.filter(search_vector__isnull=True).exists()

    monkeypatch.setattr(load, "_article_insert_sql", real_sql)
    monkeypatch.setattr(load, "article_upsert", real_upsert)
    summary = run(dumps)
    assert (summary.created, summary.unchanged, summary.failed) == (files - 2, 2, 0)
    assert Article.objects.count() == files


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_crash_while_updating_keeps_the_whole_old_version(tmp_path, seed_text, monkeypatch):
    run(write(tmp_path, "000_seed.txt", seed_text))
    before = Article.objects.get()
    links = sorted(before.person_links.values_list("person_id", "mentions"))
    real = load.article_links_set

    def crash(ctx, article, extraction, **kwargs):
        real(ctx, article, extraction, **kwargs)  # the new links are written …
        raise RuntimeError("worker killed")  # … and the process dies before commit

    monkeypatch.setattr(load, "article_links_set", crash)
    with pytest.raises(RuntimeError):
        run(write(tmp_path / "v2", "000_seed.txt", edited(seed_text)))
    after = Article.objects.get()
    assert (after.content_hash, after.body) == (before.content_hash, before.body)
    assert sorted(after.person_links.values_list("person_id", "mentions")) == links

    monkeypatch.setattr(load, "article_links_set", real)
    assert run(tmp_path / "v2").updated == 1


# Autocommit, as in a real run (a test transaction adds a savepoint around each article).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_batch_needs_a_bounded_number_of_queries_per_article(
    tmp_path, django_assert_max_num_queries
):
    """The writer's round trips: one per new article with all its links, plus a few per batch."""
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, "bench/make_corpus.py", "20", str(corpus), "--seed", "3"],
        cwd=ROOT,
        check=True,
    )
    files = len(list(corpus.glob("*.txt")))
    assert files == 20
    run(tmp_path / "nothing")  # loads the extractor's models outside the count
    with django_assert_max_num_queries(1 * files + 25):
        summary = run(corpus, batch_size=files)
    assert summary.created + summary.duplicate == files
    assert ArticlePerson.objects.count() > files  # the links were written too


def test_a_new_article_is_stored_with_the_vector_and_arrays_the_database_computes(
    tmp_path, seed_text
):
    from django.db import connection

    from articles.search import index_articles

    run(write(tmp_path, "000_seed.txt", seed_text), DUMPS)
    # index_articles lists the names (weight D) in no defined order: compare their lexemes only.
    columns = (
        "ts_filter(search_vector, '{a,b,c}')::text,"
        " (SELECT array_agg(x ORDER BY x) FROM unnest(tsvector_to_array("
        "   ts_filter(search_vector, '{d}'))) x),"
        " country_codes, person_ids, speaker_ids, tag_ids"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {columns} FROM articles_article ORDER BY id")
        stored = cursor.fetchall()
        index_articles([row[0] for row in stored])
        cursor.execute("UPDATE articles_article SET id = id")  # the trigger refills the arrays
        cursor.execute(f"SELECT id, {columns} FROM articles_article ORDER BY id")
        recomputed = cursor.fetchall()
    assert len(stored) > 5
    assert any(row[2] for row in stored) and any(row[5] for row in stored)
    assert stored == recomputed


def test_a_dump_error_survives_pickling():
    import pickle

    from articles.importer.parse import DumpError

    error = pickle.loads(pickle.dumps(DumpError("dump.zip!/a.txt", 3, "invalid date")))
    assert isinstance(error, DumpError)
    assert (error.path, error.line, error.reason) == ("dump.zip!/a.txt", 3, "invalid date")
    assert str(error) == "dump.zip!/a.txt:3: invalid date"


def test_dry_run_writes_nothing(dumps):
    before = table_sizes()
    summary = run(dumps, dry_run=True)
    assert summary.created == len(list(dumps.glob("*.txt")))
    assert summary.run_id is None
    assert table_sizes() == before


# run_from_argv closes the connection at the end, so these need real commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_command_ends_with_the_summary_line_and_exit_code_1_on_failure(dumps, capsys):
    from articles.management.commands.import_dumps import Command

    shutil.copy(BROKEN / "empty.txt", dumps / "zz_empty.txt")
    with pytest.raises(SystemExit) as exit_:
        Command().run_from_argv(["manage.py", "import_dumps", str(dumps), "--jobs", "1"])
    assert exit_.value.code == 1
    out, err = capsys.readouterr()
    files = len(list(dumps.glob("*.txt")))
    assert (
        out.splitlines()[-1]
        == f"created {files - 1}, updated 0, unchanged 0, duplicate 0, failed 1"
    )
    assert "zz_empty.txt:1: the file is empty" in err

    with pytest.raises(SystemExit):
        Command().run_from_argv(["manage.py", "import_dumps", str(dumps), "-v", "0"])
    out, err = capsys.readouterr()
    assert out == f"created 0, updated 0, unchanged {files - 1}, duplicate 0, failed 1\n"
    assert err == ""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_missing_path_is_a_usage_error_without_traceback(tmp_path, capsys):
    from articles.management.commands.import_dumps import Command

    with pytest.raises(SystemExit) as exit_:
        Command().run_from_argv(["manage.py", "import_dumps", str(tmp_path / "nowhere")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "No such file or folder" in err and "Traceback" not in err
    assert not ImportRun.objects.exists()


def test_an_unreachable_database_is_one_clear_sentence():
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nothing",
        "SECRET_KEY": "test-0123456789-0123456789-0123456789-0123456789",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "import_dumps", str(DUMPS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Cannot reach the database" in done.stderr and "Traceback" not in done.stderr


def test_reextract_relinks_stored_articles_and_says_so(tmp_path, seed_text, capsys):
    run(write(tmp_path, "000_seed.txt", seed_text))
    article = Article.objects.get()
    article.country_links.all().delete()

    call_command("reextract", jobs=1, verbosity=0)
    assert capsys.readouterr().out.splitlines()[-1] == (
        "created 0, updated 1, unchanged 0, duplicate 0, failed 0"
    )
    assert article.countries.filter(code="BY").exists()
    call_command("reextract", "--since", "2026-02-06", jobs=1, verbosity=0)
    assert capsys.readouterr().out.splitlines()[-1].startswith("created 0, updated 0, unchanged 1")
    call_command("reextract", "--since", "2026-02-07", jobs=1, verbosity=0)
    assert "unchanged 0" in capsys.readouterr().out
    assert ImportRun.objects.filter(command="reextract").count() == 3


def test_workers_give_the_same_result_as_one_process(dumps):
    run(dumps, jobs=2, batch_size=2)
    by_process = {
        a.content_hash: sorted(a.persons.values_list("name", flat=True))
        for a in Article.objects.all()
    }
    Article.objects.all().delete()
    run(dumps, jobs=1)
    assert {
        a.content_hash: sorted(a.persons.values_list("name", flat=True))
        for a in Article.objects.all()
    } == by_process
