"""Import dump files: sources → parse → extract → load.

`sources`, `parse` and `extract` are pure Python; `load` is the only module that writes. This
package's own module imports nothing from Django at import time, so the pure stages stay pure.

    summary = run_import(["dumps/"], jobs=2, progress=lambda outcome, name: ...)
    print(summary.line())   # created 3, updated 0, unchanged 0, duplicate 0, failed 0
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

Progress = Callable[[str, str], None]


@dataclass
class ImportSummary:
    """What a run did with every file; `problems` holds (path, line, reason) of failed files."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    problems: list[tuple[str, int | None, str]] = field(default_factory=list)
    run_id: int | None = None
    seconds: float = 0.0

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.duplicate + self.failed

    def line(self) -> str:
        """Return the summary line scripts rely on."""
        return (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"duplicate {self.duplicate}, failed {self.failed}"
        )


def run_import(
    paths: Sequence[str],
    *,
    jobs: int | None = None,
    batch_size: int = 200,
    dry_run: bool = False,
    progress: Progress | None = None,
    command: str = "import_dumps",
) -> ImportSummary:
    """Import every dump file under `paths`; record the run; return what happened to each file.

    `jobs` worker processes parse and extract (default: the usable cores); this process writes.
    `dry_run` does everything inside one transaction and rolls it back, the ImportRun included.
    """
    from django.db import transaction

    from articles.importer.pipeline import default_jobs

    jobs = jobs or default_jobs()
    arguments = {
        "paths": [str(p) for p in paths],
        "jobs": jobs,
        "batch_size": batch_size,
        "dry_run": dry_run,
    }
    if not dry_run:
        return _Run(paths, jobs, batch_size, progress, command, arguments, dry_run).run()
    with transaction.atomic():
        summary = _Run(paths, jobs, batch_size, progress, command, arguments, dry_run).run()
        transaction.set_rollback(True)
    summary.run_id = None
    return summary


def reextract_articles(
    *,
    since=None,
    jobs: int | None = None,
    batch_size: int = 200,
    progress: Progress | None = None,
) -> ImportSummary:
    """Re-run extraction over stored articles (dated `since` or later), recorded as a run."""
    from articles.importer import load
    from articles.importer.pipeline import default_jobs
    from articles.models import Article, ImportRun

    jobs = jobs or default_jobs()
    started = time.monotonic()
    articles = Article.objects.all()
    if since:
        articles = articles.filter(date__gte=since)
    arguments = {"since": since.isoformat() if since else None, "jobs": jobs}
    run = load.import_run_start("reextract", arguments, dry_run=False)
    try:
        summary = load.article_reextract(
            articles, jobs=jobs, batch_size=batch_size, progress=progress, run=run
        )
    except BaseException:
        load.import_run_finish(run, ImportSummary(), status=ImportRun.Status.INTERRUPTED)
        raise
    summary.run_id = run.pk
    summary.seconds = time.monotonic() - started
    load.import_run_finish(run, summary)
    return summary


class _Run:
    """One import: classify files by hash, extract the new ones in workers, write them here."""

    def __init__(self, paths, jobs, batch_size, progress, command, arguments, dry_run):
        self.paths = paths
        self.jobs = jobs
        self.batch_size = batch_size
        self.progress = progress
        self.command = command
        self.arguments = arguments
        self.dry_run = dry_run
        self.summary = ImportSummary()
        # Raw SHA-256 digests of the files sent this run (32 bytes each: a dump of a million
        # files costs tens of MiB here, the only state that grows with the dump).
        self.seen: set[bytes] = set()
        self.problems_written = 0

    def run(self) -> ImportSummary:
        from collections import deque

        from articles.importer import load
        from articles.importer.pipeline import Workers, batched
        from articles.importer.sources import iter_sources
        from articles.models import ImportRun

        started = time.monotonic()
        self.run_row = load.import_run_start(self.command, self.arguments, dry_run=self.dry_run)
        self.summary.run_id = self.run_row.pk
        try:
            if not self.dry_run:
                load.articles_index_missing()
            self.ctx = load.LoadContext(self.run_row)
            problems = []
            sources = iter_sources(self.paths, on_problem=problems.append)
            known = self.ctx.known_names
            with _fast_commits(), Workers(self.jobs, known, self.ctx.country_names) as workers:
                # Batches in flight: while the parent writes one, the workers have the next
                # ones queued, and memory stays bounded by IN_FLIGHT batches.
                in_flight = deque()
                for batch in batched(_interleave(sources, problems), self.batch_size):
                    in_flight.append(self._dispatch(batch, workers))
                    if len(in_flight) > IN_FLIGHT:
                        self._write(*in_flight.popleft())
                while in_flight:
                    self._write(*in_flight.popleft())
        except BaseException:
            self.summary.seconds = time.monotonic() - started
            if not self.dry_run:
                unwritten = self.summary.problems[self.problems_written :]
                load.import_problems_add(self.run_row, unwritten)
                load.import_run_finish(
                    self.run_row, self.summary, status=ImportRun.Status.INTERRUPTED
                )
            raise
        self.summary.seconds = time.monotonic() - started
        load.import_problems_add(self.run_row, self.summary.problems[self.problems_written :])
        load.import_run_finish(self.run_row, self.summary)
        return self.summary

    def _record(self, outcome: str, name: str) -> None:
        self.summary.count(outcome)
        if self.progress:
            self.progress(outcome, name)

    def _fail(self, name: str, line: int | None, reason: str) -> None:
        self.summary.problems.append((name, line, reason))
        self._record("failed", name)

    def _dispatch(self, batch: list, workers):
        """Settle files already stored (by hash) at once; send the rest to the workers."""
        import hashlib

        from articles.importer import load
        from articles.importer.parse import DumpError

        files = []
        for entry in batch:
            if isinstance(entry, DumpError):
                self._fail(entry.path, entry.line, entry.reason)
            else:
                files.append((entry, hashlib.sha256(entry.data).hexdigest()))
        stored = load.stored_hashes([digest for _, digest in files])
        todo = []
        for source, digest in files:
            file_name = _file_name(source.name)
            raw = bytes.fromhex(digest)
            if raw in self.seen:
                self._record(load.DUPLICATE, source.name)
            elif digest in stored:
                same = stored[digest] in (None, file_name)
                self._record(load.UNCHANGED if same else load.DUPLICATE, source.name)
            else:
                self.seen.add(raw)
                todo.append((source.name, source.data))
        return [name for name, _ in todo], workers.parse_and_extract(todo)

    def _write(self, names: list[str], handle) -> None:
        """Load one batch of extracted articles, index the ones not indexed yet, record state."""
        from articles.importer import load
        from articles.importer.parse import DumpError
        from articles.search import index_articles

        items = []
        for name, result in zip(names, handle.get(), strict=True):
            if isinstance(result, DumpError):
                self._fail(result.path, result.line, result.reason)
            else:
                items.append((name, *result))
        to_index = []
        for written in load.articles_write(self.ctx, items):
            if written.outcome == load.FAILED:
                self._fail(written.path, None, written.problem)
                continue
            if written.outcome in (load.CREATED, load.UPDATED) and not written.indexed:
                to_index.append(written.article_id)
            self._record(written.outcome, written.path)
        if to_index:
            index_articles(to_index)
        load.import_problems_add(self.run_row, self.summary.problems[self.problems_written :])
        self.problems_written = len(self.summary.problems)
        load.import_run_progress(self.run_row, self.summary)


IN_FLIGHT = 2


@contextmanager
def _fast_commits():
    """Commit without waiting for the WAL flush, for this session while it imports.

    Each article is still atomic (whole or absent); a machine crash may lose the last few
    milliseconds of commits, which a re-run of the import restores.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        if connection.connection is not None and not connection.needs_rollback:
            with connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")


def _interleave(sources: Iterable, problems: list) -> Iterable:
    """Yield sources and the problems `iter_sources` reported, in the order they happened."""
    for source in sources:
        yield from problems
        problems.clear()
        yield source
    yield from problems
    problems.clear()


def _file_name(name: str) -> str:
    return name.replace("!/", "/").rsplit("/", 1)[-1][:255]
