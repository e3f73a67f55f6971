"""The starter termbase (data/termbase.json): concepts missing from the database are added, none is changed,
and search is given every concept's names as synonyms."""

import json
from pathlib import Path

from teekond.terms.services import termbase_import

TERMBASE = Path(__file__).parent / "data" / "termbase.json"


def load_seed() -> dict[str, int]:
    return termbase_import(data=json.loads(TERMBASE.read_text(encoding="utf-8")))
