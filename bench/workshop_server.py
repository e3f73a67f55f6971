"""The server of the workshop bench (bench/workshop.py): a throwaway database, migrated and seeded, a workshop made
by `teekond workshop create`, and gunicorn with production settings on a free port of loopback."""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

# The README's production line has 3 workers; one thread each (gthread, for keep-alive) did better on two
# cores than 2 × 8 or 4 × 4 threads: the board's polls are CPU-bound Python, and threads share one GIL.
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
THREADS = int(os.environ.get("BENCH_THREADS", "1"))
KEEP_ALIVE = 5  # seconds gunicorn keeps an idle connection open


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def throwaway_postgres(url: str) -> tuple[str, str]:
    """A new database on the server DATABASE_URL names, so the benchmark never writes into a real one."""
    import psycopg

    name = f"teekond_bench_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}")), name


def drop_postgres(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command: list[str], env: dict) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command[2:])} failed:\n{done.stderr}")
    return done.stdout


def prepare(env: dict, create: list[str]) -> tuple[str, str]:
    """Migrate, seed, collect static files, add a coordinator; create the workshop (`create`: the arguments of
    `teekond workshop create`). Returns its code and the facilitator's token."""
    teekond = [sys.executable, "-m", "teekond.cli"]
    for command in (["migrate", "--noinput"], ["seed"], ["collectstatic", "--noinput"]):
        run(teekond + command, env)
    add_user = (
        "from teekond.accounts.models import User;"
        "User.objects.create_user('bench-koordinaator', role='coordinator', is_staff=True)"
    )
    run(teekond + ["shell", "-c", add_user], env)
    printed = run(teekond + ["workshop", "create", *create, "--facilitator", "bench-koordinaator"], env)
    lines = dict(line.split(": ", 1) for line in printed.splitlines() if ": " in line)
    return lines["code"], lines["token"]


def start_server(env: dict, log) -> tuple[subprocess.Popen, str]:
    port = free_port()
    gunicorn = [sys.executable, "-m", "gunicorn", "teekond.wsgi", "--bind", f"127.0.0.1:{port}", "--worker-class"]
    gunicorn += ["gthread", "--workers", str(WORKERS), "--threads", str(THREADS), "--keep-alive", str(KEEP_ALIVE)]
    server = subprocess.Popen(
        gunicorn,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, url
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def warm_up(base: str, code: str, rounds: int = 3 * WORKERS) -> None:
    """A few requests to the join page and the JSON interface before the clock starts, so that each worker has
    loaded its views and the interface's schema: a cold start on a loaded machine is not the board's speed."""
    parts = urlsplit(base)
    for path in (f"/et/w/{code}/", f"/api/v1/workshops/{code}/board") * rounds:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            connection.request("GET", path)
            connection.getresponse().read()
        except OSError:
            pass
        finally:
            connection.close()
