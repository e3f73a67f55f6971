"""The spikker's section: what the collection is for, and its published entries by life area and language."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from teekond.reports.document import Bullets, Document, Heading, Paragraph
from teekond.spikker import selectors as spikker_selectors

LANGUAGE_NAMES = {
    "et": gettext_lazy("Estonian"),
    "en": gettext_lazy("English"),
    "ru": gettext_lazy("Russian"),
    "uk": gettext_lazy("Ukrainian"),
}


def spikker_section(document: Document, *, language: str, **context) -> None:
    document.add(Heading(1, _("The collection “Eesti eluga kohanemise spikker”")))
    document.add(
        Paragraph(
            _(
                "The spikker makes visible the unwritten rules of everyday life in Estonia: customs, attitudes and "
                "patterns of behaviour that are taken for granted but written down nowhere. With practical "
                "examples and the reasons behind them, it helps a person with a migration background understand "
                "situations, make informed choices and feel safe and accepted."
            )
        )
    )
    figures = spikker_selectors.collection_figures()
    if not figures.entries:
        document.add(Paragraph(_("The collection has no published entries yet.")))
        return
    entries = ngettext("%(count)s published entry", "%(count)s published entries", figures.entries) % {
        "count": figures.entries
    }
    areas = ngettext("%(count)s life area", "%(count)s life areas", len(figures.areas)) % {"count": len(figures.areas)}
    document.add(Paragraph(_("The collection holds %(entries)s in %(areas)s:") % {"entries": entries, "areas": areas}))
    document.add(Bullets([f"{area.text(language).name}: {count}" for area, count in figures.areas]))
    by_language = ", ".join(f"{LANGUAGE_NAMES.get(code, code)} {count}" for code, count in figures.by_language)
    document.add(Paragraph(_("Published entries by language: %(languages)s.") % {"languages": by_language}))
