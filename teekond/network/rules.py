"""Who may change what in the partner network (see core.permissions)."""

from teekond.core.permissions import edits_municipality, is_coordinator, rule
from teekond.core.roles import Role


def _coordinator_only(*models):
    for model in models:
        rule(*(f"network.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)


_coordinator_only("partneragreement", "organisation", "person", "workinggroup", "workinggroupmembership", "eventtext")

rule("network.add_municipality", "network.delete_municipality")(is_coordinator)


@rule("network.view_municipality", "network.change_municipality")
def may_change_municipality(user, municipality=None) -> bool:
    """Coordinators, and a municipality's own editors for its contact details."""
    if is_coordinator(user):
        return True
    if municipality is None:
        return user.is_authenticated and user.role == Role.MUNICIPALITY_EDITOR
    return edits_municipality(user, municipality.pk)


@rule("network.add_event", "network.change_event", "network.delete_event", "network.view_event")
def may_edit_event(user, event=None) -> bool:
    """Coordinators edit every event; a municipality editor, the events their municipality hosts."""
    if is_coordinator(user):
        return True
    if event is None:
        return user.is_authenticated and user.role == Role.MUNICIPALITY_EDITOR
    return edits_municipality(user, event.host_municipality_id)
