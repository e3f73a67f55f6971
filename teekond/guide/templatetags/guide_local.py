"""Template helpers for local services, so that other apps' pages link to them without importing the guide."""

from django import template

from teekond.core.permissions import allowed
from teekond.guide.local_forms import language_name

register = template.Library()


@register.simple_tag(takes_context=True)
def may_keep_local_services(context, municipality) -> bool:
    request = context.get("request")
    return request is not None and allowed(request.user, "guide.view_localservice", municipality)


@register.filter
def language_names(codes) -> str:
    """Language codes as names in the reader's language: ["et", "ru"] → "Estonian, Russian"."""
    return ", ".join(language_name(code) for code in codes or [])
