"""The figures as a section of the annual report: each chart with its table (reports.document.Chart).

The report's only hook is one line in reports/annual.py's SECTIONS; everything else lives here.
"""

import datetime as dt

from django.utils.translation import gettext as _

from teekond.reports.document import Chart, Document, Heading, Paragraph, Table
from teekond.statistics.charts import Figure, render_png, render_svg
from teekond.statistics.figures import all_figures


def figure_table(figure: Figure) -> Table:
    header = [figure.category_label, *[s.name for s in figure.series]]
    if figure.stacked:
        header.append(_("Total"))
    rows = []
    for name, values in figure.rows():
        row = [name, *[f"{value:g}" if isinstance(value, float) else str(value) for value in values]]
        if figure.stacked:
            row.append(str(sum(values)))
        rows.append(row)
    return Table(header=header, rows=rows)


def figure_chart(figure: Figure) -> Chart:
    # No per-figure note on the sample records left out: the report says once, in its journey section, how
    # many there are.
    return Chart(
        title=figure.title,
        svg=render_svg(figure, element_id=f"report-{figure.key}"),
        png=render_png(figure),
        table=figure_table(figure),
    )


def figures_section(document: Document, *, year: int, **context) -> None:
    """Real records only: the report states facts, so sample content is left out (each figure says so)."""
    today = min(dt.date.today(), dt.date(year, 12, 31))
    document.add(Heading(1, _("Figures")))
    for figure in all_figures(today=today):
        document.add(Heading(2, figure.title))
        if figure.is_empty:
            document.add(Paragraph(_("No records to count yet.")))
        else:
            document.add(figure_chart(figure))
