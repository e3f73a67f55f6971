"""Signing in (issue 14, finding 4): throttled by account and by address on every sign-in form, the admin's too,
with a clear message and no lock-out longer than the window; a second factor (TOTP app, recovery codes) that
coordinators must have and others may."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from teekond.accounts import signin
from teekond.core import ratelimit
from teekond.core.roles import Role

pytestmark = pytest.mark.django_db
PASSWORD = "pitk-ja-hea-parool-2026"


@pytest.fixture(autouse=True)
def no_wait_after_a_wrong_code(settings):
    """django-otp makes a device wait a second after a wrong code (and longer after more); a person typing the
    code again takes that long anyway, a test does not."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.fixture
def person(django_user_model):
    return django_user_model.objects.create_user("liige2", password=PASSWORD, role=Role.NETWORK_MEMBER)


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_user("juht", password=PASSWORD, role=Role.COORDINATOR, is_staff=True)


def sign_in(client, username, password, *, address="192.0.2.10", language="en"):
    return client.post(f"/{language}/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


# Throttling


def test_thirty_wrong_passwords_then_the_right_one_is_refused_with_a_clear_message(person):
    client = Client()
    for _attempt in range(30):
        assert sign_in(client, "liige2", "vale").status_code in (200, 429)
    refused = sign_in(client, "liige2", PASSWORD)
    assert refused.status_code == 429 and not signed_in(client)
    alert = BeautifulSoup(refused.content, "html.parser").select_one(".form-errors[role=alert]").get_text()
    assert "Too many failed sign-ins to this account. Wait 15 minutes, then try again." in alert
    estonian = sign_in(Client(), "liige2", PASSWORD, address="192.0.2.99", language="et")
    assert "Liiga palju ebaõnnestunud sisselogimisi" in estonian.content.decode()


def test_the_account_is_throttled_from_any_address_and_an_address_for_any_account(person, django_user_model):
    for attempt in range(signin.ACCOUNT_FAILURES):
        sign_in(Client(), "liige2", "vale", address=f"198.51.100.{attempt}")
    assert sign_in(Client(), "liige2", PASSWORD, address="198.51.100.200").status_code == 429
    for attempt in range(signin.ADDRESS_FAILURES):
        sign_in(Client(), f"keegi{attempt}", "vale", address="203.0.113.5")
    django_user_model.objects.create_user("teine", password=PASSWORD, role=Role.NETWORK_MEMBER)
    refused = sign_in(Client(), "teine", PASSWORD, address="203.0.113.5")
    assert refused.status_code == 429 and "from here" in refused.content.decode()
    assert sign_in(Client(), "teine", PASSWORD, address="203.0.113.6").status_code == 302


def test_the_real_person_waits_no_longer_than_the_window(person, monkeypatch):
    for _attempt in range(signin.ACCOUNT_FAILURES):
        sign_in(Client(), "liige2", "vale")
    assert sign_in(Client(), "liige2", PASSWORD).status_code == 429
    later = ratelimit.time.time() + signin.ACCOUNT_WINDOW + 1
    monkeypatch.setattr(ratelimit.time, "time", lambda: later)
    client = Client()
    assert sign_in(client, "liige2", PASSWORD).status_code == 302 and signed_in(client)


def test_a_successful_sign_in_forgets_the_failures(person):
    for _attempt in range(signin.ACCOUNT_FAILURES - 1):
        sign_in(Client(), "liige2", "vale")
    assert sign_in(Client(), "liige2", PASSWORD).status_code == 302
    for _attempt in range(signin.ACCOUNT_FAILURES - 1):
        sign_in(Client(), "liige2", "vale")
    assert sign_in(Client(), "liige2", PASSWORD).status_code == 302


def test_the_admin_signs_in_through_the_throttled_form_only(person, boss):
    client = Client()
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/et/login/")
    posted = client.post("/admin/login/", {"username": "juht", "password": PASSWORD})
    assert posted.status_code == 302 and not signed_in(client)
    for _attempt in range(signin.ACCOUNT_FAILURES):
        client.post(response["Location"], {"username": "juht", "password": "vale"})
    assert client.post(response["Location"], {"username": "juht", "password": PASSWORD}).status_code == 429


# The second factor


def test_a_coordinator_enrols_before_being_signed_in(boss):
    client = Client()
    response = sign_in(client, "juht", PASSWORD)
    assert response["Location"] == "/en/account/second-factor/" and not signed_in(client)
    assert client.get("/en/journey/").status_code in (200, 302) and not signed_in(client)
    page = client.get("/en/account/second-factor/")
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one(".qr svg") and soup.select_one(".qr")["aria-label"]
    secret = soup.select_one(".otp-secret").get_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{1,4})+", secret)
    device = TOTPDevice.objects.get(user=boss, confirmed=False)
    wrong = client.post("/en/account/second-factor/", {"action": "confirm", "code": "000000"})
    assert wrong.status_code == 400 and not signed_in(client)
    done = client.post("/en/account/second-factor/", {"action": "confirm", "code": code_for(device)})
    assert done.status_code == 200 and signed_in(client)
    codes = [item.get_text() for item in BeautifulSoup(done.content, "html.parser").select(".recovery-codes code")]
    assert len(codes) == signin.RECOVERY_CODES
    assert client.get("/admin/").status_code == 200  # verified: the admin opens


def test_with_a_device_the_password_alone_is_not_enough(boss):
    device = TOTPDevice.objects.create(user=boss, name="app", confirmed=True)
    client = Client()
    assert sign_in(client, "juht", PASSWORD)["Location"] == "/en/login/code/" and not signed_in(client)
    assert client.post("/en/login/code/", {"code": "123456"}).status_code == 400 and not signed_in(client)
    done = client.post("/en/login/code/", {"code": code_for(device)})
    assert done.status_code == 302 and done["Location"] == "/en/" and signed_in(client)
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(boss):
    TOTPDevice.objects.create(user=boss, name="app", confirmed=True)
    codes = signin.recovery_codes_renew(boss)
    client = Client()
    sign_in(client, "juht", PASSWORD)
    used = client.post("/en/login/code/", {"code": codes[0]}, follow=True)
    assert signed_in(client) and "9 are left" in used.content.decode()
    again = Client()
    sign_in(again, "juht", PASSWORD)
    assert again.post("/en/login/code/", {"code": codes[0]}).status_code == 400 and not signed_in(again)


def test_wrong_codes_are_throttled_too(boss):
    device = TOTPDevice.objects.create(user=boss, name="app", confirmed=True)
    client = Client()
    sign_in(client, "juht", PASSWORD)
    for _attempt in range(signin.CODE_FAILURES):
        client.post("/en/login/code/", {"code": "000000"})
    refused = client.post("/en/login/code/", {"code": code_for(device)})
    assert refused.status_code == 429 and not signed_in(client) and "Wait 15 minutes" in refused.content.decode()


def test_the_admin_asks_a_coordinator_for_the_second_factor(boss):
    client = Client()
    client.force_login(boss)  # a session signed in on no second factor
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_second_factor_is_optional_for_others(person):
    client = Client()
    assert sign_in(client, "liige2", PASSWORD).status_code == 302 and signed_in(client)
    client.get("/en/account/second-factor/")
    device = TOTPDevice.objects.get(user=person, confirmed=False)
    client.post("/en/account/second-factor/", {"action": "confirm", "code": code_for(device)})
    later = Client()
    assert sign_in(later, "liige2", PASSWORD)["Location"] == "/en/login/code/"
    client.post("/en/account/second-factor/", {"action": "remove"})
    assert not TOTPDevice.objects.filter(user=person).exists()
    assert sign_in(Client(), "liige2", PASSWORD).status_code == 302


def test_a_coordinator_cannot_remove_the_second_factor(boss, as_persona, coordinator):
    client = as_persona("coordinator")
    client.post("/en/account/second-factor/", {"action": "remove"})
    assert TOTPDevice.objects.filter(user=coordinator, confirmed=True).exists()


def test_a_person_made_coordinator_while_signed_in_signs_in_again_with_the_code(person):
    client = Client()
    sign_in(client, "liige2", PASSWORD)
    assert signed_in(client) and client.get("/en/journey/bottlenecks/new/").status_code == 403
    person.role = Role.COORDINATOR
    person.save()

    answer = client.get("/en/journey/bottlenecks/new/")

    assert answer.status_code == 302 and answer["Location"] == "/en/login/?next=%2Fen%2Fjourney%2Fbottlenecks%2Fnew%2F"
    assert not signed_in(client)
    page = client.get(answer["Location"]).content.decode()
    assert "Your role now needs the second factor: sign in again, with your code." in page
