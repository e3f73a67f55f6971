from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "teekond.guide"
    label = "guide"
    verbose_name = _("Newcomer guide")

    def ready(self):
        from teekond.guide import rules  # noqa: F401  (registers the permission rules)
