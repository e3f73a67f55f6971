"""The termbase as data: at least 60 concepts, each with its preferred term in every content language; the
import refuses a bad file naming the concept and the field; one word for "returnee" per language."""

import json

import pytest
from django.core.management import call_command

from teekond.core.output import ImportRefused
from teekond.search.models import Synonym
from teekond.terms import exchange
from teekond.terms.models import Concept, ConceptText, Domain, Variant
from teekond.terms.seed import TERMBASE
from teekond.terms.services import termbase_import

pytestmark = pytest.mark.django_db


def termbase_file() -> dict:
    return json.loads(TERMBASE.read_text(encoding="utf-8"))


def test_the_seed_loads_at_least_sixty_concepts_in_every_language():
    assert Concept.objects.count() == len(termbase_file()["concepts"]) >= 60
    for language in ("et", "en", "ru", "uk"):
        assert ConceptText.objects.filter(language=language).exclude(term="").count() == Concept.objects.count()
    assert exchange.validate(termbase_file()) == []


def test_the_concepts_the_issue_names_are_there_with_real_terms():
    expected = {
        "returnee": ("tagasipöörduja", "returnee", "вернувшийся в Эстонию", "особа, яка повернулася до Естонії"),
        "tervisekassa": ("Tervisekassa", "Estonian Health Insurance Fund", "Касса здоровья", "Каса здоров’я"),
        "temporary-protection": ("ajutine kaitse", "temporary protection", "временная защита", "тимчасовий захист"),
        "reflector": ("helkur", "reflector", "светоотражатель", "світловідбивач"),
        "municipality": ("kohalik omavalitsus", "municipality", "местное самоуправление", "муніципалітет"),
    }
    for key, terms in expected.items():
        concept = Concept.objects.get(key=key)
        assert tuple(concept.text(language).term for language in ("et", "en", "ru", "uk")) == terms
    named = ["residence-registration", "adaptation-programme", "personal-code", "e-residency", "family-doctor",
             "kindergarten", "ppa", "tootukassa", "social-insurance-board", "emta", "id-card", "mobile-id", "smart-id",
             "residence-permit", "right-of-residence", "tenancy-contract", "digital-signature"]  # fmt: skip
    for key in named:
        assert Concept.objects.filter(key=key).exists(), key


def test_returnee_has_one_translation_per_language_and_the_others_are_flagged():
    returnee = Concept.objects.get(key="returnee")
    flagged = {(v.language, v.text) for v in returnee.variants.all() if v.is_flagged}
    assert {("ru", "репатриант"), ("ru", "возвращающийся в Эстонию"), ("uk", "репатріант")} <= flagged
    assert not returnee.variants.filter(language__in=["ru", "uk"], status="admitted").exists()


def test_old_names_are_outdated_and_ukrainian_russianisms_forbidden():
    statuses = dict(Variant.objects.values_list("text", "status"))
    assert statuses["Haigekassa"] == statuses["Больничная касса"] == statuses["Лікарняна каса"] == "outdated"
    assert statuses["фліккер"] == statuses["примітка"] == statuses["установити"] == "forbidden"
    assert statuses["срочное право на проживание"] == "forbidden"
    assert termbase_file()["apostrophe"] == {"uk": "’"}


def test_a_second_seed_changes_nothing():
    before = list(ConceptText.objects.values_list("pk", "term", "made_from_version"))
    call_command("seed", verbosity=0)
    assert list(ConceptText.objects.values_list("pk", "term", "made_from_version")) == before


def test_the_import_refuses_a_bad_file_naming_the_concept_and_the_field():
    data = termbase_file()
    data["concepts"] = [json.loads(json.dumps(data["concepts"][0])) for _ in range(2)]
    first, second = data["concepts"]
    first["key"] = "new-concept"
    del first["terms"]["uk"]
    first["terms"]["ru"]["variants"] = [{"text": "x", "status": "wrong"}]
    second["domain"] = "weather"
    with pytest.raises(ImportRefused) as refused:
        termbase_import(data=data, overwrite=True)
    assert refused.value.errors == [
        "concepts[0] new-concept: field 'terms.ru.variants[0].status': 'wrong' is not one of admitted, outdated, "
        "forbidden",
        "concepts[0] new-concept: field 'terms.uk.term': the preferred term is missing",
        f"concepts[1] returnee: field 'domain': 'weather' is not one of {', '.join(Domain.values)}",
    ]
    assert not Concept.objects.filter(key="new-concept").exists()


def test_the_import_refuses_a_duplicate_key_and_a_pattern_without_words():
    data = termbase_file()
    data["concepts"].append(json.loads(json.dumps(data["concepts"][0])))
    data["concepts"][1]["terms"]["et"]["variants"] = [{"text": "kõik", "status": "forbidden", "pattern": "!kõik"}]
    errors = exchange.validate(data)
    assert f"concepts[{len(data['concepts']) - 1}] returnee: field 'key': appears twice in the file" in errors
    assert any("field 'terms.et.variants[0].pattern': 'kõik': no words to look for" in e for e in errors)


def test_search_gets_every_concepts_names_as_synonyms():
    names = set(Synonym.objects.filter(group="terms:tervisekassa").values_list("phrase", flat=True))
    assert {"Tervisekassa", "Haigekassa", "Касса здоровья", "Больничная касса", "Лікарняна каса"} <= names
    widening = Synonym.objects.filter(group="terms:tervisekassa", matches=False).values_list("phrase", flat=True)
    assert "медицинская страховка" in set(widening)  # "see also": health insurance


def test_the_export_imports_back():
    exported = exchange.export_data()
    assert exchange.validate(exported) == []
    Variant.objects.filter(text="Haigekassa").delete()
    termbase_import(data=exported, overwrite=True)
    assert Variant.objects.filter(text="Haigekassa").count() == 4  # et, en, ru and uk each name the old one
