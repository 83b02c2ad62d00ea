"""Parse and extract in worker processes; the parent process alone talks to the database.

Workers are forked (so they share the loaded code) and build their Extractor once. They never
touch the database connection inherited from the parent. Work goes out in batches with a bounded
number in flight, so memory stays flat however big the dump is, and the workers always have a
queued batch while the parent writes. Workers also compute each new article's search vector
(`load.search_document`), so the writing process does no text normalisation.

BLAS runs one thread per process: with a thread pool per worker, the workers (and the parent)
fight over the cores. The variables are read when numpy loads, so this module sets them before
anything imports the extractor (the parent imports this module first).
"""

from __future__ import annotations

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import multiprocessing  # noqa: E402
import signal  # noqa: E402
from collections.abc import Iterable, Iterator, Sequence  # noqa: E402
from itertools import islice  # noqa: E402

from articles.importer.parse import DumpError, parse_dump  # noqa: E402

_extractor = None
_country_names: dict[str, str] = {}


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


def _init(known, country_names) -> None:
    global _extractor, _country_names
    from articles.importer.extract import Extractor

    if multiprocessing.parent_process() is not None:
        # Ctrl-C and SIGTERM are for the parent, which records the run as interrupted and
        # then terminates the pool.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    _extractor = Extractor(known)
    _country_names = country_names


def _parse_and_extract(item: tuple[str, bytes]):
    """Return (ParsedArticle, Extraction, SearchDocument), or the DumpError of a failed file."""
    from articles.importer.load import search_document

    name, data = item
    try:
        parsed = parse_dump(data, name)
    except DumpError as error:
        return error
    try:
        extraction = _extractor.extract(parsed)
        return parsed, extraction, search_document(parsed, extraction, _country_names)
    except Exception as error:  # a bug in extraction must not stop the run: report the file
        return DumpError(name, None, f"extraction failed: {type(error).__name__}: {error}")


def _extract(item: tuple):
    _key, parsed = item
    try:
        return _extractor.extract(parsed)
    except Exception as error:
        return DumpError(
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
    `known` is the extractor's KnownNames, or a function returning them (called on start);
    `country_names` maps ISO codes to the Russian names search documents use.
    """

    def __init__(self, jobs: int, known, country_names: dict[str, str] | None = None):
        self.jobs = max(1, jobs)
        self.known = known
        self.country_names = country_names or {}
        self.pool = None
        self.started = False

    def __enter__(self):
        return self

    def _start(self) -> None:
        self.started = True
        known = self.known() if callable(self.known) else self.known
        if self.jobs == 1:
            _init(known, self.country_names)
        else:
            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(
                self.jobs, initializer=_init, initargs=(known, self.country_names)
            )

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
