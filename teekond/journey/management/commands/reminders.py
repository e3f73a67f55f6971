import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from teekond.journey.services import reminders_send


class Command(BaseCommand):
    help = "Remind the coordinators of answers due in a week and due today (safe to run more than once a day)."

    def add_arguments(self, parser):
        parser.add_argument("--today", type=dt.date.fromisoformat, help="The day to remind for (YYYY-MM-DD).")

    def handle(self, *args, today=None, **options):
        sent = reminders_send(today=today or timezone.localdate())
        self.stdout.write(f"reminders queued: {sent}")
