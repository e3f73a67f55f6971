from teekond.core.permissions import is_coordinator, rule

rule("accounts.view_user", "accounts.add_user", "accounts.change_user", "accounts.delete_user")(is_coordinator)
