"""Atom feeds of what is new in public: proposals' state changes, newly published spikker entries, events.

Each lives at /{lang}/…/feed.atom and is written in that language (falling back to the source text).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from teekond.journey import selectors as journey
from teekond.journey.selectors import ProposalState
from teekond.network import selectors as network
from teekond.spikker import selectors as spikker

FEED_LENGTH = 50


class ProposalStatesFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Teekond: proposals' state changes")

    def link(self):
        from django.urls import reverse

        return reverse("journey:state_tracker")

    def subtitle(self):
        return _("Every change of a public proposal's state, newest first.")

    def items(self):
        transitions = journey.public_transitions()
        return transitions.prefetch_related("proposal__texts").order_by("-recorded_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        state = ProposalState(item.to_state).label
        return f"{item.proposal.code} {item.proposal.text().title}: {state}"

    def item_description(self, item):
        sample = _("Sample content for coordinators to confirm or replace.") if item.proposal.is_sample else ""
        return " ".join(part for part in (item.reason, sample) if part)

    def item_link(self, item):
        return item.proposal.get_absolute_url()

    def item_guid(self, item):
        return f"teekond-proposal-transition-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.recorded_at


class SpikkerFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Teekond: new spikker entries")

    def link(self):
        from django.urls import reverse

        return reverse("spikker:index")

    def subtitle(self):
        return _("Unwritten rules of Estonian life, as they are published.")

    def items(self):
        return spikker.recently_published(FEED_LENGTH)

    def item_title(self, item):
        return item.text().title

    def item_description(self, item):
        return item.text().rule

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class EventsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Teekond: the network's events")

    def link(self):
        from django.urls import reverse

        return reverse("network:calendar")

    def subtitle(self):
        return _("Network meetings, workshops, academies, training days, conferences and study visits.")

    def items(self):
        return network.events_last_added(FEED_LENGTH)

    def item_title(self, item):
        return f"{item.text().title} ({item.when_display})"

    def item_description(self, item):
        return item.text().description

    def item_pubdate(self, item):
        return item.created_at
