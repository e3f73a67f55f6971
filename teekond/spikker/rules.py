"""Who may change the spikker: coordinators write, review and publish (see core.permissions)."""

from teekond.core.permissions import is_coordinator, rule

for model in ("lifearea", "entry", "entrytext", "entrysource"):
    rule(*(f"spikker.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)
rule("spikker.publish_entry")(is_coordinator)
