"""The network's sections: partnership agreements, regular meetings, the working group, and events.

Names, positions and towns are printed in the report's language where the data has them in it (an English
report says "mayor of Toila rural municipality", "Riga"); sources naming a shared document likewise.
"""

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.sources import for_readers
from teekond.network import selectors as network_selectors
from teekond.reports.document import Bullets, Document, Heading, Paragraph, Table
from teekond.reports.sections import join_names

NOT_KNOWN = "—"


def place(event, language: str) -> str:
    town = event.town_in(language)
    if not town:
        return NOT_KNOWN
    return town if event.country == "EE" else f"{town} ({event.country})"


def partnership_section(document: Document, *, year: int, language: str, **context) -> None:
    document.add(Heading(1, _("Partnership agreements")))
    agreements = network_selectors.agreements_by_start()
    extended = [a for a in agreements if a.is_extension and a.concluded and a.concluded.year == year]
    if extended:
        by_start = sorted(extended, key=lambda a: a.extends.activities_start or dt.date.max)
        names = join_names([a.municipality.name_in(language) for a in by_start])
        text = _("In %(year)s the partnership agreements with %(names)s were extended.")
        document.add(Paragraph(text % {"year": year, "names": names}))
    new = [a for a in agreements if _is_new_in(a, year)]
    _new_agreements(document, new, language)
    if not extended and not new:
        document.add(Paragraph(_("No partnership agreement was concluded or extended in %(year)s.") % {"year": year}))
    in_force = [a for a in agreements if a.is_in_force]
    if in_force:
        header = [_("Municipality"), _("Partner since"), _("Agreement in force until"), _("Source")]
        rows = [
            [
                a.municipality.name_in(language),
                _partner_since(a),
                a.ends_display or NOT_KNOWN,
                for_readers(a.source, language),
            ]
            for a in in_force
        ]
        document.add(Table(header=header, rows=rows))


def _is_new_in(agreement, year: int) -> bool:
    if agreement.is_extension:
        return False
    if agreement.negotiated_in in (year - 1, year):
        return True
    return agreement.activities_start is not None and agreement.activities_start.year == year


def _new_agreements(document: Document, new: list, language: str) -> None:
    by_negotiation_year: dict[int | None, list] = {}
    for agreement in new:
        by_negotiation_year.setdefault(agreement.negotiated_in, []).append(agreement)
    for negotiated_in, group in by_negotiation_year.items():
        parts = join_names([_with_start(a, language) for a in group])
        if negotiated_in:
            text = _(
                "As a result of the negotiations of %(year)s, partnership agreements were concluded with %(parts)s."
            )
            document.add(Paragraph(text % {"year": negotiated_in, "parts": parts}))
        else:
            document.add(Paragraph(_("New partnership agreements: %(parts)s.") % {"parts": parts}))


def _with_start(agreement, language: str) -> str:
    name = agreement.municipality.name_in(language)
    if not agreement.activities_start:
        return name
    return _("%(name)s (activities started %(date)s)") % {"name": name, "date": agreement.activities_start_display}


def _partner_since(agreement) -> str:
    first = agreement
    while first.extends_id:
        first = first.extends
    return first.activities_start_display or NOT_KNOWN


def regular_meetings_section(document: Document, *, year: int, language: str, **context) -> None:
    document.add(Heading(1, _("Regular meetings of the partners and the network")))
    events = network_selectors.year_events(year)
    if events.meetings:
        text = ngettext(
            "In %(year)s the integration and adaptation cooperation network held %(count)s regular meeting with "
            "the partners:",
            "In %(year)s the integration and adaptation cooperation network held %(count)s regular meetings with "
            "the partners:",
            len(events.meetings),
        )
        document.add(Paragraph(text % {"year": year, "count": len(events.meetings)}))
        document.add(Bullets([f"{e.when_display} — {place(e, language)}" for e in events.meetings]))
        _workshops_at_meetings(document, events.meetings)
        hosts = list(
            dict.fromkeys(e.host_municipality.name_in(language) for e in events.meetings if e.host_municipality)
        )
        if hosts:
            text = _(
                "The network also got to know how the host municipalities (%(hosts)s) organise "
                "their support for the target group."
            )
            document.add(Paragraph(text % {"hosts": join_names(hosts)}))
    else:
        document.add(Paragraph(_("No regular network meetings are recorded for %(year)s.") % {"year": year}))
    for workshop in events.workshops:
        title = workshop.text(language).title or workshop.get_type_display()
        text = _("Apart from the meetings, on %(date)s: %(title)s.")
        document.add(Paragraph(text % {"date": workshop.when_display, "title": title}))


def _workshops_at_meetings(document: Document, meetings: list) -> None:
    """The quarterly meetings' own workshops: a fact about the meetings, not the separate workshop events."""
    with_workshop = [e for e in meetings if e.includes_workshop]
    if not with_workshop:
        return
    what = _(
        "service-design workshops on the bottlenecks of the stages of the target group's adaptation journey map "
        "from the perspective of the municipality, the immigrant and the returnee, to find proposals for what "
        "should be changed centrally in the state"
    )
    if len(with_workshop) == len(meetings):
        document.add(Paragraph(_("The meetings also included %(what)s.") % {"what": what}))
    else:
        dates = join_names([e.when_display for e in with_workshop])
        document.add(Paragraph(_("The meetings of %(dates)s also included %(what)s.") % {"dates": dates, "what": what}))


def working_group_section(document: Document, *, year: int, language: str, **context) -> None:
    group = network_selectors.working_group_with_members()
    if group is None:
        return
    document.add(Heading(1, group.name_in(language)))
    members = [m for m in group.memberships.all() if m.year == year]
    for chair in (m for m in members if m.role == "chair"):
        text = _("Chair: %(name)s, %(position)s")
        document.add(Paragraph(text % {"name": chair.person.name, "position": chair.position_in(language)}))
    others = [m for m in members if m.role != "chair"]
    if others:
        document.add(Paragraph(_("Members of the working group:")))
        document.add(Bullets([f"{m.person.name}, {m.position_in(language)}" for m in others]))
    meetings = [e for e in group.meetings.all() if e.year == year]
    count_text = ngettext(
        "%(count)s meeting of the working group was held.",
        "%(count)s meetings of the working group were held.",
        len(meetings),
    ) % {"count": len(meetings)}
    dated = [e.when_display for e in meetings if e.start_date]
    if dated:  # a date nobody recorded is simply not printed
        count_text += " " + _("Dates: %(dates)s.") % {"dates": join_names(dated)}
    document.add(Paragraph(count_text))


def events_section(document: Document, *, year: int, language: str, **context) -> None:
    document.add(Heading(1, _("Network meetings and events")))
    listed = network_selectors.year_events(year).listed
    if not listed:
        document.add(Paragraph(_("No events are recorded for %(year)s.") % {"year": year}))
        return
    rows = [
        [event.when_display, place(event, language), event.get_type_display(), _event_title(event, language)]
        for event in listed
    ]
    document.add(Table(header=[_("Date"), _("Place"), _("Type"), _("Event")], rows=rows))


def _event_title(event, language: str) -> str:
    shown = event.text(language)
    title = shown.title or event.get_type_display()
    partners = ", ".join(o.name_in(language) for o in event.co_organisers.all())
    if partners:
        title += " " + _("(in cooperation with %(partners)s)") % {"partners": partners}
    if shown.audience:
        title += "; " + _("for: %(audience)s") % {"audience": shown.audience}
    return title
