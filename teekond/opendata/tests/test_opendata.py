"""Open data: dumps that validate against their datapackage.json, CSV cells that cannot run as formulas,
an API that pages, filters and describes every field, ETags, Atom feeds — and nothing private."""

import csv
import datetime as dt
import io
import json

import pytest
from frictionless import Package

from teekond.journey.models import Bottleneck, Proposal
from teekond.journey.services import evidence_add, proposal_move, proposal_save
from teekond.opendata.catalogue import record_types
from teekond.opendata.dumps import build, spreadsheet_safe

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile(member, coordinator):
    """A public proposal whose title a spreadsheet would run as a formula, and internal evidence."""
    bottleneck = Bottleneck.objects.current().first()
    proposal = proposal_save(
        user=member,
        fields={"level": "network"},
        texts={"et": {"title": '=HYPERLINK("http://evil.example","klikka")', "body": "-2+3"}},
        bottlenecks=[bottleneck],
    )
    proposal_move(user=member, proposal=proposal, to_state="submitted")
    evidence_add(user=coordinator, bottleneck=bottleneck, what="Mari Maasikas, isikukood 49001010000", is_internal=True)
    return proposal


def test_the_dumps_validate_against_their_datapackage(tmp_path, hostile):
    folder = build(tmp_path / "open-data")
    report = Package(str(folder / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = {resource["name"] for resource in json.loads((folder / "datapackage.json").read_text())["resources"]}
    assert names == {t.name for t in record_types()} >= {
        "stages", "steps", "bottlenecks", "proposals", "proposal-history", "bodies", "spikker", "events",
        "agreements", "municipalities", "local-services",
    }  # fmt: skip
    readme = (folder / "README.md").read_text()
    assert "CC BY 4.0" in readme
    for record_type in record_types():  # every field is described in the README
        assert all(f"`{column.name}`" in readme for column in record_type.columns), record_type.name
    assert len(json.loads((folder / "proposals.json").read_text())) == len(record_types()[4].rows())


def test_csv_cells_cannot_run_as_formulas(tmp_path, hostile):
    folder = build(tmp_path / "open-data")
    rows = list(csv.DictReader(io.StringIO((folder / "proposals.csv").read_text())))
    row = next(r for r in rows if r["key"] == hostile.key)
    assert row["title_et"].startswith("'=HYPERLINK") and row["body_et"] == "'-2+3"
    as_json = next(r for r in json.loads((folder / "proposals.json").read_text()) if r["key"] == hostile.key)
    assert as_json["title_et"].startswith("=HYPERLINK")  # JSON keeps the text as it is
    assert [spreadsheet_safe(v) for v in ("@SUM(1)", "\tx", "plain", "")] == ["'@SUM(1)", "'\tx", "plain", ""]


def test_no_personal_data_and_no_drafts(tmp_path, hostile, member):
    draft = proposal_save(
        user=member,
        fields={"level": "state"},
        texts={"et": {"title": "Mustand"}},
        bottlenecks=[Bottleneck.objects.first()],
    )
    everything = "".join(path.read_text() for path in build(tmp_path / "open-data").iterdir())
    assert "Maasikas" not in everything and "49001010000" not in everything
    assert draft.key not in everything
    bottleneck = next(r for r in record_types()[3].rows() if r["key"] == hostile.bottlenecks.first().key)
    assert bottleneck["evidence_count"] == hostile.bottlenecks.first().evidence.filter(is_internal=False).count()


def test_every_list_endpoint_pages_and_is_documented(client):
    schema = client.get("/api/v1/openapi.json").json()
    for record_type in record_types():
        path = f"/api/v1/{record_type.name}/"
        operation = schema["paths"][path]["get"]
        parameters = {p["name"]: p for p in operation["parameters"]}
        assert {"limit", "offset"} <= set(parameters) and parameters["limit"]["description"]
        item = schema["components"]["schemas"]["".join(w.capitalize() for w in record_type.name.split("-"))]
        undocumented = [name for name, field in item["properties"].items() if not field.get("description")]
        assert undocumented == [], record_type.name
        page = client.get(path, {"limit": 2}).json()
        assert len(page["items"]) == min(2, page["count"]) and page["count"] == len(record_type.rows())


def test_pages_and_filters(client):
    first = client.get("/api/v1/municipalities/", {"limit": 10}).json()
    second = client.get("/api/v1/municipalities/", {"limit": 10, "offset": 10}).json()
    assert first["count"] == 79 and not {m["key"] for m in first["items"]} & {m["key"] for m in second["items"]}
    sent = client.get("/api/v1/proposals/", {"state": "sent", "level": "state"}).json()["items"]
    assert sent and all(p["state"] == "sent" and p["level"] == "state" and p["answer_due"] for p in sent)
    interior = client.get("/api/v1/proposals/", {"body": "siseministeerium"}).json()["items"]
    assert interior and all(p["body"] == "siseministeerium" for p in interior)
    stage = client.get("/api/v1/bottlenecks/", {"stage": "residence-registration", "perspective": "immigrant"}).json()
    assert all(b["stage"] == "residence-registration" and b["perspective"] == "immigrant" for b in stage["items"])
    tartu = client.get("/api/v1/local-services/", {"municipality": "tartu-linn"}).json()["items"]
    assert tartu and all(s["municipality"] == "tartu-linn" for s in tartu)
    assert client.get("/api/v1/proposals/", {"limit": 0}).status_code == 422


def test_changed_since(client, hostile):
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    assert client.get("/api/v1/proposals/", {"changed_since": later}).json()["count"] == 0
    recent = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).isoformat()
    keys = [p["key"] for p in client.get("/api/v1/proposals/", {"changed_since": recent}).json()["items"]]
    assert hostile.key in keys


def test_one_record_by_its_key_with_its_due_date(client):
    proposal = Proposal.objects.filter(state="sent").first()
    answer = client.get(f"/api/v1/proposals/{proposal.key}").json()
    assert answer["answer_due"] == proposal.answer_due.isoformat() and answer["overdue"] in (True, False)
    assert answer["days_waiting"] == (dt.date.today() - proposal.sent_on).days
    assert client.get("/api/v1/proposals/no-such-key").status_code == 404
    history = client.get("/api/v1/proposal-history/", {"limit": 500}).json()["items"]
    assert any(h["proposal"] == proposal.key and h["to_state"] == "sent" for h in history)


def test_etags_answer_304_while_nothing_changed(client):
    first = client.get("/api/v1/stages/")
    assert first.status_code == 200 and first["ETag"]
    again = client.get("/api/v1/stages/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/api/v1/stages/", {"limit": 1}, headers={"If-None-Match": first["ETag"]})
    assert other.status_code == 200


def test_open_data_pages(client, settings, tmp_path):
    settings.OPEN_DATA_DIR = tmp_path / "open-data"
    index = client.get("/open-data/", headers={"Accept-Language": "en"})
    assert index.status_code == 200 and "proposals.csv" in index.content.decode()
    dump = client.get("/open-data/proposals.csv")
    assert dump.status_code == 200 and dump["Content-Type"].startswith("text/csv") and dump["ETag"]
    assert client.get("/open-data/../settings.py").status_code == 404
    assert client.get("/open-data/nothing.csv").status_code == 404
    assert client.post("/open-data/").status_code == 405


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en/journey/proposals/feed.atom", "sent to the responsible body"),
        ("/en/spikker/feed.atom", "<entry>"),
        ("/en/events/feed.atom", "<entry>"),
    ],
)
def test_atom_feeds(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    assert expected in response.content.decode()


def test_the_daily_command_runs_every_step_and_can_run_again(settings, tmp_path):
    from django.core.management import call_command

    settings.OPEN_DATA_DIR = tmp_path / "open-data"
    out = io.StringIO()
    call_command("daily", stdout=out)
    call_command("daily", stdout=out)
    text = out.getvalue()
    assert text.count("== reminders") == 2 and "digests queued: 0" in text
    assert (settings.OPEN_DATA_DIR / "datapackage.json").exists()
