from django.db import migrations


def add_countries(apps, schema_editor):
    from articles.countries import countries_create

    countries_create(apps.get_model("articles", "Country"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
