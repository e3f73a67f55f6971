"""Query-time synonym expansion: an old name or a variant in a query finds what the current term finds.

The groups live in the `Synonym` table (the termbase writes them). They are compiled once per process and
compiled again when the table changes (its row count and last id, one small query per search). A query
is read in every language whose script it is written in; each group with a phrase found there adds the
lemmas of all the group's phrases, language by language — so "Больничная касса" also searches for
"Касса здоровья" in Russian and "Tervisekassa" in Estonian.
"""

from django.conf import settings
from django.db.models import Count, Max

from teekond.search.analysis import analyse, suits_language, tokens
from teekond.search.models import Synonym
from teekond.search.phrases import PhraseIndex, compile_phrase

_compiled: dict = {"version": None, "indexes": {}, "additions": {}}


def _load() -> tuple[dict, dict]:
    version = tuple(Synonym.objects.aggregate(n=Count("pk"), last=Max("pk")).values())
    if _compiled["version"] != version:
        phrases: dict[str, list] = {}
        additions: dict[str, dict[str, set]] = {}
        for row in Synonym.objects.all():
            words = analyse(row.phrase, row.language)
            additions.setdefault(row.group, {}).setdefault(row.language, set()).update(words.words)
            if row.matches:
                try:
                    phrase = compile_phrase(row.phrase, row.language, row.pattern)
                except ValueError:
                    continue
                phrases.setdefault(row.language, []).append((phrase, row.group))
        indexes = {language: PhraseIndex(items) for language, items in phrases.items()}
        _compiled.update(version=version, indexes=indexes, additions=additions)
    return _compiled["indexes"], _compiled["additions"]


def expansions(text: str) -> dict[str, set[str]]:
    """The extra terms a query stands for, by language (empty when it names no known concept)."""
    indexes, additions = _load()
    groups = set()
    for language, index in indexes.items():
        if any(suits_language(word, language) for word in tokens(text)):
            groups |= {group for _phrase, group, _span in index.search(text, language)}
    extra: dict[str, set[str]] = {code: set() for code in settings.CONTENT_LANGUAGES}
    for group in groups:
        for language, terms in additions.get(group, {}).items():
            extra.setdefault(language, set()).update(terms)
    return extra
