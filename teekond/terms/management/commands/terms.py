import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from teekond.core.output import ImportRefused, read_json, refused_import, write_document
from teekond.terms import checks
from teekond.terms.exchange import export_data
from teekond.terms.services import termbase_import


class Command(BaseCommand):
    help = "Check the product's texts against the termbase, or import and export the termbase."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        check = actions.add_parser(
            "check",
            help="Look for outdated and forbidden variants in the UI catalogues, the starter data files and the "
            "published spikker entries; exit 1 when one is found.",
        )
        check.add_argument(
            "paths",
            nargs="*",
            help="Catalogues (.po) or data files (.json) to check instead of the ones Teekond ships.",
        )
        check.add_argument(
            "--files-only",
            action="store_true",
            help="Only the catalogues and the data files, against the termbase file (no database needed).",
        )
        load = actions.add_parser("import", help="Import a termbase file: all or nothing.")
        load.add_argument("file")
        load.add_argument("--overwrite", action="store_true", help="Also update concepts that exist.")
        export = actions.add_parser("export", help="The termbase as JSON.")
        export.add_argument("-o", "--output", help="File to write; standard output when not given.")

    @no_translations  # findings are for the people who keep the texts: in English, like the other messages
    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _check(self, *, paths, files_only, **options):
        if paths:
            catalogues = [Path(p) for p in paths if p.endswith(".po")]
            files = [Path(p) for p in paths if not p.endswith(".po")]
            findings = checks.run_check(catalogues=catalogues, files=files, registered=False, from_file=files_only)
            checked = ", ".join(paths)
        else:
            findings = checks.run_check(registered=not files_only, from_file=files_only)
            checked = "the catalogues and data files"
            if not files_only:
                checked = f"the catalogues, data files and {', '.join(checks.registered_sources())}"
        for finding in findings:
            self.stdout.write(str(finding))
        if findings:
            raise CommandError(f"{len(findings)} outdated or forbidden variants in {checked}.")
        self.stdout.write(f"No outdated or forbidden variant in {checked}.")

    def _import(self, *, file, overwrite, **options):
        try:
            counts = termbase_import(data=read_json(file), overwrite=overwrite)
        except ImportRefused as refused:
            raise refused_import(refused) from None
        self.stdout.write("imported " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))

    def _export(self, *, output, **options):
        content = json.dumps(export_data(), ensure_ascii=False, indent=2) + "\n"
        write_document(self, content, output, "json")
