"""Full-text search: the stored search vector, the query that reads it, and the hit marker.

The vector is built in Python from `articles.morphology` normal forms (the Snowball stemmers
split the case forms of names, see that module) and stored as a `simple` tsvector with weights:
title A, lead B, body C, and D for the canonical names of the people and countries the article is
linked to (so a Kazakh or English article about `Ерлан Кошанов` is found by `Кошанов`). Word
positions are kept, so phrases work. A query in websearch syntax (`"точная фраза"`, `OR`,
`-исключить`) is parsed here and each term normalised with the same function, then cast to a
tsquery: no input can make PostgreSQL raise a syntax error.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from itertools import islice, pairwise

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import DateField, F, Func, Q, Subquery, Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles import morphology

MAX_QUERY_CHARS = 500
MAX_QUERY_ITEMS = 16
MAX_POSITION = 16383  # PostgreSQL's limit for tsvector positions
MAX_POSITIONS_PER_LEXEME = 256
INDEX_BATCH = 500
# A prefix shorter than this matches unrelated words (Бирлой -> бирл* matches Kazakh бірлесу).
PREFIX_MIN = 6
# Relevance ranks the newest RANK_WINDOW matches (see `top_ranked`).
RANK_WINDOW = 200
# Above this many matches, the newest ones are found by walking the date index (see top_ranked).
DENSE_MATCHES = 20_000
# Adjacent words with more combinations of forms than this are not stored as pairs.
MAX_PAIRS = 4
# Ranks use log-length normalisation so that long bodies do not outrank titles.
RANK_NORMALIZATION = 1


# ---------------------------------------------------------------------------------------------
# Documents


def document_vector(parts: list[tuple[str, str]]) -> str:
    """Return a tsvector literal for `(text, weight)` parts, in order, with word positions.

    Besides each word's forms, each pair of adjacent words is stored as one lexeme (`pairs`),
    so that a two-word phrase is a plain index lookup: a phrase operator makes PostgreSQL
    re-read the whole vector of every candidate, 200 ms and more for a common pair of words.
    """
    positions: dict[str, list[str]] = {}
    pos = 0
    for text, weight in parts:
        suffix = "" if weight == "D" else weight
        previous: tuple[str, ...] = ()  # no phrase across the end of a field
        for word in morphology.tokens(text):
            pos += 1
            if pos > MAX_POSITION:
                break
            forms = morphology.forms(word)
            for lexeme in (*forms, *pairs(previous, forms)):
                entry = positions.setdefault(lexeme, [])
                if len(entry) < MAX_POSITIONS_PER_LEXEME:
                    entry.append(f"{pos}{suffix}")
            previous = forms
        pos += 1  # no phrase across the end of a field
    return " ".join(f"{_quote(lexeme)}:{','.join(p)}" for lexeme, p in positions.items())


def pairs(first: tuple[str, ...], second: tuple[str, ...]) -> list[str]:
    """Return the lexemes of two adjacent words (none after a stopword or an ambiguous word)."""
    if not first or not second or len(first) * len(second) > MAX_PAIRS:
        return []
    return [f"{a} {b}" for a in first for b in second]


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def article_vector(title: str, lead: str, body: str, names) -> str:
    """Return the stored vector of an article: its texts and the names of its links."""
    return document_vector(
        [(title, "A"), (lead, "B"), (body, "C"), *((name, "D") for name in names)]
    )


_ROWS_SQL = """
SELECT a.id, a.title, a.lead, a.body,
       ARRAY(SELECT p.name FROM articles_articleperson ap
             JOIN articles_person p ON p.id = ap.person_id WHERE ap.article_id = a.id)
       || ARRAY(SELECT c.name_ru FROM articles_articlecountry ac
                JOIN articles_country c ON c.id = ac.country_id WHERE ac.article_id = a.id)
FROM articles_article a WHERE a.id = ANY(%s)
"""
_UPDATE_SQL = """
UPDATE articles_article a SET search_vector = v.sv::tsvector
FROM unnest(%s::bigint[], %s::text[]) AS v(id, sv) WHERE a.id = v.id
"""


def index_articles(article_ids) -> None:
    """Recompute the stored search vector of the given articles (after any text or link change)."""
    ids = list(article_ids)
    for start in range(0, len(ids), INDEX_BATCH):
        batch = ids[start : start + INDEX_BATCH]
        with connection.cursor() as cursor:
            cursor.execute(_ROWS_SQL, [batch])
            rows = cursor.fetchall()
            vectors = [article_vector(*row[1:]) for row in rows]
            cursor.execute(_UPDATE_SQL, [[row[0] for row in rows], vectors])


# ---------------------------------------------------------------------------------------------
# Queries


@dataclass(frozen=True)
class ParsedQuery:
    """A websearch query turned into a tsquery literal plus what to mark in the text."""

    tsquery: str
    lexemes: frozenset[str] = field(default_factory=frozenset)
    prefixes: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # the positive words as typed, for the name jump

    def matches(self, word: str) -> bool:
        """Whether a word of a text is a hit of this query."""
        for form in morphology.forms(word):
            if form in self.lexemes or form.startswith(self.prefixes or ("\0",)):
                return True
        return False


_CHUNK_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(query: str | None) -> ParsedQuery | None:
    """Parse websearch syntax into a safe tsquery; None when nothing searchable is left."""
    query = (query or "")[:MAX_QUERY_CHARS]
    groups: list[list[str]] = []
    lexemes: set[str] = set()
    prefixes: set[str] = set()
    terms: list[str] = []
    join_or = False
    for match in _CHUNK_RE.finditer(query):
        negate, phrase, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare is not None:
            if bare.lower() == "or":
                join_or = bool(groups)
                continue
            negate = bare.startswith("-")
            phrase = bare.lstrip("-")
        words = morphology.tokens(phrase)
        item = _phrase(words, None if negate else (lexemes, prefixes))
        if item is None:
            continue
        if not negate:
            terms.extend(words)
        item = f"!{item}" if negate else item
        if join_or and groups:
            groups[-1].append(item)
        else:
            groups.append([item])
        join_or = False
        if len(groups) >= MAX_QUERY_ITEMS:
            break
    if not groups or (all(g[0].startswith("!") and len(g) == 1 for g in groups) and not lexemes):
        # Only exclusions (or nothing) left: PostgreSQL would scan everything; treat as no query.
        return None
    tsquery = " & ".join(g[0] if len(g) == 1 else "(" + " | ".join(g) + ")" for g in groups)
    return ParsedQuery(tsquery, frozenset(lexemes), tuple(sorted(prefixes)), tuple(terms))


def _phrase(words: list[str], collect) -> str | None:
    paired = _paired_phrase(words, collect)
    if paired:
        return paired
    parts: list[str] = []
    gap = 1
    for word in words:
        term = _term(word, collect)
        if term is None:
            gap += 1  # a stopword keeps its place in a phrase
            continue
        if parts:
            parts.append("<->" if gap == 1 else f"<{gap}>")
        parts.append(term)
        gap = 1
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " ".join(parts) + ")"


def _paired_phrase(words: list[str], collect) -> str | None:
    """Return a phrase of plain words as its stored pairs (`document_vector`), or None.

    Two words are one pair lookup, exact without positions; longer phrases chain the pairs.
    Stopwords, and names matched by prefix, keep the word-by-word form.
    """
    forms = [morphology.forms(word) for word in words]
    if len(words) < 2 or any(
        morphology.is_name_like(w) and len(f[-1]) >= PREFIX_MIN
        for w, f in zip(words, forms, strict=True)
    ):
        return None
    links = [pairs(a, b) for a, b in pairwise(forms)]
    if not all(links):
        return None
    if collect:
        collect[0].update(form for word_forms in forms for form in word_forms)
    terms = ["(" + " | ".join(_quote(pair) for pair in link) + ")" for link in links]
    return terms[0] if len(terms) == 1 else "(" + " <-> ".join(terms) + ")"


def _term(word: str, collect) -> str | None:
    forms = morphology.forms(word)
    if not forms:
        return None
    alternatives = [_quote(f) for f in forms]
    if morphology.is_name_like(word) and len(forms[-1]) >= PREFIX_MIN:
        # An unknown word (usually a name): a prefix of its base also catches forms the
        # normaliser does not know (foreign names, rare endings).
        base = forms[-1]
        alternatives.append(f"{_quote(base)}:*")
        if collect:
            collect[1].add(base)
    if collect:
        collect[0].update(forms)
    return alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")"


class TsQuery(SearchQuery):
    """A tsquery literal built by `parse_query`, cast as it is (no parsing by a config)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"({sql})::tsquery", params


def tsquery_expression(parsed: ParsedQuery) -> TsQuery:
    """Return the SQL expression of a parsed query."""
    return TsQuery(parsed.tsquery)


def person_for_query(parsed: ParsedQuery | None):
    """Return the person whose name or alias is exactly the query (in any case form)."""
    if parsed is None or not 1 <= len(parsed.terms) <= 4:
        return None
    query_forms = [set(morphology.forms(word)) for word in parsed.terms]
    if not all(query_forms):
        return None
    from articles.models import Person

    longest = max(parsed.terms, key=len)
    stem = morphology.forms(longest)[-1][: max(4, len(longest) - 3)]
    candidates = (
        Person.objects.filter(Q(name__icontains=stem) | Q(aliases__name__icontains=stem))
        .annotate(alias_names=ArrayAgg("aliases__name", distinct=True, default=[]))
        .order_by("name")[:30]
    )
    full, surname_only = [], []
    for person in candidates:
        for name in [person.name, *filter(None, person.alias_names)]:
            name_forms = [set(morphology.forms(w)) for w in morphology.tokens(name)]
            if _same_words(query_forms, name_forms):
                full.append(person)
                break
            if len(query_forms) == 1 and name_forms and query_forms[0] & name_forms[-1]:
                surname_only.append(person)
                break
    if full:
        return full[0]
    return surname_only[0] if len(surname_only) == 1 else None


def _same_words(a: list[set], b: list[set]) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


def with_person_name(parsed: ParsedQuery, person) -> ParsedQuery:
    """Return `parsed` also matching the person's canonical name (for a query typed as an alias)."""
    name = parse_query(f'"{person.name}"')
    if name is None or name.tsquery == parsed.tsquery:
        return parsed
    return ParsedQuery(
        f"({parsed.tsquery}) | {name.tsquery}",
        parsed.lexemes | name.lexemes,
        tuple(sorted({*parsed.prefixes, *name.prefixes})),
        parsed.terms,
    )


def top_ranked(
    queryset, window: int = RANK_WINDOW, *, total: int | None = None, newest: list | None = None
):
    """Restrict a relevance-ordered search to its `window` newest matches before ranking.

    Ranking reads every match's vector from TOAST; on a common word that is tens of thousands
    of reads for one page of results. Ranking the newest `window` matches keeps a page at a few
    hundred reads, and is exact whenever the search has fewer matches than that.

    `total` (the number of matches, when known) picks how to find the newest matches: walking
    the date index and testing each row pays off only when matches are dense; otherwise the
    GIN bitmap (no vector read) and a sort are much faster, and the planner cannot tell.
    `newest`, the ids of the newest matches when the caller knows them already, skips both.
    """
    if newest is not None:
        newest = newest[:window]
    else:
        newest_first = ["-date", "-id"]
        if total is not None and total <= DENSE_MATCHES:
            # `date + 0` is not the indexed column: the planner must use the GIN bitmap.
            unindexed = Func(F("date"), template="(%(expressions)s + 0)", output_field=DateField())
            newest_first = [unindexed.desc(), "-id"]
        newest = Subquery(queryset.order_by(*newest_first).values("pk")[:window])
    rank = queryset.query.annotations.get("rank")
    if rank is None:
        return queryset.filter(pk__in=newest)
    # The outer query need not test the match again: that would read each vector twice.
    return (
        queryset.model._default_manager.filter(pk__in=newest)
        .annotate(rank=rank)
        .order_by(*queryset.query.order_by)
    )


def search_articles(queryset, query: str | ParsedQuery | None):
    """Filter `queryset` to matches of a websearch-syntax query, annotated with `rank`."""
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if parsed is None:
        return queryset
    expression = tsquery_expression(parsed)
    return queryset.filter(search_vector=expression).annotate(
        rank=SearchRank(F("search_vector"), expression, normalization=Value(RANK_NORMALIZATION))
    )


# ---------------------------------------------------------------------------------------------
# Marking hits: escape the untrusted text first, then wrap the hits in <mark>.


def highlight(text: str, parsed: ParsedQuery | None) -> SafeString:
    """Return `text` escaped, with the words that match `parsed` wrapped in <mark>."""
    text = text or ""
    if parsed is None:
        return mark_safe(escape(text))
    out: list[str] = []
    last = 0
    for match in morphology.TOKEN_RE.finditer(text):
        if parsed.matches(match.group()):
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def snippet(texts: list[str], parsed: ParsedQuery | None, words: int = 40) -> SafeString:
    """Return a marked window of about `words` words around the first hit in `texts`."""
    for text in texts:
        if not text or parsed is None:
            continue
        before: deque = deque(maxlen=words // 4 + 1)  # the hit and the words before it
        found = morphology.TOKEN_RE.finditer(text)
        for i, match in enumerate(found):
            before.append(match)
            if parsed.matches(match.group()):
                window = [*before, *islice(found, words + 1 - len(before))]
                start = window[0].start() if i >= len(before) else 0
                last = window[-1].end()
                end = last if next(found, None) is not None else len(text)
                body = highlight(text[start:end], parsed)
                return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))
    fallback = next((t for t in texts if t), "")
    cut = fallback.split()
    short = " ".join(cut[:words]) + (" …" if len(cut) > words else "")
    return mark_safe(escape(short))
