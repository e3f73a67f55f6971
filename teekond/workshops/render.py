"""The live board drawn as HTML, once for everyone who sees it alike, with each reader's own parts put in.

After each change a hundred phones ask for the board at once, and nearly all of it looks the same to all of
them: the live board (`_board.html`) is drawn once per version for everyone who sees it alike
(`_drawn_for_everyone`), and each request only puts the reader's own parts into it (`_own_parts`): which notes
are theirs, their votes, the votes they have left, their CSRF token and what changed since their last look.
Each note and each vote counter is drawn once per look (`_drawn`, an `lru_cache`), so a reader's own copy of
a note is found and swapped in whole. While a room votes only the counts change: they are holes too, put in
per request (`_counts_put_in`), and the drawing is kept per layout version.

The pages (views) and the JSON interface's `html` (api.py) both draw the board through `live_board`.
"""

import re
from functools import lru_cache

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.workshops import selectors
from teekond.workshops.forms import NoteForm
from teekond.workshops.models import Participant, Phase, Workshop

CONSOLE, PARTICIPANT, PROJECTOR = "console", "participant", "projector"
PAGES = {CONSOLE: "workshops:console", PARTICIPANT: "workshops:participant", PROJECTOR: "workshops:projector"}
# Where each reader's own parts go in the board drawn once for everyone. Secret (made from SECRET_KEY), so
# that no note can hold one, which would change its text for every reader.
_HOLE = salted_hmac("teekond.workshops.views.holes", "board").hexdigest()[:24]
CSRF_PLACEHOLDER = f"csrf-{_HOLE}"
ANNOUNCEMENT_HOLE = f"announcement-{_HOLE}"
VOTES_LEFT_HOLE = f"votes-left-{_HOLE}"
VERSION_HOLE = f"version-{_HOLE}"
COUNT_HOLE = f"count-{_HOLE}-"
COUNT_HOLES = re.compile(re.escape(COUNT_HOLE) + r"([gn]\d+)\.")


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


def note_language_of(workshop: Workshop) -> str:
    """Notes are written in the workshop's language; marked when the page is in another one."""
    return workshop.language if workshop.language != translation.get_language() else ""


def _board_context(request, workshop: Workshop, board: dict, *, mode: str) -> dict:
    stages, perspectives = selectors.headings(workshop)
    note_language = note_language_of(workshop)
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
        # The page's own address, which the board polls for its next version (htmx, `hx-get`).
        "poll_url": reverse(PAGES[mode], kwargs={"code": workshop.code}),
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


def live_board(request, workshop: Workshop, board: dict, *, mode: str, shown: dict | None = None, said="") -> str:
    """The live part of a board page (`_board.html`) for this reader. When `shown` tells what the reader's
    screen showed before (see _announcement), what changed since is announced; `said` is announced instead
    (the answer to the reader's own action)."""
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
    news = said or (_announcement(shown, board, drawn["news"]) if shown is not None else "")
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


def board_html(request, seat: Participant, board: dict, *, view: str, language: str | None, shown: dict) -> str:
    """The live board as the page `view` draws it, for the board's JSON interface (its `html`), which the
    pages' script polls: one request brings both the news and the board to show."""
    workshop = seat.workshop
    if view == PROJECTOR:  # the facilitator's token, but the room's view: no hidden notes
        board = selectors.board(workshop, as_facilitator=False)
    with translation.override(language or translation.get_language()):
        return live_board(request, workshop, board, mode=view, shown=shown)
