from django.db import migrations

ARRAYS = ("country_codes", "person_ids", "speaker_ids", "tag_ids")


class Migration(migrations.Migration):
    """Keep the link arrays in the heap row (never compressed or moved to TOAST).

    With the narrow heap of 0005, PostgreSQL would otherwise toast the arrays too, and every
    facet count and array filter would read TOAST once per row. They are small (a few ids).
    """

    dependencies = [("articles", "0007_article_locked_index")]

    operations = [
        migrations.RunSQL(
            "".join(
                f"ALTER TABLE articles_article ALTER COLUMN {name} SET STORAGE PLAIN;"
                for name in ARRAYS
            ),
            "".join(
                f"ALTER TABLE articles_article ALTER COLUMN {name} SET STORAGE EXTENDED;"
                for name in ARRAYS
            ),
        )
    ]
