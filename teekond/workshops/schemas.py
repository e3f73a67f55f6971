"""The shapes of the board's JSON interface (api.py): what each call takes and answers, checked by ninja and
shown in the interface's OpenAPI description."""

from typing import Annotated, Literal

from django.conf import settings
from ninja import Schema
from pydantic import BeforeValidator, Field, StrictBool

from teekond.workshops import services
from teekond.workshops.models import Phase


def _json_integer(value):
    """A JSON integer (JSON Schema counts 3.0 as one), never `false` read as 0 or the text "5" as 5."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("Input should be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("Input should be a whole number")
        return int(value)
    return value


JsonInt = Annotated[int, BeforeValidator(_json_integer)]
RowId = Annotated[int, Field(ge=1, le=2**63 - 1), BeforeValidator(_json_integer)]


class Message(Schema):
    detail: str = Field(description="Why the request was refused, in the request's language.")


class Problem(Schema):
    """A refusal: one message, or (for a body that does not match its schema) one item per problem."""

    detail: str | list[dict]


Slug = Annotated[str, Field(max_length=100, pattern=r"^[-a-z0-9_]+$")]
Target = RowId | Annotated[str, Field(pattern=r"^[gnGN]?[0-9]{1,18}$")]


class JoinIn(Schema):
    name: str = Field("", max_length=60, description="A display name; leave it empty to join anonymously.")
    municipality: Slug | None = Field(None, description="The address name of the participant's municipality.")


class JoinOut(Schema):
    token: str = Field(description="Send it as `Authorization: Bearer TOKEN` to every other call.")
    participant: int


class Heading(Schema):
    slug: str
    title: str


class NoteOut(Schema):
    id: int
    target: str = Field(description='The note as a vote target ("n34").')
    text: str
    language: str = Field(description="The language the note is written in (of the interface it was written in).")
    stage: str
    perspective: str
    group: int | None
    votes: int
    author: str | None = Field(description="The display name; null for an anonymous note or one from the map.")
    mine: bool
    hidden: bool = Field(description="Hidden by the facilitator; only facilitators get hidden notes at all.")
    bottleneck: int | None = Field(description="The journey map's bottleneck a pre-filled note stands for.")


class GroupOut(Schema):
    id: int
    target: str = Field(description='The group as a vote target ("g12").')
    title: str
    stage: str
    perspective: str
    votes: int
    decision: str
    bottleneck: int | None = Field(description="The bottleneck the group became or was merged into.")


class BoardOut(Schema):
    """With `unchanged: true` only version, phase, empty notes and groups, and unchanged are given."""

    version: int
    phase: Phase
    unchanged: bool
    notes: list[NoteOut]
    groups: list[GroupOut]
    code: str | None = None
    title: str | None = None
    language: str | None = None
    closed: bool | None = None
    stages: list[Heading] | None = Field(None, description="The columns, in the workshop's language.")
    perspectives: list[Heading] | None = Field(None, description="The rows, in the workshop's language.")
    vote_budget: int | None = None
    vote_cap: int | None = Field(None, description="Votes one person may give to one target.")
    votes_left: int | None = None
    my_votes: dict[str, int] | None = Field(None, description='The caller\'s votes per target ("g12": 2).')
    focus: int | None = Field(None, description="The group in focus in the discuss phase.")
    timer_ends_at: str | None = Field(None, description="When the facilitator's timer runs out (ISO 8601).")
    participants: int | None = Field(None, description="Participants who joined, facilitators not counted.")
    facilitator: bool | None = Field(None, description="Whether the caller runs the board (sees hidden notes).")
    html: str | None = Field(None, description="The board drawn as its page shows it, when asked with `html`.")


class BoardParams(Schema):
    since: int | None = Field(
        None, ge=0, le=2**31, description="The version the client has; the same version answers `unchanged`."
    )
    # For the board pages' own script, which swaps the drawn board in: one request per change.
    html: Literal["participant", "console", "projector"] | None = Field(
        None,
        description="Send the board drawn as this page shows it (`html`) when it changed, instead of its notes "
        "and groups (left empty): `participant` for a participant's token, `console` or `projector` for a "
        "facilitator's.",
    )
    lang: Literal[tuple(code for code, _name in settings.LANGUAGES)] | None = Field(
        None, description="The language `html` is drawn in (by default the request's language)."
    )
    seen_notes: int | None = Field(None, ge=0, description="With `html`: how many notes the screen showed.")
    seen_phase: Phase | None = Field(None, description="With `html`: the phase the screen showed.")
    seen_focus: int | None = Field(None, ge=0, description="With `html`: the group in focus the screen showed.")


# At least one character that is not a space (as Python's str.strip() counts them, which the services use).
VISIBLE = r"[^\s\x1c-\x1f]"


class NoteIn(Schema):
    text: str = Field(..., min_length=1, max_length=280, pattern=VISIBLE)
    stage: Slug = Field(description="The address name of a stage (column) of this board.")
    perspective: Slug = Field(description="The address name of a perspective (row) of this board.")
    anonymous: StrictBool = False
    language: Literal[tuple(code for code, _name in settings.LANGUAGES)] | None = Field(
        None, description="The language the note is written in; by default the workshop's."
    )


class VoteIn(Schema):
    target: Target = Field(
        description='A group as "g12" (or just the number 12), or a note in no group as "n34".',
    )


class VoteOut(Schema):
    target: str
    votes_left: int


class PhaseIn(Schema):
    phase: Phase


class StateOut(Schema):
    version: int
    phase: Phase
    focus: int | None
    timer_ends_at: str | None
    closed: bool


class GroupIn(Schema):
    title: str = Field(..., min_length=1, max_length=200, pattern=VISIBLE)
    notes: list[RowId] = Field(..., min_length=1, max_length=500)


class GroupChange(Schema):
    title: str | None = Field(None, min_length=1, max_length=200, pattern=VISIBLE)
    add: list[RowId] = Field([], max_length=500)
    remove: list[RowId] = Field([], max_length=500)


class HideIn(Schema):
    hidden: StrictBool = True


class FocusIn(Schema):
    group: RowId | None = Field(..., description="A group's id; null takes the focus away.")


class TimerIn(Schema):
    seconds: JsonInt = Field(..., ge=0, le=services.TIMER_MAX_SECONDS, description="0 stops the timer.")


class DecisionIn(Schema):
    text: str = Field(..., max_length=services.DECISION_MAX_LENGTH, description="Empty text clears the decision.")


class TokenOut(Schema):
    token: str = Field(description="The new facilitator token; every earlier one of this workshop has stopped.")
