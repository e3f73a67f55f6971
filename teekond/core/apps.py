from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "teekond.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.backends.signals import connection_created

        from teekond.core import checks, contentversion  # noqa: F401  (checks register themselves)

        # Every database connection of every thread changes the content version when it writes.
        connection_created.connect(contentversion.install, dispatch_uid="teekond-content-version")
