from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from teekond.spikker.booklet import booklet_document, booklet_filename, document_pdf


class Command(BaseCommand):
    help = "The spikker's published entries in one language as an A4 PDF booklet."

    def add_arguments(self, parser):
        parser.add_argument("--lang", default=settings.SOURCE_LANGUAGE, choices=settings.CONTENT_LANGUAGES)
        parser.add_argument("-o", "--output", help="The PDF file to write; spikker-LANG.pdf when not given.")

    def handle(self, *args, lang, output, **options):
        output = output or booklet_filename(lang)
        document = booklet_document(lang)
        content = document_pdf(document)
        Path(output).write_bytes(content)
        self.stdout.write(f"Wrote {output}: {len(document.pages)} pages, {len(content):,} bytes.")
