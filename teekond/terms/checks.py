"""`teekond terms check`: the termbase's outdated and forbidden variants, looked for wherever the product
speaks — the UI catalogues (.po msgstr), the starter data files, and texts other capabilities register
(the published spikker entries).

Words are matched by their forms with the search analysers (search.phrases), so "Больничной кассы" is found
as "Больничная касса". A word in quotation marks is mentioned, not used (“search for «прописка»”, “formerly
«Haigekassa»”), so it is not reported. Ukrainian also has one apostrophe (the termbase's `apostrophe`, ’): a Ukrainian
word written with another one is reported too. A finding names the file or record, the field, the
variant and what to write instead.
"""

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from teekond.terms.selectors import flagged_index, flagged_index_from_data

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TERMBASE_FILE = Path(__file__).parent / "data" / "termbase.json"
# Data files without newcomer-facing text in a language: the sources and the termbase itself.
NOT_CHECKED = {"termbase.json", "sources.json"}
CYRILLIC = "А-Яа-яІіЇїЄєҐґЁё"
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")

# (where, field, language, text) from another capability, e.g. the published spikker.
TextSource = Callable[[], Iterable[tuple[str, str, str, str]]]
_text_sources: dict[str, TextSource] = {}


def register_texts(name: str, source: TextSource) -> None:
    """A capability adds its own texts to the check (called from its AppConfig.ready)."""
    _text_sources[name] = source


@dataclass(frozen=True)
class Finding:
    where: str
    field: str
    language: str
    found: str
    message: str

    def __str__(self):
        return f"{self.where}: field {self.field!r} [{self.language}]: «{self.found}» — {self.message}"


# Where the texts are


def catalogue_files() -> list[Path]:
    return sorted((PACKAGE_DIR / "locale").glob("*/LC_MESSAGES/django.po"))


def data_files() -> list[Path]:
    return sorted(path for path in PACKAGE_DIR.glob("*/data/*.json") if path.name not in NOT_CHECKED)


def catalogue_texts(path: Path) -> Iterator[tuple[str, str, str, str]]:
    language = path.parent.parent.name
    for msgid, msgstrs in read_po(path.read_text(encoding="utf-8")):
        for number, text in enumerate(msgstrs):
            field = "msgstr" if len(msgstrs) == 1 else f"msgstr[{number}]"
            yield f"{_relative(path)}: msgid {msgid[:60]!r}", field, language, text


def read_po(content: str) -> Iterator[tuple[str, list[str]]]:
    """(msgid, [msgstr, …]) of each translated entry; fuzzy and obsolete entries are not the product's text."""
    for block in re.split(r"\n\s*\n", content):
        lines = [line for line in block.splitlines() if line.strip()]
        if any(line.startswith("#,") and "fuzzy" in line for line in lines):
            continue
        fields: dict[str, list[str]] = {}
        current = None
        for line in lines:
            if line.startswith("#"):
                continue
            keyword = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"', line)
            if keyword:
                current = keyword.group(1)
                fields[current] = [_unquote(line[keyword.end() - 1 :])]
            elif line.startswith('"') and current:
                fields[current].append(_unquote(line))
        msgid = "".join(fields.get("msgid", []))
        msgstrs = ["".join(value) for key, value in sorted(fields.items()) if key.startswith("msgstr")]
        if msgid and any(msgstrs):
            yield msgid, [text for text in msgstrs if text]


def _unquote(quoted: str) -> str:
    return json.loads(quoted)


def data_texts(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """Every text a data file holds under a language code ({"et": …, "ru": …}), wherever it sits."""
    yield from _walk(json.loads(path.read_text(encoding="utf-8")), _relative(path), "")


def _walk(node, where: str, field: str) -> Iterator[tuple[str, str, str, str]]:
    if isinstance(node, dict):
        if node and set(node) <= set(settings.CONTENT_LANGUAGES):
            for language, value in node.items():
                for inner, text in _strings(value, f"{field}.{language}"):
                    yield where, inner.lstrip("."), language, text
            return
        for key, value in node.items():
            yield from _walk(value, where, _path(field, node, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, where, f"{field}[{index}]")


def _path(field: str, node: dict, key: str) -> str:
    # Records are named by their key where they have one, so a finding points at "steps[12] (residence-notice)".
    name = node.get("key") or node.get("slug")
    prefix = f"{field} ({name})" if name and field else field
    return f"{prefix}.{key}" if prefix else key


def _strings(value, field: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, f"{field}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, f"{field}[{index}]")


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(PACKAGE_DIR.parent))
    except ValueError:
        return str(path)


# Looking


def termbase_file_data() -> dict:
    return json.loads(TERMBASE_FILE.read_text(encoding="utf-8"))


def apostrophes() -> dict[str, str]:
    return termbase_file_data().get("apostrophe", {})


def check_texts(texts: Iterable[tuple[str, str, str, str]], indexes=None, marks=None) -> list[Finding]:
    indexes = flagged_index() if indexes is None else indexes
    marks = apostrophes() if marks is None else marks
    findings = []
    for where, field, language, text in texts:
        index = indexes.get(language)
        if index is not None:
            quoted = [match.span() for match in QUOTED.finditer(text)]
            for _phrase, flag, (start, end) in index.search(text, language):
                if any(left <= start and end <= right for left, right in quoted):
                    continue
                message = f"{flag.status_label} variant of “{flag.concept_key}”; write «{flag.preferred}»"
                if flag.note:
                    message += f" ({flag.note})"
                findings.append(Finding(where, field, language, text[start:end], message))
        findings += _apostrophe_findings(where, field, language, text, marks.get(language))
    return findings


def _apostrophe_findings(where, field, language, text, mark) -> list[Finding]:
    if not mark:
        return []
    others = "".join(sorted({"'", "’", "ʼ"} - {mark}))
    wrong = re.finditer(rf"[{CYRILLIC}]+[{others}][{CYRILLIC}]+", text)
    return [
        Finding(where, field, language, found.group(), f"the apostrophe in {language} is {mark}") for found in wrong
    ]


def run_check(*, catalogues=None, files=None, registered: bool = True, from_file: bool = False) -> list[Finding]:
    """Every finding in the catalogues, the data files and (with `registered`) the capabilities' texts.

    The variants come from the database's termbase, or (`from_file`) from the termbase file, which needs no
    database.
    """
    indexes = flagged_index_from_data(termbase_file_data()) if from_file else flagged_index()
    marks = apostrophes()
    findings = []
    for path in catalogue_files() if catalogues is None else catalogues:
        findings += check_texts(catalogue_texts(path), indexes, marks)
    for path in data_files() if files is None else files:
        findings += check_texts(data_texts(path), indexes, marks)
    if registered:
        for source in _text_sources.values():
            findings += check_texts(source(), indexes, marks)
    return findings


def registered_sources() -> list[str]:
    return sorted(_text_sources)
