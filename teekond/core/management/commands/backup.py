from django.core.management.base import BaseCommand, CommandError

from teekond.core.backup import RestoreRefused, file_size, write_backup


class Command(BaseCommand):
    help = "Write the whole database (every table, the history, users, roles, second factors) to one file."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", required=True, help="The file to write (FILE.json, or FILE.json.gz).")

    def handle(self, *args, output, **options):
        try:
            data = write_backup(output, progress=lambda line: self.stderr.write(f"  {line}"))
        except RestoreRefused as refused:
            raise CommandError(str(refused)) from None
        rows = sum(len(table["rows"]) for table in data["tables"].values())
        self.stdout.write(f"Wrote {output}: {len(data['tables'])} tables, {rows:,} rows, {file_size(output):,} bytes.")
