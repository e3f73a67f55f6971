"""A workshop's outcome: its voted groups become journey-map records that keep where they came from.

A group becomes a new bottleneck in its own cell (stage × perspective), or is merged into a current
bottleneck of that cell. Either way:

- each visible note becomes public evidence (what = the note, where = the workshop, when = the event's
  date). Notes that were pre-filled from the map are not evidence: they are the map's own bottleneck
  shown back to the room. Hidden notes are not evidence either: the facilitator hid them.
- the evidence names no one. `reported_by` says "workshop participant" even when a participant gave a
  display name: people typed a name for the room on a phone, without an account, and did not agree to
  have it published on the map; the name stays in the workshop and in the facilitator's CSV export.
  Because no person is named, the evidence is public (`is_internal=False`), as the note was to the room.
- the participants' municipalities become the bottleneck's affected municipalities.
- the group's votes become one support of that weight in the round of the workshop's event, so the
  priority the room gave builds up with the map's other rounds (a workshop without an event has no round:
  its votes are not counted there).
- up to a few proposals addressing the bottleneck are written as drafts with the event as their origin:
  at the end of a workshop they are a title and a level; submitting one makes it public and open to
  support, so its authors (the facilitator) first write it out on the proposal page and submit it there.

A single note nobody grouped but the room voted for is promoted by first making it a group of one (its
votes move along, as when notes are grouped), so every promotion is recorded in one place:
`NoteGroup.bottleneck`, whose history keeps who promoted it and why. Writes into the journey map go only
through journey's services, which check their own rules as well.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.journey import services as journey
from teekond.journey.models import Bottleneck, Evidence, Proposal, Support
from teekond.workshops.models import Note, NoteGroup, Vote, Workshop
from teekond.workshops.services.base import bump

MAX_PROPOSALS = 2


@dataclass
class Promotion:
    group: NoteGroup
    bottleneck: Bottleneck
    created: bool
    evidence: list[Evidence]
    support: Support | None
    proposals: list[Proposal]


@transaction.atomic
def group_promote(
    *,
    user,
    group: NoteGroup,
    bottleneck: Bottleneck | None = None,
    title_et: str | None = None,
    title_en: str = "",
    description_et: str = "",
    proposals=(),
    reason: str = "",
) -> Promotion:
    """Turn a group into a new bottleneck of its cell (titled `title_et`, by default the group's title) or
    merge it into `bottleneck`; with its notes as evidence, its votes as priority, and draft proposals
    (dicts with "title_et", optionally "title_en" and "body_et", and "level"). A group is promoted once."""
    require(user, "workshops.run_workshop", group.workshop)
    group = _locked_group(group)
    return _promote(
        user=user,
        group=group,
        bottleneck=bottleneck,
        title_et=group.title if title_et is None else title_et,
        title_en=title_en,
        description_et=description_et,
        proposals=proposals,
        reason=reason,
    )


@transaction.atomic
def note_promote(*, user, note: Note, title_et: str | None = None, **options) -> Promotion:
    """Promote a voted note that is in no group: it becomes a group of one, titled with its text; the other
    options are `group_promote`'s."""
    require(user, "workshops.run_workshop", note.workshop)
    bump(note.workshop)
    note = Note.objects.select_related("workshop").get(pk=note.pk)
    if note.group_id:
        raise ValidationError(_("This note is in a group: turn the group into a bottleneck instead."))
    if note.is_hidden:
        raise ValidationError(_("A hidden note cannot become a bottleneck."))
    group = NoteGroup(workshop=note.workshop, title=note.text[:200], stage=note.stage, perspective=note.perspective)
    stamp(group, user=user, reason="group of one note, for the outcome")
    group.save()
    Note.objects.filter(pk=note.pk).update(group=group)
    Vote.objects.filter(note=note).update(note=None, group=group)
    return _promote(user=user, group=group, title_et=group.title if title_et is None else title_et, **options)


def _locked_group(group: NoteGroup) -> NoteGroup:
    bump(group.workshop)
    return NoteGroup.objects.select_related("workshop__event").get(pk=group.pk)


def _promote(
    *, user, group, title_et, bottleneck=None, title_en="", description_et="", proposals=(), reason=""
) -> Promotion:
    workshop = group.workshop
    if group.bottleneck_id:
        raise ValidationError(_("This group has already been turned into a bottleneck."))
    proposals = _checked_proposals(proposals)
    reason = reason or _("Outcome of the workshop “%(title)s” (%(code)s)") % {
        "title": workshop.title,
        "code": workshop.code,
    }
    notes = list(group.notes.filter(is_hidden=False, bottleneck__isnull=True).select_related("participant"))
    municipalities = {n.participant.municipality for n in notes if n.participant and n.participant.municipality}
    created = bottleneck is None
    if created:
        texts = {"et": {"title": title_et, "description": description_et}, "en": {"title": title_en}}
        target = journey.bottleneck_save(
            user=user,
            fields={"stage": group.stage, "perspective": group.perspective, "origin": workshop.event},
            texts=texts,
            municipalities=municipalities,
            reason=reason,
        )
    else:
        target = _merge_target(group, bottleneck)
        journey.bottleneck_municipalities_add(user=user, bottleneck=target, municipalities=municipalities)
    evidence = [_evidence(user, target, note, workshop) for note in notes]
    support = _tally(user, target, group, workshop)
    made = [_proposal(user, target, workshop, proposal, reason) for proposal in proposals]
    group.bottleneck = target
    stamp(group, user=user, reason=reason)
    group.save(update_fields=["bottleneck"])
    return Promotion(group, target, created, evidence, support, made)


def _merge_target(group: NoteGroup, bottleneck: Bottleneck) -> Bottleneck:
    target = Bottleneck.objects.filter(pk=bottleneck.pk).first()
    if target is None or target.merged_into_id:
        raise ValidationError(_("That bottleneck was merged into another one; choose that one instead."))
    if (target.stage_id, target.perspective_id) != (group.stage_id, group.perspective_id):
        raise ValidationError(_("Choose a bottleneck of the group's own stage and perspective."))
    return target


def _checked_proposals(proposals) -> list[dict]:
    proposals = [p for p in proposals if (p.get("title_et") or "").strip()]
    if len(proposals) > MAX_PROPOSALS:
        raise ValidationError(_("At most two proposals can be written from one group here."))
    for proposal in proposals:
        if not proposal.get("level"):
            raise ValidationError(_("Choose the level of each proposal."))
    return proposals


def _evidence(user, bottleneck: Bottleneck, note: Note, workshop: Workshop) -> Evidence:
    event = workshop.event
    participant = note.participant
    with translation.override(workshop.language):
        reported_by = _("workshop participant")
    return journey.evidence_add(
        user=user,
        bottleneck=bottleneck,
        what=note.text,
        where=workshop.title,
        reported_by=reported_by,
        observed_on=event.start_date if event and event.start_date else timezone.localdate(note.created_at),
        municipality=participant.municipality if participant else None,
        language=workshop.language,
        is_internal=False,
    )


def _tally(user, bottleneck: Bottleneck, group: NoteGroup, workshop: Workshop) -> Support | None:
    votes = Vote.objects.filter(group=group).count()
    if not votes or workshop.event is None:
        return None
    return journey.tally_record(
        user=user, event=workshop.event, bottleneck=bottleneck, weight=votes, budget=workshop.vote_budget
    )


def _proposal(user, bottleneck: Bottleneck, workshop: Workshop, proposal: dict, reason: str) -> Proposal:
    with translation.override(workshop.language):
        authors = _("participants of the workshop “%(title)s”") % {"title": workshop.title}
    texts = {
        "et": {"title": proposal["title_et"].strip(), "body": proposal.get("body_et", "")},
        "en": {"title": (proposal.get("title_en") or "").strip()},
    }
    return journey.proposal_save(
        user=user,
        fields={"level": proposal["level"], "author_names": authors[:300]},
        texts=texts,
        bottlenecks=[bottleneck],
        origin_events=[workshop.event] if workshop.event else [],
        reason=reason,
    )
