"""Reads of the termbase: the glossary, the variants to look for, and the terms a text to translate uses."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings

from teekond.core.translation import Shown
from teekond.search.phrases import PhraseIndex, compile_phrase
from teekond.terms.models import FLAGGED, Concept, Domain, Variant, VariantStatus


@dataclass
class GlossaryEntry:
    concept: Concept
    shown: Shown  # the preferred term and note in the reader's language
    source_term: str  # the Estonian term
    terms: list[tuple[str, str, str]]  # (language, its name, preferred term) in every content language
    admitted: list[Variant] = field(default_factory=list)
    flagged: list[Variant] = field(default_factory=list)  # outdated and forbidden, in the reader's language


def _concepts():
    return Concept.objects.prefetch_related("texts", "variants", "related__texts")


def glossary(language: str) -> list[tuple[str, str, list[GlossaryEntry]]]:
    """Every concept by domain, (domain, label, entries), each domain's entries by their term in `language`."""
    by_domain, names = defaultdict(list), dict(settings.LANGUAGES)
    for concept in _concepts():
        rows = concept.texts_by_language()
        variants = [v for v in concept.variants.all() if v.language == language]
        by_domain[concept.domain].append(
            GlossaryEntry(
                concept=concept,
                shown=concept.text(language),
                source_term=getattr(rows.get(settings.SOURCE_LANGUAGE), "term", ""),
                terms=[(code, names[code], rows[code].term) for code in settings.CONTENT_LANGUAGES if code in rows],
                admitted=[v for v in variants if not v.is_flagged],
                flagged=[v for v in variants if v.is_flagged],
            )
        )
    return [
        (domain, label, sorted(by_domain[domain], key=lambda entry: entry.shown.term.casefold()))
        for domain, label in Domain.choices
        if by_domain[domain]
    ]


@dataclass(frozen=True)
class Flag:
    """A variant that may not be used: what to write instead."""

    concept_key: str
    variant: str
    status: str
    status_label: str
    preferred: str
    note: str


def flagged_index() -> dict[str, PhraseIndex]:
    """Per language, every outdated or forbidden variant of the termbase compiled for finding it in a text."""
    rows = []
    for concept in _concepts():
        preferred = {row.language: row.term for row in concept.texts.all()}
        for variant in concept.variants.all():
            if variant.is_flagged:
                label = str(variant.get_status_display())
                flag = Flag(
                    concept.key, variant.text, variant.status, label, preferred.get(variant.language, ""), variant.note
                )
                rows.append((variant.language, variant.pattern, flag))
    return index_flags(rows)


def flagged_index_from_data(data: dict) -> dict[str, PhraseIndex]:
    """The same from a termbase file, without a database (for `teekond terms check --files-only`)."""
    labels = dict(VariantStatus.choices)
    rows = []
    for concept in data["concepts"]:
        for language, row in concept["terms"].items():
            for item in row.get("variants", []):
                if item["status"] in FLAGGED:
                    label = str(labels[item["status"]])
                    flag = Flag(concept["key"], item["text"], item["status"], label, row["term"], item.get("note", ""))
                    rows.append((language, item.get("pattern", ""), flag))
    return index_flags(rows)


def index_flags(rows) -> dict[str, PhraseIndex]:
    phrases = defaultdict(list)
    for language, pattern, flag in rows:
        phrases[language].append((compile_phrase(flag.variant, language, pattern), flag))
    return {language: PhraseIndex(items) for language, items in phrases.items()}


@dataclass(frozen=True)
class TermHint:
    """A concept found in a source text, with how to say it in the target language."""

    concept: Concept
    found: str  # the words of the source text
    term: str  # the preferred term in the target language
    avoid: list[str]  # its outdated and forbidden variants in the target language
    note: str


def terms_in_text(text: str, *, source: str, target: str) -> list[TermHint]:
    """The concepts a text in `source` names (by any of its names), each once, in the order they occur."""
    concepts = list(_concepts())
    items = []
    for concept in concepts:
        rows = concept.texts_by_language()
        if source in rows:
            items.append((compile_phrase(rows[source].term, source), concept))
        items += [
            (compile_phrase(v.text, source, v.pattern), concept) for v in concept.variants.all() if v.language == source
        ]
    hints, seen = [], set()
    for _phrase, concept, (start, end) in PhraseIndex(items).search(text, source):
        if concept.pk in seen:
            continue
        seen.add(concept.pk)
        rows = concept.texts_by_language()
        target_row = rows.get(target)
        avoid = [v.text for v in concept.variants.all() if v.language == target and v.is_flagged]
        term = target_row.term if target_row else ""
        hints.append(TermHint(concept, text[start:end], term, avoid, target_row.note if target_row else ""))
    return hints
