"""`manage.py reextract [--since DATE]`: re-run extraction over stored articles."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from articles.importer import reextract_articles
from articles.management.commands.import_dumps import (
    USAGE_ERROR,
    Reporter,
    database_check,
    finish,
    stop_on_sigterm,
)


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"{value!r} is not a date like 2026-02-06.", returncode=USAGE_ERROR
        ) from None


class Command(BaseCommand):
    # The URL and template checks are for the site; an import must not depend on them.
    requires_system_checks = []
    help = (
        "Re-run extraction over stored articles after aliases or the gazetteer changed, keeping "
        "locked fields, merges and rejected links. Ends with the same summary line as import_dumps."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", type=str, help="only articles dated on or after DATE")
        parser.add_argument("--jobs", type=int, default=None)
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, since, jobs, batch_size, verbosity, **options):
        since = iso_date(since) if since else None
        if (jobs is not None and jobs < 1) or batch_size < 1:
            raise CommandError("--jobs and --batch-size must be positive.", returncode=USAGE_ERROR)
        database_check()
        stop_on_sigterm()
        reporter = Reporter(self, verbosity, unit="article")
        summary = reextract_articles(
            since=since, jobs=jobs, batch_size=batch_size, progress=reporter
        )
        reporter.close(summary)
        finish(self, summary)
