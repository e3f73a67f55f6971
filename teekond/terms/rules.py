"""Who may change the termbase (see core.permissions): the coordinators; everyone reads the glossary."""

from teekond.core.permissions import is_coordinator, rule

for model in ("concept", "concepttext", "variant"):
    rule(*(f"terms.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)
