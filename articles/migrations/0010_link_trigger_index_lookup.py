from django.db import migrations

# The link-table triggers of 0003 touched their articles with `WHERE id IN (SELECT article_id
# FROM new_rows)`. PL/pgSQL plans that statement once per session and keeps the plan: planned
# while the table was small, it stays a sequential scan of the whole article table, run for each
# statement that writes links (about three per imported article), which made an import quadratic
# in the archive size (at 20,000 articles the database spent most of its time there). A dynamic
# statement is planned with the current table size and the actual ids, so it uses the primary
# key. Same rows touched, same behaviour.
FORWARD = """
CREATE OR REPLACE FUNCTION articles_link_touch_article() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        ids := ARRAY(SELECT DISTINCT article_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        ids := ARRAY(SELECT DISTINCT article_id FROM old_rows);
    ELSE
        ids := ARRAY(SELECT article_id FROM new_rows UNION SELECT article_id FROM old_rows);
    END IF;
    EXECUTE 'UPDATE articles_article SET id = id WHERE id = ANY ($1)' USING ids;
    RETURN NULL;
END $$;
"""
BACKWARD = """
CREATE OR REPLACE FUNCTION articles_link_touch_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE articles_article SET id = id WHERE id IN (SELECT article_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE articles_article SET id = id WHERE id IN (SELECT article_id FROM old_rows);
    ELSE
        UPDATE articles_article SET id = id WHERE id IN (
            SELECT article_id FROM new_rows UNION SELECT article_id FROM old_rows);
    END IF;
    RETURN NULL;
END $$;
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_search_match_cost")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
