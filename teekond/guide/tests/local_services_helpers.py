"""Helpers shared by the tests of test_local_services."""

from teekond.guide.models import LocalService, LocalServiceText

KEEP_TARTU = {"coordinator", "tartu_editor"}


TEXT_LANGUAGES = ("et", "en", "ru", "uk")


def edit_url(service, language="en"):
    return f"/{language}/guide/local/{service.municipality.slug}/{service.step.key}/"


def form_data(service: LocalService | None = None, **changes) -> dict:
    """The edit form as it stands for `service` (all four languages of notes), with `changes` on top."""
    data = {
        "office_name": "",
        "address": "",
        "opening_hours": "",
        "phone": "",
        "email": "",
        "website": "",
        "source": "",
        "checked": "",
        "reason": "",
        **{f"notes_{code}": "" for code in TEXT_LANGUAGES},
    }
    if service is not None:
        data.update({name: getattr(service, name) for name in ("office_name", "address", "opening_hours", "phone")})
        data.update(email=service.email, website=service.website, source=service.source)
        data.update(checked=service.checked.isoformat() if service.checked else "", languages=service.languages)
        data.update({f"notes_{code}": row.notes for code, row in service.texts_by_language().items()})
    data.update(changes)
    return data


def snapshot():
    return list(LocalService.objects.order_by("pk").values()), list(LocalServiceText.objects.order_by("pk").values())
