"""The partner network: municipalities, agreements, organisations and people, the working group, events.

One module per part; the names below are the models and vocabularies the rest of the app (and Django) uses."""

from teekond.network.models.events import Event, EventQuerySet, EventText, EventType
from teekond.network.models.municipalities import (
    NAMES_HELP,
    SOURCE_HELP,
    AgreementStatus,
    Municipality,
    MunicipalityType,
    PartnerAgreement,
    in_language,
)
from teekond.network.models.organisations import ESTONIAN_LETTERS, Organisation, OrganisationKind, unique_slug
from teekond.network.models.people import MembershipRole, Person, WorkingGroup, WorkingGroupMembership

__all__ = [
    "AgreementStatus",
    "ESTONIAN_LETTERS",
    "Event",
    "EventQuerySet",
    "EventText",
    "EventType",
    "MembershipRole",
    "Municipality",
    "MunicipalityType",
    "NAMES_HELP",
    "Organisation",
    "OrganisationKind",
    "PartnerAgreement",
    "Person",
    "SOURCE_HELP",
    "WorkingGroup",
    "WorkingGroupMembership",
    "in_language",
    "unique_slug",
]
