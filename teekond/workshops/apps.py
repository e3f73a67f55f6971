from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "teekond.workshops"
    label = "workshops"
    verbose_name = _("Workshops")

    def ready(self):
        from teekond.workshops import rules  # noqa: F401  (registers the permission rules)
