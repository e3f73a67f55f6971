"""The journey map's section: the map completed in the year, its stages, and the records that are facts.

Sample records (starter examples for coordinators) never appear as if real: the public report counts
them in one line; an internal draft lists them in a section of their own, every line marked.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.dates import format_date
from teekond.journey import selectors as journey_selectors
from teekond.reports.document import Bullets, Document, Heading, Paragraph, Table

NOT_KNOWN = "—"


def journey_section(document: Document, *, year: int, language: str, **context) -> None:
    document.add(
        Heading(
            1,
            _(
                "Stages of the target groups' adaptation journey map, bottlenecks from the perspective of the "
                "municipality, the immigrant and the returnee, and solution proposals"
            ),
        )
    )
    figures = journey_selectors.year_figures(year)
    if figures.edition is not None and figures.edition.text(language).summary:
        document.add(Paragraph(figures.edition.text(language).summary))
    if not figures.stages:
        document.add(Paragraph(_("The adaptation journey map has not been compiled yet.")))
        return
    stages = ", ".join(s.text(language).title for s in figures.stages)
    text = ngettext(
        "The map has %(count)s stage: %(stages)s.", "The map has %(count)s stages: %(stages)s.", len(figures.stages)
    )
    document.add(Paragraph(text % {"count": len(figures.stages), "stages": stages}))
    _records(document, figures, year, language, mark="")
    _samples_line(document, figures)


def _records(document: Document, figures, year: int, language: str, *, mark: str) -> None:
    if any(total for _p, _open, total in figures.bottlenecks_by_perspective):
        document.add(Paragraph(mark + _("Bottlenecks by perspective (open of all recorded):")))
        document.add(
            Bullets(
                [
                    f"{mark}{p.text(language).name}: {open_count} / {total}"
                    for p, open_count, total in figures.bottlenecks_by_perspective
                ]
            )
        )
    rows = [
        [mark + level.label, ", ".join(f"{state.label} {n}" for state, n in states)]
        for level, states in figures.proposals_by_level
        if states
    ]
    if rows:
        document.add(Table(header=[_("Level"), _("Proposals by state")], rows=rows))
    _state_proposals(document, figures, year, language, mark)


def _body(proposal, language: str) -> str:
    return proposal.responsible_body.name_in(language) if proposal.responsible_body else NOT_KNOWN


def _state_proposals(document: Document, figures, year: int, language: str, mark: str) -> None:
    if figures.sent:
        document.add(Paragraph(mark + _("Proposals sent to the state in %(year)s:") % {"year": year}))
        items = [
            f"{mark}{p.code} {p.text(language).title} — {_body(p, language)}, {format_date(p.sent_on)}"
            for p in figures.sent
        ]
        document.add(Bullets(items))
    if figures.answered:
        document.add(Paragraph(mark + _("Answers received from the state in %(year)s:") % {"year": year}))
        items = [
            f"{mark}{p.code} {p.text(language).title} — {p.get_answer_kind_display()} ({format_date(p.answered_on)})"
            for p in figures.answered
        ]
        document.add(Bullets(items))
    if not mark and not figures.sent and not figures.answered:
        document.add(Paragraph(_("No proposal was sent to the state or answered by it in %(year)s.") % {"year": year}))


def _samples_line(document: Document, figures) -> None:
    if not (figures.sample_bottlenecks or figures.sample_proposals):
        return
    bottlenecks = ngettext(
        "%(count)s sample bottleneck", "%(count)s sample bottlenecks", figures.sample_bottlenecks
    ) % {"count": figures.sample_bottlenecks}
    proposals = ngettext("%(count)s sample proposal", "%(count)s sample proposals", figures.sample_proposals) % {
        "count": figures.sample_proposals
    }
    text = _(
        "The map also holds %(bottlenecks)s and %(proposals)s: starter examples for coordinators to confirm or "
        "replace. They are not facts, and this report leaves them out."
    )
    document.add(Paragraph(text % {"bottlenecks": bottlenecks, "proposals": proposals}))


def sample_records_section(document: Document, *, year: int, language: str, **context) -> None:
    """Only in an internal draft: the sample records, each line marked as a sample."""
    figures = journey_selectors.year_figures(year, samples=True)
    document.add(Heading(1, _("Sample records (internal draft, not facts)")))
    document.add(
        Paragraph(_("Every line below describes a sample record, not something that happened. Do not publish it."))
    )
    _records(document, figures, year, language, mark=_("[sample]") + " ")
