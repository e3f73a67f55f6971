"""Who changed a shared record, and why: what django-simple-history stores with each history row."""


def stamp(instance, *, user=None, reason: str = "") -> None:
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user
    if reason:
        instance._change_reason = reason
