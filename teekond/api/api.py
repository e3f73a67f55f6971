"""The open JSON interface, version 1 (OpenAPI 3 at /api/v1/openapi.json, browsable at /api/v1/docs).

Thin on purpose: every endpoint calls the same selectors and services as the pages, so the API can
show nothing a page would not.
"""

import json
from enum import Enum

from django.conf import settings
from django.utils import translation
from ninja import NinjaAPI, Query, Schema
from ninja.parser import Parser
from pydantic import Field

from teekond.api.records import open_data_router
from teekond.spikker.search import MAX_RESULTS, search_entries


class ObjectParser(Parser):
    """Every request body is a JSON object (or `null`, for an optional body left out). Anything else is refused
    (400) instead of being read as an object with no fields: django-ninja would take `[null, null]` for `{}`."""

    def parse_body(self, request):
        data = json.loads(request.body)
        if data is not None and not isinstance(data, dict):
            raise ValueError("the body must be a JSON object")
        return data


api = NinjaAPI(
    parser=ObjectParser(),
    title="Teekond API",
    version="1",
    description="Open data of the Estonian municipalities' integration network.",
    urls_namespace="api-v1",
)

Language = Enum("Language", {code: code for code in settings.CONTENT_LANGUAGES}, type=str)


class SpikkerSearchParams(Schema):
    q: str = Field(..., min_length=1, max_length=200, description="Any word forms, in any content language.")
    lang: Language = Field(Language(settings.SOURCE_LANGUAGE), description="The reader's language for titles.")


class SpikkerHit(Schema):
    key: str
    title: str
    lang: str = Field(description="The language the title is in: the reader's, or a fallback.")
    url: str
    score: float


class SpikkerSearchAnswer(Schema):
    query: str
    results: list[SpikkerHit] = Field(max_length=MAX_RESULTS)


class ValidationProblem(Schema):
    """Why a request was refused: one item per bad parameter, with where it is and what is wrong."""

    detail: list[dict]


@api.get(
    "/spikker/search",
    response={200: SpikkerSearchAnswer, 422: ValidationProblem},
    tags=["spikker"],
    summary="Search the spikker",
)
def spikker_search(request, params: Query[SpikkerSearchParams]):
    """Published entries matching the query through any of their translations, best first, at most 20."""
    language = params.lang.value
    with translation.override(language):
        results = [
            SpikkerHit(
                key=result.entry.key,
                title=result.shown.title,
                lang=result.shown.language,
                url=request.build_absolute_uri(result.url),
                score=round(result.score, 4),
            )
            for result in search_entries(params.q, language, marked=False)
        ]
    return SpikkerSearchAnswer(query=params.q, results=results)


# The live workshop board: /api/v1/workshops/{code}/… (teekond/workshops/api.py).
api.add_router("/workshops/", "teekond.workshops.api.router")
# Every public record type as open data: /api/v1/proposals/, /api/v1/bodies/, … (api/records.py).
api.add_router("", open_data_router())
