"""Import benchmark: N generated dump files into an empty database, then the same files again.

    python bench/import_bench.py --count 10000 --jobs 2 --database h3bench

Generates the corpus with bench/make_corpus.py (reused when it already exists), drops and
re-creates the benchmark database (never the one in DATABASE_URL), migrates it, then runs
`manage.py import_dumps` as a subprocess twice while sampling the resident memory of its whole
process tree (parent and workers). Prints articles per second, peak RSS and the re-import time.
Targets (issue 5): ≥ 100 articles/s on 2 cores, peak RSS < 1 GiB, re-import of 10,000 < 15 s.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


def tree_rss(process: psutil.Process) -> int:
    """Return the summed RSS in bytes of a process and all its descendants."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total


def run_sampled(command: list[str], env: dict) -> tuple[float, int, str]:
    """Run a command; return (seconds, peak RSS of its process tree, last stdout line)."""
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    process = psutil.Process(child.pid)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            with contextlib.suppress(psutil.Error):
                peak = max(peak, tree_rss(process))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = child.communicate()
    done.set()
    sampler.join()
    seconds = time.monotonic() - started
    if child.returncode not in (0, 1):
        sys.exit(f"import_dumps exited with {child.returncode}")
    return seconds, peak, out.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--database", default="h3bench")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()

    corpus = args.corpus or Path(f"/tmp/import-bench-{args.count}")
    if not corpus.exists():
        subprocess.run(
            [sys.executable, "bench/make_corpus.py", str(args.count), str(corpus)],
            cwd=ROOT,
            check=True,
        )
    files = sum(1 for _ in corpus.rglob("*.txt"))
    env = {
        **os.environ,
        "DATABASE_URL": f"{args.server}/{args.database}",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-0123456789-0123456789-0123456789-0123"),
        "CONN_MAX_AGE": "0",
    }
    admin = ["psql", f"{args.server}/postgres", "-q", "-c"]
    subprocess.run([*admin, f"DROP DATABASE IF EXISTS {args.database}"], check=True)
    subprocess.run([*admin, f"CREATE DATABASE {args.database}"], check=True)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--skip-checks", "-v", "0"], cwd=ROOT, env=env, check=True)

    command = [*manage, "import_dumps", str(corpus), "--jobs", str(args.jobs), "-v", "0"]
    load_before = os.getloadavg()
    seconds, peak, line = run_sampled(command, env)
    print(f"corpus: {files} files in {corpus}, jobs {args.jobs}")
    print(
        "machine load (1/5/15 min) before: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} {:.2f}"
        " (this run alone adds about {})".format(*load_before, *os.getloadavg(), args.jobs + 1)
    )
    print(f"first import:  {line}")
    print(
        f"  {seconds:.1f} s, {files / seconds:.1f} articles/s, "
        f"peak RSS (parent + workers) {peak / 2**20:.0f} MiB"
    )
    seconds, peak, line = run_sampled(command, env)
    print(f"re-import:     {line}")
    print(f"  {seconds:.1f} s, peak RSS {peak / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
