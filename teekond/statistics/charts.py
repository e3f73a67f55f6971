"""Figures as server-rendered SVG bar charts, each drawn from the same `Figure` its data table is made of.

No JavaScript and no style attributes (the Content-Security-Policy allows neither): colours and fonts are
SVG presentation attributes. Each chart is an image with a title and a description that points to its
table; every bar carries its number as text and a <title>, so nothing is told by colour alone. The
palette's colours all reach 3:1 against white (WCAG 1.4.11), and stacked segments are parted by a white
line. The same SVG becomes a PNG for Word documents (cairosvg, Debian's libcairo2).
"""

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

PALETTE = (
    "#0b5fa5", "#c4450c", "#007a5a", "#8a3b8f", "#6b5900", "#b3124a", "#1f4e79",
    "#0e7490", "#7a3e00", "#4d5d12", "#5b3fb8", "#9d174d", "#374151",
)  # fmt: skip
WIDTH, LABEL_WIDTH, RIGHT_PAD, ROW, BAR = 640, 190, 44, 30, 18
FONT = "DejaVu Sans, Verdana, sans-serif"


@dataclass
class Series:
    name: str
    values: list[int | float]


@dataclass
class Figure:
    """A figure's numbers: one row per category, one column per series. The chart and the table are
    both made from this, so they cannot disagree."""

    key: str
    title: str
    description: str
    category_label: str
    categories: list[str]
    series: list[Series]
    stacked: bool = True
    unit: str = ""
    notes: list[str] = field(default_factory=list)
    category_lang: str = ""  # when the categories are names in one language (bodies: Estonian)

    @property
    def is_empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)

    def rows(self) -> list[tuple[str, list]]:
        return [(name, [s.values[i] for s in self.series]) for i, name in enumerate(self.categories)]

    def total(self, index: int) -> int | float:
        return sum(s.values[index] for s in self.series)


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _scale_max(figure: Figure) -> float:
    """The axis' end: the largest bar rounded up so that its four steps are round numbers."""
    if figure.stacked:
        largest = max((figure.total(i) for i in range(len(figure.categories))), default=0)
    else:
        largest = max((v for s in figure.series for v in s.values), default=0)
    raw_step = max(largest / 4, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    return step * 4


def _legend(figure: Figure) -> tuple[list[str], int]:
    parts, x, y = [], LABEL_WIDTH, 8
    for index, series in enumerate(figure.series):
        width = 22 + 7 * len(series.name)
        if x + width > WIDTH and x > LABEL_WIDTH:
            x, y = LABEL_WIDTH, y + 20
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 10}" font-size="11">{escape(series.name)}</text>')
        x += width
    return parts, y + 24


def _axis(top: int, height: int, maximum: float, span: int) -> list[str]:
    parts = []
    for step in range(5):
        value = maximum * step / 4
        x = LABEL_WIDTH + span * step / 4
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + height}" stroke="#d1d5db"/>')
        label = _number(int(value))
        parts.append(f'<text x="{x:.1f}" y="{top + height + 14}" font-size="10" text-anchor="middle">{label}</text>')
    return parts


def _segment(x: float, y: float, width: float, height: float, colour: str, label: str, value) -> list[str]:
    parts = [
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{height}" fill="{colour}" '
        f'stroke="#ffffff" stroke-width="1"><title>{escape(label)}: {_number(value)}</title></rect>'
    ]
    if width >= 22 and height >= 14:
        parts.append(
            f'<text x="{x + width / 2:.1f}" y="{y + height / 2 + 4:.1f}" font-size="10" fill="#ffffff" '
            f'text-anchor="middle" aria-hidden="true">{_number(value)}</text>'
        )
    return parts


def _row(figure: Figure, index: int, y: float, maximum: float, span: int) -> list[str]:
    category = figure.categories[index]
    parts = [
        f'<text x="{LABEL_WIDTH - 6}" y="{y + ROW / 2 + 4:.1f}" font-size="11" text-anchor="end">'
        f"<title>{escape(category)}</title>{escape(_short(category))}</text>"
    ]
    x = LABEL_WIDTH
    bar_height = BAR if figure.stacked else max(6, (ROW - 8) / len(figure.series))
    for number, series in enumerate(figure.series):
        value = series.values[index]
        width = span * value / maximum
        top = y + (ROW - BAR) / 2 if figure.stacked else y + 4 + number * bar_height
        colour = PALETTE[number % len(PALETTE)]
        parts += _segment(x, top, width, bar_height, colour, f"{category} — {series.name}", value)
        if figure.stacked:
            x += width
        elif value:
            parts.append(
                f'<text x="{LABEL_WIDTH + width + 3:.1f}" y="{top + bar_height - 1:.1f}" font-size="9">'
                f"{_number(value)}</text>"
            )
    if figure.stacked:
        parts.append(
            f'<text x="{x + 4:.1f}" y="{y + ROW / 2 + 4:.1f}" font-size="11" font-weight="bold">'
            f"{_number(figure.total(index))}</text>"
        )
    return parts


def render_svg(figure: Figure, *, element_id: str = "") -> str:
    """The figure as an SVG image; `element_id` makes the title and description ids unique on a page."""
    ident = element_id or f"chart-{figure.key}"
    legend, top = _legend(figure)
    span = WIDTH - LABEL_WIDTH - RIGHT_PAD
    maximum = _scale_max(figure)
    plot_height = ROW * len(figure.categories)
    parts = legend + _axis(top, plot_height, maximum, span)
    for index in range(len(figure.categories)):
        parts += _row(figure, index, top + index * ROW, maximum, span)
    height = top + plot_height + 24
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" font-family={quoteattr(FONT)} fill="#1f2937">'
        f'<title id="{ident}-title">{escape(figure.title)}</title>'
        f'<desc id="{ident}-desc">{escape(figure.description)}</desc>'
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>' + "".join(parts) + "</svg>"
    )


def render_png(figure: Figure, *, scale: float = 2.0) -> bytes:
    """The same drawing as a PNG, for documents that cannot hold SVG (Word)."""
    import cairosvg

    return cairosvg.svg2png(bytestring=render_svg(figure).encode("utf-8"), scale=scale)
