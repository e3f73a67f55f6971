"""A report that states only facts (issue 15): no sample record as if real, in any language or format; the
spikker and the map's completion as facts from the data; the two kinds of workshops apart; nothing internal;
an English report in English; proposal codes by the year a proposal was submitted."""

import io
import re

import pytest
from django.core.management import call_command
from docx import Document as WordDocument

from teekond.core.tests import pdf
from teekond.journey.exchange import import_data
from teekond.journey.models import Bottleneck, Proposal
from teekond.reports.annual import build_annual_report
from teekond.reports.document import render, to_markdown
from teekond.spikker.models import Entry, EntryText

pytestmark = pytest.mark.django_db

# Estonian words the English report printed before (levels, states, notes, names in Estonian) and others
# that would give away an untranslated text. Names of people, places and the collection stay Estonian.
ESTONIAN_WORDS = {
    "omavalitsus", "võrgustik", "riik", "linn", "vald", "töörühm", "vallavanem", "abilinnapea", "Riia", "Allikas",
    "kuupäeva", "nimeta", "tegevusaruanne", "peatükk", "Põhjamaade", "Ministrite", "Nõukogu", "valdkonna",
    "juhataja", "vallasekretär", "Linnavolikogu", "koosolek", "näidis", "ja", "ning", "aastal", "kohtumine",
}  # fmt: skip
NAMES = {
    "Pärnu", "Jõhvi", "Kohtla-Järve", "Üprus-Tali", "Täht", "Lõimumine", "Viru-Nigula", "Lehemets-Tihhanov",
    "Eesti", "eluga", "kohanemise", "spikker", "Tervisekassa",
}  # fmt: skip


def markdown(language: str, **options) -> str:
    return to_markdown(build_annual_report(2025, language, **options))


def plain_text(content: bytes | str, fmt: str) -> str:
    if fmt == "docx":
        word = WordDocument(io.BytesIO(content))
        cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in word.paragraphs] + cells)
    if fmt == "pdf":
        return " ".join(pdf.text(content).split())
    return content


def sample_titles(language: str) -> list[str]:
    proposals = [p.text(language).title for p in Proposal.objects.filter(is_sample=True).prefetch_related("texts")]
    bottlenecks = [b.text(language).title for b in Bottleneck.objects.filter(is_sample=True).prefetch_related("texts")]
    return proposals + bottlenecks


def real_proposal(key: str, *, submitted: str, sent: str = "", answered: str = "") -> Proposal:
    history = [{"state": "submitted", "date": submitted}]
    if sent:
        history += [
            {"state": "discussed", "date": sent},
            {"state": "adopted", "date": sent},
            {"state": "sent", "date": sent, "reference": "1-7/1"},
        ]
    if answered:
        history.append({"state": "answered", "date": answered, "answer": "partly", "answer_text": "In part."})
    texts = {"et": {"title": f"Päris ettepanek {key}"}, "en": {"title": f"A real proposal {key}"}}
    item = {"key": key, "level": "state", "body": "Siseministeerium", "texts": texts, "history": history}
    import_data({"proposals": [item]})
    return Proposal.objects.get(key=key)


@pytest.mark.parametrize("language", ["et", "en"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_no_sample_record_appears_as_if_real_in_any_format(language, fmt):
    content, _type = render(build_annual_report(2025, language), fmt)
    text = plain_text(content, fmt)
    squeezed = "".join(text.split())
    leaked = [title for title in sample_titles(language) if "".join(title.split()) in squeezed]
    assert leaked == []
    assert "ELVL kiri nr" not in text and "TK-" not in text
    assert Proposal.objects.filter(is_sample=True).count() == 22  # the seed's samples are there, only left out


def test_one_line_says_how_many_sample_items_exist():
    lines = [line for line in markdown("en").splitlines() if "sample" in line]
    assert lines == [
        "The map also holds 36 sample bottlenecks and 22 sample proposals: starter examples for coordinators to "
        "confirm or replace. They are not facts, and this report leaves them out."
    ]


def test_an_internal_draft_marks_every_sample_line():
    draft = markdown("en", draft=True)
    assert draft.startswith("# Integration — activity report 2025 (internal draft with sample records)")
    public, samples = draft.split("## Sample records (internal draft, not facts)")
    assert public.replace(" (internal draft with sample records)", "", 1) == markdown("en").rstrip("\n") + "\n\n"
    for title in sample_titles("en"):
        assert title not in public
    marked = [line for line in samples.splitlines() if line.strip() and not line.startswith(("| Level", "| ---"))]
    unmarked = [line for line in marked[1:] if "[sample]" not in line]  # the first line is the warning itself
    assert unmarked == [] and len(marked) > 20
    codes = re.findall(r"TK-\d{4}-\d{3}", samples)
    assert codes and all(code.startswith("TK-2025-") for code in codes)


def test_real_proposals_are_reported_with_the_code_of_the_year_they_were_submitted():
    proposal = real_proposal("real-2025", submitted="2025-03-01", sent="2025-06-01", answered="2025-09-01")
    assert proposal.created_at.year != 2025  # made today, submitted in 2025
    assert proposal.code == f"TK-2025-{proposal.pk:03d}"
    english = markdown("en")
    sent = english.split("Proposals sent to the state in 2025:")[1].split("\n\n")[1]
    assert sent == f"- {proposal.code} A real proposal real-2025 — Ministry of the Interior, 01.06.2025"
    assert f"- {proposal.code} A real proposal real-2025 — partly accepted (01.09.2025)" in english
    assert "| state | answered 1 |" in english
    assert "| riik |" in markdown("et")


def test_a_draft_proposal_is_coded_by_the_year_it_was_written():
    import datetime as dt

    real_proposal("submitted-2024", submitted="2024-11-30")
    submitted = Proposal.objects.get(key="submitted-2024")
    assert submitted.code.startswith("TK-2024-")
    submitted.submitted_on = None
    assert submitted.code == f"TK-{dt.date.today().year}-{submitted.pk:03d}"


def test_the_spikker_section_states_the_collection_from_the_data():
    published = Entry.objects.published()
    english = markdown("en").split("## The collection “Eesti eluga kohanemise spikker”")[1].split("\n## ")[0]
    assert f"The collection holds {published.count()} published entries in 9 life areas:" in english
    counts = {
        language: EntryText.objects.filter(entry__in=published, language=language).count()
        for language in ("et", "en", "ru", "uk")
    }
    assert (
        f"Published entries by language: Estonian {counts['et']}, English {counts['en']}, "
        f"Russian {counts['ru']}, Ukrainian {counts['uk']}."
    ) in english
    home = published.filter(area__key="home").count()
    assert f"- Home and neighbours: {home}" in english
    Entry.objects.filter(key="tipping").update(status="archived")
    assert f"holds {published.count()} published entries" in markdown("en") and published.count() == counts["et"] - 1


def test_the_map_was_completed_in_2025_under_elvls_lead():
    journey_en = markdown("en").split("\n## ")[1]
    assert "In 2025, under ELVL's lead, the service processes of the stakeholder groups were brought together" in (
        journey_en
    )
    assert "2025. aastal koondati ELVLi eestvedamisel" in markdown("et").split("\n## ")[1]
    assert "under ELVL's lead" not in to_markdown(build_annual_report(2024, "en"))  # a fact of 2025 only


def test_the_meetings_workshops_and_the_separate_workshop_are_two_facts():
    paragraphs = markdown("en").split("## Regular meetings of the partners and the network")[1].split("\n## ")[0]
    paragraphs = paragraphs.strip().split("\n\n")
    at_meetings = [p for p in paragraphs if p.startswith("The meetings also included service-design workshops")]
    separate = [p for p in paragraphs if p.startswith("Apart from the meetings, on 20.03.2025:")]
    assert len(at_meetings) == 1 and "20.03" not in at_meetings[0]
    assert separate == [
        "Apart from the meetings, on 20.03.2025: Service-design workshop on adaptation journeys for municipality "
        "representatives."
    ]


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_nothing_internal_is_printed(fmt):
    for language in ("et", "en"):
        text = plain_text(render(build_annual_report(2025, language), fmt)[0], fmt)
        for note in ("Allikas kuupäeva ei nimeta", "The date is not recorded", "not recorded", "koht märkimata"):
            assert note not in text


def test_the_english_report_has_no_estonian_words_except_names():
    real_proposal("real-for-words", submitted="2025-03-01", sent="2025-06-01")
    english = markdown("en")
    words = re.findall(r"[\w’'-]+", english)
    estonian = {w for w in words if w in ESTONIAN_WORDS or (re.search(r"[õäöüšž]", w, re.I) and w not in NAMES)}
    assert estonian == set()
    assert "Riga (LV)" in english and "mayor of Toila rural municipality" in english
    assert "Nordic Council of Ministers" in english and "Working group of the integration field" in english


def test_the_command_writes_a_draft_only_when_asked(capsys):
    call_command("report", "2025", "--lang", "en")
    assert "[sample]" not in capsys.readouterr().out
    call_command("report", "2025", "--lang", "en", "--draft")
    assert "[sample] TK-2025-001" in capsys.readouterr().out


def test_the_report_page_offers_the_draft_to_coordinators(as_persona):
    client = as_persona("coordinator")
    response = client.get("/en/reports/annual/?year=2025&language=en&format=md&draft=on")
    assert response["Content-Disposition"] == 'attachment; filename="teekond-aruanne-2025-en-mustand.md"'
    assert b"[sample]" in response.content
    public = client.get("/en/reports/annual/?year=2025&language=en&format=md")
    assert b"[sample]" not in public.content
