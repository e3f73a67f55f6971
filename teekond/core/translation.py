"""Row-per-language content, shared by every capability.

A translatable thing (an event, later a stage, a proposal, a spikker entry) keeps its texts in a
companion model with one row per language. The Estonian row is the source. The parent's
`source_version` grows with every major edit of the source; each row records the source version it
was made from, so a translation's state is computed from rows already loaded — no query per item.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TranslationState(models.TextChoices):
    SOURCE = "source", _("source text")
    UP_TO_DATE = "up_to_date", _("up to date")
    OUTDATED = "outdated", _("outdated")
    MISSING = "missing", _("missing")


class TranslationOrigin(models.TextChoices):
    MANUAL = "manual", _("written by a person")
    MACHINE = "machine", _("machine translation")


class Translatable(models.Model):
    source_version = models.PositiveIntegerField(
        _("source version"),
        default=1,
        editable=False,
        help_text=_("Grows with every major edit of the Estonian text."),
    )

    class Meta:
        abstract = True

    def texts_by_language(self) -> dict[str, "TranslatedText"]:
        # `.all()` so that a prefetch_related("texts") is used rather than a new query.
        return {row.language: row for row in self.texts.all()}

    def text(self, language: str | None = None) -> "Shown":
        return pick_text(self.texts_by_language(), language or get_language())

    def translation_states(self) -> dict[str, str]:
        rows = self.texts_by_language()
        return {code: state_of(rows.get(code), self.source_version) for code in settings.CONTENT_LANGUAGES}


class TranslatedText(models.Model):
    """Abstract base of a text row; subclasses add the parent key (related_name="texts") and fields."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    made_from_version = models.PositiveIntegerField(
        _("made from source version"),
        default=1,
        help_text=_("The version of the Estonian text this translation was made from."),
    )
    origin = models.CharField(
        _("origin"), max_length=16, choices=TranslationOrigin.choices, default=TranslationOrigin.MANUAL
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


def state_of(row: TranslatedText | None, source_version: int) -> str:
    if row is None:
        return TranslationState.MISSING
    if row.language == settings.SOURCE_LANGUAGE:
        return TranslationState.SOURCE
    if row.made_from_version < source_version:
        return TranslationState.OUTDATED
    return TranslationState.UP_TO_DATE


@dataclass(frozen=True)
class Shown:
    """A text row chosen for a reader, and whether it is in another language than asked for."""

    row: TranslatedText | None
    language: str
    is_fallback: bool

    def __getattr__(self, name):
        # Templates read fields straight through: {{ shown.title }}.
        return getattr(self.row, name, "")


def pick_text(rows: dict[str, TranslatedText], language: str) -> Shown:
    language = (language or settings.SOURCE_LANGUAGE).split("-")[0]
    if language in rows:
        return Shown(rows[language], language, False)
    for fallback in settings.FALLBACK_LANGUAGES:
        if fallback in rows:
            return Shown(rows[fallback], fallback, True)
    return Shown(None, settings.SOURCE_LANGUAGE, True)


# The key an export file marks an outdated translation with.
OUTDATED = TranslationState.OUTDATED.value


def require_source_title(texts: dict[str, dict]) -> None:
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    if not texts.get(settings.SOURCE_LANGUAGE, {}).get("title"):
        raise ValidationError(_("The Estonian title is required: Estonian is the source language."))


def save_texts(parent: Translatable, texts: dict[str, dict], fields: tuple[str, ...], *, minor: bool = False) -> None:
    """Save every language's row; a language without its first field (the title) loses its row.

    Only `fields` are taken from `texts`, only content languages are saved, and the source goes first, so
    that translations saved in the same breath count as made from the new source version.
    """
    ordered = sorted(texts.items(), key=lambda item: item[0] != settings.SOURCE_LANGUAGE)
    for language, values in ordered:
        if language not in settings.CONTENT_LANGUAGES:
            continue
        if values.get(fields[0]):
            save_text(parent, language=language, minor=minor, **complete_fields(parent.texts.model, values, fields))
        else:
            parent.texts.filter(language=language).delete()


def complete_fields(model: type[TranslatedText], values: dict, fields: tuple[str, ...]) -> dict:
    """Every field, a missing one as its empty default ([] for a list): a row compares equal to its re-save."""
    return {key: values[key] if key in values else model._meta.get_field(key).get_default() for key in fields}


def save_text(parent: Translatable, *, language: str, minor: bool = False, **fields) -> TranslatedText:
    """Create or update one language's row; a major edit of the source makes other rows outdated.

    Call inside the caller's transaction.
    """
    is_source = language == settings.SOURCE_LANGUAGE
    row = parent.texts.filter(language=language).first()
    changed = row is None or any(getattr(row, key) != value for key, value in fields.items())
    if is_source and row is not None and changed and not minor:
        parent.source_version += 1
        parent.save(update_fields=["source_version"])
    if row is None:
        row = parent.texts.model(language=language, **{parent.texts.field.name: parent})
    for key, value in fields.items():
        setattr(row, key, value)
    if is_source or changed:
        row.made_from_version = parent.source_version
    row.save()
    return row


def exported_texts(parent: Translatable, fields: tuple[str, ...]) -> dict[str, dict]:
    """Each language's fields, for an export file; a translation made from an older source text says so
    (`"outdated": true`), and `imported_texts` keeps it outdated."""
    texts = {}
    for row in sorted(parent.texts.all(), key=lambda r: r.language):
        texts[row.language] = {field: getattr(row, field) for field in fields}
        if row.language != settings.SOURCE_LANGUAGE and row.made_from_version < parent.source_version:
            texts[row.language][OUTDATED] = True
    return texts


def outdated_mark_errors(where: str, field: str, texts) -> list[str]:
    """Problems with an export file's `"outdated"` marks (`field` names the texts in the file's words)."""
    return [
        f"{where}: field '{field}.{language}.{OUTDATED}': true or false"
        for language, values in (texts or {}).items()
        if isinstance(values, dict) and values.get(OUTDATED, False) not in (True, False)
    ]


def imported_texts(parent: Translatable, texts: dict[str, dict], fields: tuple[str, ...]) -> None:
    """Save texts from an export file (`exported_texts`), keeping outdated translations outdated."""
    save_texts(parent, texts, fields)
    mark_outdated(parent, [language for language, values in texts.items() if (values or {}).get(OUTDATED) is True])


def mark_outdated(parent: Translatable, languages) -> None:
    """Record that these languages' rows were translated from an earlier source text than the current one,
    as an export said of them: an import must not make an outdated translation look up to date."""
    languages = [language for language in languages if language != settings.SOURCE_LANGUAGE]
    if not languages:
        return
    if parent.source_version < 2:  # there must be an earlier version to have been made from
        parent.source_version += 1
        parent.save(update_fields=["source_version"])
        parent.texts.exclude(language__in=languages).update(made_from_version=parent.source_version)
    parent.texts.filter(language__in=languages).update(made_from_version=parent.source_version - 1)
