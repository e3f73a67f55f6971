"""Starter content is data: the journey map's files in the exchange format with one shared sources file,
loaded through the same import as any file; the seed adds nothing the second time."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from teekond.core.output import ImportRefused
from teekond.core.sources import SOURCES_FILE, shared_sources
from teekond.journey.exchange import export_data, import_data
from teekond.journey.exchange.files import merge_documents
from teekond.journey.models import (
    Bottleneck,
    BottleneckText,
    Evidence,
    MapEdition,
    MapEditionText,
    PerspectiveText,
    Proposal,
    ProposalText,
    Stage,
    StageText,
    Step,
    StepText,
)
from teekond.journey.seed import MAP_FILE, SAMPLE_ISSUES_FILE, starter_data

pytestmark = pytest.mark.django_db
PACKAGE = Path(__file__).resolve().parents[2]


def test_no_starter_content_is_python():
    assert not list(PACKAGE.glob("*/starter_*.py"))
    assert not list(PACKAGE.glob("*/*starter*.py"))


def test_the_seed_holds_what_the_data_files_say():
    data = starter_data(with_issues=True)
    assert Step.objects.count() == len(data["steps"]) == 53
    assert Stage.objects.count() == len(data["stages"]) == 13
    assert Bottleneck.objects.count() == len(data["bottlenecks"]) == 36
    assert Proposal.objects.count() == len(data["proposals"]) == 22
    assert MapEdition.objects.get(year=2025).led_by.short_name == "ELVL"
    notice = Step.objects.get(key="residence-notice")
    assert notice.source == "https://siseministeerium.ee/en/submission-notice-residence"  # S1, resolved
    assert Step.objects.get(key="state-family-allowances").source == (
        f"{shared_sources()['S21']}; {shared_sources()['S20']}"
    )


def test_the_files_cite_sources_by_key_only():
    for path in (MAP_FILE, SAMPLE_ISSUES_FILE):
        text = path.read_text(encoding="utf-8")
        assert "archimedes.ee" not in text
        data = json.loads(text)
        cited = [row.get("source", "") for name in ("steps", "bottlenecks") for row in data.get(name, [])]
        assert cited and all(not source.startswith("http") for source in cited), path.name


def test_a_second_seed_adds_nothing_and_changes_nothing():
    before = export_data()
    history = Step.history.count() + Bottleneck.history.count() + Proposal.history.count()
    call_command("seed", verbosity=0)
    assert export_data() == before
    assert Step.history.count() + Bottleneck.history.count() + Proposal.history.count() == history


def test_an_unknown_source_key_is_refused_naming_the_record_and_the_field():
    step = dict(starter_data(with_issues=False)["steps"][0], key="new-step", source="S1; S999")
    with pytest.raises(ImportRefused) as refused:
        import_data(merge_documents([json.loads(SOURCES_FILE.read_text()), {"steps": [step]}]))
    assert refused.value.errors == ["steps[0] new-step: field 'source': unknown source 'S999'"]
    assert not Step.objects.filter(key="new-step").exists()


def test_the_command_imports_several_files_as_one(tmp_path, capsys):
    step = dict(starter_data(with_issues=False)["steps"][0], key="cited-by-key", source="S17")
    path = tmp_path / "steps.json"
    path.write_text(json.dumps({"format": "teekond-journey", "steps": [step]}), encoding="utf-8")
    call_command("journey", "import", str(SOURCES_FILE), str(path))
    assert Step.objects.get(key="cited-by-key").source.startswith("https://www.harno.ee/")
    assert "1 steps" in capsys.readouterr().out


def test_the_export_brings_the_edition_back():
    exported = export_data()
    assert (
        exported["editions"][0]["year"] == 2025 and exported["editions"][0]["led_by"] == "Eesti Linnade ja Valdade Liit"
    )
    MapEdition.objects.all().delete()
    import_data(exported)
    assert MapEdition.objects.get(year=2025).text("en").summary.startswith("In 2025, under ELVL's lead")


LIMITS = {
    "perspectives": (PerspectiveText, ("name",)),
    "stages": (StageText, ("title",)),
    "steps": (StepText, ("title", "deadline")),
    "bottlenecks": (BottleneckText, ("title",)),
    "proposals": (ProposalText, ("title",)),
    "editions": (MapEditionText, ("title",)),
}


def test_every_text_fits_its_field():
    data = starter_data(with_issues=True)
    too_long = []
    for collection, (model, fields) in LIMITS.items():
        for item in data.get(collection, []):
            for language, texts in item["texts"].items():
                for field in fields:
                    if len(texts.get(field, "")) > model._meta.get_field(field).max_length:
                        too_long.append(f"{collection} {item.get('key', item.get('slug'))} {language}.{field}")
    evidence_limits = {"where": Evidence._meta.get_field("where").max_length}
    for item in data["bottlenecks"]:
        too_long += [
            f"evidence of {item['key']}" for e in item["evidence"] if len(e["where"]) > evidence_limits["where"]
        ]
    assert too_long == []
