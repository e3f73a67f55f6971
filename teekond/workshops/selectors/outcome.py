"""Reads of a workshop's outcome: every group, and every voted note in no group, with the current bottlenecks
of its cell that it could be merged into (services.outcome writes the promotion)."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from teekond.journey.models import Bottleneck, Proposal
from teekond.workshops.models import Note, NoteGroup, Vote, Workshop


@dataclass
class OutcomeItem:
    """A group, or a voted note in no group, as the outcome page shows it."""

    key: str  # "group-12" or "note-34": the form prefix and the page anchor
    title: str
    stage: object
    perspective: object
    votes: int
    notes: list[Note]
    group: NoteGroup | None = None
    note: Note | None = None
    candidates: list[Bottleneck] = field(default_factory=list)
    suggested: Bottleneck | None = None

    @property
    def decision(self) -> str:
        return self.group.decision if self.group else ""

    @property
    def bottleneck(self) -> Bottleneck | None:
        return self.group.bottleneck if self.group else None


def vote_counts(workshop: Workshop) -> Counter:
    """Votes per ("group", id) and ("note", id), from one query."""
    rows = Vote.objects.filter(workshop=workshop).values("group_id", "note_id").annotate(n=Count("pk")).order_by()
    return Counter(
        {("group", row["group_id"]) if row["group_id"] else ("note", row["note_id"]): row["n"] for row in rows}
    )


def cell_bottlenecks(workshop: Workshop) -> dict[tuple[int, int], list[Bottleneck]]:
    """The current bottlenecks of every cell of the board, by (stage id, perspective id)."""
    found = (
        Bottleneck.objects.current()
        .filter(stage__in=workshop.stages.all(), perspective__in=workshop.perspectives.all())
        .prefetch_related("texts")
        .order_by("pk")
    )
    cells = defaultdict(list)
    for bottleneck in found:
        cells[(bottleneck.stage_id, bottleneck.perspective_id)].append(bottleneck)
    return cells


def outcome_items(workshop: Workshop) -> list[OutcomeItem]:
    """Every group, and every voted note in no group, most votes first."""
    votes = vote_counts(workshop)
    cells = cell_bottlenecks(workshop)
    notes = list(
        Note.objects.filter(workshop=workshop)
        .select_related("participant__municipality", "stage", "perspective")
        .prefetch_related("stage__texts", "perspective__texts")
        .order_by("created_at", "pk")
    )
    by_group = defaultdict(list)
    for note in notes:
        by_group[note.group_id].append(note)
    groups = (
        NoteGroup.objects.filter(workshop=workshop)
        .select_related("stage", "perspective", "bottleneck")
        .prefetch_related("stage__texts", "perspective__texts", "bottleneck__texts")
    )
    items = [_item("group", group, group.title, by_group[group.pk], votes, cells) for group in groups]
    items += [
        _item("note", note, note.text, [note], votes, cells)
        for note in by_group[None]
        if votes[("note", note.pk)] and not note.is_hidden
    ]
    return sorted(items, key=lambda item: -item.votes)  # stable: equal votes keep the board's order


def _item(kind: str, source, title: str, notes: list[Note], votes: Counter, cells) -> OutcomeItem:
    """A group (`kind` "group") or a loose note ("note") as the outcome shows it."""
    candidates = cells.get((source.stage_id, source.perspective_id), [])
    return OutcomeItem(
        key=f"{kind}-{source.pk}",
        title=title,
        stage=source.stage,
        perspective=source.perspective,
        votes=votes[(kind, source.pk)],
        notes=notes,
        candidates=candidates,
        suggested=suggested_bottleneck(notes, candidates),
        **{kind: source},
    )


def suggested_bottleneck(notes: list[Note], candidates: list[Bottleneck]) -> Bottleneck | None:
    """The bottleneck most of the notes were pre-filled from, when it is still current in this cell."""
    by_id = {bottleneck.pk: bottleneck for bottleneck in candidates}
    prefilled = Counter(note.bottleneck_id for note in notes if note.bottleneck_id in by_id)
    return by_id[prefilled.most_common(1)[0][0]] if prefilled else None


def proposals_made(workshop: Workshop, items: list[OutcomeItem]) -> list[Proposal]:
    """The proposals written from the board's promoted groups at the workshop's event."""
    promoted = [item.bottleneck for item in items if item.bottleneck]
    if not promoted or workshop.event is None:
        return []
    found = Proposal.objects.filter(bottlenecks__in=promoted, origin_events=workshop.event).distinct()
    return list(found.prefetch_related("texts", "bottlenecks"))
