"""Outgoing e-mail goes through a queue kept in the database (django-tasks with its database backend),
never from the web process: a message waiting for a slow or absent mail server survives a restart, and
`teekond db_worker` sends it when it can. The backend itself is Django's, chosen by EMAIL_URL.

A message that fails is tried again later, a few times, each a new task: a mail server that is down for
an hour must not lose the digests of the day.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)
RETRY_AFTER = (dt.timedelta(minutes=5), dt.timedelta(minutes=30), dt.timedelta(hours=3))


def mail_queue(*, to: str, subject: str, text: str, html: str = "", headers: dict | None = None) -> None:
    """Put one message in the queue. Inside a transaction it is queued only if the transaction commits."""
    message = {"to": to, "subject": subject, "text": text, "html": html, "headers": headers or {}}
    mail_deliver.enqueue(message, 0)


@task()
def mail_deliver(message: dict, attempt: int) -> None:
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["text"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message["to"]],
        headers=message.get("headers") or {},
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    try:
        email.send()
    except OSError:
        if attempt >= len(RETRY_AFTER):
            raise
        logger.warning("Mail to the queue's recipient failed; trying again later (attempt %s).", attempt + 1)
        later = mail_deliver.using(run_after=timezone.now() + RETRY_AFTER[attempt])
        later.enqueue(message, attempt + 1)
