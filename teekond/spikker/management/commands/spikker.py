import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from teekond.core.output import write_document
from teekond.spikker.exchange import ImportRefused, export_data, import_data


class Command(BaseCommand):
    help = "Import or export the spikker's entries (JSON)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        load = actions.add_parser("import", help="Create or update entries by key; all or nothing.")
        load.add_argument("file")
        load.add_argument("--publish", action="store_true", help="Publish the imported entries (default: drafts).")
        export = actions.add_parser("export", help="All entries with their translations and sources.")
        export.add_argument("-o", "--output", help="File to write; standard output when not given.")

    def handle(self, *args, action, **options):
        if action == "export":
            content = json.dumps(export_data(), ensure_ascii=False, indent=2) + "\n"
            write_document(self, content, options["output"], "json")
            return
        try:
            data = json.loads(Path(options["file"]).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CommandError(f"{options['file']}: no such file") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{options['file']}: not a JSON file ({error}); nothing was imported") from None
        try:
            counts = import_data(data, publish=options["publish"])
        except ImportRefused as refused:
            raise CommandError("nothing was imported:\n" + "\n".join(f"  {e}" for e in refused.errors)) from None
        self.stdout.write(f"{counts['created']} created, {counts['updated']} updated")
