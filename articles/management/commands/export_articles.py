"""`manage.py export_articles [--output FILE]`: every article as JSON Lines, streamed."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.exports import article_as_dict
from articles.management.commands.import_dumps import USAGE_ERROR, database_check
from articles.models import Article

CHUNK = 500


class Command(BaseCommand):
    # The URL and template checks are for the site; an import must not depend on them.
    requires_system_checks = []
    help = "Write every article as one JSON object a line (JSON Lines), to FILE or stdout."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, output, verbosity, **options):
        database_check()
        try:
            stream = open(output, "w", encoding="utf-8") if output else None  # noqa: SIM115
        except OSError as error:
            raise CommandError(
                f"Cannot write {output}: {error.strerror}.", returncode=USAGE_ERROR
            ) from None
        out = stream or self.stdout
        count = 0
        try:
            articles = Article.objects.for_export().order_by("pk").iterator(chunk_size=CHUNK)
            for article in articles:
                out.write(json.dumps(article_as_dict(article), ensure_ascii=False) + "\n")
                count += 1
        finally:
            if stream:
                stream.close()
        if output and verbosity >= 1:
            sys.stderr.write(f"exported {count} articles to {output}\n")
