"""Readers answer "Was this helpful?" and suggest missing rules; coordinators read and moderate them."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client

from teekond.core.models import RateCounter
from teekond.core.ratelimit import client_fingerprint
from teekond.spikker.models import Entry, EntryStatus, Feedback, LifeArea, Suggestion, SuggestionStatus
from teekond.spikker.services import feedback

pytestmark = pytest.mark.django_db

ENTRY = "kindergarten-queue-early"
MONTH = dt.date(2026, 11, 1)
SUGGESTION = {"situation": "Naabrid ei tervita trepikojas.", "question": "Kas see on viisakas?", "area": ""}


@pytest.fixture(autouse=True)
def empty_rate_limits():
    cache.clear()
    yield
    cache.clear()


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def give(client, answer: str, *, language: str = "en", key: str = ENTRY):
    return client.post(f"/{language}/spikker/{key}/feedback/", {"helpful": answer}, follow=True)


def suggestion(**changes) -> Suggestion:
    return Suggestion.objects.create(language="et", situation="Miks kingad jäetakse esikusse?", month=MONTH, **changes)


# Was this helpful?


def test_an_entry_asks_whether_it_was_helpful(client):
    soup = soup_of(client.get(f"/en/spikker/{ENTRY}/"))
    form = soup.select_one("#helpful form")
    assert form["action"] == f"/en/spikker/{ENTRY}/feedback/" and form["method"] == "post"
    assert [button.get_text() for button in form.select("button")] == ["Yes", "No"]
    # The page is the same for every reader (it comes from the page cache): no per-visitor token in it.
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is None
    assert soup.select_one("#helpful a")["href"] == "/en/spikker/suggest/"


def test_an_answer_is_stored_with_the_page_language_and_thanked_for(client):
    response = give(client, "no", language="ru")
    stored = Feedback.objects.get()
    assert (stored.entry.key, stored.helpful, stored.language) == (ENTRY, False, "ru")
    soup = soup_of(response)
    assert response.redirect_chain[-1][0] == f"/ru/spikker/{ENTRY}/"
    assert soup.select_one(".messages .message")
    assert soup.select_one("#helpful form") is None and soup.select_one("#helpful p")


def test_a_second_answer_from_the_same_browser_counts_once(client):
    give(client, "yes")
    give(client, "no")
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://www.testserver"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_answers_sent_from_another_site_are_refused(headers):
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/en/spikker/{ENTRY}/feedback/", {"helpful": "yes"}, **headers).status_code == 403
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {},  # a program, not a browser: it holds no reader's cookies, and could post the form itself anyway
    ],
)
def test_answers_from_the_page_itself_need_no_csrf_token(headers):
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/en/spikker/{ENTRY}/feedback/", {"helpful": "yes"}, **headers).status_code == 302
    assert Feedback.objects.count() == 1


def test_a_draft_entry_cannot_be_rated(client, as_persona):
    Entry.objects.filter(key=ENTRY).update(status=EntryStatus.DRAFT)
    assert give(client, "yes").status_code == 404
    assert give(as_persona("coordinator"), "yes").status_code == 404
    soup = soup_of(as_persona("coordinator").get(f"/en/spikker/{ENTRY}/"))
    assert soup.select_one("#helpful form") is None
    assert not Feedback.objects.exists()


def test_unknown_entries_and_answers_are_refused(client):
    assert give(client, "yes", key="no-such-rule").status_code == 404
    assert give(client, "maybe").status_code == 400
    assert client.get(f"/en/spikker/{ENTRY}/feedback/").status_code == 405


def test_answers_are_rate_limited_per_client(client):
    keys = list(Entry.objects.published().values_list("key", flat=True)[: feedback.FEEDBACK_PER_HOUR + 1])
    for key in keys[:-1]:
        assert give(client, "yes", key=key).status_code == 200
    response = give(client, "yes", key=keys[-1])
    assert response.status_code == 429
    assert "try again" in soup_of(response).select_one("main").get_text()
    assert Feedback.objects.count() == feedback.FEEDBACK_PER_HOUR
    other_client = Client(REMOTE_ADDR="192.0.2.7")
    assert give(other_client, "yes", key=keys[-1]).status_code == 200


def test_the_overview_counts_answers_least_helpful_first(client, as_persona):
    liked, disliked = Entry.objects.published()[:2]
    Feedback.objects.bulk_create(
        [Feedback(entry=liked, helpful=True, language="et")] * 3
        + [
            Feedback(entry=disliked, helpful=False, language="en"),
            Feedback(entry=disliked, helpful=True, language="en"),
        ]
    )
    give(client, "no", key=disliked.key)
    soup = soup_of(as_persona("coordinator").get("/en/spikker/feedback/"))
    rows = [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in soup.select("tbody tr")]
    assert rows == [
        [disliked.text("en").title, "1", "2", "33%"],
        [liked.text("en").title, "3", "0", "100%"],
    ]
    assert soup.select_one("tbody th a")["href"] == f"/en/spikker/{disliked.key}/"


def test_the_overview_without_answers_says_so(as_persona):
    soup = soup_of(as_persona("coordinator").get("/en/spikker/feedback/"))
    assert soup.select_one("main table") is None and soup.select_one("main .empty")


# Suggest a missing rule


def test_the_suggestion_form_labels_its_fields_and_warns_about_personal_data(client):
    soup = soup_of(client.get("/en/spikker/suggest/"))
    for name in ("situation", "question", "area"):
        field = soup.find(attrs={"name": name})
        assert soup.find("label", attrs={"for": field["id"]}).get_text(strip=True)
    assert soup.find("label", attrs={"for": "id_situation"}).get_text() == "What happened, or what puzzles you?"
    assert "personal data" in soup.select_one("main .notice").get_text()
    area_names = [option.get_text() for option in soup.select("select[name=area] option")]
    assert str(LifeArea.objects.first().text("en").name) in area_names


def test_the_area_names_are_in_the_readers_language(client):
    soup = soup_of(client.get("/et/spikker/suggest/"))
    area_names = [option.get_text() for option in soup.select("select[name=area] option")]
    assert LifeArea.objects.first().text("et").name in area_names


def test_a_suggestion_is_stored_with_the_page_language_and_waits_for_a_coordinator(client):
    area = LifeArea.objects.first()
    response = client.post("/uk/spikker/suggest/", {**SUGGESTION, "area": area.pk}, follow=True)
    stored = Suggestion.objects.get()
    assert (stored.situation, stored.question, stored.area, stored.language) == (
        SUGGESTION["situation"],
        SUGGESTION["question"],
        area,
        "uk",
    )
    assert stored.status == SuggestionStatus.NEW and stored.entry is None
    assert response.redirect_chain[-1][0] == "/uk/spikker/suggest/"
    assert soup_of(response).select_one(".messages .message")
    assert not Entry.objects.filter(status=EntryStatus.PUBLISHED, suggestions=stored).exists()


def test_a_suggestion_keeps_nothing_about_the_sender(as_persona):
    as_persona("member").post("/en/spikker/suggest/", SUGGESTION, REMOTE_ADDR="203.0.113.9")
    stored = Suggestion.objects.get()
    field_names = {field.name for field in Suggestion._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "remote_addr", "email", "name", "user", "created_by", "session"}
    stored_values = [str(value) for value in Suggestion.objects.values().get().values()]
    assert not any("203.0.113.9" in value for value in stored_values)
    assert stored.history.get().history_user is None


def test_an_empty_situation_is_shown_next_to_the_field_in_the_readers_language(client):
    response = client.post("/et/spikker/suggest/", {**SUGGESTION, "situation": "  "})
    assert response.status_code == 200 and not Suggestion.objects.exists()
    soup = soup_of(response)
    field = soup.find("textarea", attrs={"name": "situation"})
    error = soup.find(id="id_situation_error")
    assert error.get_text() == "See lahter on nõutav."  # Django's own Estonian
    assert "id_situation_error" in field["aria-describedby"].split() and field["aria-invalid"] == "true"
    assert error.find_parent(class_="field") is field.find_parent(class_="field")
    assert soup.find("textarea", attrs={"name": "question"}).get_text().strip() == SUGGESTION["question"]


def test_the_honeypot_drops_bots_silently(client):
    response = client.post("/en/spikker/suggest/", {**SUGGESTION, "website": "http://spam.example"}, follow=True)
    assert response.status_code == 200 and soup_of(response).select_one(".messages .message")
    assert not Suggestion.objects.exists()


def test_the_honeypot_is_hidden_from_people(client):
    soup = soup_of(client.get("/en/spikker/suggest/"))
    honeypot = soup.find("input", attrs={"name": "website"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot.find_parent(attrs={"aria-hidden": "true", "class": "visually-hidden"})


def test_suggestions_are_rate_limited_per_client(client):
    for _ in range(feedback.SUGGESTIONS_PER_HOUR):
        assert client.post("/en/spikker/suggest/", SUGGESTION).status_code == 302
    response = client.post("/en/spikker/suggest/", SUGGESTION)
    assert response.status_code == 429
    soup = soup_of(response)
    assert "try again" in soup.select_one(".form-errors[role=alert]").get_text()
    assert soup.find("textarea", attrs={"name": "situation"}).get_text().strip() == SUGGESTION["situation"]
    assert Suggestion.objects.count() == feedback.SUGGESTIONS_PER_HOUR


def test_the_rate_limit_keeps_no_address(client):
    client.post("/en/spikker/suggest/", SUGGESTION, REMOTE_ADDR="198.51.100.23")
    counter = RateCounter.objects.get()
    assert counter.name == f"spikker:suggestion:{client_fingerprint('198.51.100.23')}" and counter.hits == 1
    assert not any("198.51.100.23" in str(value) for value in RateCounter.objects.values().get().values())


def test_the_spikker_links_to_the_suggestion_form(client):
    soup = soup_of(client.get("/en/spikker/"))
    assert soup.find("a", href="/en/spikker/suggest/")
    assert soup.find("a", href="/en/spikker/suggestions/") is None


# Moderation


def test_coordinators_find_the_suggestions_and_the_answers_from_the_spikker(as_persona):
    soup = soup_of(as_persona("coordinator").get("/en/spikker/"))
    assert soup.find("a", href="/en/spikker/suggestions/") and soup.find("a", href="/en/spikker/feedback/")


def test_the_coordinator_reads_suggestions_newest_first(as_persona):
    older = suggestion(area=LifeArea.objects.first())
    newer = Suggestion.objects.create(
        language="ru", situation="Почему все молчат в автобусе?", question="Это норма?", month=MONTH
    )
    soup = soup_of(as_persona("coordinator").get("/en/spikker/suggestions/"))
    items = soup.select("main .event-list > li")
    assert [item.h2["id"] for item in items] == [f"suggestion-{newer.pk}", f"suggestion-{older.pk}"]
    assert items[0].find("dd", lang="ru", string="Почему все молчат в автобусе?")
    assert "waiting for moderation" in items[0].get_text()
    assert older.area.text("en").name in items[1].get_text()


def test_suggestions_can_be_filtered_by_status(as_persona):
    suggestion(status=SuggestionStatus.DECLINED)
    waiting = suggestion()
    soup = soup_of(as_persona("coordinator").get("/en/spikker/suggestions/?status=new"))
    assert [item.h2["id"] for item in soup.select("main .event-list > li")] == [f"suggestion-{waiting.pk}"]
    soup = soup_of(as_persona("coordinator").get("/en/spikker/suggestions/?status=accepted"))
    assert soup.select_one("main .empty")


def test_the_suggestions_page_without_suggestions_says_so(as_persona):
    soup = soup_of(as_persona("coordinator").get("/en/spikker/suggestions/"))
    assert soup.select_one("main .event-list") is None
    assert soup.select_one("main .empty").get_text() == "No suggestions have been sent yet."


def test_a_coordinator_accepts_a_suggestion_with_who_when_and_why(as_persona, coordinator):
    item = suggestion()
    response = as_persona("coordinator").post(
        f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "accepted", "reason": "Hea teema"}, follow=True
    )
    item.refresh_from_db()
    assert item.status == SuggestionStatus.ACCEPTED
    assert item.moderated_by == coordinator and item.moderated_at is not None
    latest = item.history.first()
    assert (latest.history_user, latest.history_change_reason, latest.status) == (coordinator, "Hea teema", "accepted")
    assert "now accepted" in soup_of(response).select_one(".messages").get_text()


def test_a_moderation_without_a_reason_records_the_decision(as_persona, coordinator):
    item = suggestion()
    as_persona("coordinator").post(f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "declined"})
    assert item.history.first().history_change_reason == "declined"


def test_a_suggestion_cannot_be_moderated_into_waiting_or_twice_the_same(as_persona):
    item = suggestion(status=SuggestionStatus.ACCEPTED)
    client = as_persona("coordinator")
    assert client.post(f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "new"}).status_code == 400
    response = client.post(f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "accepted"}, follow=True)
    assert "already accepted" in soup_of(response).select_one(".messages").get_text()
    assert item.history.count() == 1


@pytest.mark.parametrize("persona", ["tartu_editor", "member"])
def test_others_may_not_read_or_moderate(as_persona, persona):
    item = suggestion()
    client = as_persona(persona)
    assert client.get("/en/spikker/suggestions/").status_code == 403
    assert client.get("/en/spikker/feedback/").status_code == 403
    assert client.post(f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "accepted"}).status_code == 403
    assert soup_of(client.get("/en/spikker/")).find("a", href="/en/spikker/suggestions/") is None
    item.refresh_from_db()
    assert item.status == SuggestionStatus.NEW


def test_anonymous_readers_are_sent_to_sign_in(client):
    item = suggestion()
    for page in ("/en/spikker/suggestions/", "/en/spikker/feedback/"):
        response = client.get(page)
        assert response.status_code == 302 and response["Location"].startswith("/en/login/?next=")
    assert client.post(f"/en/spikker/suggestions/{item.pk}/moderate/", {"status": "accepted"}).status_code == 403


def test_moderating_a_missing_suggestion_is_404(as_persona):
    assert (
        as_persona("coordinator").post("/en/spikker/suggestions/999999/moderate/", {"status": "accepted"}).status_code
        == 404
    )
