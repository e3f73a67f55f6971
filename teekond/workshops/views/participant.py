"""The participant's pages: typing the code, joining, the board, and the board's actions of a participant
(notes and votes, declared in actions.ACTIONS, see common.board_action).

A participant's token lives in a signed, HttpOnly cookie scoped to the board's address (one per interface
language, so switching the language keeps the seat); it is rendered into the page (`data-token`) for an app
to use, never put in an address.
"""

from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from teekond.workshops import selectors, services
from teekond.workshops.forms import CodeForm, JoinForm, NoteForm, VoteForm
from teekond.workshops.models import Participant, Vote, Workshop
from teekond.workshops.render import PARTICIPANT
from teekond.workshops.views.common import SEAT_SALT, board_action, board_page, fragment, seat_cookie, seat_of, valid

SEAT_MAX_AGE = 3 * 24 * 60 * 60  # a workshop lasts a day; a reload the next morning still finds the seat
TOO_MANY, GONE = 429, 410


def join_start(request):
    """Where a participant types the code from the projector."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("workshops:participant", code=form.cleaned_data["code"])
    return render(request, "workshops/join_code.html", {"form": form})


def _keep_seat(response, code: str, token: str) -> None:
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            path = reverse("workshops:participant", kwargs={"code": code})
        response.set_signed_cookie(
            seat_cookie(language),
            token,
            salt=SEAT_SALT,
            path=path,
            max_age=SEAT_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )


@require_http_methods(["GET", "POST"])
def participant(request, code):
    if code != services.normalise_code(code):  # the seat's cookie is scoped to the address as written
        return redirect("workshops:participant", code=services.normalise_code(code))
    seat, token = seat_of(request, code)
    if seat is not None:
        if request.method == "POST":  # joined already, e.g. in another tab
            return redirect("workshops:participant", code=code)
        return _participant_board(request, seat, token)
    try:
        workshop = services.workshop_for_code(code, client_address=request.META.get("REMOTE_ADDR", ""))
    except services.RateLimited:
        message = str(services.WRONG_CODES_MESSAGE)
        return render(request, "workshops/join_refused.html", {"message": message}, status=TOO_MANY)
    except Workshop.DoesNotExist:
        context = {"form": CodeForm(initial={"code": code}), "wrong_code": code}
        return render(request, "workshops/join_code.html", context, status=404)
    if workshop.is_closed:
        return _closed(request, workshop)
    return _join(request, workshop)


def _closed(request, workshop):
    return render(request, "workshops/join_refused.html", {"workshop": workshop, "closed": True}, status=GONE)


def _join(request, workshop: Workshop):
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = "" if request.POST.get("anonymous") else form.cleaned_data["name"]
        try:
            _participant, token = services.participant_join(
                workshop=workshop, name=name, municipality=form.cleaned_data["municipality"], user=request.user
            )
        except services.WorkshopClosed:
            return _closed(request, workshop)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            response = redirect("workshops:participant", code=workshop.code)
            _keep_seat(response, workshop.code, token)
            return response
    return render(request, "workshops/join.html", {"form": form, "workshop": workshop})


def _participant_board(request, seat: Participant, token: str):
    workshop = seat.workshop
    if request.GET.get("fragment"):
        return fragment(request, workshop, partial(selectors.board, workshop, participant=seat), mode=PARTICIPANT)
    board = selectors.board(workshop, participant=seat)
    return board_page(request, workshop, board, mode=PARTICIPANT, template="workshops/participant.html", token=token)


# The participant's actions on the board: each gets the seat, acts, and says what it did.


@board_action("note_post")
def note_post(request, seat: Participant):
    workshop = seat.workshop
    form = NoteForm(request.POST, stages=workshop.stages.all(), perspectives=workshop.perspectives.all())
    data = valid(form)
    services.note_post(
        participant=seat,
        stage=data["stage"],
        perspective=data["perspective"],
        text=data["text"],
        anonymous=data["anonymous"],
        language=request.LANGUAGE_CODE,
    )
    return _("Your note is on the board.")


def _votes_left_message(seat: Participant) -> str:
    left = seat.workshop.vote_budget - Vote.objects.filter(participant=seat).count()
    return ngettext("You have %(count)s vote left.", "You have %(count)s votes left.", left) % {"count": left}


@board_action("vote_cast")
def vote(request, seat: Participant):
    services.vote_cast(participant=seat, target_id=valid(VoteForm(request.POST))["target"])
    done = _("Your vote was counted.")
    return f"{done} {_votes_left_message(seat)}"


@board_action("vote_withdraw")
def vote_withdraw(request, seat: Participant):
    services.vote_withdraw(participant=seat, target_id=valid(VoteForm(request.POST))["target"])
    done = _("Your vote was taken back.")
    return f"{done} {_votes_left_message(seat)}"
