from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from teekond.core.backup import RestoreRefused, restore


class Command(BaseCommand):
    help = "Load a file written by `teekond backup` into an empty database (SQLite or PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A file written by `teekond backup`.")

    def handle(self, *args, file, **options):
        self.stderr.write(f"Restoring {file} into the {connection.vendor} database {connection.settings_dict['NAME']}")
        try:
            counts = restore(file, progress=lambda line: self.stderr.write(f"  {line}"))
        except RestoreRefused as refused:
            raise CommandError(str(refused)) from None
        self.stdout.write(f"Restored {len(counts)} tables, {sum(counts.values()):,} rows.")
