"""The seeded test database, built once and cloned for every test session and worker.

Migrating and seeding takes tens of seconds, and every pytest worker, every database and the browser
tests' gunicorn need the same seeded data. So it is built once per *fingerprint* — a hash of everything
that can change what `migrate` and `seed` produce (the non-test Python, the migrations and the seed
data files) — in a separate process, and kept:

- for SQLite as a file under `data/test-cache/`, copied into each worker's in-memory test database
  with SQLite's backup API and into the browser tests' server directory;
- for PostgreSQL as a template database `seed_<database>_<fingerprint>`, from which each worker's test
  database is created with `CREATE DATABASE … TEMPLATE` (a file copy inside the server).

Builders take a file lock, so parallel workers wait for one build instead of racing.
"""

import fcntl
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import django

PACKAGE = Path(__file__).resolve().parent
CACHE_DIR = PACKAGE.parent / "data" / "test-cache"
_SEED_INPUTS = ("*.py", "*.json", "*.csv", "*.yaml", "*.yml", "*.toml", "*.md", "*.txt")


def fingerprint(*, extra: str = "") -> str:
    """A hash of what decides the seeded database's content; any change to it means a new build."""
    digest = hashlib.sha256(f"{django.get_version()} {sys.version_info[:2]} {extra}".encode())
    for path in sorted(_seed_inputs()):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _seed_inputs():
    for pattern in _SEED_INPUTS:
        for path in PACKAGE.rglob(pattern):
            parts = set(path.relative_to(PACKAGE).parts)
            if not parts & {"tests", "__pycache__", "templates", "static", "locale"} and path.name != "conftest.py":
                yield path


@contextmanager
def _lock(name: str):
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def teekond_command(*args: str, env: dict) -> str:
    """Run `teekond ARGS` in a fresh process (its own settings and connections); fail loudly.

    Returns what the command printed."""
    result = subprocess.run([sys.executable, "-m", "teekond.cli", *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"teekond {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


_NOT_PASSED_ON = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")


def command_environment(**overrides) -> dict:
    """This process's environment for a `teekond` command or server of its own: without the test session's
    database, settings module and async guard, plus `overrides`."""
    env = {k: v for k, v in os.environ.items() if k not in _NOT_PASSED_ON}
    env.update(overrides)
    return env


def production_environment(**overrides) -> dict:
    """The environment of the README's production server (DEBUG off), on its own SQLite file by default."""
    import secrets

    production = {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(40), "ALLOWED_HOSTS": "127.0.0.1"}
    return command_environment(**{**production, **overrides})


def _migrate_and_seed(database_url: str) -> None:
    env = command_environment(DATABASE_URL=database_url)
    teekond_command("migrate", "--noinput", env=env)
    teekond_command("seed", env=env)


def seeded_sqlite_file() -> Path:
    """The seeded SQLite file for the current code, built on first use."""
    path = CACHE_DIR / f"seed-{fingerprint(extra='sqlite')}.sqlite3"
    with _lock("sqlite"):
        if not path.exists():
            building = path.with_suffix(".building")
            building.unlink(missing_ok=True)
            _migrate_and_seed(f"sqlite:///{building}")
            with sqlite3.connect(building) as database:  # one self-contained file, no write-ahead log beside it
                database.execute("PRAGMA journal_mode=DELETE")
            building.rename(path)
            _forget_older(path, "seed-*.sqlite3")
    return path


def _forget_older(current: Path, pattern: str) -> None:
    for old in CACHE_DIR.glob(pattern):
        if old != current:
            old.unlink(missing_ok=True)


def copy_sqlite_into(connection, source: Path) -> None:
    """Fill an open SQLite connection (e.g. the in-memory test database) with the content of `source`."""
    with sqlite3.connect(source) as template:
        template.backup(connection.connection)


def postgres_template(connection) -> str:
    """The name of the seeded template database for the current code, built on first use.

    Named after the configured database too, so that checkouts testing against different databases on
    one server neither share nor drop each other's templates."""
    prefix = f"seed_{connection.settings_dict['NAME']}_"
    name = prefix + fingerprint(extra="postgresql")
    with _lock("postgresql"), connection.creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            building = f"{name}_building"
            cursor.execute(f'DROP DATABASE IF EXISTS "{building}"')
            cursor.execute(f'CREATE DATABASE "{building}"')
            _migrate_and_seed(_postgres_url(connection.settings_dict, building))
            cursor.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
            cursor.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [prefix])
            for (old,) in cursor.fetchall():
                if old != name:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{old}"')
    return name


def _postgres_url(settings_dict: dict, database: str) -> str:
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{database}"


def create_seeded_test_database(connection) -> None:
    """Point `connection` at a fresh test database holding the seeded data (instead of migrate + seed)."""
    from django.conf import settings

    creation = connection.creation
    test_name = creation._get_test_db_name()
    if connection.vendor == "sqlite":
        creation._create_test_db(verbosity=0, autoclobber=True)
    elif connection.vendor == "postgresql":
        template = postgres_template(connection)
        # Under the lock: PostgreSQL refuses to copy a template that another session is copying.
        with _lock("postgresql"), creation._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{test_name}"')
            cursor.execute(f'CREATE DATABASE "{test_name}" TEMPLATE "{template}"')
    else:
        raise RuntimeError(f"No seeded test database for {connection.vendor}")
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy_sqlite_into(connection, seeded_sqlite_file())


def collected_static(static_fingerprint: str, env: dict) -> Path:
    """The production build of the static files (hashed names, compressed copies), collected once."""
    path = CACHE_DIR / f"static-{static_fingerprint}"
    with _lock("static"):
        if not path.exists():
            building = CACHE_DIR / "static-building"
            shutil.rmtree(building, ignore_errors=True)
            data_dir = CACHE_DIR / "static-data"
            shutil.rmtree(data_dir, ignore_errors=True)
            teekond_command("collectstatic", "--noinput", env={**env, "TEEKOND_DATA_DIR": str(data_dir)})
            (data_dir / "static").rename(path)
            shutil.rmtree(data_dir, ignore_errors=True)
            for old in CACHE_DIR.glob("static-*"):
                if old != path and old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
    return path


def static_fingerprint() -> str:
    """A hash of our static files, the settings that process them and the packages that bring their own."""
    from importlib.metadata import version

    digest = hashlib.sha256(" ".join(version(p) for p in ("django", "django-ninja", "whitenoise")).encode())
    for path in sorted((PACKAGE / "static").rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    digest.update((PACKAGE / "settings.py").read_bytes())
    return digest.hexdigest()[:16]


def build_for_configured_database() -> None:
    """Build now what a test session on the configured database (DATABASE_URL) starts from, and the production
    server's static files. `pytest -n` runs this in the background (`teekond/conftest.py`), so that the
    workers start, collect and run the tests that need no database meanwhile instead of waiting for it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teekond.settings")
    django.setup()
    from django.db import connection

    if connection.vendor == "postgresql":
        postgres_template(connection)
        return
    # Each in a process of its own (the threads only wait): the two cores build both at once.
    with ThreadPoolExecutor(max_workers=2) as builds:
        static = builds.submit(collected_static, static_fingerprint(), production_environment())
        seeded_sqlite_file()
        static.result()


if __name__ == "__main__":
    build_for_configured_database()
