"""When the state owes the network an answer: the time limits of the Response to Memoranda and Requests
for Explanations Act (märgukirjale ja selgitustaotlusele vastamise ning kollektiivse pöördumise esitamise
seadus, MSVS), as pure functions of dates.

A proposal the network sends to a state authority is, in law, a memorandum (MSVS § 2). The authority
answers within 30 calendar days of registering it and may extend that to two months, telling the sender
the new date and why (MSVS § 6). The figures below were read from the consolidated text in force in the
State Gazette (RT I, 25.10.2016, 16); a 2023 draft that would have shortened 30 days to 15 is not in it.
If the act changes, change ANSWER_DAYS and EXTENDED_MONTHS here: every page, the API and the reminders
read them from this module.
"""

import datetime as dt

from teekond.core.dates import add_months

ANSWER_DAYS = 30
EXTENDED_MONTHS = 2
REMIND_DAYS_BEFORE = 7
ACT_NAME = "Märgukirjale ja selgitustaotlusele vastamise ning kollektiivse pöördumise esitamise seadus (MSVS)"
ACT_SOURCE = "https://www.riigiteataja.ee/akt/125102016016"
ACT_VERSION = "RT I, 25.10.2016, 16"
DRAFT_SOURCE = "https://err.ee/1609433335"  # the 2023 draft (15 days) and ELVL's opinion on it


def counted_from(*, sent_on: dt.date | None, registered_on: dt.date | None) -> dt.date | None:
    """The day the time limit counts from: the body's registration, or the day sent until that is known."""
    return registered_on or sent_on


def default_due(*, sent_on: dt.date | None, registered_on: dt.date | None) -> dt.date | None:
    start = counted_from(sent_on=sent_on, registered_on=registered_on)
    return start + dt.timedelta(days=ANSWER_DAYS) if start else None


def longest_due(*, sent_on: dt.date | None, registered_on: dt.date | None) -> dt.date | None:
    """The latest date an extension may set: two months from registration."""
    start = counted_from(sent_on=sent_on, registered_on=registered_on)
    return add_months(start, EXTENDED_MONTHS) if start else None


def reminder_due_today(due: dt.date | None, today: dt.date) -> str | None:
    """Which reminder, if any, the coordinators get today about an answer due on `due`."""
    from teekond.journey.models import ReminderKind

    if due is None:
        return None
    if today == due:
        return ReminderKind.DUE_DAY
    if today == due - dt.timedelta(days=REMIND_DAYS_BEFORE):
        return ReminderKind.WEEK_BEFORE
    return None


def rule_context() -> dict:
    """What the pages say about the rule, and where it can be checked."""
    return {"ANSWER_DAYS": ANSWER_DAYS, "ACT_VERSION": ACT_VERSION, "ACT_SOURCE": ACT_SOURCE}
