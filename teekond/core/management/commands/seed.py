"""Loads every capability's starter data: each app with a `seed` module offering `load_seed()`.

Idempotent: only missing records are created, so running it again keeps what people changed.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the seed data (the 2025 report's facts and the starter content); safe to run again."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            try:
                module = import_module(f"{config.name}.seed")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.seed":
                    raise
                continue
            created = module.load_seed()
            if options["verbosity"] > 0:
                summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
                self.stdout.write(f"{config.verbose_name}: created {summary}")
