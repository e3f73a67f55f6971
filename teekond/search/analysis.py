"""Turning text into search terms, per language, the same way at index and at query time.

Estonian goes through Vabamorf (EstNLTK's morphological analyser, offline): every lemma a word may
have, and for a compound its parts and left sub-compounds, so that `lasteaed` meets `lasteaiakoht`.
Russian and Ukrainian go through pymorphy3's dictionaries; English through the Snowball stemmer.

A text gives two sets of terms: `words` (lemmas of the words themselves, and their lower-cased
surface forms for prefix matching) and `parts` (compound parts, sub-compounds and derivations), which
the index weighs less. Terms are plain letters and digits so that SQLite's FTS5 tokenizer and
PostgreSQL's `simple` configuration both see exactly one token per term.
"""

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

WORD = re.compile(r"\w+(?:[-'’ʼ]\w+)*")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Word classes that carry no meaning of their own for search: Vabamorf's conjunctions, pronouns,
# adpositions, punctuation and interjections; pymorphy3's counterparts.
ESTONIAN_SKIPPED_CLASSES = {"J", "P", "K", "Z", "I"}
ESTONIAN_STOP_LEMMAS = frozenset(
    ["olema", "ei", "kui", "nagu", "ära", "ka", "ju", "siis", "nüüd", "veel", "väga", "kas", "ning", "aga", "et"]
)
SLAVIC_SKIPPED_CLASSES = {"CONJ", "PREP", "PRCL", "NPRO", "INTJ"}
_ENGLISH_STOPWORDS_TEXT = """
    a about above after again against all am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
    off on once only or other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours yourself yourselves"""
ENGLISH_STOPWORDS = frozenset(_ENGLISH_STOPWORDS_TEXT.split())


@dataclass
class Terms:
    words: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)

    def __bool__(self):
        return bool(self.words or self.parts)

    def update(self, other: "Terms") -> None:
        self.words |= other.words
        self.parts |= other.parts


def term(text: str) -> str:
    """One index token: lower case, hyphens and apostrophes dropped (`e-riik` → `eriik`)."""
    return re.sub(r"[-'’ʼ]", "", text.lower())


def tokens(text: str) -> list[str]:
    return WORD.findall(text.translate(APOSTROPHES))


def analyse(text: str, language: str) -> Terms:
    """The terms of a text in `language`."""
    analyser = ANALYSERS.get(language, analyse_english)
    terms = Terms()
    for token in tokens(text):
        terms.update(analyser(token))
    return terms


def word_terms(word: str, language: str) -> set[str]:
    """Every term one word stands for, parts included (for highlighting a shown text)."""
    found = ANALYSERS.get(language, analyse_english)(word)
    return found.words | found.parts


def suits_language(token: str, language: str) -> bool:
    """A Cyrillic word is only Russian or Ukrainian, a Latin one only Estonian or English."""
    return bool(CYRILLIC.search(token)) == (language in ("ru", "uk"))


@lru_cache(maxsize=50_000)
def analyse_estonian(word: str) -> Terms:
    meaningful = [
        analysis
        for analysis in _vabamorf_analyses(word)
        if analysis["partofspeech"] not in ESTONIAN_SKIPPED_CLASSES
        and analysis["lemma"].lower() not in ESTONIAN_STOP_LEMMAS
    ]
    if not meaningful:
        return Terms()
    terms = Terms(words={term(word)})
    for analysis in meaningful:
        lemma = analysis["lemma"]
        terms.words.add(term(lemma))
        terms.parts |= _estonian_derivations(lemma, analysis["partofspeech"])
        terms.parts |= _compound_parts(lemma, analysis["root_tokens"])
    terms.parts -= terms.words
    return terms


def _estonian_derivations(lemma: str, word_class: str) -> set[str]:
    # The action noun and its verb are one idea for a reader: registreerimine ~ registreerima.
    if word_class == "S" and lemma.endswith("mine") and len(lemma) > 6:
        return {term(lemma[:-4] + "ma")}
    return set()


def _compound_parts(lemma: str, root_tokens: list[str]) -> set[str]:
    """Parts of a compound as lemmas, and its left sub-compounds: lasteaiakoht → laps, aed, koht, lasteaed."""
    if len(root_tokens) < 2:
        return set()
    parts = set()
    for index, token in enumerate(root_tokens):
        part_lemmas = _estonian_part_lemmas(token)
        parts |= part_lemmas
        if index > 0:
            prefix = "".join(root_tokens[:index])
            parts |= {term(prefix + part) for part in part_lemmas}
    prefix = term("".join(root_tokens[:-1]))
    if term(lemma).startswith(prefix):
        last = term(lemma)[len(prefix) :]
        parts.add(last)
        parts.add(term(root_tokens[-2]) + last)
    return {part for part in parts if len(part) > 2}


@lru_cache(maxsize=10_000)
def _estonian_part_lemmas(part: str) -> set[str]:
    lemmas = {term(analysis["lemma"]) for analysis in _vabamorf_analyses(part)}
    return lemmas or {term(part)}


def _vabamorf_analyses(word: str) -> list[dict]:
    result = _vabamorf().analyze(words=[word], guess=True, propername=True, disambiguate=False)
    return result[0]["analysis"] if result else []


@cache
def _vabamorf():
    from estnltk.vabamorf.morf import Vabamorf

    return Vabamorf.instance()


@cache
def _pymorphy(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _slavic_analyser(language: str):
    @lru_cache(maxsize=50_000)
    def analyse_word(word: str) -> Terms:
        lowered = word.lower()
        parses = _pymorphy(language).parse(lowered)
        if parses and str(parses[0].tag.POS) in SLAVIC_SKIPPED_CLASSES:
            return Terms()
        lemmas = {term(parse.normal_form) for parse in parses[:4] if parse.score >= parses[0].score / 4}
        # ё and е are the same letter for most writers.
        return Terms(words={term(lowered).replace("ё", "е")} | {lemma.replace("ё", "е") for lemma in lemmas})

    return analyse_word


@lru_cache(maxsize=50_000)
def analyse_english(word: str) -> Terms:
    lowered = word.lower()
    if lowered in ENGLISH_STOPWORDS:
        return Terms()
    return Terms(words={term(lowered), term(_english_stemmer().stemWord(lowered))})


@cache
def _english_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


ANALYSERS = {
    "et": analyse_estonian,
    "en": analyse_english,
    "ru": _slavic_analyser("ru"),
    "uk": _slavic_analyser("uk"),
}
