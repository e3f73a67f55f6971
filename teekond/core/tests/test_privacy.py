"""Personal data in what the public sends without an account (issue 14, finding 7): masked in every form the
finding names, in Estonian, English, Russian and Ukrainian texts, while ordinary text stays as it was; and the
moment a stuck report or a suggestion was sent is kept nowhere, in the record or its history."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone, translation

from teekond.core.privacy import is_isikukood, mask_personal_data
from teekond.guide import stuck
from teekond.guide.models import StuckReport
from teekond.journey.models import Step
from teekond.network.models import Municipality
from teekond.spikker.models import Suggestion

# (text, what must go, what stays), the secret written as people write it.
SENSITIVE = [
    # e-mail, plain and written out
    ("Kirjuta mari.maasikas@gmail.com", "mari.maasikas@gmail.com", "Kirjuta"),
    ("Kirjutage x(at)gmail.com peale", "x(at)gmail.com", "peale"),
    ("mu meil: jaan (ät) mail (punkt) ee", "jaan (ät) mail (punkt) ee", "mu meil"),
    ("reach me at mari at gmail dot com please", "mari at gmail dot com", "please"),
    ("write to john[at]example[dot]org", "john[at]example[dot]org", "write to"),
    ("пишите ivan собака mail точка ru", "ivan собака mail точка ru", "пишите"),
    ("пишіть olena равлик ukr крапка net", "olena равлик ukr крапка net", "пишіть"),
    ("почта: иван.петров@почта.рф", "иван.петров@почта.рф", "почта"),
    # phone numbers
    ("helista +372 5123 4567", "5123 4567", "helista"),
    ("call 00372 512 3456 after five", "512 3456", "after five"),
    ("звоните 8 (912) 345-67-89", "345-67-89", "звоните"),
    ("телефонуйте +380 67 123 45 67", "123 45 67", "телефонуйте"),
    # IBAN
    ("Minu IBAN on EE38 2200 2210 2014 5685", "2200 2210 2014 5685", "Minu IBAN on"),
    ("account EE382200221020145685, thanks", "EE382200221020145685", "thanks"),
    ("мій рахунок UA213223130000026007233566001", "UA213223130000026007233566001", "мій рахунок"),
    ("счёт LT121000011101001000 в банке", "LT121000011101001000", "в банке"),
    # Estonian personal codes (isikukood), with a right check digit
    ("isikukood 39001010000", "39001010000", "isikukood"),
    ("my personal code is 48706234211", "48706234211", "my personal code is"),
    ("личный код 60102037771 выдан", "60102037771", "выдан"),
    ("особовий код 51205051233", "51205051233", "особовий код"),
    # document numbers
    ("passi number K1234567", "K1234567", "passi number"),
    ("ID-kaart AB0123456 kehtib", "AB0123456", "kehtib"),
    ("residence permit RE1234567", "RE1234567", "residence permit"),
    ("паспорт FA123456, виданий у Києві", "FA123456", "виданий у Києві"),
    ("паспорт 45 12 345678 выдан", "45 12 345678", "выдан"),
    # street addresses with a house number (a name with an address: the address goes)
    ("Mari Maasikas, Tartu mnt 12-3, Tallinn", "Tartu mnt 12-3", "Mari Maasikas"),
    ("elan Pikk tn 5 korteris", "Pikk tn 5", "korteris"),
    ("Narva maantee 7 juures", "Narva maantee 7", "juures"),
    ("I live at 12 Baker Street now", "12 Baker Street", "now"),
    ("живу: ул. Ленина, д. 5", "ул. Ленина, д. 5", "живу"),
    ("адреса вул. Шевченка 10", "вул. Шевченка 10", "адреса"),
    ("проживаю вулиця Хрещатик 22", "вулиця Хрещатик 22", "проживаю"),
]

# Ordinary text that must stay exactly as written.
ORDINARY = [
    "Saabusin 01.12.2026 ja ootasin 14 päeva.",
    "Kohtumine on 2026-03-01 kell 10:30.",
    "Maksin 150 eurot, 2025. aastal.",
    "Vaata www.politsei.ee lehte.",
    "Tartu mnt bussipeatuses oli pikk järjekord.",
    "Järjekorranumber 45, aken 3.",
    "I was at the office at 10:30 on 01.12.2026.",
    "We met at the library; it is at the corner.",
    "Я ждал 3 недели, с 01.12.2026 по 22.12.2026.",
    "Чекала 2 тижні у черзі, номер 17.",
    "Seadus § 12 lg 3 ütleb nii.",
    "The form has 11 pages and costs 25 euros.",
]


@pytest.mark.parametrize("text, secret, kept", SENSITIVE)
def test_personal_data_is_masked(text, secret, kept):
    with translation.override("en"):
        masked = mask_personal_data(text)
    assert secret not in masked and "hidden]" in masked, masked
    assert kept in masked


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_stays(text):
    assert mask_personal_data(text) == text


def test_the_table_covers_four_languages_and_enough_samples():
    assert len(SENSITIVE) >= 30 and len(ORDINARY) >= 10


def test_eleven_digits_without_the_check_digit_are_no_personal_code():
    assert is_isikukood("39001010000") and not is_isikukood("39001010001")
    assert "[personal ID code hidden]" not in mask_personal_data("tellimus 39001010001")


def test_placeholders_speak_the_language_of_the_text():
    with translation.override("et"):
        assert mask_personal_data("x(at)gmail.com") == "[e-posti aadress peidetud]"


@pytest.mark.django_db
def test_a_stuck_report_keeps_the_month_only_in_the_record_and_its_history():
    report = stuck.stuck_report_send(
        municipality=Municipality.objects.get(slug="tartu-linn"),
        step=Step.objects.select_related("stage").get(key="residence-notice"),
        situation="temporary-protection",
        language="uk",
        text="пишіть olena равлик ukr крапка net, вул. Шевченка 10",
        client_address="203.0.113.77",
    )
    month = timezone.localdate().replace(day=1)
    stored = StuckReport.objects.values().get(pk=report.pk)
    assert not [value for value in stored.values() if isinstance(value, dt.datetime)]
    assert stored["month"] == month
    assert "olena" not in stored["text"] and "Шевченка" not in stored["text"]
    created = report.history.get(history_type="+")
    assert timezone.localtime(created.history_date) == timezone.make_aware(dt.datetime.combine(month, dt.time()))


@pytest.mark.django_db
def test_a_suggestion_is_masked_and_keeps_the_month_only():
    data = {
        "situation": "Helistage mulle +372 5123 4567 või kirjutage x(at)gmail.com",
        "question": "IBAN EE382200221020145685?",
    }
    Client().post("/et/spikker/suggest/", {**data, "area": ""}, REMOTE_ADDR="203.0.113.78")
    stored = Suggestion.objects.values().get()
    assert "5123 4567" not in stored["situation"] and "gmail" not in stored["situation"]
    assert "EE38" not in stored["question"] and "[pangakonto peidetud]" in stored["question"]
    assert not [value for value in stored.values() if isinstance(value, dt.datetime)]
    month = timezone.localdate().replace(day=1)
    created = Suggestion.objects.get().history.get(history_type="+")
    assert stored["month"] == month
    assert timezone.localtime(created.history_date) == timezone.make_aware(dt.datetime.combine(month, dt.time()))
    assert created.situation == stored["situation"]  # the history holds the masked text only
