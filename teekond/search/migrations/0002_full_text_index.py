"""The full-text side of the index, in each database's own engine.

SQLite: an FTS5 table whose rowid is the SearchDocument's id (diacritics kept, as PostgreSQL's
`simple` configuration keeps them). PostgreSQL: a GIN index over the weighted tsvector that
`search.index` queries with the same expression.
"""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title_terms, body_terms, part_terms, tokenize = 'unicode61 remove_diacritics 0')"
)
POSTGRES_VECTOR = (
    "setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')"
    " || setweight(to_tsvector('simple', part_terms), 'C')"
)
POSTGRES_CREATE = f"CREATE INDEX search_document_terms ON search_searchdocument USING GIN (({POSTGRES_VECTOR}))"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_terms")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
