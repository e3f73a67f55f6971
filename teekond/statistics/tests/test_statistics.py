"""Figures as charts with their tables: the same numbers in both, sample content left out or marked, on the
public statistics page and in the annual report's PDF and Word files."""

import datetime as dt
import io
import re

import pytest
from bs4 import BeautifulSoup

from teekond.core.tests import pdf
from teekond.guide.services import stuck
from teekond.journey.models import Step
from teekond.network.models import Municipality
from teekond.reports.annual import build_annual_report
from teekond.reports.document import Chart, to_docx, to_markdown, to_pdf
from teekond.spikker.models import Entry
from teekond.spikker.services import feedback_give
from teekond.statistics.charts import Figure, Series, render_png, render_svg
from teekond.statistics.figures import all_figures

pytestmark = pytest.mark.django_db
STEP = "residence-notice"


@pytest.fixture
def public_answers():
    """Readers' answers and newcomers' reports: real records, counted in every figure."""
    entries = list(Entry.objects.published()[:3])
    for number, (entry, helpful) in enumerate([(entries[0], True), (entries[0], False), (entries[1], True)]):
        feedback_give(entry=entry, helpful=helpful, language="en", client_address=f"192.0.2.{number}")
    for number in range(3):
        stuck.stuck_report_send(
            municipality=Municipality.objects.get(slug="tartu-linn"),
            step=Step.objects.get(key=STEP),
            situation="temporary-protection",
            language="uk",
            text="",
            client_address=f"198.51.100.{number}",
        )


def chart_numbers(svg: str) -> dict[tuple[str, str], str]:
    """What each bar of a chart says: {(category, series): number}, from the bars' own titles."""
    found = {}
    for title in BeautifulSoup(svg, "html.parser").select("rect title"):
        label, number = title.text.rsplit(": ", 1)
        category, series = label.split(" — ", 1)
        found[(category, series)] = number
    return found


def table_numbers(table) -> dict[tuple[str, str], str]:
    header = [th.text for th in table.select("thead th")][1:]
    found = {}
    for row in table.select("tbody tr"):
        category = row.th.text
        for name, cell in zip(header, row.select("td"), strict=False):
            found[(category, name)] = cell.text
    return found


def test_the_page_shows_each_chart_with_the_same_numbers_as_its_table(client, public_answers):
    page = BeautifulSoup(client.get("/en/statistics/?sample=1").content, "html.parser")
    sections = page.select("section.figure")
    assert len(sections) == 5
    for section in sections:
        svg, table = section.select_one("svg"), section.select_one("table")
        assert svg is not None and table is not None, section.h2.text
        assert svg["role"] == "img" and svg.title.text == section.h2.text
        bars = {key: value for key, value in chart_numbers(str(svg)).items() if value != "0"}
        cells = {key: value for key, value in table_numbers(table).items() if key[1] != "Total" and value != "0"}
        assert bars == cells, section.h2.text
        assert bars, f"{section.h2.text}: nothing drawn"


def test_sample_content_is_left_out_unless_asked_for_and_then_marked(client):
    real = client.get("/en/statistics/").content.decode()
    assert "sample records are left out" in real
    assert "Includes" not in real
    marked = client.get("/en/statistics/?sample=1").content.decode()
    assert "Sample records are not facts" in marked and "Includes 36 sample records" in marked


def test_the_figures_count_what_was_recorded(public_answers):
    figures = {figure.key: figure for figure in all_figures(today=dt.date.today())}
    helpful = figures["helpfulness-by-area"]
    assert sum(helpful.series[0].values) == 2 and sum(helpful.series[1].values) == 1
    assert sum(figures["stuck-by-month"].total(i) for i in range(len(figures["stuck-by-month"].categories))) == 3
    assert figures["bottlenecks-by-stage"].is_empty  # the starter bottlenecks are all sample content


def test_svg_text_is_escaped_and_png_is_drawn():
    figure = Figure("x", "<b>&", "d", "c", ["<script>"], [Series("s&s", [3])])
    svg = render_svg(figure)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert render_png(figure).startswith(b"\x89PNG")


def test_the_png_download(client):
    response = client.get("/en/statistics/bottlenecks-by-stage.png?sample=1")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get("/en/statistics/nothing.png").status_code == 404
    assert client.post("/en/statistics/").status_code == 405


def test_the_report_carries_the_charts_in_pdf_and_word(public_answers):
    from docx import Document as WordDocument

    document = build_annual_report(2025, "en")
    charts = [block for block in document.blocks if isinstance(block, Chart)]
    assert [chart.title for chart in charts] == [
        "“I got stuck here” reports by month and stage",
        "Was the spikker helpful? Answers by life area",
    ]
    word = WordDocument(io.BytesIO(to_docx(document)))
    assert len(word.inline_shapes) == len(charts)
    assert any("Was the spikker helpful" in p.text for p in word.paragraphs)
    text = pdf.text(to_pdf(document))
    assert "Was the spikker helpful" in text and "helpful" in text
    markdown = to_markdown(document)
    assert re.search(r"\| .+ \| 2 \| 1 \| 3 \|", markdown)  # helpful, not helpful, total (one area)
    # Sample records are counted once, in the journey section, not again under every figure.
    assert markdown.count("sample") == 2 and "36 sample bottlenecks and 22 sample proposals" in markdown


def test_report_chart_numbers_match_its_table(public_answers):
    for chart in (b for b in build_annual_report(2025, "en").blocks if isinstance(b, Chart)):
        bars = {key: value for key, value in chart_numbers(chart.svg).items() if value != "0"}
        header = chart.table.header[1:]
        cells = {
            (row[0], name): value
            for row in chart.table.rows
            for name, value in zip(header, row[1:], strict=False)
            if name != "Total" and value != "0"
        }
        assert bars == cells
