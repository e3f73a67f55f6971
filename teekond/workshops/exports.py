"""A workshop's board as a spreadsheet (CSV) and as a printable summary (PDF), at any moment.

The CSV is comma-separated UTF-8 with a byte-order mark: the BOM makes Excel read the Estonian, Russian
and Ukrainian letters right, and comma is the standard (RFC 4180) that LibreOffice, Google Sheets and
every script read without asking, as the journey map's own CSV export does. An Estonian Excel opened by
double-click expects semicolons, but its import (Data › From Text/CSV) finds the comma itself; with no
decimal numbers in the file, nothing is misread either way. It is the facilitator's complete record:
hidden notes are in it, marked, and so are the names participants gave. The PDF is the summary to hand
out: hidden notes are left out of it.
"""

import io
from collections import defaultdict

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.dates import format_date
from teekond.core.spreadsheet import CsvWriter
from teekond.workshops import selectors
from teekond.workshops.models import Note, Participant, Workshop
from teekond.workshops.selectors import author_name


def _notes(workshop: Workshop):
    return (
        Note.objects.filter(workshop=workshop)
        .select_related("participant", "group", "stage", "perspective")
        .prefetch_related("stage__texts", "perspective__texts")
        .order_by("stage__order", "perspective__order", "created_at", "pk")
    )


def csv_header() -> list[str]:
    return [
        _("Stage"),
        _("Perspective"),
        _("Group"),
        _("Note"),
        _("Author"),
        _("Votes"),
        _("Votes of the group"),
        _("Hidden"),
        _("Created"),
    ]


def notes_csv(workshop: Workshop) -> str:
    """One row per note (in the active language's headers), with the BOM first."""
    votes = selectors.vote_counts(workshop)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = CsvWriter(buffer)
    writer.writerow(csv_header())
    for note in _notes(workshop):
        writer.writerow(
            [
                str(note.stage),
                str(note.perspective),
                note.group.title if note.group else "",
                note.text,
                author_name(note) or _("anonymous"),
                votes[("note", note.pk)],
                votes[("group", note.group_id)] if note.group_id else "",
                _("yes") if note.is_hidden else _("no"),
                timezone.localtime(note.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return buffer.getvalue()


def board_rows(workshop: Workshop) -> tuple[list, list]:
    """The board's stages, and per perspective its row of cells, each the list of visible notes."""
    stages = list(workshop.stages.prefetch_related("texts").order_by("order", "slug"))
    perspectives = list(workshop.perspectives.prefetch_related("texts").order_by("order", "slug"))
    cells = defaultdict(list)
    for note in _notes(workshop).filter(is_hidden=False):
        cells[(note.stage_id, note.perspective_id)].append(note)
    rows = [(perspective, [cells[(stage.pk, perspective.pk)] for stage in stages]) for perspective in perspectives]
    return stages, rows


def summary_context(workshop: Workshop) -> dict:
    stages, rows = board_rows(workshop)
    items = selectors.outcome_items(workshop)
    event = workshop.event
    return {
        "workshop": workshop,
        "event": event,
        "date": format_date(event.start_date if event and event.start_date else workshop.created_at.date()),
        "participants": Participant.objects.filter(workshop=workshop, is_facilitator=False).count(),
        "stages": stages,
        "rows": rows,
        "items": items,
        "proposals": selectors.proposals_made(workshop, items),
        "hidden": Note.objects.filter(workshop=workshop, is_hidden=True).count(),
        "today": format_date(timezone.localdate()),
    }


def summary_pdf(workshop: Workshop, language: str, *, base_url: str = "") -> bytes:
    """Title, event, date and phase; the board as a table; the groups with votes, decisions and outcome."""
    from weasyprint import HTML

    with translation.override(language):
        context = summary_context(workshop)
        context.update(language=language, base_url=base_url.rstrip("/"))
        html = render_to_string("workshops/outcome/summary_pdf.html", context)
    return HTML(string=html).write_pdf()
