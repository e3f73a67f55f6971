"""Public pages under the production server: latency per page (p50, p95, max) and throughput.

Starts gunicorn with production settings on a seeded SQLite file of its own (or the DATABASE_URL
given), sends a bounded number of requests over loopback only, prints a table and stops.
Run with `make bench`.
"""

import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

PAGES = [
    "/et/journey/",
    "/en/journey/state/",
    "/en/journey/proposals/3/",
    "/et/",
    "/et/partners/",
    "/en/calendar/",
    "/ru/events/1/",
    "/uk/working-group/",
    "/et/municipalities/",
    "/et/municipalities/tartu-linn/",
    "/calendar.ics",
    "/et/spikker/",
    "/en/spikker/kindergarten-queue-early/",
    "/et/spikker/search/?q=registreerisin%20elukoha",
    "/api/v1/spikker/search?q=%D0%B4%D0%B5%D1%82%D1%81%D0%BA%D0%B8%D0%B9%20%D1%81%D0%B0%D0%B4&lang=ru",
    "/api/v1/spikker/search?q=lasteaed&lang=en",
]
REQUESTS_PER_PAGE = int(os.environ.get("BENCH_REQUESTS", "300"))
CONCURRENCY = 4


def start_server(data_dir: str) -> tuple[subprocess.Popen, str]:
    env = dict(
        os.environ,
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1",
        TEEKOND_DATA_DIR=data_dir,
        LOG_LEVEL="WARNING",
    )
    teekond = [sys.executable, "-m", "teekond.cli"]
    for command in (["migrate", "--noinput"], ["seed"], ["collectstatic", "--noinput"]):
        subprocess.run(teekond + command, env=env, check=True, capture_output=True)
    port = 8765
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "teekond.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "2",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            return server, url
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
        assert response.status == 200
    return (time.perf_counter() - started) * 1000


def measure(url: str) -> tuple[list[float], float]:
    for _ in range(10):
        timed_get(url)  # warm up
    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        latencies = list(pool.map(timed_get, [url] * REQUESTS_PER_PAGE))
    return latencies, REQUESTS_PER_PAGE / (time.perf_counter() - started)


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        server, base = start_server(data_dir)
        try:
            print(f"{REQUESTS_PER_PAGE} requests per page, {CONCURRENCY} concurrent, gunicorn 2 workers × 2 threads")
            print(f"{'page':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>8}")
            for page in PAGES:
                latencies, rate = measure(base + page)
                p95 = statistics.quantiles(latencies, n=20)[18]
                print(f"{page:34} {statistics.median(latencies):8.1f} {p95:8.1f} {max(latencies):8.1f} {rate:8.0f}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
