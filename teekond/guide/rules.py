"""Who may change the guide's data (see core.permissions).

Coordinators keep every municipality's local services; a municipality editor keeps their own
municipality's. Stuck reports are read and handled by coordinators only.
"""

from teekond.core.permissions import edits_municipality, has_role, is_coordinator, rule
from teekond.core.roles import Role

for model in ("localservicetext", "stuckreport"):
    rule(*(f"guide.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)
rule("guide.handle_stuckreport")(is_coordinator)


@rule("guide.add_localservice", "guide.change_localservice", "guide.delete_localservice", "guide.view_localservice")
def keeps_local_services(user, service_or_municipality=None) -> bool:
    """Coordinators; a municipality editor for their own municipality (given a service or a municipality)."""
    if is_coordinator(user):
        return True
    if service_or_municipality is None:
        return has_role(user, Role.MUNICIPALITY_EDITOR)
    municipality_id = getattr(service_or_municipality, "municipality_id", getattr(service_or_municipality, "pk", None))
    return edits_municipality(user, municipality_id)
