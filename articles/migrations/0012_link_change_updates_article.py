from django.db import migrations

# The archive's version (articles.facets.archive_version) is the newest id, the newest
# `updated_at` and a count of deletions, and every cache of counts is keyed by it. A link written
# without saving its article (a person merge, a raw SQL fix) changed the link arrays but not
# `updated_at`, so counts stayed stale until their caches expired. Now a change of the arrays
# marks the article as updated.
FUNCTION = """
CREATE OR REPLACE FUNCTION articles_article_fill_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.country_codes := ARRAY(
        SELECT c.code FROM articles_articlecountry ac
        JOIN articles_country c ON c.id = ac.country_id
        WHERE ac.article_id = NEW.id ORDER BY c.code);
    NEW.person_ids := ARRAY(
        SELECT person_id FROM articles_articleperson WHERE article_id = NEW.id ORDER BY person_id);
    NEW.speaker_ids := ARRAY(
        SELECT person_id FROM articles_articleperson
        WHERE article_id = NEW.id AND speaker ORDER BY person_id);
    NEW.tag_ids := ARRAY(
        SELECT tag_id FROM articles_articletag WHERE article_id = NEW.id ORDER BY tag_id);{mark}
    RETURN NEW;
END $$;
"""
MARK_UPDATED = """
    IF (NEW.country_codes, NEW.person_ids, NEW.speaker_ids, NEW.tag_ids)
            IS DISTINCT FROM (OLD.country_codes, OLD.person_ids, OLD.speaker_ids, OLD.tag_ids) THEN
        NEW.updated_at := greatest(NEW.updated_at, clock_timestamp());
    END IF;"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_tag_alias")]

    operations = [migrations.RunSQL(FUNCTION.format(mark=MARK_UPDATED), FUNCTION.format(mark=""))]
