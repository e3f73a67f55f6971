from pathlib import Path

from django.core.management.base import BaseCommand

from teekond.opendata.dumps import build


class Command(BaseCommand):
    help = "Build the open-data dumps (CSV, JSON, datapackage.json, README.md) served at /open-data/."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", type=Path, help="Folder to write (default: TEEKOND_DATA_DIR/open-data).")

    def handle(self, *args, output=None, **options):
        self.stdout.write(f"open data written to {build(output)}")
