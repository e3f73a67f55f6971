"""The spikker seen from other capabilities' pages, without those capabilities importing it."""

from django import template

from teekond.spikker.models import Entry

register = template.Library()


@register.inclusion_tag("spikker/_rules_for_stage.html")
def rules_for_stage(stage):
    """The published unwritten rules that matter at a journey stage (two queries)."""
    entries = Entry.objects.published().filter(stages=stage).prefetch_related("texts")
    return {"stage": stage, "entries": list(entries)}
