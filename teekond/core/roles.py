from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of product.md. The public has no role: it is simply not signed in."""

    COORDINATOR = "coordinator", _("Coordinator (ELVL)")
    MUNICIPALITY_EDITOR = "municipality_editor", _("Municipality editor")
    FACILITATOR = "facilitator", _("Workshop facilitator")
    NETWORK_MEMBER = "network_member", _("Network member")
