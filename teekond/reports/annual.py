"""The integration section of ELVL's annual activity report, generated from the data.

The sections follow the 2025 report (shared/seed): the journey map, partnership agreements, regular
meetings of the partners and the network, the spikker, the working group, and the network's events.
Each section lives in `reports/sections/` and reads the other capabilities through their selectors; a new
section (a chart, say) is one more function in `SECTIONS`.

A report states facts only. Sample records (the starter map's bottlenecks and proposals) are left out,
with one line saying how many exist; an internal draft (`draft=True`) adds them in a section of their own
where every line is marked as a sample. Nothing meant for the office ("the source gives no date") is
printed: what is not known is simply not said.
"""

from collections.abc import Callable

from django.utils import translation
from django.utils.translation import gettext as _

from teekond.reports.document import Bullets, Document, Heading, Paragraph, Table
from teekond.reports.sections.journey import journey_section, sample_records_section
from teekond.reports.sections.network import (
    events_section,
    partnership_section,
    regular_meetings_section,
    working_group_section,
)
from teekond.reports.sections.spikker import spikker_section
from teekond.statistics.report import figures_section

REPORT_LANGUAGES = ("et", "en")

SECTIONS: list[Callable] = [
    journey_section,
    partnership_section,
    regular_meetings_section,
    spikker_section,
    working_group_section,
    events_section,
    figures_section,  # teekond.statistics: charts with their tables
]


def build_annual_report(year: int, language: str = "et", *, draft: bool = False) -> Document:
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"The report is written in {' or '.join(REPORT_LANGUAGES)}, not {language!r}.")
    with translation.override(language):
        title = _("Integration — activity report %(year)s") % {"year": year}
        if draft:
            title = _("%(title)s (internal draft with sample records)") % {"title": title}
        document = Document(title=title, language=language)
        for section in SECTIONS + ([sample_records_section] if draft else []):
            section(document, year=year, language=language)
        return _frozen(document)


def _frozen(document: Document) -> Document:
    """Every text made final while the report's language is active (a lazy label would follow the caller's)."""
    for block in document.blocks:
        if isinstance(block, (Heading, Paragraph)):
            block.text = str(block.text)
        elif isinstance(block, Bullets):
            block.items = [str(item) for item in block.items]
        elif isinstance(block, Table):
            block.header = [str(cell) for cell in block.header]
            block.rows = [[str(cell) for cell in row] for row in block.rows]
    return document


def report_filename(year: int, language: str, fmt: str, *, draft: bool = False) -> str:
    return f"teekond-aruanne-{year}-{language}{'-mustand' if draft else ''}.{fmt}"
