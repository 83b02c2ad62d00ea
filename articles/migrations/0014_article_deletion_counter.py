from django.db import migrations

# The archive's version (articles.facets.archive_version) must change when articles are deleted.
# Counting the rows on every page cost 5–10 ms at 100,000 articles; a counter bumped by a
# statement trigger on DELETE and TRUNCATE costs one primary-key read. Deletions are rare, so
# the single row is no point of contention (inserts and updates never touch it).
FORWARD = """
CREATE TABLE articles_archive_deletions (
    id smallint PRIMARY KEY CHECK (id = 1),
    deletions bigint NOT NULL
);
INSERT INTO articles_archive_deletions VALUES (1, 0);
CREATE FUNCTION articles_count_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE articles_archive_deletions SET deletions = deletions + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER article_deleted AFTER DELETE ON articles_article
    FOR EACH STATEMENT EXECUTE FUNCTION articles_count_deletion();
CREATE TRIGGER article_truncated AFTER TRUNCATE ON articles_article
    FOR EACH STATEMENT EXECUTE FUNCTION articles_count_deletion();
"""
BACKWARD = """
DROP TRIGGER article_truncated ON articles_article;
DROP TRIGGER article_deleted ON articles_article;
DROP FUNCTION articles_count_deletion();
DROP TABLE articles_archive_deletions;
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0013_search_vector_word_pairs")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
