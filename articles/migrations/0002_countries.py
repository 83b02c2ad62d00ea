from django.db import migrations


def add_countries(apps, schema_editor):
    from articles.countries import iter_countries

    Country = apps.get_model("articles", "Country")
    Country.objects.bulk_create(
        [
            Country(code=code, slug=code.lower(), name_ru=ru, name_kk=kk, name_en=en)
            for code, ru, kk, en in iter_countries()
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
