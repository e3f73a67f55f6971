"""Public pages come from the page cache for visitors without a session, and are never stale.

Every write path changes the page on the next request; signed-in visitors never get the anonymous page
and anonymous ones never a signed-in page; validators answer 304; compressed answers are the same bytes.
"""

import gzip
import json

import brotli
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import Client

from teekond.core.pagecache import STATE_HEADER
from teekond.journey.models import Proposal, Stage
from teekond.network import services as network_services
from teekond.network.models import Event, Municipality, Person
from teekond.spikker.exchange import export_data

pytestmark = pytest.mark.django_db

ENTRY = "kindergarten-queue-early"
PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
PAGES = [
    "/et/",
    "/et/guide/",
    PLAN,
    "/et/spikker/",
    f"/en/spikker/{ENTRY}/",
    "/et/spikker/search/?q=lasteaed",
    "/et/journey/",
    "/en/journey/stages/{stage}/",
    "/en/journey/proposals/{proposal}/",
    "/en/journey/state/",
    "/et/partners/",
    "/en/calendar/",
    "/uk/working-group/",
    "/et/municipalities/",
    "/et/municipalities/tartu-linn/",
    "/en/journey/municipalities/tartu-linn/",
    "/calendar.ics",
    "/api/v1/spikker/search?q=lasteaed&lang=en",
]


def address(page: str) -> str:
    return page.format(stage=Stage.objects.order_by("order").first().slug, proposal=Proposal.objects.first().pk)


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


def token_in(response) -> str:
    return BeautifulSoup(response.content, "html.parser").select_one("[name=csrfmiddlewaretoken]")["value"]


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize("page", PAGES)
def test_a_public_page_is_built_once_then_served_without_a_query(client, page, django_assert_num_queries):
    url = address(page)
    first = get(client, url)
    assert first[STATE_HEADER] == "miss"
    with django_assert_num_queries(0):
        second = get(client, url)
    assert second[STATE_HEADER] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Last-Modified"] == first["Last-Modified"]
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


@pytest.mark.parametrize("url", ["/et/spikker/booklet.pdf", "/en/journey/poster.pdf"])
def test_the_booklet_and_the_poster_are_built_once_per_content_version(client, url, django_assert_num_queries):
    first = get(client, url)
    assert first[STATE_HEADER] == "miss" and first.content.startswith(b"%PDF")
    with django_assert_num_queries(0):
        second = get(client, url)
    assert second[STATE_HEADER] == "hit" and second.content == first.content
    assert second["Content-Disposition"] == first["Content-Disposition"]
    assert "Content-Encoding" not in second  # a PDF is compressed inside already


def test_hit_and_miss_carry_the_same_headers_apart_from_the_cache_state(client):
    miss, hit = get(client, "/et/journey/"), get(client, "/et/journey/")
    without_state = [{k: v for k, v in r.headers.items() if k != STATE_HEADER} for r in (miss, hit)]
    assert without_state[0] == without_state[1]
    assert hit["X-Frame-Options"] == "DENY" and hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Referrer-Policy"] == "same-origin" and hit["Content-Language"] == "et"


class ContentSecurityPolicy:
    """Stands for issue 14's middleware: it adds a header to every answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Content-Security-Policy"] = "default-src 'self'"
        return response


def test_headers_added_above_the_page_cache_reach_hits_too(client, settings):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:2],
        "teekond.tests.test_pagecache.ContentSecurityPolicy",
        *settings.MIDDLEWARE[2:],
    ]
    miss, hit = get(client, "/et/partners/"), get(client, "/et/partners/")
    assert (miss[STATE_HEADER], hit[STATE_HEADER]) == ("miss", "hit")
    assert miss["Content-Security-Policy"] == hit["Content-Security-Policy"] == "default-src 'self'"


# Every write path: the next request builds the page afresh


def test_a_service_write_shows_on_the_next_request(client, coordinator):
    url = "/et/municipalities/tartu-linn/"
    get(client, url), get(client, url)
    network_services.municipality_update_contact(
        user=coordinator, municipality=Municipality.objects.get(slug="tartu-linn"), phone="+372 736 1111"
    )
    after = get(client, url)
    assert after[STATE_HEADER] == "miss" and "+372 736 1111" in text_of(after)


def _admin_form(client, url) -> dict:
    form = BeautifulSoup(client.get(url).content, "html.parser").select_one("form#person_form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]") if field["type"] != "submit"}
    data.update({area["name"]: area.get_text() for area in form.select("textarea[name]")})
    return data


def test_an_admin_write_shows_on_the_next_request(client, as_persona):
    person = Person.objects.filter(memberships__isnull=False).first()
    get(client, "/en/working-group/")
    assert get(client, "/en/working-group/")[STATE_HEADER] == "hit"
    admin = as_persona("coordinator")
    change = f"/admin/network/person/{person.pk}/change/"
    data = _admin_form(admin, change) | {"name": "Mari Maasikas-Uus"}
    assert admin.post(change, data).status_code == 302
    after = get(client, "/en/working-group/")
    assert after[STATE_HEADER] == "miss" and "Mari Maasikas-Uus" in text_of(after)


def test_an_import_shows_on_the_next_request(client, tmp_path):
    url = f"/en/spikker/{ENTRY}/"
    get(client, url), get(client, url)
    data = export_data()
    item = next(entry for entry in data["entries"] if entry["key"] == ENTRY)
    item["translations"]["en"]["title"] = "Join the kindergarten queue the week you arrive"
    path = tmp_path / "spikker.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    call_command("spikker", "import", str(path), "--publish")
    after = get(client, url)
    assert after[STATE_HEADER] == "miss" and "Join the kindergarten queue the week you arrive" in text_of(after)


def test_the_seed_shows_on_the_next_request(client):
    event = Event.objects.filter(round=None).order_by("start_date").last()
    title = event.text("en").title
    shown = text_of(get(client, "/en/calendar/")).count(title)
    event.delete()
    assert text_of(get(client, "/en/calendar/")).count(title) == shown - 1
    assert get(client, "/en/calendar/")[STATE_HEADER] == "hit"
    call_command("seed", verbosity=0)
    after = get(client, "/en/calendar/")
    assert after[STATE_HEADER] == "miss" and text_of(after).count(title) == shown


def test_bulk_updates_and_raw_sql_show_on_the_next_request(client):
    url = "/et/municipalities/"
    get(client, url), get(client, url)
    Municipality.objects.filter(slug="tartu-linn").update(name="Tartu Hansalinn")
    assert "Tartu Hansalinn" in text_of(get(client, url))
    with connection.cursor() as cursor:
        sql = "UPDATE network_municipality SET name = %s WHERE slug = %s"
        cursor.execute(sql, ["Tartu Ülikoolilinn", "tartu-linn"])
    after = get(client, url)
    assert after[STATE_HEADER] == "miss" and "Tartu Ülikoolilinn" in text_of(after)


# Whose page


def test_a_signed_in_visitor_never_gets_the_anonymous_page(client, as_persona):
    anonymous = get(client, "/en/journey/")
    assert "Sign in" in text_of(anonymous) and get(client, "/en/journey/")[STATE_HEADER] == "hit"
    signed_in = get(as_persona("member"), "/en/journey/")
    assert STATE_HEADER not in signed_in
    assert "Sign out (liige)" in text_of(signed_in)
    assert "private" in signed_in["Cache-Control"] and "Cookie" in signed_in["Vary"]


def test_an_anonymous_visitor_never_gets_a_signed_in_page(client, as_persona):
    get(as_persona("coordinator"), "/en/spikker/"), get(as_persona("coordinator"), "/en/spikker/")
    anonymous = get(client, "/en/spikker/")
    assert anonymous[STATE_HEADER] == "miss"
    assert "Sign out" not in text_of(anonymous) and "Suggestions from readers" not in text_of(anonymous)


def test_a_page_that_renders_a_csrf_token_is_never_stored(client, settings):
    settings.PAGE_CACHE_VIEWS = settings.PAGE_CACHE_VIEWS | {"login"}
    first, second = get(client, "/en/login/"), get(Client(), "/en/login/")
    assert STATE_HEADER not in first and STATE_HEADER not in second
    tokens = [token_in(response) for response in (first, second)]
    assert tokens[0] != tokens[1] and "csrftoken" in second.cookies


def test_a_reader_with_a_message_or_a_session_gets_their_own_page(client):
    url = f"/en/spikker/{ENTRY}/"
    get(client, url)
    thanked = client.post(f"/en/spikker/{ENTRY}/feedback/", {"helpful": "yes"}, follow=True)
    assert "Thank you for your answer. It helps" in text_of(thanked)
    assert STATE_HEADER not in thanked
    again = get(client, url)  # the session remembers the answer: no form, and never the shared page
    assert STATE_HEADER not in again and "Thank you for your answer." in text_of(again)
    assert get(Client(), url)[STATE_HEADER] == "hit"


def test_a_csrf_cookie_alone_does_not_keep_a_visitor_from_the_cache(client):
    get(client, "/en/login/")
    assert "csrftoken" in client.cookies
    get(Client(), "/et/partners/")
    assert get(client, "/et/partners/")[STATE_HEADER] == "hit"


def test_the_search_page_and_its_htmx_fragment_are_kept_apart(client):
    url = "/et/spikker/search/?q=lasteaed"
    page, fragment = get(client, url), get(client, url, HTTP_HX_REQUEST="true")
    assert b"<html" in page.content and b"<html" not in fragment.content
    assert get(client, url, HTTP_HX_REQUEST="true").content == fragment.content
    assert get(client, url).content == page.content
    assert "HX-Request" in page["Vary"]


# Conditional GET


def test_a_matching_etag_or_date_answers_304(client):
    first = get(client, "/et/partners/")
    for headers in ({"HTTP_IF_NONE_MATCH": first["ETag"]}, {"HTTP_IF_MODIFIED_SINCE": first["Last-Modified"]}):
        response = client.get("/et/partners/", **headers)
        assert response.status_code == 304 and response.content == b""
        assert response["ETag"] == first["ETag"] and "max-age=60" in response["Cache-Control"]
    assert client.get("/et/partners/", HTTP_IF_NONE_MATCH='W/"something-else"').status_code == 200


def test_a_stale_etag_gets_the_changed_page(client):
    first = get(client, "/et/municipalities/")
    Municipality.objects.filter(slug="tartu-linn").update(name="Tartu Hansalinn")
    response = client.get("/et/municipalities/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200 and response["ETag"] != first["ETag"]


def test_an_unchanged_page_keeps_its_etag_across_unrelated_writes(client):
    first = get(client, "/et/partners/")
    Person.objects.create(name="Uus Inimene")
    response = client.get("/et/partners/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304 and response[STATE_HEADER] == "miss"


# Compression


@pytest.mark.parametrize("page", ["/et/journey/", PLAN, "/calendar.ics", "/api/v1/spikker/search?q=lasteaed&lang=en"])
def test_compressed_answers_decompress_to_the_same_bytes(client, page):
    plain = get(client, page, HTTP_ACCEPT_ENCODING="identity")
    assert "Content-Encoding" not in plain
    br = get(client, page, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    gz = get(client, page, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert (br["Content-Encoding"], gz["Content-Encoding"]) == ("br", "gzip")
    assert brotli.decompress(br.content) == plain.content == gzip.decompress(gz.content)
    assert len(br.content) < len(plain.content) / 3
    assert br["ETag"] == plain["ETag"] and "Accept-Encoding" in br["Vary"]
    assert int(br["Content-Length"]) == len(br.content)


def test_a_refused_encoding_is_not_sent(client):
    response = get(client, "/et/journey/", HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert response["Content-Encoding"] == "gzip"


def test_pages_built_for_one_visitor_are_gzipped_too(as_persona):
    member = as_persona("member")
    plain = get(member, "/en/journey/")
    response = get(member, "/en/journey/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode().count("<h1") == plain.content.decode().count("<h1")


def test_the_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE = False
    assert STATE_HEADER not in get(client, "/et/partners/")
    assert STATE_HEADER not in get(client, "/et/partners/")


# Lean pages


@pytest.mark.parametrize("page", ["/et/", PLAN, "/et/journey/", f"/en/spikker/{ENTRY}/", "/et/partners/"])
def test_htmx_is_not_loaded_where_nothing_uses_it(client, page):
    assert b"htmx" not in get(client, page).content


@pytest.mark.parametrize("page", ["/et/spikker/", "/et/spikker/search/?q=lasteaed"])
def test_the_search_pages_load_htmx_for_search_as_you_type(client, page):
    soup = BeautifulSoup(get(client, page).content, "html.parser")
    assert soup.select_one("script[src*=htmx]") and soup.select_one("input[hx-get]")
