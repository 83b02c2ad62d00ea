"""Turn paths into named byte streams: files, folders, .zip and .tar.gz/.tgz archives.

Pure Python: no Django imports.

    for source in iter_sources(["dumps/", "more.zip"], on_problem=problems.append):
        article = parse_dump(source.data, source.name)

- A folder is walked recursively for ``*.txt`` files, in sorted order.
- An archive member is named ``<archive path>!/<member path>``, e.g.
  ``dump.zip!/folder/001_x.txt``. Zip members are read in sorted order, tar members in
  stored order (a tar is a stream); either way the order is the same on every run.
- A path given explicitly is read whatever its extension; folders and archives only yield
  ``*.txt`` files.
- Problems never stop the walk and are never followed: an unreadable path, a broken
  archive, a member escaping its archive (``../``, absolute paths), a symbolic or hard
  link, a non-``.txt`` member or an oversized one. Each becomes a ``DumpError`` (line
  ``None``) passed to ``on_problem``; without a callback the first problem is raised.
- Streaming: one file or member is held in memory at a time, never a whole archive.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from articles.importer.parse import DumpError

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any news page; guards against archive bombs
ARCHIVE_SEPARATOR = "!/"
_TAR_SUFFIXES = (".tar.gz", ".tgz", ".tar")

ProblemCallback = Callable[[DumpError], None]


@dataclass(frozen=True)
class Source:
    """One dump file: its display name and raw bytes."""

    name: str
    data: bytes


def _raise(problem: DumpError) -> None:
    raise problem


def iter_sources(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemCallback | None = None
) -> Iterator[Source]:
    """Yield a Source for every dump file under paths; report problems to on_problem."""
    report = on_problem or _raise
    for path in paths:
        path = Path(path)
        name = str(path)
        try:
            if path.is_dir():
                yield from _iter_folder(path, report)
            elif name.lower().endswith(".zip"):
                yield from _iter_zip(path, report)
            elif name.lower().endswith(_TAR_SUFFIXES):
                yield from _iter_tar(path, report)
            else:
                source = _read_file(path, name, report)
                if source:
                    yield source
        except OSError as error:
            report(DumpError(name, None, f"cannot read: {error.strerror or error}"))


def _read_file(path: Path, name: str, report: ProblemCallback) -> Source | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report(DumpError(name, None, f"too large for a dump file ({size} bytes), skipped"))
            return None
        return Source(name, path.read_bytes())
    except OSError as error:
        report(DumpError(name, None, f"cannot read: {error.strerror or error}"))
        return None


def _iter_folder(folder: Path, report: ProblemCallback) -> Iterator[Source]:
    def walk_error(error: OSError) -> None:
        report(DumpError(error.filename or str(folder), None, f"cannot read: {error.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=walk_error):
        dirs.sort()
        for dirname in list(dirs):
            if os.path.islink(os.path.join(root, dirname)):
                dirs.remove(dirname)
                report(DumpError(os.path.join(root, dirname), None, "a link, not followed"))
        for filename in sorted(files):
            path = Path(root, filename)
            if path.is_symlink():
                report(DumpError(str(path), None, "a link, not followed"))
            elif filename.lower().endswith(".txt"):
                source = _read_file(path, str(path), report)
                if source:
                    yield source


def _member_problem(member_name: str) -> str | None:
    """Return why an archive member must not be read by its name alone, else None."""
    pure = PurePosixPath(member_name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or member_name[1:3] == ":\\":
        return "escapes the archive, skipped"
    if not member_name.lower().endswith(".txt"):
        return "not a .txt file, skipped"
    return None


def _iter_zip(path: Path, report: ProblemCallback) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        report(DumpError(str(path), None, f"not a readable zip archive: {error}"))
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda info: info.filename):
            if info.is_dir():
                continue
            name = f"{path}{ARCHIVE_SEPARATOR}{info.filename}"
            problem = _member_problem(info.filename)
            if problem is None and stat.S_ISLNK(info.external_attr >> 16):
                problem = "a link, not followed"
            if problem is None and info.file_size > MAX_FILE_BYTES:
                problem = f"too large for a dump file ({info.file_size} bytes), skipped"
            if problem:
                report(DumpError(name, None, problem))
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_FILE_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
                report(DumpError(name, None, f"cannot read archive member: {error}"))
                continue
            if len(data) > MAX_FILE_BYTES:
                report(DumpError(name, None, "too large for a dump file, skipped"))
                continue
            yield Source(name, data)


def _iter_tar(path: Path, report: ProblemCallback) -> Iterator[Source]:
    try:
        # "r|*" reads the archive as a stream: one member in memory at a time.
        # Opened here to report a broken archive; closed by the with block below.
        archive = tarfile.open(path, mode="r|*")  # noqa: SIM115
    except (tarfile.TarError, EOFError) as error:
        report(DumpError(str(path), None, f"not a readable tar archive: {error}"))
        return
    with archive:
        try:
            for info in archive:
                if info.isdir():
                    continue
                name = f"{path}{ARCHIVE_SEPARATOR}{info.name}"
                problem = _member_problem(info.name)
                if info.issym() or info.islnk():
                    problem = "a link, not followed"
                elif problem is None and not info.isfile():
                    problem = "not a regular file, skipped"
                elif problem is None and info.size > MAX_FILE_BYTES:
                    problem = f"too large for a dump file ({info.size} bytes), skipped"
                if problem:
                    report(DumpError(name, None, problem))
                    continue
                member = archive.extractfile(info)
                if member is None:
                    report(DumpError(name, None, "cannot read archive member"))
                    continue
                yield Source(name, member.read())
        except (tarfile.TarError, EOFError, OSError) as error:
            report(DumpError(str(path), None, f"archive is damaged: {error}"))
