"""The integration section of ELVL's annual activity report, generated from the data.

The sections follow the 2025 report (shared/seed): partnership agreements, regular meetings of the
partners and the network, the working group, and the network's meetings and events. Later
capabilities (journey map, spikker) add their sections to `SECTIONS`.
"""

import datetime as dt
from collections.abc import Callable

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.dates import format_date
from teekond.journey import selectors as journey_selectors
from teekond.network.models import AgreementStatus, Event, EventType, PartnerAgreement, WorkingGroup
from teekond.network.selectors import events_of_year, working_group_with_members
from teekond.reports.document import Bullets, Document, Heading, Paragraph, Table
from teekond.statistics.report import figures_section

REPORT_LANGUAGES = ("et", "en")


def build_annual_report(year: int, language: str = "et") -> Document:
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"The report is written in {' or '.join(REPORT_LANGUAGES)}, not {language!r}.")
    with translation.override(language):
        document = Document(title=_("Integration — activity report %(year)s") % {"year": year}, language=language)
        events = list(events_of_year(year))
        for section in SECTIONS:
            section(document, year=year, events=events, language=language)
    return document


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def _place(event: Event) -> str:
    if not event.town:
        return _("place not recorded")
    return event.town if event.country == "EE" else f"{event.town} ({event.country})"


def partnership_section(document: Document, *, year: int, **context) -> None:
    document.add(Heading(1, _("Partnership agreements")))
    agreements = list(
        PartnerAgreement.objects.select_related("municipality", "extends__extends").order_by("activities_start", "pk")
    )
    extended = [a for a in agreements if a.is_extension and a.concluded and a.concluded.year == year]
    if extended:
        by_start = sorted(extended, key=lambda a: a.extends.activities_start or dt.date.max)
        names = _join([a.municipality.name for a in by_start])
        document.add(
            Paragraph(
                _("In %(year)s the partnership agreements with %(names)s were extended.")
                % {"year": year, "names": names}
            )
        )
    _new_agreements(document, agreements, year)
    if not extended and not any(_is_new_in(a, year) for a in agreements):
        document.add(Paragraph(_("No partnership agreement was concluded or extended in %(year)s.") % {"year": year}))
    in_force = [a for a in agreements if a.status == AgreementStatus.ACTIVE]
    if in_force:
        document.add(
            Table(
                header=[_("Municipality"), _("Partner since"), _("Agreement in force until"), _("Source")],
                rows=[[a.municipality.name, _partner_since(a), a.ends_display or "—", a.source] for a in in_force],
            )
        )


def _is_new_in(agreement: PartnerAgreement, year: int) -> bool:
    if agreement.is_extension:
        return False
    if agreement.negotiated_in in (year - 1, year):
        return True
    return agreement.activities_start is not None and agreement.activities_start.year == year


def _new_agreements(document: Document, agreements, year: int) -> None:
    new = [a for a in agreements if _is_new_in(a, year)]
    by_negotiation_year: dict[int | None, list[PartnerAgreement]] = {}
    for agreement in new:
        by_negotiation_year.setdefault(agreement.negotiated_in, []).append(agreement)
    for negotiated_in, group in by_negotiation_year.items():
        parts = _join(
            [
                _("%(name)s (activities started %(date)s)")
                % {"name": a.municipality.name, "date": a.activities_start_display}
                if a.activities_start
                else a.municipality.name
                for a in group
            ]
        )
        if negotiated_in:
            text = _(
                "As a result of the negotiations of %(year)s, partnership agreements were concluded with %(parts)s."
            )
            document.add(Paragraph(text % {"year": negotiated_in, "parts": parts}))
        else:
            document.add(Paragraph(_("New partnership agreements: %(parts)s.") % {"parts": parts}))


def _partner_since(agreement: PartnerAgreement) -> str:
    first = agreement
    while first.extends_id:
        first = first.extends
    return first.activities_start_display or "—"


def regular_meetings_section(document: Document, *, year: int, events: list[Event], **context) -> None:
    document.add(Heading(1, _("Regular meetings of the partners and the network")))
    meetings = [e for e in events if e.type == EventType.NETWORK_MEETING]
    if not meetings:
        document.add(Paragraph(_("No regular network meetings are recorded for %(year)s.") % {"year": year}))
        return
    document.add(
        Paragraph(
            ngettext(
                "In %(year)s the integration and adaptation cooperation network held "
                "%(count)s regular meeting with the partners:",
                "In %(year)s the integration and adaptation cooperation network held "
                "%(count)s regular meetings with the partners:",
                len(meetings),
            )
            % {"year": year, "count": len(meetings)}
        )
    )
    document.add(Bullets([f"{e.when_display} — {_place(e)}" for e in meetings]))
    workshops = [e for e in events if e.type == EventType.WORKSHOP]
    if workshops:
        dates = _join([e.when_display for e in workshops])
        document.add(
            Paragraph(
                _(
                    "The meetings included service-design workshops on the bottlenecks of the adaptation "
                    "journey map's stages from the perspective of the municipality, the immigrant and the "
                    "returnee, to find proposals for what should be changed centrally in the state (%(dates)s)."
                )
                % {"dates": dates}
            )
        )
    hosts = list(dict.fromkeys(e.host_municipality.name for e in meetings if e.host_municipality))
    if hosts:
        document.add(
            Paragraph(
                _(
                    "The network also got to know how the host municipalities (%(hosts)s) organise "
                    "their support for the target group."
                )
                % {"hosts": _join(hosts)}
            )
        )


def working_group_section(document: Document, *, year: int, **context) -> None:
    group: WorkingGroup | None = working_group_with_members()
    if group is None:
        return
    document.add(Heading(1, group.name))
    members = [m for m in group.memberships.all() if m.year == year]
    chairs = [m for m in members if m.role == "chair"]
    others = [m for m in members if m.role != "chair"]
    for chair in chairs:
        document.add(
            Paragraph(_("Chair: %(name)s, %(position)s") % {"name": chair.person.name, "position": chair.position})
        )
    if others:
        document.add(Paragraph(_("Members of the working group:")))
        document.add(Bullets([f"{m.person.name}, {m.position}" for m in others]))
    meetings = [e for e in group.meetings.all() if e.year == year]
    count_text = ngettext(
        "%(count)s meeting of the working group was held.",
        "%(count)s meetings of the working group were held.",
        len(meetings),
    ) % {"count": len(meetings)}
    dated = [e.when_display for e in meetings if e.start_date]
    if dated:
        count_text += " " + _("Dates: %(dates)s.") % {"dates": _join(dated)}
    elif meetings:
        count_text += " " + _("The date is not recorded in the source.")
    document.add(Paragraph(count_text))


def events_section(document: Document, *, year: int, events: list[Event], language: str, **context) -> None:
    document.add(Heading(1, _("Network meetings and events")))
    listed = [e for e in events if e.type != EventType.WORKING_GROUP_MEETING]
    if not listed:
        document.add(Paragraph(_("No events are recorded for %(year)s.") % {"year": year}))
        return
    rows = []
    for event in listed:
        shown = event.text(language)
        partners = ", ".join(o.name for o in event.co_organisers.all())
        title = shown.title or event.get_type_display()
        if partners:
            title += " " + _("(in cooperation with %(partners)s)") % {"partners": partners}
        if shown.audience:
            title += "; " + _("for: %(audience)s") % {"audience": shown.audience}
        rows.append([event.when_display, _place(event), event.get_type_display(), title])
    document.add(Table(header=[_("Date"), _("Place"), _("Type"), _("Event")], rows=rows))


def journey_section(document: Document, *, year: int, language: str, **context) -> None:
    figures = journey_selectors.year_figures(year)
    document.add(
        Heading(
            1,
            _(
                "Stages of the target groups' adaptation journey map, bottlenecks from the perspective of the "
                "municipality, the immigrant and the returnee, and solution proposals"
            ),
        )
    )
    if not figures.stages:
        document.add(Paragraph(_("The adaptation journey map has not been compiled yet.")))
        return
    document.add(
        Paragraph(
            ngettext(
                "The network's adaptation journey map has %(count)s stage: %(stages)s.",
                "The network's adaptation journey map has %(count)s stages: %(stages)s.",
                len(figures.stages),
            )
            % {"count": len(figures.stages), "stages": ", ".join(s.text(language).title for s in figures.stages)}
        )
    )
    document.add(Paragraph(_("Bottlenecks by perspective (open of all recorded):")))
    document.add(
        Bullets(
            [
                f"{p.text(language).name}: {open_count} / {total}"
                for p, open_count, total in figures.bottlenecks_by_perspective
            ]
        )
    )
    document.add(
        Table(
            header=[_("Level"), _("Proposals by state")],
            rows=[
                [level, ", ".join(f"{label} {n}" for label, n in states) or "—"]
                for level, states in figures.proposals_by_level
            ],
        )
    )
    _state_proposals(document, figures, year, language)


def _state_proposals(document: Document, figures, year: int, language: str) -> None:
    if figures.sent:
        document.add(Paragraph(_("Proposals sent to the state in %(year)s:") % {"year": year}))
        document.add(
            Bullets(
                [
                    f"{p.code} {p.text(language).title} — {p.responsible_body.name if p.responsible_body else '—'}, "
                    f"{format_date(p.sent_on)}"
                    for p in figures.sent
                ]
            )
        )
    if figures.answered:
        document.add(Paragraph(_("Answers received from the state in %(year)s:") % {"year": year}))
        document.add(
            Bullets(
                [
                    f"{p.code} {p.text(language).title} — {p.get_answer_kind_display()} ({format_date(p.answered_on)})"
                    for p in figures.answered
                ]
            )
        )
    if not figures.sent and not figures.answered:
        document.add(Paragraph(_("No proposal was sent to the state or answered by it in %(year)s.") % {"year": year}))
    if any(p.is_sample for p in figures.sent + figures.answered):
        document.add(Paragraph(_("Note: the map still contains sample proposals for coordinators to replace.")))


SECTIONS: list[Callable] = [
    journey_section,
    partnership_section,
    regular_meetings_section,
    working_group_section,
    events_section,
    figures_section,  # teekond.statistics: charts with their tables
]


def report_filename(year: int, language: str, fmt: str) -> str:
    return f"teekond-aruanne-{year}-{language}.{fmt}"
