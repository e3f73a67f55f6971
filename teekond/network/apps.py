from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "teekond.network"
    label = "network"
    verbose_name = _("Partner network")

    def ready(self):
        from teekond.network import rules  # noqa: F401  (registers the permission rules)
