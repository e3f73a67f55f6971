"""The annual report's sections, one module per capability they read."""

from django.utils.translation import gettext as _


def join_names(names: list[str]) -> str:
    """ "A, B and C" in the report's language."""
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}
