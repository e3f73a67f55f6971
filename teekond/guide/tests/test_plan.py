"""The newcomer's personal plan as a person sees it (the chooser: test_chooser.py; taken away: test_plan_away.py)."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from teekond.core.dates import format_date
from teekond.guide.models import LocalService
from teekond.journey.models import Actor, Stage, Step, Timing
from teekond.network.models import Municipality
from teekond.spikker.models import Entry, EntryStatus

pytestmark = pytest.mark.django_db

TARTU_UK = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
ARRIVAL = dt.date(2026, 12, 1)
# A municipality the brief tells nothing local about: it has no local services.
ANTSLA = "antsla-vald"


def soup_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def step_keys(soup) -> list[str]:
    return [item["data-step"] for item in soup.select("li[data-step]")]


def stage_slugs(soup) -> set[str]:
    """The journey stages of the steps on the page."""
    return set(Step.objects.filter(key__in=step_keys(soup)).values_list("stage__slug", flat=True))


def relative_plan(language: str, situation: str, arrival: dt.date, children: int = 1) -> str:
    return f"/{language}/guide/tartu-linn/?situation={situation}&children={children}&arrival={arrival.isoformat()}"


def expected_steps(situation: str, children: bool, municipality: Municipality) -> list[str]:
    """The newcomer's steps of the map for the situation, in the map's order, read the long way round."""
    served = set(LocalService.objects.filter(municipality=municipality).values_list("step_id", flat=True))
    keys = []
    for stage in Stage.objects.order_by("order"):
        if stage.situations and situation not in stage.situations:
            continue
        for step in stage.steps.order_by("order", "pk"):
            mine = step.actor == Actor.PERSON or step.pk in served
            fits = (not step.situations or situation in step.situations) and (children or not step.children_only)
            if mine and fits:
                keys.append(step.key)
    return keys


# The example: Tartu, temporary protection, with children, arrived 01.12.2026, reading in Ukrainian


def test_residence_notice_is_due_fourteen_days_after_arrival_written_the_estonian_way(client):
    soup = soup_of(client, TARTU_UK)
    notice = soup.select_one("#step-residence-notice")
    assert "15.12.2026" in notice.select_one(".due").get_text()
    assert "Подайте повідомлення про місце проживання" in notice.h3.get_text()
    assert "Tartu linn" in soup.h1.get_text() and "01.12.2026" in soup.select_one(".plan-summary").get_text()


def test_the_deadline_sentence_is_translatable(client):
    soup = soup_of(client, TARTU_UK.replace("/uk/", "/en/"))
    assert soup.select_one("#step-residence-notice .due").get_text(strip=True) == "by 15.12.2026"


def test_steps_are_grouped_by_when_they_are_due_dated_ones_first_then_in_the_maps_order(client):
    tartu = Municipality.objects.get(slug="tartu-linn")
    arrival = dt.date.today() - dt.timedelta(days=1)
    soup = soup_of(client, relative_plan("uk", "returnee", arrival))
    expected = expected_steps("returnee", True, tartu)
    assert sorted(step_keys(soup)) == sorted(expected)
    groups = [section.h2["id"].removeprefix("when-") for section in soup.select("section.plan-group")]
    assert groups == [timing for timing in Timing.values if timing in groups] and groups[0] == Timing.NOW
    in_group = {
        section.h2["id"].removeprefix("when-"): step_keys(section) for section in soup.select("section.plan-group")
    }
    assert in_group[Timing.NOW][0] == "residence-notice"  # due in 13 days: dated, so before the undated ones
    assert "apply-returnee-support" in in_group[Timing.LATER]  # due in eight months
    for keys in in_group.values():
        undated = [key for key in keys if not Step.objects.get(key=key).deadline_for(arrival)]
        assert undated == [key for key in expected if key in undated]  # the map's order within a group
        assert keys[: len(keys) - len(undated)] == [key for key in keys if key not in undated]


def test_a_stage_without_dated_steps_goes_by_its_usual_timing(client):
    soup = soup_of(client, "/en/guide/tartu-linn/?situation=temporary-protection&children=1")
    now = step_keys(soup.select_one("#when-now").find_parent("section"))
    assert "temporary-protection" in now and "residence-notice" in now  # "within 14 days": now, even undated
    later = soup.select_one(f"#when-{Timing.WHEN_NEEDED}").find_parent("section")
    assert "extend-temporary-protection" in step_keys(later)  # counted from the permit's expiry


def test_steps_for_children_appear_only_when_children_come_along(client):
    with_children = step_keys(soup_of(client, TARTU_UK))
    without = step_keys(soup_of(client, TARTU_UK.replace("children=1", "children=0")))
    children_only = set(Step.objects.filter(children_only=True).values_list("key", flat=True))
    assert "kindergarten-place" in with_children
    assert not children_only & set(without)
    assert set(without) < set(with_children)


def test_a_returnee_gets_the_returnee_stages_and_not_the_immigrants(client):
    soup = soup_of(client, "/en/guide/tartu-linn/?situation=returnee&children=0&arrival=2026-12-01")
    stages = stage_slugs(soup)
    assert "returnee-planning" in stages and "returnee-support" in stages
    assert "legal-basis" not in stages and "personal-code" not in stages
    assert "by 01.08.2027" in soup.select_one("#step-apply-returnee-support .due").get_text()
    assert "returnee-planning" not in stage_slugs(soup_of(client, TARTU_UK))


def test_municipality_steps_appear_only_where_the_municipality_keeps_a_service_for_them(client):
    tallinn = step_keys(soup_of(client, "/en/guide/tallinn/?situation=eu&children=0"))
    antsla = step_keys(soup_of(client, f"/en/guide/{ANTSLA}/?situation=eu&children=0"))
    assert "kov-adaptation-counselling" in tallinn
    assert "kov-adaptation-counselling" not in antsla and "kov-register-residence" not in antsla


def rule_keys(soup) -> list[str]:
    return [link["href"].split("/")[-2] for link in soup.select(".plan-rules a")]


def rules_behind_more(client, soup) -> dict[str, list[str]]:
    """For each stage's "all N rules" link, the rules the spikker page it leads to lists."""
    found = {}
    for link in soup.select(".plan-more a"):
        listed = soup_of(client, link["href"]).select(".card h3 a")
        found[link.get_text()] = [item["href"].split("/")[-2] for item in listed]
    return found


@pytest.mark.parametrize(
    ("situation", "children"),
    [("temporary-protection", 1), ("temporary-protection", 0), ("returnee", 1), ("eu", 0), ("third-country", 1)],
)
def test_each_rule_that_concerns_the_person_is_on_the_plan_or_one_link_away(client, situation, children):
    soup = soup_of(client, f"/uk/guide/tartu-linn/?situation={situation}&children={children}")
    linked = rule_keys(soup)
    assert len(linked) == len(set(linked))
    behind_more = rules_behind_more(client, soup)
    reachable = set(linked).union(*behind_more.values())
    stages = stage_slugs(soup)
    expected = {
        entry.key
        for entry in Entry.objects.published().filter(stages__slug__in=stages).distinct()
        if entry.concerns(situation, bool(children))
    }
    assert reachable == expected and expected


def test_rules_about_another_situation_or_about_children_are_left_out(client):
    protection = set(rule_keys(soup_of(client, TARTU_UK)))
    assert "temporary-protection-renewal-on-time" in protection
    assert not {"returnee-support-after-registration", "returnee-things-have-changed"} & protection
    returnee = set(rule_keys(soup_of(client, "/uk/guide/tartu-linn/?situation=returnee&children=0")))
    assert "returnee-support-after-registration" in returnee
    assert "temporary-protection-renewal-on-time" not in returnee
    assert not {"kindergarten-queue-early", "school-child-with-weak-estonian"} & returnee


def test_at_most_three_rules_per_stage_and_a_link_to_all_of_the_stages_rules_for_the_person(client):
    soup = soup_of(client, TARTU_UK)
    stages = soup.select(".plan-rules-stage")
    assert stages
    for stage in stages:
        shown = [link["href"].split("/")[-2] for link in stage.select("ul.plan-rules > li > a")]
        more = stage.select_one(".plan-more a")
        assert 1 <= len(shown) <= 3
        if more:
            listed = [item["href"].split("/")[-2] for item in soup_of(client, more["href"]).select(".card h3 a")]
            assert len(shown) == 3 and set(shown) < set(listed)
            assert str(len(listed)) in more.get_text()
            assert "situation=temporary-protection" in more["href"] and "children=1" in more["href"]
    assert soup.select(".plan-more a")


def test_the_plan_of_the_example_is_under_40_kilobytes_of_html(client):
    """Phones on mobile data: issue 13's example (Tartu, temporary protection, with children, in Ukrainian,
    the day after arrival) before compression, which takes it to under 10 KB."""
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert len(client.get(relative_plan("uk", "temporary-protection", yesterday)).content) < 40_000


def test_a_draft_entry_is_not_linked(client):
    entry = Entry.objects.published().filter(stages__slug="residence-registration").first()
    entry.status = EntryStatus.DRAFT
    entry.save()
    soup = soup_of(client, TARTU_UK)
    assert f"/uk/spikker/{entry.key}/" not in {link["href"] for link in soup.select(".plan-rules a")}


def test_a_step_without_a_ukrainian_text_is_shown_in_estonian_and_marked_so(client):
    Step.objects.get(key="residence-notice").texts.filter(language="uk").delete()
    notice = soup_of(client, TARTU_UK).select_one("#step-residence-notice")
    title = notice.h3.select_one('[lang="et"][data-fallback="et"]')
    assert title.get_text() == "Esita elukohateade"
    assert notice.h3.select_one('.lang-mark[lang="uk"]').get_text() == "естонською"
    assert notice.select_one(".due").get("lang") is None  # the date sentence is the interface's own
    assert notice.find("span", attrs={"lang": "et", "data-fallback": "et"}, string=lambda text: "елукох" not in text)


def test_the_next_deadline_comes_first_with_the_days_left(client):
    arrival = dt.date.today() - dt.timedelta(days=1)
    soup = soup_of(client, relative_plan("uk", "temporary-protection", arrival))
    box = soup.select_one("main h1").find_next(["section", "div", "ul", "ol"])
    assert "next-deadline" in box["class"]
    due = format_date(arrival + dt.timedelta(days=14))
    assert due in box.get_text() and "через 13 днів" in box.get_text()
    assert box.select_one('a[href="#step-residence-notice"]')


@pytest.mark.parametrize(
    ("language", "days", "words"),
    [
        ("uk", 1, "через 1 день"),
        ("uk", 3, "через 3 дні"),
        ("uk", 5, "через 5 днів"),
        ("uk", 21, "через 21 день"),
        ("ru", 1, "через 1 день"),
        ("ru", 2, "через 2 дня"),
        ("ru", 11, "через 11 дней"),
        ("en", 1, "in 1 day"),
        ("et", 2, "2 päeva pärast"),
        ("en", 0, "today"),
    ],
)
def test_days_left_use_the_languages_plural_forms(client, language, days, words):
    arrival = dt.date.today() + dt.timedelta(days=days) - dt.timedelta(days=14)
    soup = soup_of(client, relative_plan(language, "temporary-protection", arrival))
    assert words in soup.select_one(".next-deadline").get_text()


def test_each_dated_step_shows_its_date_first(client):
    soup = soup_of(client, TARTU_UK)
    for item in soup.select("li[data-step]"):
        if item.select_one(".due"):
            assert item.find(True)["class"] == ["step-when"] and item.find(True).select_one(".due")


def test_a_plan_cites_no_other_municipalitys_page(client):
    towns = {"valga.ee", "saaremaavald.ee", "tallinn.ee", "tartu.ee"}
    for slug, own in [("tartu-linn", "tartu.ee"), ("valga-vald", "valga.ee"), ("antsla-vald", None)]:
        html = client.get(f"/en/guide/{slug}/?situation=eu&children=1").content.decode()
        cited = {town for town in towns if f"//{town}/" in html or f"//www.{town}/" in html}
        assert cited <= {own}, (slug, cited)
    assert "valga.ee" in client.get("/en/guide/valga-vald/?situation=eu&children=1").content.decode()


def test_the_local_office_is_shown_with_its_notes_in_the_readers_language(client):
    soup = soup_of(client, TARTU_UK)
    service = soup.select_one("#step-residence-notice .local-service")
    assert "Tartu välismaalaste teenuskeskus" in service.get_text()
    assert not soup.select_one(".notice")


def test_a_municipality_without_local_details_gets_the_national_steps_its_contact_and_a_note(client):
    Municipality.objects.filter(slug=ANTSLA).update(
        website="https://www.antsla.ee", phone="+372 5555 0000", email="vald@antsla.ee", address="Antsla, Võrumaa"
    )
    soup = soup_of(client, f"/en/guide/{ANTSLA}/?situation=temporary-protection&children=1&arrival=2026-12-01")
    note = soup.select_one(".notice")
    assert "No local details yet for" in note.get_text() and "national steps below apply" in note.get_text()
    assert note.select_one('a[href="https://www.antsla.ee"]') and note.select_one('a[href="mailto:vald@antsla.ee"]')
    assert "+372 5555 0000" in note.get_text() and "Antsla, Võrumaa" in note.get_text()
    assert not soup.select(".local-service")
    assert "15.12.2026" in soup.select_one("#step-residence-notice .due").get_text()


def test_a_municipality_without_any_contact_is_pointed_to_its_page(client):
    soup = soup_of(client, f"/en/guide/{ANTSLA}/?situation=eu&children=0")
    assert soup.select_one(f'.notice a[href="/en/municipalities/{ANTSLA}/"]')


def test_the_plan_links_its_pdf_and_calendar(client):
    soup = soup_of(client, TARTU_UK)
    links = [link["href"] for link in soup.select(".plan-actions a")]
    query = TARTU_UK.split("?")[1]
    assert f"/uk/guide/tartu-linn/plan.pdf?{query}" in links
    assert f"/uk/guide/tartu-linn/deadlines.ics?{query}" in links


def test_without_an_arrival_date_the_plan_explains_deadlines_need_it(client):
    soup = soup_of(client, "/en/guide/tartu-linn/?situation=temporary-protection&children=1")
    assert "within 14 days" in soup.select_one("#step-residence-notice").get_text()
    assert not soup.select(".due")
    assert not [link for link in soup.select(".plan-actions a") if "deadlines.ics" in link["href"]]
    form = soup.select_one("form.arrival-form")
    assert form.select_one('input[type="date"][name="arrival"]')["id"] == form.label["for"]


def test_each_step_carries_its_source_and_whether_a_person_checked_it(client):
    english = "/en" + TARTU_UK.removeprefix("/uk")
    notice = soup_of(client, english).select_one("#step-residence-notice")
    assert notice.select_one('a[href="https://siseministeerium.ee/en/submission-notice-residence"]')
    assert "not yet checked by a person" in notice.get_text()  # starter content ships unchecked
    Step.objects.filter(key="residence-notice").update(checked=dt.date(2027, 1, 12))
    notice = soup_of(client, english).select_one("#step-residence-notice")
    assert "checked 12.01.2027" in notice.get_text() and "not yet checked" not in notice.get_text()


def test_every_step_offers_i_got_stuck_here(client):
    """The plan links to its "I got stuck here" form (plan.js brings it into each step: the browser tests), and
    that form offers every step of the plan and goes back to it."""
    soup = soup_of(client, TARTU_UK)
    steps = [item["data-step"] for item in soup.select("li[data-step]")]
    form = soup_of(client, soup.select_one("#stuck a")["href"]).select_one("form#stuck-form")
    assert sorted(steps) == sorted(option["value"] for option in form.select("select[name=step] option"))
    assert form.select_one("input[name=next]")["value"] == TARTU_UK
