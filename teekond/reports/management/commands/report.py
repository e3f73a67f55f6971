from django.core.management.base import BaseCommand, CommandError

from teekond.core.output import write_document
from teekond.reports.annual import REPORT_LANGUAGES, build_annual_report
from teekond.reports.document import RENDERERS, render


class Command(BaseCommand):
    help = "Write the integration section of the annual activity report, generated from the data."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The year the report covers, e.g. 2025.")
        parser.add_argument("--lang", default="et", choices=REPORT_LANGUAGES, help="Language (default: et).")
        parser.add_argument("--format", default="md", choices=sorted(RENDERERS), help="Format (default: md).")
        parser.add_argument("-o", "--output", help="File to write; standard output when not given.")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="An internal draft: adds the sample records in a section of their own, every line marked as a sample.",
        )

    def handle(self, *args, year, lang, format, output, draft, **options):
        if not 1990 <= year <= 2100:
            raise CommandError(f"{year} is not a plausible report year.")
        content, _content_type = render(build_annual_report(year, lang, draft=draft), format)
        write_document(self, content, output, format)
