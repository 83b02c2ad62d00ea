"""Measure extraction quality on the hand-annotated set in fixtures/annotated/.

Run: python bench/extract_quality.py [-v] [FILES...]
Prints precision, recall and F1 (micro-averaged over articles) for people, speakers,
countries and people's countries; -v lists every miss and false hit.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.importer.extract import Extractor, KnownNames  # noqa: E402
from articles.importer.extract.names import plain_apostrophes  # noqa: E402
from articles.importer.parse import ParsedArticle  # noqa: E402

ANNOTATED = ROOT / "fixtures" / "annotated"


def load_set(files: list[Path]) -> list[dict]:
    """Return the annotated articles from JSONL files."""
    rows = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def to_article(row: dict) -> ParsedArticle:
    """Build the ParsedArticle that the parser would produce for an annotated row."""
    return ParsedArticle(
        source_name=row["id"] + ".txt",
        sha256=row["id"],
        date=datetime.date(2026, 1, 1),
        date_month_only=False,
        title=row["title"],
        title_derived=False,
        lead=row["lead"],
        paragraphs=tuple(row["paragraphs"]),
        views=None,
        rubric=None,
        photo_credit=row.get("photo_credit"),
        hashtags=tuple(row.get("hashtags", ())),
        outlet=row.get("outlet"),
        language=row["language"],
    )


def load_known() -> KnownNames:
    path = ANNOTATED / "known.json"
    if not path.exists():
        return KnownNames()
    data = json.loads(path.read_text(encoding="utf-8"))
    return KnownNames(data.get("person_aliases", {}), data.get("country_aliases", {}))


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, found: set) -> tuple[set, set]:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)
        return gold - found, found - gold

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{label:<18} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    files = args.files or sorted(ANNOTATED.glob("*.jsonl"))
    rows = load_set(files)
    extractor = Extractor(load_known())
    scores = {k: Score() for k in ("people", "speakers", "countries", "people's countries")}
    for row in rows:
        result = extractor.extract(to_article(row))
        # Annotators type either apostrophe; the extractor writes one spelling per person.
        persons = [(plain_apostrophes(name), *rest) for name, *rest in row["persons"]]
        gold_people = {p[0] for p in persons}
        gold_speakers = {p[0] for p in persons if p[1]}
        gold_pc = {(p[0], p[2]) for p in persons if p[2]}
        found_people = {p.name for p in result.persons}
        found_speakers = {p.name for p in result.persons if p.speaker}
        found_pc = {(p.name, p.country) for p in result.persons if p.country}
        pairs = (
            ("people", gold_people, found_people),
            ("speakers", gold_speakers, found_speakers),
            ("countries", set(row["countries"]), {c.code for c in result.countries}),
            ("people's countries", gold_pc, found_pc),
        )
        for key, gold, found in pairs:
            missed, extra = scores[key].add(gold, found)
            if args.verbose and (missed or extra):
                print(f"{row['id']} {key}: missed {sorted(missed)} extra {sorted(extra)}")
    print(f"{len(rows)} articles from {', '.join(f.name for f in files)}")
    for key, score in scores.items():
        print(score.line(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
