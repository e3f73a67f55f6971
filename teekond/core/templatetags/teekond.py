import re

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from teekond.core.dates import format_date, format_range

register = template.Library()

DOMAIN_LIKE = re.compile(r"^(https?://)?([\w-]+\.)+[a-z]{2,}(/\S*)?$", re.IGNORECASE)


@register.filter
def estdate(value, precision="day"):
    return format_date(value, precision)


@register.simple_tag
def daterange(start, end):
    return format_range(start, end)


@register.simple_tag(takes_context=True)
def checked_mark(context, checked, brackets=True):
    """When a person last confirmed the fact, or that nobody has yet: starter content ships unchecked."""
    words = _("checked %(date)s") % {"date": format_date(checked)} if checked else _("not yet checked by a person")
    template = '<span class="muted" lang="{}">({})</span>' if brackets else '<span class="muted" lang="{}">{}</span>'
    return format_html(template, context.get("LANGUAGE_CODE", "et"), words)


@register.filter
def source_links(source: str):
    """A source field ("document; address; …") as text with each address made a link."""
    parts = [part.strip() for part in (source or "").split(";") if part.strip()]
    return format_html_join("; ", "{}", ((_source_part(part),) for part in parts))


def _source_part(part: str):
    if not DOMAIN_LIKE.match(part):
        # Sources are named in the language of the document: Estonian for the network's own records.
        return format_html('<span lang="et">{}</span>', part)
    url = part if part.startswith("http") else f"https://{part}"
    return format_html('<a href="{}">{}</a>', url, re.sub(r"^https?://(www\.)?", "", part))


@register.simple_tag(takes_context=True)
def translated(context, obj, field: str = "title"):
    """An object's translated title (or name) in the reader's language; a fallback carries its own lang."""
    shown = obj.text(context.get("LANGUAGE_CODE"))
    value = getattr(shown, field, "") or getattr(shown, "name", "")
    if shown.is_fallback:
        return format_html('<span lang="{}">{}</span>', shown.language, value)
    return value
