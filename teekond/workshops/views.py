"""The workshop pages: the facilitator's list and console, the participant's join page and board, the projector.

One template draws the board on every page, from selectors.board. The pages' script asks the JSON interface
"anything since version N?" every second with `html=VIEW`; when there is, the answer brings the live board
drawn for that page (`board_html`), in the reader's language, by the same template as the page itself.
Actions are ordinary forms; the script sends them with fetch and gets JSON back (`_answer`).

After each change a hundred phones ask for the board at once, and nearly all of it looks the same to all of
them: the live board is drawn once per version for everyone who sees it alike (`_drawn_for_everyone`), and
each request only puts the reader's own parts into it (`_own_parts`): which notes are theirs, their votes,
the votes they have left, their CSRF token and what changed since their last look. Each note and each vote
counter is drawn once per look (`_drawn`), so a reader's own copy of a note is found and swapped in whole.

A participant's token lives in a signed, HttpOnly cookie scoped to the board's address (one per interface
language, so switching the language keeps the seat); the facilitator's lives in the session. Both are
rendered into the page for the script, never put in an address.
"""

import io
import re
from functools import lru_cache, wraps

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from teekond.core.decorators import signed_in
from teekond.core.permissions import get_allowed_object, require
from teekond.workshops import selectors, services, tokens
from teekond.workshops.forms import (
    CodeForm,
    DecisionForm,
    FocusForm,
    GroupForm,
    HandOverForm,
    HideForm,
    JoinForm,
    NoteForm,
    PhaseForm,
    RenameForm,
    TimerForm,
    VoteForm,
    WorkshopForm,
)
from teekond.workshops.models import Note, NoteGroup, Participant, Phase, Vote, Workshop

SEAT_COOKIE = "workshop-seat-{language}"
SEAT_SALT = "teekond.workshops.seat"
SEAT_MAX_AGE = 3 * 24 * 60 * 60  # a workshop lasts a day; a reload the next morning still finds the seat
SESSION_SEAT = "workshops:seat:{code}"
TOO_MANY, GONE = 429, 410
CONSOLE, PARTICIPANT, PROJECTOR = "console", "participant", "projector"
# Where each reader's own parts go in the board drawn once for everyone. Secret (made from SECRET_KEY), so
# that no note can hold one, which would change its text for every reader.
_HOLE = salted_hmac("teekond.workshops.views.holes", "board").hexdigest()[:24]
CSRF_PLACEHOLDER = f"csrf-{_HOLE}"
ANNOUNCEMENT_HOLE = f"announcement-{_HOLE}"
VOTES_LEFT_HOLE = f"votes-left-{_HOLE}"
VERSION_HOLE = f"version-{_HOLE}"
COUNT_HOLE = f"count-{_HOLE}-"
COUNT_HOLES = re.compile(re.escape(COUNT_HOLE) + r"([gn]\d+)\.")


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _wants_json(request) -> bool:
    return request.headers.get("Accept", "").startswith("application/json")


def _answer(request, back: str, message: str, *, status: int = 200):
    """The page's script gets JSON; a reader without JavaScript gets the message on the page it came from."""
    if _wants_json(request):
        return JsonResponse({"message": message} if status < 400 else {"error": message}, status=status)
    (messages.success if status < 400 else messages.error)(request, message)
    return redirect(back)


def _act(request, back: str, action, success):
    """Run one service call and answer with its refusal, or with `success` (a text, or a function giving one)."""
    try:
        action()
    except services.NotesTooFast as refusal:
        return _answer(request, back, " ".join(refusal.messages), status=TOO_MANY)
    except services.BoardConflict as refusal:
        return _answer(request, back, " ".join(refusal.messages), status=409)
    except ValidationError as refusal:
        return _answer(request, back, " ".join(refusal.messages), status=400)
    return _answer(request, back, success() if callable(success) else success)


def _form_errors(form) -> str:
    return " ".join(" ".join(errors) for errors in form.errors.values())


# The board, as every page draws it


def _lay_out(board: dict, stages, perspectives, draw) -> dict:
    """The selector's board as the template walks it: rows of perspectives, cells of stages, groups (in the
    cell of their first note) holding their notes, and the vote results best first. `draw` draws a note or
    a vote counter; each cell's and group's notes come drawn and joined (`notes_html`)."""
    my_votes = board["my_votes"]
    groups = [dict(group, notes=[]) for group in board["groups"]]
    by_id = {group["id"]: group for group in groups}
    cells = {(s.slug, p.slug): {"stage": s, "groups": [], "notes": []} for p in perspectives for s in stages}
    for group in groups:
        cells.get((group["stage"], group["perspective"]), {"groups": []})["groups"].append(group)
    loose = []
    for note in board["notes"]:
        if note["group"] in by_id:
            by_id[note["group"]]["notes"].append(note)
        else:
            loose.append(note)
            cells.get((note["stage"], note["perspective"]), {"notes": []})["notes"].append(note)
    for group in groups:
        group["votes_html"] = draw("workshops/_votes.html", _counter_look(group, my_votes))
        group["notes_html"] = _joined(
            draw("workshops/_note.html", _note_look(note, my_votes)) for note in group["notes"]
        )
    for cell in cells.values():
        notes = (_note_look(note, my_votes) for note in cell["notes"])
        cell["notes_html"] = _joined(draw("workshops/_note.html", note, loose=True) for note in notes)
    # Every group, and the notes in no group that got votes: a long tail of unvoted notes is no result.
    voted = [dict(note, label=note["text"]) for note in loose if note["votes"]]
    ranking = sorted([dict(group, label=group["title"]) for group in groups] + voted, key=lambda item: -item["votes"])
    return {
        "rows": [{"perspective": p, "cells": [cells[(s.slug, p.slug)] for s in stages]} for p in perspectives],
        "groups": groups,
        "ranking": ranking,
        "focus": by_id.get(board["focus"]),
    }


def _note_look(note: dict, my_votes: dict) -> dict:
    """A note as it is drawn: its votes are a hole (see _count_hole), the reader's own votes are not."""
    return dict(note, votes=_count_hole(note["target"]), my_votes=my_votes.get(note["target"], 0))


def _counter_look(group: dict, my_votes: dict) -> dict:
    target = group["target"]
    return {"target": target, "votes": _count_hole(target), "my_votes": my_votes.get(target, 0)}


def _count_hole(target: str) -> str:
    """Where a note's or a group's vote count goes: while a room votes, only the counts change, so the drawn
    board is kept per layout version and the counts are put in per request (`_counts_put_in`)."""
    return f"{COUNT_HOLE}{target}."


def _counts_put_in(html: str, board: dict) -> str:
    counts = {item["target"]: item["votes"] for item in (*board["notes"], *board["groups"])}
    texts = {}  # one translation per count, not per target

    def text(match) -> str:
        count = counts.get(match[1], 0)
        if count not in texts:
            texts[count] = ngettext("%(counter)s vote", "%(counter)s votes", count) % {"counter": count}
        return texts[count]

    return COUNT_HOLES.sub(text, html)


def _joined(parts) -> str:
    return mark_safe("".join(parts))  # each part is drawn HTML already


def _looks(workshop: Workshop, board: dict, *, mode: str, note_language: str) -> tuple:
    """All that a note or a vote counter looks like besides its own fields (see _drawn)."""
    return (translation.get_language(), mode, board["phase"], board["closed"], workshop.code, note_language)


def _drawer(looks: tuple):
    """Draws a note (`_note.html`) or a vote counter (`_votes.html`) from the copy drawn for everyone who
    sees it alike; the CSRF token is still a hole (CSRF_PLACEHOLDER)."""

    def draw(template_name: str, item: dict, *, loose: bool = False):
        return mark_safe(_drawn(template_name, looks, tuple(item.items()), loose))

    return draw


@lru_cache(maxsize=8192)
def _drawn(template_name: str, looks: tuple, fields: tuple, loose: bool) -> str:
    """One part of the board, drawn once for each look of it: the language, the screen, the phase, the
    item's own fields (with the reader's votes on it and whether it is theirs)."""
    _language, mode, phase, closed, code, note_language = looks
    item = dict(fields)
    context = {
        "mode": mode,
        "board": {"phase": phase, "closed": closed},
        "workshop": {"code": code},
        "note_language": note_language,
        "note": item,
        "item": item,
        "loose": loose,
        "csrf_token": CSRF_PLACEHOLDER,
    }
    return render_to_string(template_name, context)


def _note_language(workshop: Workshop) -> str:
    """Notes are written in the workshop's language; marked when the page is in another one."""
    return workshop.language if workshop.language != translation.get_language() else ""


def _board_context(request, workshop: Workshop, board: dict, *, mode: str) -> dict:
    stages, perspectives = selectors.headings(workshop)
    note_language = _note_language(workshop)
    draw = _drawer(_looks(workshop, board, mode=mode, note_language=note_language))
    context = {
        "mode": mode,
        "workshop": workshop,
        "board": board,
        "stages": stages,
        "perspectives": perspectives,
        **_lay_out(board, stages, perspectives, draw),
        "phase_label": Phase(board["phase"]).label,
        "note_count": len(board["notes"]),
        "note_language": note_language,
    }
    if mode == CONSOLE:
        groups = context["groups"]
        discussing = board["phase"] in (Phase.DISCUSS, Phase.SUMMARY)
        context["phases"] = Phase.choices
        context["admin_groups"] = sorted(groups, key=lambda group: -group["votes"]) if discussing else groups
    elif mode == PARTICIPANT and board["phase"] == Phase.COLLECT:
        context["note_form"] = NoteForm(stages=stages, perspectives=perspectives)
    return context


def _news(context: dict) -> dict:
    """What `_announcement` needs of a drawn board: plain values, kept with the drawing."""
    ranking, focus = context["ranking"], context["focus"]
    top = ranking[0] if ranking and ranking[0]["votes"] else None
    return {
        "phase_label": str(context["phase_label"]),
        "note_count": context["note_count"],
        "top": {"label": top["label"], "votes": top["votes"]} if top else None,
        "focus": {"id": focus["id"], "title": focus["title"]} if focus else None,
    }


def _announcement(shown: dict, board: dict, news: dict) -> str:
    """What changed since the screen's last drawing (`shown`: the phase, the number of notes and the group
    in focus it showed, each None when not known), for the live region: the phase, the vote results when
    discussion starts, new notes, the group in focus."""
    parts = []
    if shown["phase"] and shown["phase"] != board["phase"]:
        parts.append(_("The workshop is now in the phase: %(phase)s.") % {"phase": news["phase_label"]})
        top = news["top"]
        if board["phase"] in (Phase.DISCUSS, Phase.SUMMARY) and top:
            parts.append(_("Most votes: %(title)s (%(count)s).") % {"title": top["label"], "count": top["votes"]})
    new = news["note_count"] - shown["seen"] if shown["seen"] is not None else 0
    if new > 0:
        parts.append(ngettext("%(count)s new note.", "%(count)s new notes.", new) % {"count": new})
    focus = news["focus"]
    if focus and shown["focus"] != focus["id"]:
        parts.append(_("In focus: %(title)s.") % {"title": focus["title"]})
    return " ".join(parts)


def _live_board(request, workshop: Workshop, board: dict, *, mode: str, shown: dict | None = None) -> str:
    """The live part of a board page (`_board.html`) for this reader. When `shown` tells what the reader's
    screen showed before (see _announcement), what changed since is announced."""
    language = translation.get_language()
    drawn = selectors.kept(
        workshop,
        f"drawn:{language}:{mode}:{board['facilitator']:d}",
        # Votes change only counts, which are holes, except in the console's list of groups.
        version=workshop.version if mode == CONSOLE else workshop.layout_version,
        read=lambda: _drawn_for_everyone(request, workshop, board, mode=mode),
    )
    html = _counts_put_in(_own_parts(drawn["html"], board, drawn["looks"]), board)
    if mode == PARTICIPANT and board["phase"] == Phase.VOTE:
        html = html.replace(VOTES_LEFT_HOLE, render_to_string("workshops/_votes_left.html", {"board": board}))
    news = _announcement(shown, board, drawn["news"]) if shown is not None else ""
    html = html.replace(ANNOUNCEMENT_HOLE, escape(news)).replace(VERSION_HOLE, str(board["version"]))
    return mark_safe(html.replace(CSRF_PLACEHOLDER, get_token(request)))


def _drawn_for_everyone(request, workshop: Workshop, board: dict, *, mode: str) -> dict:
    """The live board as it looks to a reader with no notes and no votes of their own, with holes for
    what differs from reader to reader."""
    nobodys = dict(board, my_votes={}, notes=[dict(note, mine=False) for note in board["notes"]])
    context = _board_context(request, workshop, nobodys, mode=mode)
    holes = {
        "csrf_token": CSRF_PLACEHOLDER,
        "announcement": ANNOUNCEMENT_HOLE,
        "votes_left": VOTES_LEFT_HOLE,
        "version": VERSION_HOLE,
    }
    return {
        "html": render_to_string("workshops/_board.html", {**context, **holes}, request),
        "looks": _looks(workshop, board, mode=mode, note_language=context["note_language"]),
        "news": _news(context),
    }


def _own_parts(html: str, board: dict, looks: tuple) -> str:
    """Swaps the reader's own notes and the counters they voted on, as everyone sees them, for their own
    copies. Each drawn note and counter carries its own id, so each is found once."""
    my_votes = board["my_votes"]
    in_group = {group["id"] for group in board["groups"]}
    swaps = []  # (template, as everyone sees it, as this reader sees it, loose)
    for note in board["notes"]:
        loose = note["group"] not in in_group
        if note["mine"] or (loose and my_votes.get(note["target"])):
            everyones = _note_look(dict(note, mine=False), {})
            swaps.append(("workshops/_note.html", everyones, _note_look(note, my_votes), loose))
    for group in board["groups"]:
        if my_votes.get(group["target"]):
            swaps.append(("workshops/_votes.html", _counter_look(group, {}), _counter_look(group, my_votes), False))
    for template_name, everyones, own, loose in swaps:
        everyones_html, own_html = (
            _drawn(template_name, looks, tuple(item.items()), loose) for item in (everyones, own)
        )
        html = html.replace(everyones_html, own_html, 1)
    return html


def _fragment(request, workshop, board, *, mode):
    query = request.GET
    shown = {"seen": _number(query, "seen"), "phase": query.get("phase") or None, "focus": _number(query, "focus")}
    return HttpResponse(_live_board(request, workshop, board, mode=mode, shown=shown))


def _number(query, name: str) -> int | None:
    return int(query[name]) if query.get(name, "").isdigit() else None


def board_html(request, seat: Participant, board: dict, *, view: str, language: str | None, shown: dict) -> str:
    """The live board as the page `view` draws it, for the board's JSON interface (its `html`), which the
    pages' script polls: one request brings both the news and the board to show."""
    workshop = seat.workshop
    if view == PROJECTOR:  # the facilitator's token, but the room's view: no hidden notes
        board = selectors.board(workshop, as_facilitator=False)
    with translation.override(language or translation.get_language()):
        return _live_board(request, workshop, board, mode=view, shown=shown)


def _board_page(request, workshop: Workshop, board: dict, *, mode: str, template: str, **context):
    context = {
        "workshop": workshop,
        "mode": mode,
        "note_language": _note_language(workshop),
        "live_board": _live_board(request, workshop, board, mode=mode),
        **context,
    }
    return render(request, template, context)


def _qr_svg(address: str) -> str:
    buffer = io.BytesIO()
    segno.make(address, error="m").save(
        buffer, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=2, svgclass="qr-code", lineclass=None
    )
    return mark_safe(buffer.getvalue().decode())  # segno's own markup, with nothing of the user's but the address


# The facilitator's pages


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


def _runnable(request, code) -> Workshop:
    # Private: a workshop the caller may not run answers like one that does not exist, so no signed-in
    # user can find out which join codes are real.
    return get_allowed_object(
        request.user, "workshops.run_workshop", Workshop.objects.all(), private=True, code=services.normalise_code(code)
    )


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
    workshop = _runnable(request, code)
    if request.GET.get("fragment"):
        return _fragment(request, workshop, selectors.board(workshop, as_facilitator=as_facilitator), mode=mode)
    token = _facilitator_token(request, workshop)
    workshop.refresh_from_db()  # a new seat changed the board's version
    board = selectors.board(workshop, as_facilitator=as_facilitator)
    join_address = _join_address(request, workshop)
    return _board_page(
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


def _console_url(workshop: Workshop) -> str:
    return reverse("workshops:console", kwargs={"code": workshop.code})


@signed_in
@require_POST
def phase(request, code):
    workshop = _runnable(request, code)
    form = PhaseForm(request.POST)
    if not form.is_valid():
        return _answer(request, _console_url(workshop), _form_errors(form), status=400)
    chosen = form.cleaned_data["phase"]
    message = _("The workshop is now in the phase: %(phase)s.") % {"phase": Phase(chosen).label}
    return _act(
        request,
        _console_url(workshop),
        lambda: services.phase_set(actor=request.user, workshop=workshop, phase=chosen),
        message,
    )


@signed_in
@require_POST
def timer(request, code):
    workshop = _runnable(request, code)
    form = TimerForm(request.POST)
    if not form.is_valid():
        return _answer(request, _console_url(workshop), _form_errors(form), status=400)
    minutes = form.cleaned_data["minutes"]
    if minutes:
        message = ngettext(
            "The timer runs for %(minutes)s minute.", "The timer runs for %(minutes)s minutes.", minutes
        ) % {"minutes": minutes}
    else:
        message = _("The timer was stopped.")
    return _act(
        request,
        _console_url(workshop),
        lambda: services.timer_set(actor=request.user, workshop=workshop, seconds=minutes * 60),
        message,
    )


@signed_in
@require_POST
def groups(request, code):
    """The ticked notes become a new group ("Group as…"), or join an existing one ("Add to group")."""
    workshop = _runnable(request, code)
    back = _console_url(workshop)
    note_ids = Note.objects.filter(workshop=workshop).values_list("pk", flat=True)
    form = GroupForm(request.POST, note_ids=note_ids, groups=NoteGroup.objects.filter(workshop=workshop))
    if not form.is_valid():
        return _answer(request, back, _form_errors(form), status=400)
    notes, into = form.cleaned_data["notes"], form.cleaned_data["into"]
    if request.POST.get("grouping") == "add":
        if into is None:
            return _answer(request, back, _("Choose the group to add the notes to."), status=400)
        return _act(
            request,
            back,
            lambda: services.group_update(actor=request.user, group=into, add_note_ids=notes),
            _("The notes were added to the group “%(title)s”.") % {"title": into.title},
        )
    title = form.cleaned_data["title"]
    return _act(
        request,
        back,
        lambda: services.group_create(actor=request.user, workshop=workshop, title=title, note_ids=notes),
        _("The group “%(title)s” was made.") % {"title": title},
    )


@signed_in
@require_POST
def group_rename(request, code, pk):
    workshop = _runnable(request, code)
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=pk)
    form = RenameForm(request.POST)
    if not form.is_valid():
        return _answer(request, _console_url(workshop), _form_errors(form), status=400)
    title = form.cleaned_data["title"]
    return _act(
        request,
        _console_url(workshop),
        lambda: services.group_update(actor=request.user, group=group, title=title),
        _("The group is now called “%(title)s”.") % {"title": title},
    )


@signed_in
@require_POST
def note_hide(request, code, pk):
    workshop = _runnable(request, code)
    note = get_object_or_404(Note, workshop=workshop, pk=pk)
    hidden = HideForm(request.POST).is_valid() and bool(request.POST.get("hidden"))
    message = _("The note was hidden.") if hidden else _("The note is shown again.")
    return _act(
        request,
        _console_url(workshop),
        lambda: services.note_hide(actor=request.user, note=note, hidden=hidden),
        message,
    )


@signed_in
@require_POST
def focus(request, code):
    workshop = _runnable(request, code)
    form = FocusForm(request.POST)
    group_id = form.cleaned_data["group"] if form.is_valid() else None
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=group_id) if group_id else None
    message = _("In focus: %(title)s.") % {"title": group.title} if group else _("No group is in focus.")
    return _act(
        request,
        _console_url(workshop),
        lambda: services.focus_set(actor=request.user, workshop=workshop, group=group),
        message,
    )


@signed_in
@require_POST
def decision(request, code, pk):
    workshop = _runnable(request, code)
    group = get_object_or_404(NoteGroup, workshop=workshop, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _answer(request, _console_url(workshop), _form_errors(form), status=400)
    return _act(
        request,
        _console_url(workshop),
        lambda: services.decision_save(actor=request.user, group=group, text=form.cleaned_data["decision"]),
        _("The decision on “%(title)s” was saved.") % {"title": group.title},
    )


@signed_in
@require_POST
def close(request, code):
    workshop = _runnable(request, code)
    return _act(
        request,
        _console_url(workshop),
        lambda: services.workshop_close(actor=request.user, workshop=workshop),
        _("The workshop is closed. Its board stays readable for the outcome."),
    )


@signed_in
@require_POST
def token_rotate(request, code):
    """End every facilitator token of the workshop (a lost laptop, a token pasted somewhere); this page
    gets a new one."""
    workshop = _runnable(request, code)
    try:
        _seat, token = tokens.facilitator_token_rotate(actor=request.user, workshop=workshop)
    except ValidationError as refusal:
        return _answer(request, _console_url(workshop), " ".join(refusal.messages), status=409)
    request.session[SESSION_SEAT.format(code=workshop.code)] = token
    message = _("Every earlier facilitator token of this workshop has stopped working; this page has a new one.")
    return _answer(request, _console_url(workshop), message)


@signed_in
@require_POST
def hand_over(request, code):
    workshop = _runnable(request, code)
    form = HandOverForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return _answer(request, _console_url(workshop), _form_errors(form), status=400)
    to_user = form.cleaned_data["to_user"]
    try:
        tokens.workshop_hand_over(actor=request.user, workshop=workshop, to_user=to_user)
    except ValidationError as refusal:
        return _answer(request, _console_url(workshop), " ".join(refusal.messages), status=409)
    request.session.pop(SESSION_SEAT.format(code=workshop.code), None)
    message = _("The workshop is now run by %(name)s; the earlier facilitator tokens have stopped working.") % {
        "name": services.display_name(to_user)
    }
    messages.success(request, message)
    return redirect("workshops:list")


# The participant's pages


def join_start(request):
    """Where a participant types the code from the projector."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("workshops:participant", code=form.cleaned_data["code"])
    return render(request, "workshops/join_code.html", {"form": form})


def _seat_cookie(language: str) -> str:
    return SEAT_COOKIE.format(language=language)


def _keep_seat(response, code: str, token: str) -> None:
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            path = reverse("workshops:participant", kwargs={"code": code})
        response.set_signed_cookie(
            _seat_cookie(language),
            token,
            salt=SEAT_SALT,
            path=path,
            max_age=SEAT_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )


def _seat(request, code) -> tuple[Participant | None, str]:
    token = request.get_signed_cookie(_seat_cookie(request.LANGUAGE_CODE), default="", salt=SEAT_SALT)
    return services.participant_for_token(code, token), token


@require_http_methods(["GET", "POST"])
def participant(request, code):
    if code != services.normalise_code(code):  # the seat's cookie is scoped to the address as written
        return redirect("workshops:participant", code=services.normalise_code(code))
    seat, token = _seat(request, code)
    if seat is not None:
        if request.method == "POST":  # joined already, e.g. in another tab
            return redirect("workshops:participant", code=code)
        return _participant_board(request, seat, token)
    try:
        workshop = services.workshop_for_code(code, client_address=_client_address(request))
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
    board = selectors.board(workshop, participant=seat)
    if request.GET.get("fragment"):
        return _fragment(request, workshop, board, mode=PARTICIPANT)
    return _board_page(request, workshop, board, mode=PARTICIPANT, template="workshops/participant.html", token=token)


def _board_url(code: str) -> str:
    return reverse("workshops:participant", kwargs={"code": code})


def _seated(view):
    """A participant's action: refused without a seat on this board (the join page says how to get one)."""

    @wraps(view)
    def wrapper(request, code):
        seat, _token = _seat(request, code)
        if seat is None:
            return _answer(request, _board_url(code), _("Join the workshop first."), status=403)
        return view(request, seat)

    return wrapper


@require_POST
@_seated
def note_post(request, seat: Participant):
    workshop = seat.workshop
    form = NoteForm(request.POST, stages=workshop.stages.all(), perspectives=workshop.perspectives.all())
    if not form.is_valid():
        return _answer(request, _board_url(workshop.code), _form_errors(form), status=400)
    data = form.cleaned_data
    return _act(
        request,
        _board_url(workshop.code),
        lambda: services.note_post(
            participant=seat,
            stage=data["stage"],
            perspective=data["perspective"],
            text=data["text"],
            anonymous=data["anonymous"],
            language=request.LANGUAGE_CODE,
        ),
        _("Your note is on the board."),
    )


def _votes_left_message(seat: Participant) -> str:
    left = seat.workshop.vote_budget - Vote.objects.filter(participant=seat).count()
    return ngettext("You have %(count)s vote left.", "You have %(count)s votes left.", left) % {"count": left}


@require_POST
@_seated
def vote(request, seat: Participant):
    return _vote(request, seat, services.vote_cast, _("Your vote was counted."))


@require_POST
@_seated
def vote_withdraw(request, seat: Participant):
    return _vote(request, seat, services.vote_withdraw, _("Your vote was taken back."))


def _vote(request, seat: Participant, service, done: str):
    back = _board_url(seat.workshop.code)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return _answer(request, back, _form_errors(form), status=400)
    target = form.cleaned_data["target"]
    return _act(
        request,
        back,
        lambda: service(participant=seat, target_id=target),
        lambda: f"{done} {_votes_left_message(seat)}",
    )
