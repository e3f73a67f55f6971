"""Following without an account: double opt-in in the person's language, one digest a day whatever the
number of changes, a one-click unsubscribe that deletes the address, and mail that waits for the worker."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from teekond.conftest import run_queued_tasks  # noqa: E402
from teekond.following.digest import digests_send
from teekond.following.models import Change, Digest, Follow, Follower
from teekond.following.services import follow_confirm, followers_purge
from teekond.journey.models import Bottleneck, Proposal
from teekond.journey.services import evidence_add, proposal_move

pytestmark = pytest.mark.django_db
ADDRESS = "lugeja@example.org"


def run_worker():
    run_queued_tasks()


def link(message, name: str) -> str:
    return re.search(rf"https?://[^\s]+/{name}/[^\s]+/", message.body).group(0)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.fixture
def adopted(coordinator):
    """A public proposal that the network adopted, ready to be sent (not sample content)."""
    proposal = Proposal.objects.filter(state="adopted").first() or Proposal.objects.filter(state="discussed").first()
    if proposal.state == "discussed":
        proposal_move(user=coordinator, proposal=proposal, to_state="adopted")
    return proposal


def follow(client, proposal, language="uk", email=ADDRESS):
    return client.post(f"/{language}/follow/", {"email": email, "kind": "proposal", "key": proposal.key})


def confirmed_follower(client, proposal, language="uk"):
    assert follow(client, proposal, language).status_code == 200
    run_worker()
    confirm_path = path_of(link(mail.outbox[-1], "confirm"))
    assert client.post(confirm_path).status_code == 200
    mail.outbox.clear()
    return Follower.objects.get(email=ADDRESS)


def test_double_opt_in_in_the_persons_language(client, adopted):
    response = follow(client, adopted, "uk")
    assert response.status_code == 200 and ADDRESS in response.content.decode()
    run_worker()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ADDRESS] and "Будь ласка" in message.subject  # Ukrainian
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    confirm = path_of(link(message, "confirm"))
    assert confirm.startswith("/uk/follow/confirm/")
    assert client.get(confirm).status_code == 200  # a mail scanner opening the link confirms nothing
    assert Follow.objects.get().confirmed_at is None
    assert client.post(confirm).status_code == 200
    assert Follow.objects.get().confirmed_at is not None


def test_nothing_is_sent_before_confirmation(client, adopted, coordinator):
    follow(client, adopted)
    proposal_move(user=coordinator, proposal=adopted, to_state="sent")
    assert digests_send(now=timezone.now()) == 0


def test_three_changes_in_a_day_make_exactly_one_digest(client, adopted, coordinator):
    follower = confirmed_follower(client, adopted, "ru")
    proposal_move(user=coordinator, proposal=adopted, to_state="sent", reference="1-7/9")
    proposal_move(user=coordinator, proposal=adopted, to_state="answered", answer_kind="accepted", answer_text="Jah")
    evidence_add(user=coordinator, bottleneck=adopted.bottlenecks.first(), what="Uus tähelepanek")
    now = timezone.now()
    assert digests_send(now=now) == 1
    assert digests_send(now=now + dt.timedelta(hours=1)) == 0  # the same day: nothing more
    run_worker()
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == [ADDRESS] and "3" in digest.subject
    assert "Что изменилось" in digest.body and "Орган ответил" in digest.body  # in Russian, as followed
    assert adopted.code in digest.body
    assert Digest.objects.get(follower=follower).changes == 3
    unsubscribe = path_of(link(digest, "unsubscribe"))
    assert digest.extra_headers["List-Unsubscribe"] == f"<{link(digest, 'unsubscribe')}>"
    assert client.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200  # RFC 8058 POST
    assert not Follower.objects.filter(email=ADDRESS).exists() and not Follow.objects.exists()


def test_the_next_days_changes_go_in_the_next_digest(client, adopted, coordinator):
    confirmed_follower(client, adopted)
    proposal_move(user=coordinator, proposal=adopted, to_state="sent")
    now = timezone.now()
    digests_send(now=now)
    proposal_move(user=coordinator, proposal=adopted, to_state="answered", answer_kind="rejected", answer_text="Ei")
    Change.objects.filter(kind="answer").update(happened_at=now + dt.timedelta(days=1))
    assert digests_send(now=now + dt.timedelta(days=1, hours=1)) == 1
    assert Digest.objects.count() == 2


def test_followers_of_a_stage_or_body_hear_of_its_proposals(client, adopted, coordinator):
    stage = adopted.bottlenecks.first().stage
    client.post("/en/follow/", {"email": ADDRESS, "kind": "stage", "key": stage.slug})
    run_worker()
    client.post(path_of(link(mail.outbox[-1], "confirm")))
    proposal_move(user=coordinator, proposal=adopted, to_state="sent")
    assert digests_send(now=timezone.now()) == 1


def test_internal_evidence_and_drafts_are_not_told(client, coordinator):
    bottleneck = Bottleneck.objects.current().first()
    client.post("/en/follow/", {"email": ADDRESS, "kind": "bottleneck", "key": bottleneck.key})
    run_worker()
    client.post(path_of(link(mail.outbox[-1], "confirm")))
    evidence_add(user=coordinator, bottleneck=bottleneck, what="Nimega juhtum", is_internal=True)
    assert digests_send(now=timezone.now()) == 0


def test_mail_queued_while_the_worker_is_down_is_sent_when_it_starts(client, adopted):
    follow(client, adopted)
    assert mail.outbox == []  # no worker yet: the message waits in the database
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.filter(status="READY").count() == 1
    run_worker()
    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1


def test_unconfirmed_addresses_are_deleted_after_two_days(client, adopted):
    follow(client, adopted)
    assert followers_purge(now=timezone.now()) == 0
    assert followers_purge(now=timezone.now() + dt.timedelta(hours=49)) == 1
    assert not Follower.objects.exists()


def test_a_confirmed_address_is_kept(client, adopted):
    confirmed_follower(client, adopted)
    assert followers_purge(now=timezone.now() + dt.timedelta(days=30)) == 0


def test_bad_requests_get_clear_answers(client, adopted):
    bad_address = client.post("/en/follow/", {"email": "not-an-address", "kind": "proposal", "key": adopted.key})
    assert bad_address.status_code == 400 and "valid email" in bad_address.content.decode()
    no_record = client.post("/en/follow/", {"email": ADDRESS, "kind": "proposal", "key": "no-such-key"})
    assert no_record.status_code == 400 and "no public record" in no_record.content.decode()
    draft = Proposal.objects.create(level="state")
    assert client.post("/en/follow/", {"email": ADDRESS, "kind": "proposal", "key": draft.key}).status_code == 400
    assert client.get("/en/follow/").status_code == 405
    assert client.get("/en/follow/confirm/nonsense/").status_code == 404
    assert client.post("/en/follow/unsubscribe/nonsense/").status_code == 200  # nothing to say about others


def test_bots_filling_the_honeypot_get_no_mail(client, adopted):
    response = client.post(
        "/en/follow/", {"email": ADDRESS, "kind": "proposal", "key": adopted.key, "website": "http://spam"}
    )
    assert response.status_code == 200 and not Follower.objects.exists()


def test_follow_requests_are_rate_limited(client, adopted):
    statuses = [follow(client, adopted, "en", f"lugeja{n}@example.org").status_code for n in range(11)]
    assert statuses[:10] == [200] * 10 and statuses[10] == 429


def test_one_address_cannot_be_flooded(client, adopted):
    other_clients = [follow(client, adopted, "en").status_code for _ in range(5)]
    assert other_clients == [200] * 5
    assert follow(client, adopted, "en").status_code == 429


def test_the_follow_form_on_public_pages_carries_no_token(client, adopted):
    page = client.get(f"/en/journey/proposals/{adopted.pk}/").content.decode()
    form = page[page.index('action="/en/follow/"') :]
    form = form[: form.index("</form>")]
    assert "csrfmiddlewaretoken" not in form  # the page can be cached for every visitor
    csrf_client = type(client)(enforce_csrf_checks=True)
    assert follow(csrf_client, adopted, "en").status_code == 200


def test_atom_feed_of_a_followed_record(client, adopted, coordinator):
    proposal_move(user=coordinator, proposal=adopted, to_state="sent")
    feed = client.get(f"/en/follow/feed/proposal/{adopted.key}.atom")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    assert "sent to the responsible body" in feed.content.decode()
    assert client.get("/en/follow/feed/proposal/nothing.atom").status_code == 404


def test_follow_confirm_twice_is_harmless(client, adopted):
    follow(client, adopted)
    token = Follow.objects.get().token
    first = follow_confirm(token=token).confirmed_at
    assert follow_confirm(token=token).confirmed_at == first


def test_every_followable_page_has_the_form_and_the_feed(client, adopted):
    bottleneck = adopted.bottlenecks.first()
    pages = {
        f"/en/journey/proposals/{adopted.pk}/": ("proposal", adopted.key),
        f"/en/journey/bottlenecks/{bottleneck.pk}/": ("bottleneck", bottleneck.key),
        f"/en/journey/stages/{bottleneck.stage.slug}/": ("stage", bottleneck.stage.slug),
        "/en/journey/bodies/siseministeerium/": ("body", "siseministeerium"),
    }
    for url, (kind, key) in pages.items():
        html = client.get(url).content.decode()
        assert f'name="kind" value="{kind}"' in html and f'name="key" value="{key}"' in html, url
        assert f"/en/follow/feed/{kind}/{key}.atom" in html, url
        assert client.get(f"/en/follow/feed/{kind}/{key}.atom").status_code == 200
