"""Extract people, speakers, quotes, countries and tags from a parsed article. No Django.

Russian names come from natasha's NER model (weights ship inside the package, nothing is
downloaded) normalised to the nominative by surname rules; Kazakh and English names from
the known aliases, transliteration and capitalised runs that read as names. Countries come
from the gazetteer in fixtures/, matched on lemmas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from articles.importer.parse import ParsedArticle

from .core import Engine
from .countries import load_gazetteer
from .results import CountryFound, PersonFound, QuoteFound
from .speech import article_segments

__all__ = [
    "CountryFound",
    "Extraction",
    "Extractor",
    "KnownNames",
    "PersonFound",
    "QuoteFound",
    "load_gazetteer",
]

_EMPTY: Mapping = MappingProxyType({})


@dataclass(frozen=True)
class KnownNames:
    """What the archive already knows, loaded once per run by the loader."""

    # Any surface form (any case, spelling or language) -> canonical Russian nominative name.
    person_aliases: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    # ISO alpha-2 -> surface forms added by admins, on top of the gazetteer file.
    country_aliases: Mapping[str, Sequence[str]] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class Extraction:
    persons: tuple[PersonFound, ...]
    countries: tuple[CountryFound, ...]
    quotes: tuple[QuoteFound, ...]
    tags: tuple[str, ...]
    outlet: str | None
    language: str


class Extractor:
    """Build the matchers once; call extract() for every article."""

    def __init__(self, known: KnownNames = KnownNames()):
        self.known = known
        self._engine = Engine(known.person_aliases, known.country_aliases)

    def extract(self, article: ParsedArticle) -> Extraction:
        """Return the people, quotes, countries and tags of one article."""
        segments, headline = article_segments(article.title, article.lead, article.paragraphs)
        raw = self._engine.run(segments, headline, article.language)
        return Extraction(
            persons=raw.persons,
            countries=raw.countries,
            quotes=raw.quotes,
            tags=_tags(article.hashtags),
            outlet=article.outlet,
            language=article.language,
        )


def _tags(hashtags: Sequence[str]) -> tuple[str, ...]:
    """Return the hashtags as written, without repeats that differ only in case."""
    seen: dict[str, str] = {}
    for tag in hashtags:
        tag = tag.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())
