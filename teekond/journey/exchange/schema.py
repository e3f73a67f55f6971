"""The shape of a journey map file (journey.exchange): what `teekond journey export` writes and the import, the
seed and the starter content read. Lengths come from the models; checked before anything is written."""

from django.conf import settings

from teekond.core.schema import (
    LONG_TEXT,
    Date,
    Either,
    ListOf,
    MapOf,
    Number,
    Record,
    Row,
    Text,
    Texts,
    YesNo,
    limit,
    text_fields,
)
from teekond.journey.models import (
    Actor,
    AnswerKind,
    Bottleneck,
    BottleneckStatus,
    BottleneckText,
    DeadlineAnchor,
    DeadlineUnit,
    Evidence,
    Level,
    MapEdition,
    MapEditionText,
    Milestone,
    Perspective,
    PerspectiveText,
    Proposal,
    ProposalState,
    ProposalText,
    Situation,
    Stage,
    StageText,
    Step,
    StepText,
    Timing,
)
from teekond.network.selectors import Event, EventType, Municipality, Organisation, OrganisationKind

SLUG = r"[-a-zA-Z0-9_]+"
MAX_RECORDS = 5000
ORDER = Number(0, 32767)


def _slug(model, name="slug", **options) -> Text:
    return Text(limit(model, name), pattern=SLUG, **options)


def _event() -> Row:
    return Row((Text(limit(Event, "type"), choices=tuple(EventType.values)), Date(nullable=False)), nullable=True)


def _situations() -> ListOf:
    return ListOf(Text(32, choices=tuple(Situation.values)), max_items=20)


def _municipality(**options) -> Text:
    return _slug(Municipality, **options)


def collections() -> dict:
    """Each collection of the file and the record its items must be."""
    organisation_name = Text(limit(Organisation, "name"))
    return {
        "organisations": Row(
            (
                organisation_name,
                Text(limit(Organisation, "short_name")),
                Text(limit(Organisation, "kind"), choices=tuple(OrganisationKind.values)),
                Text(limit(Organisation, "website")),
                MapOf(_language(), Text(limit(Organisation, "name"))),  # the name in other languages
            ),
            optional=1,
        ),
        "perspectives": Record(
            {
                "slug": _slug(Perspective),
                "order": ORDER,
                "texts": Texts(text_fields(PerspectiveText, ("name", "description"))),
            },
            required=("slug",),
        ),
        "stages": Record(
            {
                "slug": _slug(Stage),
                "order": ORDER,
                "perspectives": ListOf(_slug(Perspective), max_items=50),
                "situations": _situations(),
                "timing": Text(limit(Stage, "timing"), choices=tuple(Timing.values)),
                "texts": Texts(text_fields(StageText, ("title", "summary"))),
            },
            required=("slug",),
        ),
        "steps": _step(organisation_name),
        "bottlenecks": _bottleneck(),
        "proposals": _proposal(organisation_name),
        "editions": _edition(organisation_name),
    }


def _language() -> Text:
    return Text(8, choices=tuple(settings.CONTENT_LANGUAGES))


def _edition(organisation_name) -> Record:
    return Record(
        {
            "year": Number(1991, 2999),
            "led_by": Text(organisation_name.max_length, nullable=True),
            "source": Text(limit(MapEdition, "source")),
            "texts": Texts(text_fields(MapEditionText, ("title", "summary"))),
        },
        required=("year",),
    )


def _step(organisation_name) -> Record:
    deadline = Record(
        {
            "amount": Number(0, 32767, nullable=True),
            "unit": Text(limit(Step, "deadline_unit"), nullable=True, choices=("", *DeadlineUnit.values)),
            "from": Text(limit(Step, "deadline_from"), nullable=True, choices=("", *DeadlineAnchor.values)),
        },
        nullable=True,
    )
    return Record(
        {
            "key": _slug(Step, "key"),
            "stage": _slug(Stage),
            "order": ORDER,
            "actor": Text(limit(Step, "actor"), choices=tuple(Actor.values)),
            "institution": organisation_name,
            "deadline": deadline,
            "situations": _situations(),
            "children_only": YesNo(),
            "source": Text(limit(Step, "source")),
            "source_municipality": _municipality(nullable=True),
            "checked": Date(),
            "texts": Texts(text_fields(StepText, ("title", "what", "deadline"))),
        },
        required=("key", "stage"),
    )


def _bottleneck() -> Record:
    evidence = Record(
        {
            "what": Text(limit(Evidence, "what")),
            "where": Text(limit(Evidence, "where")),
            "source": Text(limit(Evidence, "reported_by")),
            "observed": Date(),
            "municipality": _municipality(nullable=True),
            "internal": YesNo(),
            "language": Text(limit(Evidence, "language"), choices=tuple(settings.CONTENT_LANGUAGES)),
        },
        required=("what",),
    )
    return Record(
        {
            "key": _slug(Bottleneck, "key"),
            "stage": _slug(Stage),
            "perspective": _slug(Perspective),
            "status": Text(limit(Bottleneck, "status"), choices=tuple(BottleneckStatus.values)),
            "municipalities": ListOf(_municipality(), max_items=100),
            "origin": _event(),
            "owner": _municipality(nullable=True),
            "merged_into": _slug(Bottleneck, "key", nullable=True),
            "source": Text(limit(Bottleneck, "source")),
            "sample": YesNo(),
            "texts": Texts(text_fields(BottleneckText, ("title", "description"))),
            "evidence": ListOf(evidence, max_items=500),
        },
        required=("key", "stage", "perspective"),
    )


def _proposal_step() -> Record:
    """One move of a proposal's recorded history."""
    return Record(
        {
            "state": Text(limit(Proposal, "state"), choices=tuple(ProposalState.values)),
            "date": Date(nullable=False),
            "reason": Text(LONG_TEXT),
            "reference": Text(limit(Proposal, "sent_reference")),
            "registered_on": Date(),
            "answer_due": Date(),
            "answer": Text(limit(Proposal, "answer_kind"), choices=("", *AnswerKind.values)),
            "answer_text": Text(limit(Proposal, "answer_text")),
            "answer_reasons": Text(limit(Proposal, "answer_reasons")),
            "progress": Number(0, 100),
            "merged_into": _slug(Proposal, "key"),
        },
        required=("state", "date"),
    )


def _proposal(organisation_name) -> Record:
    milestone = Record(
        {"date": Date(nullable=False), "text": Text(limit(Milestone, "text")), "progress": Number(0, 100)},
        required=("date", "text"),
    )
    body = Text(len("municipality:") + max(organisation_name.max_length, limit(Municipality, "slug")), nullable=True)
    return Record(
        {
            "key": _slug(Proposal, "key"),
            "bottlenecks": ListOf(_slug(Bottleneck, "key"), max_items=100),
            "level": Text(limit(Proposal, "level"), choices=tuple(Level.values)),
            "body": body,
            "owner": _municipality(nullable=True),
            "origins": ListOf(_event(), max_items=100),
            "authors": Text(limit(Proposal, "author_names")),
            "sample": YesNo(),
            "state": Text(limit(Proposal, "state"), choices=tuple(ProposalState.values)),
            "texts": Texts(text_fields(ProposalText, ("title", "body"))),
            "history": ListOf(_proposal_step(), max_items=100),
            "milestones": ListOf(milestone, max_items=200),
            "answer_due": Date(),
            "extension": Record(
                {"date": Date(nullable=False), "reason": Text(limit(Proposal, "extension_reason"))},
                required=("date",),
                nullable=True,
            ),
        },
        required=("key", "level"),
    )


def problems(data, *, format_name: str, version: int) -> list[str]:
    """Every problem with the file's shape, each naming the record and the field; empty when it fits."""
    if not isinstance(data, dict):
        return ["the file must hold a JSON object"]
    kinds = collections()
    # Named by key in `source` fields (journey.exchange.files): an address, or a document's title per language.
    source = Text(limit(Step, "source"))
    sources = MapOf(Text(50), Either(source, MapOf(_language(), source), "a text or an object of texts by language"))
    top = Record(
        {
            "format": Text(50, choices=(format_name,)),
            "version": Number(1, version),
            "sources": sources,
            **dict.fromkeys(kinds),
        }
    )
    errors = [f"file: {error}" for error in _top_level(top, data)]
    for name, record in kinds.items():
        rows = data.get(name, [])
        if not isinstance(rows, list):
            errors.append(f"file: field '{name}': must be a list")
            continue
        if len(rows) > MAX_RECORDS:
            errors.append(f"file: field '{name}': at most {MAX_RECORDS} records ({len(rows)} given)")
            continue
        for index, row in enumerate(rows):
            key = row.get("key", row.get("slug", row.get("year", ""))) if isinstance(row, dict) else ""
            key = str(key) if isinstance(key, int) and not isinstance(key, bool) else key
            where = f"{name}[{index}] {key}" if isinstance(key, str) and key else f"{name}[{index}]"
            errors += [f"{where}: {error}" for error in record.check(row, "")]
    return errors


def _top_level(top: Record, data: dict) -> list[str]:
    errors = [f"field '{key}': appears twice" for key in getattr(data, "duplicates", ())]
    for key, value in data.items():
        if key not in top.fields:
            errors.append(f"field '{key}': is not part of a journey map file")
        elif top.fields[key] is not None:
            errors += top.fields[key].check(value, key)
    return errors
