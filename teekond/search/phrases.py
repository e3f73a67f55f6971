"""Finding a phrase in a text by its word forms, with the same analysers the index uses.

A phrase is matched word by word, each word of the text against the phrase's word at that place:

- `касса` (a plain word): any inflected form of it — `кассы`, `кассой` (the lemmas meet);
- `=прийнято`: exactly this form (a word whose other forms are right);
- `фликер*`: any word that begins so;
- `<inf>`: any infinitive (Russian and Ukrainian), for "прийнято знімати";
- `!місцевий` (first only): the phrase does not count right after this word, so "місцеве самоврядування"
  stays right where a bare "самоврядування" is flagged.

A word the analyser gives no lemma for (a pronoun, "що") is compared as written. The termbase uses this to
find forbidden variants in texts (`teekond terms check`) and search to recognise an old name in a query.
"""

from dataclasses import dataclass
from functools import lru_cache

from teekond.search.analysis import ANALYSERS, APOSTROPHES, WORD, _pymorphy, analyse_english, term, tokens

WILDCARD = "*"


@dataclass(frozen=True)
class Word:
    kind: str  # "lemma", "form", "prefix", "infinitive"
    value: str
    lemmas: frozenset = frozenset()


@dataclass(frozen=True)
class Phrase:
    text: str
    language: str
    words: tuple[Word, ...]
    not_after: Word | None = None

    @property
    def first_terms(self) -> frozenset:
        """The terms a text's word must have to start a match (empty: any word may start one)."""
        first = self.words[0]
        if first.kind == "lemma":
            return first.lemmas
        return frozenset({first.value}) if first.kind == "form" else frozenset()


@lru_cache(maxsize=20_000)
def word_lemmas(word: str, language: str) -> frozenset:
    """The lemmas of one word and its own form, as the index writes them."""
    analysed = ANALYSERS.get(language, analyse_english)(word)
    return frozenset(analysed.words | {term(word)})


def compile_phrase(text: str, language: str, pattern: str = "") -> Phrase:
    """A phrase from its written form, or from `pattern` when the written form alone would find too much."""
    parts = (pattern or text).split()
    not_after = None
    if parts and parts[0].startswith("!"):
        not_after = _word(parts.pop(0)[1:], language)
    words = tuple(_word(part, language) for part in parts if tokens(part) or part == "<inf>")
    if not words:
        raise ValueError(f"{text!r}: no words to look for")
    return Phrase(text, language, words, not_after)


def _word(part: str, language: str) -> Word:
    if part == "<inf>":
        return Word("infinitive", "")
    if part.startswith("="):
        return Word("form", term(part[1:]))
    if part.endswith(WILDCARD):
        return Word("prefix", term(part[:-1]))
    found = tokens(part)
    return Word("lemma", term(part), word_lemmas(found[0], language) if found else frozenset({term(part)}))


@dataclass(frozen=True)
class TextWord:
    form: str
    lemmas: frozenset
    start: int
    end: int


def text_words(text: str, language: str) -> list[TextWord]:
    normalised = text.translate(APOSTROPHES)
    return [
        TextWord(term(found.group()), word_lemmas(found.group(), language), found.start(), found.end())
        for found in WORD.finditer(normalised)
    ]


def _matches(word: Word, text_word: TextWord, language: str) -> bool:
    if word.kind == "lemma":
        return bool(word.lemmas & text_word.lemmas)
    if word.kind == "form":
        return text_word.form == word.value
    if word.kind == "prefix":
        return text_word.form.startswith(word.value)
    return is_infinitive(text_word.form, language)


@lru_cache(maxsize=20_000)
def is_infinitive(form: str, language: str) -> bool:
    if language not in ("ru", "uk"):
        return False
    parses = _pymorphy(language).parse(form)
    # Russian tags an infinitive INFN; the Ukrainian dictionary tags it VERB with the grammeme "infn".
    return bool(parses) and bool({"INFN", "infn"} & set(str(parses[0].tag).replace(" ", ",").split(",")))


def find(phrase: Phrase, words: list[TextWord]) -> list[tuple[int, int]]:
    """Where the phrase occurs in the text's words: (start, end) character offsets."""
    found, size = [], len(phrase.words)
    for index in range(len(words) - size + 1):
        if not all(_matches(word, words[index + offset], phrase.language) for offset, word in enumerate(phrase.words)):
            continue
        if phrase.not_after and index and _matches(phrase.not_after, words[index - 1], phrase.language):
            continue
        found.append((words[index].start, words[index + size - 1].end))
    return found


class PhraseIndex:
    """Many phrases of one language, looked up by the words a text has (so a text is read once)."""

    def __init__(self, phrases: list[tuple[Phrase, object]]):
        self.by_term: dict[str, list[tuple[Phrase, object]]] = {}
        self.always: list[tuple[Phrase, object]] = []
        for item in phrases:
            first = item[0].first_terms
            if not first:
                self.always.append(item)
            for value in first:
                self.by_term.setdefault(value, []).append(item)

    def search(self, text: str, language: str) -> list[tuple[Phrase, object, tuple[int, int]]]:
        words = text_words(text, language)
        candidates = {id(item): item for item in self.always}
        for word in words:
            for value in word.lemmas:
                for item in self.by_term.get(value, ()):
                    candidates[id(item)] = item
        hits = []
        for phrase, payload in candidates.values():
            hits += [(phrase, payload, span) for span in find(phrase, words)]
        return sorted(hits, key=lambda hit: hit[2])
