"""What each language's analyser makes of words: the terms index and query must share."""

from teekond.search.analysis import analyse, term, word_terms
from teekond.search.index import analyse_query


def terms(text, language):
    found = analyse(text, language)
    return found.words | found.parts


def test_estonian_compound_gives_its_parts_and_left_sub_compounds():
    found = analyse("lasteaiakohta", "et")
    assert "lasteaiakoht" in found.words
    assert {"laps", "aed", "koht", "lasteaed"} <= found.parts


def test_estonian_inflections_meet_in_one_lemma():
    assert "perearst" in terms("perearstile", "et") & terms("perearstid", "et")
    assert "registreerima" in terms("registreerisin", "et") & terms("registreerimine", "et")


def test_estonian_hyphenated_words_stay_one_term():
    assert "idkaart" in terms("ID-kaardi", "et")
    assert term("e-riik") == "eriik"


def test_function_words_are_not_terms():
    assert not analyse("ja ning kui see", "et")
    assert not analyse("the of and", "en")
    assert not analyse("и в на для", "ru")
    assert not analyse("та у для", "uk")


def test_russian_and_ukrainian_lemmas():
    assert "обувь" in terms("обуви", "ru")
    assert "очередь" in terms("очереди", "ru")
    assert "черга" in terms("черзі", "uk")
    # The Ukrainian apostrophe is written three ways; all are one word.
    assert terms("сім’ї", "uk") & terms("сім'я", "uk") & terms("сімʼю", "uk")


def test_english_stems():
    assert "regist" in terms("registering", "en") & terms("registered", "en")
    assert "shoe" in word_terms("shoes", "en")


def test_a_query_is_analysed_only_in_languages_of_its_script():
    assert not analyse_query("прописка", "et")
    assert not analyse_query("kingad", "ru")
    assert "king" in analyse_query("kingad", "et").terms


def test_while_typing_the_last_word_is_a_prefix():
    query = analyse_query("elukoha regi", "et", typing=True)
    assert query.prefix == "regi" and "elukoht" in query.terms
    assert analyse_query("elukoha regi ", "et", typing=True).prefix == ""
    assert analyse_query("el", "et", typing=True).prefix == ""  # too short to narrow anything down
