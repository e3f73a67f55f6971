"""Reads of a workshop board, in a fixed number of queries whatever the number of notes and votes.

The board is plain JSON-ready data: the JSON interface returns it as it is, and the pages render the
same dict, so the browser, the projector and an app never see different boards.
"""

from collections import Counter

from django.db.models import Count, Q

from teekond.core.permissions import allowed, is_coordinator
from teekond.workshops.models import Group, Note, Participant, Vote, Workshop


def target_key(*, group_id=None, note_id=None) -> str:
    """How a vote target is written in the board and in a vote request: "g12" for a group, "n34" for a note."""
    return f"g{group_id}" if group_id else f"n{note_id}"


def board(workshop: Workshop, *, since: int | None = None, participant=None, as_facilitator: bool | None = None):
    """The board as `participant` sees it (none: the projector's view).

    `workshop` must be freshly loaded (as the token lookup does): when `since` is its version nothing
    changed, and the answer needs no query at all. Hidden notes are left out unless the viewer is a
    facilitator (`as_facilitator`, by default the participant's own flag), who sees them marked.
    """
    if since is not None and since == workshop.version:
        return {"version": workshop.version, "phase": workshop.phase, "notes": [], "groups": [], "unchanged": True}
    if as_facilitator is None:
        as_facilitator = bool(participant and participant.is_facilitator)
    stages = {s.pk: s for s in workshop.stages.prefetch_related("texts").order_by("order", "slug")}
    perspectives = {p.pk: p for p in workshop.perspectives.prefetch_related("texts").order_by("order", "slug")}
    votes, mine = _vote_counts(workshop, participant)
    notes = _notes(workshop, stages, perspectives, votes, participant, as_facilitator)
    groups = _groups(workshop, stages, perspectives, votes)
    language = workshop.language
    return {
        "version": workshop.version,
        "phase": workshop.phase,
        "unchanged": False,
        "code": workshop.code,
        "title": workshop.title,
        "language": language,
        "closed": workshop.is_closed,
        "stages": [{"slug": s.slug, "title": s.text(language).title or s.slug} for s in stages.values()],
        "perspectives": [{"slug": p.slug, "title": p.text(language).name or p.slug} for p in perspectives.values()],
        "notes": notes,
        "groups": groups,
        "vote_budget": workshop.vote_budget,
        "vote_cap": workshop.vote_cap,
        "votes_left": workshop.vote_budget - sum(mine.values()) if participant else None,
        "my_votes": dict(mine),
        "focus": workshop.focus_group_id,
        "timer_ends_at": workshop.timer_ends_at.isoformat() if workshop.timer_ends_at else None,
        "participants": Participant.objects.filter(workshop=workshop, is_facilitator=False).count(),
        "facilitator": as_facilitator,
    }


def _vote_counts(workshop: Workshop, participant) -> tuple[Counter, Counter]:
    """Votes per target, and the participant's own per target, from one query."""
    mine_filter = Q(participant=participant) if participant else Q(pk__in=[])
    rows = (
        Vote.objects.filter(workshop=workshop)
        .values("group_id", "note_id")
        .annotate(total=Count("pk"), mine=Count("pk", filter=mine_filter))
        .order_by()
    )
    votes, mine = Counter(), Counter()
    for row in rows:
        key = target_key(group_id=row["group_id"], note_id=row["note_id"])
        votes[key] += row["total"]
        if row["mine"]:
            mine[key] += row["mine"]
    return votes, mine


def _notes(workshop, stages, perspectives, votes, participant, as_facilitator) -> list[dict]:
    notes = Note.objects.filter(workshop=workshop).select_related("participant").order_by("created_at", "pk")
    if not as_facilitator:
        notes = notes.filter(is_hidden=False)
    return [
        note_item(note, stages[note.stage_id].slug, perspectives[note.perspective_id].slug, votes, participant)
        for note in notes
        if note.stage_id in stages and note.perspective_id in perspectives
    ]


def note_item(note: Note, stage: str, perspective: str, votes=None, participant=None) -> dict:
    key = target_key(note_id=note.pk)
    return {
        "id": note.pk,
        "target": key,
        "text": note.text,
        "stage": stage,
        "perspective": perspective,
        "group": note.group_id,
        "votes": (votes or {}).get(key, 0),
        "author": author_name(note),
        "mine": bool(participant and note.participant_id == participant.pk),
        "hidden": note.is_hidden,
        "bottleneck": note.bottleneck_id,
    }


def author_name(note: Note) -> str | None:
    """The display name, or None for an anonymous note, a nameless participant or a note from the map."""
    if note.is_anonymous or note.participant is None:
        return None
    return note.participant.name or None


def _groups(workshop, stages, perspectives, votes) -> list[dict]:
    groups = Group.objects.filter(workshop=workshop).order_by("created_at", "pk")
    return [
        group_item(group, stages.get(group.stage_id), perspectives.get(group.perspective_id), votes) for group in groups
    ]


def group_item(group: Group, stage=None, perspective=None, votes=None) -> dict:
    key = target_key(group_id=group.pk)
    return {
        "id": group.pk,
        "target": key,
        "title": group.title,
        "stage": stage.slug if stage else group.stage.slug,
        "perspective": perspective.slug if perspective else group.perspective.slug,
        "votes": (votes or {}).get(key, 0),
        "decision": group.decision,
        "bottleneck": group.bottleneck_id,
    }


def workshops_run_by(user):
    """The workshops a user may run, newest first: all for a coordinator, their own for a facilitator."""
    if not allowed(user, "workshops.run_workshop"):
        return Workshop.objects.none()
    workshops = Workshop.objects.select_related("event")
    if is_coordinator(user) or user.is_superuser:
        return workshops
    return workshops.filter(facilitator=user)
