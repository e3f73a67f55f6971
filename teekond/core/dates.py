"""Dates written the Estonian way, as the seed writes them.

`06.–07.02.2025` for a range inside one month, `30.09.–01.10.2025` across months,
`13.05.2025` for one day; partial dates keep only what is known (`02.2023`, `2028`).
"""

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

DASH = "–"  # en dash, as in the seed


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


def format_date(value: dt.date | None, precision: str = Precision.DAY) -> str:
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return f"{value.year}"
    if precision == Precision.MONTH:
        return f"{value.month:02d}.{value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def format_range(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day:02d}.{DASH}{format_date(end)}"
    if start.year == end.year:
        return f"{start.day:02d}.{start.month:02d}.{DASH}{format_date(end)}"
    return f"{format_date(start)}{DASH}{format_date(end)}"


def precise_bounds(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a partial date can mean ("2028" → 01.01.2028 … 31.12.2028)."""
    if precision == Precision.YEAR:
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == Precision.MONTH:
        next_month = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return dt.date(value.year, value.month, 1), next_month - dt.timedelta(days=1)
    return value, value


def add_months(value: dt.date, months: int) -> dt.date:
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    for day in (value.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
