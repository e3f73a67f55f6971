"""Exports, the all-or-nothing import, the poster and the ministry's spreadsheet."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from teekond.core.output import ImportRefused
from teekond.core.tests import pdf
from teekond.core.translation import save_text
from teekond.journey.exchange import export_data, import_data
from teekond.journey.models import Bottleneck, Perspective, Proposal, ProposalState, Stage, Step, Support

pytestmark = pytest.mark.django_db


def empty_the_map():
    Support.objects.all().delete()
    Proposal.objects.all().delete()
    Bottleneck.objects.all().delete()
    Step.objects.all().delete()
    Stage.objects.all().delete()
    Perspective.objects.all().delete()


def snapshot():
    return (Stage.objects.count(), Step.objects.count(), Bottleneck.objects.count(), Proposal.objects.count())


def test_export_then_import_into_an_empty_map_gives_the_same_export(tmp_path):
    target = tmp_path / "map.json"
    call_command("journey", "export", "--format", "json", "-o", str(target))
    first = json.loads(target.read_text())
    assert len(first["bottlenecks"]) >= 30 and len(first["proposals"]) >= 15
    empty_the_map()
    call_command("journey", "import", str(target))
    assert export_data() == first


def test_an_outdated_translation_stays_outdated_through_export_and_import():
    stage = Stage.objects.get(slug="residence-registration")
    estonian = stage.text("et")
    save_text(stage, language="et", title=estonian.title + " (uuendatud)", summary=estonian.summary)
    assert stage.translation_states()["en"] == "outdated"
    data = export_data()
    exported = next(item for item in data["stages"] if item["slug"] == stage.slug)
    assert exported["texts"]["en"]["outdated"] is True and "outdated" not in exported["texts"]["et"]
    empty_the_map()
    import_data(data)
    states = Stage.objects.get(slug="residence-registration").translation_states()
    assert states["en"] == "outdated" and states["et"] != "outdated"
    other = Stage.objects.exclude(slug="residence-registration").first()
    assert "outdated" not in other.translation_states().values()
    assert export_data() == data


def test_import_updates_by_key():
    data = export_data()
    data["bottlenecks"][0]["texts"]["et"]["title"] = "Uus pealkiri"
    data["bottlenecks"][0]["status"] = "solved"
    import_data(data)
    bottleneck = Bottleneck.objects.get(key=data["bottlenecks"][0]["key"])
    assert (bottleneck.text("et").title, bottleneck.status) == ("Uus pealkiri", "solved")


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda d: d["bottlenecks"][2].update(stage="moon-landing"), "field 'stage': unknown stage 'moon-landing'"),
        (lambda d: d["steps"][0].update(institution="Kuu Amet"), "field 'institution': unknown organisation"),
        (lambda d: d["bottlenecks"][1]["texts"].pop("et"), "field 'texts.et.title': the Estonian title is missing"),
        (lambda d: d["proposals"][0].update(level="galaxy"), "field 'level': 'galaxy' is not one of"),
        (lambda d: d["proposals"][0].update(bottlenecks=["nobody"]), "unknown bottleneck 'nobody'"),
        (lambda d: d["bottlenecks"][3].update(municipalities=["atlantis"]), "unknown municipality 'atlantis'"),
        (lambda d: d["stages"][0]["texts"]["en"].update(outdated="yes"), "field 'texts.en.outdated': true or false"),
    ],
)
def test_a_bad_record_is_named_and_nothing_changes(damage, message):
    data = export_data()
    damage(data)
    before = snapshot()
    with pytest.raises(ImportRefused) as refused:
        import_data(data)
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert snapshot() == before


def test_an_impossible_history_is_refused_and_rolls_everything_back():
    data = export_data()
    data["bottlenecks"][0]["texts"]["et"]["title"] = "Muudatus, mis ei tohi jääda"
    answered = next(p for p in data["proposals"] if p["state"] == "answered")
    answered["history"] = [h for h in answered["history"] if h["state"] != "sent"]
    with pytest.raises(ImportRefused) as refused:
        import_data(data)
    assert f"{answered['key']}: " in refused.value.errors[0]
    assert "cannot become" in refused.value.errors[0]
    assert not Bottleneck.objects.filter(texts__title="Muudatus, mis ei tohi jääda").exists()


def test_import_command_reports_errors_and_exits_non_zero(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(CommandError, match="not a JSON file"):
        call_command("journey", "import", str(broken))
    data = export_data()
    data["stages"][0]["perspectives"] = ["aliens"]
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(data))
    with pytest.raises(CommandError, match=r"stages\[0\] returnee-planning: field 'perspectives': unknown perspective"):
        call_command("journey", "import", str(wrong))


def test_csv_export_has_one_row_per_record_with_its_kind(capsys):
    call_command("journey", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    kinds = [row["kind"] for row in rows]
    assert kinds.count("stages") == Stage.objects.count()
    assert kinds.count("bottlenecks") == Bottleneck.objects.count()
    sent = next(row for row in rows if row["kind"] == "proposals" and row["state"] == "sent")
    assert "sent 20" in sent["history"]


def test_xlsx_export_has_a_sheet_per_kind(tmp_path):
    target = tmp_path / "map.xlsx"
    call_command("journey", "export", "--format", "xlsx", "-o", str(target))
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["stages", "steps", "bottlenecks", "proposals"]
    assert workbook["proposals"].max_row == Proposal.objects.count() + 1


def test_proposals_spreadsheet_for_a_ministry(client):
    response = client.get("/et/journey/proposals.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert len(header) == 14 and header[0] == "Kood"
    public = Proposal.objects.exclude(state=ProposalState.DRAFT).count()
    assert sheet.max_row == public + 1


@pytest.mark.parametrize("language", ["et", "en", "ru", "uk"])
def test_poster_is_an_a3_landscape_pdf_in_each_language(tmp_path, language):
    target = tmp_path / f"poster-{language}.pdf"
    call_command("journey", "poster", "--lang", language, "-o", str(target))
    width, height = pdf.page_sizes(target)[0]
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape in points
    text = pdf.page_texts(target)[0]
    assert Stage.objects.get(slug="returnee-planning").text(language).title.split()[0] in text
