"""CSV and JSON exports of any result set: every matching article, streamed."""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone

from articles.exports import CSV_COLUMNS, article_as_dict, article_csv_row
from articles.models import Article
from articles.views.results import filtered

CHUNK_SIZE = 500


class _Echo:
    """A file-like object whose `write` hands the line back to the generator."""

    def write(self, value):
        return value


def filtered_articles(request):
    """Return all articles matching the search parameters of `request`, in the page's order."""
    return filtered(request, Article.objects.all()).qs


def _export_objects(queryset):
    """Yield `article_as_dict` objects, reading the result set in chunks through a cursor."""
    for article in queryset.for_export().iterator(chunk_size=CHUNK_SIZE):
        yield article_as_dict(article)


def _attachment(response, extension: str):
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="articles-{stamp}.{extension}"'
    return response


def export_csv(request):
    """Stream the result set as CSV: a header row, then one row per article."""
    base_url = request.build_absolute_uri("/").rstrip("/")
    writer = csv.writer(_Echo())

    def lines():
        # The byte-order mark makes spreadsheet programs read the file as UTF-8.
        yield "\ufeff" + writer.writerow(CSV_COLUMNS)
        for data in _export_objects(filtered_articles(request)):
            yield writer.writerow(article_csv_row(data, base_url=base_url))

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    return _attachment(response, "csv")


def export_json(request):
    """Stream the result set as a JSON array of `export_articles` objects."""

    def chunks():
        yield "["
        separator = "\n"
        for data in _export_objects(filtered_articles(request)):
            yield separator + json.dumps(data, ensure_ascii=False)
            separator = ",\n"
        yield "\n]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    return _attachment(response, "json")
