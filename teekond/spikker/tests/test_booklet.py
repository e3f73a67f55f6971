"""The printed spikker: what a reader of the PDF relies on — the cover, a table of contents whose page
numbers are right, the entries in the booklet's language or a marked fallback, and the sources.

Text is read back from the PDF with PDFium (`teekond/core/tests/pdf.py`). Spaces are squeezed out before
comparing, because a PDF keeps glyph positions rather than words, and where a line breaks is the layout's.
"""

import datetime as dt
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from teekond.core.dates import format_date
from teekond.core.tests import pdf
from teekond.core.translation import save_text
from teekond.spikker import booklet
from teekond.spikker.models import Entry, EntryStatus, LifeArea

# One worker builds the Estonian booklet once (a session fixture: a module one would be built again whenever
# the worker runs tests of other modules in between), when tests run in parallel.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("booklet")]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(document: bytes) -> list[str]:
    """Each page's text, line by line, with the spaces inside a line squeezed out."""
    return ["\n".join(re.sub(r"\s+", "", line) for line in page.splitlines()) for page in pdf.page_texts(document)]


def whole(pages: list[str]) -> str:
    return squeeze("".join(pages))


@pytest.fixture(scope="session")
def estonian(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return page_texts(booklet.booklet_pdf("et"))


def in_language(language: str, message: str) -> str:
    with translation.override(language):
        return gettext(message)


def test_the_cover_has_the_estonian_title_and_the_day_of_printing(estonian):
    cover = estonian[0]
    assert squeeze("Eesti eluga kohanemise spikker") in squeeze(cover)
    assert "ELVL" in cover
    assert format_date(timezone.localdate()) in cover


def test_the_contents_give_the_page_each_life_area_starts_on(estonian):
    area_names = [area.text("et").name for area in LifeArea.objects.filter(entries__status="published").distinct()]
    assert len(area_names) > 3
    contents_lines = [line for page in estonian for line in page.splitlines()]
    for name in area_names:
        # Only a line of the contents ends in a dot leader and a page number.
        leader = re.compile(re.escape(squeeze(name)) + r"\.{3,}(\d+)")
        [page_number] = [int(match.group(1)) for line in contents_lines if (match := leader.fullmatch(line))]
        assert estonian[page_number - 1].splitlines()[0] == squeeze(name), name


def test_estonian_entries_are_printed_with_their_letters(estonian):
    text = whole(estonian)
    assert squeeze("Kodus võetakse jalanõud ära") in text
    assert squeeze("Üürides lepi elukoha registreerimine kohe kokku") in text
    assert squeeze("Kui sa pole kindel, vaata, kas esikus on teiste jalanõud") in text


def test_a_russian_booklet_prints_translations_and_marks_each_fallback():
    untranslated = Entry.objects.create(
        key="booklet-estonian-only", area=LifeArea.objects.get(key="home"), status=EntryStatus.PUBLISHED
    )
    save_text(untranslated, language="et", title="Ainult eesti keeles trükitud reegel")
    text = whole(page_texts(booklet.booklet_pdf("ru")))
    assert squeeze("Дома принято снимать обувь") in text
    assert squeeze("Квартирное товарищество (KÜ): домом управляют сами собственники") in text
    assert squeeze("Ainult eesti keeles trükitud reegel") in text
    # Every starter entry has its Russian text, so the one Estonian-only entry is the only fallback.
    note = squeeze(in_language("ru", "Not yet translated into this language."))
    assert text.count(note) == 1


def test_only_published_entries_are_printed_with_their_sources():
    area = LifeArea.objects.get(key="public-space")
    printed = Entry.objects.create(
        key="booklet-printed", area=area, status=EntryStatus.PUBLISHED, checked=dt.date(2025, 3, 4)
    )
    save_text(printed, language="et", title="Trükitud reegel öösiti", rule="Üks reegel.")
    printed.sources.create(url="https://www.politsei.ee/helkur", checked=dt.date(2025, 3, 4))
    draft = Entry.objects.create(key="booklet-draft", area=area, status=EntryStatus.DRAFT)
    save_text(draft, language="et", title="Mustand, mida ei trükita")
    archived = Entry.objects.create(key="booklet-archived", area=area, status=EntryStatus.ARCHIVED)
    save_text(archived, language="et", title="Arhiveeritud reegel")

    text = whole(page_texts(booklet.booklet_pdf("et")))

    assert squeeze("Trükitud reegel öösiti") in text
    assert "Mustand" not in text and "Arhiveeritud" not in text
    checked = in_language("et", "Checked by a person on %(date)s.") % {"date": "04.03.2025"}
    assert squeeze(f"https://www.politsei.ee/helkur {checked}") in text
    # The starter entries ship unchecked, and say so.
    assert text.count(squeeze(in_language("et", "Not yet checked by a person."))) >= 36


def test_the_booklet_is_built_in_a_fixed_number_of_queries():
    with CaptureQueriesContext(connection) as before:
        booklet.booklet_html("en")
    extra = Entry.objects.create(key="booklet-extra", area=LifeArea.objects.get(key="work"), status="published")
    save_text(extra, language="et", title="Lisareegel")
    extra.sources.create(url="https://www.tootukassa.ee/")
    with CaptureQueriesContext(connection) as after:
        booklet.booklet_html("en")
    assert len(after) == len(before)


def test_a_cached_booklet_is_built_again_after_an_edit(monkeypatch):
    cache.clear()
    builds = []

    def build(language):
        builds.append(language)
        return f"build {len(builds)}".encode()

    monkeypatch.setattr(booklet, "booklet_pdf", build)
    first = booklet.cached_booklet_pdf("et")
    assert booklet.cached_booklet_pdf("et") == first and builds == ["et"]
    entry = Entry.objects.published().get(key="shoes-off-indoors")
    save_text(entry, language="en", title="Shoes come off at the front door")
    assert booklet.cached_booklet_pdf("et") != first and builds == ["et", "et"]
    cache.clear()


def test_the_command_writes_the_booklet(tmp_path):
    output = tmp_path / "spikker.pdf"
    stdout = io.StringIO()
    call_command("booklet", "--lang", "uk", "-o", str(output), stdout=stdout)
    pages = pdf.page_texts(output)
    assert len(pages) > 10
    assert f"{len(pages)} pages" in stdout.getvalue()
    assert "Дім і сусіди" in pages[1]


def test_the_command_refuses_an_unknown_language():
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("booklet", "--lang", "xx", "-o", "never-written.pdf")


def test_the_booklet_is_downloaded_in_the_pages_language(client):
    cache.clear()
    response = client.get("/en/spikker/booklet.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="spikker-en.pdf"'
    cover = whole(page_texts(response.content)[:1])
    assert squeeze("Spikker: the unwritten rules of Estonian life") in cover
    assert client.post("/en/spikker/booklet.pdf").status_code == 405
    cache.clear()


def test_the_spikker_index_links_to_the_booklet(client):
    soup = BeautifulSoup(client.get("/ru/spikker/").content, "html.parser")
    assert soup.find("a", href="/ru/spikker/booklet.pdf")
