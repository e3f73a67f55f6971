"""The page cache under the README's production server: several workers, real commits, the cache on disk.

A write committed through one worker shows on the very next anonymous request, whichever worker answers.
"""

import re
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie

from teekond.conftest import BROWSER_COORDINATOR, browser_totp_code
from teekond.core.pagecache import STATE_HEADER


class Visitor:
    """A client that keeps its cookies (Secure ones too: over loopback, as browsers do)."""

    def __init__(self):
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def fetch(self, url, data=None):
        body = urllib.parse.urlencode(data).encode() if data else None
        request = urllib.request.Request(url, data=body)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            if response.status in (301, 302):
                return self.fetch(urllib.parse.urljoin(url, response.headers["Location"]))
            return response.status, dict(response.headers), response.read().decode()

    def token(self, url) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.fetch(url)[2]).group(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def signed_in(base: str) -> Visitor:
    visitor = Visitor()
    username, password = BROWSER_COORDINATOR
    token = visitor.token(f"{base}/en/login/")
    visitor.fetch(f"{base}/en/login/", {"username": username, "password": password, "csrfmiddlewaretoken": token})
    code = f"{base}/en/login/code/"  # a coordinator's second factor
    visitor.fetch(code, {"code": browser_totp_code(), "csrfmiddlewaretoken": visitor.token(code)})
    assert "sessionid" in visitor.cookies
    return visitor


def test_a_committed_write_shows_on_the_next_request_of_every_worker(production_server):
    anonymous = Visitor()
    page = f"{production_server}/en/municipalities/tartu-linn/"
    states = [anonymous.fetch(page)[1][STATE_HEADER] for _ in range(6)]
    assert states.count("hit") >= 5  # the first request of all may be the one that built it
    editor = signed_in(production_server)
    edit = f"{production_server}/et/municipalities/tartu-linn/edit/"
    change = {"website": "https://www.tartu.ee", "phone": "+372 736 1234", "reason": "checked"}
    status, _headers, _page = editor.fetch(edit, change | {"csrfmiddlewaretoken": editor.token(edit)})
    assert status == 200
    for _ in range(4):  # requests spread over the workers: none serves the page from before the write
        status, headers, html = anonymous.fetch(page)
        assert "+372 736 1234" in html
    assert headers[STATE_HEADER] == "hit"


def test_a_signed_in_page_is_never_stored_for_anyone_else(production_server):
    editor = signed_in(production_server)
    for _ in range(3):
        _status, headers, html = editor.fetch(f"{production_server}/en/partners/")
        assert STATE_HEADER not in headers and "Sign out" in html
    _status, headers, html = Visitor().fetch(f"{production_server}/en/partners/")
    assert "Sign out" not in html and "Sign in" in html
