"""Finding spikker entries by the word forms that carry meaning, in any of their languages.

Each language's text of an entry is one document in `teekond.search`; a result is shown in the
reader's language where the entry has it, with the matched words marked.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from html import escape  # the standard library's: Django's checks each call for lazy text

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from teekond.core.translation import Shown, pick_text
from teekond.search import index, synonyms
from teekond.search.analysis import WORD, term, word_terms
from teekond.spikker.models import Entry, EntryText, LifeArea, LifeAreaText

KIND = "spikker.entry"
MAX_RESULTS = 20
SNIPPET_WORDS = 30
BODY_FIELDS = ("situation", "rule", "why", "tip")


@dataclass
class Result:
    entry: Entry
    shown: Shown
    score: float
    title: SafeString
    snippet: SafeString
    url: str


def reindex_entry(entry: Entry) -> None:
    """Bring the entry's documents in line with its texts; call after saving them.

    A language the entry has no text in gets a document of what the entry is filed under, in that
    language (its life area and journey stages): a Ukrainian reader asking for "школу" then finds the
    school entry written only in Estonian, shown in Estonian and marked so.
    """
    rows = entry.texts_by_language()
    for language in settings.CONTENT_LANGUAGES:
        row = rows.get(language)
        title, body = (row.title, body_text(row)) if row else ("", "")
        index.index_document(KIND, entry.pk, language, title=title, body=body, related=filed_under(entry, language))
    index.remove_documents(KIND, entry.pk, keep_languages=settings.CONTENT_LANGUAGES)


def filed_under(entry: Entry, language: str) -> str:
    names = [entry.area.text(language)] + [stage.text(language) for stage in entry.stages.all()]
    return "\n".join(shown.name or shown.title for shown in names if not shown.is_fallback)


def reindex_all() -> int:
    entries = Entry.objects.select_related("area").prefetch_related("texts", "area__texts", "stages__texts")
    for entry in entries:
        reindex_entry(entry)
    return len(entries)


def body_text(row) -> str:
    return "\n".join([*(getattr(row, name) for name in BODY_FIELDS), *row.examples])


def search_entries(
    text: str,
    language: str,
    *,
    include_unpublished: bool = False,
    typing: bool = False,
    limit: int = MAX_RESULTS,
    marked: bool = True,
) -> list[Result]:
    """Without `marked` (the API, which sends neither), titles are not marked and no snippet is made."""
    extra = synonyms.expansions(text)
    hits = index.search(KIND, text, typing=typing, limit=limit * 2, extra=extra)
    shown_entries = _shown_entries([hit.object_id for hit in hits], language, include_unpublished, limit, marked=marked)
    markers: dict[str, Marker] = {}
    # One reverse() for the whole list: the entries' addresses differ only in their last part.
    entry_url = reverse("spikker:entry", kwargs={"key": "key"}).removesuffix("key/") + "{}/"
    results = []
    for hit in hits:
        if hit.object_id not in shown_entries:
            continue
        entry, shown = shown_entries[hit.object_id]
        if not marked:
            title = mark_safe(escape(shown.title))  # noqa: S308 (escaped just now)
            results.append(Result(entry, shown, hit.score, title, mark_safe(""), entry_url.format(entry.key)))
            continue
        if shown.language not in markers:
            markers[shown.language] = Marker(
                text, shown.language, typing=typing, extra=extra.get(shown.language, set())
            )
        marker = markers[shown.language]
        title, snippet = marker.mark(shown.title), marker.snippet(shown.row)
        results.append(Result(entry, shown, hit.score, title, snippet, entry_url.format(entry.key)))
    return results


# What a result shows of an entry and of its text; a marked result also makes its snippet from the text.
_RESULT_FIELDS = ("key", "status", "area_id")
_TEXT_FIELDS = ("entry_id", "language", "title")
_SNIPPET_FIELDS = ("rule", "situation", "why", "tip", "examples")


def _shown_entries(
    ids: list[int], language: str, include_unpublished: bool, limit: int, *, marked: bool = True
) -> dict[int, tuple]:
    """The first `limit` hits a reader may see, each with the text shown to them.

    Only the fields a result shows are read, the texts in the reader's language (the fallbacks' only for
    entries without it), and each life area once, only when `marked` (the API shows none): a result list
    reads a few dozen short rows in four to six queries."""
    visible = Entry.objects.filter(pk__in=ids).only(*_RESULT_FIELDS)
    if not include_unpublished:
        visible = visible.published()
    by_id = {entry.pk: entry for entry in visible}
    chosen = [by_id[pk] for pk in ids if pk in by_id][:limit]
    rows = _texts([entry.pk for entry in chosen], language, _TEXT_FIELDS + _SNIPPET_FIELDS if marked else _TEXT_FIELDS)
    if marked:
        _attach_areas(chosen, [language, *settings.FALLBACK_LANGUAGES])
    return {entry.pk: (entry, pick_text(rows[entry.pk], language)) for entry in chosen}


def _texts(entry_ids: list[int], language: str, fields: tuple[str, ...]) -> dict[int, dict]:
    """Each entry's text in the reader's language, and the fallbacks' texts only for entries without it."""
    rows = defaultdict(dict)
    wanted = list(entry_ids)
    for languages in ([language], [code for code in settings.FALLBACK_LANGUAGES if code != language]):
        if not wanted:
            break
        for row in EntryText.objects.filter(entry_id__in=wanted, language__in=languages).only(*fields):
            rows[row.entry_id][row.language] = row
        wanted = [pk for pk in wanted if pk not in rows]
    return rows


def _attach_areas(entries: list[Entry], languages: list[str]) -> None:
    areas = LifeArea.objects.filter(pk__in={entry.area_id for entry in entries}).prefetch_related(
        Prefetch("texts", queryset=LifeAreaText.objects.filter(language__in=languages))
    )
    areas_by_id = {area.pk: area for area in areas}
    for entry in entries:
        entry.area = areas_by_id[entry.area_id]


class Marker:
    """Marks the words of a shown text that the query matched, in the shown text's language."""

    def __init__(self, text: str, language: str, *, typing: bool, extra: set[str] = frozenset()):
        query = index.analyse_query(text, language, typing=typing, extra=extra)
        self.terms, self.prefix, self.language = query.terms, query.prefix, language
        # The same words and chunks come back in every snippet of a result list: each is looked at once.
        self._seen: dict[str, bool] = {}
        self._chunks: dict[str, bool] = {}
        self._marked: dict[str, str] = {}

    def matches(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._matches(word)
        return found

    def _matches(self, word: str) -> bool:
        if self.prefix and term(word).startswith(self.prefix):
            return True
        return bool(self.terms & word_terms(word, self.language))

    def mark(self, text: str) -> SafeString:
        return mark_safe("".join(self._pieces(re.split(r"(\s+)", text))))

    def snippet(self, row) -> SafeString:
        if row is None:
            return mark_safe("")
        # The rule first: it is what a reader needs when nothing else matched.
        fields = [row.rule, row.situation, row.why, row.tip, *row.examples]
        fields = [value for value in fields if value]
        if not fields:
            return mark_safe("")
        counts = [sum(map(self._is_match, value.split())) for value in fields]
        best = fields[counts.index(max(counts))]
        return mark_safe("".join(self._window(re.split(r"(\s+)", best))))

    def _window(self, chunks: list[str]) -> list[str]:
        first = next((i for i, chunk in enumerate(chunks) if self._is_match(chunk)), 0)
        start = max(0, first - 10) // 2 * 2  # even index: a word, not the space after it
        end = start + SNIPPET_WORDS * 2
        pieces = self._pieces(chunks[start:end])
        return ["… " if start else "", *pieces, " …" if end < len(chunks) else ""]

    def _is_match(self, chunk: str) -> bool:
        found = self._chunks.get(chunk)
        if found is None:
            found = self._chunks[chunk] = any(self.matches(word) for word in WORD.findall(chunk))
        return found

    def _pieces(self, chunks: list[str]) -> list[str]:
        return [self._mark_words(chunk) for chunk in chunks]

    def _mark_words(self, chunk: str) -> str:
        marked = self._marked.get(chunk)
        if marked is None:
            pieces, position = [], 0
            for found in WORD.finditer(chunk):
                pieces.append(escape(chunk[position : found.start()]))
                word = escape(found.group())
                pieces.append(f"<mark>{word}</mark>" if self.matches(found.group()) else word)
                position = found.end()
            pieces.append(escape(chunk[position:]))
            marked = self._marked[chunk] = "".join(pieces)
        return marked
