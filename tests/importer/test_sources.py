"""Tests for articles.importer.sources: folders, zip and tar archives, and their problems."""

from __future__ import annotations

import io
import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from articles.importer.parse import DumpError
from articles.importer.sources import Source, iter_sources

ONE = b" date 2026-02-06 One\n\nText one.\n"
TWO = b" date 2026-02-07 Two\n\nText two.\n"


def collect(paths: list) -> tuple[list[Source], list[DumpError]]:
    problems: list[DumpError] = []
    return list(iter_sources(paths, on_problem=problems.append)), problems


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "002.txt").write_bytes(TWO)
    (tmp_path / "001.txt").write_bytes(ONE)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "003.txt").write_bytes(ONE)
    (tmp_path / "notes.md").write_bytes(b"ignored")
    sources, problems = collect([tmp_path])
    assert [Path(s.name).relative_to(tmp_path).as_posix() for s in sources] == [
        "001.txt",
        "a/003.txt",
        "b/002.txt",
    ]
    assert sources[0].data == ONE
    assert problems == []


def test_single_file_and_paths_in_given_order(tmp_path: Path):
    (tmp_path / "x.txt").write_bytes(ONE)
    (tmp_path / "y.dump").write_bytes(TWO)
    sources, _ = collect([tmp_path / "y.dump", tmp_path / "x.txt"])
    assert [s.data for s in sources] == [TWO, ONE]


def test_zip_members_are_named_with_the_archive(tmp_path: Path):
    archive = tmp_path / "dump.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("folder/002_b.txt", TWO)
        zf.writestr("folder/001_a.txt", ONE)
        zf.writestr("folder/", b"")
    sources, problems = collect([archive])
    assert [s.name for s in sources] == [
        f"{archive}!/folder/001_a.txt",
        f"{archive}!/folder/002_b.txt",
    ]
    assert [s.data for s in sources] == [ONE, TWO]
    assert problems == []


@pytest.mark.parametrize("suffix", ["tar.gz", "tgz", "tar"])
def test_tar_members_are_streamed(tmp_path: Path, suffix: str):
    archive = tmp_path / f"dump.{suffix}"
    mode = "w" if suffix == "tar" else "w:gz"
    with tarfile.open(archive, mode) as tf:
        for name, data in (("d/001.txt", ONE), ("d/002.txt", TWO)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    sources, problems = collect([archive])
    assert [s.name for s in sources] == [f"{archive}!/d/001.txt", f"{archive}!/d/002.txt"]
    assert problems == []


def test_archive_escapes_links_and_non_text_are_reported(tmp_path: Path):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for name, data in (
            ("../escape.txt", ONE),
            ("/abs.txt", ONE),
            ("ok.txt", ONE),
            ("pic.jpg", b"x"),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    sources, problems = collect([archive])
    assert [s.name for s in sources] == [f"{archive}!/ok.txt"]
    reasons = {p.path.split("!/")[1]: p.reason for p in problems}
    assert "escapes the archive" in reasons["../escape.txt"]
    assert "escapes the archive" in reasons["/abs.txt"]
    assert "not a .txt file" in reasons["pic.jpg"]
    assert "link" in reasons["link.txt"]
    assert all(p.line is None for p in problems)


def test_zip_escape_and_symlink_are_reported(tmp_path: Path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../escape.txt", ONE)
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, b"/etc/passwd")
        zf.writestr("fine.txt", ONE)
    sources, problems = collect([archive])
    assert [s.name.split("!/")[1] for s in sources] == ["fine.txt"]
    assert sorted(p.reason for p in problems) == [
        "a link, not followed",
        "escapes the archive, skipped",
    ]


def test_links_in_folders_are_not_followed(tmp_path: Path):
    target = tmp_path / "outside"
    target.mkdir()
    (target / "secret.txt").write_bytes(ONE)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "real.txt").write_bytes(TWO)
    os.symlink(target / "secret.txt", dumps / "file_link.txt")
    os.symlink(target, dumps / "dir_link")
    sources, problems = collect([dumps])
    assert [s.data for s in sources] == [TWO]
    assert sorted(Path(p.path).name for p in problems) == ["dir_link", "file_link.txt"]


def test_unreadable_paths_are_reported_and_the_walk_goes_on(tmp_path: Path):
    (tmp_path / "ok.txt").write_bytes(ONE)
    broken_zip = tmp_path / "broken.zip"
    broken_zip.write_bytes(b"not a zip at all")
    broken_tar = tmp_path / "broken.tar.gz"
    broken_tar.write_bytes(b"not a tar either")
    missing = tmp_path / "missing.txt"
    sources, problems = collect([missing, broken_zip, broken_tar, tmp_path / "ok.txt"])
    assert [s.data for s in sources] == [ONE]
    assert [Path(p.path).name for p in problems] == ["missing.txt", "broken.zip", "broken.tar.gz"]
    assert "cannot read" in problems[0].reason
    assert str(problems[0]).startswith(str(missing))


def test_without_a_callback_the_first_problem_is_raised(tmp_path: Path):
    with pytest.raises(DumpError, match="cannot read"):
        list(iter_sources([tmp_path / "missing.txt"]))


def test_sources_are_lazy(tmp_path: Path):
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for index in range(50):
            zf.writestr(f"{index:03d}.txt", ONE)
    iterator = iter_sources([archive])
    first = next(iterator)
    assert first.name.endswith("!/000.txt")
