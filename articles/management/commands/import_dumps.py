"""`manage.py import_dumps PATH [PATH ...]`: load dump files, folders and archives."""

import signal
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError, connection

from articles.importer import ImportSummary, run_import

USAGE_ERROR = 2
QUIET_EVERY = 1000


def database_check() -> None:
    """Raise a one-sentence CommandError when the database cannot be reached or is empty."""
    try:
        connection.ensure_connection()
    except OperationalError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else "no answer"
        settings = connection.settings_dict
        where = f"{settings.get('NAME')} at {settings.get('HOST') or 'localhost'}"
        raise CommandError(
            f"Cannot reach the database {where}: {reason}", returncode=USAGE_ERROR
        ) from None
    if "articles_article" not in connection.introspection.table_names():
        raise CommandError(
            "The database has no archive tables yet: run `manage.py migrate` first.",
            returncode=USAGE_ERROR,
        )


def stop_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so the run is recorded as interrupted, not left running."""

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


class Reporter:
    """Show progress: a tqdm bar on a terminal, a line every thousand files otherwise."""

    def __init__(self, command: BaseCommand, verbosity: int, unit: str = "file"):
        self.command = command
        self.verbosity = verbosity
        self.counts = ImportSummary()
        self.bar = None
        if verbosity >= 1 and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=unit, file=sys.stderr, dynamic_ncols=True)

    def __call__(self, outcome: str, name: str) -> None:
        self.counts.count(outcome)
        if self.bar is not None:
            self.bar.update(1)
            if self.counts.total % 50 == 0 or outcome == "failed":
                self.bar.set_postfix_str(self.counts.line(), refresh=False)
        elif self.verbosity >= 1 and self.counts.total % QUIET_EVERY == 0:
            self.command.stdout.write(f"{self.counts.total} files: {self.counts.line()}")

    def problem(self, path: str, line: int | None, reason: str) -> None:
        where = path if line is None else f"{path}:{line}"
        message = f"{where}: {reason}"
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        elif self.verbosity >= 1:
            self.command.stderr.write(message)

    def close(self, summary: ImportSummary) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(summary.line(), refresh=False)
            self.bar.close()
        for problem in summary.problems:
            self.problem(*problem)


def finish(command: BaseCommand, summary: ImportSummary) -> None:
    """Print the summary line; exit 1 when any file failed (on the command line)."""
    command.stdout.write(summary.line())
    if summary.failed and getattr(command, "_called_from_command_line", False):
        sys.stdout.flush()
        sys.exit(1)


class Command(BaseCommand):
    # The URL and template checks are for the site; an import must not depend on them.
    requires_system_checks = []
    help = (
        "Import dump files, folders, .zip and .tar.gz archives. Ends with the line "
        "'created N, updated N, unchanged N, duplicate N, failed N'; exit code 1 when a file "
        "failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--jobs", type=int, default=None, help="worker processes (default: the cores)"
        )
        parser.add_argument("--batch-size", type=int, default=200, help="files per batch")
        parser.add_argument(
            "--dry-run", action="store_true", help="do everything, write nothing, report"
        )

    def handle(self, *args, paths, jobs, batch_size, dry_run, verbosity, **options):
        missing = [path for path in paths if not Path(path).exists()]
        if missing:
            raise CommandError(
                f"No such file or folder: {', '.join(missing)}.", returncode=USAGE_ERROR
            )
        if (jobs is not None and jobs < 1) or batch_size < 1:
            raise CommandError("--jobs and --batch-size must be positive.", returncode=USAGE_ERROR)
        database_check()
        stop_on_sigterm()
        reporter = Reporter(self, verbosity)
        summary = run_import(
            paths, jobs=jobs, batch_size=batch_size, dry_run=dry_run, progress=reporter
        )
        reporter.close(summary)
        if dry_run and verbosity >= 1:
            self.stdout.write("Dry run: nothing was written.")
        elif verbosity >= 2:
            self.stdout.write(f"Import run {summary.run_id} took {summary.seconds:.1f} s.")
        finish(self, summary)
