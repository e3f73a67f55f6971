"""The 2025 report generated from the seed states every fact of the seed's partnership, working-group
and events sections — in every format."""

import io
import subprocess
import sys
import zipfile

import pytest
from django.core.management import call_command
from docx import Document as WordDocument

from teekond.core.tests import pdf
from teekond.reports.annual import build_annual_report
from teekond.reports.document import Document, Paragraph, render, to_markdown

pytestmark = pytest.mark.django_db

# Facts of shared/seed/000_70c89a46e0f4009c.txt, as the report must state them.
PARTNERSHIP_FACTS = [
    "Tartu linn",
    "Rakvere linn",
    "Tallinn",
    "Pärnu linn",
    "Saaremaa vald",  # extended in 2025
    "Haapsalu linn",
    "01.12.2024",
    "Jõhvi vald",
    "Kohtla-Järve linn",
    "01.01.2025",
    "2024",
]
WORKING_GROUP_FACTS = [
    "Lõimumise valdkonna töörühm",
    "Eve East, Toila vallavanem",
    "Maris Toomel, Jõhvi vallavanem",
    "Mart Kallas, Tallinna Linnavolikogu",
    "Kaisa Üprus-Tali, Tallinna Sotsiaal- ja Tervishoiuameti Rändekeskuse juhataja",
    "Maarja Lehemets-Tihhanov, Harku vallasekretär",
    "Ene Täht, Pärnu abilinnapea",
    "Merle Liivak, Tartu sotsiaal- ja tervishoiuosakonna juhataja",
    "Kairit Kaaleste, Viru-Nigula valla sotsiaalosakonna juhataja",
]
EVENT_FACTS = [
    "06.–07.02.2025",
    "22.–23.05.2025",
    "25.–26.09.2025",
    "27.–28.11.2025",
    "Haapsalu",
    "Kohtla-Järve",
    "Rakvere",
    "20.03.2025",
    "Kohanemisteekondade teenusdisaini töötuba KOV esindajatele",
    "12.–14.03.2025",
    "17.–18.06.2025",
    "19.–20.11.2025",
    "Lõimumisakadeemia Riias",
    "KOV ametnikud ja töötajad",
    "13.05.2025",
    "Rändetaustaga klient kohalikule omavalitsusele",
    "16.10.2025",
    "Tartu",
    "Põhjamaade Ministrite Nõukogu",
    "Lõimumise võtmetegurid: ligipääs digivahenditele ja taskukohasele eluasemele",
]
ALL_FACTS = PARTNERSHIP_FACTS + WORKING_GROUP_FACTS + EVENT_FACTS


@pytest.fixture
def markdown_et():
    return to_markdown(build_annual_report(2025, "et"))


def section(markdown: str, number: int) -> str:
    return markdown.split("\n## ")[number]


def test_estonian_report_states_every_seed_fact(markdown_et):
    missing = [fact for fact in ALL_FACTS if fact not in markdown_et]
    assert missing == []


def test_sections_follow_the_seed(markdown_et):
    headings = [line for line in markdown_et.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Sihtrühmade kohanemise teekonnakaardi etapid, kitsaskohad KOVi, sisserändaja ja tagasipöörduja vaates "
        "ning lahendusettepanekud",
        "## Partnerluslepingud",
        "## Partnerite ja võrgustiku regulaarsed kohtumised",
        "## Kogumik „Eesti eluga kohanemise spikker“",
        "## Lõimumise valdkonna töörühm",
        "## Võrgustiku kohtumised ja üritused",
        "## Joonised",  # teekond.statistics: the figures as charts with their tables
    ]


def test_partnership_section_separates_extensions_from_new_agreements(markdown_et):
    partnership = section(markdown_et, 2)
    extended, new = partnership.split("\n\n")[1:3]
    for name in ["Tartu linn", "Rakvere linn", "Tallinn", "Pärnu linn", "Saaremaa vald"]:
        assert name in extended and name not in new
    assert "pikendati" in extended
    for name, date in [
        ("Haapsalu linn", "01.12.2024"),
        ("Jõhvi vald", "01.01.2025"),
        ("Kohtla-Järve linn", "01.01.2025"),
    ]:
        assert f"{name} (" in new and date in new
    assert "2024" in new


def test_working_group_section_counts_one_meeting_with_the_date_open(markdown_et):
    working_group = section(markdown_et, 5)
    assert "Esimees: Eve East, Toila vallavanem" in working_group
    assert working_group.count("\n- ") == 7
    assert "1 töörühma koosolek" in working_group


def test_english_report(client):
    markdown = to_markdown(build_annual_report(2025, "en"))
    assert "## Partnership agreements" in markdown
    assert "Conference “Key factors of integration: access to digital tools and affordable housing”" in markdown
    assert "\n1 meeting of the working group was held.\n" in markdown


def test_a_year_without_data_says_so():
    markdown = to_markdown(build_annual_report(2019, "en"))
    assert "No regular network meetings are recorded for 2019." in markdown
    assert "No events are recorded for 2019." in markdown


def test_docx_has_real_headings():
    content, _ = render(build_annual_report(2025, "et"), "docx")
    word = WordDocument(io.BytesIO(content))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Heading 1", "Lõimumise valdkonna töörühm") in headings
    assert headings[0][0] == "Title"
    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    assert [fact for fact in ALL_FACTS if fact not in text] == []
    assert zipfile.is_zipfile(io.BytesIO(content))


def test_pdf_renders_estonian_letters():
    content, _ = render(build_annual_report(2025, "et"), "pdf")
    # Text extraction splits words at line ends; compare without white space.
    text = "".join(pdf.text(content).split())
    for letters in ["Lõimumise", "Pärnu", "Jõhvi", "Kohtla-Järve", "Üprus-Tali", "töörühm"]:
        assert letters in text


def test_pdf_renders_every_estonian_letter_and_cyrillic():
    document = Document(title="Šokolaad ja žürii", language="et")
    document.add(Paragraph("õ ä ö ü š ž Õ Ä Ö Ü Š Ž — Київ, Россия"))
    text = pdf.page_texts(render(document, "pdf")[0])[0]
    assert "Šokolaad ja žürii" in text
    assert "õ ä ö ü š ž Õ Ä Ö Ü Š Ž" in text and "Київ, Россия" in text


def test_command_writes_markdown_to_standard_output(capsys):
    call_command("report", "2025")
    assert "Eve East, Toila vallavanem" in capsys.readouterr().out


def test_command_writes_each_format_to_a_file(tmp_path):
    for fmt, magic in [("md", b"# "), ("html", b"<!doctype html>"), ("docx", b"PK"), ("pdf", b"%PDF")]:
        target = tmp_path / f"aruanne.{fmt}"
        call_command("report", "2025", "--lang", "en", "--format", fmt, "-o", str(target))
        assert target.read_bytes().startswith(magic)


def test_command_refuses_bad_arguments_clearly():
    result = subprocess.run(
        [sys.executable, "-m", "teekond.cli", "report", "2025", "--format", "odt"], capture_output=True, text=True
    )
    assert result.returncode != 0 and "invalid choice: 'odt'" in result.stderr


@pytest.mark.parametrize("persona", ["coordinator", "tartu_editor", "facilitator", "member", "anonymous"])
def test_report_page_is_for_coordinators(as_persona, persona):
    response = as_persona(persona).get("/et/reports/annual/?year=2025&language=et&format=docx")
    if persona == "coordinator":
        assert response.status_code == 200
        assert response["Content-Disposition"] == 'attachment; filename="teekond-aruanne-2025-et.docx"'
        assert response.content.startswith(b"PK")
    elif persona == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == 403


def test_report_page_form_and_its_errors(as_persona):
    client = as_persona("coordinator")
    assert b'name="year"' in client.get("/en/reports/annual/").content
    response = client.get("/en/reports/annual/?year=1800&language=et&format=pdf")
    assert response.status_code == 200 and b"greater than or equal to 2020" in response.content
