"""Prepare a local archive in one step: migrate, load the sample dumps once, then serve it."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.models import Article

SAMPLE_DUMPS = Path(settings.BASE_DIR) / "fixtures" / "dumps"


class Command(BaseCommand):
    help = "Migrate, import the sample dumps on first start, and run the development server."

    def add_arguments(self, parser):
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument("--no-serve", action="store_true", help="Prepare only, do not serve.")

    def handle(self, *args, addrport, no_serve, **options):
        call_command("migrate", verbosity=0)
        if not Article.objects.exists():
            self.stdout.write(f"Importing the sample dumps from {SAMPLE_DUMPS} …")
            call_command("import_dumps", str(SAMPLE_DUMPS), verbosity=1)
        self.stdout.write(
            self.style.SUCCESS(f"The archive holds {Article.objects.count()} articles.")
        )
        if no_serve:
            return
        self.stdout.write(self.style.SUCCESS(f"Open http://{addrport}/ in your browser."))
        call_command("runserver", addrport, use_reloader=False)
