"""Everything Teekond does once a day, in one command for cron or a systemd timer.

Each step is safe to repeat: reminders and digests are recorded before they are queued and the database
refuses a second one for the same day, and the open-data dumps are rebuilt whole. The commands are called
by name, so `core` imports no capability.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

DAILY = (
    ("reminders", {}),
    ("digests", {}),
    ("opendata", {}),
    ("prune_db_task_results", {"min_age_days": 30}),
)


class Command(BaseCommand):
    help = "The daily jobs: due-date reminders, followers' digests, open-data dumps, pruning the mail queue."

    def handle(self, *args, **options):
        for name, arguments in DAILY:
            self.stdout.write(f"== {name}")
            call_command(name, stdout=self.stdout, stderr=self.stderr, **arguments)
