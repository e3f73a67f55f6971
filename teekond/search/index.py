"""Writing to and matching against the search index, on SQLite (FTS5) and PostgreSQL alike.

Documents are indexed per language with that language's analyser. A query is analysed once per
language whose script it is written in and matched only against that language's documents, so an
Estonian lemma never meets an English stem by accident; the best score per object wins. A query that
names a concept of the termbase by any of its names (an old one too) is searched with all of them
(`search.synonyms`).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction

from teekond.search import synonyms
from teekond.search.analysis import Terms, analyse, suits_language, term, tokens
from teekond.search.models import SearchDocument

# Title words count most, the body next, compound parts and derivations least.
SQLITE_WEIGHTS = "3.0, 1.0, 0.4"
POSTGRES_VECTOR = (
    "setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')"
    " || setweight(to_tsvector('simple', part_terms), 'C')"
)
MIN_PREFIX = 3


@dataclass(frozen=True)
class Hit:
    object_id: int
    language: str
    score: float


@dataclass
class Query:
    """What was asked, analysed for one language: its terms and, while typing, an unfinished last word."""

    terms: set[str]
    prefix: str = ""

    def __bool__(self):
        return bool(self.terms or self.prefix)


def index_document(kind: str, object_id: int, language: str, *, title: str, body: str, related: str = "") -> None:
    """`related` is text about the object rather than of it (what it is filed under): it weighs least."""
    title_terms, body_terms = analyse(title, language), analyse(body, language)
    related_terms = analyse(related, language)
    parts = title_terms.parts | body_terms.parts | related_terms.words | related_terms.parts
    parts -= title_terms.words | body_terms.words
    values = {"title_terms": _joined(title_terms.words), "body_terms": _joined(body_terms.words)}
    values["part_terms"] = _joined(parts)
    with transaction.atomic():
        document, _ = SearchDocument.objects.update_or_create(
            kind=kind, object_id=object_id, language=language, defaults=values
        )
        if connection.vendor == "sqlite":
            _sqlite_write(document)


def remove_documents(kind: str, object_id: int, *, keep_languages=()) -> None:
    stale = SearchDocument.objects.filter(kind=kind, object_id=object_id).exclude(language__in=keep_languages)
    with transaction.atomic():
        if connection.vendor == "sqlite":
            ids = list(stale.values_list("pk", flat=True))
            with connection.cursor() as cursor:
                cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk in ids])
        stale.delete()


def _joined(terms: set[str]) -> str:
    return " ".join(sorted(terms))


def _sqlite_write(document: SearchDocument) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [document.pk])
        cursor.execute(
            "INSERT INTO search_fts (rowid, title_terms, body_terms, part_terms) VALUES (%s, %s, %s, %s)",
            [document.pk, document.title_terms, document.body_terms, document.part_terms],
        )


def analyse_query(text: str, language: str, *, typing: bool = False, extra: set[str] = frozenset()) -> Query:
    """The query's terms in one language, with `extra` terms its synonyms add; with `typing`, its last word
    may still be unfinished."""
    words = [word for word in tokens(text) if suits_language(word, language)]
    query = Query(terms=set())
    if typing and words and not text[-1:].isspace():
        last = words.pop()
        if len(term(last)) >= MIN_PREFIX:
            query.prefix = term(last)
    found = Terms()
    for word in words:
        found.update(analyse(word, language))
    query.terms = found.words | found.parts | set(extra)
    return query


def search(kind: str, text: str, *, limit: int = 50, typing: bool = False, extra: dict | None = None) -> list[Hit]:
    """Objects of `kind` matching `text` in any language, best first, one hit per object. `extra`: the query's
    synonym expansions, when the caller has them already."""
    best: dict[int, Hit] = {}
    extra = synonyms.expansions(text) if extra is None else extra
    for language in settings.CONTENT_LANGUAGES:
        query = analyse_query(text, language, typing=typing, extra=extra.get(language, set()))
        if not query:
            continue
        for hit in _match(kind, language, query, limit):
            if hit.object_id not in best or hit.score > best[hit.object_id].score:
                best[hit.object_id] = hit
    return sorted(best.values(), key=lambda hit: (-hit.score, hit.object_id))[:limit]


def _match(kind: str, language: str, query: Query, limit: int) -> list[Hit]:
    if connection.vendor == "postgresql":
        tsquery = _tsquery(query)
        sql, params = _postgres_sql(), [tsquery, kind, language, tsquery, limit]
    else:
        sql, params = _sqlite_sql(), [_fts5_query(query), kind, language, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Hit(object_id, language, float(score)) for object_id, score in cursor.fetchall()]


def _sqlite_sql() -> str:
    return (
        f"SELECT d.object_id, -bm25(search_fts, {SQLITE_WEIGHTS}) AS score FROM search_fts "
        "JOIN search_searchdocument d ON d.id = search_fts.rowid "
        "WHERE search_fts MATCH %s AND d.kind = %s AND d.language = %s ORDER BY score DESC LIMIT %s"
    )


def _fts5_query(query: Query) -> str:
    # Terms hold only letters and digits, so quoting each makes any input a valid FTS5 query.
    alternatives = [f'"{word}"' for word in sorted(query.terms)]
    if query.prefix:
        alternatives.append(f'"{query.prefix}"*')
    return " OR ".join(alternatives)


def _postgres_sql() -> str:
    return (
        f"SELECT object_id, ts_rank({POSTGRES_VECTOR}, to_tsquery('simple', %s)) AS score "
        "FROM search_searchdocument WHERE kind = %s AND language = %s "
        f"AND ({POSTGRES_VECTOR}) @@ to_tsquery('simple', %s) ORDER BY score DESC LIMIT %s"
    )


def _tsquery(query: Query) -> str:
    alternatives = [f"'{word}'" for word in sorted(query.terms)]
    if query.prefix:
        alternatives.append(f"'{query.prefix}':*")
    return " | ".join(alternatives)
