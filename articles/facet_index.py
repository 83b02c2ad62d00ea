"""An in-memory column store of every article's facet values, for exact counts in milliseconds.

Counting the countries, people and tags of 60,000 matching articles in PostgreSQL unnests every
link array of every match and hash-aggregates the result: 200–450 ms however the query is
written. Here each process keeps the facet values of all articles as NumPy columns (a few
megabytes for 100,000 articles), so counting a result set is a handful of `bincount` calls over
the matching rows. PostgreSQL still decides which articles match (search and filters are
defined once, in `ArticleFilter`); this module only counts them.

The columns are refreshed from the database when `archive_version()` changes: new and updated
articles are read by the `id` and `updated_at` indexes, and a row count that disagrees (a
deletion) rebuilds everything, as does age, because a write that commits with an older
`updated_at` than one already seen would otherwise be missed.
"""

from __future__ import annotations

import datetime
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.db import connection

# Rebuild from scratch at least this often (see the module docstring).
REBUILD_SECONDS = 300

# Rows saved this shortly before the newest known update are read again on a refresh.
REREAD_SECONDS = 10
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

_ROWS_SQL = """
SELECT id, updated_at, language, outlet, extract(year FROM date)::int,
       country_codes, person_ids, tag_ids
FROM articles_article {where} ORDER BY id
"""


@dataclass(frozen=True)
class Column:
    """One facet: each row's values as codes (one per row, or several in CSR form)."""

    labels: np.ndarray  # code -> value (object array: str or int)
    codes: np.ndarray  # one code per row, or per element of a multi-valued column
    owner: np.ndarray | None = None  # multi-valued: the row of each element

    def counts(self, selected: np.ndarray | None) -> np.ndarray:
        """Return the count of each code among the `selected` rows (a mask; all when None)."""
        codes = self.codes
        if selected is not None:
            codes = codes[selected if self.owner is None else selected[self.owner]]
        return np.bincount(codes, minlength=len(self.labels))


def _encoded(values) -> tuple[np.ndarray, np.ndarray]:
    """Return `(labels, codes)`: each distinct value once, and each value's code."""
    code_of: dict = {}
    codes = np.fromiter((code_of.setdefault(v, len(code_of)) for v in values), dtype=np.int32)
    labels = np.empty(len(code_of), dtype=object)
    labels[:] = list(code_of)
    return labels, codes


def _single(values: list) -> Column:
    return Column(*_encoded(values))


def _multi(lists: list[tuple]) -> Column:
    lengths = np.fromiter((len(v) for v in lists), dtype=np.int64, count=len(lists))
    labels, codes = _encoded(value for values in lists for value in values)
    return Column(labels, codes, np.repeat(np.arange(len(lists)), lengths))


class FacetIndex:
    """The facet values of every article, in id order."""

    def __init__(self, rows: dict[int, tuple], version: str, built: float | None = None):
        self.version = version
        self.built = time.monotonic() if built is None else built
        self.rows = rows  # id -> (id, updated_at, language, outlet, year, codes, people, tags)
        ordered = [rows[pk] for pk in sorted(rows)]
        self.ids = np.fromiter(rows and sorted(rows), dtype=np.int64, count=len(rows))
        self.newest_update = max((r[1] for r in ordered), default=_EPOCH)
        self.columns = {
            "countries": _multi([r[5] for r in ordered]),
            "people": _multi([r[6] for r in ordered]),
            "tags": _multi([r[7] for r in ordered]),
            "outlets": _single([r[3] for r in ordered]),
            "languages": _single([r[2] for r in ordered]),
            "years": _single([r[4] for r in ordered]),
        }

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self, ids: np.ndarray) -> tuple[np.ndarray, bool]:
        """Return the row numbers of the indexed ones among article `ids`, and whether all are."""
        rows = np.searchsorted(self.ids, ids)
        known = rows < len(self.ids)
        known[known] = self.ids[rows[known]] == ids[known]
        return rows[known], bool(known.all())

    def count(self, rows: np.ndarray | None) -> tuple[dict[str, list[tuple[object, int]]], int]:
        """Return `(value, count)` of each facet's values in `rows` (all rows when None), and
        the number of distinct rows."""
        selected = None
        if rows is not None:
            selected = np.zeros(len(self.ids), dtype=bool)
            selected[rows] = True
        result = {}
        for name, column in self.columns.items():
            counts = column.counts(selected)
            present = np.flatnonzero(counts)
            result[name] = [(column.labels[i], int(counts[i])) for i in present]
        return result, len(self.ids) if selected is None else int(selected.sum())


_lock = threading.Lock()
_current: FacetIndex | None = None


def facet_index(version: str) -> FacetIndex:
    """Return this process's index, brought up to the archive's `version`."""
    global _current
    with _lock:
        index = _current
        if index is not None and index.version == version:
            return index
        if index is None or time.monotonic() - index.built > REBUILD_SECONDS:
            index = FacetIndex({row[0]: row for row in _read_rows("")}, version)
        else:
            index = _refreshed(index, version)
        _current = index
        return index


def _refreshed(index: FacetIndex, version: str) -> FacetIndex:
    """Return `index` with the articles added or saved since it was built read again."""
    newest_id = int(index.ids[-1]) if len(index) else 0
    # Rows saved shortly before the newest known update are read again: a transaction that
    # started earlier may have committed after the index was read.
    since = index.newest_update - datetime.timedelta(seconds=REREAD_SECONDS)
    changed = _read_rows("WHERE id > %s OR updated_at >= %s", [newest_id, since])
    rows = {**index.rows, **{row[0]: row for row in changed}}
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_article")
        (count,) = cursor.fetchone()
    if len(rows) != count:  # something was deleted
        rows = {row[0]: row for row in _read_rows("")}
    return FacetIndex(rows, version, built=index.built)


def _read_rows(where: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(_ROWS_SQL.format(where=where), params)
        return [
            (*row[:5], tuple(row[5]), tuple(row[6]), tuple(row[7])) for row in cursor.fetchall()
        ]


def reset() -> None:
    """Forget this process's index (tests that roll back writes call it)."""
    global _current
    with _lock:
        _current = None
