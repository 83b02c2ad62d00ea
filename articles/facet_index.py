"""An in-memory column store of every article's facet values, for exact counts in milliseconds.

Counting the countries, people and tags of 60,000 matching articles in PostgreSQL unnests every
link array of every match and hash-aggregates the result: 200–450 ms however the query is
written. Here each process keeps the facet values of all articles as NumPy columns (about 170
bytes per article), so counting a result set is a few `bincount` calls over a mask of the
matching rows. PostgreSQL still decides which articles match (search and filters are defined
once, in `ArticleFilter`); this module only counts them.

The columns follow `archive_version()`: when it changes, the articles added or saved since are
read again (through the `id` and `updated_at` indexes) and spliced in, and a row count that
disagrees (a deletion) drops the rows whose ids are gone. Age rebuilds everything, because a
write that commits with an older `updated_at` than one already seen would otherwise be missed.
"""

from __future__ import annotations

import copy
import datetime
import logging
import threading
import time

import numpy as np
from django.db import DatabaseError, connection, connections

logger = logging.getLogger(__name__)

# Rebuild from scratch at least this often (see the module docstring).
REBUILD_SECONDS = 300
# Rows saved this shortly before the newest known update are read again on a refresh.
REREAD_SECONDS = 10
FETCH_ROWS = 5000

_ROWS_SQL = """
SELECT id, updated_at, language, outlet, extract(year FROM date)::int,
       country_codes, person_ids, tag_ids, date - DATE '1970-01-01'
FROM articles_article {where}
"""
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_ID_BITS = 40  # `recency` holds days since 1970 above the id
_ID_MASK = (1 << _ID_BITS) - 1


class Column:
    """One facet's values, encoded as small integer codes: one per row, or several per row."""

    def __init__(self, multi: bool):
        self.multi = multi
        self.labels: list = []  # code -> value
        self.code_of: dict = {}  # value -> code
        self.codes = np.zeros(0, np.int32)  # per row, or per element when multi
        self.lengths = np.zeros(0, np.int32)  # multi: number of elements of each row
        self.owner = np.zeros(0, np.int32)  # multi: the row of each element

    def splice(self, keep: np.ndarray, values: list) -> None:
        """Drop the rows not in `keep` (a mask) and add rows with `values`."""
        flat = [v for row in values for v in row] if self.multi else values
        new = np.fromiter(
            (self.code_of.setdefault(v, len(self.code_of)) for v in flat), np.int32, len(flat)
        )
        self.labels.extend(list(self.code_of)[len(self.labels) :])
        if not self.multi:
            self.codes = np.concatenate([self.codes[keep], new])
            return
        lengths = np.fromiter((len(row) for row in values), np.int32, len(values))
        self.codes = np.concatenate([self.codes[keep[self.owner]], new])
        self.lengths = np.concatenate([self.lengths[keep], lengths])
        self.owner = np.repeat(np.arange(len(self.lengths), dtype=np.int32), self.lengths)

    def counts(self, selected: np.ndarray | None) -> np.ndarray:
        """Return the count of each code among the `selected` rows (a mask; all when None)."""
        codes = self.codes
        if selected is not None:
            codes = codes[selected[self.owner] if self.multi else selected]
        return np.bincount(codes, minlength=len(self.labels))


class FacetIndex:
    """The facet values of every article. Rows are in no particular order; `ids` names them."""

    # facet name -> (column of the SQL row, several values per article)
    FACETS = {
        "countries": (5, True),
        "people": (6, True),
        "tags": (7, True),
        "outlets": (3, False),
        "languages": (2, False),
        "years": (4, False),
    }

    def __init__(self, version: str):
        self.version = version
        self.built = time.monotonic()
        self.ids = np.zeros(0, np.int64)
        self.sorter = np.zeros(0, np.int64)  # argsort of ids, for lookups
        self.recency = np.zeros(0, np.int64)  # (date, id) of each row as one sortable number
        self.newest_update = _EPOCH
        self.columns = {name: Column(multi) for name, (_, multi) in self.FACETS.items()}

    def __len__(self) -> int:
        return len(self.ids)

    def copy(self) -> FacetIndex:
        """Return a copy to change while other threads count with this one (arrays are shared
        until replaced; labels only grow)."""
        other = copy.copy(self)
        other.columns = {name: copy.copy(column) for name, column in self.columns.items()}
        return other

    def add(self, rows: list[tuple]) -> None:
        """Add article rows (`_ROWS_SQL`), replacing the rows of the same articles."""
        if rows:
            new_ids = np.fromiter((row[0] for row in rows), np.int64, len(rows))
            self._splice(~np.isin(self.ids, new_ids), rows, new_ids)
            self.newest_update = max(self.newest_update, max(row[1] for row in rows))

    def retain(self, ids: np.ndarray) -> None:
        """Drop the rows of articles not among `ids` (deleted ones)."""
        self._splice(np.isin(self.ids, ids), [], np.zeros(0, np.int64))

    def _splice(self, keep: np.ndarray, rows: list[tuple], new_ids: np.ndarray) -> None:
        for name, (position, _) in self.FACETS.items():
            self.columns[name].splice(keep, [row[position] for row in rows])
        days = np.fromiter((row[8] for row in rows), np.int64, len(rows))
        self.recency = np.concatenate([self.recency[keep], (days << _ID_BITS) | new_ids])
        self.ids = np.concatenate([self.ids[keep], new_ids])
        self.sorter = np.argsort(self.ids, kind="stable")

    def selection(self, ids: np.ndarray) -> tuple[np.ndarray, bool]:
        """Return a mask of the rows of article `ids` (each row once), and whether every one
        of the ids is indexed."""
        selected = np.zeros(len(self.ids), dtype=bool)
        if not len(self.ids):
            return selected, not len(ids)
        found = np.searchsorted(self.ids, ids, sorter=self.sorter)
        found[found == len(self.ids)] = 0
        rows = self.sorter[found]
        known = self.ids[rows] == ids
        selected[rows[known]] = True
        return selected, bool(known.all())

    def count(self, selected: np.ndarray | None) -> tuple[dict[str, list[tuple[object, int]]], int]:
        """Return `(value, count)` for each facet's values in the `selected` rows (a mask from
        `selection`; all rows when None), and the number of those rows."""
        result = {}
        for name, column in self.columns.items():
            counts = column.counts(selected)
            result[name] = [(column.labels[i], int(counts[i])) for i in np.flatnonzero(counts)]
        return result, len(self.ids) if selected is None else int(selected.sum())

    def newest(self, selected: np.ndarray, limit: int) -> list[int]:
        """Return the ids of the `limit` newest `selected` rows (by date, then id), newest first."""
        keys = self.recency[selected]
        if len(keys) > limit:
            keys = keys[np.argpartition(keys, len(keys) - limit)[-limit:]]
        return (np.sort(keys)[::-1] & _ID_MASK).tolist()


_lock = threading.Lock()
_current: FacetIndex | None = None


def facet_index(version: str) -> FacetIndex:
    """Return this process's index, brought up to the archive's `version`."""
    global _current
    with _lock:
        index = _current
        if index is None or time.monotonic() - index.built > REBUILD_SECONDS:
            index = _built(version)
        elif index.version != version:
            index = _refreshed(index.copy(), version)
        _current = index
        return index


def _built(version: str) -> FacetIndex:
    index = FacetIndex(version)
    _read_rows(index, "")
    return index


def _refreshed(index: FacetIndex, version: str) -> FacetIndex:
    """Return `index` with the articles added or saved since it was brought up to date."""
    newest_id = int(index.ids.max()) if len(index) else 0
    # A transaction that started before the newest known update may have committed since.
    since = index.newest_update - datetime.timedelta(seconds=REREAD_SECONDS)
    _read_rows(index, "WHERE id > %s OR updated_at >= %s", [newest_id, since])
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_article")
        (count,) = cursor.fetchone()
        if count != len(index):  # something was deleted
            cursor.execute("SELECT array_agg(id) FROM articles_article")
            index.retain(np.array(cursor.fetchone()[0] or [], dtype=np.int64))
    index.version = version
    return index


def _read_rows(index: FacetIndex, where: str, params=()) -> None:
    with connection.cursor() as cursor:
        cursor.execute(_ROWS_SQL.format(where=where), params)
        while rows := cursor.fetchmany(FETCH_ROWS):
            index.add(rows)


def warm() -> None:
    """Build the index before the first request; a database not ready yet is only logged."""
    from articles.facets import archive_version

    try:
        facet_index(archive_version())
    except DatabaseError as error:
        logger.warning("facet index not built at start: %s", error)
    finally:
        connections.close_all()  # a forking server must not share the connection


def reset() -> None:
    """Forget this process's index (the next call builds it again)."""
    global _current
    with _lock:
        _current = None
