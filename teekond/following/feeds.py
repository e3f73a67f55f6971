"""Following by feed: an Atom feed of the changes to one record (the same changes the digests tell)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from teekond.following.digest import told_of
from teekond.following.models import Change
from teekond.following.services import target_title, target_url
from teekond.journey.selectors import public_target

FEED_LENGTH = 50


class TargetFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, kind, key):
        target = public_target(kind, key)
        if target is None:
            raise Http404
        return kind, key, target

    def title(self, obj):
        kind, _key, target = obj
        return _("Teekond: changes to “%(title)s”") % {"title": target_title(target)}

    def link(self, obj):
        kind, _key, target = obj
        return target_url(kind, target)

    def subtitle(self, obj):
        return _("State changes, answers from the state, new evidence and merges.")

    def items(self, obj):
        kind, key, _target = obj
        changes = Change.objects.filter(subjects__kind=kind, subjects__key=key).order_by("-happened_at", "-pk")
        changes = changes.select_related("proposal", "bottleneck")
        return changes.prefetch_related("proposal__texts", "bottleneck__texts")[:FEED_LENGTH]

    def item_title(self, item):
        told = told_of(item)
        return f"{told.title}: {told.what}"

    def item_description(self, item):
        return told_of(item).what

    def item_link(self, item):
        return (item.proposal or item.bottleneck).get_absolute_url()

    def item_guid(self, item):
        return f"teekond-change-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.happened_at

    def item_updateddate(self, item):
        return item.happened_at
