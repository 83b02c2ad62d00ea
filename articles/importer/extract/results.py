"""What extraction hands over: plain frozen dataclasses, shared by the engine and the API."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonFound:
    name: str
    aliases: tuple[str, ...]
    mentions: int
    speaker: bool
    position: str | None
    country: str | None


@dataclass(frozen=True)
class QuoteFound:
    person: str
    text: str


@dataclass(frozen=True)
class CountryFound:
    code: str
    mentions: int
    in_headline: bool
