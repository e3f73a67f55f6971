"""Who may run workshops (see core.permissions).

Facilitators and coordinators create workshops; a workshop is run by its own facilitator (or a
coordinator). Participants act through their join token, not through these rules.
"""

from teekond.core.permissions import has_role, is_coordinator, rule
from teekond.core.roles import Role

for model in ("participant", "notegroup", "note", "vote"):
    rule(*(f"workshops.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)


@rule("workshops.add_workshop")
def creates_workshops(user, obj=None) -> bool:
    return has_role(user, Role.COORDINATOR, Role.FACILITATOR)


@rule("workshops.change_workshop", "workshops.view_workshop", "workshops.run_workshop", "workshops.delete_workshop")
def runs_workshop(user, workshop=None) -> bool:
    """Coordinators; a facilitator for the workshops they facilitate."""
    if is_coordinator(user):
        return True
    if workshop is None:
        return has_role(user, Role.FACILITATOR)
    return has_role(user, Role.FACILITATOR) and workshop.facilitator_id == user.pk
