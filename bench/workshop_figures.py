"""What the workshop bench (bench/workshop.py) records, and the figures it prints: how soon each change was
visible to every participant, the requests' times, the errors, the server's exceptions."""

import bisect
import re
import resource
import statistics
import threading
import time
from collections import Counter, defaultdict


class Stats:
    """What every thread records, under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seen = defaultdict(list)  # participant → [(time sent, time answered, version)], in poll order
        self.changes = []  # (monotonic time, version, kind)
        self.timings = defaultdict(list)  # request kind → seconds
        self.errors = Counter()
        self.joined = 0
        self.arrived = 0  # participants who tried to join, seated or not
        self.finished = Counter()  # phase → participants who made all their writes in it

    def wait_for_arrivals(self, expected: int, at_most: float) -> None:
        """Until every participant has tried to join (a slow server seats them late), or until time is up."""
        self._wait_until(lambda: self.arrived >= expected, at_most)

    def wait_for_room(self, phase: str, at_most: float) -> None:
        """Like a facilitator, wait until everyone has posted (or voted), or until time is up."""
        self._wait_until(lambda: self.finished[phase] >= self.joined, at_most)

    def _wait_until(self, done, at_most: float) -> None:
        deadline = time.monotonic() + at_most
        while time.monotonic() < deadline:
            with self.lock:
                if done():
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


def report(stats: Stats, seconds: float, title: str) -> None:
    by_kind, unseen = visibility(stats)
    latencies = [latency for values in by_kind.values() for latency in values]
    requests = sum(len(values) for values in stats.timings.values())
    print(title)
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
