"""The "I got stuck here" form on a plan's step, and the coordinators' view of the reports on the map.

The journey app shows the reports through these tags only, so it never imports the guide in Python.
"""

from django import template

from teekond.core import privacy
from teekond.guide import stuck
from teekond.guide.models import StuckStatus
from teekond.guide.stuck_forms import StuckForm

register = template.Library()


@register.inclusion_tag("guide/_stuck_form.html", takes_context=True)
def stuck_form(context, step, municipality, situation):
    request = context.get("request")
    return {
        "step": step,
        "municipality": municipality,
        "situation": situation,
        "next": request.get_full_path() if request else "",
        # The form is repeated once per step on a plan, so every id carries the step's key.
        "form_id": f"stuck-{step.key}",
        "max_length": StuckForm.base_fields["text"].max_length,
    }


@register.inclusion_tag("guide/stuck/_stage_summary.html", takes_context=True)
def stuck_summary_for_stage(context, stage):
    """New stuck reports on a stage of the map, per perspective, counted per municipality and month."""
    if not _may_see_reports(context):
        return {"shown": False}
    by_perspective = {}
    for group in stuck.stuck_groups(stage=stage.slug, status=StuckStatus.NEW):
        by_perspective.setdefault(group.perspective, []).append(group)
    return {"shown": True, "stage": stage, "by_perspective": by_perspective.items(), "new": StuckStatus.NEW}


@register.inclusion_tag("guide/stuck/_map_summary.html", takes_context=True)
def stuck_summary_for_map(context):
    if not _may_see_reports(context):
        return {"shown": False}
    return {"shown": True, "totals": stuck.stuck_totals()}


def _may_see_reports(context) -> bool:
    # The templates ask too; asking here keeps the reports private should a template forget.
    request = context.get("request")
    return bool(request and request.user.has_perm("guide.view_stuckreport"))


@register.filter
def mask_personal_data(text: str) -> str:
    """Reports are stored masked; masking again on display also covers rows written before or by other means."""
    return privacy.mask_personal_data(text or "")
