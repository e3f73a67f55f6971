from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "teekond.accounts"
    label = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from teekond.accounts import rules  # noqa: F401  (registers the permission rules)
