"""The one permission mechanism every view, admin page and API endpoint goes through.

Each capability registers a predicate per Django permission name ("network.change_event") in its
own `rules.py`. The predicate answers for a user and an object; with no object it answers
"may this user do this to some object of the kind" (used to show a button or a create form).

`RulesBackend` plugs the rules into Django's `user.has_perm(perm, obj)`, so templates
(`perms`), the admin and any future API ask the same question the same way. Anything without a
registered rule is refused: a new model is closed until someone decides who may write it.
"""

from collections.abc import Callable

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from teekond.core.roles import Role

Predicate = Callable[[object, object | None], bool]
_rules: dict[str, Predicate] = {}


def rule(*perms: str):
    """Register the decorated predicate for each permission name given."""

    def register(predicate: Predicate) -> Predicate:
        for perm in perms:
            if perm in _rules:
                raise ValueError(f"A rule for {perm!r} is already registered.")
            _rules[perm] = predicate
        return predicate

    return register


def allowed(user, perm: str, obj=None) -> bool:
    if user is None or not user.is_active:
        return False
    if user.is_superuser:
        return True
    predicate = _rules.get(perm)
    return bool(predicate and predicate(user, obj))


def registered_permissions() -> list[str]:
    return sorted(_rules)


# Predicates shared by the capabilities' rules.


def has_role(user, *roles: str) -> bool:
    return user.is_authenticated and user.role in roles


def is_coordinator(user, obj=None) -> bool:
    return has_role(user, Role.COORDINATOR)


def is_member(user, obj=None) -> bool:
    """Any signed-in role of the network (not the public)."""
    return has_role(user, *Role.values)


def edits_municipality(user, municipality_id) -> bool:
    return (
        has_role(user, Role.MUNICIPALITY_EDITOR)
        and municipality_id is not None
        and user.municipality_id == municipality_id
    )


def needs_second_factor(user) -> bool:
    """Who may not sign in on a password alone: coordinators and superusers, who can change everything."""
    return bool(user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == Role.COORDINATOR))


class RulesBackend(ModelBackend):
    """Authenticates like Django's backend; answers permissions only from the registered rules."""

    def has_perm(self, user_obj, perm, obj=None):
        return allowed(user_obj, perm, obj)

    def has_module_perms(self, user_obj, app_label):
        return user_obj.is_active and (
            user_obj.is_superuser or any(allowed(user_obj, perm) for perm in _rules if perm.startswith(f"{app_label}."))
        )

    def get_all_permissions(self, user_obj, obj=None):
        return {perm for perm in _rules if allowed(user_obj, perm, obj)}


def require(user, perm: str, obj=None) -> None:
    if not allowed(user, perm, obj):
        raise PermissionDenied


def get_allowed_object(user, perm: str, queryset, *, private: bool = False, **lookup):
    """The object for a view, or 404 when missing; 403 when the user may not act on it.

    With `private=True` a refusal is also a 404, for objects whose existence is not public.
    """
    obj = get_object_or_404(queryset, **lookup)
    if not allowed(user, perm, obj):
        if private:
            raise Http404
        raise PermissionDenied
    return obj
