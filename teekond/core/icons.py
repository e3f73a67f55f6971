"""The site's small icon set: 24×24 line drawings in the text's colour, drawn for Teekond.

Inline SVG (no extra request, no sprite to cache); always next to a text label and hidden from screen
readers, so an icon never has to carry meaning on its own.
"""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

PATHS = {
    "logo": '<circle cx="5" cy="19" r="2.5"/><circle cx="19" cy="5" r="2.5"/>'
    '<path d="M7.2 17.8c4-1.3 1.5-6 5.3-7.3 2.6-.9 3.6-1.9 4.7-3.8"/>',
    "menu": '<path d="M3 6h18M3 12h18M3 18h18"/>',
    "close": '<path d="M6 6l12 12M18 6L6 18"/>',
    "plan": '<path d="M10 6h11M10 12h11M10 18h11"/><path d="M3 6l1.8 1.8L8 4.6M3 12l1.8 1.8L8 10.6"/>'
    '<circle cx="5" cy="18" r="1.6"/>',
    "rules": '<path d="M2 5.5C5 4 8.5 4 12 6c3.5-2 7-2 10-.5V19c-3-1.5-6.5-1.5-10 .5-3.5-2-7-2-10-.5z"/>'
    '<path d="M12 6v13.5"/>',
    "network": '<circle cx="12" cy="5" r="2.5"/><circle cx="5" cy="18" r="2.5"/><circle cx="19" cy="18" r="2.5"/>'
    '<path d="M10.7 7.2l-4.4 8.6M13.3 7.2l4.4 8.6M7.5 18h9"/>',
    "map": '<path d="M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z"/><path d="M9 3v15M15 6v15"/>',
    "calendar": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
    "people": '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"/>'
    '<circle cx="17" cy="9" r="2.5"/><path d="M17 13.5c2.5 0 4.5 2 4.5 4.5"/>',
    "municipality": '<path d="M4 21V8l8-5 8 5v13"/><path d="M9 21v-6h6v6M2 21h20"/>',
    "proposal": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 12h6M9 16h6"/>',
    "arrow": '<path d="M5 12h14M13 6l6 6-6 6"/>',
    "clock": '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
    "info": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    "warning": '<path d="M12 3L2 20h20z"/><path d="M12 10v4M12 17v.5"/>',
    "pin": '<path d="M12 21s-7-6.5-7-12a7 7 0 0114 0c0 5.5-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>',
    "scroll": '<path d="M3 12h18M16 7l5 5-5 5M8 7l-5 5 5 5"/>',
}


def icon_svg(name: str, extra_class: str = "") -> str:
    """The icon as inline SVG; an unknown name is a programming error, so it fails loudly."""
    classes = f"icon icon-{name} {extra_class}".strip()
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{}</svg>',
        classes,
        mark_safe(PATHS[name]),  # our own constant drawings, never input
    )


def icon_symbols(*names: str) -> str:
    """The icons a page repeats, drawn once (hidden) for `icon_use` to refer to."""
    symbols = "".join(f'<symbol id="icon-{name}" viewBox="0 0 24 24">{PATHS[name]}</symbol>' for name in names)
    return mark_safe(f'<svg hidden aria-hidden="true" focusable="false">{symbols}</svg>')  # our own constants


def icon_use(name: str) -> str:
    """An icon drawn by `icon_symbols` earlier on the page: a few bytes however often it is repeated."""
    PATHS[name]  # an unknown name fails loudly, as in icon_svg
    return mark_safe(f'<svg class="icon icon-{name}" aria-hidden="true"><use href="#icon-{name}"/></svg>')
