from django import template

from teekond.spikker.models import EntryStatus
from teekond.spikker.selectors import answered_entries

register = template.Library()


@register.inclusion_tag("spikker/feedback/_helpful.html", takes_context=True)
def helpful_box(context, entry):
    """The "Was this helpful?" box under a published entry; thanks instead once this browser has answered."""
    session = getattr(context.get("request"), "session", {})
    return {
        "entry": entry,
        "published": entry.status == EntryStatus.PUBLISHED,
        "answered": entry.key in answered_entries(session),
    }
