"""Writes to the partner network. Each is one transaction and checks the rules itself, so no caller
(view, admin, command or API) can write what the user may not."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.translation import require_source_title, save_texts
from teekond.network.models import AgreementStatus, Event, Municipality, PartnerAgreement

EVENT_TEXT_FIELDS = ("title", "description", "audience")


@transaction.atomic
def event_save(
    *,
    user,
    event: Event | None = None,
    fields: dict,
    texts: dict[str, dict],
    organisers=(),
    co_organisers=(),
    participating_municipalities=None,
    minor: bool = False,
    reason: str = "",
) -> Event:
    """Create an event (when `event` is None) or change one, with its texts per language.

    A language without a title loses its text; the Estonian source text is always required.
    Relations left as None keep what they were.
    """
    require_source_title(texts)
    if event is None:
        event = Event()
        require(user, "network.add_event")
    else:
        require(user, "network.change_event", event)
    for name, value in fields.items():
        setattr(event, name, value)
    if event.start_date:
        event.year = event.start_date.year
    # Checked again on the new state: an editor may not move an event to another municipality.
    require(user, "network.change_event", event)
    stamp(event, user=user, reason=reason)
    event.full_clean(exclude=["source_version"])
    event.save()
    event.organisers.set(organisers)
    event.co_organisers.set(co_organisers)
    if participating_municipalities is not None:
        event.participating_municipalities.set(participating_municipalities)
    save_texts(event, texts, EVENT_TEXT_FIELDS, minor=minor)
    return event


@transaction.atomic
def event_delete(*, user, event: Event, reason: str = "") -> None:
    require(user, "network.delete_event", event)
    stamp(event, user=user, reason=reason)
    try:
        event.delete()
    except ProtectedError:
        raise ValidationError(
            _("This event cannot be deleted: bottlenecks, proposals or a round of prioritisation refer to it.")
        ) from None


@transaction.atomic
def municipality_update_contact(*, user, municipality: Municipality, reason: str = "", **contact) -> Municipality:
    require(user, "network.change_municipality", municipality)
    allowed_fields = {"website", "email", "phone", "address", "contact_checked"}
    unknown = set(contact) - allowed_fields
    if unknown:
        raise ValueError(f"Not contact fields: {', '.join(sorted(unknown))}")
    for name, value in contact.items():
        setattr(municipality, name, value)
    stamp(municipality, user=user, reason=reason)
    municipality.full_clean()
    municipality.save()
    return municipality


@transaction.atomic
def agreement_save(
    *, user, agreement: PartnerAgreement | None = None, fields: dict, reason: str = ""
) -> PartnerAgreement:
    if agreement is None:
        require(user, "network.add_partneragreement")
        agreement = PartnerAgreement()
    else:
        require(user, "network.change_partneragreement", agreement)
    for name, value in fields.items():
        setattr(agreement, name, value)
    stamp(agreement, user=user, reason=reason)
    agreement.full_clean()
    agreement.save()
    extended = agreement.extends
    # Only an extension in force replaces the agreement; one still being negotiated does not.
    in_force = agreement.status == AgreementStatus.ACTIVE
    if extended is not None and in_force and extended.status != AgreementStatus.EXTENDED:
        extended.status = AgreementStatus.EXTENDED
        stamp(extended, user=user, reason=reason or _("extended by a later agreement"))
        extended.save()
    return agreement


def organisation_get_or_create(
    *, name: str, short_name: str = "", kind: str = "other", website: str = "", names: dict | None = None
):
    """The organisation by its name, created when missing (used by other capabilities' seed data and imports).

    Its name in other languages is filled in when still empty, never overwritten.
    """
    from teekond.network.models import Organisation

    organisation, _created = Organisation.objects.get_or_create(
        name=name, defaults={"short_name": short_name, "kind": kind, "website": website, "names": names or {}}
    )
    if names and not organisation.names:
        organisation.names = names
        organisation.save(update_fields=["names"])
    return organisation
