import datetime as dt

from teekond.core.dates import add_months, format_date, format_range, precise_bounds

D = dt.date


def test_ranges_are_written_as_the_seed_writes_them():
    assert format_range(D(2025, 2, 6), D(2025, 2, 7)) == "06.–07.02.2025"
    assert format_range(D(2025, 3, 12), D(2025, 3, 14)) == "12.–14.03.2025"
    assert format_range(D(2025, 9, 30), D(2025, 10, 1)) == "30.09.–01.10.2025"
    assert format_range(D(2025, 12, 30), D(2026, 1, 2)) == "30.12.2025–02.01.2026"
    assert format_range(D(2025, 5, 13), None) == "13.05.2025"
    assert format_range(D(2025, 5, 13), D(2025, 5, 13)) == "13.05.2025"
    assert format_range(None, None) == ""


def test_partial_dates_show_only_what_is_known():
    assert format_date(D(2024, 12, 1)) == "01.12.2024"
    assert format_date(D(2023, 2, 1), "month") == "02.2023"
    assert format_date(D(2028, 1, 1), "year") == "2028"
    assert precise_bounds(D(2028, 1, 1), "year") == (D(2028, 1, 1), D(2028, 12, 31))
    assert precise_bounds(D(2024, 2, 1), "month") == (D(2024, 2, 1), D(2024, 2, 29))
    assert precise_bounds(D(2023, 12, 1), "month") == (D(2023, 12, 1), D(2023, 12, 31))


def test_add_months_keeps_the_day_or_clamps_it_to_the_month():
    assert add_months(D(2026, 11, 27), 6) == D(2027, 5, 27)
    assert add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert add_months(D(2026, 1, 15), 12) == D(2027, 1, 15)
