"""Shared test personas and the seeded database every test starts from (style.md habit 6)."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import translation

from teekond import testing
from teekond.core.permissions import needs_second_factor
from teekond.core.roles import Role
from teekond.network.models import Municipality


def pytest_configure(config):
    """Parallel workers take seconds to start and collect: the seeded database they start from is built in
    the background meanwhile (`teekond/testing.py`; a worker that needs it first waits for it under a lock)."""
    if config.getoption("numprocesses", None) and not hasattr(config, "workerinput"):
        import subprocess
        import sys

        config.stash[_SEED_BUILD] = subprocess.Popen([sys.executable, "-m", "teekond.testing"])


def pytest_unconfigure(config):
    build = config.stash.get(_SEED_BUILD, None)
    if build is not None and build.wait() != 0:
        raise pytest.UsageError("Building the seeded test database failed (its error is printed above).")


_SEED_BUILD = pytest.StashKey()
_LONG_SET_UP = {"production_server", "browser"}


def pytest_collection_modifyitems(config, items):
    """A test that drives the README's production server (which runs on its own seeded SQLite file, whatever
    DATABASE_URL says) or only a browser does the same on every database: it is marked `production_server`, and
    CI's PostgreSQL pass leaves it to the SQLite pass (`.ci/run`).

    In a parallel worker the order is the order tests are handed out in (`make test` keeps it, with
    `--no-loadscope-reorder`): first the tests that need no database, while the seeded one is still being
    built; then a test that mostly waits (`mostly_waits`), while schemathesis, beside the workers, can use
    the core it leaves idle; then the long ones (the shared set-ups of an `xdist_group`, browser, production
    server); then the rest, so that no worker is left with a long test at the end while the other has nothing
    to do."""
    for item in items:
        if _LONG_SET_UP & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.production_server)
    if hasattr(config, "workerinput"):  # a parallel worker; a single process keeps the files' order
        items.sort(key=_run_order)


def _run_order(item) -> int:
    fixtures = set(getattr(item, "fixturenames", ()))
    if item.get_closest_marker("mostly_waits"):
        return 1
    if _LONG_SET_UP & fixtures or item.get_closest_marker("xdist_group"):
        return 2
    if item.get_closest_marker("django_db") or {"db", "transactional_db", "django_db_setup"} & fixtures:
        return 3
    return 0


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The seeded database, cloned from one build per code version (`teekond/testing.py`) instead of
    migrating and seeding in every session; each test then runs inside its own rolled-back transaction."""
    from django.db import connection

    with django_db_blocker.unblock():
        original_name = connection.settings_dict["NAME"]
        testing.create_seeded_test_database(connection)
    yield
    with django_db_blocker.unblock():
        connection.creation.destroy_test_db(original_name, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def test_process_settings(tmp_path_factory):
    """Each test session (and each parallel worker) keeps its file caches apart: one worker clearing a
    cache for its test must not reset another worker's rate limits, pages or content version in the middle
    of its test."""
    from django.conf import settings
    from django.test import override_settings

    caches_here = {alias: dict(config) for alias, config in settings.CACHES.items()}
    for alias, config in caches_here.items():
        if config["BACKEND"].endswith("FileBasedCache"):
            config["LOCATION"] = str(tmp_path_factory.mktemp(f"cache-{alias}"))
    # A fast hash in the test process: sign-in tests hash dozens of passwords, and what they test is the
    # throttling, not the hash (the production server of the browser tests and the backup keep the real one).
    fast_hash = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every test client loads the middleware anew, and WhiteNoise would list every static file each time (a
    # fiftieth of a second, over a thousand times a run); looked up when asked for instead, as in development.
    # No test asks the test client for a static file: the production server's tests serve them as deployed.
    with override_settings(CACHES=caches_here, PASSWORD_HASHERS=fast_hash, WHITENOISE_AUTOREFRESH=True):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits, built documents, workshop boards and public pages live in caches; no test sees another's.

    Clearing the page cache also drops the content version: the last test's writes were rolled back
    without changing it, so pages stored under it must not be served to the next test."""
    for alias in ("default", "boards", "seats", "pages"):
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


def run_queued_tasks() -> None:
    """Run the mail queue's worker over everything queued, as `teekond db_worker --batch` does.

    The worker closes a database connection it thinks stale between tasks; inside a test's transaction
    (not in autocommit) that would end the transaction on PostgreSQL, so here it keeps the connection,
    as Django's test client does for requests. Everything else is the real worker on the real queue.
    """
    from unittest import mock

    from django.core.management import call_command

    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


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
    import shutil

    data_dir = tmp_path_factory.mktemp("teekond-data")
    env = testing.production_environment(TEEKOND_DATA_DIR=str(data_dir))
    shutil.copyfile(testing.seeded_sqlite_file(), data_dir / "teekond.sqlite3")
    (data_dir / "static").symlink_to(testing.collected_static(testing.static_fingerprint(), env))
    username, password = BROWSER_COORDINATOR
    create_user_and_workshop = (
        "from teekond.accounts.models import User;"
        "from django_otp.plugins.otp_totp.models import TOTPDevice;"
        f"user = User.objects.create_user({username!r}, password={password!r}, role='coordinator', is_staff=True);"
        f"TOTPDevice.objects.create(user=user, name='browser', key={BROWSER_TOTP_KEY!r}, step=1, tolerance=30,"
        " confirmed=True);"
        + _WORKSHOP_CREATE.format(facilitator=username)
    )
    printed = testing.teekond_command("shell", "-c", create_user_and_workshop, env=env)
    _PRODUCTION_WORKSHOP.update(line.split(": ", 1) for line in printed.splitlines() if ": " in line)
    server, url = _started_gunicorn(env)
    yield url
    server.terminate()
    server.wait(timeout=10)


def _started_gunicorn(env: dict):
    """gunicorn serving Teekond on a free port, once it answers its health check."""
    import subprocess
    import sys
    import time
    import urllib.request

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
            return server, url
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"gunicorn did not start: {server.stderr.read().decode()}")


# A live workshop on the production server's board, made once with `teekond workshop create` (see
# `production_workshop`): pages of every type can then be checked, the participant's board included.
_PRODUCTION_WORKSHOP: dict = {}
WORKSHOP_STAGES = "residence-registration,personal-code,children-kindergarten-school"


# In the same `teekond shell` as the coordinator: one Django start-up fewer. Prints "code: …" and "token: …".
_WORKSHOP_CREATE = (
    "from django.core.management import call_command;"
    "call_command('workshop', 'create', '--title', 'Kohanemise töötuba', '--facilitator', {facilitator!r},"
    f" '--stages', {WORKSHOP_STAGES!r}, '--perspectives', 'kov,immigrant,returnee', '--prefill')"
)


@pytest.fixture(scope="session")
def production_workshop(production_server):
    """The code of a workshop on the production server, in the phase of collecting notes."""
    import json
    import urllib.request

    code, token = _PRODUCTION_WORKSHOP["code"], _PRODUCTION_WORKSHOP["token"]
    request = urllib.request.Request(
        f"{production_server}/api/v1/workshops/{code}/phase",
        data=json.dumps({"phase": "collect"}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=10)
    return code


@pytest.fixture(scope="session")
def browser():
    import os

    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make test does).")
    # Playwright's synchronous API keeps an event loop in this thread for as long as it runs, and Django
    # then refuses database calls from this worker's later tests as if they came from async code. Teekond has
    # no async code (it is served over WSGI), so the guard has nothing to catch here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


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
