"""The live board's JSON interface (/api/v1/workshops/{code}/…): what the browser polls and posts to,
and what a projector client or an app can use the same way.

Callers hold a token: a participant's from joining, a facilitator's from `teekond workshop create` or the
facilitator's page. It goes in `Authorization: Bearer TOKEN` and only works for its own workshop, so a
wrong code and a wrong token look the same (401) and neither tells whether a code exists. Joining is the
one call without a token; it counts wrong codes per client.

Every refusal is `{"detail": "message"}` in the request's language (Accept-Language), except a body that
does not match its schema, which gets the list of problems (422). A refusal has the status the pages' forms
give it too (actions.STATUSES): 403 not allowed, 404 not on this board, 409 the board's state (phase, closed,
budget), 422 a value that is not valid, 429 too fast.
"""

from functools import wraps

from django.db.models import Count
from django.http import JsonResponse
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Status
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer

from teekond.workshops import actions, render, selectors, services, tokens
from teekond.workshops.models import Note, NoteGroup, Participant, Workshop
from teekond.workshops.schemas import (
    BoardOut,
    BoardParams,
    DecisionIn,
    FocusIn,
    GroupChange,
    GroupIn,
    GroupOut,
    HideIn,
    JoinIn,
    JoinOut,
    Message,
    NoteIn,
    NoteOut,
    PhaseIn,
    Problem,
    StateOut,
    TimerIn,
    TokenOut,
    VoteIn,
    VoteOut,
)

CODE = Path(..., pattern=r"^[A-Za-z0-9]{1,12}$", description="The workshop's join code (case does not matter).")
ROW_ID = Path(..., ge=1, le=2**63 - 1)


TOKEN_HELP = (
    "A participant's token (from `join`) or a facilitator's (from `teekond workshop create` or the "
    "facilitator's page), for this workshop only."
)


class BoardToken(HttpBearer):
    """The participant whose token this is, for the workshop named in the path."""

    def __call__(self, request):
        if not request.headers.get(self.header):
            raise AuthenticationError(message=_("Join the workshop first, then send its token as a Bearer token."))
        participant = super().__call__(request)
        if participant is None:
            raise AuthenticationError(message=_("This token is not valid for this workshop. Join it again."))
        return participant

    def authenticate(self, request, token):
        return services.participant_for_token(request.resolver_match.kwargs.get("code", ""), token)


router = Router(auth=BoardToken(), tags=["workshops"])


def refusals(view):
    """Answer the services' refusals with their status and translated message (actions.STATUSES: the same map
    as the pages' forms)."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except actions.REFUSALS as refusal:
            raise HttpError(actions.status_of(refusal), actions.message_of(refusal)) from None

    return answer


def _actor(request, action: str) -> Participant:
    """The caller, when the action's row in actions.ACTIONS lets them take it (403 otherwise)."""
    participant = request.auth
    if actions.ACTIONS[action].who == actions.FACILITATOR:
        services.require_facilitator(participant, participant.workshop)
    return participant


def _state(workshop: Workshop) -> StateOut:
    return StateOut(
        version=workshop.version,
        phase=workshop.phase,
        focus=workshop.focus_group_id,
        timer_ends_at=workshop.timer_ends_at.isoformat() if workshop.timer_ends_at else None,
        closed=workshop.is_closed,
    )


def _note_out(note: Note, participant: Participant) -> dict:
    return selectors.note_item(note, note.stage.slug, note.perspective.slug, participant=participant)


def _group_of(workshop: Workshop, group_id: int) -> NoteGroup:
    return NoteGroup.objects.select_related("stage", "perspective").get(workshop=workshop, pk=group_id)


def _group_out(group: NoteGroup) -> dict:
    votes = NoteGroup.objects.filter(pk=group.pk).aggregate(total=Count("votes"))["total"]
    return selectors.group_item(group, votes={selectors.target_key(group_id=group.pk): votes})


# Everyone on the board

# 400: a body that is not JSON at all.
TOKEN_REFUSALS = {400: Message, 401: Message}


@router.post(
    "/{code}/join",
    auth=None,
    response={201: JoinOut, 400: Message, 404: Message, 409: Message, 422: Problem, 429: Message},
    summary="Join a workshop",
)
@refusals
def join(request, code: str = CODE, body: JoinIn = None):
    """A seat on the board without an account. An unknown code is 404; after 20 wrong codes in ten
    minutes a client is refused even a right one (429). A closed workshop is 409."""
    body = body or JoinIn()
    workshop = services.workshop_for_code(code, client_address=request.META.get("REMOTE_ADDR", ""))
    participant, token = services.participant_join(
        workshop=workshop, name=body.name, municipality=body.municipality, user=request.user
    )
    return Status(201, JoinOut(token=token, participant=participant.pk))


@router.get(
    "/{code}/board",
    response={200: BoardOut, 403: Message, 422: Problem, **TOKEN_REFUSALS},
    exclude_unset=True,
    summary="The board",
)
def board(request, code: str = CODE, params: Query[BoardParams] = None):
    """Notes, groups and votes. Poll with `since` set to the last `version` seen: while nothing changed,
    the answer is `{"version": N, "phase": …, "notes": [], "groups": [], "unchanged": true}` at once."""
    participant = request.auth
    params = params or BoardParams()
    if params.html in (render.CONSOLE, render.PROJECTOR) and not participant.is_facilitator:
        raise HttpError(403, _("Only the facilitator of this workshop can do this."))
    answer = selectors.board(participant.workshop, since=params.since, participant=participant)
    if params.html and not answer["unchanged"]:
        shown = {"seen": params.seen_notes, "phase": params.seen_phase, "focus": params.seen_focus}
        html = render.board_html(request, participant, answer, view=params.html, language=params.lang, shown=shown)
        # The page needs the drawing only; a hundred phones parsing every note twice would be waste.
        answer = {**answer, "notes": [], "groups": [], "html": html}
    # Answered as it is: checking a board of hundreds of notes against BoardOut on every poll of every
    # phone would cost more than reading it (the schema tests check that the two agree).
    return JsonResponse(answer)


@router.post(
    "/{code}/notes",
    response={201: NoteOut, 404: Message, 409: Message, 422: Problem, 429: Message, **TOKEN_REFUSALS},
    summary="Post a note",
)
@refusals
def post_note(request, body: NoteIn, code: str = CODE):
    """A note in the cell of a stage and a perspective (their slugs), in the collect phase only (409). A
    participant posts at most the workshop's notes per person (409) and notes per minute (429)."""
    participant = _actor(request, "note_post")
    note = services.note_post(
        participant=participant,
        stage=body.stage,
        perspective=body.perspective,
        text=body.text,
        anonymous=body.anonymous,
        language=body.language,
    )
    return Status(201, _note_out(note, participant))


def _votes_left(participant: Participant, target) -> VoteOut:
    kind, pk = services.parse_target(target)
    used = participant.votes.count()
    return VoteOut(
        target=selectors.target_key(**{f"{kind}_id": pk}), votes_left=participant.workshop.vote_budget - used
    )


@router.post(
    "/{code}/votes",
    response={201: VoteOut, 404: Message, 409: Message, 422: Problem, **TOKEN_REFUSALS},
    summary="Vote",
)
@refusals
def cast_vote(request, body: VoteIn, code: str = CODE):
    """One vote on a group ("g12", or the number 12) or on a note that is in no group ("n34"). Refused
    (409) beyond the person's budget, beyond the cap per target, on a hidden note or outside the vote phase."""
    participant = _actor(request, "vote_cast")
    services.vote_cast(participant=participant, target_id=body.target)
    return Status(201, _votes_left(participant, body.target))


@router.post(
    "/{code}/votes/withdraw",
    response={200: VoteOut, 409: Message, 422: Problem, **TOKEN_REFUSALS},
    summary="Take a vote back",
)
@refusals
def withdraw_vote(request, body: VoteIn, code: str = CODE):
    """Takes back one of the caller's votes on the target, in the vote phase."""
    participant = _actor(request, "vote_withdraw")
    services.vote_withdraw(participant=participant, target_id=body.target)
    return _votes_left(participant, body.target)


# The facilitator's

FACILITATOR_REFUSALS = {400: Message, 401: Message, 403: Message, 409: Message, 422: Problem}


@router.post("/{code}/phase", response={200: StateOut, **FACILITATOR_REFUSALS}, summary="Change the phase")
@refusals
def set_phase(request, body: PhaseIn, code: str = CODE):
    """Any phase, forward or back: lobby, collect, group, vote, discuss, summary. Stops the timer."""
    actor = _actor(request, "phase_set")
    return _state(services.phase_set(actor=actor, workshop=actor.workshop, phase=body.phase))


@router.post("/{code}/groups", response={201: GroupOut, 404: Message, **FACILITATOR_REFUSALS}, summary="Group notes")
@refusals
def create_group(request, body: GroupIn, code: str = CODE):
    """A named group of notes (group phase); it takes the cell of its first note. Notes already in a
    group move, and their votes move with them."""
    actor = _actor(request, "group_create")
    group = services.group_create(actor=actor, workshop=actor.workshop, title=body.title, note_ids=body.notes)
    return Status(201, _group_out(_group_of(actor.workshop, group.pk)))


@router.patch(
    "/{code}/groups/{group_id}",
    response={200: GroupOut, 404: Message, **FACILITATOR_REFUSALS},
    summary="Change a group",
)
@refusals
def change_group(request, body: GroupChange, code: str = CODE, group_id: int = ROW_ID):
    """Rename (any phase) or add and remove notes (group phase)."""
    actor = _actor(request, "group_move" if body.add or body.remove else "group_rename")
    group = _group_of(actor.workshop, group_id)
    services.group_update(
        actor=actor, group=group, title=body.title, add_note_ids=body.add, remove_note_ids=body.remove
    )
    return _group_out(group)


@router.post(
    "/{code}/notes/{note_id}/hide",
    response={200: NoteOut, 404: Message, **FACILITATOR_REFUSALS},
    summary="Hide or show a note",
)
@refusals
def hide_note(request, body: HideIn, code: str = CODE, note_id: int = ROW_ID):
    """A hidden note disappears for participants and the projector, and its votes are given back."""
    actor = _actor(request, "note_hide")
    note = Note.objects.select_related("stage", "perspective", "participant").get(workshop=actor.workshop, pk=note_id)
    services.note_hide(actor=actor, note=note, hidden=body.hidden)
    return _note_out(note, actor)


@router.post("/{code}/focus", response={200: StateOut, 404: Message, **FACILITATOR_REFUSALS}, summary="Focus a group")
@refusals
def set_focus(request, body: FocusIn, code: str = CODE):
    """The group everyone discusses now (discuss phase); null for none."""
    actor = _actor(request, "focus_set")
    group = _group_of(actor.workshop, body.group) if body.group else None
    return _state(services.focus_set(actor=actor, workshop=actor.workshop, group=group))


@router.post("/{code}/timer", response={200: StateOut, **FACILITATOR_REFUSALS}, summary="Set the timer")
@refusals
def set_timer(request, body: TimerIn, code: str = CODE):
    """A countdown everyone sees; 0 stops it. Changing the phase stops it too."""
    actor = _actor(request, "timer_set")
    return _state(services.timer_set(actor=actor, workshop=actor.workshop, seconds=body.seconds))


@router.post(
    "/{code}/groups/{group_id}/decision",
    response={200: GroupOut, 404: Message, **FACILITATOR_REFUSALS},
    summary="Note a decision",
)
@refusals
def save_decision(request, body: DecisionIn, code: str = CODE, group_id: int = ROW_ID):
    """What the room decided about a group, in the discuss or summary phase."""
    actor = _actor(request, "decision_save")
    group = _group_of(actor.workshop, group_id)
    services.decision_save(actor=actor, group=group, text=body.text)
    return _group_out(group)


@router.post("/{code}/token", response={201: TokenOut, **FACILITATOR_REFUSALS}, summary="Get a new facilitator token")
@refusals
def rotate_token(request, code: str = CODE):
    """Stops every facilitator token of the workshop, the caller's too, and answers a new one for the caller.
    Closing the workshop, handing it over and deactivating its facilitator stop them as well."""
    actor = request.auth
    services.require_facilitator(actor, actor.workshop)
    _seat, token = tokens.facilitator_token_rotate(actor=actor, workshop=actor.workshop)
    return Status(201, TokenOut(token=token))


@router.post("/{code}/close", response={200: StateOut, **FACILITATOR_REFUSALS}, summary="Close the workshop")
@refusals
def close(request, code: str = CODE):
    """No more joining, notes or votes; the board moves to its summary and stays readable."""
    actor = _actor(request, "workshop_close")
    return _state(services.workshop_close(actor=actor, workshop=actor.workshop))
