from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JourneyConfig(AppConfig):
    name = "teekond.journey"
    label = "journey"
    verbose_name = _("Adaptation journey map")

    def ready(self):
        from teekond.journey import rules  # noqa: F401  (registers the permission rules)
