"""A small state machine: the states a thing passes through, the moves allowed between them, and who may move.

One `Workflow` serves each lifecycle (journey.lifecycle for proposals, spikker.workflow for entries); the
service that makes a move asks it `check(obj, to_state)`, the page that offers moves asks `allowed(user, obj)`.
A move the table forbids is refused with `MoveRefused`, a ValidationError that names both states.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter

from django.core.exceptions import ValidationError
from django.db.models import TextChoices


class MoveRefused(ValidationError):
    """The workflow has no move from the thing's state to the one asked for."""


def _nobody_closed(obj) -> bool:
    return False


def _anyone(user, obj, to_state) -> bool:
    return True


@dataclass(frozen=True)
class Workflow:
    states: type[TextChoices]
    moves: Mapping[str, tuple[str, ...]]
    # "A … that is “%(current)s” cannot become “%(target)s”.", translated when refused.
    refusal: str
    state_of: Callable = field(default=attrgetter("state"))
    # At the end of its path whatever its state says (a proposal the body rejected): no move follows.
    is_closed: Callable = field(default=_nobody_closed)
    # Who may make a possible move: (user, obj, to_state) -> bool.
    who: Callable = field(default=_anyone)

    def next_states(self, obj) -> tuple[str, ...]:
        if self.is_closed(obj):
            return ()
        return tuple(self.moves.get(self.state_of(obj), ()))

    def label(self, state: str) -> str:
        return str(self.states(state).label) if state in self.states.values else state

    def check(self, obj, to_state: str) -> None:
        if to_state not in self.next_states(obj):
            current = self.label(self.state_of(obj))
            raise MoveRefused(str(self.refusal) % {"current": current, "target": self.label(to_state)})

    def may(self, user, obj, to_state: str) -> bool:
        return to_state in self.next_states(obj) and self.who(user, obj, to_state)

    def allowed(self, user, obj) -> list[str]:
        """The moves this user may make now, in the table's order."""
        return [state for state in self.next_states(obj) if self.who(user, obj, state)]
