"""A seeded database with a life of its own, for the backup round trip (test_backup.py runs this in a process of
its own): people with passwords, roles and a second factor, a proposal its author may still withdraw, a workshop
with notes, groups and votes, stuck reports, suggestions and feedback, comments, supports, and their history."""

import os
import sys

AUTHOR, PROPOSAL_TITLE = "autor", "Varundamise ettepanek"


def populate() -> None:
    from teekond.journey.models import Bottleneck
    from teekond.workshops import services as workshops
    from teekond.workshops.models import Phase

    coordinator, tartu, facilitator, author = _people()
    bottleneck = Bottleneck.objects.current().first()
    _proposal(author, coordinator, bottleneck)

    workshop, _token = workshops.workshop_create(
        user=facilitator,
        title="Varundamise töötuba",
        stages=bottleneck.stage.__class__.objects.filter(pk=bottleneck.stage_id),
        perspectives=bottleneck.perspective.__class__.objects.filter(pk=bottleneck.perspective_id),
    )
    seat, _token = workshops.participant_join(workshop=workshop, name="Mari", municipality="tartu-linn")
    workshops.phase_set(actor=facilitator, workshop=workshop, phase=Phase.COLLECT)
    cell = {"stage": bottleneck.stage.slug, "perspective": bottleneck.perspective.slug}
    note = workshops.note_post(participant=seat, text="Järjekord on pikk", **cell)
    workshops.phase_set(actor=facilitator, workshop=workshop, phase=Phase.GROUP)
    group = workshops.group_create(actor=facilitator, workshop=workshop, title="Järjekorrad", note_ids=[note.pk])
    workshops.phase_set(actor=facilitator, workshop=workshop, phase=Phase.VOTE)
    workshops.vote_cast(participant=seat, target_id=f"g{group.pk}")

    _reports(tartu)


def _people():
    from teekond.accounts.models import User
    from teekond.core.roles import Role
    from teekond.network.models import Municipality

    coordinator = User.objects.create_user(
        "koordinaator", password="pikk-parool-123", role=Role.COORDINATOR, is_staff=True
    )
    tartu = Municipality.objects.get(slug="tartu-linn")
    User.objects.create_user("tartu", password="pikk-parool-456", role=Role.MUNICIPALITY_EDITOR, municipality=tartu)
    facilitator = User.objects.create_user("fasilitaator", password="pikk-parool-789", role=Role.FACILITATOR)
    author = User.objects.create_user(AUTHOR, password="pikk-parool-000", role=Role.NETWORK_MEMBER)
    _second_factor(coordinator)
    return coordinator, tartu, facilitator, author


def _proposal(author, coordinator, bottleneck) -> None:
    from teekond.journey import services as journey

    proposal = journey.proposal_save(
        user=author,
        fields={"level": "municipality"},
        texts={"et": {"title": PROPOSAL_TITLE, "body": "Ühe failiga"}},
        bottlenecks=[bottleneck],
        reason="kirjutatud",
    )
    journey.proposal_move(user=author, proposal=proposal, to_state="submitted", reason="esitatud")
    journey.comment_add(user=coordinator, proposal=proposal, text="Arutame järgmisel kohtumisel.")


def _reports(tartu) -> None:
    """A stuck report, a suggestion and an answer to "Was this helpful?"."""
    from teekond.guide.services import stuck
    from teekond.journey.models import Step
    from teekond.spikker.models import Entry, LifeArea
    from teekond.spikker.services import feedback

    step = Step.objects.select_related("stage").get(key="residence-notice")
    stuck.stuck_report_send(
        municipality=tartu,
        step=step,
        situation="temporary-protection",
        language="uk",
        text="Чекала 3 тижні.",
        client_address="203.0.113.1",
    )
    feedback.suggestion_send(
        situation="Kas kingad võetakse ära?", language="et", area=LifeArea.objects.first(), client_address="203.0.113.2"
    )
    feedback.feedback_give(
        entry=Entry.objects.published().first(), helpful=True, language="en", client_address="203.0.113.3"
    )


def _second_factor(user) -> None:
    """A TOTP device and recovery codes, when the second factor is installed."""
    try:
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice
    except ImportError:
        return
    TOTPDevice.objects.create(user=user, name="telefon", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="varukoodid")
    recovery.token_set.create(token="varu1234")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teekond.settings")
    import django

    django.setup()
    {"populate": populate}[sys.argv[1]]()
