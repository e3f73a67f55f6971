from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "teekond.workshops"
    label = "workshops"
    verbose_name = _("Workshops")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_save

        from teekond.workshops import rules  # noqa: F401  (registers the permission rules)

        post_save.connect(_revoke_when_no_longer_a_facilitator, sender=settings.AUTH_USER_MODEL)


def _revoke_when_no_longer_a_facilitator(sender, instance, raw=False, **kwargs):
    """A person deactivated, or whose role no longer runs workshops, keeps no working facilitator token
    (in the admin as anywhere: the signal follows every save of a user). Not while a backup is restored."""
    from teekond.workshops import tokens

    if not raw and not tokens.may_hold_tokens(instance):
        tokens.person_tokens_revoke(instance)
