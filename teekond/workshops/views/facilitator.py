"""The facilitator's pages: the list of workshops (and a new one), the console and the projector, and the
console's actions on the board (declared in actions.ACTIONS, see common.board_action), its tokens and
handing the workshop over.

The facilitator's token lives in the session, and is rendered into the page (`data-token`) for a program or
another screen to run the board with, never put in an address.
"""

import io
from functools import partial

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from teekond.core.decorators import signed_in
from teekond.core.permissions import require
from teekond.workshops import selectors, services, tokens
from teekond.workshops.forms import (
    DecisionForm,
    FocusForm,
    GroupForm,
    HandOverForm,
    HideForm,
    PhaseForm,
    RenameForm,
    TimerForm,
    WorkshopForm,
)
from teekond.workshops.models import Note, NoteGroup, Phase, Workshop
from teekond.workshops.render import CONSOLE, PROJECTOR
from teekond.workshops.views.common import (
    SESSION_SEAT,
    board_action,
    board_page,
    console_url,
    fragment,
    refused_or_done,
    runnable,
    valid,
)


@signed_in
@require_http_methods(["GET", "POST"])
def workshop_list(request):
    require(request.user, "workshops.add_workshop")
    form = WorkshopForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        try:
            workshop, token = services.workshop_create(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session[SESSION_SEAT.format(code=workshop.code)] = token
            messages.success(
                request,
                _("The workshop was created. Participants join with the code %(code)s.") % {"code": workshop.code},
            )
            return redirect("workshops:console", code=workshop.code)
    workshops = selectors.workshops_run_by(request.user).prefetch_related("event__texts")
    return render(request, "workshops/list.html", {"form": form, "workshops": workshops})


# The console and the projector


def _facilitator_token(request, workshop: Workshop) -> str:
    """This browser session's facilitator seat, made on the first visit; none once the board is closed."""
    key = SESSION_SEAT.format(code=workshop.code)
    token = request.session.get(key, "")
    seat = services.participant_for_token(workshop.code, token)
    if seat is not None and seat.is_facilitator:
        return token
    try:
        _seat, token = tokens.facilitator_seat(user=request.user, workshop=workshop)
    except services.BoardConflict:
        return ""
    request.session[key] = token
    return token


def _join_address(request, workshop: Workshop) -> str:
    # Without a language: LocaleMiddleware sends each phone on to the board in its own language.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("workshops:participant", kwargs={"code": workshop.code})
    return request.build_absolute_uri("/" + path.removeprefix(f"/{settings.LANGUAGE_CODE}/"))


def _qr_svg(address: str) -> str:
    buffer = io.BytesIO()
    segno.make(address, error="m").save(
        buffer, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=2, svgclass="qr-code", lineclass=None
    )
    return mark_safe(buffer.getvalue().decode())  # segno's own markup, with nothing of the user's but the address


@signed_in
@require_GET
def console(request, code):
    return _facilitator_screen(request, code, mode=CONSOLE, as_facilitator=True, template="workshops/console.html")


@signed_in
@require_GET
def projector(request, code):
    return _facilitator_screen(request, code, mode=PROJECTOR, as_facilitator=False, template="workshops/projector.html")


def _facilitator_screen(request, code, *, mode, as_facilitator: bool, template: str):
    """The console and the projector: the same board, with or without the facilitator's controls."""
    workshop = runnable(request, code)
    if request.GET.get("fragment"):
        return fragment(request, workshop, partial(selectors.board, workshop, as_facilitator=as_facilitator), mode=mode)
    token = _facilitator_token(request, workshop)
    workshop.refresh_from_db()  # a new seat changed the board's version
    board = selectors.board(workshop, as_facilitator=as_facilitator)
    join_address = _join_address(request, workshop)
    return board_page(
        request,
        workshop,
        board,
        mode=mode,
        template=template,
        token=token,
        join_address=join_address,
        qr_svg=_qr_svg(join_address),
        hand_over_form=HandOverForm(workshop=workshop) if mode == CONSOLE else None,
    )


# The console's actions on the board: each gets the workshop, acts, and says what it did.


@board_action("phase_set")
def phase(request, workshop):
    chosen = valid(PhaseForm(request.POST))["phase"]
    services.phase_set(actor=request.user, workshop=workshop, phase=chosen)
    return _("The workshop is now in the phase: %(phase)s.") % {"phase": Phase(chosen).label}


@board_action("timer_set")
def timer(request, workshop):
    minutes = valid(TimerForm(request.POST))["minutes"]
    services.timer_set(actor=request.user, workshop=workshop, seconds=minutes * 60)
    if not minutes:
        return _("The timer was stopped.")
    return ngettext("The timer runs for %(minutes)s minute.", "The timer runs for %(minutes)s minutes.", minutes) % {
        "minutes": minutes
    }


@board_action("group_create")
def groups(request, workshop):
    """The ticked notes become a new group ("Group as…"), or join an existing one ("Add to the group", the
    action `group_move`, which the same people may take)."""
    note_ids = Note.objects.filter(workshop=workshop).values_list("pk", flat=True)
    form = GroupForm(request.POST, note_ids=note_ids, groups=NoteGroup.objects.filter(workshop=workshop))
    data = valid(form)
    if request.POST.get("grouping") == "add":
        into = data["into"]
        if into is None:
            raise ValidationError(_("Choose the group to add the notes to."))
        services.group_update(actor=request.user, group=into, add_note_ids=data["notes"])
        return _("The notes were added to the group “%(title)s”.") % {"title": into.title}
    services.group_create(actor=request.user, workshop=workshop, title=data["title"], note_ids=data["notes"])
    return _("The group “%(title)s” was made.") % {"title": data["title"]}


@board_action("group_rename")
def group_rename(request, workshop, pk):
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=pk)
    title = valid(RenameForm(request.POST))["title"]
    services.group_update(actor=request.user, group=group, title=title)
    return _("The group is now called “%(title)s”.") % {"title": title}


@board_action("note_hide")
def note_hide(request, workshop, pk):
    note = get_object_or_404(Note, workshop=workshop, pk=pk)
    hidden = HideForm(request.POST).is_valid() and bool(request.POST.get("hidden"))
    services.note_hide(actor=request.user, note=note, hidden=hidden)
    return _("The note was hidden.") if hidden else _("The note is shown again.")


@board_action("focus_set")
def focus(request, workshop):
    form = FocusForm(request.POST)
    group_id = form.cleaned_data["group"] if form.is_valid() else None
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=group_id) if group_id else None
    services.focus_set(actor=request.user, workshop=workshop, group=group)
    return _("In focus: %(title)s.") % {"title": group.title} if group else _("No group is in focus.")


@board_action("decision_save")
def decision(request, workshop, pk):
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=pk)
    text = valid(DecisionForm(request.POST))["decision"]
    services.decision_save(actor=request.user, group=group, text=text)
    return _("The decision on “%(title)s” was saved.") % {"title": group.title}


@board_action("workshop_close")
def close(request, workshop):
    services.workshop_close(actor=request.user, workshop=workshop)
    return _("The workshop is closed. Its board stays readable for the outcome.")


# Tokens and handing over: not actions on the board, but refused the same way.


@signed_in
@require_POST
def token_rotate(request, code):
    """End every facilitator token of the workshop (a lost laptop, a token pasted somewhere); this page
    gets a new one."""
    workshop = runnable(request, code)

    def rotate():
        _seat, token = tokens.facilitator_token_rotate(actor=request.user, workshop=workshop)
        request.session[SESSION_SEAT.format(code=workshop.code)] = token
        return _("Every earlier facilitator token of this workshop has stopped working; this page has a new one.")

    return refused_or_done(request, console_url(workshop), rotate)


@signed_in
@require_POST
def hand_over(request, code):
    workshop = runnable(request, code)

    def give():
        to_user = valid(HandOverForm(request.POST, workshop=workshop))["to_user"]
        tokens.workshop_hand_over(actor=request.user, workshop=workshop, to_user=to_user)
        request.session.pop(SESSION_SEAT.format(code=workshop.code), None)
        message = _("The workshop is now run by %(name)s; the earlier facilitator tokens have stopped working.")
        return message % {"name": services.display_name(to_user)}

    return refused_or_done(request, console_url(workshop), give, then=reverse("workshops:list"))
