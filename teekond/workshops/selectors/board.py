"""Reads of a workshop board, in a fixed number of queries whatever the number of notes and votes.

The board is plain JSON-ready data: the JSON interface returns it as it is, and the pages render the
same dict, so the browser, the projector and an app never see different boards.

A hundred phones ask for the board after every change, so what is the same for everyone (notes, groups,
vote totals) is read once per version and kept in this process's memory (the "boards" cache); each
caller then gets it with its own part laid over: which notes are its own, its votes, the votes it has
left. A vote changes only the counts, so the rest (the layout) is kept per `Workshop.layout_version`,
which every other change grows, and a version costs one query for the counts while a room votes.
A version's board is read after its number, so it holds at least that version's changes and may hold a
few later ones; the next poll brings the later version anyway, so a client never misses a change.
"""

from collections import Counter, defaultdict

from django.core.cache import caches
from django.db.models import Count

from teekond.core.permissions import allowed, is_coordinator
from teekond.workshops.models import Note, NoteGroup, Participant, Vote, Workshop

# Long enough for the slowest poller to find the version it asks about; versions are never reused.
BOARD_SECONDS = 120
HEADINGS_SECONDS = 60
NOTE_COLUMNS = (
    "id",
    "text",
    "language",
    "stage_id",
    "perspective_id",
    "group_id",
    "is_hidden",
    "is_anonymous",
    "participant_id",
    "participant__name",
    "bottleneck_id",
)


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
    shared = _shared_board(workshop, as_facilitator)
    return _as_seen_by(shared, participant, as_facilitator)


def _shared_board(workshop: Workshop, as_facilitator: bool) -> dict:
    """The board as everyone sees it: its layout (kept while only votes change) with this version's counts."""
    layout = kept(
        workshop,
        f"layout:{as_facilitator:d}",
        version=workshop.layout_version,
        read=lambda: _read_layout(workshop, as_facilitator),
    )
    return kept(workshop, f"board:{as_facilitator:d}", read=lambda: _counted(workshop, layout))


def headings(workshop: Workshop) -> tuple[list, list]:
    """The board's stages (columns) and perspectives (rows), with their texts in every language.

    A board's stages and perspectives are fixed when it is made, so they are kept across versions; an edited
    title of a stage shows within HEADINGS_SECONDS."""
    return kept(
        workshop,
        "headings",
        seconds=HEADINGS_SECONDS,
        read=lambda: (
            list(workshop.stages.prefetch_related("texts").order_by("order", "slug")),
            list(workshop.perspectives.prefetch_related("texts").order_by("order", "slug")),
        ),
    )


def kept(workshop: Workshop, what: str, *, read, version: int | None = None, seconds: int | None = None):
    """`read()`, once per version of the board (or the `version` given) in this process (once per `seconds`
    when they are given). Values are copied in and out (the cache pickles them): callers may change them."""
    # The code and the creation time too: SQLite may give a deleted workshop's id to a new one.
    key = f"{what}:{workshop.pk}:{workshop.code}:{workshop.created_at.timestamp()}"
    if seconds is None:
        key, seconds = f"{key}:{workshop.version if version is None else version}", BOARD_SECONDS
    boards = caches["boards"]
    value = boards.get(key)
    if value is None:
        value = read()
        boards.set(key, value, seconds)
    return value


def _as_seen_by(shared: dict, participant, as_facilitator: bool) -> dict:
    """The shared board with the caller's own part: its notes marked, its votes, the votes it has left."""
    me = participant.pk if participant else None
    notes = shared["board"]["notes"]  # this request's own copy: the cache hands out a fresh one each time
    for note, author in zip(notes, shared["authors"], strict=True):
        note["mine"] = me is not None and author == me
    mine = shared["votes_by"].get(me, {}) if me else {}
    return {
        **shared["board"],
        "votes_left": shared["board"]["vote_budget"] - sum(mine.values()) if participant else None,
        "my_votes": dict(mine),
        "facilitator": as_facilitator,
    }


def _read_layout(workshop: Workshop, as_facilitator: bool) -> dict:
    """All of the board but the votes (see _counted)."""
    stage_list, perspective_list = headings(workshop)
    stages = {s.pk: s for s in stage_list}
    perspectives = {p.pk: p for p in perspective_list}
    rows = Note.objects.filter(workshop=workshop).order_by("created_at", "pk")
    if not as_facilitator:
        rows = rows.filter(is_hidden=False)
    rows = [
        row for row in rows.values(*NOTE_COLUMNS) if row["stage_id"] in stages and row["perspective_id"] in perspectives
    ]
    notes = [
        _note_from_row(row, stages[row["stage_id"]].slug, perspectives[row["perspective_id"]].slug) for row in rows
    ]
    language = workshop.language
    return {
        "board": {
            "phase": workshop.phase,
            "unchanged": False,
            "code": workshop.code,
            "title": workshop.title,
            "language": language,
            "closed": workshop.is_closed,
            "stages": [{"slug": s.slug, "title": s.text(language).title or s.slug} for s in stages.values()],
            "perspectives": [{"slug": p.slug, "title": p.text(language).name or p.slug} for p in perspectives.values()],
            "notes": notes,
            "groups": _groups(workshop, stages, perspectives),
            "vote_budget": workshop.vote_budget,
            "vote_cap": workshop.vote_cap,
            "focus": workshop.focus_group_id,
            "timer_ends_at": workshop.timer_ends_at.isoformat() if workshop.timer_ends_at else None,
            "participants": Participant.objects.filter(workshop=workshop, is_facilitator=False).count(),
        },
        "authors": [row["participant_id"] for row in rows],
    }


def _counted(workshop: Workshop, layout: dict) -> dict:
    """The layout with the votes of this version: per note and group, and each participant's own."""
    votes, votes_by = _vote_counts(workshop)
    board = layout["board"]
    return {
        "board": {
            **board,
            "version": workshop.version,
            "notes": [dict(note, votes=votes.get(note["target"], 0)) for note in board["notes"]],
            "groups": [dict(group, votes=votes.get(group["target"], 0)) for group in board["groups"]],
        },
        "authors": layout["authors"],
        "votes_by": votes_by,
    }


def _vote_counts(workshop: Workshop) -> tuple[Counter, dict[int, Counter]]:
    """Votes per target, and each participant's own per target, from one query."""
    rows = (
        Vote.objects.filter(workshop=workshop)
        .values("participant_id", "group_id", "note_id")
        .annotate(total=Count("pk"))
        .order_by()
    )
    votes, votes_by = Counter(), defaultdict(Counter)
    for row in rows:
        key = target_key(group_id=row["group_id"], note_id=row["note_id"])
        votes[key] += row["total"]
        votes_by[row["participant_id"]][key] += row["total"]
    return votes, dict(votes_by)


def note_item(note: Note, stage: str, perspective: str, votes=None, participant=None) -> dict:
    """One note as the board shows it, from the model (the board itself reads rows, see _note_from_row)."""
    row = {column: getattr(note, column) for column in NOTE_COLUMNS if "__" not in column}
    row["participant__name"] = note.participant.name if note.participant_id else None
    item = _note_from_row(row, stage, perspective, votes)
    item["mine"] = bool(participant and note.participant_id == participant.pk)
    return item


def _note_from_row(row: dict, stage: str, perspective: str, votes=None) -> dict:
    key = target_key(note_id=row["id"])
    return {
        "id": row["id"],
        "target": key,
        "text": row["text"],
        "language": row["language"],
        "stage": stage,
        "perspective": perspective,
        "group": row["group_id"],
        "votes": (votes or {}).get(key, 0),
        "author": _author(row["is_anonymous"], row["participant_id"], row["participant__name"]),
        "mine": False,
        "hidden": row["is_hidden"],
        "bottleneck": row["bottleneck_id"],
    }


def author_name(note: Note) -> str | None:
    return _author(note.is_anonymous, note.participant_id, note.participant.name if note.participant_id else "")


def _author(is_anonymous: bool, participant_id, name: str | None) -> str | None:
    """The display name, or None for an anonymous note, a nameless participant or a note from the map."""
    return None if is_anonymous or participant_id is None else (name or None)


def _groups(workshop, stages, perspectives) -> list[dict]:
    groups = NoteGroup.objects.filter(workshop=workshop).order_by("created_at", "pk")
    return [group_item(group, stages.get(group.stage_id), perspectives.get(group.perspective_id)) for group in groups]


def group_item(group: NoteGroup, stage=None, perspective=None, votes=None) -> dict:
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
