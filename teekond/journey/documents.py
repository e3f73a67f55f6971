"""The journey map as spreadsheets (CSV, XLSX), the ministry's proposal list, and the A3 poster."""

import io

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.dates import format_date
from teekond.core.spreadsheet import CsvWriter, xlsx_append
from teekond.journey import selectors
from teekond.journey.models import Level, ProposalState

SHEETS = {
    "stages": ["slug", "order", "perspectives", "situations", "title_et", "title_en"],
    "steps": [
        "key",
        "stage",
        "order",
        "actor",
        "institution",
        "deadline",
        "situations",
        "source",
        "checked",
        "title_et",
        "title_en",
    ],
    "bottlenecks": [
        "key",
        "stage",
        "perspective",
        "status",
        "municipalities",
        "origin",
        "merged_into",
        "source",
        "sample",
        "title_et",
        "title_en",
        "evidence",
    ],
    "proposals": [
        "key",
        "level",
        "body",
        "state",
        "bottlenecks",
        "origins",
        "sample",
        "title_et",
        "title_en",
        "history",
    ],
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}={_cell(item)}" for key, item in value.items() if item not in (None, ""))
    return str(value)


def _row(record: dict, columns: list[str]) -> list[str]:
    texts = record.get("texts", {})
    values = []
    for column in columns:
        if column.startswith("title_"):
            values.append(texts.get(column[6:], {}).get("title", ""))
        elif column == "evidence":
            values.append(str(len(record.get("evidence", []))))
        elif column == "history":
            values.append(" → ".join(f"{h['state']} {h['date']}" for h in record.get("history", [])))
        else:
            values.append(_cell(record.get(column)))
    return values


def to_csv(data: dict) -> str:
    """One table for all record kinds: the first column says which kind a row is."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    columns = sorted({column for kind in SHEETS.values() for column in kind}, key=_column_order)
    writer.writerow(["kind", *columns])
    for kind in SHEETS:
        for record in data[kind]:
            values = dict(zip(SHEETS[kind], _row(record, SHEETS[kind]), strict=True))
            writer.writerow([kind, *(values.get(column, "") for column in columns)])
    return buffer.getvalue()


def _column_order(column: str) -> tuple:
    order = ["key", "slug", "stage", "perspective", "level", "body", "state", "status", "title_et", "title_en"]
    return (order.index(column), column) if column in order else (len(order), column)


def to_xlsx(data: dict) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for kind, columns in SHEETS.items():
        sheet = workbook.create_sheet(kind)
        xlsx_append(sheet, columns)
        for record in data[kind]:
            xlsx_append(sheet, _row(record, columns))
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def proposals_xlsx(language: str = "et") -> bytes:
    """One row per proposal, for a ministry: level, body, state, dates, the answer (drafts are not included)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    with translation.override(language):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Proposals")
        xlsx_append(sheet, _proposals_header())
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        proposals = (
            selectors.visible_proposals(internal=False).select_related("responsible_body").order_by("level", "pk")
        )
        for p in proposals:
            xlsx_append(sheet, _proposal_row(p, language))
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        buffer = io.BytesIO()
        workbook.save(buffer)
    return buffer.getvalue()


def _proposals_header() -> list[str]:
    return [
        _("Code"),
        _("Title"),
        _("Level"),
        _("Responsible body"),
        _("State"),
        _("State since"),
        _("Sent"),
        _("Reference"),
        _("Answered"),
        _("Answer"),
        _("The answer"),
        _("Reasons given"),
        _("Progress %"),
        _("Sample content"),
    ]


def _proposal_row(p, language: str) -> list:
    return [
        p.code,
        p.text(language).title,
        p.get_level_display(),
        p.responsible_body.name if p.responsible_body else "",
        p.get_state_display(),
        format_date(p.state_changed_on),
        format_date(p.sent_on),
        p.sent_reference,
        format_date(p.answered_on),
        p.get_answer_kind_display() if p.answer_kind else "",
        p.answer_text,
        p.answer_reasons,
        p.progress,
        _("yes") if p.is_sample else _("no"),
    ]


def poster_pdf(language: str) -> bytes:
    """The whole public map on one A3 landscape page, with the current states, in the reader's language."""
    from weasyprint import HTML

    with translation.override(language):
        context = selectors.journey_map(selectors.MapFilters(), internal=False)
        context.update(
            language=language,
            today=format_date(timezone.localdate()),
            state_counts=selectors.state_counts(internal=False),
            levels=Level,
            states=ProposalState,
        )
        html = render_to_string("journey/poster.html", context)
    return HTML(string=html).write_pdf()
