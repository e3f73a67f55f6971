"""What the board pages and the forms on them share: the actor of an action, as its row in actions.ACTIONS says
(`board_action`), the one way an action is answered (`answer`), the board page and the fragment it polls.

A form on a board page is sent by htmx (`hx-post`, with `HX-Request`): its answer is the live board drawn
afresh for the sender, announcing what was done; a refusal is its message alone, with its status
(actions.status_of), which the page announces and does not swap in. A client asking for JSON gets
`{"message": …}` or `{"error": …}` with the same status; a reader without JavaScript gets the message on the
page they came from.
"""

from functools import partial, wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teekond.core.decorators import signed_in
from teekond.core.permissions import get_allowed_object
from teekond.workshops import actions, selectors, services
from teekond.workshops import render as drawing
from teekond.workshops.models import Participant, Workshop

SEAT_COOKIE = "workshop-seat-{language}"
SEAT_SALT = "teekond.workshops.seat"
SESSION_SEAT = "workshops:seat:{code}"
NOT_SEATED = 403


def wants_json(request) -> bool:
    return request.headers.get("Accept", "").startswith("application/json")


def from_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def answer(request, back: str, message: str, *, status: int = 200, redraw=None):
    """The answer to a form: JSON, the board drawn again by `redraw(message)` (htmx), or the message on the
    page `back` (a redirect)."""
    if wants_json(request):
        return JsonResponse({"message": message} if status < 400 else {"error": message}, status=status)
    if from_htmx(request):
        if status >= 400 or redraw is None:
            return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
        return HttpResponse(redraw(message))
    (messages.success if status < 400 else messages.error)(request, message)
    return redirect(back)


def valid(form) -> dict:
    """The form's cleaned data, or its errors as one refusal (422, see actions.STATUSES)."""
    if not form.is_valid():
        raise ValidationError(" ".join(" ".join(errors) for errors in form.errors.values()))
    return form.cleaned_data


def refused_or_done(request, back: str, perform, redraw=None, *, then: str | None = None):
    """Run `perform` (which returns what to say) and answer with its refusal, or with what it said (on the
    page `then`, by default `back`)."""
    try:
        message = perform()
    except actions.REFUSALS as refusal:
        return answer(request, back, actions.message_of(refusal), status=actions.status_of(refusal))
    return answer(request, then or back, message, redraw=redraw)


def runnable(request, code) -> Workshop:
    # Private: a workshop the caller may not run answers like one that does not exist, so no signed-in
    # user can find out which join codes are real.
    workshops = Workshop.objects.all()
    code = services.normalise_code(code)
    return get_allowed_object(request.user, "workshops.run_workshop", workshops, private=True, code=code)


def console_url(workshop: Workshop) -> str:
    return reverse("workshops:console", kwargs={"code": workshop.code})


def board_url(code: str) -> str:
    return reverse("workshops:participant", kwargs={"code": code})


def seat_cookie(language: str) -> str:
    return SEAT_COOKIE.format(language=language)


def seat_of(request, code) -> tuple[Participant | None, str]:
    token = request.get_signed_cookie(seat_cookie(request.LANGUAGE_CODE), default="", salt=SEAT_SALT)
    return services.participant_for_token(code, token), token


def board_action(name: str):
    """A form view of the board action `name` (POST only). Its actor is as the action's row says: one who
    may run the workshop, signed in, or a participant on their seat on this board (the join page says how
    to get one). The view gets the workshop (or the seat) and returns what to say once it is done."""
    action = actions.ACTIONS[name]

    def decorate(perform):
        if action.who == actions.FACILITATOR:

            def view(request, code, **kwargs):
                workshop = runnable(request, code)
                done = partial(perform, request, workshop, **kwargs)
                redraw = partial(_drawn_for_facilitator, request, workshop)
                return refused_or_done(request, console_url(workshop), done, redraw)

            view = signed_in(require_POST(wraps(perform)(view)))
        else:

            def view(request, code):
                seat, _token = seat_of(request, code)
                if seat is None:
                    return answer(request, board_url(code), _("Join the workshop first."), status=NOT_SEATED)
                redraw = partial(_drawn_for_participant, request, seat)
                return refused_or_done(request, board_url(code), partial(perform, request, seat), redraw)

            view = require_POST(wraps(perform)(view))
        view.board_action = action
        return view

    return decorate


def _drawn_for_facilitator(request, workshop: Workshop, said: str) -> str:
    workshop.refresh_from_db()
    board = selectors.board(workshop, as_facilitator=True)
    return drawing.live_board(request, workshop, board, mode=drawing.CONSOLE, said=said)


def _drawn_for_participant(request, seat: Participant, said: str) -> str:
    seat.workshop.refresh_from_db()
    board = selectors.board(seat.workshop, participant=seat)
    return drawing.live_board(request, seat.workshop, board, mode=drawing.PARTICIPANT, said=said)


def board_page(request, workshop: Workshop, board: dict, *, mode: str, template: str, **context):
    context = {
        "workshop": workshop,
        "mode": mode,
        "note_language": drawing.note_language_of(workshop),
        "live_board": drawing.live_board(request, workshop, board, mode=mode),
        **context,
    }
    return render(request, template, context)


def fragment(request, workshop: Workshop, read_board, *, mode: str):
    """The live board alone, which the page polls (htmx): nothing (204) while the board is at the version
    the page has (`since`), else the board read by `read_board()` with what changed since the page's
    drawing (`seen` notes, the `phase` and the `focus` it showed)."""
    query = request.GET
    since = _number(query, "since")
    if since is not None and since == workshop.version:
        return HttpResponse(status=204)
    shown = {"seen": _number(query, "seen"), "phase": query.get("phase") or None, "focus": _number(query, "focus")}
    return HttpResponse(drawing.live_board(request, workshop, read_board(), mode=mode, shown=shown))


def _number(query, name: str) -> int | None:
    return int(query[name]) if query.get(name, "").isdigit() else None
