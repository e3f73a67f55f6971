"""The open-data endpoints: GET /api/v1/{record type}/ (a page of records, filterable) and
GET /api/v1/{record type}/{key} for every record type of teekond.opendata — generated from the same
column descriptions as the dumps and their README, so the OpenAPI schema describes every field."""

import datetime as dt
from typing import Annotated, Any

from django.http import Http404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja import Path as PathParam
from ninja.pagination import LimitOffsetPagination, paginate
from pydantic import AfterValidator, StringConstraints, create_model

from teekond.opendata.catalogue import record_types
from teekond.opendata.records import (
    BOOLEAN,
    DATE,
    DATETIME,
    INTEGER,
    NUMBER,
    Filters,
    RecordType,
)

MAX_PAGE = 500
OPEN_DATA_TAG = "open data"
KEY_HELP = "The record's stable key (its `key` field)."
TYPES = {INTEGER: int, NUMBER: float, BOOLEAN: bool, DATE: dt.date, DATETIME: dt.datetime}
FILTER_HELP = {
    "state": "Only proposals in this state (e.g. sent).",
    "level": "Only proposals of this level: municipality, network or state.",
    "body": "Only proposals sent to this body (bodies.key).",
    "stage": "Only records of this stage (stages.key).",
    "perspective": "Only records seen from this perspective (perspectives.key).",
    "municipality": "Only records of this municipality (municipalities.key).",
    "changed_since": "Only records changed at or after this moment (RFC 3339, e.g. 2026-01-31T00:00:00+02:00).",
}


class Page(LimitOffsetPagination):
    """A page of records: `count` is how many there are in all, `items` at most `limit` of them."""

    class Input(Schema):
        limit: int = Field(100, ge=1, le=MAX_PAGE, description=f"How many records, 1–{MAX_PAGE}.")
        offset: int = Field(0, ge=0, description="How many records to skip (the first is 0).")


class NotFound(Schema):
    detail: str


class Invalid(Schema):
    """Why a request was refused: one item per bad parameter, with where it is and what is wrong."""

    detail: list[dict]


def _schema(record_type: RecordType):
    fields: dict[str, Any] = {}
    for column in record_type.columns:
        python_type = TYPES.get(column.type, str)
        if column.required:
            fields[column.name] = (python_type, Field(..., description=column.description))
        else:
            fields[column.name] = (python_type | None, Field(None, description=column.description))
    name = "".join(part.capitalize() for part in record_type.name.split("-"))
    return create_model(name, __base__=Schema, __doc__=record_type.description, **fields)


def _moment(value: str) -> dt.datetime:
    """An ISO 8601 moment; without a zone it is Estonian time. Numbers (Unix times) are refused."""
    moment = dt.datetime.fromisoformat(value)  # a ValueError becomes a 422 naming the parameter
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


ISO_MOMENT = r"^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"
Moment = Annotated[
    str,
    StringConstraints(pattern=ISO_MOMENT, max_length=40),
    Field(json_schema_extra={"format": "date-time"}),
    AfterValidator(_moment),
]


def _filters_schema(record_type: RecordType):
    fields: dict[str, Any] = {}
    for name in record_type.filters:
        if name == "changed_since":
            fields[name] = (Moment | None, Field(None, description=FILTER_HELP[name]))
        else:
            fields[name] = (str | None, Field(None, description=FILTER_HELP[name], max_length=100))
    name = "".join(part.capitalize() for part in record_type.name.split("-")) + "Filters"
    return create_model(name, __base__=Schema, **fields)


def _add_endpoints(router: Router, record_type: RecordType) -> None:
    schema, filters_schema = _schema(record_type), _filters_schema(record_type)
    tag = OPEN_DATA_TAG

    list_options = {
        "response": {200: list[schema], 422: Invalid},
        "tags": [tag],
        "summary": f"{record_type.title}: a page of records",
        "description": record_type.description,
        "operation_id": f"list_{record_type.name.replace('-', '_')}",
    }
    if record_type.filters:

        @router.get(f"/{record_type.name}/", **list_options)
        @paginate(Page)
        def list_filtered(request, filters: Query[filters_schema]):
            return record_type.rows(Filters(**{name: getattr(filters, name) for name in record_type.filters}))

    else:

        @router.get(f"/{record_type.name}/", **list_options)
        @paginate(Page)
        def list_all(request):
            return record_type.rows()

    @router.get(
        f"/{record_type.name}/{{key}}",
        response={200: schema, 404: NotFound, 422: Invalid},
        tags=[tag],
        summary=f"{record_type.title}: one record by its key",
        operation_id=f"get_{record_type.name.replace('-', '_')}",
    )
    def one_record(request, key: str = PathParam(..., max_length=100, description=KEY_HELP)):
        row = record_type.row(key)
        if row is None:
            raise Http404(f"No {record_type.name} with the key {key!r}.")
        return row


def open_data_router() -> Router:
    router = Router()
    for record_type in record_types():
        _add_endpoints(router, record_type)
    return router
