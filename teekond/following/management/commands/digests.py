from django.core.management.base import BaseCommand
from django.utils import timezone

from teekond.following.digest import digests_send
from teekond.following.services import followers_purge


class Command(BaseCommand):
    help = "Queue today's digest to every follower with news (once a day at most) and delete unconfirmed addresses."

    def handle(self, *args, **options):
        now = timezone.now()
        self.stdout.write(f"digests queued: {digests_send(now=now)}")
        self.stdout.write(f"unconfirmed addresses deleted: {followers_purge(now=now)}")
