from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "teekond.following"
    verbose_name = _("Following")

    def ready(self):
        from teekond.following import receivers  # noqa: F401  (listens to the journey's changes)
