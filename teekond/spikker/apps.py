from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpikkerConfig(AppConfig):
    name = "teekond.spikker"
    label = "spikker"
    verbose_name = _("Spikker: unwritten rules")

    def ready(self):
        from teekond.spikker import rules  # noqa: F401  (registers the permission rules)
        from teekond.spikker.selectors import published_texts
        from teekond.terms.checks import register_texts

        register_texts("published spikker entries", published_texts)
