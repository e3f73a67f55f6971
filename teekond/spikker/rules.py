"""Who may change the spikker (see core.permissions).

Coordinators and municipality editors write drafts and translations; only a coordinator publishes,
archives, deletes, or moderates what readers send.
"""

from teekond.core.permissions import has_role, is_coordinator, rule
from teekond.core.roles import Role

for model in ("lifearea", "entrytext", "entrysource", "feedback", "suggestion", "entryrevision"):
    rule(*(f"spikker.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)
rule("spikker.delete_entry", "spikker.publish_entry", "spikker.confirm_entry")(is_coordinator)


@rule("spikker.add_entry", "spikker.change_entry", "spikker.view_entry", "spikker.translate_entry")
def writes_spikker(user, entry=None) -> bool:
    return has_role(user, Role.COORDINATOR, Role.MUNICIPALITY_EDITOR)
