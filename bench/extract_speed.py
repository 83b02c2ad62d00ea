"""Measure extraction speed on typical ~3,000-character articles, on one core.

Run: python bench/extract_speed.py [--n 200] [--repeat 3] [--naive] [--corpus DIR]
Articles are built from the annotated set (fixtures/annotated/*.jsonl): paragraphs of
several stories joined until each text reaches ~3,000 characters. --naive times the
obvious natasha pipeline instead (segment, full morphological tagging, NER, normalise
every span) for comparison. --corpus DIR reads dump files written by bench/make_corpus.py
instead. BLAS runs one thread (OPENBLAS_NUM_THREADS=1 unless set): on one core a second
BLAS thread only contends with the first. The machine is shared: besides wall-clock speed
the script prints CPU-time speed (process time, which other processes' load barely
changes), and with --repeat N the best of N timed passes.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.importer.extract import Extractor  # noqa: E402
from bench.extract_quality import ANNOTATED, load_known, load_set, to_article  # noqa: E402


def make_articles(n: int, size: int = 3000, seed: int = 1) -> list:
    """Return n ParsedArticles of about size characters, mixed from the annotated stories."""
    rows = load_set(sorted(ANNOTATED.glob("*.jsonl")))
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        base = dict(rng.choice(rows))
        same = [r for r in rows if r["language"] == base["language"]]
        paragraphs = list(base["paragraphs"])
        while sum(map(len, paragraphs)) < size:
            paragraphs += rng.choice(same)["paragraphs"]
        base["paragraphs"] = paragraphs
        out.append(to_article(base))
    return out


def corpus_articles(folder: Path, n: int) -> list:
    """Return up to n parsed articles from a make_corpus.py folder."""
    from articles.importer.parse import DumpError, parse_dump

    out = []
    for path in sorted(folder.rglob("*.txt")):
        try:
            out.append(parse_dump(path.read_bytes(), path.name))
        except DumpError:
            continue
        if len(out) >= n:
            break
    return out


def naive(articles: list) -> None:
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    segmenter, morph, ner, vocab = (
        Segmenter(),
        NewsMorphTagger(emb),
        NewsNERTagger(emb),
        MorphVocab(),
    )
    for article in articles:
        doc = Doc("\n\n".join([article.title, article.lead, *article.paragraphs]))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--naive", action="store_true")
    parser.add_argument("--corpus", type=Path, help="a folder written by bench/make_corpus.py")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is shown")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    articles = corpus_articles(args.corpus, args.n) if args.corpus else make_articles(args.n)
    chars = sum(len(a.title) + len(a.lead) + sum(map(len, a.paragraphs)) for a in articles)
    if args.naive:
        naive(articles[:5])  # load the models outside the timing

        def run():
            naive(articles)
    else:
        extractor = Extractor(load_known())
        for article in articles[:5]:  # load the models and warm the caches outside the timing
            extractor.extract(article)

        def run():
            for article in articles:
                extractor.extract(article)

    elapsed = cpu = float("inf")
    for _ in range(max(1, args.repeat)):
        started, cpu_started = time.perf_counter(), time.process_time()
        run()
        elapsed = min(elapsed, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    label = "naive natasha pipeline" if args.naive else "Extractor"
    langs = ", ".join(f"{k} {v}" for k, v in sorted(Counter(a.language for a in articles).items()))
    print(
        f"{label}: {len(articles)} articles ({langs}), {chars / len(articles):.0f} chars each, "
        f"{elapsed:.2f} s, {len(articles) / elapsed:.1f} articles/s on one core "
        f"(CPU time {cpu:.2f} s, {len(articles) / cpu:.1f} articles/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
