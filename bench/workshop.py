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

Before the clock starts, each worker is asked for the join page and the JSON interface a few times (a cold
start on a loaded machine is not the board's speed), and the facilitator starts once every participant has
tried to join. Collect: each posts NOTES_EACH notes at random moments; group: the facilitator (on the JSON
interface, as a projector app would) groups most of them; vote: each spends its whole vote budget on groups
and ungrouped notes; then discuss and summary.

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

import os
import random
import re
import resource
import secrets
import tempfile
import threading
import time
from collections import Counter, defaultdict
from urllib.parse import urlencode

from workshop_figures import Stats, cpu, report, report_log
from workshop_http import TIMEOUT, Api, Connection
from workshop_server import (
    THREADS,
    WORKERS,
    drop_postgres,
    prepare,
    start_server,
    throwaway_postgres,
    warm_up,
)

PARTICIPANTS = int(os.environ.get("BENCH_PARTICIPANTS", "100"))
CLIENT = os.environ.get("BENCH_CLIENT", "browser")
NOTES_EACH = 2
VOTE_BUDGET, VOTE_CAP = 5, 2
POLL_SECONDS = 1.0
JOIN_SECONDS = 5.0  # participants arrive over this many seconds
COLLECT_SECONDS = VOTE_SECONDS = 20.0  # writes are spread over this much of each phase
SETTLE_SECONDS = 5.0  # the facilitator waits this long after everyone's writes before the next phase
STAGES, PERSPECTIVES = ["residence-registration", "personal-code"], ["kov", "immigrant"]
MUNICIPALITIES = ["tartu-linn", "parnu-linn", "tallinn", "narva-linn", None]


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
        seated = self.take_seat(name)
        with self.stats.lock:
            self.stats.arrived += 1
            self.stats.joined += seated
        if not seated:
            return
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
        self.stats.wait_for_arrivals(PARTICIPANTS, at_most=60)  # a slow server: the room is in before it starts
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


def play(base: str, code: str, token: str, database: str) -> None:
    """The workshop, played by the participants and the facilitator; then its figures."""
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
    server = f"gunicorn {WORKERS} workers × {THREADS} threads (gthread)"
    report(stats, time.monotonic() - started, f"{PARTICIPANTS} participants ({CLIENT} clients), {server}, {database}")


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
            create = ["--title", "Koormustest", "--stages", ",".join(STAGES), "--perspectives", ",".join(PERSPECTIVES)]
            code, token = prepare(env, [*create, "--votes", str(VOTE_BUDGET), "--cap", str(VOTE_CAP)])
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            client_before = resource.getrusage(resource.RUSAGE_SELF)
            server, base = start_server(env, log)
            try:
                warm_up(base, code)
                play(base, code, token, database)
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
