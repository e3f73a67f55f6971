"""The search index: one row per searchable thing and language, holding lemma text.

The terms are produced by `search.analysis` (Vabamorf lemmas and compound parts for Estonian,
pymorphy3 lemmas for Russian and Ukrainian, Snowball stems for English) and matched by the database's
own full-text engine: an FTS5 table on SQLite, a GIN index over `to_tsvector('simple', …)` on
PostgreSQL (both created in migration 0002).
"""

from django.conf import settings
from django.db import models


class SearchDocument(models.Model):
    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    title_terms = models.TextField()
    body_terms = models.TextField()
    part_terms = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id", "language"], name="one_search_document_per_language")
        ]

    def __str__(self):
        return f"{self.kind}:{self.object_id} [{self.language}]"
