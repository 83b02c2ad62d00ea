"""Measure parse speed and memory on a corpus folder: one process, one thread, one core.

    python bench/make_corpus.py 10000 /tmp/corpus --seed 1
    python bench/parse_bench.py /tmp/corpus

Reads every source through iter_sources, parses it, and prints files/s, MB/s, the number
of errors and the peak resident memory (sampled every 1,000 files, to show it stays flat).
Speed is given by wall-clock time and by this process's CPU time: on a shared machine the
CPU figure is the one that does not depend on what else is running.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.importer.parse import DumpError, parse_dump
from articles.importer.sources import iter_sources


def peak_rss_mib() -> float:
    """Return the peak resident set size of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="corpus folders or archives")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--pin", type=int, default=0, help="pin to CPU number PIN-1 (0: no pin)")
    args = parser.parse_args()
    if args.pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.pin - 1})

    files = errors = size = 0
    read_time = parse_time = parse_cpu = 0.0
    samples: list[float] = []
    problems: list[DumpError] = []
    for _ in range(args.repeat):
        sources = iter_sources(args.paths, on_problem=problems.append)
        while True:
            started = time.perf_counter()
            source = next(sources, None)
            read_time += time.perf_counter() - started
            if source is None:
                break
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                parse_dump(source.data, source.name)
            except DumpError:
                errors += 1
            parse_time += time.perf_counter() - started
            parse_cpu += time.process_time() - started_cpu
            files += 1
            size += len(source.data)
            if files % 1000 == 0:
                samples.append(peak_rss_mib())

    total = read_time + parse_time
    print(f"files:        {files} ({size / 1e6:.1f} MB)")
    print(f"problems:     {errors} parse errors, {len(problems)} source problems")
    print(f"parse only:   {files / parse_time:,.0f} files/s, {size / 1e6 / parse_time:.1f} MB/s")
    print(f"parse (CPU):  {files / parse_cpu:,.0f} files/s of CPU time")
    print(f"read + parse: {files / total:,.0f} files/s")
    if samples:
        first, last = samples[0], samples[-1]
        print(f"peak RSS:     {first:.1f} MiB after 1,000 files, {last:.1f} MiB at the end")
    else:
        print(f"peak RSS:     {peak_rss_mib():.1f} MiB")


if __name__ == "__main__":
    main()
