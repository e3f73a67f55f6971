"""A report as a small tree of blocks, rendered to Markdown, HTML, DOCX or PDF.

Building the content once and rendering it four ways keeps the formats saying exactly the same thing.
"""

import io
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.html import escape


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class Chart:
    """A figure: its chart (SVG for HTML and PDF, PNG for Word) and a table with the same numbers."""

    title: str
    svg: str
    png: bytes
    table: Table
    notes: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str
    language: str
    blocks: list = field(default_factory=list)

    def add(self, block) -> None:
        self.blocks.append(block)


def to_markdown(document: Document) -> str:
    lines = [f"# {document.title}", ""]
    for block in document.blocks:
        lines.extend(_markdown_block(block))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _markdown_block(block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 1)} {block.text}"]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items]
    if isinstance(block, Table):
        rows = [block.header, ["---"] * len(block.header), *block.rows]
        return ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    if isinstance(block, Chart):  # Markdown holds no picture: the table says the same
        return [f"**{block.title}**", "", *[f"_{note}_" for note in block.notes], "", *_markdown_block(block.table)]
    raise TypeError(f"Unknown block {block!r}")


def to_html(document: Document) -> str:
    body = "\n".join(_html_block(block) for block in document.blocks)
    return render_to_string("reports/document.html", {"document": document, "body": body})


def _html_block(block) -> str:
    if isinstance(block, Heading):
        level = block.level + 1
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in block.header)
        rows = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Chart):  # the SVG is drawn by teekond.statistics.charts, its texts escaped there
        notes = "".join(f"<p><em>{escape(note)}</em></p>" for note in block.notes)
        figure = f"<figure>{block.svg}<figcaption>{escape(block.title)}</figcaption></figure>"
        return notes + figure + _html_block(block.table)
    raise TypeError(f"Unknown block {block!r}")


def to_docx(document: Document) -> bytes:
    from docx import Document as WordDocument

    word = WordDocument()
    word.core_properties.title = document.title
    word.core_properties.language = document.language
    word.add_heading(document.title, level=0)
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            word.add_paragraph(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                word.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            _docx_table(word, block)
        elif isinstance(block, Chart):
            _docx_chart(word, block)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _docx_table(word, block: Table) -> None:
    table = word.add_table(rows=1, cols=len(block.header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        cell.text = text
    for row in block.rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _docx_chart(word, block: Chart) -> None:
    from docx.shared import Cm

    for note in block.notes:
        word.add_paragraph(note).runs[0].italic = True
    word.add_picture(io.BytesIO(block.png), width=Cm(16))
    # Word's alternative text for the picture: its title; the table after it has the numbers.
    word.inline_shapes[-1]._inline.docPr.set("descr", block.title)
    word.add_paragraph(block.title, style="Caption")
    _docx_table(word, block.table)


def to_pdf(document: Document) -> bytes:
    from weasyprint import HTML

    return HTML(string=to_html(document)).write_pdf()


RENDERERS = {
    "md": (to_markdown, "text/markdown; charset=utf-8"),
    "html": (to_html, "text/html; charset=utf-8"),
    "docx": (to_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": (to_pdf, "application/pdf"),
}


def render(document: Document, fmt: str) -> tuple[str | bytes, str]:
    renderer, content_type = RENDERERS[fmt]
    return renderer(document), content_type
