"""The workshop bench's line to the server (bench/workshop.py): one keep-alive connection with its cookies, as
one phone holds it, and the board's JSON interface over it; every answer's time and every error recorded."""

import http.client
import json
import time
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from workshop_figures import Stats
from workshop_server import KEEP_ALIVE

TIMEOUT = 15


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
