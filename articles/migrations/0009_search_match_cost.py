from django.db import migrations

# Tell the planner what a full-text match costs on a row: reading the article's vector from
# TOAST. With the default cost (1) and the narrow heap of 0005, PostgreSQL prefers a sequential
# scan that detoasts every vector (1.2 s for a common word on 100,000 articles) to the GIN bitmap
# that needs no detoasting (70 ms). A database role that may not alter the catalog function
# (managed PostgreSQL) keeps the default: searches stay correct, only slower.
FORWARD = """
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1000;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ts_match_vq cost left at its default (needs the owner of pg_catalog)';
END $$;
"""
BACKWARD = """
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_article_arrays_inline")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
