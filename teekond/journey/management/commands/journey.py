import json

from django.conf import settings
from django.core.management.base import BaseCommand

from teekond.core.output import ImportRefused, read_json, refused_import, write_document
from teekond.journey import documents
from teekond.journey.exchange import export_data, import_data
from teekond.journey.exchange.files import merge_documents


class Command(BaseCommand):
    help = "Export, import, or print the adaptation journey map."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Stages, steps, bottlenecks and proposals with their history.")
        export.add_argument("--format", default="json", choices=["json", "csv", "xlsx"])
        export.add_argument("-o", "--output", help="File to write; standard output when not given.")
        load = actions.add_parser("import", help="Import a JSON export: all or nothing.")
        load.add_argument(
            "file",
            nargs="+",
            help="A file written by `teekond journey export --format json`; several files (e.g. a sources file "
            "and the files that cite its keys) are imported as one.",
        )
        poster = actions.add_parser("poster", help="The map as an A3 landscape PDF poster.")
        poster.add_argument("--lang", default="et", choices=[code for code, _name in settings.LANGUAGES])
        poster.add_argument("-o", "--output", required=True, help="The PDF file to write.")

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _export(self, *, format, output, **options):
        data = export_data()
        if format == "json":
            content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        elif format == "csv":
            content = documents.to_csv(data)
        else:
            content = documents.to_xlsx(data)
        write_document(self, content, output, format)

    def _import(self, *, file, **options):
        try:
            counts = import_data(merge_documents([read_json(path) for path in file]))
        except ImportRefused as refused:
            raise refused_import(refused) from None
        self.stdout.write("imported " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))

    def _poster(self, *, lang, output, **options):
        write_document(self, documents.poster_pdf(lang), output, "pdf")
