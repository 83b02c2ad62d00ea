"""Paths the tests read: the repository and the real sample dump in ../shared beside it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_bc75b8d4eb3f4bce.txt"
