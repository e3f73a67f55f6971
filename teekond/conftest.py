"""Shared test personas and the seeded database every test starts from (style.md habit 6)."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from teekond.core.permissions import needs_second_factor
from teekond.core.roles import Role
from teekond.network.models import Municipality


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed once; each test then runs inside its own rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("seed", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits, built documents and workshop boards live in caches; no test sees another's."""
    for alias in ("default", "boards", "seats"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def english_messages():
    """Service messages are asserted in English; a request in a test activates its own language."""
    translation.activate("en")
    yield
    translation.deactivate()


def _person(django_user_model, username, role="", municipality_slug=None, **extra):
    municipality = Municipality.objects.get(slug=municipality_slug) if municipality_slug else None
    # No password: tests sign in with force_login, and hashing one per test would dominate the run time.
    return django_user_model.objects.create_user(username=username, role=role, municipality=municipality, **extra)


@pytest.fixture
def coordinator(db, django_user_model):
    return _person(django_user_model, "koordinaator", Role.COORDINATOR, is_staff=True)


@pytest.fixture
def tartu_editor(db, django_user_model):
    return _person(django_user_model, "tartu", Role.MUNICIPALITY_EDITOR, "tartu-linn")


@pytest.fixture
def parnu_editor(db, django_user_model):
    return _person(django_user_model, "parnu", Role.MUNICIPALITY_EDITOR, "parnu-linn")


@pytest.fixture
def facilitator(db, django_user_model):
    return _person(django_user_model, "fasilitaator", Role.FACILITATOR)


@pytest.fixture
def member(db, django_user_model):
    return _person(django_user_model, "liige", Role.NETWORK_MEMBER)


PERSONAS = ["coordinator", "tartu_editor", "parnu_editor", "facilitator", "member", "anonymous"]


@pytest.fixture
def as_persona(request, db):
    """A client signed in as the named persona ("anonymous" stays signed out)."""

    def sign_in(name: str) -> Client:
        client = Client()
        if name != "anonymous":
            user = request.getfixturevalue(name)
            client.force_login(user)
            if needs_second_factor(user):
                verified_with_second_factor(client, user)
        return client

    return sign_in


def verified_with_second_factor(client: Client, user) -> None:
    """The session as if the person had given their second factor after the password (accounts.signin), which
    coordinators must: force_login alone signs in on no factor at all."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _made = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


# Browser tests: Teekond served by gunicorn with production settings from its own seeded SQLite file,
# driven by Debian's Chromium through Playwright.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_COORDINATOR = ("brauser-koordinaator", "a-long-browser-test-password")
# The browser coordinator's authenticator app: a code every second, so that sign-ins one after another each
# have a code of their own (a code is accepted once), taken for 30 s either way, so that a busy machine that
# answers the form slowly still finds the code current.
BROWSER_TOTP_KEY = "3132333435363738393031323334353637383930"


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def production_server(tmp_path_factory):
    import os
    import secrets
    import subprocess
    import sys
    import time
    import urllib.request

    data_dir = tmp_path_factory.mktemp("teekond-data")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(
        DEBUG="0", SECRET_KEY=secrets.token_urlsafe(40), ALLOWED_HOSTS="127.0.0.1", TEEKOND_DATA_DIR=str(data_dir)
    )
    teekond = [sys.executable, "-m", "teekond.cli"]
    for command in (["migrate", "--noinput"], ["seed"], ["collectstatic", "--noinput"]):
        subprocess.run(teekond + command, env=env, check=True, capture_output=True)
    username, password = BROWSER_COORDINATOR
    create_user = (
        "from teekond.accounts.models import User;"
        "from django_otp.plugins.otp_totp.models import TOTPDevice;"
        f"user = User.objects.create_user({username!r}, password={password!r}, role='coordinator', is_staff=True);"
        f"TOTPDevice.objects.create(user=user, name='browser', key={BROWSER_TOTP_KEY!r}, step=1, tolerance=30,"
        " confirmed=True)"
    )
    subprocess.run(teekond + ["shell", "-c", create_user], env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "teekond.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        raise RuntimeError(f"gunicorn did not start: {server.stderr.read().decode()}")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    import os

    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make test does).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


_last_code_step = [0]


def browser_totp_code() -> str:
    """The code the browser coordinator's app shows now; a new second's code when this one was used."""
    import time

    from django_otp.oath import totp

    while int(time.time()) <= _last_code_step[0]:
        time.sleep(0.05)
    _last_code_step[0] = int(time.time())
    return f"{totp(bytes.fromhex(BROWSER_TOTP_KEY), step=1, t0=0, digits=6):06d}"


def sign_in_browser(page, base_url: str, language: str = "et") -> None:
    username, password = BROWSER_COORDINATOR
    page.goto(f"{base_url}/{language}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base_url}/{language}/login/code/")
    page.fill("#id_code", browser_totp_code())
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base_url}/{language}/")
