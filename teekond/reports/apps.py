from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "teekond.reports"
    label = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from teekond.reports import rules  # noqa: F401  (registers the permission rules)
