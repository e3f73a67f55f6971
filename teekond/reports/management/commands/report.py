import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from teekond.reports.annual import REPORT_LANGUAGES, build_annual_report
from teekond.reports.document import RENDERERS, render


class Command(BaseCommand):
    help = "Write the integration section of the annual activity report, generated from the data."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The year the report covers, e.g. 2025.")
        parser.add_argument("--lang", default="et", choices=REPORT_LANGUAGES, help="Language (default: et).")
        parser.add_argument("--format", default="md", choices=sorted(RENDERERS), help="Format (default: md).")
        parser.add_argument("-o", "--output", help="File to write; standard output when not given.")

    def handle(self, *args, year, lang, format, output, **options):
        if not 1990 <= year <= 2100:
            raise CommandError(f"{year} is not a plausible report year.")
        content, _content_type = render(build_annual_report(year, lang), format)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if output:
            Path(output).write_bytes(data)
            self.stderr.write(f"Wrote {output} ({len(data):,} bytes).")
        elif isinstance(content, str):
            self.stdout.write(content, ending="")
        elif sys.stdout.isatty():
            raise CommandError(f"A {format} file is binary: give -o FILE.{format} to write it.")
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
