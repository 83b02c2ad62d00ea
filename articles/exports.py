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
