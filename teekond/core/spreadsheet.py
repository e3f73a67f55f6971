"""Cells of every spreadsheet Teekond writes (CSV and XLSX): text stays text.

A spreadsheet program runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some take a
leading tab or carriage return the same way), so a proposal titled `=HYPERLINK("http://evil…")` would
become a live link, or worse, in a ministry's copy of Excel. Every export goes through this module:
in CSV such a text gets an apostrophe in front (the sign spreadsheets themselves use for "this is
text"); in XLSX it is stored as a string with the quote-prefix style, so it is shown exactly as typed
and is not turned into a formula even when someone edits the cell. Numbers stay numbers.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value):
    """A CSV cell that no spreadsheet runs: a formula-like text gets an apostrophe in front."""
    return "'" + value if is_formula_like(value) else value


class CsvWriter:
    """csv.writer with every cell passed through `csv_cell`."""

    def __init__(self, buffer, **options):
        self._writer = csv.writer(buffer, **options)

    def writerow(self, values) -> None:
        self._writer.writerow([csv_cell(value) for value in values])


def xlsx_append(sheet, values) -> None:
    """Append a row to an openpyxl sheet with every text stored as text, never as a formula."""
    sheet.append([None if value is None else value for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            text_only(cell)


def text_only(cell) -> None:
    # openpyxl makes a formula of any text starting with "="; the string type undoes that, and the quote
    # prefix keeps Excel from making one when the cell is edited.
    cell.data_type = "s"
    if is_formula_like(cell.value):
        cell.quotePrefix = True
