"""Writes to the local services a municipality keeps for the steps of the journey.

Each write is one transaction and checks the rules itself, so no caller (view, admin action, seed,
future API) can change another municipality's services. Validation errors are keyed by the model's
field names, plus `TEXTS_ERROR_KEY` for the notes, so that a form can show each one next to its field.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.translation import save_texts
from teekond.guide.models import LocalService

SERVICE_FIELDS = frozenset(
    {"office_name", "address", "opening_hours", "phone", "email", "website", "languages", "source", "checked"}
)
TEXT_FIELDS = ("notes",)
TEXTS_ERROR_KEY = "texts"

# The languages an office may say it serves in: the content languages, then others newcomers to Estonia
# often speak (ISO 639-1). Marked here so that our own catalogues name them; Django's name them until then.
SERVED_LANGUAGES = {
    "et": gettext_lazy("Estonian"),
    "en": gettext_lazy("English"),
    "ru": gettext_lazy("Russian"),
    "uk": gettext_lazy("Ukrainian"),
    "fi": gettext_lazy("Finnish"),
    "lv": gettext_lazy("Latvian"),
    "lt": gettext_lazy("Lithuanian"),
    "pl": gettext_lazy("Polish"),
    "de": gettext_lazy("German"),
    "fr": gettext_lazy("French"),
    "es": gettext_lazy("Spanish"),
    "it": gettext_lazy("Italian"),
    "tr": gettext_lazy("Turkish"),
    "ar": gettext_lazy("Arabic"),
    "fa": gettext_lazy("Persian"),
    "hi": gettext_lazy("Hindi"),
    "be": gettext_lazy("Belarusian"),
    "uz": gettext_lazy("Uzbek"),
}


def served_language_codes() -> list[str]:
    return [*settings.CONTENT_LANGUAGES, *(code for code in SERVED_LANGUAGES if code not in settings.CONTENT_LANGUAGES)]


@transaction.atomic
def local_service_save(
    *,
    user,
    municipality,
    step,
    service: LocalService | None = None,
    fields: dict,
    texts: dict[str, dict],
    minor: bool = False,
    reason: str = "",
) -> LocalService:
    """Create the municipality's service for a step (when `service` is None) or change it, notes included.

    A language without notes loses its notes; notes in any language need the Estonian notes first.
    """
    unknown = set(fields) - SERVICE_FIELDS
    if unknown:
        raise ValueError(f"Not local service fields: {', '.join(sorted(unknown))}")
    if service is None:
        require(user, "guide.add_localservice", municipality)
        service = LocalService(municipality=municipality, step=step)
    else:
        require(user, "guide.change_localservice", service)
        if (service.municipality_id, service.step_id) != (municipality.pk, step.pk):
            raise ValueError("The service belongs to another municipality or step.")
    for name, value in fields.items():
        setattr(service, name, value)
    _validate(service, texts)
    stamp(service, user=user, reason=reason)
    service.save()
    save_texts(service, texts, TEXT_FIELDS, minor=minor)
    return service


@transaction.atomic
def local_service_delete(*, user, service: LocalService, reason: str = "") -> None:
    require(user, "guide.delete_localservice", service)
    stamp(service, user=user, reason=reason)
    service.delete()


def _validate(service: LocalService, texts: dict[str, dict]) -> None:
    errors: dict[str, list] = {}
    try:
        service.full_clean(exclude=["source_version"])
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    for key, message in rule_errors(languages=service.languages, checked=service.checked, texts=texts):
        errors.setdefault(key, []).append(message)
    if errors:
        raise ValidationError(errors)


def rule_errors(*, languages, checked, texts: dict[str, dict]):
    """(key, message) for what the model's own field checks do not cover; forms ask too, to show all at once."""
    if not isinstance(languages, list) or any(code not in served_language_codes() for code in languages):
        yield "languages", _("Choose the languages served from the list.")
    if checked and checked > timezone.localdate():
        yield "checked", _("The date last checked cannot be in the future.")
    if _has_translated_notes_only(texts):
        yield TEXTS_ERROR_KEY, _("Write the Estonian notes first: Estonian is the source language.")


def _has_translated_notes_only(texts: dict[str, dict]) -> bool:
    source = texts.get(settings.SOURCE_LANGUAGE, {}).get("notes")
    translated = any(values.get("notes") for code, values in texts.items() if code != settings.SOURCE_LANGUAGE)
    return translated and not source
