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


class Synonym(models.Model):
    """A phrase that stands for the same thing as the other phrases of its group, in any language.

    Written by another capability through `search.services.synonyms_replace` (the termbase writes one group
    per concept). At query time a query that contains a phrase of a group (`matches`) is searched with the
    words of every phrase of the group as well, in each language.
    """

    group = models.CharField(max_length=120)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    phrase = models.CharField(max_length=200)
    pattern = models.CharField(max_length=200, blank=True)
    matches = models.BooleanField(default=True, help_text="False: only added to a query, never looked for in one.")

    class Meta:
        indexes = [models.Index(fields=["group"])]

    def __str__(self):
        return f"{self.group} [{self.language}] {self.phrase}"
