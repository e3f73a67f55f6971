from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TermsConfig(AppConfig):
    name = "teekond.terms"
    label = "terms"
    verbose_name = _("Termbase: the network's vocabulary")

    def ready(self):
        from teekond.terms import rules  # noqa: F401  (registers the permission rules)
