"""Every public page: language, landmarks, one heading 1, a skip link and a language switcher."""

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from teekond.network.models import Event, EventType

pytestmark = pytest.mark.django_db

LANGUAGES = ["et", "en", "ru", "uk"]
PAGES = [
    "",
    "spikker/",
    "journey/",
    "journey/state/",
    "partners/",
    "calendar/",
    "working-group/",
    "municipalities/",
    "municipalities/tartu-linn/",
    "accessibility/",
    "login/",
]
LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_page_structure(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    first_link = soup.body.find("a")
    assert first_link["href"] == "#main" and soup.find(id="main").name == "main"
    assert soup.find("header") and soup.find("footer") and soup.find("nav", attrs={"aria-label": True})
    assert len(soup.find_all("h1")) == 1
    switcher = {a["hreflang"]: a["href"] for a in soup.select("nav.languages a")}
    assert switcher == {code: f"/{code}/{path}" for code in LANGUAGES}
    assert soup.select_one(f'nav.languages a[hreflang="{language}"]')["aria-current"] == "true"
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"]')}
    assert alternates == switcher


def test_a_page_made_by_its_query_names_no_alternates_but_switches_language_with_its_query(client):
    """A person's plan or search is nothing a search engine should index in four languages; the reader still
    switches its language without losing it."""
    soup = BeautifulSoup(client.get("/uk/spikker/search/?q=tere").content, "html.parser")
    assert not soup.select('link[rel="alternate"]')
    assert soup.select_one('nav.languages a[hreflang="et"]')["href"] == "/et/spikker/search/?q=tere"


def test_event_page_structure(client):
    event = Event.objects.get(type=EventType.CONFERENCE)
    soup = BeautifulSoup(client.get(f"/ru/events/{event.pk}/").content, "html.parser")
    assert soup.html["lang"] == "ru" and len(soup.find_all("h1")) == 1


@pytest.mark.parametrize(
    "accept, expected",
    [("ru-RU,ru;q=0.9", "/ru/"), ("uk", "/uk/"), ("en-GB,en;q=0.8", "/en/"), ("fi", "/et/"), ("", "/et/")],
)
def test_root_redirects_by_the_browsers_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302 and response["Location"] == expected


@pytest.mark.parametrize(
    "language, text", [("et", "Partneromavalitsused"), ("ru", "Партнёрские"), ("uk", "Партнерські")]
)
def test_the_interface_speaks_the_readers_language(client, language, text):
    assert text in client.get(f"/{language}/partners/").content.decode()


@pytest.mark.parametrize("language", ["et", "ru", "uk"])
def test_every_ui_string_is_translated(language):
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
