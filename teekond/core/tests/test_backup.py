"""`teekond backup` and `teekond restore` (issue 14, finding 13), as an operator runs them: a seeded SQLite
database with workshops, stuck reports, suggestions, second factors and history is backed up, restored into an
empty database and backed up again, and the two files hold the same tables, row for row.

On the suite's PostgreSQL run the restore goes into PostgreSQL (a database of its own, named after the suite's
and the worker: NAME_restoregw0), which is the move from the built-in SQLite to PostgreSQL; on the SQLite run
into another SQLite file. Each step is the real command in a process of its own, as in production."""

import json
import os
import shutil
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

from teekond import testing
from teekond.core.tests import backup_world

# One worker makes the round trip, once: the fixtures are the session's, so that tests of other modules the
# worker runs in between do not tear the round trip down and make it again.
pytestmark = pytest.mark.xdist_group("backup")


def _environment(data_dir, database_url=None) -> dict:
    database = {"DATABASE_URL": database_url} if database_url else {}
    return testing.command_environment(TEEKOND_DATA_DIR=str(data_dir), DEBUG="1", **database)


def teekond(env, *args, check=True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "teekond.cli", *args], env=env, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"teekond {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done


def _python(env, *args) -> str:
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="session")
def target(tmp_path_factory):
    """An empty database to restore into: PostgreSQL on the PostgreSQL run, an SQLite file otherwise."""
    place = tmp_path_factory.mktemp("restored")
    if connection.vendor != "postgresql":
        yield _environment(place, f"sqlite:///{place / 'restored.sqlite3'}"), "sqlite"
        return
    import psycopg

    url = urlsplit(os.environ["DATABASE_URL"])
    # Named after the worker too: should the grouping ever fail, two workers must not share one target.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    name = f"{url.path.lstrip('/') or 'teekond'}_restore{worker}"
    admin = urlunsplit(url._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    yield _environment(place, urlunsplit(url._replace(path=f"/{name}"))), "postgresql"
    with psycopg.connect(admin, autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def round_trip(tmp_path_factory, target):
    """Backed up from SQLite, restored into the target, backed up again: both files, and the target."""
    place = tmp_path_factory.mktemp("backup")
    source = _environment(place / "source")
    (place / "source").mkdir()
    # The seeded database as `migrate` and `seed` make it, built once per code version (teekond.testing).
    shutil.copyfile(testing.seeded_sqlite_file(), place / "source" / "teekond.sqlite3")
    _python(source, "-m", "teekond.core.tests.backup_world", "populate")
    first = teekond(source, "backup", "-o", str(place / "first.json"))
    target_env, _vendor = target
    restored = teekond(target_env, "restore", str(place / "first.json"))
    teekond(target_env, "backup", "-o", str(place / "second.json"))
    read = [json.loads((place / name).read_text()) for name in ("first.json", "second.json")]
    return {"first": read[0], "second": read[1], "place": place, "target": target_env, "logs": (first, restored)}


def _normalised(table: dict) -> list:
    # PostgreSQL hands JSON objects back with their keys in its own order: compare them sorted.
    return [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in table["rows"]]


def test_backup_restore_backup_gives_the_same_content(round_trip, target):
    first, second = round_trip["first"], round_trip["second"]
    assert first["database"] == "sqlite" and second["database"] == target[1]
    assert first["migrations"] == second["migrations"]
    assert sorted(first["tables"]) == sorted(second["tables"])
    for label, table in first["tables"].items():
        assert table["columns"] == second["tables"][label]["columns"], label
        assert _normalised(table) == _normalised(second["tables"][label]), label


def test_the_backup_holds_everything_the_issue_names(round_trip):
    tables = round_trip["first"]["tables"]
    for label in (
        "accounts.user",
        "accounts.historicaluser",
        "workshops.workshop",
        "workshops.note",
        "workshops.vote",
        "workshops.notegroup",
        "workshops.workshop_stages",
        "guide.stuckreport",
        "guide.historicalstuckreport",
        "spikker.suggestion",
        "spikker.feedback",
        "journey.comment",
        "journey.proposal_authors",
        "journey.historicalproposal",
        "otp_totp.totpdevice",
        "otp_static.statictoken",
    ):
        assert tables.get(label, {}).get("rows"), label
    users = dict(
        zip(tables["accounts.user"]["columns"], zip(*tables["accounts.user"]["rows"], strict=True), strict=True)
    )
    assert all(password.startswith(("pbkdf2_", "argon2", "bcrypt")) for password in users["password"] if password)
    assert "coordinator" in users["role"]
    assert "Restoring" in round_trip["logs"][1].stderr and "rows" in round_trip["logs"][1].stderr  # progress


def test_after_the_restore_an_author_still_acts_on_their_proposal(round_trip):
    check = (
        "from teekond.accounts.models import User; from teekond.journey.models import ProposalText;"
        "from teekond.journey import services;"
        f"author = User.objects.get(username={backup_world.AUTHOR!r});"
        f"proposal = ProposalText.objects.get(title={backup_world.PROPOSAL_TITLE!r}).proposal;"
        "services.proposal_move(user=author, proposal=proposal, to_state='withdrawn', reason='taganen');"
        "print(proposal.__class__.objects.get(pk=proposal.pk).state, author.check_password('pikk-parool-000'))"
    )
    assert teekond(round_trip["target"], "shell", "-v", "0", "-c", check).stdout.split() == ["withdrawn", "True"]


def test_new_rows_after_a_restore_get_new_ids(round_trip):
    # PostgreSQL's sequences start after the restored rows, so nothing collides with them.
    make = (
        "from teekond.journey.models import Comment, Proposal; from teekond.accounts.models import User;"
        "c = Comment.objects.create(proposal=Proposal.objects.first(), author=User.objects.first(), text='uus');"
        "print(c.pk)"
    )
    restored_ids = [row[0] for row in round_trip["first"]["tables"]["journey.comment"]["rows"]]
    assert int(teekond(round_trip["target"], "shell", "-v", "0", "-c", make).stdout) > max(restored_ids)


def test_a_database_with_data_is_refused(round_trip):
    refused = teekond(round_trip["target"], "restore", str(round_trip["place"] / "first.json"), check=False)
    assert refused.returncode != 0 and "The database is not empty" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_file_from_a_newer_teekond_is_refused(round_trip, tmp_path):
    newer = dict(round_trip["first"], migrations=[*round_trip["first"]["migrations"], ["journey", "9999_future"]])
    (tmp_path / "newer.json").write_text(json.dumps(newer))
    empty = _environment(tmp_path, f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    refused = teekond(empty, "restore", str(tmp_path / "newer.json"), check=False)
    assert refused.returncode != 0 and "written by a newer Teekond" in refused.stderr
    assert "journey.9999_future" in refused.stderr and "Traceback" not in refused.stderr
    not_a_backup = tmp_path / "other.json"
    not_a_backup.write_text('{"entries": []}')
    refused = teekond(empty, "restore", str(not_a_backup), check=False)
    assert refused.returncode != 0 and "not a Teekond backup" in refused.stderr
