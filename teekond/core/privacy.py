"""Personal data that someone who writes to the network without an account may type although asked not to.

Newcomers' stuck reports and readers' spikker suggestions are stored masked, not only shown masked: the
sender cannot be answered, so contact details serve no one, and what is not stored cannot leak through the
history, an export or evidence copied from it. Each placeholder is written in the language of the text around
it (the caller activates it). Masked: e-mail addresses, also written out ("mari(at)gmail.com", "mari at gmail
dot com", "собака", "ät"); Estonian personal ID codes (isikukood, checked by their check digit); IBANs; document
numbers (passport, ID card, residence permit); street addresses with a house number in Estonian, English,
Russian and Ukrainian; phone numbers. Dates, times, years, amounts and web addresses stay.
"""

import datetime as dt
import re

from django.utils import timezone
from django.utils.translation import gettext as _

_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
_AT_WORDS = r"(?:at|ät|ätt|собака|равлик)"
_DOT_WORDS = r"(?:dot|punkt|точка|крапка)"
_AT = rf"(?:\s*{_OPEN}\s*{_AT_WORDS}\s*{_CLOSE}\s*|\s+{_AT_WORDS}\s+|\s*@\s*)"
_DOT = rf"(?:\s*{_OPEN}\s*{_DOT_WORDS}\s*{_CLOSE}\s*|\s+{_DOT_WORDS}\s+|\.)"
# A user part, an "at" in any of its disguises, a domain, and at least one "dot" with a top-level domain.
EMAIL = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-zA-Zа-яА-Я]{{2,}}\b", re.IGNORECASE)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
ISIKUKOOD = re.compile(r"(?<!\d)[1-6]\d{10}(?!\d)")
# Passport, ID card and residence permit numbers: one or two capital letters (Latin or Cyrillic) and six to
# eight digits, as in K1234567, AB0123456, RE1234567, FA123456, or "паспорт 45 12 345678".
DOCUMENT = re.compile(r"\b(?:[A-ZА-ЯІЇЄ]{1,2}\s?\d{6,8}|\d{2}\s?\d{2}\s\d{6})\b")
_STREET_ET = r"(?:tn|tänav|mnt|maantee|pst|puiestee|põik|plats|väljak|tee)\b\.?"
_STREET_RU_UK = (
    r"(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бул\.|бульвар|шоссе|вул\.|вулиця|пров\.|провулок|бульв\.)"
)
_STREET_EN = r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard)"
_HOUSE = r"\d+(?:[a-zA-Zа-яА-Я]\b)?(?:\s?[-–/]\s?\d+)?"
ADDRESS = re.compile(
    rf"\b[\w-]+\s{_STREET_ET}\s?{_HOUSE}"  # Tartu mnt 12-3, Pikk tn 5
    rf"|{_STREET_RU_UK}\s?[\w-]+(?:\s[\w-]+)?,?\s?(?:д\.|дом|буд\.|будинок)?\s?{_HOUSE}"  # ул. Ленина, д. 5
    rf"|\b{_HOUSE}\s[A-Z][\w-]+\s{_STREET_EN}",  # 12 Baker Street
    re.IGNORECASE,
)
# Digits grouped by spaces, hyphens or brackets; dots are left out so that dates (01.12.2026) stay.
PHONE = re.compile(r"(?<![\w+.])(?:\+|00)?\d[\d\s()-]{5,}\d(?![\w.]\d)")
PHONE_MIN_DIGITS = 7
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))


def is_isikukood(digits: str) -> bool:
    """Whether eleven digits are an Estonian personal ID code: its last digit is the check digit."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    numbers = [int(digit) for digit in digits]
    for weights in _WEIGHTS:
        remainder = sum(n * w for n, w in zip(numbers, weights, strict=False)) % 11
        if remainder != 10:
            return remainder == numbers[10]
    return numbers[10] == 0


def mask_personal_data(text: str) -> str:
    text = EMAIL.sub(_("[e-mail hidden]"), text)
    text = ISIKUKOOD.sub(_mask_isikukood, text)
    text = IBAN.sub(_("[bank account hidden]"), text)
    text = DOCUMENT.sub(_("[document number hidden]"), text)
    text = ADDRESS.sub(_("[address hidden]"), text)
    return PHONE.sub(_mask_phone, text)


def _mask_isikukood(match: re.Match) -> str:
    # Eleven digits that are no personal code may still be a phone number: the phone rule looks at them next.
    return _("[personal ID code hidden]") if is_isikukood(match.group()) else match.group()


def _mask_phone(match: re.Match) -> str:
    digits = sum(character.isdigit() for character in match.group())
    if digits < PHONE_MIN_DIGITS or ISO_DATE.fullmatch(match.group().strip()):
        return match.group()
    return _("[phone number hidden]")


def sent_in_month(record, month: dt.date) -> None:
    """Date an anonymous record's history row by its month, not the moment it was sent: an access log with
    the moment could tell who sent it. Call before its first save."""
    record._history_date = timezone.make_aware(dt.datetime.combine(month, dt.time()))
