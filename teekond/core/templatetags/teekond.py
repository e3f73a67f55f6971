import re

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from teekond.core import icons
from teekond.core.dates import format_date, format_range
from teekond.core.icons import icon_svg

register = template.Library()

DOMAIN_LIKE = re.compile(r"^(https?://)?([\w-]+\.)+[a-z]{2,}(/\S*)?$", re.IGNORECASE)


@register.filter
def estdate(value, precision="day"):
    return format_date(value, precision)


@register.simple_tag
def daterange(start, end):
    return format_range(start, end)


@register.simple_tag
def icon(name: str, extra_class: str = ""):
    """`{% icon "plan" %}`: one of core.icons, hidden from screen readers; put a text label beside it."""
    return icon_svg(name, extra_class)
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


# Language honesty: text shown in another language than the page's carries its own lang attribute, a
# data-fallback attribute (which the tests look for) and a visible mark in the reader's language.


def language_in_words(language: str) -> str:
    words = {"et": _("in Estonian"), "en": _("in English"), "ru": _("in Russian"), "uk": _("in Ukrainian")}
    return words.get(language, language)


def language_mark(language: str) -> str:
    return format_html('<span class="lang-mark" lang="{}">{}</span>', get_language(), language_in_words(language))


def in_language_html(language: str, value):
    """`value` as it is when it is in the page's language; otherwise wrapped and marked."""
    if not language or language == get_language():
        return format_html("{}", value)
    return format_html(
        '<span lang="{}" data-fallback="{}">{}</span>{}', language, language, value, language_mark(language)
    )


def in_language_label(language: str, value) -> str:
    """The same for plain text that cannot hold markup (an <option>): the mark in brackets after it."""
    if not language or language == get_language():
        return str(value)
    return f"{value} ({language_in_words(language)})"


@register.simple_tag
def in_language(language: str, value):
    """`{% in_language shown.language shown.title %}`: see in_language_html."""
    return in_language_html(language, value)


@register.simple_tag
def lang_mark(language: str):
    """Only the visible mark, for an element already marked with lang_attrs (a card, a search result)."""
    if not language or language == get_language():
        return ""
    return language_mark(language)


@register.simple_tag(name="in_language_label")
def in_language_label_tag(language: str, value):
    return in_language_label(language, value)


@register.simple_tag
def lang_attrs(language: str):
    """` lang="et" data-fallback="et"` on a block whose text is in another language (give it a lang_notice)."""
    if not language or language == get_language():
        return ""
    return format_html(' lang="{}" data-fallback="{}"', language, language)


@register.simple_tag
def lang_notice(language: str):
    """The "shown in Estonian" notice, in the reader's language, for a block marked with lang_attrs."""
    if not language or language == get_language():
        return ""
    text = _("Shown %(language)s: this text has not been translated into your language yet.") % {
        "language": language_in_words(language)
    }
    return format_html('<p class="notice notice-lang" lang="{}">{}</p>', get_language(), text)


@register.simple_tag
def translated(obj, field: str = "title"):
    """An object's translated title (or name) in the reader's language; a fallback carries its lang and mark."""
    shown = obj.text(get_language())
    value = getattr(shown, field, "") or getattr(shown, "name", "")
    if shown.is_fallback:
        return in_language_html(shown.language, value)
    return value


@register.simple_tag
def icon_symbols(*names: str):
    """`{% icon_symbols "clock" %}` once on a page that repeats the clock; then `{% icon_use "clock" %}`."""
    return icons.icon_symbols(*names)


@register.simple_tag
def icon_use(name: str):
    return icons.icon_use(name)
