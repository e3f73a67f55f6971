"""The journey's changes, recorded for the followers' digests and feeds (see journey/signals.py)."""

from django.dispatch import receiver

from teekond.following import services
from teekond.journey.signals import bottleneck_changed, proposal_changed


@receiver(proposal_changed, dispatch_uid="following-proposal-changed")
def on_proposal_changed(sender, *, proposal, kind, on, transition=None, **extra):
    services.change_record_for_proposal(proposal=proposal, kind=kind, on=on, transition=transition)


@receiver(bottleneck_changed, dispatch_uid="following-bottleneck-changed")
def on_bottleneck_changed(sender, *, bottleneck, kind, **extra):
    services.change_record_for_bottleneck(bottleneck=bottleneck, kind=kind, merged=extra.get("merged"))
