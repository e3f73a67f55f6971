"""Public pages against a static file, under the README's production server, in one run and one table.

Starts gunicorn as the README deploys it (3 gthread workers of one thread, DEBUG=0) on a seeded SQLite
file of its own, then drives it with wrk over loopback only: a static file served by the same server (the
limit) and every public page, each at 8 and at 32 connections for BENCH_SECONDS (default 10) with
`Accept-Encoding: br, gzip`, as a browser asks. The table gives req/s, p50/p99, each page's req/s as a
share of the static file's, and each page's bytes plain and brotli/gzip-compressed. Then 200 clients for
BENCH_MIX_SECONDS (default 60) on a mix of the public pages and a live workshop board's JSON interface.
Every wrk run is bounded in time and stops by itself. Run with `make bench`, or alone:

    .venv/bin/python bench/pages.py
    BENCH_SECONDS=3 BENCH_MIX_SECONDS=10 .venv/bin/python bench/pages.py
"""

import json
import os
import platform
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
MIX_SECONDS = int(os.environ.get("BENCH_MIX_SECONDS", "60"))
MIX_CLIENTS = 200
CONNECTIONS = (8, 32)
WRK_SCRIPT = Path(__file__).with_name("wrk.lua")
PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
PAGES = [
    ("home", "/et/"),
    ("guide chooser", "/et/guide/"),
    ("the plan", PLAN),
    ("journey map", "/et/journey/"),
    ("a stage", "/en/journey/stages/{stage}/"),
    ("a proposal", "/en/journey/proposals/3/"),
    ("proposals tracker", "/en/journey/state/"),
    ("spikker index", "/et/spikker/"),
    ("a spikker entry", "/en/spikker/kindergarten-queue-early/"),
    ("spikker search page", "/et/spikker/search/?q=registreerisin%20elukoha"),
    ("spikker search API", "/api/v1/spikker/search?q=lasteaed&lang=en"),
    ("partners", "/et/partners/"),
    ("calendar", "/en/calendar/"),
    ("working group", "/uk/working-group/"),
    ("municipalities", "/et/municipalities/"),
    ("a municipality", "/et/municipalities/tartu-linn/"),
    ("calendar.ics", "/calendar.ics"),
    ("booklet PDF", "/et/spikker/booklet.pdf"),
    ("poster PDF", "/et/journey/poster.pdf"),
]
STAGES, PERSPECTIVES = ["residence-registration", "personal-code"], ["kov", "immigrant"]


def teekond(env: dict, *command: str) -> str:
    done = subprocess.run([sys.executable, "-m", "teekond.cli", *command], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"teekond {' '.join(command)} failed:\n{done.stderr}")
    return done.stdout


def prepare(env: dict) -> tuple[str, str]:
    """Migrate, seed, collect static files; a workshop for the mix. Returns its code and facilitator token."""
    for command in (["migrate", "--noinput"], ["seed"], ["collectstatic", "--noinput"]):
        teekond(env, *command)
    add_user = "from teekond.accounts.models import User; User.objects.create_user('bench', role='coordinator')"
    teekond(env, "shell", "-c", add_user)
    printed = teekond(
        env, "workshop", "create", "--title", "Koormustest", "--stages", ",".join(STAGES),
        "--perspectives", ",".join(PERSPECTIVES), "--facilitator", "bench",
    )  # fmt: skip
    lines = dict(line.split(": ", 1) for line in printed.splitlines() if ": " in line)
    return lines["code"], lines["token"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict, log) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "teekond.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", "3", "--worker-class", "gthread", "--threads", "1"]
    server = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(200):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def fetch(url: str, encoding: str = "identity", method: str = "GET", body=None, token: str = ""):
    headers = {"Accept-Encoding": encoding}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body).encode()
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers, response.read()


def fill_board(base: str, code: str, token: str) -> list[str]:
    """Ten participants join and post three notes each; returns their tokens."""
    api = f"{base}/api/v1/workshops/{code}"
    fetch(f"{api}/phase", method="POST", body={"phase": "collect"}, token=token)
    tokens = []
    for number in range(10):
        _status, _headers, answer = fetch(f"{api}/join", method="POST", body={"name": f"Osaleja {number}"})
        tokens.append(json.loads(answer)["token"])
        for note in range(3):
            cell = {"stage": STAGES[note % 2], "perspective": PERSPECTIVES[number % 2]}
            fetch(f"{api}/notes", method="POST", body={**cell, "text": f"Märkus {number}.{note}"}, token=tokens[-1])
    return tokens


def static_path(data_dir: str) -> str:
    manifest = json.loads((Path(data_dir) / "static" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["guide/icon.svg"]


def wrk(base: str, paths: list[str], connections: int, seconds: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", str(WRK_SCRIPT), base]
    done = subprocess.run([*command, "--", *paths], capture_output=True, text=True, timeout=seconds + 60)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["rate"] = result["requests"] / result["seconds"]
    result["errors"] = sum(result[kind] for kind in ("connect", "read", "write", "status", "timeout"))
    return result


def sizes(url: str) -> tuple[int, int, int, str]:
    """Bytes plain, brotli and gzip, and whether the answer came from the page cache."""
    _status, headers, plain = fetch(url)
    found = [len(fetch(url, encoding)[2]) for encoding in ("br", "gzip")]
    return len(plain), *found, headers.get("X-Page-Cache", "–")


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, load average {load}"


def table(base: str, targets: list[tuple[str, str]]) -> None:
    for _label, path in targets:
        fetch(base + path, "br, gzip")  # built once: what is measured is the page as every later reader gets it
    rows = {label: {"sizes": sizes(base + path)} for label, path in targets}
    for connections in CONNECTIONS:
        for label, path in targets:
            rows[label][connections] = wrk(base, [path], connections, SECONDS)
    static = rows[targets[0][0]]
    print(f"\nwrk, {SECONDS} s per page and level, Accept-Encoding: br, gzip; gunicorn 3 gthread workers × 1 thread")
    print("| page | bytes | br / gzip | cache | " + " | ".join(
        f"req/s @{c} | p50 / p99 ms @{c} | × static @{c}" for c in CONNECTIONS) + " | errors |")  # fmt: skip
    print("|---|---:|---:|---|" + "---:|---|---:|" * len(CONNECTIONS) + "---:|")
    for label, _path in targets:
        row = rows[label]
        plain, br, gz, state = row["sizes"]
        cells = [f"{label}", f"{plain:,}", f"{br:,} / {gz:,}", state]
        for c in CONNECTIONS:
            run = row[c]
            cells += [
                f"{run['rate']:,.0f}",
                f"{run['p50']:.1f} / {run['p99']:.1f}",
                f"{run['rate'] / static[c]['rate']:.0%}",
            ]
        cells.append(str(sum(row[c]["errors"] for c in CONNECTIONS)))
        print("| " + " | ".join(cells) + " |")


def mix(base: str, pages: list[str], board: list[str]) -> None:
    # A third of the requests are phones polling the live board, the rest readers of the public pages.
    paths = pages + board * max(1, len(pages) // (2 * len(board)))
    run = wrk(base, paths, MIX_CLIENTS, MIX_SECONDS)
    print(
        f"\n{MIX_CLIENTS} clients for {MIX_SECONDS} s, public pages and the board API mixed ({len(paths)} addresses):"
    )
    print("| requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {run['requests']:,} | {run['rate']:,.0f} | {run['p50']:.1f} | {run['p95']:.1f} | {run['p99']:.1f} "
        f"| {run['max']:.0f} | {run['errors']} |"
    )


def main() -> None:
    print(time.strftime("%Y-%m-%d %H:%M"), "·", machine())
    with tempfile.TemporaryDirectory() as data_dir, open(os.path.join(data_dir, "gunicorn.log"), "w+") as log:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
        env.update(
            DEBUG="0", SECRET_KEY=secrets.token_urlsafe(40), ALLOWED_HOSTS="127.0.0.1", TEEKOND_DATA_DIR=data_dir
        )
        env.update(LOG_LEVEL="WARNING", **{k: os.environ[k] for k in ("REDIS_URL",) if k in os.environ})
        code, token = prepare(env)
        server, base = start_server(env, log)
        try:
            stage = re.search(r"/et/journey/stages/([\w-]+)/", fetch(base + "/et/journey/")[2].decode())[1]
            targets = [("static file (the limit)", static_path(data_dir))]
            targets += [(label, path.format(stage=stage)) for label, path in PAGES]
            tokens = fill_board(base, code, token)
            table(base, targets)
            pages = [path for label, path in targets[1:] if "PDF" not in label]
            mix(base, pages, [f"{token}@/api/v1/workshops/{code}/board" for token in tokens])
        finally:
            server.terminate()
            server.wait(timeout=20)
            print("\nmachine at the end:", machine())


if __name__ == "__main__":
    main()
