"""`teekond workshop create`: a board from the command line, e.g. for a facilitator's script or a load test.

It prints one `name: value` per line, so a script can read the code and the facilitator token:

    code: K7QM2X
    token: …
    facilitator: /et/workshops/K7QM2X/
    join: /et/w/K7QM2X/
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError

from teekond.core.roles import Role
from teekond.workshops.selectors import choices
from teekond.workshops.services import workshop_create


def _slugs(value: str | None) -> list[str]:
    return [slug.strip() for slug in (value or "").split(",") if slug.strip()]


def _chosen(rows, value: str | None, kind: str) -> list:
    """The rows named by comma-separated slugs, in their map order; all of them when none are named."""
    rows = list(rows)
    wanted = _slugs(value)
    if not wanted:
        return rows
    known = {row.slug for row in rows}
    unknown = [slug for slug in wanted if slug not in known]
    if unknown:
        raise CommandError(f"Unknown {kind}: {', '.join(unknown)}. Known: {', '.join(sorted(known))}.")
    return [row for row in rows if row.slug in wanted]


def _facilitator(username: str | None):
    users = get_user_model().objects
    if username:
        user = users.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        return user
    user = users.filter(role=Role.COORDINATOR, is_active=True).order_by("pk").first()
    if user is None:
        raise CommandError("There is no coordinator to facilitate the workshop: name a user with --facilitator.")
    return user


def _event(event_id: int | None):
    if event_id is None:
        return None
    event = choices.event(event_id)
    if event is None:
        raise CommandError(f"No event has the id {event_id}.")
    return event


class Command(BaseCommand):
    help = "Run live service-design workshops."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser(
            "create", help="Create a workshop; prints its join code, a facilitator token and the addresses."
        )
        create.add_argument("--title", required=True)
        create.add_argument("--event", type=int, help="The id of the network event it belongs to.")
        create.add_argument("--stages", help="Comma-separated stage slugs (the columns); all stages by default.")
        create.add_argument(
            "--perspectives", help="Comma-separated perspective slugs (the rows); all perspectives by default."
        )
        create.add_argument("--votes", type=int, default=5, help="Votes per person (default 5).")
        create.add_argument("--cap", type=int, default=2, help="Votes per person on one target (default 2).")
        create.add_argument("--notes", type=int, default=30, help="Notes per participant (default 30).")
        create.add_argument(
            "--notes-per-minute", type=int, default=6, help="Notes per participant in a minute (default 6)."
        )
        create.add_argument("--facilitator", help="Username of the facilitator; the first coordinator by default.")
        create.add_argument(
            "--prefill", action="store_true", help="Start with the open bottlenecks of the chosen cells as notes."
        )
        create.add_argument("--language", default="et", choices=[code for code, _name in settings.LANGUAGES])

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _create(self, *, title, event, stages, perspectives, votes, cap, facilitator, prefill, language, **options):
        chosen = {
            "stages": _chosen(choices.stages(), stages, "stage"),
            "perspectives": _chosen(choices.perspectives(), perspectives, "perspective"),
            "event": _event(event),
        }
        user = _facilitator(facilitator)
        try:
            workshop, token = workshop_create(
                user=user,
                title=title,
                **chosen,
                language=language,
                vote_budget=votes,
                vote_cap=cap,
                note_limit=options["notes"],
                notes_per_minute=options["notes_per_minute"],
                prefill=prefill,
            )
        except PermissionDenied:
            raise CommandError(f"{user.username} may not run workshops (a coordinator or facilitator may).") from None
        except ValidationError as refusal:
            raise CommandError(" ".join(refusal.messages)) from None
        # The pages' addresses (teekond/workshops/urls.py), in the workshop's language.
        self.stdout.write(f"code: {workshop.code}")
        self.stdout.write(f"token: {token}")
        self.stdout.write(f"facilitator: /{language}/workshops/{workshop.code}/")
        self.stdout.write(f"join: /{language}/w/{workshop.code}/")
