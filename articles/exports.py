"""The JSON shape of an article shared by `export_articles` and the site's JSON export."""

from articles.models import Article


def article_as_dict(article: Article) -> dict:
    """Return the export object of an article fetched with `Article.objects.for_export()`."""
    return {
        "id": article.pk,
        "url": article.get_absolute_url(),
        "source_file": article.source_file,
        "date": article.date.isoformat(),
        "title": article.title,
        "title_derived": article.title_derived,
        "lead": article.lead,
        "body": article.body,
        "views": article.views,
        "rubric": article.rubric or None,
        "photo_credit": article.photo_credit or None,
        "outlet": article.outlet or None,
        "language": article.language,
        "tags": [link.tag.name for link in article.tag_links.all()],
        "persons": [
            {
                "name": link.person.name,
                "speaker": link.speaker,
                "country": link.person.country.code if link.person.country else None,
                "position": link.position or link.person.position or None,
                "mentions": link.mentions,
            }
            for link in article.person_links.all()
        ],
        "countries": [link.country.code for link in article.country_links.all()],
        "quotes": [{"person": q.person.name, "text": q.text} for q in article.quotes.all()],
    }


CSV_COLUMNS = (
    "id",
    "url",
    "date",
    "title",
    "outlet",
    "language",
    "views",
    "rubric",
    "photo_credit",
    "countries",
    "persons",
    "speakers",
    "tags",
    "lead",
    "body",
    "source_file",
)
LIST_SEPARATOR = "; "
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_formula(value):
    """Return `value` with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def article_csv_row(data: dict, *, base_url: str = "") -> list:
    """Return the CSV cells (in `CSV_COLUMNS` order) of an `article_as_dict` object."""
    flat = {
        **data,
        "url": base_url + data["url"],
        "countries": LIST_SEPARATOR.join(data["countries"]),
        "persons": LIST_SEPARATOR.join(p["name"] for p in data["persons"]),
        "speakers": LIST_SEPARATOR.join(p["name"] for p in data["persons"] if p["speaker"]),
        "tags": LIST_SEPARATOR.join(data["tags"]),
    }
    return [neutralise_formula("" if flat[key] is None else flat[key]) for key in CSV_COLUMNS]
