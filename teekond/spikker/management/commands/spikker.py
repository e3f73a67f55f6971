import json

from django.core.management.base import BaseCommand

from teekond.core.output import ImportRefused, read_json, refused_import, write_document
from teekond.spikker.exchange import export_data, import_data
from teekond.spikker.search import reindex_all


class Command(BaseCommand):
    help = "Import or export the spikker's entries (JSON)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        load = actions.add_parser("import", help="Create or update entries by key; all or nothing.")
        load.add_argument("file")
        load.add_argument("--publish", action="store_true", help="Publish the imported entries (default: drafts).")
        export = actions.add_parser("export", help="All entries with their translations and sources.")
        export.add_argument("-o", "--output", help="File to write; standard output when not given.")
        actions.add_parser("reindex", help="Rebuild the search index of every entry (after changing the analysers).")

    def handle(self, *args, action, **options):
        if action == "reindex":
            self.stdout.write(f"{reindex_all()} entries indexed")
            return
        if action == "export":
            content = json.dumps(export_data(), ensure_ascii=False, indent=2) + "\n"
            write_document(self, content, options["output"], "json")
            return
        data = read_json(options["file"])
        try:
            counts = import_data(data, publish=options["publish"])
        except ImportRefused as refused:
            raise refused_import(refused) from None
        self.stdout.write(f"{counts['created']} created, {counts['updated']} updated")
