from django.db import migrations


class Migration(migrations.Migration):
    """Keep the article heap narrow: long texts and the search vector go to TOAST.

    Facets and counts read one heap row per matching article; with bodies and vectors inline a
    row is several kilobytes and a common word reads most of the table. With the smallest TOAST
    target the heap holds the short fields and the link arrays only. No extension needed.
    """

    dependencies = [("articles", "0004_article_updated_index")]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE articles_article SET (toast_tuple_target = 128)",
            "ALTER TABLE articles_article RESET (toast_tuple_target)",
        )
    ]
