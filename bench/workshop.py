"""One live workshop board with 100 participants under the production server: how soon every change is
visible to everyone (the issue's target: p95 ≤ 2 s, no errors), and the requests per second served.

Starts gunicorn with production settings on a seeded SQLite file of its own (or, when DATABASE_URL names
a PostgreSQL server, on a throwaway database made there and dropped afterwards), creates a workshop with
`teekond workshop create`, and plays it over loopback only. Each participant is one of two clients:

- `browser` (the default) does what the board page does with htmx: joins by the join form (with its CSRF
  token and cookies), asks the page's own address for its fragment (`?fragment=1&since=V…`, with
  `HX-Request`) about once a second, which answers 204 while nothing changed and the live board drawn as
  HTML when it did; posts notes and votes by the page's forms as htmx does, and gets the board drawn afresh
  in answer;
- `api` (BENCH_CLIENT=api) is an app on the JSON interface: joins, polls `GET /board?since=V` about once a
  second, posts notes and votes there.

Collect: each posts NOTES_EACH notes at random moments; group: the facilitator (on the JSON interface, as a
projector app would) groups most of them; vote: each spends its whole vote budget on groups and ungrouped
notes; then discuss and summary.

A change is each note, group, vote and phase change. Its moment is when the write's answer arrived; its
version is the lowest that any poll sent after that moment answered (such a poll was sent after the commit,
so its version contains the change; it may hold later changes too, which makes the figure a little
pessimistic, never optimistic), or the phase change's own answer. The change is visible to a participant
at its first poll answer with that version or a later one; the change's latency is the time until the
last of the participants saw it.
Refusals (4xx), server errors and broken connections all count as errors. Run with `make bench`, or alone:

    .venv/bin/python bench/workshop.py
    BENCH_CLIENT=api .venv/bin/python bench/workshop.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/workshop.py
"""

import bisect
import http.client
import json
import os
import random
import re
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit, urlunsplit

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100"))
# The README's production line has 3 workers; one thread each (gthread, for keep-alive) did better on two
# cores than 2 × 8 or 4 × 4 threads: the board's polls are CPU-bound Python, and threads share one GIL.
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
THREADS = int(os.environ.get("BENCH_THREADS", "1"))
CLIENT = os.environ.get("BENCH_CLIENT", "browser")
NOTES_EACH = 2
VOTE_BUDGET, VOTE_CAP = 5, 2
POLL_SECONDS = 1.0
JOIN_SECONDS = 5.0  # participants arrive over this many seconds
COLLECT_SECONDS = VOTE_SECONDS = 20.0  # writes are spread over this much of each phase
SETTLE_SECONDS = 5.0  # the facilitator waits this long after everyone's writes before the next phase
STAGES, PERSPECTIVES = ["residence-registration", "personal-code"], ["kov", "immigrant"]
MUNICIPALITIES = ["tartu-linn", "parnu-linn", "tallinn", "narva-linn", None]
TIMEOUT = 15
KEEP_ALIVE = 5  # seconds gunicorn keeps an idle connection open


class Stats:
    """What every thread records, under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seen = defaultdict(list)  # participant → [(time sent, time answered, version)], in poll order
        self.changes = []  # (monotonic time, version, kind)
        self.timings = defaultdict(list)  # request kind → seconds
        self.errors = Counter()
        self.joined = 0
        self.finished = Counter()  # phase → participants who made all their writes in it

    def wait_for_room(self, phase: str, at_most: float) -> None:
        """Like a facilitator, wait until everyone has posted (or voted), or until time is up."""
        deadline = time.monotonic() + at_most
        while time.monotonic() < deadline:
            with self.lock:
                if self.finished[phase] >= self.joined:
                    return
            time.sleep(0.2)

    def request(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.timings[kind].append(seconds)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] += 1

    def saw(self, who, sent: float, version: int) -> None:
        with self.lock:
            self.seen[who].append((sent, time.monotonic(), version))

    def change(self, moment: float, version: int, kind: str) -> None:
        """A change committed by `moment`; `version` is one known to contain it (0: not known)."""
        with self.lock:
            self.changes.append((moment, version, kind))


class Connection:
    """One keep-alive connection to the server, with its cookies, as one phone would hold."""

    def __init__(self, base: str, stats: Stats):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.stats = stats
        self.connection, self.last_used = None, 0.0
        self.cookies = {}

    def send(self, method: str, path: str, body=None, headers=None, *, kind: str, expect=(200,)):
        """The answer's status and body, or None (counted as an error) for any other status or a broken line."""
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.monotonic()
        if self.connection is not None and started - self.last_used > KEEP_ALIVE - 1:
            self.connection.close()  # the server has closed it by now; a request on it would break
            self.connection = None
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection = None
            self.stats.error(f"{kind}: {type(error).__name__}")
            return None
        self.last_used = time.monotonic()
        self.stats.request(kind, self.last_used - started)
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update((name, morsel.value) for name, morsel in cookie.items())
        if response.status not in expect:
            detail = json.loads(content).get("detail", "") if content.startswith(b"{") else content[:80]
            self.stats.error(f"{kind}: {response.status} {detail}")
            return None
        return response.status, content


class Api:
    """The board's JSON interface, with a bearer token once there is one, over a connection of its own."""

    def __init__(self, base: str, code: str, stats: Stats, token: str = ""):
        self.line = Connection(base, stats)
        self.prefix = f"/api/v1/workshops/{code}"
        self.token = token

    def call(self, method: str, path: str, body=None, *, kind: str, expect: int = 200):
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body) if body is not None else None
        answer = self.line.send(method, self.prefix + path, data, headers, kind=kind, expect=(expect,))
        return json.loads(answer[1]) if answer else None


class Participant(threading.Thread):
    """Joins, keeps asking whether the board changed, and posts or votes when the phase asks for it."""

    def __init__(self, number: int, stats: Stats, stop: threading.Event):
        super().__init__(daemon=True)
        self.number, self.stats, self.stop = number, stats, stop
        self.version, self.phase = 0, ""
        self.targets = []  # what this participant can vote for, as the board last showed it
        self.plans = {}  # phase → [moments of the writes planned in it]
        self.my_votes = Counter()

    def run(self):
        time.sleep(random.uniform(0, JOIN_SECONDS))
        name = f"Osaleja {self.number}" if self.number % 3 else ""  # every third one joins anonymously
        if not self.take_seat(name):
            return
        with self.stats.lock:
            self.stats.joined += 1
        next_poll = time.monotonic()
        while not self.stop.is_set():
            now = time.monotonic()
            if now >= next_poll:
                self.poll()
                next_poll = now + POLL_SECONDS * random.uniform(0.9, 1.1)
            self.act(now)
            time.sleep(0.02)

    def saw(self, sent: float, version: int, phase: str) -> None:
        self.stats.saw(self.number, sent, version)
        self.version, self.phase = version, phase

    def act(self, now: float) -> None:
        phase = self.phase
        if phase in ("collect", "vote") and phase not in self.plans:
            count, spread = (NOTES_EACH, COLLECT_SECONDS) if phase == "collect" else (VOTE_BUDGET, VOTE_SECONDS)
            self.plans[phase] = sorted(now + random.uniform(0, spread) for _ in range(count))
        due = self.plans.get(phase)
        if not due or due[0] > now:
            return
        due.pop(0)
        if self.post_note() if phase == "collect" else self.vote():
            moment = time.monotonic()
            self.stats.change(moment, 0, "note" if phase == "collect" else "vote")
            self.after_write()
        if not due:
            with self.stats.lock:
                self.stats.finished[phase] += 1

    def note_text(self) -> str:
        return f"Märkus {self.number}-{random.randrange(10**6)}: järjekord on pikk, õäöü, очередь"

    def vote_target(self) -> str | None:
        targets = [target for target in self.targets if self.my_votes[target] < VOTE_CAP]
        return random.choice(targets) if targets else None


class ApiParticipant(Participant):
    def __init__(self, number: int, base: str, code: str, stats: Stats, stop: threading.Event):
        super().__init__(number, stats, stop)
        self.api = Api(base, code, stats)

    def take_seat(self, name: str) -> bool:
        body = {"name": name, "municipality": random.choice(MUNICIPALITIES)}
        joined = self.api.call("POST", "/join", body, kind="join", expect=201)
        if joined is not None:
            self.api.token = joined["token"]
        return joined is not None

    def after_write(self) -> None:
        self.poll()  # an app asks for the board at once after its own change

    def poll(self) -> None:
        sent = time.monotonic()
        board = self.api.call("GET", f"/board?since={self.version}", kind="poll")
        if board is None:
            return
        self.saw(sent, board["version"], board["phase"])
        if not board["unchanged"]:
            self.targets = [group["target"] for group in board["groups"]]
            self.targets += [note["target"] for note in board["notes"] if note["group"] is None]

    def post_note(self) -> bool:
        body = {"text": self.note_text(), "stage": random.choice(STAGES), "perspective": random.choice(PERSPECTIVES)}
        return self.api.call("POST", "/notes", body, kind="note", expect=201) is not None

    def vote(self) -> bool:
        target = self.vote_target()
        if target is None or self.api.call("POST", "/votes", {"target": target}, kind="vote", expect=201) is None:
            return False
        self.my_votes[target] += 1
        return True


class BrowserParticipant(Participant):
    """What the board page (htmx) and the join form do, request for request (one connection, as a browser
    reuses it): it polls the page's own address for its fragment, and sends the board's forms as htmx does,
    getting the board drawn afresh in answer."""

    def __init__(self, number: int, base: str, code: str, stats: Stats, stop: threading.Event):
        super().__init__(number, stats, stop)
        self.page = Connection(base, stats)
        self.path = f"/et/w/{code}/"
        self.notes_seen, self.focus = "0", ""
        self.written = None  # the board a form's answer brought, and when the form was sent

    def csrf(self) -> str:
        return self.page.cookies.get("csrftoken", "")

    def form(self, path: str, fields: dict, *, kind: str, htmx: bool):
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Referer": f"http://127.0.0.1{self.path}"}
        if htmx:
            headers["HX-Request"] = "true"
        body = urlencode({**fields, "csrfmiddlewaretoken": self.csrf()})
        sent = time.monotonic()
        answer = self.page.send("POST", path, body, headers, kind=kind, expect=(200,) if htmx else (302,))
        if htmx and answer is not None:
            self.written = (answer[1].decode(), sent)
        return answer

    def take_seat(self, name: str) -> bool:
        page = self.page.send("GET", self.path, kind="join page")
        if page is None:
            return False
        municipalities = re.findall(r'<option value="(\d+)"', page[1].decode())
        fields = {"name": name, "municipality": random.choice(municipalities + [""])}
        if self.form(self.path, fields, kind="join", htmx=False) is None:
            return False
        board = self.page.send("GET", self.path, kind="board page")
        if board is None:
            return False
        self.read_board(board[1].decode())
        return True

    def poll(self) -> None:
        """Ask the page's address for its fragment since the version shown (as `hx-get` does): nothing (204)
        while unchanged; a change is seen when the answer showing it arrives."""
        sent = time.monotonic()
        query = {"fragment": "1", "since": self.version, "seen": self.notes_seen, "phase": self.phase}
        query["focus"] = self.focus
        answer = self.page.send(
            "GET", f"{self.path}?{urlencode(query)}", None, {"HX-Request": "true"}, kind="poll", expect=(200, 204)
        )
        if answer is None:
            return
        if answer[0] == 204:
            self.saw(sent, self.version, self.phase)
        else:
            self.read_board(answer[1].decode(), sent)

    def after_write(self) -> None:
        """The form's answer is the board drawn afresh: seen as soon as it arrived (sent before the change
        committed, it never decides a change's version)."""
        html, sent = self.written
        self.read_board(html, sent)

    def read_board(self, html: str, sent: float | None = None) -> None:
        live = re.search(r'<section id="board-live"[^>]*>', html).group(0)
        attributes = dict(re.findall(r'data-([a-z]+)="([^"]*)"', live))
        self.notes_seen, self.focus = attributes["notes"], attributes["focus"]
        self.targets = sorted(set(re.findall(r'name="target" value="([gn]\d+)"', html)))
        if sent is None:
            self.version, self.phase = int(attributes["version"]), attributes["phase"]
        else:
            self.saw(sent, int(attributes["version"]), attributes["phase"])

    def post_note(self) -> bool:
        fields = {"text": self.note_text(), "stage": random.choice(STAGES), "perspective": random.choice(PERSPECTIVES)}
        return self.form(f"{self.path}notes/", fields, kind="note", htmx=True) is not None

    def vote(self) -> bool:
        target = self.vote_target()
        if target is None or self.form(f"{self.path}votes/", {"target": target}, kind="vote", htmx=True) is None:
            return False
        self.my_votes[target] += 1
        return True


class Facilitator:
    def __init__(self, base: str, code: str, token: str, stats: Stats):
        self.api = Api(base, code, stats, token)
        self.stats = stats

    def phase(self, phase: str) -> None:
        state = self.api.call("POST", "/phase", {"phase": phase}, kind="phase")
        if state is not None:
            self.stats.change(time.monotonic(), state["version"], "phase")

    def group_notes(self) -> None:
        """Groups of up to eight notes per cell; a fifth of each cell's notes stays ungrouped."""
        board = self.api.call("GET", "/board", kind="facilitator poll")
        by_cell = defaultdict(list)
        for note in board["notes"] if board else []:
            by_cell[(note["stage"], note["perspective"])].append(note["id"])
        for (stage, perspective), ids in by_cell.items():
            grouped = ids[: len(ids) * 4 // 5]
            for start in range(0, len(grouped), 8):
                title = f"{stage} × {perspective} {start // 8 + 1}"
                body = {"title": title, "notes": grouped[start : start + 8]}
                if self.api.call("POST", "/groups", body, kind="group", expect=201) is None:
                    continue
                moment = time.monotonic()
                after = self.api.call("GET", "/board", kind="facilitator poll")
                if after is not None:
                    self.stats.change(moment, after["version"], "group")

    def run(self) -> None:
        time.sleep(JOIN_SECONDS + 3)
        self.phase("collect")
        self.stats.wait_for_room("collect", COLLECT_SECONDS + 30)
        time.sleep(SETTLE_SECONDS)
        self.phase("group")
        time.sleep(2)
        self.group_notes()
        time.sleep(2)
        self.phase("vote")
        self.stats.wait_for_room("vote", VOTE_SECONDS + 30)
        time.sleep(SETTLE_SECONDS)
        self.phase("discuss")
        time.sleep(3)
        self.phase("summary")
        time.sleep(SETTLE_SECONDS)


# The server


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


def prepare(env: dict) -> tuple[str, str]:
    """Migrate, seed, collect static files, add a coordinator; create the workshop. Returns code and token."""
    teekond = [sys.executable, "-m", "teekond.cli"]
    for command in (["migrate", "--noinput"], ["seed"], ["collectstatic", "--noinput"]):
        run(teekond + command, env)
    add_user = (
        "from teekond.accounts.models import User;"
        "User.objects.create_user('bench-koordinaator', role='coordinator', is_staff=True)"
    )
    run(teekond + ["shell", "-c", add_user], env)
    printed = run(
        teekond
        + ["workshop", "create", "--title", "Koormustest", "--stages", ",".join(STAGES)]
        + ["--perspectives", ",".join(PERSPECTIVES), "--votes", str(VOTE_BUDGET), "--cap", str(VOTE_CAP)]
        + ["--facilitator", "bench-koordinaator"],
        env,
    )
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


# The figures


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def visibility(stats: Stats) -> tuple[dict[str, list[float]], int]:
    """Per kind of change, the seconds until the last participant saw each; and how many changes someone
    never saw.

    A change's version is the lowest any poll sent after the change's moment answered (that poll was sent
    after the write was committed, so its version contains the change), or the version the write itself
    answered (a phase change) or the writer's next poll saw (a group), whichever is lower.
    """
    polls = sorted((sent, version) for seen in stats.seen.values() for sent, _answered, version in seen)
    sent_at = [sent for sent, _version in polls]
    lowest_after = [version for _sent, version in polls]
    for index in range(len(lowest_after) - 2, -1, -1):
        lowest_after[index] = min(lowest_after[index], lowest_after[index + 1])
    timelines = [([v for _s, _a, v in seen], [a for _s, a, _v in seen]) for seen in stats.seen.values()]
    latencies, unseen = defaultdict(list), 0
    for moment, known, kind in stats.changes:
        after = bisect.bisect_left(sent_at, moment)
        bounds = [bound for bound in (known, lowest_after[after] if after < len(polls) else 0) if bound]
        if not bounds:
            unseen += 1
            continue
        version = min(bounds)
        slowest = 0.0
        for versions, answered in timelines:
            index = bisect.bisect_left(versions, version)
            if index == len(versions):
                unseen += 1
                break
            slowest = max(slowest, answered[index] - moment)
        else:
            latencies[kind].append(slowest)
    return latencies, unseen


def report(stats: Stats, seconds: float, database: str) -> None:
    by_kind, unseen = visibility(stats)
    latencies = [latency for values in by_kind.values() for latency in values]
    requests = sum(len(values) for values in stats.timings.values())
    server = f"gunicorn {WORKERS} workers × {THREADS} threads (gthread)"
    print(f"{PARTICIPANTS} participants ({CLIENT} clients), {server}, {database}")
    print(
        f"visible to all:   p50 {statistics.median(latencies):.2f} s   p95 {percentile(latencies, 0.95):.2f} s"
        f"   max {max(latencies):.2f} s   (target: p95 ≤ 2 s)"
    )
    for kind, values in sorted(by_kind.items()):
        print(
            f"  {len(values):4} {kind + ' changes':15} p50 {statistics.median(values):.2f} s"
            f"   p95 {percentile(values, 0.95):.2f} s"
        )
    print(f"never seen by all: {unseen}")
    print(f"requests: {requests} in {seconds:.0f} s = {requests / seconds:.0f} req/s")
    print(f"{'request':18} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, values in sorted(stats.timings.items()):
        millis = [value * 1000 for value in values]
        print(
            f"{kind:18} {len(values):7} {statistics.median(millis):8.1f} {percentile(millis, 0.95):8.1f}"
            f" {max(millis):8.1f}"
        )
    print(f"errors: {sum(stats.errors.values())}")
    for what, count in stats.errors.most_common():
        print(f"  {count:5} × {what}")


def cpu(before, who) -> float:
    after = resource.getrusage(who)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def report_log(text: str) -> None:
    """The server's distinct exceptions (the last line of each traceback), with how often each came."""
    exceptions = Counter(match[0][:160] for match in re.finditer(r"(?m)^[\w.]+(?:Error|Exception): .*$", text))
    for line, count in exceptions.most_common(5):
        print(f"server log: {count} × {line}")


def main() -> None:
    database_url = os.environ.get("DATABASE_URL", "")
    dropped = None
    with tempfile.TemporaryDirectory() as data_dir, open(os.path.join(data_dir, "gunicorn.log"), "w+") as log:
        env = dict(
            os.environ,
            DEBUG="0",
            SECRET_KEY=secrets.token_urlsafe(40),
            ALLOWED_HOSTS="127.0.0.1",
            TEEKOND_DATA_DIR=data_dir,
            LOG_LEVEL="WARNING",
        )
        if database_url.startswith(("postgres://", "postgresql://")):
            env["DATABASE_URL"], dropped = throwaway_postgres(database_url)
        database = f"PostgreSQL ({dropped})" if dropped else "SQLite"
        try:
            code, token = prepare(env)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            client_before = resource.getrusage(resource.RUSAGE_SELF)
            server, base = start_server(env, log)
            try:
                stats, stop = Stats(), threading.Event()
                kind = {"browser": BrowserParticipant, "api": ApiParticipant}[CLIENT]
                participants = [kind(n, base, code, stats, stop) for n in range(1, PARTICIPANTS + 1)]
                started = time.monotonic()
                for participant in participants:
                    participant.start()
                Facilitator(base, code, token, stats).run()
                stop.set()
                for participant in participants:
                    participant.join(timeout=TIMEOUT + 5)
                seconds = time.monotonic() - started
                report(stats, seconds, database)
            finally:
                server.terminate()
                server.wait(timeout=10)
            server_cpu, client_cpu = cpu(before, resource.RUSAGE_CHILDREN), cpu(client_before, resource.RUSAGE_SELF)
            print(f"CPU seconds on {os.cpu_count()} cores: server {server_cpu:.0f}, this load script {client_cpu:.0f}")
            log.seek(0)
            report_log(log.read())
        finally:
            if dropped:
                drop_postgres(database_url, dropped)


if __name__ == "__main__":
    main()
