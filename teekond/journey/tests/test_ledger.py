"""The ledger of answers: a due date when a proposal is sent, the overdue mark on the right days, the body's
extension, reminders a week before and on the day (never twice), and the pages that show all of it."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone

from teekond.conftest import run_queued_tasks  # noqa: E402
from teekond.journey import ledger
from teekond.journey.models import Bottleneck, DueReminder, Proposal
from teekond.journey.selectors import body_ledger, body_ledgers, mark_waiting
from teekond.journey.services import proposal_due_extend, proposal_due_set, proposal_move, proposal_save, reminders_send
from teekond.network.models import Organisation

pytestmark = pytest.mark.django_db
SENT = dt.date(2026, 3, 2)


def run_worker():
    run_queued_tasks()


@pytest.fixture
def sent(member, coordinator):
    """A real (not sample) proposal to the Ministry of the Interior, sent on SENT."""
    proposal = proposal_save(
        user=member,
        fields={"level": "state", "responsible_body": Organisation.objects.get(name="Siseministeerium")},
        texts={"et": {"title": "Elukohateade inglise keeles"}},
        bottlenecks=[Bottleneck.objects.filter(stage__slug="residence-registration").first()],
    )
    for state, on in (("submitted", "2026-02-06"), ("discussed", "2026-02-07"), ("adopted", "2026-02-07")):
        proposal_move(user=coordinator, proposal=proposal, to_state=state, on=dt.date.fromisoformat(on))
    proposal_move(user=coordinator, proposal=proposal, to_state="sent", on=SENT, reference="1-7/42")
    return Proposal.objects.get(pk=proposal.pk)


def test_the_rule_is_the_act_in_force():
    assert ledger.ANSWER_DAYS == 30 and ledger.EXTENDED_MONTHS == 2
    assert ledger.ACT_SOURCE.startswith("https://www.riigiteataja.ee/")


def test_a_proposal_moved_to_sent_gets_its_due_date(sent):
    assert sent.answer_due == SENT + dt.timedelta(days=30) == dt.date(2026, 4, 1)
    assert sent.transitions.get(to_state="sent").details["answer_due"] == "2026-04-01"


def test_the_time_counts_from_the_bodys_registration(sent, coordinator):
    proposal_due_set(user=coordinator, proposal=sent, registered_on=dt.date(2026, 3, 4), answer_due=None)
    assert Proposal.objects.get(pk=sent.pk).answer_due == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    ("today", "overdue", "days_overdue", "days_left", "waiting"),
    [
        (dt.date(2026, 3, 31), False, None, 1, 29),
        (dt.date(2026, 4, 1), False, None, 0, 30),  # due today: not late yet
        (dt.date(2026, 4, 2), True, 1, None, 31),
        (dt.date(2026, 5, 1), True, 30, None, 60),
    ],
)
def test_the_overdue_mark_on_the_right_days(sent, today, overdue, days_overdue, days_left, waiting):
    marked = mark_waiting(sent, today)
    assert (marked.overdue, marked.days_overdue, marked.days_left, marked.waiting_days) == (
        overdue,
        days_overdue,
        days_left,
        waiting,
    )


def test_an_answered_proposal_is_never_overdue(sent, coordinator):
    proposal_move(
        user=coordinator,
        proposal=sent,
        to_state="answered",
        on=dt.date(2026, 4, 20),
        answer_kind="accepted",
        answer_text="Teeme ära",
    )
    answered = mark_waiting(Proposal.objects.get(pk=sent.pk), dt.date(2026, 6, 1))
    assert not answered.overdue and answered.days_to_answer() == 49


def test_the_body_extends_to_two_months_at_most_with_a_reason(sent, coordinator):
    with pytest.raises(ValidationError, match="reason"):
        proposal_due_extend(
            user=coordinator, proposal=sent, announced_on=dt.date(2026, 3, 20), new_due=dt.date(2026, 5, 2), reason=""
        )
    with pytest.raises(ValidationError, match="02.05.2026"):
        proposal_due_extend(
            user=coordinator,
            proposal=sent,
            announced_on=dt.date(2026, 3, 20),
            new_due=dt.date(2026, 5, 3),
            reason="Keeruline",
        )
    proposal_due_extend(
        user=coordinator,
        proposal=sent,
        announced_on=dt.date(2026, 3, 20),
        new_due=dt.date(2026, 5, 2),
        reason="Vajab kooskõlastamist",
    )
    extended = Proposal.objects.get(pk=sent.pk)
    assert (extended.answer_due, extended.extension_announced_on, extended.extension_reason) == (
        dt.date(2026, 5, 2),
        dt.date(2026, 3, 20),
        "Vajab kooskõlastamist",
    )
    assert not mark_waiting(extended, dt.date(2026, 4, 15)).overdue
    assert extended.history.first().history_change_reason == "Vajab kooskõlastamist"


def test_only_the_coordinator_changes_due_dates(sent, member):
    with pytest.raises(PermissionDenied):
        proposal_due_set(user=member, proposal=sent, registered_on=None, answer_due=dt.date(2026, 6, 1))


@pytest.fixture
def coordinators(coordinator, django_user_model):
    coordinator.email = "koordinaator@elvl.ee"
    coordinator.save()
    return [coordinator]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 3, 24), None),
        (dt.date(2026, 3, 25), "week-before"),
        (dt.date(2026, 3, 26), None),
        (dt.date(2026, 4, 1), "due-day"),
        (dt.date(2026, 4, 2), None),
    ],
)
def test_reminders_a_week_before_and_on_the_day(sent, coordinators, today, expected):
    assert reminders_send(today=today) == (1 if expected else 0)
    assert reminders_send(today=today) == 0  # run again the same day: nothing more
    run_worker()
    kinds = list(DueReminder.objects.filter(proposal=sent).values_list("kind", flat=True))
    assert kinds == ([expected] if expected else [])
    assert len(mail.outbox) == (1 if expected else 0)
    if expected:
        assert mail.outbox[0].to == ["koordinaator@elvl.ee"]
        assert sent.code in mail.outbox[0].subject and "01.04.2026" in mail.outbox[0].subject


def test_the_reminder_command_is_idempotent(sent, coordinators):
    call_command("reminders", today=dt.date(2026, 4, 1), stdout=None)
    call_command("reminders", today=dt.date(2026, 4, 1), stdout=None)
    assert DueReminder.objects.filter(proposal=sent).count() == 1


def test_a_moved_due_date_gets_its_own_reminders(sent, coordinators, coordinator):
    reminders_send(today=dt.date(2026, 3, 25))
    proposal_due_extend(
        user=coordinator,
        proposal=sent,
        announced_on=dt.date(2026, 3, 26),
        new_due=dt.date(2026, 4, 30),
        reason="Keeruline",
    )
    assert reminders_send(today=dt.date(2026, 4, 23)) == 1
    assert reminders_send(today=dt.date(2026, 4, 30)) == 1
    assert DueReminder.objects.filter(proposal=sent).count() == 3


def test_body_ledger_counts_real_proposals_and_lists_samples(sent, coordinator):
    proposal_move(
        user=coordinator,
        proposal=sent,
        to_state="answered",
        on=dt.date(2026, 3, 22),
        answer_kind="rejected",
        answer_text="Ei",
        answer_reasons="Raha pole",
    )
    ledger_page = body_ledger("siseministeerium", dt.date(2026, 12, 1))
    assert sent.pk in [p.pk for p in ledger_page.proposals]
    assert any(p.is_sample for p in ledger_page.proposals)  # the starter content is listed, marked
    assert ledger_page.answer_days == [20] and ledger_page.median_days == 20
    assert ledger_page.sample_count == len([p for p in ledger_page.proposals if p.is_sample])


def test_bodies_rank_by_overdue_then_open(sent):
    ranked = body_ledgers(dt.date(2026, 12, 1))
    assert ranked[0].body.slug == "siseministeerium" and len(ranked[0].overdue) == 1


def test_pages_show_due_date_and_overdue_mark(client, sent):
    late = (timezone.localdate() - SENT).days > 30
    for url in ("/en/journey/state/", f"/en/journey/proposals/{sent.pk}/", "/en/journey/bodies/siseministeerium/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "01.04.2026" in response.content.decode()
        assert ("overdue by" in response.content.decode()) == late, url
    bodies = client.get("/en/journey/bodies/")
    assert bodies.status_code == 200 and "Siseministeerium" in bodies.content.decode()
    assert "riigiteataja.ee" in bodies.content.decode()


def test_body_page_404_and_methods(client):
    assert client.get("/en/journey/bodies/no-such-body/").status_code == 404
    assert client.post("/en/journey/bodies/").status_code == 405


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("tartu_editor", 403), ("member", 403), ("anonymous", 302)],
)
def test_extension_form_by_role(as_persona, persona, status, sent):
    response = as_persona(persona).get(f"/en/journey/proposals/{sent.pk}/extension/")
    assert response.status_code == status


def test_extension_through_the_form(as_persona, sent):
    client = as_persona("coordinator")
    response = client.post(
        f"/en/journey/proposals/{sent.pk}/extension/",
        {"announced_on": "2026-03-20", "new_due": "2026-04-20", "reason": "Vajab analüüsi"},
    )
    assert response.status_code == 302
    assert Proposal.objects.get(pk=sent.pk).answer_due == dt.date(2026, 4, 20)
    bad = client.post(
        f"/en/journey/proposals/{sent.pk}/extension/",
        {"announced_on": "2026-03-20", "new_due": "2027-01-01", "reason": "x"},
    )
    assert bad.status_code == 200 and "two months" in bad.content.decode()
    assert client.get("/en/journey/proposals/999999/extension/").status_code == 404
    assert client.delete(f"/en/journey/proposals/{sent.pk}/due/").status_code == 405


def test_due_date_travels_in_the_export(sent, coordinator):
    from teekond.journey.exchange import export_data, import_data

    proposal_due_extend(
        user=coordinator,
        proposal=sent,
        announced_on=dt.date(2026, 3, 20),
        new_due=dt.date(2026, 4, 20),
        reason="Analüüs",
    )
    data = export_data()
    row = next(p for p in data["proposals"] if p["key"] == sent.key)
    assert row["answer_due"] == "2026-04-20" and row["extension"]["reason"] == "Analüüs"
    Proposal.objects.filter(pk=sent.pk).update(answer_due=None, extension_reason="")
    import_data({"proposals": [row]})
    again = Proposal.objects.get(pk=sent.pk)
    assert (again.answer_due, again.extension_reason) == (dt.date(2026, 4, 20), "Analüüs")
    older = {k: v for k, v in row.items() if k not in ("answer_due", "extension")}
    import_data({"proposals": [older]})  # a file from before the ledger still imports: 30 days from sending
    assert Proposal.objects.get(pk=sent.pk).answer_due == dt.date(2026, 4, 1)
