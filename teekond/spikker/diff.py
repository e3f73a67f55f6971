"""What changed in the Estonian text since a translation was made, word by word.

Words are compared rather than characters: a translator rereads a changed phrase, not a changed
letter, and a word-level diff of prose stays readable.
"""

import difflib
import re
from dataclasses import dataclass

TOKEN = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Piece:
    kind: str  # "same", "removed" or "added"
    text: str


@dataclass(frozen=True)
class FieldComparison:
    name: str
    label: str
    current: str
    old: str | None
    pieces: list[Piece] | None  # None when the field did not change


def as_text(value) -> str:
    """A field as text; the examples list one example per line."""
    if isinstance(value, list):
        return "\n".join(value)
    return value or ""


def word_diff(old: str, new: str) -> list[Piece]:
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(lambda token: token.isspace(), old_tokens, new_tokens, autojunk=False)
    pieces = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            pieces.append(Piece("same", "".join(old_tokens[old_start:old_end])))
            continue
        if old_end > old_start:
            pieces.append(Piece("removed", "".join(old_tokens[old_start:old_end])))
        if new_end > new_start:
            pieces.append(Piece("added", "".join(new_tokens[new_start:new_end])))
    return pieces


def compare_fields(old_row, new_row, labels: dict[str, str]) -> list[FieldComparison]:
    """Each field of the current row beside the old one (None: nothing to compare with)."""
    comparisons = []
    for name, label in labels.items():
        current = as_text(getattr(new_row, name, ""))
        old = as_text(getattr(old_row, name, "")) if old_row is not None else None
        pieces = word_diff(old, current) if old is not None and old != current else None
        comparisons.append(FieldComparison(name, label, current, old, pieces))
    return comparisons
