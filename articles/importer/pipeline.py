"""Parse and extract in worker processes; the parent process alone talks to the database.

Workers are forked (so they share the loaded code) and build their Extractor once. They never
touch the database connection inherited from the parent. Work goes out one batch at a time, so
memory stays flat however big the dump is, and the next batch is parsed while the parent writes
the current one.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from articles.importer.parse import DumpError, parse_dump

_extractor = None


@dataclass(frozen=True)
class Failure:
    """Why a file failed in a worker (DumpError itself does not survive pickling)."""

    path: str
    line: int | None
    reason: str


def batched(iterable: Iterable, size: int) -> Iterator[list]:
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _init(known) -> None:
    global _extractor
    from articles.importer.extract import Extractor

    if multiprocessing.parent_process() is not None:
        # Ctrl-C and SIGTERM are for the parent, which records the run as interrupted and
        # then terminates the pool.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    _extractor = Extractor(known)


def _parse_and_extract(item: tuple[str, bytes]):
    """Return (ParsedArticle, Extraction), or the Failure of a file that is not an article."""
    name, data = item
    try:
        parsed = parse_dump(data, name)
    except DumpError as error:
        return Failure(error.path, error.line, error.reason)
    try:
        return parsed, _extractor.extract(parsed)
    except Exception as error:  # a bug in extraction must not stop the run: report the file
        return Failure(name, None, f"extraction failed: {type(error).__name__}: {error}")


def _extract(item: tuple):
    _key, parsed = item
    try:
        return _extractor.extract(parsed)
    except Exception as error:
        return Failure(
            parsed.source_name, None, f"extraction failed: {type(error).__name__}: {error}"
        )


class _Done:
    """A finished in-process result with the interface of AsyncResult."""

    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class Workers:
    """A pool of `jobs` processes (or the current process when jobs is 1).

    Started on the first real work: a re-import of unchanged files never loads the models.
    """

    def __init__(self, jobs: int, known):
        self.jobs = max(1, jobs)
        self.known = known
        self.pool = None
        self.started = False

    def __enter__(self):
        return self

    def _start(self) -> None:
        self.started = True
        if self.jobs == 1:
            _init(self.known)
        else:
            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(self.jobs, initializer=_init, initargs=(self.known,))

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
        return False

    def _submit(self, func, items: Sequence):
        if not items:
            return _Done([])
        if not self.started:
            self._start()
        if self.pool is None:
            return _Done([func(item) for item in items])
        chunk = max(1, len(items) // (self.jobs * 4))
        return self.pool.map_async(func, items, chunksize=chunk)

    def parse_and_extract(self, items: Sequence[tuple[str, bytes]]):
        """Start parsing and extracting (name, bytes) items; `.get()` returns the results."""
        return self._submit(_parse_and_extract, items)

    def extract(self, items: Sequence[tuple]) -> list:
        """Extract (key, ParsedArticle) items and return the results in order."""
        return self._submit(_extract, items).get()
